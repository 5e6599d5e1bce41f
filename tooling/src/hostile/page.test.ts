/**
 * Hostile files in the standalone page, in Chromium (issue 15): the fast cases of page.ts. The slow
 * ones (hundreds of megabytes inflated in the tab) run in `npm run test:hostile` (page.hostile.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@dondoc/browser';
import { PAGE_CASES, runPageCase, standalonePage } from './page.js';
import { HANG_MS } from './run.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('hostile files in the standalone page (fast)', () => {
  it.each(PAGE_CASES.filter((c) => !c.slow).map((c) => [`${c.id}: ${c.label}`, c] as const))(
    '%s',
    async (_name, c) => runPageCase(browser, c),
    2 * HANG_MS,
  );
});

describe('hostile pack files in the standalone page', () => {
  it.each([
    [
      'lon.json',
      'quá lớn (hơn 4 MB)',
      () => `{"id":"x","description":"${'x'.repeat(5 * 1024 * 1024)}"}`,
    ],
    [
      'long-sau.json',
      'lồng mảng và đối tượng quá sâu',
      () => `{"id":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    ],
  ])('refuses %s, naming it, and stays responsive', async (name, says, make) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-hostile-page-'));
    const page = await browser.newPage();
    try {
      const file = path.join(dir, name);
      writeFileSync(file, make());
      await page.goto(standalonePage());
      await page.setInputFiles('#pack-file', file);
      await page.waitForSelector('#status.error', { timeout: HANG_MS });
      const vi = (await page.textContent('#status')) ?? '';
      expect(vi).toContain(name);
      expect(vi).toContain(says);
      await page.click('#lang');
      expect((await page.textContent('#status')) ?? '').toContain(name);
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
