/**
 * The hostile-input corpus (issue 15, class 10): each case makes its files in a fresh folder, says
 * which command it runs and what it promises beyond the promises every case keeps (run.ts: an exit
 * code, never a crash or a stack trace, a hang ceiling, at most 1 GiB, inputs unchanged, messages
 * naming the file in both languages, outputs that parse).
 *
 * Areas: workbooks given to `check`, packs given to `check --pack` and `pack validate`, the outputs
 * `check` writes, the texts given to `extract`. Fast cases run in `npm test`; cases marked `slow`
 * (gigabyte bombs, budgets that need hundreds of megabytes inflated) in `npm run test:hostile`.
 */
import { execFileSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import {
  bombEntry,
  docx,
  hostileWorkbook,
  makeZip,
  manyCellSheets,
  manyHonestSheets,
  noise,
  ole2,
  packageParts,
  plainWorkbook,
  sheetXml,
  taskRows,
  TASKS,
  workbookWithSheetEntry,
  xmlEscape,
  zipOf,
  deflateBomb,
} from './files.js';
import { messageLines, parseOutput, type Run, type Setup } from './run.js';

export type Area = 'workbook' | 'pack' | 'output' | 'extract';

export interface HostileCase {
  readonly id: string;
  readonly area: Area;
  /** What the file is, in a few words. */
  readonly label: string;
  /** What the case promises beyond the common promises. */
  readonly promise: string;
  readonly slow?: boolean;
  /** Makes the files in `dir`; undefined when the case cannot be made here (no mkfifo…). */
  readonly setup: (dir: string) => Setup | undefined;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
const AS_OF = '2024-07-01';

/** A file's bytes, or how to make them (large ones are made only when their case runs). */
type Data = string | Uint8Array | (() => string | Uint8Array);

function write(dir: string, name: string, data: Data): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof data === 'function' ? data() : data);
  return file;
}

/** `dondoc check FILE --format json --out DIR/ket-qua.json` (no config file is looked for). */
function checkArgs(file: string, out: string, ...more: string[]): string[] {
  return [
    'check',
    file,
    '--as-of',
    AS_OF,
    '--no-config',
    '--format',
    'json',
    '--out',
    out,
    ...more,
  ];
}

interface Report {
  readonly workbooks: ReadonlyArray<{
    readonly file?: string;
    readonly status: string;
    readonly error?: { readonly vi: string; readonly en: string };
  }>;
  readonly findings: ReadonlyArray<{ readonly rule: string }>;
}

const report = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Report;

/** A workbook `check` must refuse: exit 2, the message and the JSON report name it. */
function refusedWorkbook(
  name: string,
  data: Data,
  says: readonly (string | RegExp)[] = [],
): (dir: string) => Setup {
  return (dir) => {
    const file = write(dir, name, data);
    const out = path.join(dir, 'ket-qua.json');
    return {
      args: checkArgs(file, out),
      inputs: [file],
      expect: {
        exit: [2],
        names: [name],
        says,
        outputs: [out],
        check: () => {
          const w = report(out).workbooks[0]!;
          expect(w.status).toBe('unreadable');
          expect(w.error!.vi).toContain(name);
          expect(w.error!.en).toContain(name);
        },
      },
    };
  };
}

/** A workbook `check` must read and check (its findings as the tasks say), whatever else it holds. */
function readWorkbook(
  name: string,
  data: Data,
  more: (out: Report, run: Run) => void = () => undefined,
): (dir: string) => Setup {
  return (dir) => {
    const file = write(dir, name, data);
    const out = path.join(dir, 'ket-qua.json');
    return {
      args: checkArgs(file, out),
      inputs: [file],
      expect: {
        exit: [0, 1],
        outputs: [out],
        check: (run) => {
          const r = report(out);
          expect(r.workbooks[0]!.status).toBe('checked');
          more(r, run);
        },
      },
    };
  };
}

/** A workbook that may be read or refused (the format allows either), never anything worse. */
function readOrRefused(
  name: string,
  data: Data,
  more: (run: Run, report: string) => void = () => undefined,
): (dir: string) => Setup {
  return (dir) => {
    const file = write(dir, name, data);
    const out = path.join(dir, 'ket-qua.json');
    return {
      args: checkArgs(file, out),
      inputs: [file],
      expect: {
        exit: [0, 1, 2],
        outputs: [out],
        check: (run) => {
          const w = report(out).workbooks[0]!;
          if (w.status === 'unreadable') {
            expect(run.code).toBe(2);
            expect(w.error!.vi).toContain(name);
            expect(w.error!.en).toContain(name);
          }
          more(run, readFileSync(out, 'utf8'));
        },
      },
    };
  };
}

const overdue = (r: Report) => expect(r.findings.map((f) => f.rule)).toContain('task/overdue');

const tasksSheet = (before = '') => sheetXml(taskRows(TASKS), before);

/** mkfifo, where the system has it (the case is skipped elsewhere). */
function fifo(file: string): boolean {
  try {
    execFileSync('mkfifo', [file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
  { length: 9 },
  (_x, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
).join('')}]>`;

// ---------------------------------------------------------------------------------------------
// Workbooks: wrong kinds of file

const wrongKinds: HostileCase[] = [
  ['empty', 'an empty file', 'rong.xlsx', ''],
  ['one-byte', 'one byte', 'mot-byte.xlsx', 'P'],
  ['random', '64 KB of random bytes', 'ngau-nhien.xlsx', noise(64 * 1024)],
  ['text', 'Vietnamese text renamed .xlsx', 'van-ban.xlsx', 'Đây không phải là sổ Excel\n'],
  [
    'html-xls',
    'an HTML table saved as .xls (what web systems export)',
    'bao-cao-html.xls',
    '<html><head><meta charset="utf-8"></head><body><table><tr><td>Nội dung nhiệm vụ</td><td>Thời hạn</td></tr></table></body></html>',
  ],
  [
    'html-xlsx',
    'an HTML page renamed .xlsx',
    'trang-web.xlsx',
    '<!DOCTYPE html><html><body><script>alert(1)</script></body></html>',
  ],
  ['xls', 'an old Excel 97-2003 file', 'so-cu.xls', ole2(false)],
  ['encrypted', 'a password-protected .xlsx (an OLE2 envelope)', 'co-mat-khau.xlsx', ole2(true)],
  [
    'ods',
    'an OpenDocument spreadsheet renamed .xlsx',
    'bang-tinh.xlsx',
    zipOf({
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': '<office:document-content/>',
    }),
  ],
  [
    'docx',
    'a Word document renamed .xlsx',
    'cong-van.xlsx',
    docx(['Kính gửi: Ủy ban nhân dân các xã']),
  ],
  [
    'csv',
    'CSV renamed .xlsx',
    'danh-sach.xlsx',
    'Nội dung nhiệm vụ,Thời hạn\nHội nghị,31/5/2024\n',
  ],
  ['pdf', 'a PDF renamed .xlsx', 'van-ban-pdf.xlsx', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'],
  [
    'png',
    'a picture renamed .xlsx',
    'anh.xlsx',
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(512)]),
  ],
  [
    'gzip',
    'a gzip file renamed .xlsx',
    'nen.xlsx',
    Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), noise(512)]),
  ],
  [
    'utf16',
    'UTF-16 text renamed .xlsx',
    'utf16.xlsx',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nội dung nhiệm vụ', 'utf16le')]),
  ],
  [
    'zip-no-workbook',
    'a zip with no workbook part',
    'khong-co-workbook.xlsx',
    zipOf({ '[Content_Types].xml': '<Types/>', 'docProps/app.xml': '<Properties/>' }),
  ],
  ['no-sheets', 'a workbook with no sheet', 'khong-co-trang.xlsx', makeZip(packageParts([]))],
  [
    'missing-sheet-part',
    'a workbook naming a sheet whose part is missing',
    'thieu-trang.xlsx',
    makeZip(packageParts(['Nhiệm vụ'])),
  ],
].map(([id, label, name, data]) => ({
  id: `workbook/${id as string}`,
  area: 'workbook' as const,
  label: label as string,
  promise: 'refused with a message naming the file, exit 2',
  setup: refusedWorkbook(name as string, data as string | Uint8Array),
}));

// ---------------------------------------------------------------------------------------------
// Workbooks: zips that lie about themselves

function zipCases(): HostileCase[] {
  const good = plainWorkbook();
  const eocd = good.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const patched = (edit: (b: Buffer) => void) => {
    const b = Buffer.from(good);
    edit(b);
    return b;
  };
  const refused: Array<[string, string, string, Data]> = [
    ['truncated', 'a zip cut in half', 'bi-cat.xlsx', good.subarray(0, good.length >> 1)],
    ['no-end-record', 'a zip without its end record', 'mat-cuoi.xlsx', good.subarray(0, eocd)],
    [
      'directory-outside',
      'an end record pointing past the file',
      'lech-thu-muc.xlsx',
      patched((b) => b.writeUInt32LE(0x7fffffff, eocd + 16)),
    ],
    [
      'phantom-entries',
      'an end record counting 65,535 entries that are not there',
      'ma.xlsx',
      patched((b) => {
        b.writeUInt16LE(0xffff, eocd + 8);
        b.writeUInt16LE(0xffff, eocd + 10);
      }),
    ],
    [
      'bzip2',
      'the sheet compressed with a method no .xlsx uses (bzip2)',
      'bzip2.xlsx',
      workbookWithSheetEntry({ data: tasksSheet(), store: true, method: 12 }),
    ],
    [
      'encrypted-entry',
      'the sheet flagged as an encrypted zip entry',
      'ma-hoa-muc.xlsx',
      workbookWithSheetEntry({ data: tasksSheet(), flags: 1 }),
    ],
    [
      'local-header-garbage',
      'entries whose local headers point at garbage',
      'rac.xlsx',
      patched((b) => {
        // every central header's local offset moved into the middle of the data
        for (let i = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0 && i < eocd;) {
          b.writeUInt32LE(7, i + 42);
          i = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4);
        }
      }),
    ],
    [
      'zip64-bogus',
      'a zip64 locator pointing nowhere',
      'zip64.xlsx',
      Buffer.concat([
        good.subarray(0, eocd),
        (() => {
          const locator = Buffer.alloc(20);
          locator.writeUInt32LE(0x07064b50, 0);
          locator.writeBigUInt64LE(0x7fffffffffn, 8);
          return locator;
        })(),
        (() => {
          const end = Buffer.from(good.subarray(eocd));
          end.writeUInt16LE(0xffff, 8);
          end.writeUInt16LE(0xffff, 10);
          end.writeUInt32LE(0xffffffff, 12);
          end.writeUInt32LE(0xffffffff, 16);
          return end;
        })(),
      ]),
    ],
  ];
  const cases: HostileCase[] = refused.map(([id, label, name, data]) => ({
    id: `workbook/${id}`,
    area: 'workbook',
    label,
    promise: 'refused as corrupt, naming the file, exit 2',
    setup: refusedWorkbook(name, data),
  }));
  cases.push(
    {
      id: 'workbook/traversal-names',
      area: 'workbook',
      label: 'entries named ../../ and /etc/ beside the real parts',
      promise: 'read; nothing is written where the names point',
      setup: (dir) => {
        const target = path.join(dir, 'pwned.txt');
        const rel = path.relative(path.join(dir, 'x', 'y'), target);
        const s = readWorkbook(
          'duong-dan.xlsx',
          plainWorkbook('Nhiệm vụ', [
            { name: `../../${rel}`, data: 'pwned' },
            { name: '/etc/dondoc-pwned', data: 'pwned' },
            { name: '..\\..\\pwned.txt', data: 'pwned' },
          ]),
          overdue,
        )(dir);
        return { ...s, expect: { ...s.expect, absent: [target, '/etc/dondoc-pwned'] } };
      },
    },
    {
      id: 'workbook/duplicate-entries',
      area: 'workbook',
      label: 'two entries named xl/workbook.xml',
      promise: 'read or refused, never a crash',
      setup: readOrRefused(
        'trung-ten.xlsx',
        makeZip([
          ...packageParts(['Nhiệm vụ']),
          ...packageParts(['Khác']).slice(1),
          {
            name: 'xl/worksheets/sheet1.xml',
            data: tasksSheet(),
          },
        ]),
      ),
    },
    {
      id: 'workbook/crc-wrong',
      area: 'workbook',
      label: 'a sheet whose CRC does not match',
      promise: 'read or refused, never a crash',
      setup: readOrRefused(
        'sai-crc.xlsx',
        patched((b) => {
          const i = b.indexOf(Buffer.from('xl/worksheets/sheet1.xml'));
          b.writeUInt32LE(0xdeadbeef, i - 30 + 14);
        }),
      ),
    },
    {
      id: 'workbook/unread-bomb',
      area: 'workbook',
      label: 'a picture entry inflating to 4 GiB that no sheet needs',
      promise: 'read normally: entries not needed are never inflated',
      setup: readWorkbook(
        'anh-bom.xlsx',
        () =>
          plainWorkbook('Nhiệm vụ', [
            { name: 'xl/media/image1.png', ...bombEntry(4 * GIB - 1, 1000) },
          ]),
        overdue,
      ),
    },
    {
      id: 'workbook/many-entries',
      area: 'workbook',
      label: '100,001 zip entries',
      promise: 'refused as too large before reading them, naming the file',
      slow: true,
      setup: refusedWorkbook('nhieu-muc.xlsx', () =>
        plainWorkbook(
          'Nhiệm vụ',
          Array.from({ length: 100_001 }, (_x, i) => ({ name: `xl/x/${i}.xml`, data: '' })),
        ),
      ),
    },
  );
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Workbooks: decompression bombs

const bombs: HostileCase[] = [
  {
    id: 'workbook/bomb-honest',
    area: 'workbook',
    label: 'a sheet that says it inflates to 2 GiB, and does',
    promise: 'refused as too large before inflating, naming the file',
    setup: refusedWorkbook('bom-that.xlsx', () => workbookWithSheetEntry(bombEntry(2 * GIB))),
  },
  {
    id: 'workbook/bomb-lying',
    area: 'workbook',
    label: 'a sheet that says 1,000 bytes and inflates to 2 GiB',
    promise: 'refused once it inflates past what it said, naming the file',
    setup: refusedWorkbook('bom-noi-doi.xlsx', () =>
      workbookWithSheetEntry(bombEntry(2 * GIB, 1000)),
    ),
  },
  {
    id: 'workbook/bomb-ratio',
    area: 'workbook',
    label: 'a 24 MB sheet of spaces (ratio over 1,000)',
    promise: 'refused by its compression ratio, naming the file',
    setup: refusedWorkbook('bom-ti-le.xlsx', () => workbookWithSheetEntry(bombEntry(24 * MIB))),
  },
  {
    id: 'workbook/bomb-shared-strings',
    area: 'workbook',
    label: 'shared strings inflating to 2 GiB, saying 1,000 bytes',
    promise: 'refused, naming the file',
    setup: refusedWorkbook('bom-chuoi.xlsx', () =>
      plainWorkbook('Nhiệm vụ', [{ name: 'xl/sharedStrings.xml', ...bombEntry(2 * GIB, 1000) }]),
    ),
  },
  {
    id: 'workbook/bomb-styles',
    area: 'workbook',
    label: 'styles inflating to 2 GiB, saying 1,000 bytes',
    promise: 'refused, naming the file',
    setup: refusedWorkbook('bom-kieu.xlsx', () =>
      plainWorkbook('Nhiệm vụ', [{ name: 'xl/styles.xml', ...bombEntry(2 * GIB, 1000) }]),
    ),
  },
  {
    id: 'workbook/bomb-workbook-part',
    area: 'workbook',
    label: 'xl/workbook.xml itself inflating to 2 GiB, saying 1,000 bytes',
    promise: 'refused, naming the file',
    setup: refusedWorkbook('bom-workbook.xlsx', () =>
      makeZip([
        packageParts(['Nhiệm vụ'])[0]!,
        { name: 'xl/workbook.xml', ...bombEntry(2 * GIB, 1000) },
      ]),
    ),
  },
  {
    id: 'workbook/inflated-budget',
    area: 'workbook',
    label: 'sheets of 9.9 MB each (under the ratio check), honest, adding up to over 1 GiB',
    promise:
      'refused as too large (each part held to the size it declares, all of them to 1 GiB), naming the file',
    setup: refusedWorkbook('nhieu-trang-rong.xlsx', () => manyHonestSheets(1.05 * GIB), [
      /1(\.0)? GB/,
    ]),
  },
  {
    id: 'workbook/cell-budget',
    area: 'workbook',
    label: '21 sheets of a million cells each',
    promise: 'refused when the workbook passes 20,000,000 cells, naming the sheet',
    setup: refusedWorkbook('hai-muoi-trieu-o.xlsx', () => manyCellSheets(21), ['Sổ 21']),
  },
];

// ---------------------------------------------------------------------------------------------
// Workbooks: XML that attacks its parser, shapes that grow faster than the file

function xmlCases(): HostileCase[] {
  const sheetWith = (xml: string) => hostileWorkbook([{ name: 'Nhiệm vụ', xml }]);
  const refused: Array<[string, string, string, Data, string[]?]> = [
    [
      'row-past-limit',
      'a row numbered 2,000,000',
      'dong-qua-gioi-han.xlsx',
      () =>
        sheetWith(
          sheetXml(`${taskRows(TASKS)}<row r="2000000"><c r="A2000000"><v>1</v></c></row>`),
        ),
      ['2000000'],
    ],
    [
      'million-cells-row',
      'one row of a million cells',
      'mot-trieu-o.xlsx',
      () =>
        sheetWith(
          sheetXml(
            `<row r="1">${Array.from({ length: 1_000_000 }, (_x, i) => `<c><v>${i}</v></c>`).join('')}</row>`,
          ),
        ),
      ['XFD'],
    ],
    [
      'cell-past-xfd',
      'a cell in column XFE',
      'cot-xfe.xlsx',
      () => sheetWith(sheetXml(`${taskRows(TASKS)}<row r="9"><c r="XFE9"><v>1</v></c></row>`)),
    ],
    [
      'unterminated-tag',
      'a megabyte of one unterminated tag',
      'the-khong-dong.xlsx',
      () => sheetWith(sheetXml(`<row r="1"><c r="A1" ${'x'.repeat(MIB)}`)),
    ],
    [
      'huge-attribute',
      'a 10 MB attribute value',
      'thuoc-tinh-dai.xlsx',
      () => sheetWith(sheetXml(`<row r="1" spans="${'1'.repeat(10 * MIB)}"></row>`)),
    ],
    [
      'cell-text-2mb',
      'one cell of 2 MB of text',
      'o-dai.xlsx',
      () =>
        sheetWith(
          sheetXml(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(2 * MIB)}</t></is></c></row>`,
          ),
        ),
    ],
  ];
  const cases: HostileCase[] = refused.map(([id, label, name, data, says]) => ({
    id: `workbook/${id}`,
    area: 'workbook',
    label,
    promise: 'refused as corrupt, naming the file (and the sheet, row or cell), exit 2',
    setup: refusedWorkbook(name, data, says ?? []),
  }));
  const read: Array<[string, string, string, Data]> = [
    [
      'huge-dimensions',
      'a dimension and columns declared over 300 million columns',
      'kich-thuoc-ao.xlsx',
      () =>
        sheetWith(
          tasksSheet(
            '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="300000000" width="9"/></cols>',
          ),
        ),
    ],
    [
      'merge-everything',
      'a merged range over the whole sheet, and 50,000 more',
      'gop-o.xlsx',
      () =>
        sheetWith(
          `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${taskRows(TASKS)}</sheetData><mergeCells><mergeCell ref="A100:XFD1048576"/>${Array.from({ length: 50_000 }, (_x, i) => `<mergeCell ref="E${i + 10}:F${i + 10}"/>`).join('')}</mergeCells></worksheet>`,
        ),
    ],
    [
      'deep-nesting',
      'a cell nested 500,000 elements deep',
      'long-sau.xlsx',
      () =>
        sheetWith(
          sheetXml(
            `${taskRows(TASKS)}<row r="9"><c r="A9" t="inlineStr"><is>${'<r>'.repeat(500_000)}${'</r>'.repeat(500_000)}</is></c></row>`,
          ),
        ),
    ],
    [
      'out-of-order-cells',
      'cells out of order, rows repeated, row numbers missing',
      'lon-xon.xlsx',
      () =>
        sheetWith(
          sheetXml(
            `${taskRows(TASKS)}<row r="9"><c r="D9"><v>1</v></c><c r="A9"><v>2</v></c></row><row r="9"><c r="B9"><v>3</v></c></row><row><c><v>4</v></c></row>`,
          ),
        ),
    ],
    [
      'forbidden-characters',
      'cells holding U+FFFE, U+FFFF, control characters and an ESC sequence by reference',
      'ky-tu-cam.xlsx',
      () =>
        sheetWith(
          sheetXml(
            taskRows([
              [
                'Nhiệm vụ &#xFFFE;&#xFFFF;&#1;&#27;[31m đỏ',
                'Phòng &#8232; Nội vụ',
                '31/5/2024',
                'Đang thực hiện',
              ],
            ]).replace(/&amp;#/g, '&#'),
          ),
        ),
    ],
    [
      'numbers-absurd',
      'numbers 1e309, NaN, -0 and a serial date of 10^15',
      'so-la.xlsx',
      () =>
        sheetWith(
          sheetXml(
            `${taskRows(TASKS)}<row r="9"><c r="A9"><v>1e309</v></c><c r="B9"><v>NaN</v></c><c r="C9"><v>1000000000000000</v></c><c r="D9"><v>-0</v></c></row>`,
          ),
        ),
    ],
    [
      'shared-string-index',
      'shared-string indexes out of range and negative',
      'chi-so-chuoi.xlsx',
      hostileWorkbook(
        [
          {
            name: 'Nhiệm vụ',
            xml: sheetXml(
              `${taskRows(TASKS)}<row r="9"><c r="A9" t="s"><v>999999</v></c><c r="B9" t="s"><v>-1</v></c><c r="C9" t="s"><v>x</v></c></row>`,
            ),
          },
        ],
        [
          {
            name: 'xl/sharedStrings.xml',
            data: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>một</t></si></sst>',
          },
        ],
      ),
    ],
    [
      'many-sheets',
      '3,000 sheets',
      'ba-nghin-trang.xlsx',
      hostileWorkbook(
        Array.from({ length: 3_000 }, (_x, i) => ({
          name: `Trang ${i + 1}`,
          xml: i === 0 ? tasksSheet() : sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'),
        })),
      ),
    ],
  ];
  // Entities are never expanded nor fetched: the sheet is refused or read without them.
  const entities: Array<[string, string, string, Data]> = [
    [
      'billion-laughs',
      'a sheet declaring the billion-laughs entities',
      'tieng-cuoi.xlsx',
      () =>
        sheetWith(tasksSheet().replace('<?xml version="1.0" encoding="UTF-8"?>', BILLION_LAUGHS)),
    ],
    [
      'external-entity',
      'shared strings declaring an external entity (file:///etc/passwd)',
      'thuc-the-ngoai.xlsx',
      hostileWorkbook(
        [
          {
            name: 'Nhiệm vụ',
            xml: sheetXml(`${taskRows(TASKS)}<row r="9"><c r="A9" t="s"><v>0</v></c></row>`),
          },
        ],
        [
          {
            name: 'xl/sharedStrings.xml',
            data: '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>',
          },
        ],
      ),
    ],
  ];
  for (const [id, label, name, data] of entities) {
    cases.push({
      id: `workbook/${id}`,
      area: 'workbook',
      label,
      promise: 'refused or read, the entities never expanded nor fetched',
      setup: readOrRefused(name, data, (run, out) => {
        expect(run.stdout + out).not.toContain('root:');
        expect(run.stdout + out).not.toContain('lollol');
      }),
    });
  }
  for (const [id, label, name, data] of read) {
    cases.push({
      id: `workbook/${id}`,
      area: 'workbook',
      label,
      promise: 'read and checked in bounded work (the overdue task is found)',
      setup: readWorkbook(name, data, overdue),
    });
  }
  cases.push(
    {
      id: 'workbook/invalid-utf8',
      area: 'workbook',
      label: 'a sheet whose text is not valid UTF-8',
      promise: 'read or refused, never a crash',
      setup: readOrRefused(
        'utf8-hong.xlsx',
        makeZip([
          ...packageParts(['Nhiệm vụ']),
          {
            name: 'xl/worksheets/sheet1.xml',
            data: Buffer.concat([
              Buffer.from(tasksSheet().slice(0, 400)),
              Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
              Buffer.from(tasksSheet().slice(400)),
            ]),
          },
        ]),
      ),
    },
    {
      id: 'workbook/utf16-xml',
      area: 'workbook',
      label: 'a sheet written in UTF-16',
      promise: 'read or refused, never a crash',
      setup: readOrRefused(
        'utf16-xml.xlsx',
        makeZip([
          ...packageParts(['Nhiệm vụ']),
          {
            name: 'xl/worksheets/sheet1.xml',
            data: Buffer.concat([
              Buffer.from([0xff, 0xfe]),
              Buffer.from(tasksSheet().replace('UTF-8', 'UTF-16'), 'utf16le'),
            ]),
          },
        ]),
      ),
    },
    {
      id: 'workbook/row-zero',
      area: 'workbook',
      label: 'rows numbered 0, -5 and "abc"',
      promise: 'read or refused, never a crash',
      setup: readOrRefused('dong-so-la.xlsx', () =>
        sheetWith(
          sheetXml(
            `${taskRows(TASKS)}<row r="0"><c r="A0"><v>1</v></c></row><row r="-5"><c><v>1</v></c></row><row r="abc"><c><v>1</v></c></row>`,
          ),
        ),
      ),
    },
    {
      id: 'workbook/five-million-strings',
      area: 'workbook',
      label: '5,000,001 shared strings',
      promise: 'refused as too large, naming the file',
      slow: true,
      setup: refusedWorkbook('nam-trieu-chuoi.xlsx', () =>
        plainWorkbook('Nhiệm vụ', [
          {
            name: 'xl/sharedStrings.xml',
            data: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>a</t></si>'.repeat(5_000_001)}</sst>`,
          },
        ]),
      ),
    },
  );
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Workbooks: sheet names Excel forbids but XML allows (class 8), and names that reach a terminal

function sheetNameCases(): HostileCase[] {
  const names: Array<[string, string, string]> = [
    ['brackets', 'Kế hoạch [2024]', 'a sheet name with [ ]'],
    ['star-question', 'Việc * cần làm?', 'a sheet name with * and ?'],
    ['slashes', 'Quý 1/2024\\Tháng 3:', 'a sheet name with / \\ and :'],
    ['forty-chars', 'Bảng theo dõi nhiệm vụ của các phòng ban năm 2024', 'a name of 49 characters'],
    ['history', 'History', 'the name Excel reserves, "History"'],
    ['apostrophes', "'Nhiệm vụ'", 'a name opening and closing with an apostrophe'],
    ['long', 'Nhiệm vụ '.repeat(1_000), 'a name of 9,000 characters'],
    ['empty', '', 'an empty sheet name'],
  ];
  const cases: HostileCase[] = names.map(([id, name, label]) => ({
    id: `workbook/sheet-name-${id}`,
    area: 'workbook',
    label,
    promise:
      'read, the sheet named as it is; the XLSX report and its annotated copy are written and parse',
    setup: (dir) => {
      const file = write(dir, `ten-trang-${id}.xlsx`, plainWorkbook(xmlEscape(name)));
      const out = path.join(dir, 'ra');
      return {
        args: [
          'check',
          file,
          '--as-of',
          AS_OF,
          '--no-config',
          '--format',
          'json,xlsx',
          '--out',
          out,
        ],
        inputs: [file],
        expect: {
          exit: [0, 1],
          outputs: [path.join(out, 'dondoc-ket-qua.json'), path.join(out, 'dondoc-ket-qua.xlsx')],
          check: () => {
            const r = report(path.join(out, 'dondoc-ket-qua.json'));
            expect(r.workbooks[0]!.status).toBe('checked');
            overdue(r);
          },
        },
      };
    },
  }));
  cases.push(
    {
      id: 'workbook/sheet-name-duplicate',
      area: 'workbook',
      label: 'two sheets with the same name',
      promise: 'read or refused, never a crash; outputs parse',
      setup: readOrRefused(
        'trung-ten-trang.xlsx',
        hostileWorkbook([
          { name: 'Nhiệm vụ', xml: tasksSheet() },
          { name: 'Nhiệm vụ', xml: tasksSheet() },
        ]),
      ),
    },
    {
      id: 'workbook/names-with-controls',
      area: 'workbook',
      label: 'a file and a sheet named with ESC, BEL and CSI sequences',
      promise: 'read; no control character reaches the terminal (text output on stdout)',
      setup: (dir) => {
        const name = 'so\u001b[2J\u0007.xlsx';
        const file = write(dir, name, plainWorkbook('Nhiệm vụ\u0085\u009b31m'));
        return {
          args: ['check', file, '--as-of', AS_OF, '--no-config'],
          inputs: [file],
          expect: {
            exit: [0, 1],
            check: (run) => {
              // eslint-disable-next-line no-control-regex
              expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
              expect(run.stdout).toContain('Hội nghị quán triệt');
            },
          },
        };
      },
    },
  );
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Workbooks on the file system: links, devices, folders (class 8)

function fileSystemCases(): HostileCase[] {
  const onUnix = process.platform !== 'win32';
  return [
    {
      id: 'workbook/folder-symlink-followed',
      area: 'workbook',
      label: 'a folder holding a link to a workbook elsewhere',
      promise: 'the link is followed: its workbook is checked under the link’s name',
      setup: (dir) => {
        if (!onUnix) return undefined;
        const elsewhere = write(dir, 'goc.xlsx', plainWorkbook());
        const folder = path.join(dir, 'cac-xa');
        mkdirSync(folder);
        symlinkSync(elsewhere, path.join(folder, 'xa-a.xlsx'));
        const out = path.join(dir, 'ket-qua.json');
        return {
          args: checkArgs(folder, out),
          inputs: [elsewhere, folder],
          expect: {
            exit: [1],
            outputs: [out],
            check: () => {
              const r = report(out);
              expect(r.workbooks.map((w) => w.status)).toEqual(['checked']);
              overdue(r);
            },
          },
        };
      },
    },
    ...(
      [
        [
          'dangling',
          'a link to a workbook that is not there',
          (dir: string, link: string) => symlinkSync(path.join(dir, 'khong-co.xlsx'), link),
        ],
        [
          'loop',
          'two links pointing at each other',
          (dir: string, link: string) => {
            symlinkSync(path.join(dir, 'cac-xa', 'vong-b.xlsx'), link);
            symlinkSync(link, path.join(dir, 'cac-xa', 'vong-b.xlsx'));
          },
        ],
        [
          'to-folder',
          'a link named .xlsx pointing at a folder',
          (dir: string, link: string) => symlinkSync(dir, link),
        ],
      ] as const
    ).map(([id, label, make]): HostileCase => ({
      id: `workbook/folder-symlink-${id}`,
      area: 'workbook',
      label: `a folder holding ${label}, beside a good workbook`,
      promise: 'the good workbook is checked; the link is reported as skipped, by name',
      setup: (dir) => {
        if (!onUnix) return undefined;
        const folder = path.join(dir, 'cac-xa');
        mkdirSync(folder);
        write(folder, 'xa-tot.xlsx', plainWorkbook());
        make(dir, path.join(folder, 'vong-a.xlsx'));
        const out = path.join(dir, 'ket-qua.json');
        return {
          args: checkArgs(folder, out),
          inputs: [folder],
          expect: {
            exit: [1],
            outputs: [out],
            says: ['vong-a.xlsx', /bỏ qua/i, /skipped/i],
            check: () => {
              expect(report(out).workbooks.map((w) => w.status)).toEqual(['checked']);
            },
          },
        };
      },
    })),
    {
      id: 'workbook/fifo',
      area: 'workbook',
      label: 'a named pipe called .xlsx that nobody writes to',
      promise: 'refused at once (never opened to wait for a writer), naming it',
      setup: (dir) => {
        const file = path.join(dir, 'ong.xlsx');
        if (!onUnix || !fifo(file)) return undefined;
        const out = path.join(dir, 'ket-qua.json');
        return {
          args: checkArgs(file, out),
          inputs: [file],
          expect: { exit: [2], names: ['ong.xlsx'], outputs: [out] },
        };
      },
    },
    {
      id: 'workbook/device',
      area: 'workbook',
      label: '/dev/zero given as a workbook',
      promise: 'refused at once, never read',
      setup: (dir) => {
        if (!onUnix) return undefined;
        const out = path.join(dir, 'ket-qua.json');
        return {
          args: checkArgs('/dev/zero', out),
          inputs: [],
          expect: { exit: [2], names: ['/dev/zero'], outputs: [out] },
        };
      },
    },
    {
      id: 'workbook/folder-named-xlsx',
      area: 'workbook',
      label: 'a folder named so-theo-doi.xlsx holding nothing',
      promise: 'said plainly, exit 2',
      setup: (dir) => {
        const folder = path.join(dir, 'so-theo-doi.xlsx');
        mkdirSync(folder);
        return {
          args: checkArgs(folder, path.join(dir, 'ket-qua.json')),
          inputs: [folder],
          expect: { exit: [2], names: ['so-theo-doi.xlsx'] },
        };
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Outputs: never destroy a file that is not ours; always valid in their format

function outputCases(): HostileCase[] {
  const onUnix = process.platform !== 'win32';
  const refusedOutput = (
    id: string,
    label: string,
    make: (
      dir: string,
      input: string,
    ) => { out: string; outDir?: boolean; input?: string } | undefined,
  ): HostileCase => ({
    id: `output/${id}`,
    area: 'output',
    label,
    promise: 'refused with a message naming the output; the workbook is untouched',
    setup: (dir) => {
      const input = write(dir, 'so-theo-doi.xlsx', plainWorkbook());
      const made = make(dir, input);
      if (!made) return undefined;
      return {
        args: [
          'check',
          made.input ?? input,
          '--as-of',
          AS_OF,
          '--no-config',
          '--format',
          made.outDir ? 'json,xlsx' : 'xlsx',
          '--out',
          made.out,
        ],
        inputs: [input, dir],
        expect: { exit: [2], says: [/trùng với tệp đầu vào/, /is one of the inputs/] },
      };
    },
  });
  return [
    refusedOutput('same-as-input', '--out naming the workbook itself', (_d, input) => ({
      out: input,
    })),
    refusedOutput('symlink-to-input', '--out a link to the workbook', (dir, input) => {
      if (!onUnix) return undefined;
      const link = path.join(dir, 'bao-cao.xlsx');
      symlinkSync(input, link);
      return { out: link };
    }),
    refusedOutput('hard-link-to-input', '--out a hard link to the workbook', (dir, input) => {
      const link = path.join(dir, 'bao-cao-cung.xlsx');
      linkSync(input, link);
      return { out: link };
    }),
    refusedOutput('inside-out-dir', 'an output name inside --out DIR that is an input', (dir) => {
      const folder = path.join(dir, 'ra');
      mkdirSync(folder);
      const input = write(folder, 'dondoc-ket-qua.xlsx', plainWorkbook());
      return { out: folder, outDir: true, input };
    }),
    {
      id: 'output/dev-null',
      area: 'output',
      label: '--out /dev/null',
      promise: 'written in place: /dev/null stays a device, never renamed over',
      setup: (dir) => {
        if (!onUnix) return undefined;
        const input = write(dir, 'so-theo-doi.xlsx', plainWorkbook());
        return {
          args: [
            'check',
            input,
            '--as-of',
            AS_OF,
            '--no-config',
            '--format',
            'json',
            '--out',
            '/dev/null',
          ],
          inputs: [input, '/dev/null'],
          expect: {
            exit: [1],
            check: () => expect(readdirSync(dir)).toEqual(['so-theo-doi.xlsx']),
          },
        };
      },
    },
    {
      id: 'output/not-a-folder',
      area: 'output',
      label: '--out under a path whose parent is a file',
      promise: 'a message naming the output; nothing written',
      setup: (dir) => {
        const input = write(dir, 'so-theo-doi.xlsx', plainWorkbook());
        const out = path.join(input, 'bao-cao.json');
        return {
          args: ['check', input, '--as-of', AS_OF, '--no-config', '--format', 'json', '--out', out],
          inputs: [input],
          expect: {
            exit: [2],
            names: ['bao-cao.json'],
            check: () => expect(readdirSync(dir)).toEqual(['so-theo-doi.xlsx']),
          },
        };
      },
    },
    {
      id: 'output/is-a-folder',
      area: 'output',
      label: '--out naming an existing folder for one format',
      promise: 'a message saying it is a folder; the folder is untouched',
      setup: (dir) => {
        const input = write(dir, 'so-theo-doi.xlsx', plainWorkbook());
        const folder = path.join(dir, 'ket-qua.json');
        mkdirSync(folder);
        write(folder, 'giu-nguyen.txt', 'giữ nguyên');
        return {
          args: [
            'check',
            input,
            '--as-of',
            AS_OF,
            '--no-config',
            '--format',
            'json',
            '--out',
            folder,
          ],
          inputs: [input, folder],
          expect: { exit: [2], names: ['ket-qua.json'] },
        };
      },
    },
    {
      id: 'output/every-format-forbidden-characters',
      area: 'output',
      label: 'a workbook full of characters XML forbids, written in every format',
      promise: 'every output parses in its format (XML 1.0 by saxes, JSON, iCalendar lines)',
      setup: (dir) => {
        const hostile = 'Việc &#xFFFE;&#xFFFF;&#1;&#8;&#27;[31m&#8232;&#8233;\r\n<&>"\'';
        const file = write(
          dir,
          'ky-tu-cam.xlsx',
          hostileWorkbook([
            {
              name: 'Nhiệm vụ &#xFFFF;',
              xml: sheetXml(
                taskRows([
                  [hostile, `Phòng ${hostile}`, '31/5/2024', 'Đang thực hiện'],
                  [`Lịch ${hostile}`, 'Văn phòng', '15/7/2024', 'Đang thực hiện'],
                ]).replace(/&amp;#/g, '&#'),
              ),
            },
          ]),
        );
        const out = path.join(dir, 'ra');
        const formats = ['json', 'html', 'xlsx', 'csv', 'sarif', 'junit', 'ics'];
        return {
          args: [
            'check',
            file,
            '--as-of',
            AS_OF,
            '--no-config',
            '--format',
            formats.join(','),
            '--out',
            out,
          ],
          inputs: [file],
          expect: {
            exit: [1],
            outputs: [
              out,
              ...['json', 'html', 'xlsx', 'csv', 'sarif', 'xml', 'ics'].map((e) =>
                path.join(out, `dondoc-ket-qua.${e}`),
              ),
            ],
          },
        };
      },
    },
    {
      id: 'output/letters-forbidden-characters',
      area: 'output',
      label: 'follow-up letters for agencies whose names hold forbidden characters',
      promise: 'every part of every .docx letter parses as XML 1.0',
      setup: (dir) => {
        const file = write(
          dir,
          'thu.xlsx',
          hostileWorkbook([
            {
              name: 'Nhiệm vụ',
              xml: sheetXml(
                taskRows([
                  [
                    'Hội nghị &#xFFFE;',
                    'Phòng &#1;&#27;[31m Nội vụ',
                    '31/5/2024',
                    'Đang thực hiện',
                  ],
                  ['Báo cáo &#xFFFF;', '../../Phòng Tài chính', '31/5/2024', 'Đang thực hiện'],
                ]).replace(/&amp;#/g, '&#'),
              ),
            },
          ]),
        );
        const out = path.join(dir, 'thu-don-doc');
        return {
          args: [
            'check',
            file,
            '--as-of',
            AS_OF,
            '--no-config',
            '--format',
            'reminders',
            '--out',
            out,
            '--issuer',
            'UBND huyện \u0001\ufffe',
          ],
          inputs: [file],
          expect: {
            exit: [0, 1],
            outputs: [out],
            check: () => {
              const letters = readdirSync(out).filter((n) => n.endsWith('.docx'));
              expect(letters.length).toBeGreaterThan(0);
              // a name from a cell never leads a letter out of its folder
              for (const n of readdirSync(dir)) expect(['thu.xlsx', 'thu-don-doc']).toContain(n);
            },
          },
        };
      },
    },
    {
      id: 'output/formula-text-kept',
      area: 'output',
      label: 'cells whose text looks like a formula (=, +, -, @)',
      promise: 'the XLSX report keeps each text exactly, as text; the CSV neutralises it',
      setup: (dir) => {
        const titles = ['=HYPERLINK("http://x","bấm")', '+1+1', '-2+3', '@SUM(A1)'];
        const file = write(
          dir,
          'cong-thuc.xlsx',
          hostileWorkbook([
            {
              name: 'Nhiệm vụ',
              xml: sheetXml(
                taskRows(
                  titles.map((t) => [t, 'Phòng Nội vụ', '31/5/2024', 'Đang thực hiện'] as const),
                ),
              ),
            },
          ]),
        );
        const out = path.join(dir, 'ra');
        return {
          args: [
            'check',
            file,
            '--as-of',
            AS_OF,
            '--no-config',
            '--format',
            'xlsx,csv',
            '--out',
            out,
          ],
          inputs: [file],
          expect: {
            exit: [1],
            outputs: [path.join(out, 'dondoc-ket-qua.xlsx'), path.join(out, 'dondoc-ket-qua.csv')],
            check: () => {
              const csv = readFileSync(path.join(out, 'dondoc-ket-qua.csv'), 'utf8');
              for (const line of csv.split('\r\n')) {
                for (const field of line.split(',')) expect(field).not.toMatch(/^"?[=+\-@]/);
              }
              const xlsx = readFileSync(path.join(out, 'dondoc-ket-qua.xlsx'));
              expect(xlsx.includes(Buffer.from('<f>'))).toBe(false);
            },
          },
        };
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Packs

function packCases(): HostileCase[] {
  const onUnix = process.platform !== 'win32';
  const pack = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({ id: 'huyen', version: '1.0.0', title: 'Bộ quy tắc của huyện', ...extra });
  const validate = (
    id: string,
    label: string,
    name: string,
    data: string | Buffer | ((dir: string) => string),
    expectation: { exit: number[]; says?: (string | RegExp)[]; names?: boolean },
    slow = false,
  ): HostileCase => ({
    id: `pack/${id}`,
    area: 'pack',
    label,
    promise:
      expectation.exit[0] === 0
        ? 'accepted'
        : 'refused with a clear message naming the file, exit 2',
    slow,
    setup: (dir) => {
      const file = typeof data === 'function' ? data(dir) : write(dir, name, data);
      return {
        args: ['pack', 'validate', file],
        inputs: [file],
        expect: {
          exit: expectation.exit,
          ...(expectation.names === false
            ? {}
            : expectation.exit[0] === 0
              ? {}
              : { names: [name] }),
          says: expectation.says ?? [],
        },
      };
    },
  });
  const refused = { exit: [2] };
  /** `pack validate` exits 1 for a pack that is JSON but breaks the schema, each problem located. */
  const invalid = { exit: [1] };
  return [
    validate(
      'deep-arrays',
      'arrays nested 100,000 deep',
      'long-sau.json',
      `{"id":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      { exit: [2], says: [/sâu|lồng/i, /deep|nest/i] },
    ),
    validate(
      'deep-objects',
      'objects nested 100,000 deep',
      'doi-tuong-sau.json',
      `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
      { exit: [2], says: [/sâu|lồng/i, /deep|nest/i] },
    ),
    validate(
      'deep-unclosed',
      'a million unclosed brackets',
      'mo-ngoac.json',
      '['.repeat(1_000_000),
      refused,
    ),
    validate(
      'size-50mb',
      'a 50 MB pack',
      'lon.json',
      (dir) => write(dir, 'lon.json', pack({ description: 'x'.repeat(50 * MIB) })),
      { exit: [2], says: ['4 MB'] },
    ),
    validate(
      'size-5mb',
      'a 5 MB pack of agencies',
      'nhieu.json',
      (dir) =>
        write(
          dir,
          'nhieu.json',
          pack({
            agencies: Array.from({ length: 90_000 }, (_x, i) => ({
              id: `co-quan-${i}`,
              name: `Cơ quan số ${i} của huyện`,
            })),
          }),
        ),
      { exit: [2], says: ['4 MB'] },
    ),
    validate(
      'proto',
      '__proto__ and constructor keys',
      'proto.json',
      '{"id":"a","version":"1","title":"t","__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}',
      invalid,
    ),
    validate(
      'nul-bytes',
      'NUL bytes and invalid UTF-8',
      'nul.json',
      Buffer.concat([Buffer.from('{"id":"a\u0000'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
      refused,
    ),
    validate('bom', 'a byte-order mark before the JSON', 'bom.json', `\ufeff${pack()}`, {
      exit: [0],
    }),
    validate(
      'huge-number',
      'numbers 1e999 and -1e999 (JSON reads them as infinities)',
      'so-lon.json',
      pack({ settings: { dueSoonDays: 0, approxTolerance: 0 } })
        .replace('"dueSoonDays":0', '"dueSoonDays":1e999')
        .replace('"approxTolerance":0', '"approxTolerance":-1e999'),
      { exit: [1], says: ['không phải một số hữu hạn', 'not a finite number'] },
    ),
    validate('not-json', 'a spreadsheet renamed .json', 'so.json', plainWorkbook(), refused),
    validate(
      'many-problems',
      '8,000 wrong values (every problem located in linear time)',
      'sai-nhieu.json',
      pack({ tasks: Array.from({ length: 4_000 }, () => ({ id: 'X X', title: '' })) }),
      invalid,
    ),
    validate(
      'too-many-tasks',
      '5,001 tasks (the schema allows 5,000)',
      'qua-nhieu.json',
      pack({
        tasks: Array.from({ length: 5_001 }, (_x, i) => ({ id: `t-${i}`, title: `Nhiệm vụ ${i}` })),
      }),
      { exit: [1], says: ['/tasks', 'Tối đa 5000', 'At most 5000'] },
    ),
    validate(
      'cyclic-extends',
      'two packs extending each other',
      'vong-a.json',
      (dir) => {
        write(dir, 'vong-b.json', pack({ id: 'vong-b', extends: ['./vong-a.json'] }));
        return write(dir, 'vong-a.json', pack({ id: 'vong-a', extends: ['./vong-b.json'] }));
      },
      { exit: [2], says: [/vòng tròn/, /cycle/] },
    ),
    validate(
      'fan-out-extends',
      '30 levels of packs each extending the next twice (2^30 paths)',
      'tang-0.json',
      (dir) => {
        for (let i = 30; i >= 0; i -= 1) {
          const parents = i === 30 ? [] : [`./tang-${i + 1}.json`, `./tang-${i + 1}.json`];
          write(
            dir,
            `tang-${i}.json`,
            pack({ id: `tang-${i}`, ...(parents.length ? { extends: parents } : {}) }),
          );
        }
        return path.join(dir, 'tang-0.json');
      },
      { exit: [0] },
    ),
    validate(
      'extends-outside',
      'extends "../" out of the pack’s folder',
      'ra-ngoai.json',
      (dir) => {
        mkdirSync(path.join(dir, 'goi'));
        write(dir, 'ngoai.json', pack({ id: 'ngoai' }));
        return write(path.join(dir, 'goi'), 'ra-ngoai.json', pack({ extends: ['../ngoai.json'] }));
      },
      { exit: [2], names: false, says: ['../ngoai.json'] },
    ),
    validate(
      'extends-absolute',
      'extends /etc/passwd',
      'tuyet-doi.json',
      pack({ extends: ['/etc/passwd'] }),
      { exit: [2], says: ['/etc/passwd'] },
    ),
    validate(
      'extends-device',
      'extends /dev/zero',
      'thiet-bi.json',
      pack({ extends: ['/dev/zero'] }),
      refused,
    ),
    validate(
      'extends-link-outside',
      'extends a link inside the folder that leads out of it',
      'lien-ket.json',
      (dir) => {
        mkdirSync(path.join(dir, 'goi'));
        write(dir, 'bi-mat.json', pack({ id: 'bi-mat' }));
        if (onUnix) symlinkSync(path.join(dir, 'bi-mat.json'), path.join(dir, 'goi', 'cha.json'));
        return write(path.join(dir, 'goi'), 'lien-ket.json', pack({ extends: ['./cha.json'] }));
      },
      { exit: [2], names: false },
    ),
    validate(
      'extends-missing',
      'extends a pack that does not exist',
      'thieu-cha.json',
      pack({ extends: ['khong-co-goi-nay'] }),
      { exit: [2], says: ['khong-co-goi-nay'] },
    ),
    validate(
      'unknown-operator',
      'a custom rule with an operator that does not exist',
      'toan-tu.json',
      pack({
        rules: [
          {
            id: 'custom/x',
            severity: 'error',
            appliesTo: 'task',
            conditions: { all: [{ fact: 'status', operator: 'eval', value: 'process.exit()' }] },
            message: { vi: 'x', en: 'x' },
          },
        ],
      }),
      invalid,
    ),
    {
      id: 'pack/device',
      area: 'pack',
      label: '/dev/zero given as a pack',
      promise: 'refused at once, never read',
      setup: () =>
        onUnix
          ? {
              args: ['pack', 'validate', '/dev/zero'],
              inputs: [],
              expect: { exit: [2], names: ['/dev/zero'] },
            }
          : undefined,
    },
    {
      id: 'pack/fifo',
      area: 'pack',
      label: 'a named pipe given as a pack',
      promise: 'refused at once, never waiting for a writer',
      setup: (dir) => {
        const file = path.join(dir, 'ong.json');
        if (!onUnix || !fifo(file)) return undefined;
        return {
          args: ['pack', 'validate', file],
          inputs: [file],
          expect: { exit: [2], names: ['ong.json'] },
        };
      },
    },
    {
      id: 'pack/folder',
      area: 'pack',
      label: 'a folder given as a pack',
      promise: 'a message naming it',
      setup: (dir) => {
        const folder = path.join(dir, 'thu-muc.json');
        mkdirSync(folder);
        return {
          args: ['pack', 'validate', folder],
          inputs: [folder],
          expect: { exit: [2], names: ['thu-muc.json'] },
        };
      },
    },
    {
      id: 'pack/sheet-pattern-backtracking',
      area: 'pack',
      label: 'a sheet pattern "*a*a*a…*b" (99 stars) against a sheet named "aaa…"',
      promise: 'the check runs as usual: the pattern is a glob, matched without backtracking',
      setup: (dir) => {
        const p = write(
          dir,
          'mau.json',
          pack({ bindings: { tasks: { sheet: `${'*a'.repeat(99)}*b` } } }),
        );
        const file = write(
          dir,
          'so.xlsx',
          hostileWorkbook([
            { name: 'a'.repeat(31), xml: tasksSheet() },
            { name: `${'a'.repeat(99)}b`, xml: tasksSheet() },
          ]),
        );
        const out = path.join(dir, 'ket-qua.json');
        return {
          args: [...checkArgs(file, out), '--pack', p],
          inputs: [p, file],
          expect: { exit: [0, 1], outputs: [out] },
        };
      },
    },
    {
      id: 'pack/sheet-pattern-regex',
      area: 'pack',
      label: 'a sheet pattern written as a regular expression, "(Nhiệm vụ)+$"',
      promise: 'taken literally: it names no sheet, and the check says the bound sheet is missing',
      setup: (dir) => {
        const p = write(dir, 'mau.json', pack({ bindings: { tasks: { sheet: '(Nhiệm vụ)+$' } } }));
        const file = write(dir, 'so.xlsx', plainWorkbook());
        const out = path.join(dir, 'ket-qua.json');
        return {
          args: [...checkArgs(file, out), '--pack', p],
          inputs: [p, file],
          expect: {
            exit: [0, 1, 2],
            outputs: [out],
            check: () => expect(readFileSync(out, 'utf8')).toContain('(Nhiệm vụ)+$'),
          },
        };
      },
    },
    {
      id: 'pack/placeholders',
      area: 'pack',
      label: 'a custom rule whose message uses {__proto__}, {constructor}, {toString}',
      promise:
        'refused where the pack is read, naming it and the placeholder; nothing is evaluated',
      setup: (dir) => {
        const p = write(
          dir,
          'giu-cho.json',
          pack({
            rules: [
              {
                id: 'custom/giu-cho',
                severity: 'warning',
                appliesTo: 'task',
                conditions: { all: [{ fact: 'title', operator: 'matches', value: 'Hội nghị' }] },
                message: {
                  vi: '{title} {__proto__} {constructor} {toString}',
                  en: '{title} {__proto__} {constructor}',
                },
              },
            ],
          }),
        );
        const file = write(dir, 'so.xlsx', plainWorkbook());
        return {
          args: ['check', file, '--as-of', AS_OF, '--no-config', '--pack', p],
          inputs: [p, file],
          expect: {
            exit: [2],
            names: ['giu-cho.json'],
            says: ['custom/giu-cho', /\{(__proto__|constructor)\}/],
          },
        };
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// extract

function extractCases(): HostileCase[] {
  const onUnix = process.platform !== 'win32';
  const duty = 'Ủy ban nhân dân các huyện báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024';
  const extract = (
    id: string,
    label: string,
    name: string,
    data: Data | undefined,
    expectation: { exit: number[]; says?: (string | RegExp)[] },
    slow = false,
  ): HostileCase => ({
    id: `extract/${id}`,
    area: 'extract',
    label,
    promise: expectation.exit.includes(0)
      ? 'a draft that loads as a pack'
      : 'refused with a message naming the file, exit 2',
    slow,
    setup: (dir) => {
      const file = data === undefined ? name : write(dir, name, data);
      const out = path.join(dir, 'nhap.json');
      return {
        args: ['extract', file, '--out', out],
        inputs: data === undefined ? [] : [file],
        expect: {
          exit: expectation.exit,
          ...(expectation.exit.length === 1 && expectation.exit[0] === 0 ? { outputs: [out] } : {}),
          ...(expectation.exit.includes(0) ? {} : { names: [path.basename(name)] }),
          says: expectation.says ?? [],
          // Read or refused: refused with the file named, read into a draft that parses.
          check: (run) => {
            if (run.code === 0) parseOutput(out);
            else {
              const { vi, en } = messageLines(run.stderr);
              expect(vi.join('\n')).toContain(path.basename(name));
              expect(en.join('\n')).toContain(path.basename(name));
            }
          },
        },
      };
    },
  });
  const cases: HostileCase[] = [
    extract('line-50mb', 'a 50 MB text on one line', 'mot-dong.txt', () => 'x'.repeat(50 * MIB), {
      exit: [2],
      says: ['4 MB'],
    }),
    extract(
      'line-1m-duties',
      'a million characters on one line, a duty every 80',
      'dong-dai.txt',
      `${duty}, `.repeat(12_000).slice(0, 999_000),
      { exit: [0] },
      true,
    ),
    extract(
      'line-no-space',
      '900,000 characters without a space',
      'khong-cach.txt',
      'ệ'.repeat(900_000),
      { exit: [0] },
    ),
    extract('too-many-chars', '1.5 million characters', 'qua-dai.md', 'a '.repeat(750_001), {
      exit: [2],
      says: ['1.000.000', '1,000,000'],
    }),
    extract(
      'more-reports-than-a-pack',
      '5,200 report duties in one paragraph',
      'nhieu-bao-cao.txt',
      Array.from({ length: 5_200 }, () => `${duty}.`).join(' '),
      { exit: [0], says: ['/reports'] },
    ),
    extract(
      'many-closers',
      '10,000 sections each closed by a deadline line',
      'nhieu-han.txt',
      Array.from(
        { length: 10_000 },
        (_x, i) =>
          `${i + 1}. Phòng ${i} triển khai nhiệm vụ.\nThời gian hoàn thành trước ngày 25/6/2024`,
      ).join('\n'),
      { exit: [0] },
    ),
    extract(
      'many-items',
      '10,000 numbered items with deadlines',
      'nhieu-muc.txt',
      Array.from({ length: 10_000 }, (_x, i) => `${(i % 99) + 1}. ${duty}.`).join('\n'),
      { exit: [0] },
    ),
    extract(
      'nul-invalid-utf8',
      'NUL bytes and invalid UTF-8 in a text',
      'hong.txt',
      Buffer.concat([
        Buffer.from(`${duty}.\u0000`),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(`\n${duty}.`),
      ]),
      { exit: [0] },
    ),
    extract(
      'docx-bomb-honest',
      'a .docx whose document.xml says and makes 2 GiB',
      'bom-that.docx',
      () => docx([], { data: '', deflated: { bytes: deflateBomb(2 * GIB), size: 2 * GIB } }),
      { exit: [2], says: ['word/document.xml'] },
    ),
    extract(
      'docx-bomb-lying',
      'a .docx whose document.xml says 100 bytes and makes 2 GiB',
      'bom-noi-doi.docx',
      () =>
        docx([], {
          data: '',
          deflated: { bytes: deflateBomb(2 * GIB), size: 2 * GIB },
          declaredSize: 100,
        }),
      { exit: [2], says: ['word/document.xml'] },
    ),
    extract(
      'docx-billion-laughs',
      'a .docx whose document.xml declares the billion-laughs entities',
      'tieng-cuoi.docx',
      docx([], {
        data: `${BILLION_LAUGHS}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`,
      }),
      { exit: [0, 2] },
    ),
    extract(
      'docx-many-entries',
      'a .docx of 20,000 entries',
      'nhieu-phan.docx',
      makeZip([
        ...Array.from({ length: 20_000 }, (_x, i) => ({ name: `word/media/${i}.png`, data: '' })),
      ]),
      { exit: [2] },
    ),
    extract('docx-random', 'random bytes named .docx', 'ngau-nhien.docx', noise(100_000), {
      exit: [2],
    }),
    extract('docx-is-xlsx', 'a workbook named .docx', 'so.docx', plainWorkbook(), { exit: [0, 2] }),
    extract('docx-fine', 'an ordinary .docx with a duty', 'cong-van.docx', docx([duty + '.']), {
      exit: [0],
    }),
    {
      id: 'extract/device',
      area: 'extract',
      label: '/dev/zero given as a text',
      promise: 'refused at once, never read',
      setup: (dir) =>
        onUnix
          ? {
              args: ['extract', '/dev/zero', '--out', path.join(dir, 'x.json')],
              inputs: [],
              expect: { exit: [2], names: ['/dev/zero'] },
            }
          : undefined,
    },
    {
      id: 'extract/fifo',
      area: 'extract',
      label: 'a named pipe called .txt that nobody writes to',
      promise: 'refused at once, never waiting for a writer',
      setup: (dir) => {
        const file = path.join(dir, 'ong.txt');
        if (!onUnix || !fifo(file)) return undefined;
        return {
          args: ['extract', file],
          inputs: [file],
          expect: { exit: [2], names: ['ong.txt'] },
        };
      },
    },
    {
      id: 'extract/out-is-input',
      area: 'extract',
      label: '--out naming the directive itself',
      promise: 'refused; the directive is untouched',
      setup: (dir) => {
        const file = write(dir, 'van-ban.txt', `${duty}.`);
        return {
          args: ['extract', file, '--out', file],
          inputs: [file],
          expect: { exit: [2], names: ['van-ban.txt'] },
        };
      },
    },
  ];
  cases.push({
    id: 'extract/folder',
    area: 'extract',
    label: 'a folder named .md',
    promise: 'refused with a message naming it, exit 2',
    setup: (dir) => {
      const folder = path.join(dir, 'thu-muc.md');
      mkdirSync(folder);
      return {
        args: ['extract', folder],
        inputs: [folder],
        expect: { exit: [2], names: ['thu-muc.md'] },
      };
    },
  });
  return cases;
}

/** Every command-line case of the corpus. */
export function hostileCases(): HostileCase[] {
  return [
    ...wrongKinds,
    ...zipCases(),
    ...bombs,
    ...xmlCases(),
    ...sheetNameCases(),
    ...fileSystemCases(),
    ...outputCases(),
    ...packCases(),
    ...extractCases(),
  ];
}
