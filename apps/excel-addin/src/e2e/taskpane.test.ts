/**
 * The task pane as a clerk uses it in Excel, in headless Chromium: the built taskpane.html, with the
 * request for office.js answered by a stand-in Office host (office-addin-mock objects over the sample
 * workbook, see ../test-support/fake-office.ts). Every action runs from the buttons; the workbook is
 * inspected after each; screenshots are written to out/screenshots.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDate } from '@dondoc/core';
import { agencyScoreTable, scoreText } from '@dondoc/report';
import { loadBundledPack } from '@dondoc/rulepacks';
import { resolveAsOf } from '@dondoc/samples';
import { READING_SAMPLE_AS_OF } from '../test-support/reading-sample.js';
import {
  APP_DIR,
  builtPage,
  cliFindings,
  launch,
  overflowing,
  pageErrors,
  panelExpected,
  panelShown,
  SAMPLE,
  SCREENSHOTS,
  writeReadingSample,
  writeSample,
} from './support.js';

let browser: Browser;
let sample: string;
let fakeOffice: string;
let readingSample: string;
const asOf = formatIsoDate(resolveAsOf(SAMPLE.spec.asOf));

beforeAll(async () => {
  browser = await launch();
  sample = await writeSample();
  readingSample = await writeReadingSample(path.dirname(sample));
  const bundle = await build({
    entryPoints: [path.join(APP_DIR, 'src/test-support/fake-office.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    conditions: ['source'],
    alias: {
      'office-addin-manifest': path.join(APP_DIR, 'src/test-support/office-addin-manifest-stub.ts'),
    },
    write: false,
    logLevel: 'silent',
  });
  fakeOffice = bundle.outputFiles[0]!.text;
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  errors: string[];
}

async function openTaskPane(
  options: {
    excelApi?: string;
    settings?: Record<string, unknown>;
    width?: number;
    /** Another workbook than the sample. */
    workbook?: string;
  } = {},
): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 350, height: 900 } });
  const errors = pageErrors(page);
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ body: fakeOffice, contentType: 'text/javascript' }),
  );
  await page.addInitScript(
    ([workbook, name, api, settings]) => {
      const w = window as unknown as Record<string, unknown>;
      w.__fakeWorkbook = workbook;
      w.__fakeWorkbookName = name;
      w.__fakeExcelApi = api;
      w.__fakeSettings = settings;
    },
    [
      readFileSync(options.workbook ?? sample).toString('base64'),
      path.basename(options.workbook ?? sample),
      options.excelApi ?? '1.1',
      options.settings ?? {},
    ] as const,
  );
  await page.goto(builtPage('taskpane'));
  await page.waitForSelector('#check');
  return { page, errors };
}

async function check(page: Page, date = asOf): Promise<void> {
  await page.fill('#as-of', date);
  await page.click('#check');
  await page.waitForSelector('#app[data-findings]', { timeout: 30_000 });
}

/** Runs in the page: every cell's fill in the fake workbook. */
function fills(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const fake = (
      window as unknown as {
        __fakeExcel: { sheets: { name: string; cells: Map<string, { fill: string }> }[] };
      }
    ).__fakeExcel;
    const out: Record<string, string> = {};
    for (const s of fake.sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = c.fill;
    return out;
  });
}

/** Runs in the page: the cell the fake Excel has selected ("Sheet!E3"). */
function selected(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => (window as unknown as { __fakeExcel: { selected?: string } }).__fakeExcel.selected,
  );
}

async function statusText(page: Page): Promise<string> {
  await page.waitForFunction(
    () => !document.getElementById('app')?.getAttribute('aria-busy')?.includes('true'),
  );
  return (await page.textContent('#status')) ?? '';
}

describe('the task pane in Excel (office.js stand-in)', () => {
  it('checks the open workbook and finds what `dondoc check` finds in the saved file', async () => {
    const { page, errors } = await openTaskPane();
    await check(page);
    const cli = cliFindings(sample, asOf);
    const count = Number(await page.getAttribute('#app', 'data-findings'));
    expect(count).toBe(cli.findings.length);
    const wheres = await page.$$eval('#groups .finding .where', (n) =>
      n.map((x) => x.textContent).sort(),
    );
    expect(wheres).toEqual(
      cli.findings.map((f) => `${f.location!.sheet}!${f.location!.cell}`).sort(),
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the scorecard by agency that `dondoc check` counts, scrolling inside its box at 320 px', async () => {
    const { page, errors } = await openTaskPane({ width: 320 });
    await check(page);
    const cli = cliFindings(sample, asOf);
    const cards = cli.scorecards?.agencies ?? [];
    // the sample assigns tasks to several agencies: a scorecard that cannot fail on it is no test
    expect(cards.length).toBeGreaterThan(2);
    expect(await page.textContent('#scorecard summary')).toBe(
      `Bảng điểm theo đơn vị (${cards.length})`,
    );
    expect(await page.isVisible('#scorecard table')).toBe(false);
    await page.click('#scorecard summary');
    const expected = agencyScoreTable(cards, 'vi');
    const shown = await page.$$eval('#scorecard tbody tr', (rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)),
    );
    expect(shown).toEqual(expected.rows.map((row) => row.map((v) => scoreText(v, 'vi'))));
    const header = await page.$$eval('#scorecard thead th', (h) => h.map((x) => x.textContent));
    for (const column of expected.columns) expect(header).toContain(column.title.vi);
    // wider than the pane, the table scrolls in its own box: the pane itself never scrolls sideways
    const box = await page.$eval('#scorecard .scroll', (b) => {
      const r = b.getBoundingClientRect();
      return {
        right: r.right,
        pane: document.documentElement.clientWidth,
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      };
    });
    expect(box.pageScrolls).toBe(false);
    expect(box.right).toBeLessThanOrEqual(box.pane);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'taskpane-scorecard.png'),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes to the cell of a finding when it is clicked or chosen with the keyboard', async () => {
    const { page } = await openTaskPane();
    await check(page);
    const first = page.locator('#groups button.finding').first();
    const where = await first.locator('.where').textContent();
    await first.click();
    await statusText(page);
    const selected = await page.evaluate(
      () => (window as unknown as { __fakeExcel: { selected: string } }).__fakeExcel.selected,
    );
    expect(selected).toBe(where);

    const second = page.locator('#groups button.finding').nth(1);
    await second.focus();
    await page.keyboard.press('Enter');
    await statusText(page);
    const again = await page.evaluate(
      () => (window as unknown as { __fakeExcel: { selected: string } }).__fakeExcel.selected,
    );
    expect(again).toBe(await second.locator('.where').textContent());
    await page.close();
  });

  it('highlights the offending cells and restores every fill it changed', async () => {
    const { page } = await openTaskPane();
    const before = await fills(page);
    await check(page);
    await page.click('#highlight');
    expect(await statusText(page)).toMatch(/Đã tô màu \d+ ô/);
    const during = await fills(page);
    const changed = Object.keys(during).filter((k) => during[k] !== before[k]);
    expect(changed.length).toBe(Number(await page.getAttribute('#app', 'data-findings')));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-highlighted.png') });
    await page.click('#clear-highlights');
    expect(await statusText(page)).toMatch(/Đã trả lại màu cũ cho \d+ ô/);
    const after = await fills(page);
    expect(Object.fromEntries(Object.entries(after).filter(([k]) => k in before))).toEqual(before);
    await page.close();
  });

  it('writes the results sheet, inserts the template and stores the pack, on Excel 2016 saying what it left out', async () => {
    const { page } = await openTaskPane({ excelApi: '1.1' });
    await check(page);
    await page.click('#write-results');
    expect(await statusText(page)).toMatch(/Đã ghi \d+ phát hiện vào trang "Kết quả kiểm tra"/);

    await page.selectOption('#pack', 'bundled:quan-triet-ct32-ctr48');
    await page.click('#insert-template');
    const inserted = await statusText(page);
    expect(inserted).toMatch(/Đã thêm \d+ trang theo dõi/);
    expect(inserted).toMatch(/ExcelApi 1\.2/);
    await page.click('#store-pack');
    expect(await statusText(page)).toMatch(/Đã lưu bộ quy tắc/);

    const workbook = await page.evaluate(() => {
      const fake = (
        window as unknown as {
          __fakeExcel: { sheets: { name: string }[]; settingsStore: Map<string, unknown> };
        }
      ).__fakeExcel;
      return {
        sheets: fake.sheets.map((s) => s.name),
        pack: fake.settingsStore.get('dondoc.pack'),
      };
    });
    expect(workbook.sheets).toEqual(
      expect.arrayContaining(['Kết quả kiểm tra', 'Nhiệm vụ', 'Sổ nhận báo cáo']),
    );
    expect(JSON.parse(String(workbook.pack)).id).toBe('quan-triet-ct32-ctr48');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-actions.png'), fullPage: true });
    await page.close();
  });

  it('offers the pack a colleague stored in the workbook, chosen by default', async () => {
    const pack = loadBundledPack('thach-ha-nq26')!;
    const { page } = await openTaskPane({ settings: { 'dondoc.pack': JSON.stringify(pack) } });
    await page.waitForFunction(
      () => (document.getElementById('pack') as HTMLSelectElement).value === 'stored:',
    );
    expect(await page.$eval('#pack option:checked', (o) => o.textContent)).toBe(pack.title);
    await page.click('#lang');
    expect(await page.textContent('#check')).toBe('Check');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-en.png'), fullPage: true });
    await page.close();
  });

  it('shows how each table was read, at the width of the task pane, and goes to what it lists', async () => {
    const { page, errors } = await openTaskPane({ workbook: readingSample, width: 320 });
    await check(page, READING_SAMPLE_AS_OF);
    const cli = cliFindings(readingSample, READING_SAMPLE_AS_OF, 'generic', '--explain');

    // Collapsed at first; the uncertain form is said all the same.
    const toggle = page.locator('#reading-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await page.isVisible('#reading-body')).toBe(false);
    expect(await page.textContent('#reading-uncertain')).toBe(
      '1 bảng chưa chắc chắn, không đánh giá:' + 'Trang "Mẫu", dòng tiêu đề 2',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-reading-closed.png') });

    // Opened from the keyboard; a heading per table, under the panel's own.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await page.$eval('#reading-title', (h) => h.tagName)).toBe('H2');
    expect(await page.$$eval('#reading-body h3', (h) => h.map((x) => x.textContent))).toEqual([
      'Trang "Báo cáo" (bảng 1/2)',
      'Trang "Báo cáo" (bảng 2/2)',
      'Trang "Mẫu"',
      'Trang "Ghi chú"',
    ]);
    // Word for word what `dondoc check --explain` understood.
    const expected = panelExpected(cli, 'vi');
    expect(expected.flatMap((x) => x.columns)).toHaveLength(16);
    // the indicator table: two sections, its total and the next part's heading; the task table: its place-and-date line and its signature
    expect(expected.flatMap((x) => x.rows)).toHaveLength(6);
    expect(await panelShown(page)).toEqual(expected);
    expect(await overflowing(page, '#reading')).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-reading.png'), fullPage: true });

    // A column goes to its header cell, a skipped row to the row, by click or by keyboard.
    const planColumn = page.locator('#reading-body .columns button', {
      hasText: 'Kế hoạch năm 2024',
    });
    await planColumn.click();
    expect(await statusText(page)).toBe("Đã chọn ô 'Báo cáo'!E3.");
    expect(await selected(page)).toBe('Báo cáo!E3');
    const footer = page.locator('#reading-body .rows button', { hasText: 'NGƯỜI LẬP BIỂU' });
    await footer.focus();
    await page.keyboard.press('Enter');
    await statusText(page);
    expect(await selected(page)).toBe('Báo cáo!A17');

    // The bindings go to the clipboard as shown.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = page.locator('#reading-body section').nth(1).locator('button.copy');
    await copy.click();
    // the clipboard is written asynchronously: the status follows when it is done
    await expect
      .poll(() => statusText(page), { timeout: 10_000 })
      .toBe('Đã sao chép bindings của Trang "Báo cáo" (bảng 2/2).');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual({
      bindings: {
        tasks: {
          sheet: 'Báo cáo',
          headerRow: 12,
          columns: { index: 'A', title: 'B', owner: 'C', due: 'D', status: 'E' },
        },
      },
    });

    // English on the switch, the panel still open.
    await page.click('#lang');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await toggle.textContent()).toBe('How the tables were read4');
    expect(await panelShown(page)).toEqual(panelExpected(cli, 'en'));
    expect(await overflowing(page, '#reading')).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'taskpane-reading-en.png'),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the history of checks in the task pane', () => {
  it('remembers each check in the workbook, so whoever opens the file next sees what changed', async () => {
    const { page, errors } = await openTaskPane();
    await check(page);
    await expect(page.textContent('#history .history-narrative')).resolves.toBe(
      'Đây là lần kiểm tra đầu tiên được ghi lại; lần sau sẽ so sánh với lần này.',
    );
    await check(page, '2024-07-08');
    await page.waitForFunction(() =>
      document.querySelector('#history .history-narrative')?.textContent?.startsWith('So với'),
    );
    await expect(page.textContent('#history .history-narrative')).resolves.toMatch(
      /^So với lần kiểm tra ngày 01\/7\/2024: /,
    );
    // What the workbook keeps in its settings, as Excel saves it into the file.
    const stored = await page.evaluate(
      () =>
        (
          window as unknown as { __fakeExcel: { settingsStore: Map<string, unknown> } }
        ).__fakeExcel.settingsStore.get('dondoc.history') as string,
    );
    expect(JSON.parse(stored)).toMatchObject({ format: 'dondoc.history/1' });
    await page.close();

    // A colleague opens the saved file a week later.
    const next = await openTaskPane({ settings: { 'dondoc.history': stored } });
    await check(next.page, '2024-07-15');
    await next.page.waitForFunction(
      () => document.querySelectorAll('#history-checks tbody tr').length === 3,
    );
    await expect(next.page.textContent('#history .history-narrative')).resolves.toMatch(
      /^So với lần kiểm tra ngày 08\/7\/2024: /,
    );
    expect(await overflowing(next.page, '#history')).toEqual([]);
    await next.page.locator('#history').screenshot({
      path: path.join(SCREENSHOTS, 'taskpane-history.png'),
    });
    expect([...errors, ...next.errors]).toEqual([]);
    await next.page.close();
  });
});
