/**
 * Why a workbook could not be read, as a typed error with a message in both languages that names
 * the file (and the sheet, when the trouble is inside one). Browser-safe: no Node imports.
 */
import type { Message } from '@dondoc/core';

export type WorkbookReadErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'unreadable'
  | 'empty-file'
  | 'not-xlsx'
  | 'xls'
  | 'xlsb'
  | 'ods'
  | 'docx'
  | 'encrypted'
  | 'corrupt'
  | 'too-large'
  | 'no-sheets'
  | 'unsupported';

export class WorkbookReadError extends Error {
  constructor(
    readonly code: WorkbookReadErrorCode,
    /** The file as the caller named it. */
    readonly file: string,
    /** What went wrong, Vietnamese first; `Error.message` holds the English text. */
    readonly messages: Message,
    /** The sheet being read when the error happened, if any. */
    readonly sheet?: string,
    /** The underlying error (kept for debugging, never shown to users as a stack trace). */
    readonly detail?: string,
  ) {
    super(messages.en);
    this.name = 'WorkbookReadError';
  }
}

const SAVE_AS_XLSX_VI = 'Hãy mở tệp bằng Excel rồi lưu lại dưới dạng "Sổ làm việc Excel (*.xlsx)".';
const SAVE_AS_XLSX_EN = 'Open it in Excel and save it as "Excel Workbook (*.xlsx)".';

/** The standard message for each code; `extra` adds a reason (e.g. a size) where it helps. */
export function readError(
  code: WorkbookReadErrorCode,
  file: string,
  options: { sheet?: string; detail?: string; extra?: Message } = {},
): WorkbookReadError {
  const f = `"${file}"`;
  const s = options.sheet === undefined ? '' : ` "${options.sheet}"`;
  const extraVi = options.extra ? ` ${options.extra.vi}` : '';
  const extraEn = options.extra ? ` ${options.extra.en}` : '';
  const texts: Record<WorkbookReadErrorCode, Message> = {
    'not-found': { vi: `Không tìm thấy tệp ${f}.`, en: `File ${f} not found.` },
    'is-directory': {
      vi: `${f} là một thư mục, không phải tệp Excel.`,
      en: `${f} is a directory, not an Excel file.`,
    },
    unreadable: {
      vi: `Không đọc được tệp ${f} (không có quyền hoặc tệp đang bị khóa).${extraVi}`,
      en: `Cannot read ${f} (no permission, or the file is locked).${extraEn}`,
    },
    'empty-file': { vi: `Tệp ${f} rỗng (0 byte).`, en: `File ${f} is empty (0 bytes).` },
    'not-xlsx': {
      vi: `Tệp ${f} không phải sổ làm việc Excel .xlsx.${extraVi}`,
      en: `${f} is not an Excel .xlsx workbook.${extraEn}`,
    },
    xls: {
      vi: `Tệp ${f} là định dạng Excel 97-2003 (.xls) cũ, dondoc chỉ đọc .xlsx. ${SAVE_AS_XLSX_VI}`,
      en: `${f} is an old Excel 97-2003 (.xls) file; dondoc reads .xlsx only. ${SAVE_AS_XLSX_EN}`,
    },
    xlsb: {
      vi: `Tệp ${f} là sổ làm việc nhị phân (.xlsb), dondoc chỉ đọc .xlsx. ${SAVE_AS_XLSX_VI}`,
      en: `${f} is a binary workbook (.xlsb); dondoc reads .xlsx only. ${SAVE_AS_XLSX_EN}`,
    },
    ods: {
      vi: `Tệp ${f} là bảng tính OpenDocument (.ods). Hãy mở bằng LibreOffice hoặc Excel rồi lưu dưới dạng .xlsx.`,
      en: `${f} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx.`,
    },
    docx: {
      vi: `Tệp ${f} là văn bản Word (.docx) chứ không phải sổ làm việc Excel.`,
      en: `${f} is a Word document (.docx), not an Excel workbook.`,
    },
    encrypted: {
      vi: `Tệp ${f} được bảo vệ bằng mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại.`,
      en: `${f} is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook) and try again.`,
    },
    corrupt: {
      vi: `Tệp ${f} bị hỏng hoặc không đầy đủ${s ? `, lỗi ở trang tính${s}` : ''}.${extraVi} Hãy thử mở bằng Excel và lưu lại.`,
      en: `${f} is damaged or incomplete${s ? `, error in sheet${s}` : ''}.${extraEn} Try opening it in Excel and saving it again.`,
    },
    'too-large': {
      vi: `Tệp ${f} quá lớn khi giải nén hoặc có tỉ lệ nén bất thường (có thể là "bom zip"), dondoc không đọc.${extraVi}`,
      en: `${f} is too large once uncompressed, or its compression ratio is abnormal (possibly a zip bomb); dondoc will not read it.${extraEn}`,
    },
    'no-sheets': {
      vi: `Sổ làm việc ${f} không có trang tính (worksheet) nào.`,
      en: `Workbook ${f} has no worksheet.`,
    },
    unsupported: {
      vi: `Sổ làm việc ${f} có cấu trúc dondoc chưa đọc được${s ? ` (trang tính${s})` : ''}.${extraVi} ${SAVE_AS_XLSX_VI}`,
      en: `Workbook ${f} has a layout dondoc cannot read yet${s ? ` (sheet${s})` : ''}.${extraEn} ${SAVE_AS_XLSX_EN}`,
    },
  };
  return new WorkbookReadError(code, file, texts[code], options.sheet, options.detail);
}

export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
