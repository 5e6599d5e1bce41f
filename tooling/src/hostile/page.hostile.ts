/**
 * Hostile files in the standalone page, in Chromium (issue 15): the slow cases of page.ts (hundreds of megabytes
 * inflated in the tab), in `npm run test:hostile`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '@dondoc/browser';
import { PAGE_CASES, runPageCase } from './page.js';
import { HANG_MS } from './run.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('hostile files in the standalone page (slow)', () => {
  it.each(PAGE_CASES.filter((c) => c.slow).map((c) => [`${c.id}: ${c.label}`, c] as const))(
    '%s',
    async (_name, c) => runPageCase(browser, c),
    2 * HANG_MS,
  );
});
