/**
 * Shared by the end-to-end tests: the built pages, Chromium, the sample workbook and what
 * `dondoc check` says about it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@dondoc/browser';
import type { FindingsReport, WorkbookResult } from '@dondoc/core';
import { explainedTables, understandingView, UNDERSTANDING_WORDS, type Lang } from '@dondoc/report';
import { t } from '../ui/i18n.js';
import { bindingsText } from '../ui/reading-panel.js';
import { CATALOG, generateTrackingWorkbook } from '@dondoc/samples';
import { READING_SAMPLE_FILE, readingSampleWorkbook } from '../test-support/reading-sample.js';

export const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REPO = path.resolve(APP_DIR, '../..');
/** Screenshots land here, to be looked at (not compared). */
export const SCREENSHOTS = path.join(REPO, 'out', 'screenshots');

export function builtPage(mode: 'standalone' | 'taskpane'): string {
  const file = path.join(
    APP_DIR,
    'dist',
    mode,
    mode === 'standalone' ? 'index.html' : 'taskpane.html',
  );
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run "npm run build -w @dondoc/excel-addin" first.`);
  }
  return pathToFileURL(file).href;
}

export async function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return launchChromium();
}

export const SAMPLE = CATALOG[0]!; // theo-doi-ke-hoach-ct32.xlsx, as of 2024-07-01

/** The sample workbook written into a fresh folder; returns its path. */
export async function writeSample(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-addin-'));
  const { workbook } = generateTrackingWorkbook(SAMPLE.spec);
  const file = path.join(dir, SAMPLE.file);
  writeFileSync(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

/** The reading sample (see ../test-support/reading-sample.ts) written into `dir`; returns its path. */
export async function writeReadingSample(dir: string): Promise<string> {
  const file = path.join(dir, READING_SAMPLE_FILE);
  await readingSampleWorkbook().xlsx.writeFile(file);
  return file;
}

/** `dondoc check --format json` on a file, run from its folder so findings name it as the page does. */
export function cliFindings(
  file: string,
  asOf: string,
  pack = 'generic',
  ...more: string[]
): FindingsReport {
  const bin = path.join(REPO, 'apps', 'cli', 'bin', 'dondoc.js');
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        bin,
        'check',
        path.basename(file),
        '--format',
        'json',
        '--as-of',
        asOf,
        '--pack',
        pack,
        ...more,
      ],
      { cwd: path.dirname(file), encoding: 'utf8' },
    );
  } catch (error) {
    // Exit code 1 means "there are findings": the JSON is on stdout all the same.
    out = (error as { stdout?: string }).stdout ?? '';
  }
  return JSON.parse(out) as FindingsReport;
}

/** Collects what a page reports as going wrong: uncaught errors and console errors. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** One table of the "Cách đọc các bảng" panel as a clerk reads it. */
export interface PanelTable {
  readonly title: string;
  readonly lines: readonly string[];
  readonly columns: readonly string[];
  readonly rows: readonly string[];
  readonly bindings: string;
}

/** What the panel shows, read from the page. */
export function panelShown(page: Page): Promise<PanelTable[]> {
  return page.$$eval('#reading-body .table-reading', (sections) =>
    sections.map((s) => {
      const text = (n: Element) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      const items = (selector: string) =>
        [...s.querySelectorAll(`${selector} .reading-item`)].map((i) =>
          [...i.children].map(text).join(' | '),
        );
      return {
        title: text(s.querySelector('h3')!),
        lines: [...s.querySelectorAll(':scope > p, :scope > .uncertain > p')].map(text),
        columns: items('.columns'),
        rows: items('.rows'),
        bindings: s.querySelector('pre.bindings')?.textContent ?? '',
      };
    }),
  );
}

/**
 * What the panel must show for the tables of `dondoc check --explain --format json`: the words of
 * @dondoc/report's understandingView, the same the CLI prints.
 */
export function panelExpected(cliJson: unknown, lang: Lang): PanelTable[] {
  const W = UNDERSTANDING_WORDS;
  const { workbooks } = cliJson as { workbooks: WorkbookResult[] };
  return explainedTables(workbooks).map((table) => {
    const v = understandingView(table.understanding, lang);
    const place = table.of > 1 ? ` (${t('table', lang)} ${table.index}/${table.of})` : '';
    const lines: string[] = [];
    if (v.state === 'none') lines.push(`${W.none[lang]}${v.note ? `: ${v.note}` : ''}`);
    else {
      if (v.state === 'uncertain') lines.push(W.uncertain[lang], t('uncertainWhy', lang));
      lines.push(`${v.kind}${v.score ? ` (${v.score})` : ''}`);
      if (v.runnerUp) lines.push(`${W.runnerUp[lang]}: ${v.runnerUp}`);
      if (v.headerRows) lines.push(v.headerRows);
      if (v.state === 'read' && v.note) lines.push(v.note);
      if (v.skipped) lines.push(v.skipped);
      if (v.bindings) lines.push(`${W.binding[lang]}:`);
    }
    return {
      title: `${t('sheet', lang)} "${table.sheet}"${place}`,
      lines,
      columns: v.columns.map(
        (c) =>
          `${t('column', lang)} ${c.column} | ${c.role}${c.period ? `, ${c.period}` : ''} | "${c.header}"`,
      ),
      rows: v.skippedRows.map(
        (r) => `${W.row[lang]} ${r.row} | ${r.reason}${r.text ? ` | ${r.text}` : ''}`,
      ),
      bindings: v.bindings ? bindingsText(v.bindings) : '',
    };
  });
}

/**
 * Elements of `selector` that stick out of it or are cut off inside it at the page's width: text
 * a clerk could not read in a narrow task pane.
 */
export function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.$eval(selector, (root) => {
    const box = root.getBoundingClientRect();
    const out: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
      out.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px)`);
    }
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      if (node.closest('.visually-hidden') || node.offsetParent === null) continue;
      const r = node.getBoundingClientRect();
      const name = `${node.tagName.toLowerCase()}.${node.className} "${(node.textContent ?? '').slice(0, 30)}"`;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`${name} sticks out`);
      if (
        node.scrollWidth > node.clientWidth + 1 &&
        getComputedStyle(node).overflowX !== 'visible'
      ) {
        out.push(`${name} is cut off`);
      }
    }
    return out;
  });
}
