/**
 * One way to get a headless Chromium for dondoc's browser tests, screenshots and benches, on any
 * machine the README's two commands run on:
 *
 * 1. `DONDOC_CHROMIUM` (or the older `CHROMIUM_PATH`) names an executable: used as it is;
 * 2. a system Chromium or Chrome at a usual path (Debian's /usr/bin/chromium, Chrome on Linux/macOS);
 * 3. the Chromium that the `@sparticuz/chromium` registry package ships (Linux x64), unpacked into
 *    the temp folder on first use.
 *
 * A fresh machine with nothing installed takes step 3, so `npm ci && npm test` needs no system browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export interface ChromiumChoice {
  executablePath: string;
  /** Extra flags the chosen build needs (the registry build needs its own). */
  args: string[];
  source: 'environment' | 'system' | 'registry-package';
}

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep Chromium from reaching out to the network on a closed machine. */
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const UNWANTED_PACKAGED_FLAGS = new Set([
  '--single-process',
  '--no-zygote',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
]);

let cached: Promise<ChromiumChoice> | undefined;

/** Which Chromium to run, decided once per process. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  cached ??= choose(env);
  return cached;
}

async function choose(env: NodeJS.ProcessEnv): Promise<ChromiumChoice> {
  const fromEnv = env.DONDOC_CHROMIUM ?? env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`DONDOC_CHROMIUM names ${fromEnv}, which does not exist.`);
    }
    return { executablePath: fromEnv, args: QUIET_FLAGS, source: 'environment' };
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: QUIET_FLAGS, source: 'system' };
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      'No Chromium found: install Chrome or Chromium, or set DONDOC_CHROMIUM to its executable.',
    );
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  // Its flags are tuned for one page per serverless process; a test run opens and closes many pages,
  // and checks that pages keep the web's security, so these are left out.
  const args = [
    ...new Set([...packaged.args.filter((a) => !UNWANTED_PACKAGED_FLAGS.has(a)), ...QUIET_FLAGS]),
  ];
  return { executablePath, args, source: 'registry-package' };
}

/** Launches headless Chromium with the chosen executable and flags. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const choice = await findChromium();
  return chromium.launch({
    ...options,
    headless: true,
    executablePath: choice.executablePath,
    args: [...choice.args, ...(options.args ?? [])],
  });
}
