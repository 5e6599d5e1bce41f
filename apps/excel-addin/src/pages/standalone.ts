/**
 * The standalone page: the task pane's UI over a file the user opens, checked in the browser with
 * exceljs. It loads nothing from the network (the built page is one self-contained file).
 */
import '../ui/styles.css';
import { FileWorkbookHost, type SaveFile } from '../file/host.js';
import { mountApp } from '../ui/app.js';
import { recordCheck, today } from './page-support.js';

const save: SaveFile = (name, bytes, mime) => {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** The browser's storage, unless the browser forbids it to this page (then no history is kept). */
function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const root = document.getElementById('app')!;
mountApp(root, {
  host: new FileWorkbookHost(save, localStorageOrNone()),
  today: today(),
  // For the benchmark and the end-to-end tests: how long the last check took.
  onChecked: recordCheck(root),
});
