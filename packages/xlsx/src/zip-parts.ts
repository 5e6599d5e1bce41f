/**
 * The .xlsx package as zip entries, in the browser as in Node (fflate, no Node modules): the names of
 * its parts, and a copy without its drawings for exceljs's full reader (see decision 0005).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

export interface ZipEntry {
  readonly name: string;
  /** Compressed size in bytes. */
  readonly size: number;
  /** Size once inflated, as the central directory declares it. */
  readonly originalSize: number;
}

/** The entries of a zip file, read from its central directory (nothing is inflated). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
      return false;
    },
  });
  return entries;
}

/** The names of the entries of a zip file (nothing is inflated). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return zipEntries(bytes).map((e) => e.name);
}

/** The named entries, inflated (entries not in the package are absent). */
export function zipParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Readonly<Record<string, Uint8Array>> {
  return unzipSync(bytes, { filter: (file) => wanted(file.name) });
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
