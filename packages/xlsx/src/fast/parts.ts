/**
 * The small package parts read before any sheet: `xl/styles.xml` (the number format of each cell
 * style) and `xl/sharedStrings.xml` (the shared string table, rich text runs joined, phonetic runs
 * left out). Both go through the byte tokenizer, fed in chunks. Pure: no Node imports.
 */
import {
  bytesEqual,
  decodeBytes,
  forEachAttribute,
  NameTable,
  TextCollector,
  XmlByteTokenizer,
  xmlText,
  type XmlHandler,
} from './xml-bytes.js';

/** Excel's built-in number formats, as exceljs names them (so both readers give the same `numFmt`). */
export const BUILT_IN_NUM_FMTS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A chunked parser of one part: feed it the inflated bytes, then `finish()`. */
export interface PartParser<T> {
  feed(chunk: Uint8Array): void;
  finish(): T;
}

const STYLE_NAMES = new NameTable(['numFmt', 'cellXfs', 'xf']);
const [NUM_FMT, CELL_XFS, XF] = [1, 2, 3];

function attributeText(
  buf: Uint8Array,
  start: number,
  end: number,
  name: string,
): string | undefined {
  let out: string | undefined;
  forEachAttribute(buf, start, end, (ns, ne, vs, ve) => {
    if (!bytesEqual(buf, ns, ne, name)) return false;
    out = xmlText(decodeBytes(buf, vs, ve));
    return true;
  });
  return out;
}

/** Style index (a cell's `s`) → number format code, undefined for General / none. */
export function stylesParser(): PartParser<(string | undefined)[]> {
  const custom = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  let inCellXfs = false;
  const handler: XmlHandler = {
    open(name, buf, s, e) {
      if (name === NUM_FMT) {
        const id = Number(attributeText(buf, s, e, 'numFmtId'));
        // as exceljs reads it: a character escaped by a backslash is the character itself
        // (LibreOffice writes "dd/mm/yyyy\ hh:mm")
        const code = attributeText(buf, s, e, 'formatCode')?.replace(/\\(.)/g, '$1');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === CELL_XFS) inCellXfs = true;
      else if (name === XF && inCellXfs) {
        const id = Number(attributeText(buf, s, e, 'numFmtId') ?? '0');
        xfNumFmtIds.push(Number.isInteger(id) ? id : 0);
      }
    },
    close(name) {
      if (name === CELL_XFS) inCellXfs = false;
    },
    text() {},
  };
  const tokenizer = new XmlByteTokenizer(STYLE_NAMES, handler);
  return {
    feed: (chunk) => tokenizer.feed(chunk),
    finish: () => {
      tokenizer.end();
      // exceljs: a style with numFmtId 0 has no format; otherwise the custom code, else the built-in.
      return xfNumFmtIds.map((id) =>
        id === 0 ? undefined : (custom.get(id) ?? BUILT_IN_NUM_FMTS[id]),
      );
    },
  };
}

const STRING_NAMES = new NameTable(['si', 't', 'rPh']);
const [SI, T, RPH] = [1, 2, 3];

/** Longest text kept from one string or cell: Excel's own limit is 32,767 characters. */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** The shared string table, each item's text runs joined (phonetic guides left out). */
export function sharedStringsParser(maxStrings: number): PartParser<string[]> {
  const strings: string[] = [];
  const text = new TextCollector(MAX_TEXT_BYTES);
  let inItem = false;
  let phonetic = 0;
  let inT = false;
  let current = '';
  const handler: XmlHandler = {
    open(name, _buf, _s, _e, selfClosing) {
      if (name === SI) {
        inItem = true;
        current = '';
        if (strings.length >= maxStrings)
          throw new RangeError(`more than ${maxStrings} shared strings`);
      } else if (name === RPH) phonetic++;
      else if (name === T && inItem && phonetic === 0 && !selfClosing) {
        inT = true;
        text.start();
      }
    },
    close(name) {
      if (name === T && inT) {
        inT = false;
        current += text.take() ?? '';
      } else if (name === RPH) phonetic = Math.max(0, phonetic - 1);
      else if (name === SI && inItem) {
        inItem = false;
        strings.push(current);
      }
    },
    text(buf, s, e, raw) {
      if (inT) text.add(buf, s, e, raw);
    },
  };
  const tokenizer = new XmlByteTokenizer(STRING_NAMES, handler);
  return {
    feed: (chunk) => tokenizer.feed(chunk),
    finish: () => {
      tokenizer.end();
      return strings;
    },
  };
}
