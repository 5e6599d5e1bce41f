/** How a severity is named and coloured everywhere a person reads findings. */
import type { Message, Severity } from '@dondoc/core';

export const SEVERITY_NAMES: Readonly<Record<Severity, Message>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

/** Cell fills by severity (#RRGGBB): the XLSX report's annotated copy and the add-in's highlights. */
export const SEVERITY_FILLS: Readonly<Record<Severity, string>> = {
  error: '#F8CBAD',
  warning: '#FFE699',
  info: '#DDEBF7',
};
