/**
 * The scorecards of the HTML report in Chromium: the bars are drawn as long as their counts say,
 * and a screenshot of both tables is saved to out/screens/scorecard.png for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '@dondoc/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from './html.js';
import { scorecardRun } from './test-support/scorecard-run.js';

const screens = fileURLToPath(new URL('../../../out/screens/', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('the scorecards in Chromium', () => {
  it('draws the task bars to scale and is saved as a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.setContent(renderHtml(scorecardRun()), { waitUntil: 'load' });
    const bar = (row: number, segment: string) =>
      page
        .locator('section.scorecards')
        .first()
        .locator('tbody tr')
        .nth(row)
        .locator(`.seg-${segment}`);
    const track = await page.locator('.task-bar').first().boundingBox();
    const onTime = await bar(0, 'on-time').boundingBox();
    const overdue = await bar(1, 'overdue').boundingBox();
    const noDeadline = await bar(2, 'no-deadline').boundingBox();
    // Phòng Nội vụ: 3 of the most tasks (5) on time; UBND xã Tân Lập: 1 overdue; Phòng Tài chính -
    // Kế hoạch: 1 done with no deadline, drawn apart from those on time
    expect(onTime!.width / track!.width).toBeCloseTo(0.6, 2);
    expect(overdue!.width / track!.width).toBeCloseTo(0.2, 2);
    expect(noDeadline!.width / track!.width).toBeCloseTo(0.2, 2);
    expect(await page.locator('section.scorecards .legend').textContent()).toContain(
      'Hoàn thành không có hạn',
    );
    mkdirSync(screens, { recursive: true });
    const sections = page.locator('section.scorecards');
    expect(await sections.count()).toBe(2);
    const first = await sections.first().boundingBox();
    const last = await sections.last().boundingBox();
    await page.screenshot({
      path: path.join(screens, 'scorecard.png'),
      fullPage: true,
      clip: {
        x: 0,
        y: first!.y - 12,
        width: 1200,
        height: last!.y + last!.height - first!.y + 24,
      },
    });
    await page.close();
  }, 60_000);
});
