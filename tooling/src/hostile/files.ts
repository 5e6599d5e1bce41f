/**
 * The hostile files themselves, made on the spot (nothing large is checked in): workbooks that lie
 * about their shape or size, zips that are not what they say, XML that attacks its parser, packs and
 * directives no office would write. Shared by the command-line cases (cases.ts) and the standalone
 * page's (page.test.ts).
 */
import {
  crc32,
  deflateBomb,
  hostileWorkbook,
  makeZip,
  sheetXml,
  type ZipInput,
} from '@dondoc/xlsx/hostile';

export { deflateBomb, hostileWorkbook, makeZip, sheetXml, type ZipInput };

const MIB = 1024 * 1024;

/** XML text: & < > " escaped (names and cells may hold anything). */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const cell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(text)}</t></is></c>`;

/** A task table: header, then tasks (title, owner, due, status), one row each from row 2. */
export function taskRows(tasks: ReadonlyArray<readonly [string, string, string, string]>): string {
  const header = `<row r="1">${cell('A1', 'Nội dung nhiệm vụ')}${cell('B1', 'Cơ quan chủ trì')}${cell('C1', 'Thời hạn')}${cell('D1', 'Tình trạng')}</row>`;
  return (
    header +
    tasks
      .map(
        (t, i) =>
          `<row r="${i + 2}">${cell(`A${i + 2}`, t[0])}${cell(`B${i + 2}`, t[1])}${cell(`C${i + 2}`, t[2])}${cell(`D${i + 2}`, t[3])}</row>`,
      )
      .join('')
  );
}

/** Two ordinary tasks, the first overdue as of 1 July 2024. */
export const TASKS = [
  [
    'Hội nghị quán triệt Chỉ thị 32-CT/TW',
    'Ban Tuyên giáo Huyện ủy',
    '31/5/2024',
    'Đang thực hiện',
  ],
  ['Báo cáo kết quả quán triệt', 'Văn phòng Huyện ủy', '30/6/2024', 'Hoàn thành'],
] as const;

/** A plain, readable tracking workbook whose one sheet is `name` (written into XML as given). */
export function plainWorkbook(name = 'Nhiệm vụ', extra: readonly ZipInput[] = []): Buffer {
  return hostileWorkbook([{ name, xml: sheetXml(taskRows(TASKS)) }], extra);
}

/** A workbook whose sheet part is replaced by `entry` (a bomb, a stored part, a lying size…). */
export function workbookWithSheetEntry(entry: Omit<ZipInput, 'name'>): Buffer {
  return makeZip([
    ...packageParts(['Nhiệm vụ']),
    { name: 'xl/worksheets/sheet1.xml', ...entry } as ZipInput,
  ]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** [Content_Types], workbook.xml and its relationships for sheets named `names` (no sheet parts). */
export function packageParts(names: readonly string[]): ZipInput[] {
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${names
    .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
    .map(
      (_n, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('')}</Relationships>`;
  return [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
  ];
}

/** A sheet part inflating to `size` bytes of spaces, declaring `declared` (default: the truth). */
export function bombEntry(size: number, declared?: number): Omit<ZipInput, 'name'> {
  return {
    data: '',
    deflated: { bytes: deflateBomb(size), size },
    ...(declared !== undefined ? { declaredSize: declared } : {}),
  };
}

/**
 * Sheets each just under the per-entry ratio check (9.9 MB of spaces between two tags), honest about
 * their sizes, in a file padded (a stored entry nobody reads) so the whole package is not more than
 * 100 times its size: only the running count of inflated bytes can stop it.
 */
export function manyHonestSheets(totalBytes: number): Buffer {
  const sheetBytes = Math.floor(9.9 * MIB);
  const count = Math.ceil(totalBytes / sheetBytes);
  const open = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`;
  const close = '</sheetData></worksheet>';
  const pad = sheetBytes - open.length - close.length;
  const body = Buffer.concat([Buffer.from(open), Buffer.alloc(pad, 0x20), Buffer.from(close)]);
  const names = Array.from({ length: count }, (_x, i) => `Tuần ${i + 1}`);
  const padding = Buffer.alloc(Math.ceil((count * sheetBytes) / 90), 0x5a);
  return makeZip([
    ...packageParts(names),
    ...names.map((_n, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: body })),
    { name: 'docProps/padding.bin', data: padding, store: true },
  ]);
}

/**
 * `count` sheets of a million cells each: rows of 16,000 empty cells (`<c/>`, the least a cell can
 * be), so the cell budget is reached with as little XML to scan as possible.
 */
export function manyCellSheets(count: number, cellsPerSheet = 1_000_000): Buffer {
  const perRow = 16_000;
  const row = (r: number, n: number) => `<row r="${r}">${'<c/>'.repeat(n)}</row>`;
  const rows: string[] = [];
  for (let r = 1, left = cellsPerSheet; left > 0; r += 1, left -= perRow) {
    rows.push(row(r, Math.min(perRow, left)));
  }
  const xml = sheetXml(rows.join(''));
  return hostileWorkbook(Array.from({ length: count }, (_x, i) => ({ name: `Sổ ${i + 1}`, xml })));
}

/** A compound file (OLE2) header: an old .xls, or an encrypted .xlsx when it names EncryptionInfo. */
export function ole2(encrypted: boolean): Buffer {
  const bytes = Buffer.alloc(8192);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  bytes.writeUInt16LE(0x003e, 24);
  bytes.writeUInt16LE(0x0003, 26);
  bytes.writeUInt16LE(0xfffe, 28);
  bytes.writeUInt16LE(9, 30);
  bytes.writeUInt16LE(6, 32);
  bytes.writeUInt32LE(1, 48); // first directory sector
  const entry = (name: string, at: number) => {
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(bytes, at);
    bytes.writeUInt16LE(utf16.length, at + 64);
  };
  entry('Root Entry', 1024);
  entry(encrypted ? 'EncryptionInfo' : 'Workbook', 1024 + 128);
  if (encrypted) entry('EncryptedPackage', 1024 + 256);
  return bytes;
}

/** A zip of the given entries, for the "a zip, but not a workbook" cases. */
export function zipOf(entries: Readonly<Record<string, string>>): Buffer {
  return makeZip(Object.entries(entries).map(([name, data]) => ({ name, data })));
}

/** `n` pseudo-random bytes, the same every run. */
export function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A .docx of one paragraph per text, with `document` replacing document.xml when given. */
export function docx(paragraphs: readonly string[], document?: Omit<ZipInput, 'name'>): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`)
    .join('');
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
      ...document,
    } as ZipInput,
  ]);
}

export { crc32 };
