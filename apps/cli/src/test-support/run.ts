/** Test helpers: run `dondoc` in-process and write small real .xlsx files with exceljs. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../main.js';

export interface RunResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

function sink(append: (s: string) => void): NodeJS.WritableStream {
  return {
    write(chunk: string | Uint8Array): boolean {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
  } as unknown as NodeJS.WritableStream;
}

export async function dondoc(...argv: string[]): Promise<RunResult> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: sink((s) => (out += s)), err: sink((s) => (err += s)) });
  return { code, out, err };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'dondoc-cli-'));
}

export type SheetRows = ReadonlyArray<ReadonlyArray<string | number | Date | null>>;

/** Writes a workbook with the given sheets (rows from A1) and returns its path. */
export async function writeWorkbook(
  dir: string,
  name: string,
  sheets: Readonly<Record<string, SheetRows>>,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(sheetName);
    for (const row of rows) ws.addRow([...row]);
  }
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A district plan's tracking sheet, seed 001's wording, as of 1 July 2024. */
export const PLAN_ROWS: SheetRows = [
  ['HUYỆN ỦY ĐỨC THỌ', null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
  ['BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH QUÁN TRIỆT CHỈ THỊ 32-CT/TW'],
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Ngày hoàn thành', 'Tình trạng'],
  ['I', 'CÔNG TÁC QUÁN TRIỆT'],
  [
    1,
    'Hội nghị cán bộ chủ chốt',
    'Ban Tuyên giáo Huyện ủy',
    'tháng 5/2024',
    '4/6/2024',
    'Hoàn thành',
  ],
  [
    2,
    'Quán triệt đến cán bộ, đảng viên cấp cơ sở',
    'Các chi, đảng bộ cơ sở',
    'trước ngày 25/6/2024',
    null,
    'Đang thực hiện',
  ],
  [
    3,
    'Gửi báo cáo kết quả quán triệt',
    'Ban Tuyên giáo Huyện ủy',
    'trước ngày 30/6/2024',
    '28/6/2024',
    'Hoàn thành',
  ],
  [
    4,
    'Tuyên truyền trên hệ thống loa truyền thanh',
    'Trung tâm VH-TT&TT',
    'Thường xuyên',
    null,
    'Đang thực hiện',
  ],
  [5, 'Sơ kết việc thực hiện', 'Văn phòng Huyện ủy', '31/4/2024', null, null],
  [],
  ['Nơi nhận:', null, null, 'T/M BAN THƯỜNG VỤ'],
];
