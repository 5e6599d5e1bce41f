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
import type { FindingsReport } from '@dondoc/core';
import { CATALOG, generateTrackingWorkbook } from '@dondoc/samples';

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

/** `dondoc check --format json` on a file, run from its folder so findings name it as the page does. */
export function cliFindings(file: string, asOf: string, pack = 'generic'): FindingsReport {
  const bin = path.join(REPO, 'apps', 'cli', 'bin', 'dondoc.js');
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [bin, 'check', path.basename(file), '--format', 'json', '--as-of', asOf, '--pack', pack],
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
