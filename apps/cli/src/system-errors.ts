/**
 * Node's system errors (EBUSY, EPERM, ENOENT…) in words a clerk can act on, in both languages. The
 * commonest on Windows: a workbook or report open in Excel is locked (EBUSY, or EPERM on rename).
 */
import type { Message } from '@dondoc/core';

const REASONS: Readonly<Record<string, Message>> = {
  EBUSY: {
    vi: 'tệp đang được mở ở chương trình khác. Đóng tệp trong Excel rồi chạy lại',
    en: 'the file is open in another program. Close it in Excel and run again',
  },
  EPERM: {
    vi: 'không được phép ghi (tệp có thể đang mở trong Excel hoặc chỉ đọc). Đóng tệp trong Excel rồi chạy lại',
    en: 'not permitted (the file may be open in Excel or read-only). Close it in Excel and run again',
  },
  EACCES: {
    vi: 'không có quyền truy cập tệp hoặc thư mục này',
    en: 'permission denied for this file or folder',
  },
  ENOENT: { vi: 'không tìm thấy tệp hoặc thư mục', en: 'no such file or folder' },
  ENOTDIR: {
    vi: 'một phần của đường dẫn không phải thư mục',
    en: 'a part of the path is not a folder',
  },
  EISDIR: { vi: 'đây là một thư mục, không phải tệp', en: 'this is a folder, not a file' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  EMFILE: { vi: 'mở quá nhiều tệp cùng lúc', en: 'too many open files' },
  ENAMETOOLONG: { vi: 'tên tệp quá dài', en: 'the file name is too long' },
  EEXIST: { vi: 'tệp đã có', en: 'the file already exists' },
  ELOOP: {
    vi: 'đường dẫn là các liên kết (shortcut) trỏ vòng quanh nhau',
    en: 'the path is a loop of symbolic links',
  },
};

/** The reason of a failed file operation, translated when it is a system error we know. */
export function systemErrorReason(error: unknown): Message {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : undefined;
  const known = code === undefined ? undefined : REASONS[code];
  if (known) return { vi: `${known.vi} (${code}).`, en: `${known.en} (${code}).` };
  const raw = error instanceof Error ? error.message : String(error);
  return { vi: raw, en: raw };
}
