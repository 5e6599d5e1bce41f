/**
 * The HTML report printed as an office prints it: a tracking workbook of 200 tasks with planted
 * findings (more than any catalog sample holds) checked by the real `dondoc check`, opened in
 * Chromium and printed: landscape A4, and a page of findings holds at least 15 of them. The
 * screenshot and the PDF land in out/screens/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@dondoc/browser';
import { main } from '@dondoc/cli';
import { writeLargeTrackingWorkbook } from '@dondoc/samples';

const screens = fileURLToPath(new URL('../../out/screens/', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** The printable height of a landscape A4 page with the report's margins (10 mm, 12 mm at the foot), in CSS px. */
const PAGE_HEIGHT_PX = ((210 - 10 - 12) / 25.4) * 96;
const PAGE_WIDTH_PX = ((297 - 20) / 25.4) * 96;

describe('the HTML report on paper', () => {
  it('prints landscape, 15 findings or more a page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-print-'));
    const plan = await writeLargeTrackingWorkbook(path.join(dir, 'theo-doi.xlsx'), 200);
    // Enough findings that a page's worth can be measured.
    expect(plan.findings).toBeGreaterThan(20);
    const html = path.join(dir, 'bao-cao.html');
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const code = await main(
      ['check', plan.path, '--as-of', plan.asOf, '--format', 'html', '--out', html],
      { out: sink, err: sink },
    );
    expect(code).toBe(1);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(readFileSync(html, 'utf8'), { waitUntil: 'load' });
    mkdirSync(screens, { recursive: true });
    await page.screenshot({ path: path.join(screens, 'report.png'), fullPage: true });

    // The PDF Chromium prints: landscape A4 (842 × 595 points).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(screens, 'report.pdf'), pdf);
    const text = pdf.toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(box?.slice(1).map((n) => Math.round(Number(n)))).toEqual([842, 595]);
    const pages = text.match(/\/Type\s*\/Page\b/g)?.length ?? 0;

    // Laid out as printed (print styles, the page's width): any 15 consecutive findings fit in the
    // height of one page under the repeated header row.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor(PAGE_WIDTH_PX), height: 900 });
    const head = (await page.locator('table.findings thead').boundingBox())?.height ?? 0;
    const rows: { top: number; bottom: number }[] = [];
    for (const tr of await page.locator('table.findings tbody tr').all()) {
      const box = await tr.boundingBox();
      if (box) rows.push({ top: box.y, bottom: box.y + box.height });
    }
    expect(rows.length).toBe(plan.findings);
    const perPage = rows.map((first, i) => {
      let n = 0;
      while (i + n < rows.length && rows[i + n]!.bottom - first.top <= PAGE_HEIGHT_PX - head) n++;
      return { n, complete: i + n < rows.length };
    });
    const fewest = Math.min(...perPage.filter((p) => p.complete).map((p) => p.n));
    expect(fewest).toBeGreaterThanOrEqual(15);
    // The summary and the scorecards (two pages at most), then the findings, 15 or more a page.
    expect(pages).toBeLessThanOrEqual(2 + Math.ceil(plan.findings / 15));
    await page.close();
  }, 180_000);
});
