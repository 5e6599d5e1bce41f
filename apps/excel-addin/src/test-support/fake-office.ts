/**
 * A stand-in for office.js in a real browser: the task pane's end-to-end tests serve this bundle
 * where Microsoft's CDN would serve office.js. `Office.onReady` resolves with an Excel host whose
 * workbook is a FakeExcel (office-addin-mock objects) built from the .xlsx the test puts in
 * `window.__fakeWorkbook` (base64), with the ExcelApi version in `window.__fakeExcelApi`.
 */
import { FakeExcel } from './fake-excel.js';

interface FakeWindow {
  __fakeWorkbook?: string;
  __fakeWorkbookName?: string;
  __fakeExcelApi?: string;
  __fakeSettings?: Record<string, unknown>;
  __fakeExcel?: FakeExcel;
  Office?: unknown;
  Excel?: unknown;
}

const w = window as unknown as FakeWindow;

const ready = (async () => {
  const bytes = Uint8Array.from(atob(w.__fakeWorkbook ?? ''), (c) => c.charCodeAt(0));
  const fake = await FakeExcel.fromXlsx(bytes, {
    excelApi: w.__fakeExcelApi ?? '1.1',
    workbookName: w.__fakeWorkbookName ?? 'so-theo-doi.xlsx',
  });
  for (const [k, v] of Object.entries(w.__fakeSettings ?? {})) fake.settingsStore.set(k, v);
  w.__fakeExcel = fake;
  return fake;
})();

const office = {
  HostType: { Excel: 'Excel' },
  context: undefined as unknown,
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return ready.then((fake) => {
      office.context = {
        requirements: fake.requirements,
        displayLanguage: 'vi-VN',
        document: {
          settings: fake.settings,
          url: `C:\\Users\\chuyenvien\\Documents\\${w.__fakeWorkbookName ?? 'so-theo-doi.xlsx'}`,
        },
      };
      const info = { host: 'Excel', platform: 'PC' };
      callback?.(info);
      return info;
    });
  },
};

w.Office = office;
w.Excel = {
  run: <T>(batch: Parameters<FakeExcel['run']>[0]) =>
    ready.then((fake) => fake.run(batch) as Promise<T>),
};
