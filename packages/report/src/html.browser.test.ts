/**
 * The HTML report in a real browser (Debian's chromium through playwright-core): it renders without
 * console errors or network requests, lays out on an A4 page, and its screenshot is saved to
 * out/screens/report.png for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '@dondoc/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from './html.js';
import { sampleRun } from './test-support/run.js';

const screens = fileURLToPath(new URL('../../../out/screens/', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in Chromium', () => {
  it('renders with no console error and no request, and prints on A4', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(renderHtml(sampleRun()), { waitUntil: 'load' });
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);
    // the injected markup is text, not an element
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('table.findings tbody tr').count()).toBe(4);
    const bar = await page.locator('.bar').first().boundingBox();
    expect(bar?.width ?? 0).toBeGreaterThan(10);
    mkdirSync(screens, { recursive: true });
    await page.screenshot({ path: path.join(screens, 'report.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  }, 60_000);
});
