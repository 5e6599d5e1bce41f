/**
 * Small workbooks that declare huge shapes or long runs (issue 15, class 1): each must be refused
 * with a message naming the file (and the sheet, and the cell or row) or read normally, in bounded
 * time and memory. Shared by the reader's tests and the CLI's tests through the real binary
 * (exported as "@dondoc/xlsx/hostile", source only).
 */
import { makeZip, type ZipInput } from './zip.js';

export { crc32, deflateBomb, makeZip, type ZipInput } from './zip.js';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${REL_NS}/worksheet`;

/**
 * A package with the given sheets (name → sheet XML; the name is written into workbook.xml as
 * given, so it may hold anything XML allows) and any further entries.
 */
export function hostileWorkbook(
  sheets: readonly { name: string; xml: string }[],
  extra: readonly ZipInput[] = [],
): Buffer {
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('')}</Relationships>`;
  const parts: ZipInput[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
    ...extra,
  ];
  return makeZip(parts);
}

/** A worksheet's XML: `inner` inside sheetData, `before` ahead of it (dimension, cols…). */
export const sheetXml = (inner: string, before = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}">${before}<sheetData>${inner}</sheetData></worksheet>`;

/** A task table's header row: "Nội dung nhiệm vụ" | "Thời hạn". */
export const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Nội dung nhiệm vụ</t></is></c><c r="B1" t="inlineStr"><is><t>Thời hạn</t></is></c></row>';

export interface HostileCase {
  readonly label: string;
  readonly file: string;
  readonly make: () => Buffer;
  /** 'refused': a WorkbookReadError whose messages contain every string of `names`; 'read': read normally. */
  readonly outcome: 'refused' | 'read';
  readonly code?: string;
  readonly names?: readonly string[];
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    label: 'columns and a dimension declared over hundreds of millions of columns',
    file: 'cot-khong-lo.xlsx',
    make: () =>
      hostileWorkbook([
        {
          name: 'Nhiệm vụ',
          xml: sheetXml(
            HEADER_ROW,
            '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="300000000" width="9"/></cols>',
          ),
        },
      ]),
    outcome: 'read',
  },
  {
    label: 'a row past Excel’s 1,048,576',
    file: 'dong-qua-gioi-han.xlsx',
    make: () =>
      hostileWorkbook([
        {
          name: 'Nhiệm vụ',
          xml: sheetXml(`${HEADER_ROW}<row r="2000000"><c r="A2000000"><v>1</v></c></row>`),
        },
      ]),
    outcome: 'refused',
    code: 'corrupt',
    names: ['Nhiệm vụ', '2000000', '1.048.576'],
  },
  {
    label: 'one row with a million cells',
    file: 'mot-trieu-o.xlsx',
    make: () =>
      hostileWorkbook([
        {
          name: 'Nhiệm vụ',
          xml: sheetXml(
            `<row r="1">${Array.from({ length: 1_000_000 }, (_x, i) => `<c><v>${i}</v></c>`).join('')}</row>`,
          ),
        },
      ]),
    outcome: 'refused',
    code: 'corrupt',
    names: ['Nhiệm vụ', 'XFD'],
  },
  {
    label: 'a megabyte of unterminated tag',
    file: 'the-khong-dong.xlsx',
    make: () =>
      hostileWorkbook([
        {
          name: 'Nhiệm vụ',
          xml: sheetXml(`${HEADER_ROW}<row r="2"><c r="A2" ${'x'.repeat(1024 * 1024)}`),
        },
      ]),
    outcome: 'refused',
    code: 'corrupt',
    names: ['Nhiệm vụ'],
  },
];
