/**
 * The .xlsx package as zip entries, in the browser as in Node (fflate, no Node modules): the names of
 * its parts, and a copy without its drawings for exceljs's full reader (see decision 0005).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

/** The names of the entries of a zip file, read from its central directory (nothing is inflated). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  return names;
}

const DRAWING_PART = /^xl\/drawings\//;

/** True when the package has drawing parts (charts, shapes, images placed on a sheet). */
export function hasDrawings(names: readonly string[]): boolean {
  return names.some((n) => DRAWING_PART.test(n));
}

/**
 * A copy of the package with the drawings taken out: the parts under xl/drawings/, the sheets'
 * <drawing> elements and relationships to them, and their content-type overrides. exceljs 4.4's full
 * reader throws on some drawings (exceljs#2591); cell values are untouched. The caller's bytes are
 * not modified.
 */
export function withoutDrawings(bytes: Uint8Array): Uint8Array {
  const entries: Unzipped = unzipSync(bytes);
  const out: Unzipped = {};
  for (const [name, data] of Object.entries(entries)) {
    if (DRAWING_PART.test(name)) continue;
    if (/^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(name)) {
      const xml = strFromU8(data).replace(/<Relationship\b[^>]*Type="[^"]*\/drawing"[^>]*\/>/g, '');
      out[name] = strToU8(xml);
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const xml = strFromU8(data);
      out[name] = /<(?:\w+:)?drawing\b/.test(xml)
        ? strToU8(xml.replace(/<(?:\w+:)?drawing\b[^>]*\/>/g, ''))
        : data;
    } else if (name === '[Content_Types].xml') {
      out[name] = strToU8(
        strFromU8(data).replace(/<Override\b[^>]*PartName="\/xl\/drawings\/[^"]*"[^>]*\/>/g, ''),
      );
    } else {
      out[name] = data;
    }
  }
  return zipSync(out);
}
