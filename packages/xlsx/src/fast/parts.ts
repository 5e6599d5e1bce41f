/**
 * The small package parts read before any sheet: `xl/styles.xml` (the number format of each cell
 * style, and its font when that is a legacy Vietnamese font) and `xl/sharedStrings.xml` (the shared
 * string table, rich text runs joined, phonetic runs left out; the runs kept apart for an item
 * where a run names its own font). Both go through the byte tokenizer, fed in chunks. Pure: no Node
 * imports.
 */
import { legacyFont, type LegacyFont } from '@dondoc/core';
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

const STYLE_NAMES = new NameTable(['numFmt', 'cellXfs', 'xf', 'fonts', 'font', 'name']);
const [NUM_FMT, CELL_XFS, XF, FONTS, FONT, NAME] = [1, 2, 3, 4, 5, 6];

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

export interface Styles {
  /** Style index (a cell's `s`) → number format code, undefined for General / none. */
  readonly numFmts: (string | undefined)[];
  /**
   * Style index → its font when that is a legacy Vietnamese font (TCVN3, VNI); undefined when no
   * style has one, so that a workbook without them costs nothing more.
   */
  readonly legacyFonts: (LegacyFont | undefined)[] | undefined;
}

/** Each cell style's number format and legacy font. */
export function stylesParser(): PartParser<Styles> {
  const custom = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  const xfFontIds: number[] = [];
  const fontNames: (string | undefined)[] = [];
  let inCellXfs = false;
  let inFonts = false;
  let inFont = false;
  const handler: XmlHandler = {
    open(name, buf, s, e, selfClosing) {
      if (name === NUM_FMT) {
        const id = Number(attributeText(buf, s, e, 'numFmtId'));
        // as exceljs reads it: a character escaped by a backslash is the character itself
        // (LibreOffice writes "dd/mm/yyyy\ hh:mm")
        const code = attributeText(buf, s, e, 'formatCode')?.replace(/\\(.)/g, '$1');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === CELL_XFS) inCellXfs = !selfClosing;
      else if (name === XF && inCellXfs) {
        const id = Number(attributeText(buf, s, e, 'numFmtId') ?? '0');
        xfNumFmtIds.push(Number.isInteger(id) ? id : 0);
        const font = Number(attributeText(buf, s, e, 'fontId') ?? '0');
        xfFontIds.push(Number.isInteger(font) ? font : 0);
      } else if (name === FONTS) inFonts = !selfClosing;
      else if (name === FONT && inFonts) {
        fontNames.push(undefined);
        inFont = !selfClosing;
      } else if (name === NAME && inFont)
        fontNames[fontNames.length - 1] = attributeText(buf, s, e, 'val');
    },
    close(name) {
      if (name === CELL_XFS) inCellXfs = false;
      else if (name === FONTS) inFonts = false;
      else if (name === FONT) inFont = false;
    },
    text() {},
  };
  const tokenizer = new XmlByteTokenizer(STYLE_NAMES, handler);
  return {
    feed: (chunk) => tokenizer.feed(chunk),
    finish: () => {
      tokenizer.end();
      // exceljs: a style with numFmtId 0 has no format; otherwise the custom code, else the built-in.
      const numFmts = xfNumFmtIds.map((id) =>
        id === 0 ? undefined : (custom.get(id) ?? BUILT_IN_NUM_FMTS[id]),
      );
      const fonts = fontNames.map((n) => legacyFont(n));
      const legacyFonts = fonts.some((f) => f !== undefined)
        ? xfFontIds.map((id) => fonts[id])
        : undefined;
      return { numFmts, legacyFonts };
    },
  };
}

const STRING_NAMES = new NameTable(['si', 't', 'rPh', 'r', 'rFont']);
const [SI, T, RPH, R, R_FONT] = [1, 2, 3, 4, 5];

/** Longest text kept from one string or cell: Excel's own limit is 32,767 characters. */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** One rich-text run of a shared string whose runs name their fonts. */
export interface TextRun {
  readonly text: string;
  /** The run's own font (`rFont`): undefined when it has none and shows in the cell's font. */
  readonly font: string | undefined;
  /** That font, when it is a legacy Vietnamese one. */
  readonly legacy: LegacyFont | undefined;
}

export interface SharedStrings {
  /** Each item's text runs joined (phonetic guides left out). */
  readonly strings: string[];
  /**
   * Item index → its runs, for the items where a run names its own font (rich text): their text is
   * read run by run, each in its own font or the cell's.
   */
  readonly runs: Map<number, readonly TextRun[]>;
}

/** The shared string table, each item's text runs joined (phonetic guides left out). */
export function sharedStringsParser(maxStrings: number): PartParser<SharedStrings> {
  const strings: string[] = [];
  const runsOf = new Map<number, readonly TextRun[]>();
  const text = new TextCollector(MAX_TEXT_BYTES);
  let inItem = false;
  let phonetic = 0;
  let inT = false;
  let current = '';
  let inRun = false;
  let runFont: string | undefined;
  // the pieces of the item being read and their fonts, reused from one item to the next
  const pieces: string[] = [];
  const pieceFonts: (string | undefined)[] = [];
  let named = false;
  const handler: XmlHandler = {
    open(name, buf, s, e, selfClosing) {
      if (name === SI) {
        inItem = true;
        current = '';
        pieces.length = 0;
        pieceFonts.length = 0;
        named = false;
        if (strings.length >= maxStrings)
          throw new RangeError(`more than ${maxStrings} shared strings`);
      } else if (name === RPH) phonetic++;
      else if (name === T && inItem && phonetic === 0 && !selfClosing) {
        inT = true;
        text.start();
      } else if (name === R && inItem && phonetic === 0) {
        inRun = !selfClosing;
        runFont = undefined;
      } else if (name === R_FONT && inRun) {
        runFont = attributeText(buf, s, e, 'val');
        named = true;
      }
    },
    close(name) {
      if (name === T && inT) {
        inT = false;
        const piece = text.take() ?? '';
        current += piece;
        pieces.push(piece);
        pieceFonts.push(inRun ? runFont : undefined);
      } else if (name === R) inRun = false;
      else if (name === RPH) phonetic = Math.max(0, phonetic - 1);
      else if (name === SI && inItem) {
        inItem = false;
        if (named && pieces.length > 0) {
          runsOf.set(
            strings.length,
            pieces.map((text, i) => ({
              text,
              font: pieceFonts[i],
              legacy: legacyFont(pieceFonts[i]),
            })),
          );
        }
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
      return { strings, runs: runsOf };
    },
  };
}
