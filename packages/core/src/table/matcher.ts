/**
 * The one header matcher. A header cell names a field when one of the field's wordings is found in
 * it, compared as words after folding (case, diacritics, punctuation, "/" and line breaks do not
 * matter):
 *
 * - **marks count where they were typed**: two words written with different marks are two words
 *   ("hàng" is no "Hạng", "giáo" no "Giao", the "TU" of "TB/TU ngày" no "Từ"); a header typed
 *   without marks, a word of it that lost its mark in lower case ("Ngay hoàn thành"), a wording
 *   typed without marks and an abbreviation spelled out ("KH") are read by their letters alone;
 * - **most specific wins**: the wording with the most words found in the header wins ("Cơ quan phối
 *   hợp" over "Cơ quan" in "Cơ quan, đơn vị phối hợp");
 * - on equal words: the header equal to the wording, then the header opening with it, then the
 *   wording found as a phrase inside, then found word by word in another order ("Hoàn thành
 *   (ngày)" is "Ngày hoàn thành");
 * - wordings of three letters or fewer ("TT", "Mã", "Hạn", "KH", "ĐVT"), and the common words of
 *   `WHOLE_HEADER_ONLY` ("Giao", "Đạt"), must be the whole header;
 * - years and parenthesised remarks are not part of the name: "Kế hoạch 2024" is "Kế hoạch",
 *   "Kết quả thực hiện (Đã hoàn thành/Chưa hoàn thành)" is "Kết quả thực hiện" (the remark is
 *   read only when the name alone matches nothing).
 *
 * Wordings are folded once, when a vocabulary is compiled; a header is folded once per match.
 */
import { foldText, spellingKey, testAsTyped, writtenWithoutMarks } from '../vi/text.js';
import { withoutDocumentNumbers } from '../vi/document-kind.js';
import { looksLikeAgencyName } from '../vi/agencies.js';
import {
  DAY_FIELDS,
  HEADER_ABBREVIATIONS,
  ORGANISATION_FIELD,
  VOCABULARY,
  TABLE_KINDS,
  WHOLE_HEADER_ONLY,
  type FieldOf,
  type TableKind,
  type Wordings,
} from './vocabulary.js';

/** A header cell is a label, not a paragraph. */
export const MAX_HEADER_TEXT_LENGTH = 80;
/** Wordings this short must be the whole header. */
const SHORT_WORDING_LENGTH = 3;
/** Word-order tolerance only on short headers: in a long one, scattered words mean nothing. */
const MAX_UNORDERED_HEADER_WORDS = 7;

/**
 * A word of a header or a wording: its folded letters, and its spelling (`spellingKey`) where its
 * marks are to be compared; `undefined` where only its letters can be (see the module comment).
 */
interface Word {
  readonly folded: string;
  readonly spelling: string | undefined;
}

interface CompiledWording<F extends string> {
  readonly field: F;
  readonly text: string;
  readonly words: readonly Word[];
  /** The folded words, joined by spaces. */
  readonly key: string;
  readonly short: boolean;
  /** Position in the vocabulary: the tie-breaker. */
  readonly order: number;
}

export interface CompiledVocabulary<F extends string> {
  readonly wordings: readonly CompiledWording<F>[];
  /**
   * The field a header naming a kind of organisation names ("Tên quỹ tín dụng nhân dân", "Tên
   * QTDND", "Công ty gửi báo cáo"), whatever kind: a roster's or a log's unit.
   */
  readonly organisationField?: F;
}

const ABBREVIATION = new Map(HEADER_ABBREVIATIONS.map(([short, long]) => [short, long.split(' ')]));

/**
 * Folded words of a header or wording: "/" and "%" split words; years are dropped from a header
 * (`isHeader`); in a text of several words abbreviations are spelled out ("Ước TH" is "Ước thực
 * hiện"), in a header and a wording alike, so a pack's "KH giao" still meets a header "KH giao".
 */
function foldedWords(text: string, isHeader: boolean): string[] {
  const folded = foldText(text).replace(/[/%]/g, (m) => (m === '%' ? ' % ' : ' '));
  const out: string[] = [];
  for (const w of folded.split(' ')) {
    if (w === '') continue;
    if (isHeader && /^(?:19|20)\d{2}$/.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** A word typed in capitals only ("TU", "TB") in a header in lower case: an abbreviation, read as written. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * The words of a header or wording, each with its spelling where its marks count: in a text typed
 * with marks, every word but (in a header) a word without marks that lost its mark ("Ngay hoàn
 * thành", "NGAY HOÀN THÀNH"); a word in capitals in a header in lower case ("TB/TU ngày") is an
 * abbreviation, read as written. The spellings are taken word by word from the text as written; where its
 * words do not line up with the folded ones (a character folding to two words), only letters count.
 */
function words(text: string, isHeader: boolean): Word[] {
  const folded = foldedWords(text, isHeader);
  const spellings = writtenWithoutMarks(text) ? undefined : spellingsOf(text, isHeader, folded);
  const out: Word[] = folded.map((w, i) => ({ folded: w, spelling: spellings?.[i] }));
  if (out.length < 2) return out;
  return out.flatMap((w) => {
    const long = ABBREVIATION.get(w.folded);
    return long ? long.map((folded) => ({ folded, spelling: undefined })) : [w];
  });
}

function spellingsOf(
  text: string,
  isHeader: boolean,
  folded: readonly string[],
): Array<string | undefined> | undefined {
  const out: Array<string | undefined> = [];
  // in a header in capitals, a word in capitals is no abbreviation by its case
  const mixedCase = /\p{Ll}/u.test(text);
  for (const token of text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+|%/gu) ?? []) {
    const pieces = foldText(token).split(' ');
    if (pieces.length !== 1) return undefined;
    if (isHeader && /^(?:19|20)\d{2}$/.test(pieces[0]!)) continue;
    const lostMark = isHeader && writtenWithoutMarks(token) && !(mixedCase && CAPITALS.test(token));
    out.push(lostMark ? undefined : spellingKey(token));
  }
  if (out.length !== folded.length) return undefined;
  return out;
}

/** Two words are one: the same letters, and the same marks wherever both sides' marks count. */
function sameWord(a: Word, b: Word): boolean {
  return (
    a.folded === b.folded &&
    (a.spelling === undefined || b.spelling === undefined || a.spelling === b.spelling)
  );
}

export function compileWordings<F extends string>(entries: Wordings<F>): CompiledVocabulary<F> {
  const wordings: CompiledWording<F>[] = [];
  let order = 0;
  for (const [field, texts] of entries) {
    for (const text of texts) {
      const w = words(text, false);
      if (w.length === 0) continue;
      const key = w.map((x) => x.folded).join(' ');
      wordings.push({
        field,
        text,
        words: w,
        key,
        short: key.replace(/ /g, '').length <= SHORT_WORDING_LENGTH || WHOLE_HEADER_ONLY.has(text),
        order: order++,
      });
    }
  }
  return { wordings };
}

const COMPILED = new Map<TableKind, CompiledVocabulary<string>>();

/** The built-in vocabulary of a table kind, compiled once per process. */
export function vocabularyOf<K extends TableKind>(kind: K): CompiledVocabulary<FieldOf[K]> {
  let compiled = COMPILED.get(kind);
  if (!compiled) {
    const organisationField = ORGANISATION_FIELD[kind];
    compiled = {
      ...compileWordings<string>(VOCABULARY[kind]),
      ...(organisationField !== undefined ? { organisationField } : {}),
    };
    COMPILED.set(kind, compiled);
  }
  return compiled as CompiledVocabulary<FieldOf[K]>;
}

/** How a wording was found: the higher the closer. */
export type MatchMode = 'equal' | 'opens' | 'phrase' | 'unordered';
const MODE_RANK: Record<MatchMode, number> = { equal: 3, opens: 2, phrase: 1, unordered: 0 };

export interface HeaderMatch<F extends string> {
  readonly field: F;
  /** The wording that matched, as written in the vocabulary. */
  readonly wording: string;
  readonly mode: MatchMode;
  /** Words of the wording found in the header. */
  readonly words: number;
}

function phraseAt(header: readonly Word[], wording: readonly Word[]): number {
  outer: for (let i = 0; i + wording.length <= header.length; i++) {
    for (let j = 0; j < wording.length; j++)
      if (!sameWord(header[i + j]!, wording[j]!)) continue outer;
    return i;
  }
  return -1;
}

function modeOf(
  header: readonly Word[],
  key: string,
  w: CompiledWording<string>,
): MatchMode | undefined {
  if (key === w.key) return header.every((h, i) => sameWord(h, w.words[i]!)) ? 'equal' : undefined;
  if (w.short) return undefined;
  const at = phraseAt(header, w.words);
  if (at === 0) return 'opens';
  if (at > 0) return 'phrase';
  if (w.words.length < 2 || header.length > MAX_UNORDERED_HEADER_WORDS) return undefined;
  return w.words.every((x) => header.some((h) => sameWord(h, x))) ? 'unordered' : undefined;
}

function better(
  a: { words: number; rank: number; order: number },
  b: { words: number; rank: number; order: number } | undefined,
): boolean {
  if (!b) return true;
  if (a.words !== b.words) return a.words > b.words;
  if (a.rank !== b.rank) return a.rank > b.rank;
  return a.order < b.order;
}

function matchWords<F extends string>(
  header: readonly Word[],
  vocabulary: CompiledVocabulary<F>,
  accept: (w: CompiledWording<F>) => boolean = () => true,
): HeaderMatch<F> | undefined {
  if (header.length === 0) return undefined;
  const key = header.map((h) => h.folded).join(' ');
  let best:
    | { w: CompiledWording<F>; mode: MatchMode; words: number; rank: number; order: number }
    | undefined;
  for (const w of vocabulary.wordings) {
    if (!accept(w)) continue;
    const mode = modeOf(header, key, w);
    if (mode === undefined) continue;
    const candidate = { w, mode, words: w.words.length, rank: MODE_RANK[mode], order: w.order };
    if (better(candidate, best)) best = candidate;
  }
  return best
    ? { field: best.w.field, wording: best.w.text, mode: best.mode, words: best.words }
    : undefined;
}

/**
 * A header that counts days ("Số ngày chậm nhất phải hoàn thành trước ngày bầu cử", "Số ngày
 * quá hạn", "Số ngày làm việc") holds a number of days, never a date: whatever date words follow,
 * it names no column of the built-in vocabulary.
 */
const DAY_COUNT_HEADER = testAsTyped(/^số\s+ngày(?![\p{L}])/u);

/**
 * A header that counts things ("Số chi bộ trực thuộc", "Tổng số đảng viên", "Số lượng xã") holds a
 * number: it names only fields whose own wording is a number of its kind ("Số TT", "Số văn bản",
 * "Số liệu thực hiện"), never the unit or title it counts ("Chi bộ trực thuộc").
 */
const COUNT_HEADER = testAsTyped(
  /^(?:tổng\s+)?số(?:\s+lượng)?\s+\p{L}/u,
  // typed with no marks, "so" is also "sơ" and "sở" ("So ket 6 thang", "So ban nganh")
  /^(?:tong\s+)?so(?:\s+luong)?\s+(?!(?:ket|ban|nganh)(?!\p{L}))\p{L}/u,
);
const NUMBER_WORDING_START = new Set(['so', 'tong']);

/**
 * A header that opens with "Ngày" holds days ("Ngày báo cáo kết quả khắc phục", "Ngày đơn vị trả
 * lời", "Ngày khởi công"): it names only a field that holds a day (`DAY_FIELDS`), never the
 * status, the owner or the item its other words mention.
 */
const DAY_HEADER = testAsTyped(/^ngày(?![\p{L}])\s*\S/u);
const namesADay = (w: CompiledWording<string>): boolean => DAY_FIELDS.has(w.field);

/**
 * A header that opens with a rate ("Tỷ lệ hộ phân loại rác tại nguồn (%)", "Tỷ lệ đơn vị gửi báo
 * cáo đúng hạn") holds a measure: as a count names no unit or title it counts, it names neither the
 * row's item, its unit, its owner nor its group, whatever words it mentions ("loại", "đơn vị").
 */
const RATE_HEADER = testAsTyped(/^t[ỷỉ]\s+lệ\s+\p{L}/u);
const MEASURED_FIELDS = new Set(['title', 'unit', 'owner', 'group']);
const namesNoMeasured = (w: CompiledWording<string>): boolean => !MEASURED_FIELDS.has(w.field);

/**
 * A header naming the head of a unit ("Trưởng thôn", "Trưởng văn phòng / Trưởng phòng", "Phó
 * trưởng ban", "Thủ trưởng đơn vị") holds people: folded, "Trưởng" would be "Trường" (a school) and
 * name the unit of a roster or a log. Written with its marks it names no column of the built-in
 * vocabulary (a pack's own column names still may); written without them it is read as before.
 */
const HEAD_OF_UNIT = /(?:^|[^\p{L}])trưởng(?![\p{L}])/u;

/**
 * A header that opens with a reason ("Lý do chưa hoàn thành", "Nguyên nhân chậm, chưa hoàn thành",
 * "Lý do chưa nộp báo cáo", "Nguyên nhân tồn tại") holds why, written in words: whatever its other
 * words name — a state, the report, an actual, the item — it names no column of the built-in
 * vocabulary (under "Kết quả" beside "Đã hoàn thành | Chưa hoàn thành" it is no third tick, and a
 * done row with a reason written there stays done). A pack's own column names still may.
 */
const REASON_HEADER = /^(?:ly do|nguyen nhan)\b/;

/**
 * A caption: a label and its value after a colon ("ĐVT: triệu đồng", "Đơn vị tính: %", "Kỳ báo
 * cáo: Quý III/2024"), the label a field's wording of some table kind. It states the value for the
 * whole table (written above it, often in the last columns); it is no column's header, and a row of
 * captions is no header row.
 */
export function isCaption(text: string): boolean {
  const at = text.indexOf(':');
  if (at <= 0 || text.length > MAX_HEADER_TEXT_LENGTH) return false;
  const label = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  if (label === '' || value === '' || label.split(/\s+/).length > 4) return false;
  const key = words(label, true)
    .map((w) => w.folded)
    .join(' ');
  return TABLE_KINDS.some((kind) => vocabularyOf(kind).wordings.some((w) => w.key === key));
}

/** Whether every written cell of a row is a caption ("ĐVT: triệu đồng" alone above a table). */
export function isCaptionRow(row: {
  readonly cells: ReadonlyArray<{ readonly text: string }>;
}): boolean {
  const texts = row.cells.map((c) => c.text.trim()).filter((t) => t !== '');
  return texts.length > 0 && texts.every(isCaption);
}

/**
 * The field a header text names in a vocabulary, if any. `extra` (a pack's own column names) is
 * tried first and wins whenever it matches: it is the clerk's override.
 */
export function matchHeader<F extends string>(
  text: string,
  vocabulary: CompiledVocabulary<F>,
  extra?: CompiledVocabulary<F>,
): HeaderMatch<F> | undefined {
  if (text.length === 0 || text.length > MAX_HEADER_TEXT_LENGTH || isCaption(text))
    return undefined;
  // The same header texts come back on every row scanned and in every workbook of a batch: each is
  // matched against a vocabulary once (a vocabulary is compiled once and never changes).
  let byExtra = MATCHED.get(vocabulary);
  if (!byExtra) {
    byExtra = new WeakMap();
    MATCHED.set(vocabulary, byExtra);
  }
  const extraKey = extra ?? NO_EXTRA;
  let byText = byExtra.get(extraKey);
  if (!byText) {
    byText = new Map();
    byExtra.set(extraKey, byText);
  }
  const known = byText.get(text);
  if (known !== undefined) return (known ?? undefined) as HeaderMatch<F> | undefined;
  const found = matchHeaderText(text, vocabulary, extra);
  if (byText.size >= MAX_MATCHED_TEXTS) byText.clear();
  byText.set(text, found ?? null);
  return found;
}

/** Matches remembered, per vocabulary and pack vocabulary: a header text → its match or null. */
const MATCHED = new WeakMap<
  CompiledVocabulary<string>,
  WeakMap<CompiledVocabulary<string>, Map<string, HeaderMatch<string> | null>>
>();
const NO_EXTRA: CompiledVocabulary<string> = { wordings: [] };
const MAX_MATCHED_TEXTS = 20_000;

function matchHeaderText<F extends string>(
  text: string,
  vocabulary: CompiledVocabulary<F>,
  extra?: CompiledVocabulary<F>,
): HeaderMatch<F> | undefined {
  // brackets and cited document numbers ("Chỉ tiêu theo Nghị quyết số 96/2019/QH14 (%)") name no field
  const bare = withoutDocumentNumbers(text.replace(/\([^)]*\)/g, ' '));
  const tries = bare === text ? [text] : [bare, text];
  // on the text as written: "Số, ngày văn bản" (number and date of a document) is no count
  const lower = bare.normalize('NFC').trim().toLowerCase();
  const dayCount = DAY_COUNT_HEADER(lower);
  const count = COUNT_HEADER(lower);
  const headOfUnit = HEAD_OF_UNIT.test(lower);
  // (on the letters: "Ly do chua hoan thanh" typed without marks is a reason too)
  const reason = REASON_HEADER.test(foldText(bare));
  const day = DAY_HEADER(lower);
  const rate = RATE_HEADER(lower);
  const byKind = vocabulary.organisationField === undefined ? undefined : organisationNamed(bare);
  for (const vocab of extra ? [extra, vocabulary] : [vocabulary]) {
    if ((dayCount || headOfUnit || reason) && vocab === vocabulary) continue;
    const builtIn = vocab === vocabulary;
    const accept = day && builtIn ? namesADay : rate && builtIn ? namesNoMeasured : undefined;
    for (const t of tries) {
      const found = matchWords(words(t, true), vocab, accept);
      if (!found) continue;
      if (count && vocab === vocabulary && !countWording(found.wording)) continue;
      // a wording found only inside the header gives way to the organisation the header names
      // ("Chi nhánh gửi báo cáo" names the branch, not the report)
      if (
        vocab === vocabulary &&
        byKind !== undefined &&
        (found.mode === 'phrase' || found.mode === 'unordered')
      )
        break;
      return found;
    }
    // a kind of organisation the vocabulary does not list, named as the lexicon of agencies knows
    // it: "Tên quỹ tín dụng nhân dân", "Tên QTDND", "Chi nhánh gửi báo cáo"
    if (vocab === vocabulary && byKind !== undefined && !count && !dayCount && !reason)
      return {
        field: vocabulary.organisationField!,
        wording: byKind,
        mode: 'phrase',
        words: words(bare, true).length,
      };
  }
  return undefined;
}

/** "Tên …", "… gửi", "… báo cáo", "… gửi báo cáo" around a kind of organisation: that kind. */
const NAMES_ORGANISATIONS = /^(?:tên\s+(.+)|(.+?)\s+(?:gửi báo cáo|gửi|báo cáo|trực thuộc))$/iu;

/** …so typed with no marks ("Ten quy tin dung", "Chi nhanh gui bao cao"). */
const NAMES_ORGANISATIONS_UNMARKED =
  /^(?:ten\s+(.+)|(.+?)\s+(?:gui bao cao|gui|bao cao|truc thuoc))$/iu;

function organisationNamed(header: string): string | undefined {
  const text = header.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const m = (writtenWithoutMarks(text) ? NAMES_ORGANISATIONS_UNMARKED : NAMES_ORGANISATIONS).exec(
    text,
  );
  const kind = m?.[1] ?? m?.[2];
  return kind !== undefined && looksLikeAgencyName(kind) ? kind : undefined;
}

function countWording(wording: string): boolean {
  return NUMBER_WORDING_START.has(foldText(wording).split(' ')[0] ?? '');
}

/** Every table kind a header text can name a column of, with the field in each. */
export function matchHeaderAnyKind(
  text: string,
): Partial<{ [K in TableKind]: HeaderMatch<FieldOf[K]> }> {
  const out: Partial<{ [K in TableKind]: HeaderMatch<FieldOf[K]> }> = {};
  for (const kind of TABLE_KINDS) {
    const m = matchHeader(text, vocabularyOf(kind));
    if (m) (out as Record<string, unknown>)[kind] = m;
  }
  return out;
}
