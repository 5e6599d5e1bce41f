/**
 * The standalone page as a clerk uses it, in headless Chromium from the built file on disk: open the
 * sample workbook, see the same findings as `dondoc check`, download the XLSX report. No network
 * request is made, labels and keyboard work, and screenshots are written to out/screenshots.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDate } from '@dondoc/core';
import {
  INDICATOR_SAMPLE_AS_OF,
  INDICATOR_SAMPLE_PACK,
  resolveAsOf,
  writeIndicatorSample,
} from '@dondoc/samples';
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
const asOf = formatIsoDate(resolveAsOf(SAMPLE.spec.asOf));

beforeAll(async () => {
  browser = await launch();
  sample = await writeSample();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function openPage(
  width = 900,
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 }, acceptDownloads: true });
  const requests: string[] = [];
  const errors = pageErrors(page);
  page.on('request', (r: Request) => requests.push(r.url()));
  await page.goto(builtPage('standalone'));
  return { page, requests, errors };
}

async function checkSample(page: Page): Promise<void> {
  await page.fill('#as-of', asOf);
  await page.setInputFiles('#workbook-file', sample);
  await page.waitForSelector('#app[data-findings]', { timeout: 30_000 });
}

describe('the standalone page', () => {
  it('shows the same findings as `dondoc check` on the same file, with no network request', async () => {
    const { page, requests, errors } = await openPage();
    await checkSample(page);
    const cli = cliFindings(sample, asOf);
    expect(cli.findings.length).toBeGreaterThan(5);

    const shown = await page.$$eval('#groups .finding', (items) =>
      items.map((i) => ({
        message: i.querySelector('.msg')?.textContent ?? '',
        where: i.querySelector('.where')?.textContent ?? '',
      })),
    );
    const expected = cli.findings.map((f) => ({
      message: f.message.vi,
      where: f.location?.sheet
        ? `${f.location.sheet}${f.location.cell ? `!${f.location.cell}` : ''}`
        : '',
    }));
    const key = (x: { message: string; where: string }) => `${x.where} ${x.message}`;
    expect(shown.map(key).sort()).toEqual(expected.map(key).sort());
    await expect(page.textContent('#counts')).resolves.toContain(`${cli.summary.error} lỗi`);
    for (const sentence of cli.summary.narrative ?? []) {
      await expect(page.textContent('#results')).resolves.toContain(sentence.vi);
    }

    // A finding shows its row as the workbook has it.
    await page.locator('#groups button.finding').first().click();
    await expect(page.textContent('#status')).resolves.toMatch(
      /^Trang "Theo dõi nhiệm vụ", dòng \d+, ô [A-Z]+\d+: .+│/,
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'standalone.png'), fullPage: true });
    // The page itself forbids network requests, whatever its code does.
    await expect(
      page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'),
    ).resolves.toMatch(/default-src 'none'.*connect-src 'none'/);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    await page.close();
  });

  it('offers the XLSX report with the annotated copy for download, leaving the file unchanged', async () => {
    const before = readFileSync(sample);
    const { page, requests } = await openPage();
    await checkSample(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#download-report'),
    ]);
    expect(download.suggestedFilename()).toBe('ket-qua-kiem-tra-theo-doi-ke-hoach-ct32.xlsx');
    const saved = path.join(path.dirname(sample), download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 3)).toEqual(['Tổng hợp', 'Kết quả kiểm tra', 'Bảng điểm']);
    expect(names.length).toBeGreaterThan(3); // the annotated copy
    const cli = cliFindings(sample, asOf);
    // The sheet the task pane writes: the mark, the intro, the header (frozen), a row per finding.
    const results = wb.getWorksheet('Kết quả kiểm tra')!;
    expect(results.getCell('A1').value).toBe('KẾT QUẢ KIỂM TRA (dondoc)');
    const header = (results.views[0] as Partial<ExcelJS.WorksheetViewFrozen>).ySplit ?? 0;
    expect(results.getRow(header).getCell(1).value).toBe('STT');
    expect(results.rowCount - header).toBe(cli.findings.length);
    expect(readFileSync(sample).equals(before)).toBe(true);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    await page.close();
  });

  it('offers the tracking template of the chosen pack', async () => {
    const { page } = await openPage();
    await page.selectOption('#pack', 'bundled:quan-triet-ct32-ctr48');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#download-template'),
    ]);
    expect(download.suggestedFilename()).toBe('mau-theo-doi-quan-triet-ct32-ctr48.xlsx');
    const saved = path.join(path.dirname(sample), download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toContain('Nhiệm vụ');
    await page.close();
  });

  it.each(['openpyxl-ke-hoach.xlsx', 'libreoffice-ke-hoach.xlsx', 'openpyxl-bieu-do.xlsx'])(
    'reads %s (made by another tool) as `dondoc check` does',
    async (name) => {
      const file = path.join(APP_DIR, '..', '..', 'fixtures', 'other-tools', name);
      const copy = path.join(path.dirname(sample), name);
      copyFileSync(file, copy);
      const { page, errors } = await openPage();
      await page.fill('#as-of', '2024-07-01');
      await page.setInputFiles('#workbook-file', copy);
      await page.waitForSelector('#app[data-findings]', { timeout: 30_000 });
      const cli = cliFindings(copy, '2024-07-01');
      const shown = await page.$$eval('#groups .finding .msg', (n) =>
        n.map((x) => x.textContent).sort(),
      );
      expect(shown).toEqual(cli.findings.map((f) => f.message.vi).sort());
      expect(Number(await page.getAttribute('#app', 'data-findings'))).toBe(cli.findings.length);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('checks the indicator report of seed 004 against its bundled pack as `dondoc check` does', async () => {
    const file = path.join(path.dirname(sample), 'chi-tieu-2024-quang-ngai.xlsx');
    await writeIndicatorSample(file);
    const { page, errors } = await openPage();
    await page.selectOption('#pack', `bundled:${INDICATOR_SAMPLE_PACK}`);
    await page.fill('#as-of', INDICATOR_SAMPLE_AS_OF);
    await page.setInputFiles('#workbook-file', file);
    await page.waitForSelector('#app[data-findings]', { timeout: 30_000 });
    const cli = cliFindings(file, INDICATOR_SAMPLE_AS_OF, INDICATOR_SAMPLE_PACK);
    expect(cli.findings.some((f) => f.rule.startsWith('indicator/'))).toBe(true);
    const shown = await page.$$eval('#groups .finding .msg', (n) =>
      n.map((x) => x.textContent).sort(),
    );
    expect(shown).toEqual(cli.findings.map((f) => f.message.vi).sort());
    for (const sentence of cli.summary.narrative ?? []) {
      await expect(page.textContent('#results')).resolves.toContain(sentence.vi);
    }
    await page.click('input[name="group-by"][value="agency"]');
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'standalone-indicators.png'),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['libreoffice-ke-hoach.ods', 'libreoffice-ke-hoach.xls'])(
    'refuses %s with a message naming it',
    async (name) => {
      const { page } = await openPage();
      await page.setInputFiles(
        '#workbook-file',
        path.join(APP_DIR, '..', '..', 'fixtures', 'other-tools', name),
      );
      await page.waitForSelector('#status.error');
      expect(await page.textContent('#status')).toContain(name);
      await page.close();
    },
  );

  it('says in Vietnamese and English which file it cannot read', async () => {
    const { page } = await openPage();
    const bad = path.join(path.dirname(sample), 'bao-cao.xlsx');
    writeFileSync(bad, 'Đây không phải là sổ Excel');
    await page.setInputFiles('#workbook-file', bad);
    await page.waitForSelector('#status.error');
    const vi = await page.textContent('#status');
    expect(vi).toContain('bao-cao.xlsx');
    await page.click('#lang');
    const en = await page.textContent('#status');
    expect(en).toContain('bao-cao.xlsx');
    expect(en).not.toBe(vi);
    await page.close();
  });

  it('reports an invalid pack file with the fields at fault', async () => {
    const { page } = await openPage();
    const bad = path.join(path.dirname(sample), 'bo-quy-tac.json');
    writeFileSync(
      bad,
      JSON.stringify({ id: 'x', version: '1', title: 'Thiếu', tasks: [{ id: 1 }] }),
    );
    await page.setInputFiles('#pack-file', bad);
    await page.waitForSelector('#status.error');
    expect(await page.textContent('#status')).toMatch(/bo-quy-tac\.json.*không hợp lệ/);
    expect(await page.$$eval('#status .problems li', (li) => li.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('is labelled, keyboard-operable, in a sensible focus order, and switches to English', async () => {
    const { page } = await openPage(360);
    await checkSample(page);
    const unlabelled = await page.$$eval('input, select', (nodes) =>
      nodes
        .filter((n) => (n as HTMLInputElement).type !== 'radio')
        .filter(
          (n) => (n as HTMLInputElement).labels?.length === 0 && !n.getAttribute('aria-label'),
        )
        .map((n) => n.id),
    );
    expect(unlabelled).toEqual([]);

    await page.focus('#lang'); // the first control of the page
    const order: string[] = ['lang'];
    // The date field takes one Tab per part (day, month, year): count each control once.
    while (order.length < 7) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (order.at(-1) !== id) order.push(id);
    }
    expect(order).toEqual([
      'lang',
      'workbook-file',
      'pack',
      'open-pack',
      'as-of',
      'check',
      'download-report',
    ]);

    // The check runs from the keyboard too.
    await page.evaluate(
      () => delete (document.getElementById('app') as HTMLElement).dataset.findings,
    );
    await page.focus('#check');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#app[data-findings]');

    await page.click('#lang');
    await expect(page.textContent('#check')).resolves.toBe('Check');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'standalone-en-narrow.png'),
      fullPage: true,
    });
    await page.close();
  });

  it.each([
    [900, 'standalone-reading.png'],
    [320, 'standalone-reading-narrow.png'],
  ])(
    'shows how each table was read, at %ipx, as `dondoc check --explain` does',
    async (width, shot) => {
      const file = await writeReadingSample(path.dirname(sample));
      const { page, errors, requests } = await openPage(width);
      await page.fill('#as-of', READING_SAMPLE_AS_OF);
      await page.setInputFiles('#workbook-file', file);
      await page.waitForSelector('#app[data-findings]', { timeout: 30_000 });
      const cli = cliFindings(file, READING_SAMPLE_AS_OF, 'generic', '--explain');

      expect(await page.isVisible('#reading-body')).toBe(false);
      await expect(page.textContent('#reading-uncertain')).resolves.toContain('Trang "Mẫu"');
      await page.click('#reading-toggle');
      const expected = panelExpected(cli, 'vi');
      expect(expected.map((x) => x.title)).toEqual([
        'Trang "Báo cáo" (bảng 1/2)',
        'Trang "Báo cáo" (bảng 2/2)',
        'Trang "Mẫu"',
        'Trang "Ghi chú"',
      ]);
      expect(await panelShown(page)).toEqual(expected);
      expect(await overflowing(page, '#reading')).toEqual([]);

      // A column shows its header row as the file has it; a skipped row shows that row.
      await page.locator('#reading-body .columns button', { hasText: 'Thời hạn' }).click();
      await expect(page.textContent('#status')).resolves.toBe(
        'Trang "Báo cáo", dòng 12, ô D12: STT │ Nhiệm vụ │ Cơ quan chủ trì │ Thời hạn │ Kết quả thực hiện',
      );
      await page.locator('#reading-body .rows button', { hasText: 'Đông Sơn' }).click();
      await expect(page.textContent('#status')).resolves.toBe(
        'Trang "Báo cáo", dòng 16: Đông Sơn, ngày 10 tháng 01 năm 2025',
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, shot), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
      await page.close();
    },
  );
});
