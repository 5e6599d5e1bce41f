/**
 * The standalone page's speed: the built page (apps/excel-addin/dist/standalone/index.html) in
 * headless Chromium checks a large tracking workbook the way a user would (choose the file, wait
 * for the findings). The page times its own read + check; the JS heap is sampled through the
 * DevTools protocol while it works.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '@dondoc/browser';

export interface PageMeasurement {
  readonly rows: number;
  /** Read (exceljs in the page) + check, as the page measured it. */
  readonly checkMs: number;
  /** From choosing the file to the findings on screen. */
  readonly totalMs: number;
  /** The highest JS heap seen while the page read and checked (sampled every 200 ms). */
  readonly peakHeapMb: number;
  readonly findings: number;
}

export async function measureStandalonePage(
  repoRoot: string,
  file: string,
  rows: number,
  asOf: string,
): Promise<PageMeasurement> {
  const page = path.join(repoRoot, 'apps', 'excel-addin', 'dist', 'standalone', 'index.html');
  if (!existsSync(page)) throw new Error(`${page} is missing: run "npm run build" first.`);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.fill('#as-of', asOf);
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Performance.enable');
    let peak = 0;
    let sampling = true;
    const sample = async () => {
      while (sampling) {
        const { metrics } = await cdp.send('Performance.getMetrics');
        peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const sampler = sample();
    const started = Date.now();
    await tab.setInputFiles('#workbook-file', file);
    await tab.waitForSelector('#app[data-findings]', { timeout: 600_000 });
    const totalMs = Date.now() - started;
    sampling = false;
    await sampler;
    const checkMs = Number(await tab.getAttribute('#app', 'data-check-ms'));
    const findings = Number(await tab.getAttribute('#app', 'data-findings'));
    return { rows, checkMs, totalMs, peakHeapMb: peak / (1024 * 1024), findings };
  } finally {
    await browser.close();
  }
}
