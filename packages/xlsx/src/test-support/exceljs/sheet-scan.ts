/**
 * A light pass over a worksheet's XML for what exceljs's streaming reader drops (ECOSYSTEM.md):
 * merged ranges (`<mergeCells>`, after `<sheetData>`), hidden rows (`<row hidden="1">`) and the
 * type of formula results it cannot read (`t="e"` errors come back as NaN, `t="b"` booleans as 1).
 *
 * It is not an XML parser: it scans tags with regular expressions, in row-sized pieces, so memory
 * stays flat however large the sheet. Pure: no Node imports.
 */
import type { CellRange } from '@dondoc/core';
import { parseRange, sortRanges } from '../../ranges.js';

export interface SheetScan {
  readonly merges: readonly CellRange[];
  readonly hiddenRows: ReadonlySet<number>;
  /** Formula cells whose cached result is an error or a boolean, by address ("C7"). */
  readonly typedResults: ReadonlyMap<string, { readonly type: 'b' | 'e'; readonly text: string }>;
}

const ROW_START = /<(?:[A-Za-z_][\w.-]*:)?row\b/g;
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>/g;
const TYPED_CELL = /<(?:[A-Za-z_][\w.-]*:)?c\b(?=[^>]*\bt\s*=\s*["']([be])["'])([^>]*?)(\/?)>/g;
const CELL_END = /<\/(?:[A-Za-z_][\w.-]*:)?c>/g;
const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*\bref\s*=\s*["']([^"']+)["']/g;
/** A piece larger than this is scanned even without a row boundary (a pathological file). */
const MAX_PENDING = 32 * 1024 * 1024;

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

export class SheetXmlScanner {
  private pending = '';
  private searchFrom = 0;
  private lastRow = 0;
  private readonly merges: CellRange[] = [];
  private readonly hiddenRows = new Set<number>();
  private readonly typedResults = new Map<string, { type: 'b' | 'e'; text: string }>();

  /** Feeds the next piece of the sheet XML (any split, e.g. latin1-decoded chunks). */
  feed(chunk: string): void {
    this.pending += chunk;
    let cut = -1;
    ROW_START.lastIndex = this.searchFrom;
    for (let m = ROW_START.exec(this.pending); m; m = ROW_START.exec(this.pending)) cut = m.index;
    if (cut > 0) {
      this.scan(this.pending.slice(0, cut));
      this.pending = this.pending.slice(cut);
      cut = 0;
    }
    if (this.pending.length > MAX_PENDING) {
      this.scan(this.pending);
      this.pending = '';
    }
    // A row start could straddle the next chunk: look again from just before the end.
    this.searchFrom = Math.max(cut + 1, this.pending.length - 64);
  }

  finish(): SheetScan {
    this.scan(this.pending);
    this.pending = '';
    return {
      merges: sortRanges(this.merges),
      hiddenRows: this.hiddenRows,
      typedResults: this.typedResults,
    };
  }

  private scan(text: string): void {
    ROW_TAG.lastIndex = 0;
    for (let m = ROW_TAG.exec(text); m; m = ROW_TAG.exec(text)) {
      const attrs = m[1] ?? '';
      const r = attribute(attrs, 'r');
      const number = r === undefined ? this.lastRow + 1 : Number(r);
      if (!Number.isInteger(number)) continue;
      this.lastRow = number;
      const hidden = attribute(attrs, 'hidden');
      if (hidden === '1' || hidden === 'true') this.hiddenRows.add(number);
    }
    TYPED_CELL.lastIndex = 0;
    for (let m = TYPED_CELL.exec(text); m; m = TYPED_CELL.exec(text)) {
      if (m[3] === '/') continue; // <c … t="e"/> holds nothing
      const ref = attribute(m[2] ?? '', 'r');
      CELL_END.lastIndex = TYPED_CELL.lastIndex;
      const end = CELL_END.exec(text);
      if (!end || ref === undefined) continue;
      const content = text.slice(TYPED_CELL.lastIndex, end.index);
      TYPED_CELL.lastIndex = end.index;
      if (!/<(?:[A-Za-z_][\w.-]*:)?f\b/.test(content)) continue;
      const v = /<(?:[A-Za-z_][\w.-]*:)?v>([^<]*)</.exec(content);
      if (v)
        this.typedResults.set(ref.replace(/\$/g, '').toUpperCase(), {
          type: m[1] as 'b' | 'e',
          text: v[1]!,
        });
    }
    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(text); m; m = MERGE.exec(text)) {
      const range = parseRange(m[1]!);
      if (range) this.merges.push(range);
    }
  }
}

/** Scans a whole sheet XML string at once (tests, small sheets). */
export function scanSheetXml(xml: string): SheetScan {
  const scanner = new SheetXmlScanner();
  scanner.feed(xml);
  return scanner.finish();
}
