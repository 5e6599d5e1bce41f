/**
 * The history of checks in the standalone page, in headless Chromium from the built file: a
 * workbook checked a week apart shows the same "new / fixed / still open" lists as
 * `dondoc check --history` prints for the same two versions, the checks survive a reload (the
 * browser's storage), and the panel fits a 320 px pane. Screenshots go to out/screenshots.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_DIR,
  builtPage,
  launch,
  overflowing,
  pageErrors,
  SCREENSHOTS,
  writeSample,
} from './support.js';

const BIN = path.resolve(APP_DIR, '../cli/bin/dondoc.js');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** `dondoc check FILE --history H` (text): the lines of its "So với lần kiểm tra trước" part. */
function cliChanges(file: string, history: string, asOf: string): string[] {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [BIN, 'check', file, '--as-of', asOf, '--history', history, '--lang', 'vi'],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? ''; // exit code 1: there are findings
  }
  const lines = out.split('\n');
  const start = lines.indexOf('So với lần kiểm tra trước:');
  expect(start).toBeGreaterThan(-1);
  return lines
    .slice(start + 1)
    .filter((l) => l.startsWith('  ') && !/sổ được kiểm tra lần đầu/.test(l))
    .map((l) => l.trim());
}

/** The panel in the same lines: the sentence, each group's heading, each item. */
function panelLines(page: Page): Promise<string[]> {
  return page.$eval('#history', (section) => {
    const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const lines = [text(section.querySelector('.history-narrative'))];
    for (const group of section.querySelectorAll('details.change-group')) {
      const items = [...group.querySelectorAll('li.change')];
      lines.push(`${text(group.querySelector('.group-title'))} (${items.length}):`);
      for (const li of items) {
        const agency = text(li.querySelector('.change-agency'));
        const detail = text(li.querySelector('.change-detail'));
        const where = text(li.querySelector('.where'));
        lines.push(
          `• ${text(li.querySelector('.change-title'))}${agency ? ` — ${agency}` : ''}${detail ? ` (${detail})` : ''}${where ? ` [${where}]` : ''}`,
        );
      }
    }
    return lines;
  });
}

async function checkIn(page: Page, file: string, asOf: string, count: number): Promise<void> {
  await page.fill('#as-of', asOf);
  await page.setInputFiles('#workbook-file', file);
  // The recorded checks' table lists this one once it is recorded.
  await page.waitForFunction(
    (n) => document.querySelectorAll('#history-checks tbody tr').length === n,
    count,
    { timeout: 30_000 },
  );
}

/** Week 2: the overdue task of row 21 was done on 05/7, the rest unchanged. */
async function writeWeek2(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Theo dõi nhiệm vụ')!;
  ws.getCell('F21').value = new Date(Date.UTC(2024, 6, 5));
  ws.getCell('F21').numFmt = 'dd/mm/yyyy';
  ws.getCell('G21').value = 'Hoàn thành';
  await wb.xlsx.writeFile(file);
}

describe('the history of checks in the standalone page', () => {
  it(
    'shows what is new, fixed and still open as `dondoc check --history` does, and keeps it across a reload',
    { timeout: 240_000 },
    async () => {
      const file = await writeSample();
      const history = path.join(mkdtempSync(path.join(tmpdir(), 'dondoc-history-')), 'h.sqlite');
      const context = await browser.newContext({ viewport: { width: 900, height: 1000 } });
      const page = await context.newPage();
      const errors = pageErrors(page);
      await page.goto(builtPage('standalone'));

      cliChanges(file, history, '2024-07-01');
      await checkIn(page, file, '2024-07-01', 1);
      const week1Findings = await page.getAttribute('#app', 'data-findings');
      await expect(page.textContent('#history .history-narrative')).resolves.toBe(
        'Đây là lần kiểm tra đầu tiên được ghi lại; lần sau sẽ so sánh với lần này.',
      );

      await writeWeek2(file);
      const cli = cliChanges(file, history, '2024-07-08');
      await checkIn(page, file, '2024-07-08', 2);
      const shown = await panelLines(page);
      expect(shown).toEqual(cli);
      expect(shown[0]).toMatch(/^So với lần kiểm tra ngày 01\/7\/2024: 01 nhiệm vụ đã hoàn thành/);
      expect(shown).toContain('Đã khắc phục (1):');
      await page.click('#history-checks summary');
      // The recorded checks, newest first: the findings of each check and its three lists' sizes.
      const size = (kind: string) =>
        page.$$eval(`#history details[data-change="${kind}"] li`, (items) => items.length);
      const week2Row = [
        '08/07/2024',
        await page.getAttribute('#app', 'data-findings'),
        String(await size('new')),
        String(await size('fixed')),
        String((await size('still-open')) + (await size('changed'))),
      ];
      await expect(
        page.$$eval('#history-checks tbody tr', (rows) =>
          rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
        ),
      ).resolves.toEqual([week2Row, ['01/07/2024', week1Findings, week1Findings, '0', '0']]);
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'standalone-history.png'),
        fullPage: true,
      });

      // The page is closed and opened again: the checks are still there.
      await page.reload();
      const cli3 = cliChanges(file, history, '2024-07-15');
      await checkIn(page, file, '2024-07-15', 3);
      expect(await panelLines(page)).toEqual(cli3);
      await expect(page.textContent('#history .history-narrative')).resolves.toMatch(
        /^So với lần kiểm tra ngày 08\/7\/2024/,
      );

      // English, and a 320 px pane.
      await page.click('#lang');
      await expect(page.textContent('#history-title')).resolves.toBe('Since the previous check');
      await page.setViewportSize({ width: 320, height: 900 });
      await page.click('#lang');
      expect(await overflowing(page, '#history')).toEqual([]);
      await page
        .locator('#history')
        .screenshot({ path: path.join(SCREENSHOTS, 'standalone-history-320.png') });
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
