/**
 * The task pane in Excel: office.js (from Microsoft's CDN) calls Office.onReady, and the UI gets the
 * Office adapter. Nothing else in the UI touches Office.
 */
import '../ui/styles.css';
import { OfficeWorkbookHost } from '../office/host.js';
import type { ExcelRun, OfficeEnvironment, SettingsLike } from '../office/office-api.js';
import { mountApp } from '../ui/app.js';
import { recordCheck, today } from './page-support.js';

/** "https://…/Theo%20doi%20CT32.xlsx" → "Theo doi CT32.xlsx" (the name findings carry). */
function workbookName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const last = url.split(/[\\/]/).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last.split('?')[0]!);
  } catch {
    return last;
  }
}

/** Office's settings store, with the one `saveAsync` overload the adapter uses. */
function settingsOf(settings: Office.Settings): SettingsLike {
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    saveAsync: (callback) =>
      settings.saveAsync((result) =>
        callback?.({
          status: String(result.status),
          ...(result.error ? { error: { message: result.error.message } } : {}),
        }),
      ),
  };
}

const root = document.getElementById('app')!;
void Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    root.textContent = 'Phần bổ trợ này chạy trong Excel. / This add-in runs in Excel.';
    return;
  }
  const document = Office.context.document;
  const env: OfficeEnvironment = {
    // Excel.run's context is the real Excel.RequestContext; the adapter sees it through office-api.ts.
    run: Excel.run as unknown as ExcelRun,
    requirements: Office.context.requirements,
    ...(document.settings ? { settings: settingsOf(document.settings) } : {}),
    ...(workbookName(document.url) ? { workbookName: workbookName(document.url)! } : {}),
  };
  mountApp(root, {
    host: new OfficeWorkbookHost(env),
    today: today(),
    onChecked: recordCheck(root),
  });
});
