/**
 * A byte-level XML tokenizer for the parts of an .xlsx, fed in chunks of any size. It is not a
 * general XML parser: it finds tags and text, hands each tag's local name (namespace prefix dropped)
 * and attribute bytes to a handler, and never decodes what nobody asked for. Pure: no Node imports.
 *
 * Bounded work: each byte is looked at a fixed number of times. Only an unfinished tag is carried
 * from one chunk to the next, and a tag may not be longer than MAX_TAG_BYTES, so a megabyte of
 * unterminated markup is refused instead of re-scanned chunk after chunk. A DOCTYPE is refused
 * (OOXML parts never have one; it is how entity-expansion attacks start).
 */

export const MAX_TAG_BYTES = 64 * 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const EQUALS = 0x3d;

export class XmlShapeError extends Error {
  override readonly name = 'XmlShapeError';
}

export interface XmlHandler {
  /** A start tag (or an empty-element tag, `selfClosing`); attributes lie in buf[attrStart, attrEnd). */
  open(
    name: number,
    buf: Uint8Array,
    attrStart: number,
    attrEnd: number,
    selfClosing: boolean,
  ): void;
  close(name: number): void;
  /** Character data between tags (entities not decoded) or a CDATA section's content (`raw`). */
  text(buf: Uint8Array, start: number, end: number, raw: boolean): void;
}

/** Interns the local names a handler cares about: each gets a number; others are 0. */
export class NameTable {
  private readonly byLength = new Map<number, { bytes: Uint8Array; id: number }[]>();

  constructor(names: readonly string[]) {
    names.forEach((name, i) => {
      const bytes = new Uint8Array([...name].map((c) => c.charCodeAt(0)));
      const list = this.byLength.get(bytes.length) ?? [];
      list.push({ bytes, id: i + 1 });
      this.byLength.set(bytes.length, list);
    });
  }

  /** The id of buf[start, end) as a local name (after any "prefix:"), or 0. */
  lookup(buf: Uint8Array, start: number, end: number): number {
    for (let i = start; i < end; i++) {
      if (buf[i] === COLON) {
        start = i + 1;
        break;
      }
    }
    const list = this.byLength.get(end - start);
    if (!list) return 0;
    outer: for (const { bytes, id } of list) {
      for (let i = 0; i < bytes.length; i++) if (buf[start + i] !== bytes[i]) continue outer;
      return id;
    }
    return 0;
  }
}

function isNameEnd(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === SLASH || b === GT;
}

function isNameStart(b: number): boolean {
  return (
    (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || b === COLON || b >= 0x80
  );
}

function isNameChar(b: number): boolean {
  return isNameStart(b) || (b >= 0x30 && b <= 0x39) || b === DASH || b === 0x2e;
}

function indexOfSequence(buf: Uint8Array, seq: readonly number[], from: number): number {
  for (let i = buf.indexOf(seq[0]!, from); i >= 0; i = buf.indexOf(seq[0]!, i + 1)) {
    let ok = true;
    for (let j = 1; j < seq.length; j++) {
      if (buf[i + j] !== seq[j]) {
        ok = false;
        break;
      }
    }
    if (ok && i + seq.length <= buf.length) return i;
  }
  return -1;
}

const COMMENT_END = [DASH, DASH, GT];
const CDATA_END = [RBRACKET, RBRACKET, GT];
const PI_END = [QUESTION, GT];

export class XmlByteTokenizer {
  private carry: Uint8Array | undefined;
  /** Bytes seen so far (for the total budget and error positions). */
  bytes = 0;

  constructor(
    private readonly names: NameTable,
    private readonly handler: XmlHandler,
  ) {}

  feed(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    let buf = chunk;
    if (this.carry) {
      const joined = new Uint8Array(this.carry.length + chunk.length);
      joined.set(this.carry);
      joined.set(chunk, this.carry.length);
      buf = joined;
      this.carry = undefined;
    }
    const rest = this.scan(buf);
    if (rest < buf.length) {
      if (buf.length - rest > MAX_TAG_BYTES)
        throw new XmlShapeError(`a tag longer than ${MAX_TAG_BYTES} bytes`);
      this.carry = buf.slice(rest);
    }
  }

  /** The part ended: anything left unfinished is an error. */
  end(): void {
    if (this.carry && this.carry.length > 0) throw new XmlShapeError('the XML ends inside a tag');
  }

  /** Scans buf; returns where an unfinished tag starts (buf.length when none). */
  private scan(buf: Uint8Array): number {
    const len = buf.length;
    const handler = this.handler;
    let pos = 0;
    while (pos < len) {
      if (buf[pos] !== LT) {
        const lt = buf.indexOf(LT, pos);
        const end = lt < 0 ? len : lt;
        handler.text(buf, pos, end, false);
        if (lt < 0) return len;
        pos = lt;
      }
      // buf[pos] is '<'
      if (pos + 1 >= len) return pos;
      const first = buf[pos + 1]!;
      if (first === BANG) {
        if (pos + 4 > len) return pos;
        if (buf[pos + 2] === DASH && buf[pos + 3] === DASH) {
          const e = indexOfSequence(buf, COMMENT_END, pos + 4);
          if (e < 0) return this.unfinished(buf, pos);
          pos = e + 3;
          continue;
        }
        if (buf[pos + 2] === LBRACKET) {
          if (pos + 9 > len) return pos;
          const e = indexOfSequence(buf, CDATA_END, pos + 9);
          if (e < 0) return this.unfinished(buf, pos);
          handler.text(buf, pos + 9, e, true);
          pos = e + 3;
          continue;
        }
        throw new XmlShapeError('a DOCTYPE or other declaration inside a package part');
      }
      if (first === QUESTION) {
        const e = indexOfSequence(buf, PI_END, pos + 2);
        if (e < 0) return this.unfinished(buf, pos);
        pos = e + 2;
        continue;
      }
      // a start, end or empty-element tag: find its '>' outside quoted attribute values
      let quote = 0;
      let gt = -1;
      for (let i = pos + 1; i < len; i++) {
        const b = buf[i]!;
        if (quote !== 0) {
          if (b === quote) quote = 0;
        } else if (b === QUOTE || b === APOS) quote = b;
        else if (b === GT) {
          gt = i;
          break;
        }
      }
      if (gt < 0) return this.unfinished(buf, pos);
      if (first === SLASH) {
        let n = pos + 2;
        while (n < gt && !isNameEnd(buf[n]!)) n++;
        handler.close(this.names.lookup(buf, pos + 2, n));
      } else {
        if (!isNameStart(first)) throw new XmlShapeError('a "<" that starts no tag');
        let n = pos + 1;
        while (n < gt && !isNameEnd(buf[n]!)) {
          if (!isNameChar(buf[n]!)) throw new XmlShapeError('a tag with a malformed name');
          n++;
        }
        const selfClosing = buf[gt - 1] === SLASH;
        const name = this.names.lookup(buf, pos + 1, n);
        handler.open(name, buf, n, selfClosing ? gt - 1 : gt, selfClosing);
        if (selfClosing) handler.close(name);
      }
      pos = gt + 1;
    }
    return len;
  }

  private unfinished(buf: Uint8Array, pos: number): number {
    if (buf.length - pos > MAX_TAG_BYTES)
      throw new XmlShapeError(`a tag longer than ${MAX_TAG_BYTES} bytes`);
    return pos;
  }
}

/** One attribute's bounds in the buffer: local name and value (quotes excluded). */
export interface AttributeBounds {
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * The attribute at or after buf[i] (before `end`) into `out`; returns where the next one may
 * start, or -1 when there is none. For loops that must not allocate per tag (every cell's).
 */
export function nextAttribute(
  buf: Uint8Array,
  i: number,
  end: number,
  out: AttributeBounds,
): number {
  while (i < end && buf[i]! <= 0x20) i++;
  if (i >= end) return -1;
  let nameStart = i;
  while (i < end && buf[i] !== EQUALS && buf[i]! > 0x20) {
    if (buf[i] === COLON) nameStart = i + 1;
    i++;
  }
  const nameEnd = i;
  while (i < end && buf[i] !== EQUALS) i++;
  i++;
  while (i < end && buf[i] !== QUOTE && buf[i] !== APOS) i++;
  const q = buf[i];
  const valueStart = i + 1;
  let valueEnd = valueStart;
  while (valueEnd < end && buf[valueEnd] !== q) valueEnd++;
  if (i >= end) return -1;
  out.nameStart = nameStart;
  out.nameEnd = nameEnd;
  out.valueStart = valueStart;
  out.valueEnd = valueEnd;
  return valueEnd + 1;
}

/**
 * Walks the attributes in buf[start, end), calling `each` with the local name's bounds and the
 * value's bounds (quotes excluded). Stops early when `each` returns true.
 */
export function forEachAttribute(
  buf: Uint8Array,
  start: number,
  end: number,
  each: (
    nameStart: number,
    nameEnd: number,
    valueStart: number,
    valueEnd: number,
  ) => boolean | void,
): void {
  const a: AttributeBounds = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };
  for (let i = nextAttribute(buf, start, end, a); i >= 0; i = nextAttribute(buf, i, end, a)) {
    if (each(a.nameStart, a.nameEnd, a.valueStart, a.valueEnd) === true) return;
  }
}

/** True when buf[start, end) spells `name` (ASCII). */
export function bytesEqual(buf: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

const utf8 = new TextDecoder('utf-8');

/** buf[start, end) as text: ASCII without a decoder call, otherwise UTF-8. */
export function decodeBytes(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 32) {
    let s = '';
    for (let i = start; i < end; i++) {
      const b = buf[i]!;
      if (b >= 0x80) return utf8.decode(buf.subarray(start, end));
      s += String.fromCharCode(b);
    }
    return s;
  }
  return utf8.decode(buf.subarray(start, end));
}

/** Code units of the text being decoded (grown as needed, reused from call to call). */
let units = new Uint16Array(1024);

function reserve(length: number): Uint16Array {
  if (units.length < length) units = new Uint16Array(Math.max(length, 2 * units.length));
  return units;
}

const NAMED: ReadonlyArray<readonly [readonly number[], number]> = [
  [[0x61, 0x6d, 0x70], 0x26], // amp
  [[0x6c, 0x74], 0x3c], // lt
  [[0x67, 0x74], 0x3e], // gt
  [[0x71, 0x75, 0x6f, 0x74], 0x22], // quot
  [[0x61, 0x70, 0x6f, 0x73], 0x27], // apos
];

/** Where the last reference found by referenceAt ends: the index of its ";". */
let referenceEnd = 0;

/**
 * The entity or character reference at u[amp] ("&amp;", "&#7879;", "&#x1EC7;"), u[, n) being
 * code units: its code point (its ";" at referenceEnd), or -1 when none is written there (it is
 * then left as written). No object per reference: an openpyxl file has one per Vietnamese letter.
 */
function referenceAt(u: Uint16Array, amp: number, n: number): number {
  let i = amp + 1;
  if (i < n && u[i] === 0x23 /* # */) {
    i++;
    const hex = u[i] === 0x78; /* x */
    if (hex) i++;
    const first = i;
    let code = 0;
    for (; i < n; i++) {
      const c = u[i]!;
      const digit =
        c >= 0x30 && c <= 0x39
          ? c - 0x30
          : hex && c >= 0x61 && c <= 0x66
            ? c - 0x57
            : hex && c >= 0x41 && c <= 0x46
              ? c - 0x37
              : -1;
      if (digit < 0) break;
      // Past the last code point the reference stays as written (any number of digits).
      if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + digit;
    }
    if (i === first || i >= n || u[i] !== 0x3b /* ; */ || code > 0x10ffff) return -1;
    referenceEnd = i;
    return code;
  }
  named: for (const [name, code] of NAMED) {
    if (i + name.length >= n) continue;
    for (let k = 0; k < name.length; k++) if (u[i + k] !== name[k]) continue named;
    if (u[i + name.length] === 0x3b) {
      referenceEnd = i + name.length;
      return code;
    }
  }
  return -1;
}

/**
 * Decodes the references among units[0, n) in place (each is longer than the one or two code
 * units it stands for) and gives the text.
 */
function decodeUnits(n: number, ascii: boolean): string {
  const u = units;
  let w = 0;
  // A decoder replaces lone surrogates: only text known to have none (ASCII, and no reference to
  // one) goes through it.
  let lone = !ascii;
  for (let r = 0; r < n;) {
    const c = u[r]!;
    const code = c === 0x26 ? referenceAt(u, r, n) : -1;
    if (code < 0) {
      u[w++] = c;
      r++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) lone = true;
    if (code > 0xffff) {
      u[w++] = 0xd800 + ((code - 0x10000) >> 10);
      u[w++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
    } else u[w++] = code;
    r = referenceEnd + 1;
  }
  return lone ? fromUnits(w) : utf16.decode(u.subarray(0, w));
}

/** Well-formed code units to text (a reference to a lone surrogate goes through fromUnits). */
const utf16 = new TextDecoder('utf-16le');

/** units[0, n) as a string, lone surrogates kept (a decoder would replace them). */
function fromUnits(n: number): string {
  const CHUNK = 8192; // well under any engine's limit on arguments
  let text = '';
  for (let i = 0; i < n; i += CHUNK) {
    text += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[],
    );
  }
  return text;
}

/**
 * XML character data to text: line ends normalised as an XML parser does (CR LF and lone CR → LF),
 * then the five predefined entities and numeric character references decoded. Other entity
 * references (there are no DTDs in a package) are left as written.
 */
export function xmlText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!s.includes('&')) return s;
  const u = reserve(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return decodeUnits(s.length, false);
}

/**
 * xmlText(decodeBytes(buf, start, end)) in one pass when the bytes are ASCII with no CR: files
 * written outside Excel spell every Vietnamese letter as a reference ("Qu&#225;n tri&#7879;t"),
 * so this is most cells of such a file.
 */
export function xmlTextOfBytes(buf: Uint8Array, start: number, end: number): string {
  const u = reserve(end - start);
  let amp = false;
  for (let i = start, n = 0; i < end; i++, n++) {
    const b = buf[i]!;
    if (b >= 0x80 || b === 0x0d) return xmlText(decodeBytes(buf, start, end));
    if (b === 0x26) amp = true;
    u[n] = b;
  }
  return amp ? decodeUnits(end - start, true) : decodeBytes(buf, start, end);
}

/** Collects the character data of one element across chunks, then gives it as text. */
export class TextCollector {
  // The first piece is kept as its bounds in the chunk (most values are one piece: no view and no
  // object made per cell); later pieces go to `pieces`, the first one with them.
  private first: Uint8Array | undefined;
  private firstStart = 0;
  private firstEnd = 0;
  private firstRaw = false;
  private pieces: { bytes: Uint8Array; raw: boolean }[] = [];
  private length = 0;
  active = false;

  constructor(private readonly maxBytes: number) {}

  start(): void {
    this.first = undefined;
    this.pieces.length = 0;
    this.length = 0;
    this.active = true;
  }

  add(buf: Uint8Array, start: number, end: number, raw: boolean): void {
    if (end <= start) return;
    this.length += end - start;
    if (this.length > this.maxBytes)
      throw new XmlShapeError(`a value longer than ${this.maxBytes} bytes`);
    // Chunks are never written to once handed over, so bounds in them (or a view) are enough.
    if (this.first === undefined) {
      this.first = buf;
      this.firstStart = start;
      this.firstEnd = end;
      this.firstRaw = raw;
      return;
    }
    if (this.pieces.length === 0) this.pushFirst(this.first);
    this.pieces.push({ bytes: buf.subarray(start, end), raw });
  }

  private pushFirst(first: Uint8Array): void {
    this.pieces.push({ bytes: first.subarray(this.firstStart, this.firstEnd), raw: this.firstRaw });
  }

  /** The text so far (entities decoded), or undefined when nothing was collected. */
  take(): string | undefined {
    this.active = false;
    const first = this.first;
    if (first === undefined) return undefined;
    this.first = undefined;
    const pieces = this.pieces;
    if (pieces.length === 0) {
      if (!this.firstRaw) return xmlTextOfBytes(first, this.firstStart, this.firstEnd);
      this.pushFirst(first);
    }
    // Bytes of one run are joined before decoding (a character may straddle two chunks); CDATA
    // content is taken as written.
    let out = '';
    for (let i = 0; i < pieces.length;) {
      const raw = pieces[i]!.raw;
      let j = i;
      let size = 0;
      while (j < pieces.length && pieces[j]!.raw === raw) size += pieces[j++]!.bytes.length;
      const joined = new Uint8Array(size);
      for (let k = i, at = 0; k < j; k++) {
        joined.set(pieces[k]!.bytes, at);
        at += pieces[k]!.bytes.length;
      }
      const text = decodeBytes(joined, 0, joined.length);
      out += raw ? text.replace(/\r\n?/g, '\n') : xmlText(text);
      i = j;
    }
    pieces.length = 0;
    return out;
  }
}
