/** The words of the task pane, Vietnamese first (the users' language), English on the switch. */
import type { Message } from '@dondoc/core';
import type { Lang } from '@dondoc/report';

export const UI = {
  appTitle: { vi: 'Kiểm tra sổ theo dõi', en: 'Check the tracking workbook' },
  switchLang: { vi: 'English', en: 'Tiếng Việt' },
  switchLangLabel: { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  workbook: { vi: 'Sổ theo dõi (.xlsx)', en: 'Tracking workbook (.xlsx)' },
  dropHint: {
    vi: 'Chọn tệp hoặc kéo thả tệp vào đây. Tệp chỉ được đọc trên máy này, không gửi đi đâu.',
    en: 'Choose a file or drop it here. It is only read on this computer and sent nowhere.',
  },
  noFile: { vi: 'Chưa chọn tệp', en: 'No file chosen' },
  chooseFile: { vi: 'Chọn sổ theo dõi…', en: 'Choose a workbook…' },
  pack: { vi: 'Bộ quy tắc', en: 'Rule pack' },
  bundled: { vi: 'Đi kèm dondoc', en: 'Bundled with dondoc' },
  inWorkbook: { vi: 'Lưu trong tệp', en: 'Stored in the workbook' },
  fromFile: { vi: 'Từ tệp', en: 'From a file' },
  openPack: { vi: 'Mở bộ quy tắc (.json)…', en: 'Open a rule pack (.json)…' },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  check: { vi: 'Kiểm tra', en: 'Check' },
  highlight: { vi: 'Tô màu', en: 'Highlight' },
  clearHighlights: { vi: 'Xóa tô màu', en: 'Clear highlights' },
  writeResults: { vi: 'Ghi kết quả', en: 'Write results' },
  insertTemplate: { vi: 'Tạo mẫu theo dõi', en: 'Insert tracking template' },
  storePack: { vi: 'Lưu bộ quy tắc vào tệp', en: 'Store the pack in the workbook' },
  downloadReport: { vi: 'Tải báo cáo (.xlsx)', en: 'Download the report (.xlsx)' },
  downloadTemplate: { vi: 'Tải sổ theo dõi mẫu', en: 'Download a tracking template' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  checking: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  working: { vi: 'Đang thực hiện…', en: 'Working…' },
  results: { vi: 'Kết quả', en: 'Results' },
  errors: { vi: 'lỗi', en: 'errors' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
  infos: { vi: 'thông tin', en: 'info' },
  notEvaluated: { vi: 'Không kiểm tra được', en: 'Not evaluated' },
  scorecard: { vi: 'Bảng điểm theo đơn vị', en: 'Scorecard by agency' },
  groupBy: { vi: 'Nhóm theo', en: 'Group by' },
  byRule: { vi: 'Quy tắc', en: 'Rule' },
  byAgency: { vi: 'Đơn vị', en: 'Agency' },
  noAgency: { vi: '(không rõ đơn vị)', en: '(no agency)' },
  noFindings: {
    vi: 'Không có phát hiện nào: mọi nội dung kiểm tra được đều đạt yêu cầu.',
    en: 'No findings: everything that could be checked is in order.',
  },
  showMore: { vi: 'Hiện thêm', en: 'Show more' },
  goToCell: { vi: 'Đến ô', en: 'Go to cell' },
  showRow: { vi: 'Xem dòng của ô', en: 'Show the row of' },
  checked: { vi: 'Đã kiểm tra', en: 'Checked' },
  tablesFound: { vi: 'Bảng nhận ra', en: 'Tables found' },
  noTable: {
    vi: 'Không nhận ra bảng theo dõi nào trong sổ này. Kiểm tra dòng tiêu đề cột (Nội dung, Thời hạn, Cơ quan chủ trì…) hoặc chọn đúng bộ quy tắc.',
    en: 'No tracking table recognised in this workbook. Check the header row (Nội dung, Thời hạn, Cơ quan chủ trì…) or choose the right rule pack.',
  },
  sheet: { vi: 'Trang', en: 'Sheet' },
  column: { vi: 'Cột', en: 'Column' },
  table: { vi: 'bảng', en: 'table' },
  readingColumns: { vi: 'Các cột', en: 'Columns' },
  readingSkipped: { vi: 'Các dòng bỏ qua', en: 'Rows skipped' },
  readingBindings: { vi: 'Ghim cách đọc (bindings)', en: 'Pin the reading (bindings)' },
  uncertainWhy: {
    vi: 'Hai cách đọc được điểm gần bằng nhau nên dondoc không đoán: bảng này không được kiểm tra. Nếu biết đây là bảng gì, hãy ghim cách đọc bằng bindings dưới đây (sửa loại bảng nếu cần).',
    en: 'Two readings scored about the same, so dondoc did not guess: this table was not checked. If you know what it is, pin the reading with the bindings below (changing the kind if needed).',
  },
  copyBindings: { vi: 'Sao chép bindings', en: 'Copy the bindings' },
  copied: { vi: 'Đã sao chép bindings của', en: 'Copied the bindings of' },
  copyFailed: {
    vi: 'Không sao chép được vào bộ nhớ tạm: đoạn bindings đã được chọn, hãy nhấn Ctrl+C.',
    en: 'Could not copy to the clipboard: the bindings text is selected, press Ctrl+C.',
  },
  invalidDate: { vi: 'Ngày không hợp lệ.', en: 'Invalid date.' },
  historyTitle: { vi: 'So với lần kiểm tra trước', en: 'Since the previous check' },
  renamedFrom: { vi: 'Đây là sổ trước đây có tên', en: 'This is the workbook formerly named' },
  historyChecks: { vi: 'Các lần kiểm tra đã ghi', en: 'Recorded checks' },
  historyAsOf: { vi: 'Tính đến ngày', en: 'As of' },
  historyFindings: { vi: 'Phát hiện', en: 'Findings' },
  historyNew: { vi: 'Mới', en: 'New' },
  historyFixed: { vi: 'Đã khắc phục', en: 'Fixed' },
  historyOpen: { vi: 'Vẫn tồn tại', en: 'Still open' },
  stale: {
    vi: 'Kết quả này là của lần kiểm tra trước; bấm Kiểm tra để cập nhật.',
    en: 'These results are from the previous check; press Check to refresh.',
  },
} as const satisfies Record<string, Message>;

export type UiKey = keyof typeof UI;

export function t(key: UiKey, lang: Lang): string {
  return UI[key][lang];
}

export const TABLE_NAMES: Readonly<Record<string, Message>> = {
  tasks: { vi: 'nhiệm vụ', en: 'tasks' },
  indicators: { vi: 'chỉ tiêu', en: 'indicators' },
  roster: { vi: 'danh sách đơn vị', en: 'roster' },
  reports: { vi: 'sổ nhận báo cáo', en: 'received reports' },
};
