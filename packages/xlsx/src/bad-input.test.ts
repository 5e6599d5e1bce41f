import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkbookReadError, type WorkbookReadErrorCode } from './errors.js';
import { readWorkbookFromBuffer } from './memory.js';
import { readWorkbook, type ReadOptions } from './reader.js';
import { rezip, TempDir, unzipEntries } from './test-support/fixtures.js';
import { makeZip } from './test-support/zip.js';

const temp = new TempDir();
afterAll(() => temp.remove());

function utf16(name: string): Buffer {
  return Buffer.from(name, 'utf16le');
}

/**
 * An OLE2 compound file: a 512-byte header whose first directory sector is `dirSector`, and a
 * directory entry (128 bytes each) for each stream name.
 */
function ole2(names: readonly string[], dirSector = 0): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(dirSector, 0x30);
  const filler = Buffer.alloc(dirSector * 512, 0x55);
  const dir = Buffer.alloc(512 * 2);
  ['Root Entry', ...names].forEach((name, i) => {
    utf16(name).copy(dir, i * 128);
    dir.writeUInt16LE((name.length + 1) * 2, i * 128 + 0x40);
  });
  return Buffer.concat([header, filler, dir]);
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
let good: string;

beforeAll(async () => {
  good = await temp.workbook('good.xlsx', (wb) => {
    const ws = wb.addWorksheet('Nhiệm vụ');
    for (let r = 1; r <= 50; r++)
      ws.getRow(r).values = [
        r,
        `Nhiệm vụ số ${r}`,
        'Ban Tuyên giáo Huyện ủy',
        'trước ngày 30/6/2024',
      ];
    wb.addWorksheet('Chỉ tiêu').getCell('A1').value = 'Tỉ lệ trẻ em';
  });
});

type Case = readonly [string, WorkbookReadErrorCode, () => string | Promise<string>, ReadOptions?];

const cases: readonly Case[] = [
  ['missing file', 'not-found', () => temp.file('không-có.xlsx')],
  ['missing folder on the way', 'not-found', () => temp.file('không-có/theo-doi.xlsx')],
  [
    'a directory',
    'is-directory',
    () => {
      const dir = temp.file('thư-mục.xlsx');
      mkdirSync(dir, { recursive: true });
      return dir;
    },
  ],
  ['an empty file', 'empty-file', () => temp.file('rỗng.xlsx', '')],
  [
    'random bytes',
    'not-xlsx',
    () => temp.file('random.xlsx', Buffer.from([0x13, 0x37, 0x00, 0xff, 0x42, 0x99, 0x01, 0x02])),
  ],
  [
    'a CSV renamed .xlsx',
    'not-xlsx',
    () => temp.file('csv.xlsx', 'STT,Nội dung,Thời hạn\n1,Hội nghị cán bộ chủ chốt,tháng 5/2024\n'),
  ],
  [
    'an HTML export',
    'not-xlsx',
    () =>
      temp.file('html.xls.xlsx', '<html><body><table><tr><td>1</td></tr></table></body></html>'),
  ],
  [
    'an XML 2003 spreadsheet',
    'not-xlsx',
    () =>
      temp.file(
        'xml2003.xlsx',
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
      ),
  ],
  [
    'an old .xls (OLE2)',
    'xls',
    () => temp.file('cu.xlsx', ole2(['Workbook', '\u0005SummaryInformation'])),
  ],
  [
    'a password-protected .xlsx (OLE2 with EncryptionInfo)',
    'encrypted',
    () =>
      temp.file('mat-khau.xlsx', ole2(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'])),
  ],
  [
    'a password-protected .xlsx whose directory lies past the first 64 KB',
    'encrypted',
    () => temp.file('mat-khau-xa.xlsx', ole2(['EncryptedPackage', 'EncryptionInfo'], 200)),
  ],
  [
    'a truncated .xlsx',
    'corrupt',
    () => temp.file('cut.xlsx', readFileSync(good).subarray(0, 3000)),
  ],
  [
    'a zip with damaged compressed data',
    'corrupt',
    () => {
      const bytes = Buffer.from(
        makeZip([{ name: 'xl/workbook.xml', data: '<workbook>'.repeat(500) }]),
      );
      for (let i = 40; i < 80; i++) bytes[i] = 0xff;
      return temp.file('damaged.xlsx', bytes);
    },
  ],
  [
    'a .docx renamed .xlsx',
    'docx',
    () =>
      temp.file(
        'van-ban.xlsx',
        makeZip([
          { name: '[Content_Types].xml', data: CONTENT_TYPES },
          { name: 'word/document.xml', data: '<w:document/>' },
        ]),
      ),
  ],
  [
    'an .ods',
    'ods',
    () =>
      temp.file(
        'bang-tinh.xlsx',
        makeZip([
          { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
          { name: 'content.xml', data: '<office:document-content/>' },
        ]),
      ),
  ],
  [
    'an .odt',
    'not-xlsx',
    () =>
      temp.file(
        'van-ban.odt.xlsx',
        makeZip([
          { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
        ]),
      ),
  ],
  [
    'an .xlsb',
    'xlsb',
    () =>
      temp.file(
        'nhi-phan.xlsx',
        makeZip([
          { name: '[Content_Types].xml', data: CONTENT_TYPES },
          { name: 'xl/workbook.bin', data: new Uint8Array([0x83, 0x01, 0x00]) },
        ]),
      ),
  ],
  [
    'a zip of something else',
    'not-xlsx',
    () => temp.file('anh.xlsx', makeZip([{ name: 'anh.png', data: 'PNG' }])),
  ],
  [
    'a zip bomb (compression ratio)',
    'too-large',
    () =>
      temp.file(
        'bom.xlsx',
        makeZip([
          { name: 'xl/workbook.xml', data: '<workbook/>' },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(24 * 1024 * 1024, 0x20) },
        ]),
      ),
  ],
  ['uncompressed size over the limit', 'too-large', () => good, { maxUncompressedBytes: 4096 }],
  [
    'an entry that inflates to more than it declares',
    'too-large',
    async () => {
      const parts = await unzipEntries(good);
      const lying = parts.map((p) =>
        p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: 100 } : p,
      );
      return temp.file('lying.xlsx', makeZip(lying));
    },
  ],
  ['a workbook with no sheets', 'no-sheets', () => temp.workbook('trong.xlsx', () => undefined)],
  [
    'a sheet whose part is missing',
    'corrupt',
    () =>
      rezip(good, temp.file('missing-part.xlsx'), (name) =>
        name === 'xl/worksheets/sheet2.xml' ? null : undefined,
      ),
  ],
];

describe('readWorkbook', () => {
  const rows = cases.map(([label, code, make, options]) => ({ label, code, make, options }));
  it.each(rows)('$label → $code', async ({ code, make, options }) => {
    const file = await make();
    const error = await readWorkbook(file, options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    const e = error as WorkbookReadError;
    expect(e.code).toBe(code);
    expect(e.file).toBe(file);
    expect(e.messages.vi).toContain(`"${file}"`);
    expect(e.messages.en).toContain(`"${file}"`);
    expect(e.message).toBe(e.messages.en);
    expect(e.messages.vi).not.toMatch(/\n\s+at /); // no stack trace in what users read
  });
});

describe('corrupt XML inside a sheet', () => {
  let broken: string;
  beforeAll(async () => {
    broken = await rezip(good, temp.file('hong-xml.xlsx'), (name, text) =>
      name === 'xl/worksheets/sheet1.xml'
        ? text.replace('<row r="30"', '<row r="30"><c r="A30"><v>1</v><</c>')
        : undefined,
    );
  });

  it('names the sheet and where in it', async () => {
    const error = await readWorkbook(broken).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe('corrupt');
    expect((error as WorkbookReadError).sheet).toBe('Nhiệm vụ');
    expect((error as WorkbookReadError).messages.vi).toContain('trang tính "Nhiệm vụ"');
    expect((error as WorkbookReadError).messages.vi).toContain('A30');
  });

  it('a sheet stored under any part name is read (exceljs knew only sheetN.xml)', async () => {
    const parts = (await unzipEntries(good)).map((p) => {
      if (p.name === 'xl/worksheets/sheet2.xml')
        return { ...p, name: 'xl/worksheets/chi-tieu.xml' };
      if (p.name !== 'xl/_rels/workbook.xml.rels') return p;
      return {
        ...p,
        data: Buffer.from(
          p.data.toString('utf8').replace('worksheets/sheet2.xml', 'worksheets/chi-tieu.xml'),
        ),
      };
    });
    const content = await readWorkbook(temp.file('renamed-part.xlsx', makeZip(parts)));
    expect(content.sheets[1]!.rows[0]!.cells[0]!.value).toBe('Tỉ lệ trẻ em');
  });
});

describe('readWorkbookFromBuffer', () => {
  it.each([
    ['empty', 'empty-file', () => new Uint8Array()],
    ['old .xls', 'xls', () => new Uint8Array(ole2(['Workbook']))],
    ['encrypted', 'encrypted', () => new Uint8Array(ole2(['EncryptionInfo', 'EncryptedPackage']))],
    ['text', 'not-xlsx', () => new TextEncoder().encode('Ban Tuyên giáo')],
    ['truncated', 'corrupt', () => new Uint8Array(readFileSync(good).subarray(0, 3000))],
  ] as const)('%s → %s', async (_label, code, bytes) => {
    const error = await readWorkbookFromBuffer(bytes(), 'tai-len.xlsx').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe(code);
    expect((error as WorkbookReadError).messages.vi).toContain('"tai-len.xlsx"');
  });

  it('a workbook with no sheets → no-sheets', async () => {
    const file = await temp.workbook('trong-buffer.xlsx', () => undefined);
    await expect(readWorkbookFromBuffer(readFileSync(file).buffer)).rejects.toMatchObject({
      code: 'no-sheets',
    });
  });
});
