/**
 * The few package parts read before exceljs starts: `xl/workbook.xml` (sheet names, states, the
 * date system) and `xl/_rels/workbook.xml.rels` (which part holds each sheet). Small files, read
 * with regular expressions. Pure: no Node imports.
 */

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The part holding the sheet, e.g. "xl/worksheets/sheet1.xml"; undefined if the relationship is missing. */
  readonly part: string | undefined;
  /** 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' …, from the relationship type. */
  readonly kind: string;
}

export interface WorkbookXml {
  /** The 1904 date system in the file's own words: date1904="1" or "true". */
  readonly date1904: boolean;
  /** What exceljs believes (it only accepts date1904="1"). */
  readonly exceljsDate1904: boolean;
  readonly sheets: readonly WorkbookSheetEntry[];
  /** The workbook's other internal relationships (styles, shared strings…) with their parts. */
  readonly related: readonly { readonly type: string; readonly part: string }[];
}

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = entity.startsWith('#x')
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

/** Attributes of one tag; a namespace prefix is kept (`r:id`) and also stored without it (`id`) unless taken. */
export function parseAttributes(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(attrs); m; m = re.exec(attrs)) {
    const value = decodeXmlEntities(m[2] ?? m[3] ?? '');
    const name = m[1]!;
    out.set(name, value);
  }
  for (const [name, value] of [...out]) {
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined;
    if (local !== undefined && !name.startsWith('xmlns') && !out.has(`:${local}`))
      out.set(`:${local}`, value);
  }
  return out;
}

function tags(xml: string, localName: string): Map<string, string>[] {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}\\b([^>]*?)/?>`, 'g');
  const out: Map<string, string>[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(parseAttributes(m[1] ?? ''));
  return out;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function parseRelationships(xml: string): Relationship[] {
  return tags(xml, 'Relationship').map((a) => ({
    id: a.get('Id') ?? '',
    type: a.get('Type') ?? '',
    target: a.get('Target') ?? '',
    external: a.get('TargetMode') === 'External',
  }));
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolvePartPath(baseFolder: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : `${baseFolder}/${target}`;
  const parts: string[] = [];
  for (const piece of joined.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return parts.join('/');
}

export function parseWorkbookXml(
  workbookXml: string,
  relsXml: string | undefined,
  baseFolder = 'xl',
): WorkbookXml {
  const pr = tags(workbookXml, 'workbookPr')[0];
  const flag = pr?.get('date1904');
  const relationships = parseRelationships(relsXml ?? '');
  const rels = new Map(relationships.map((r) => [r.id, r]));
  const sheets = tags(workbookXml, 'sheet').map((a): WorkbookSheetEntry => {
    const state = a.get('state');
    const relId = a.get('r:id') ?? a.get(':id');
    const rel = relId === undefined ? undefined : rels.get(relId);
    return {
      name: a.get('name') ?? '',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: rel && !rel.external ? resolvePartPath(baseFolder, rel.target) : undefined,
      kind: rel ? (rel.type.split('/').pop() ?? '') : 'worksheet',
    };
  });
  const related = relationships
    .filter((r) => !r.external)
    .map((r) => ({ type: r.type, part: resolvePartPath(baseFolder, r.target) }));
  return {
    date1904: flag === '1' || flag === 'true',
    exceljsDate1904: flag === '1',
    sheets,
    related,
  };
}

/** The part names both exceljs readers recognise as worksheets (their regular expression). */
export function isExcelJsSheetPart(part: string): boolean {
  return /^xl\/worksheets\/sheet\d+\.xml$/.test(part);
}
