/**
 * Text preparation: turns a directive as converted to text or Markdown into clean blocks
 * (paragraphs, list items, headings) and sentences, each remembering where every character came
 * from in the ORIGINAL text, so that quotes and spans always point at the words as given.
 *
 * What is undone: Markdown emphasis (`**`, `*`, `__`), footnote markers (`¹²³`, `[1]`), footnote
 * bodies and lone page numbers that interrupt a paragraph, and line breaks inside a sentence or a
 * paragraph (a paragraph that continues after a page break starts with a lower-case letter;
 * "08-\n\nNQ/TU" joins without a space). Section markers (A., I., 1., 1.1., a), (1), -) are read.
 */

export type MarkerType = 'upper' | 'roman' | 'arabic' | 'decimal' | 'letter' | 'paren' | 'bullet';

export type BlockKind = 'heading' | 'item' | 'paragraph' | 'footnote';

/** A cleaned piece of text with a map back to the original. */
export interface Mapped {
  /** Clean text. */
  readonly text: string;
  /** `map[i]` is the original offset of `text[i]`; `map[text.length]` the original end. */
  readonly map: readonly number[];
}

export interface Block extends Mapped {
  readonly index: number;
  /** Original span of the whole block. */
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
  /** The numbering or bullet as written ("1.", "II.", "a)", "(1)", "-"), or null. */
  readonly marker: string | null;
  readonly markerType: MarkerType | null;
  /** Number inside the marker or after a bullet: "1", "II", "a", "12" for "- (12) …". */
  readonly label: string | null;
  /** Where the text after the marker starts in `text`. */
  readonly bodyStart: number;
  /** Mostly upper-case letters (a title or a heading such as "V. TỔ CHỨC THỰC HIỆN"). */
  readonly caps: boolean;
}

export interface Sentence extends Mapped {
  readonly block: number;
  /** Offset of the sentence in its block's clean text. */
  readonly offset: number;
}

export interface PreparedText {
  readonly original: string;
  readonly blocks: readonly Block[];
  /**
   * Numbers alone on their line ("12"), which are no block: a printed page's number, or the
   * number of a row when a web page's table was flattened one cell a paragraph (`tables.ts` reads
   * them there). Original offsets.
   */
  readonly bareNumbers: readonly BareNumber[];
}

export interface BareNumber {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
const FOOTNOTE_LINE = /^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])\s*\S/;
const PAGE_NUMBER_LINE =
  /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*(?:Trang|trang)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/;
const BLANK_LINE = /^[\s\u00a0]*$/;

const MARKERS: readonly { readonly type: MarkerType; readonly re: RegExp }[] = [
  { type: 'decimal', re: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/ },
  { type: 'roman', re: /^((?:X{0,3})(?:IX|IV|V?I{1,3}|V|X))\s*[.\-–:)]\s*(?=\S)/ },
  { type: 'upper', re: /^([A-HJ-UWYZĐ])[.)]\s+(?=\S)/ },
  { type: 'arabic', re: /^(\d{1,2})[.)]\s+(?=\S)/ },
  // "a)" and "a." (lettered sub-lists under a numbered lead-in)
  { type: 'letter', re: /^([a-zđ])[.)]\s+(?=\S)/ },
  { type: 'paren', re: /^\((\d{1,3}|[a-zđ])\)\s*(?=\S)/ },
  { type: 'bullet', re: /^[-–—+•●▪]\s+(?=\S)/ },
];

/**
 * A table cell on a line of its own, as a table comes out when a page is flattened to text: a
 * date or a span of dates ("07/02/2021", "Khoảng 22/02/2021 đến 27/02/2021") or a note in
 * brackets ("(105 ngày trước ngày bầu cử)"). After a blank line it never continues a paragraph.
 */
export const DATE_CELL =
  /^\s*(?:(?:Khoảng|Từ|Trước|Chậm nhất|Ngày)\s+)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s*(?:đến|-|–)\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s*$/iu;

function isCell(line: string): boolean {
  return DATE_CELL.test(line) || /^\s*\([^()]{1,120}\)\s*$/u.test(line);
}

/**
 * A page's timestamp on a line of its own ("12:05 | 14/08/2025", "11/03/2021 - 09:47", "21/7/2026
 * 16:18", "17/03/2026 06:12 GMT+7", "(05:12, 18/06/2026)", or a date alone: "26/02/2021",
 * "(14/10/2025)").
 */
const STAMP_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const STAMP_DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{4}`;
const STAMP_LINE = new RegExp(
  String.raw`^\s*\(?\s*(?:${STAMP_TIME}\s*[|,-]?\s*${STAMP_DATE}|${STAMP_DATE}\s*[|,-]?\s*${STAMP_TIME}|${STAMP_DATE})(?:\s*[([]?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}\s*[)\]]?)?\s*\)?\s*$`,
  'u',
);

/** A full date with dashes or dots alone on its line: "10-11-2026", "30.6.2026". */
const DASHED_DATE_LINE = /^\s*\d{1,2}([-.])\d{1,2}\1\d{4}\s*$/u;

/**
 * A line opened by a news item's source tag: "(HLTV) - …", "(BSTV) – …", a paper's name in words
 * ("(Ngày Nay) - …", "(Mặt trận) - …", "(Báo Sông Mây) – …"), or a portal's address in brackets
 * ("(hocmon.gov.vn) Theo Công văn …").
 */
const SOURCE_TAG_LINE =
  /^\s*(?:\((?:\p{Lu}{2,8}|\p{Lu}\p{Ll}+(?:\s+\p{L}\p{Ll}*){0,3})\)\s*[-–]\s|\([a-z\d-]+(?:\.[a-z\d-]+)+\)\s)/u;

/** A page's furniture alone on its line ("banner", "Quảng cáo"): no text of the document. */
export const FURNITURE_LINE = /^\s*(?:banner|quảng cáo|advertisement)\s*$/iu;

/** A row of a table written with "|" between cells. */
export function isTableRow(line: string): boolean {
  return (line.match(/\|/g) ?? []).length >= 2;
}

/**
 * Whether a line that a single line break follows was cut by wrapping (so the next line goes on
 * with it): a long line without a sentence end. A short line without one (a title, a timestamp, a
 * byline, a header line) ends its block; so does a line ending a sentence.
 */
function wrapped(line: string): boolean {
  const t = line.trim();
  return t.length >= 60 && !/[.;:!?]["”)]?$/u.test(t);
}

/**
 * The width a hard-wrapped text was cut at, when it was: a text copied from a PDF, or saved with
 * its lines broken, breaks most long lines in the middle of a sentence. Undefined for a text whose
 * long lines end their sentences (one paragraph a line), which is most of what is typed.
 */
export function wrapWidth(lines: readonly { readonly text: string }[]): number | undefined {
  const long = lines.map((l) => l.text.trim()).filter((t) => t.length >= 50);
  const cut = long.filter((t) => !/[.;:!?]["”)]?$/u.test(t));
  if (cut.length < 4 || cut.length * 2 < long.length) return undefined;
  const lengths = cut.map((t) => t.length).sort((a, b) => a - b);
  // the width the cuts reach: most cut lines end near it (a proportional font varies a little);
  // headings and titles without a full stop end where their words end, each at its own length
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  const nearWidth = lengths.filter((n) => n >= width * 0.85).length;
  return nearWidth >= 4 && nearWidth * 5 >= lengths.length * 3 ? width : undefined;
}

/**
 * Whether a line opening with a capital ("Kế hoạch và Đầu tư trước ngày …") goes on with the cut
 * line above it in a hard-wrapped text: the line above reached near the width, and the next line's
 * first word would not have fitted on it (within a twentieth of the width: a PDF's proportional
 * font fits more narrow letters on one line than on another). A short line, or one the next word
 * fits after, was ended on purpose: a headline, a signature, a title.
 */
function cutAtWidth(previous: string, line: string, width: number | undefined): boolean {
  if (width === undefined) return false;
  const above = previous.trim();
  const first = /^\s*(\S+)/u.exec(line)?.[1] ?? '';
  return (
    above.length >= width * 0.75 &&
    !/[.;:!?]["”)]?$/u.test(above) &&
    above.length + 1 + first.length > width * 0.95
  );
}

/** Whether a line (as written) opens a new block by its marker. */
function startsWithMarker(line: string): boolean {
  const t = line.replace(/^[\s*_]+/, '');
  if (/^\*\s+\S/.test(line.trimStart())) return true;
  return MARKERS.some((m) => m.re.test(t));
}

function startsLowerCase(line: string): boolean {
  const t = line.replace(/^[\s*_"“(]+/, '');
  const ch = t[0] ?? '';
  return ch !== '' && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A line's last word that a name must follow: a verb of sending, or the first word of a title. */
const CUT_BEFORE_NAME = /(?<![\p{L}])(?:trình|gửi về|gửi|nộp về|báo cáo về|Tổng|Phó)\s*$/u;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'blank' | 'page' | 'footnote' | 'content';
}

const ROMAN_VALUES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * Where a list written inside one line starts each item: a page that lost its line breaks runs
 * "… các chỉ tiêu: 1. Tốc độ tăng … đạt 16%. 2. Thu nhập … 60 triệu đồng. 3. …" on one line. A
 * marker counts only in a run that counts on from the first — "1.", "2.", "3." (three at least),
 * each before a capital, or "a)", "b)" (two at least) after the end of a clause — so a number
 * inside a sentence ("tăng 2. Trong đó", "Điều 3. ", "hạng 1. … hạng 2. …") never cuts. Inside such a line, the sections around the runs ("I. Về kinh tế", "II. Về văn hóa")
 * start pieces too.
 */
export function inlineListCuts(line: string): number[] {
  const numbered = [...line.matchAll(/(?<=^|\s)(\d{1,2})\.\s+(?=\p{Lu})/gu)];
  const cuts = new Set<number>();
  // the longest run counting on by one
  let run: RegExpMatchArray[] = [];
  let best: RegExpMatchArray[] = [];
  for (const m of numbered) {
    const n = Number(m[1]);
    const last = run[run.length - 1];
    if (last && n === Number(last[1]) + 1) run.push(m);
    else if (n === 1) run = [m];
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  if (best.length >= 3) for (const m of best) cuts.add(m.index ?? 0);
  const lettered = [...line.matchAll(/(?<=[.;:]\s{1,3})([a-zđ])\)\s+(?=\S)/gu)];
  const letters = 'abcdđefghik';
  let letterRun: RegExpMatchArray[] = [];
  for (const m of lettered) {
    const last = letterRun[letterRun.length - 1];
    if (last && letters.indexOf(m[1] ?? '') === letters.indexOf(last[1] ?? '') + 1)
      letterRun.push(m);
    else letterRun = m[1] === 'a' ? [m] : [];
    if (letterRun.length >= 2) for (const r of letterRun) cuts.add(r.index ?? 0);
  }
  if (cuts.size > 0) {
    // the sections of such a list: "I. Về kinh tế (11 chỉ tiêu) 1. …", "… 18,2%. II. Về văn hóa"
    for (const m of line.matchAll(/(?<=\S\s{1,3})(X|IX|IV|V?I{1,3}|V)\.\s+(?=\p{Lu})/gu)) {
      if (ROMAN_VALUES.includes(m[1] ?? '')) cuts.add(m.index ?? 0);
    }
  }
  cuts.delete(0);
  return [...cuts].sort((a, b) => a - b);
}

function splitLines(original: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let at = 0;
  for (;;) {
    const m = re.exec(original);
    const end = m ? m.index : original.length;
    const text = original.slice(at, end);
    const kind = BLANK_LINE.test(text)
      ? 'blank'
      : PAGE_NUMBER_LINE.test(text)
        ? 'page'
        : FOOTNOTE_LINE.test(text)
          ? 'footnote'
          : 'content';
    if (kind === 'content') {
      let from = 0;
      for (const cut of inlineListCuts(text)) {
        lines.push({ start: at + from, end: at + cut, text: text.slice(from, cut), kind });
        from = cut;
      }
      lines.push({ start: at + from, end, text: text.slice(from), kind });
    } else lines.push({ start: at, end, text, kind });
    if (!m) break;
    at = m.index + m[0].length;
  }
  return lines;
}

/** Builds clean text from original segments; `joiner` is what goes between two segments. */
class MappedBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  private pendingSpace: number | null = null;

  /** Appends original[start, end) cleaned. */
  add(original: string, start: number, end: number, keepFootnoteNumber: boolean): void {
    let i = start;
    while (i < end) {
      const ch = original[i] ?? '';
      // emphasis markers: "**", "*", "__"; a run between two letters stands for a space
      if (ch === '*' || (ch === '_' && original[i + 1] === '_')) {
        let j = i;
        while (j < end && (original[j] === '*' || original[j] === '_')) j += 1;
        const before = this.chars[this.chars.length - 1] ?? '';
        const after = original[j] ?? '';
        if (/\p{L}/u.test(before) && /\p{L}/u.test(after) && this.pendingSpace === null) {
          const prevOrig = original[i - 1] ?? '';
          // "LUẬN**CỦA": the marker replaced a line break; "ch*ữ*" inside a word is rare
          if (prevOrig === prevOrig.toUpperCase() && after === after.toUpperCase())
            this.pendingSpace = i;
        }
        i = j;
        continue;
      }
      if (SUPERSCRIPT.test(ch) && !(keepFootnoteNumber && this.chars.length === 0)) {
        i += 1;
        continue;
      }
      if (ch === '[' && /^\[\d{1,3}\]/.test(original.slice(i, i + 5)) && this.chars.length > 0) {
        const prev = this.chars[this.chars.length - 1] ?? ' ';
        if (prev !== ' ') {
          i = original.indexOf(']', i) + 1;
          continue;
        }
      }
      if (/[\s\u00a0]/.test(ch)) {
        if (this.chars.length > 0 && this.pendingSpace === null) this.pendingSpace = i;
        i += 1;
        continue;
      }
      if (this.pendingSpace !== null) {
        if (this.chars.length > 0) {
          this.chars.push(' ');
          this.offsets.push(this.pendingSpace);
        }
        this.pendingSpace = null;
      }
      this.chars.push(ch);
      this.offsets.push(i);
      i += 1;
    }
  }

  /** A line break between two joined lines: a space, or nothing after "08-". */
  join(at: number, glue: boolean): void {
    if (glue) {
      this.pendingSpace = null;
      return;
    }
    if (this.chars.length > 0) this.pendingSpace ??= at;
  }

  get length(): number {
    return this.chars.length;
  }

  /** Whether the text ends asking for a day: "… trước ngày", "… đến", "… hạn chót". */
  endsWithDayWord(): boolean {
    const tail = this.chars.slice(-24).join('');
    return /(?<![\p{L}])(?:ngày|trước|đến|từ|hạn|chót|nhất|vào|là)\s*$/u.test(tail);
  }

  endsWithLowerLetter(): boolean {
    const ch = this.chars[this.chars.length - 1] ?? '';
    return /\p{Ll}/u.test(ch);
  }

  endsWithDigitHyphen(): boolean {
    const n = this.chars.length;
    return n >= 2 && this.chars[n - 1] === '-' && /\d/.test(this.chars[n - 2] ?? '');
  }

  build(originalEnd: number): Mapped {
    const map = [...this.offsets, originalEnd];
    return { text: this.chars.join(''), map };
  }
}

function isCaps(text: string): boolean {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  if (letters.length < 3) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.8;
}

function readMarker(text: string): {
  marker: string | null;
  type: MarkerType | null;
  label: string | null;
  bodyStart: number;
} {
  for (const { type, re } of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    // a Roman "I." opening an all-caps title word ("II. MỤC TIÊU") is fine; "I" alone in a word is not
    let label = m[1] ?? null;
    let bodyStart = m[0].length;
    if (type === 'bullet') {
      const inner = /^\((\d{1,3})\)\s*/.exec(text.slice(bodyStart));
      if (inner) {
        label = inner[1] ?? null;
        bodyStart += inner[0].length;
      }
    }
    return { marker: m[0].trim(), type, label, bodyStart };
  }
  return { marker: null, type: null, label: null, bodyStart: 0 };
}

/**
 * The longest block the extraction reads as one. Real paragraphs stay under 3,000 characters; a
 * longer run (a whole file on one line) is cut into blocks of at most this many, at a sentence end
 * when there is one, else at a space, so that the work on a block, which may grow with the square
 * of its length, stays bounded and the whole extraction linear in the text.
 */
export const MAX_BLOCK_CHARS = 8_000;

/** A long block cut into pieces of at most MAX_BLOCK_CHARS (each mapped like the block). */
function cutLong(mapped: Mapped): Mapped[] {
  const pieces: Mapped[] = [];
  const text = mapped.text;
  let start = 0;
  while (text.length - start > MAX_BLOCK_CHARS) {
    const limit = start + MAX_BLOCK_CHARS;
    const window = text.slice(start + MAX_BLOCK_CHARS / 2, limit);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '));
    const space = window.lastIndexOf(' ');
    const cut =
      sentenceEnd >= 0
        ? start + MAX_BLOCK_CHARS / 2 + sentenceEnd + 1
        : space >= 0
          ? start + MAX_BLOCK_CHARS / 2 + space
          : limit;
    pieces.push(trimMapped(sliceMapped(mapped, start, cut), ' '));
    start = cut;
    while (text[start] === ' ') start += 1;
  }
  pieces.push(trimMapped(sliceMapped(mapped, start, text.length), ' '));
  return pieces.filter((p) => p.text !== '');
}

/** Cleans and segments a directive; every block keeps its map to the original. */
export function prepareText(original: string): PreparedText {
  const lines = splitLines(original);
  const width = wrapWidth(lines.filter((l) => l.kind === 'content'));
  const blocks: Block[] = [];
  let builder: MappedBuilder | null = null;
  let blockStart = 0;
  let blockEnd = 0;
  let sawGap = false;

  const push = (
    mapped: Mapped,
    kind: 'content' | 'footnote',
    start: number,
    end: number,
    piece: number,
  ): void => {
    // a piece cut from a long block goes on with its words: no marker of its own
    const { marker, type, label, bodyStart } =
      piece === 0
        ? readMarker(mapped.text)
        : { marker: null, type: null, label: null, bodyStart: 0 };
    const body = mapped.text.slice(bodyStart);
    const caps = isCaps(body.slice(0, 80));
    let blockKind: BlockKind;
    if (kind === 'footnote') blockKind = 'footnote';
    else if (type === 'bullet' || type === 'paren') blockKind = 'item';
    else if (type !== null && !/[.;]$/.test(body) && body.length <= 400) blockKind = 'heading';
    else if (type === null && caps && body.length <= 200) blockKind = 'heading';
    else if (type !== null) blockKind = 'item';
    else blockKind = 'paragraph';
    blocks.push({
      ...mapped,
      index: blocks.length,
      start,
      end,
      kind: blockKind,
      marker,
      markerType: type,
      label,
      bodyStart,
      caps,
    });
  };

  const flush = (kind: 'content' | 'footnote'): void => {
    if (!builder || builder.length === 0) {
      builder = null;
      return;
    }
    const mapped = builder.build(blockEnd);
    if (mapped.text.length <= MAX_BLOCK_CHARS) push(mapped, kind, blockStart, blockEnd, 0);
    else {
      cutLong(mapped).forEach((piece, i) =>
        push(piece, kind, piece.map[0] ?? blockStart, piece.map[piece.text.length] ?? blockEnd, i),
      );
    }
    builder = null;
  };

  const pendingFootnotes: Line[] = [];
  const bareNumbers: BareNumber[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'page') {
      if (line.kind === 'page' && /^\s*\d{1,3}\s*$/u.test(line.text))
        bareNumbers.push({ text: line.text.trim(), start: line.start, end: line.end });
      if (builder) sawGap = true;
      continue;
    }
    if (line.kind === 'footnote') {
      // a footnote body interrupts the paragraph: keep it aside and emit it after the paragraph
      if (builder) sawGap = true;
      pendingFootnotes.push(line);
      continue;
    }
    const current = builder as MappedBuilder | null;
    const row = isTableRow(line.text) || (previous !== null && isTableRow(previous.text));
    const continues =
      current !== null &&
      !startsWithMarker(line.text) &&
      !row &&
      !STAMP_LINE.test(line.text) &&
      // a table's date cell written with dashes or dots ("10-11-2026", "30.6.2026") stands alone
      // as one with slashes does, unless the line before asks for a day ("… trước ngày")
      !(DASHED_DATE_LINE.test(line.text) && !current.endsWithDayWord()) &&
      !FURNITURE_LINE.test(line.text) &&
      // a news item's source tag opens its lead ("(HLTV) - Để kịp thời …"): never the rest of the
      // headline above it
      !SOURCE_TAG_LINE.test(line.text) &&
      !(sawGap && isCell(line.text)) &&
      // "3 chỉ tiêu môi trường gồm:" after a blank line opens a list, even after a lower-case end
      !(sawGap && /:\s*$/u.test(line.text)) &&
      (startsLowerCase(line.text) ||
        current.endsWithDigitHyphen() ||
        // a line that leaves a bracket open goes on in the next: "… (qua" / "Chi cục …) trước …"
        (!sawGap && previous !== null && openBrackets(previous.text) > 0) ||
        (current.endsWithLowerLetter() && /^\s*\d/.test(line.text)) ||
        (!sawGap &&
          previous !== null &&
          wrapped(previous.text) &&
          (!/^\s*\p{Lu}/u.test(line.text) ||
            cutAtWidth(previous.text, line.text, width) ||
            // "…, trình Tổng" / "Giám đốc chậm nhất …": a long line cut after a verb of sending or
            // a name's first word goes on with the name on the next line
            CUT_BEFORE_NAME.test(previous.text))));
    if (continues && current) {
      current.join(line.start - 1, current.endsWithDigitHyphen() && !/^\s/.test(line.text));
      current.add(original, line.start, line.end, false);
      blockEnd = line.end;
    } else {
      flush('content');
      for (const f of pendingFootnotes.splice(0)) {
        builder = new MappedBuilder();
        blockStart = f.start;
        blockEnd = f.end;
        builder.add(original, f.start, f.end, true);
        flush('footnote');
      }
      builder = new MappedBuilder();
      blockStart = line.start;
      blockEnd = line.end;
      builder.add(original, line.start, line.end, false);
    }
    sawGap = false;
    previous = line;
  }
  flush('content');
  for (const f of pendingFootnotes.splice(0)) {
    builder = new MappedBuilder();
    blockStart = f.start;
    blockEnd = f.end;
    builder.add(original, f.start, f.end, true);
    flush('footnote');
  }
  // trim trailing original whitespace/markup from block ends so spans are tight
  return {
    original,
    blocks: blocks.map((b) => ({ ...b, end: (b.map[b.text.length - 1] ?? b.start) + 1 })),
    bareNumbers,
  };
}

/** The original span of clean text `[start, end)` of a mapped piece. */
export function originalSpan(mapped: Mapped, start: number, end: number): [number, number] {
  const s = mapped.map[start] ?? mapped.map[mapped.map.length - 1] ?? 0;
  const last = end > start ? mapped.map[end - 1] : undefined;
  return [s, last === undefined ? s : last + 1];
}

/** A slice of a mapped piece, itself mapped. */
export function sliceMapped(mapped: Mapped, start: number, end: number): Mapped {
  const map = mapped.map.slice(start, end);
  const last = end > start ? (mapped.map[end - 1] ?? 0) + 1 : (mapped.map[start] ?? 0);
  return { text: mapped.text.slice(start, end), map: [...map, last] };
}

/** Trims spaces and the given punctuation from both ends of a mapped piece. */
export function trimMapped(mapped: Mapped, chars = ' ,;:.'): Mapped {
  let s = 0;
  let e = mapped.text.length;
  while (s < e && chars.includes(mapped.text[s] ?? '')) s += 1;
  while (e > s && chars.includes(mapped.text[e - 1] ?? '')) e -= 1;
  return sliceMapped(mapped, s, e);
}

const ABBREVIATION_BEFORE_DOT =
  /(?:^|[\s(])(?:TP|Tp|tp|TS|ThS|PGS|GS|Th|đ\/c|Đ\/c|St|v\.v|[A-ZĐ])$/;

/** Splits a block's body into sentences (at ". ", "! ", "? ", "… " before a capital, a digit or a quote). */
export function splitSentences(block: Block): Sentence[] {
  const text = block.text;
  const out: Sentence[] = [];
  let start = block.bodyStart;
  // "…: 1. Tốc độ … đạt 8%.2. Tỷ lệ …": a numbered item glued to the sentence before starts a
  // sentence of its own, without its marker (a dotted date "15.10. Các …" is no marker)
  const re =
    /(?:\.{3}|…|[.!?])["”’)]?(?=\s+["“(]?[\p{Lu}\d])|(?:(?<=[\p{L}%)”"])[.;]|:)(?=\s*\d{1,2}\.\s+\p{Lu})/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (
      m[0] === '.' &&
      ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(start, m.index - 6), m.index))
    )
      continue;
    pushSentence(out, block, start, end);
    start = end;
    while (text[start] === ' ') start += 1;
    const glued = /^\d{1,2}\.\s+(?=\p{Lu})/u.exec(text.slice(start));
    if (glued && /[.;:]$/u.test(m[0]) && !/\d\.$/u.test(text.slice(0, end))) {
      start += glued[0].length;
      re.lastIndex = start;
    }
  }
  pushSentence(out, block, start, text.length);
  return out;
}

function pushSentence(out: Sentence[], block: Block, start: number, end: number): void {
  const piece = trimMapped(sliceMapped(block, start, end), ' ');
  if (piece.text === '') return;
  const offset =
    start + (block.text.slice(start, end).length - block.text.slice(start, end).trimStart().length);
  out.push({ ...piece, block: block.index, offset });
}

/** How many brackets a line opens and leaves open. */
function openBrackets(text: string): number {
  return (text.match(/\(/gu)?.length ?? 0) - (text.match(/\)/gu)?.length ?? 0);
}
