// Validates the add-in manifest: first offline (src/manifest/check.ts: schema order, values, URLs,
// icons under assets/, resources), then with Microsoft's online validator when it can be reached.
//
//   node dist-node/scripts/validate-manifest.js [manifest.xml] [--assets <dir>] [--offline]
//
// Exit code: 0 valid (or online check skipped for lack of network), 1 problems found offline or
// reported by Microsoft's service, 2 wrong usage or unreadable manifest.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  assetCallbacks,
  checkManifest,
  interpretOnlineValidation,
  isNetworkFailure,
  type ManifestProblem,
} from '../src/manifest/check.js';

const ONLINE_TIMEOUT_MS = 90_000;

interface Options {
  readonly manifest: string;
  readonly assets: string;
  readonly online: boolean;
}

function usage(vi: string, en: string): never {
  console.error(`${vi}\n${en}`);
  console.error(
    'Cách dùng / Usage: node dist-node/scripts/validate-manifest.js [manifest.xml] [--assets <dir>] [--offline]',
  );
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  let manifest: string | undefined;
  let assets: string | undefined;
  let online = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--offline') online = false;
    else if (arg === '--assets') {
      assets = argv[++i];
      if (assets === undefined)
        usage('Thiếu thư mục sau --assets.', 'Missing directory after --assets.');
    } else if (arg.startsWith('-')) usage(`Không hiểu tùy chọn ${arg}.`, `Unknown option ${arg}.`);
    else if (manifest === undefined) manifest = arg;
    else usage(`Thừa tham số ${arg}.`, `Unexpected argument ${arg}.`);
  }
  const file = resolve(manifest ?? 'manifest.xml');
  return { manifest: file, assets: resolve(assets ?? join(dirname(file), 'assets')), online };
}

function readAsset(dir: string): (path: string) => Uint8Array | undefined {
  return (path) => {
    const file = resolve(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return readFileSync(file);
  };
}

function printProblems(file: string, problems: readonly ManifestProblem[]): void {
  console.log(
    `${file}: ${problems.length} lỗi khi kiểm tra ngoại tuyến / ${problems.length} problem(s) found offline`,
  );
  for (const problem of problems) {
    console.log(`\n  ${problem.path}`);
    console.log(`    ${problem.message.vi}`);
    console.log(`    ${problem.message.en}`);
  }
}

interface Run {
  readonly code: number | null;
  readonly output: string;
  readonly timedOut: boolean;
  readonly spawnError?: Error;
}

/** `npx office-addin-manifest validate <file>` (the package is a devDependency of this app). */
function runOnline(file: string): Promise<Run> {
  const windows = process.platform === 'win32';
  const args = ['--no', 'office-addin-manifest', 'validate', windows ? `"${file}"` : file];
  return new Promise((done) => {
    let output = '';
    let timedOut = false;
    const child = spawn(windows ? 'npx.cmd' : 'npx', args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: windows,
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, ONLINE_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (spawnError) => {
      clearTimeout(timer);
      done({ code: null, output, timedOut, spawnError });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output, timedOut });
    });
  });
}

const indent = (text: string): string =>
  text
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

async function validateOnline(file: string): Promise<boolean> {
  console.log(
    'Đang gửi manifest tới dịch vụ kiểm tra của Microsoft… / Sending the manifest to Microsoft’s validation service…',
  );
  const run = await runOnline(file);
  if (run.spawnError) {
    console.log(
      `Bỏ qua kiểm tra trực tuyến: không chạy được npx office-addin-manifest (${run.spawnError.message}).\n` +
        `Skipped the online check: could not run npx office-addin-manifest (${run.spawnError.message}).`,
    );
    return true;
  }
  const outcome = interpretOnlineValidation(run.code, run.output);
  if (outcome === 'valid') {
    console.log(
      'Dịch vụ của Microsoft xác nhận manifest hợp lệ. / Microsoft’s service accepts the manifest.',
    );
    return true;
  }
  if (outcome === 'invalid') {
    console.log(indent(run.output));
    console.log(
      'Dịch vụ kiểm tra của Microsoft báo manifest KHÔNG hợp lệ (chi tiết ở trên).\n' +
        'Microsoft’s validation service reports the manifest is NOT valid (details above).',
    );
    return false;
  }
  if (run.timedOut || isNetworkFailure(run.output)) {
    console.log(
      'Bỏ qua kiểm tra trực tuyến: không kết nối được dịch vụ kiểm tra của Microsoft (không có mạng?). ' +
        'Đây không phải lỗi của manifest; kiểm tra ngoại tuyến đã đạt.\n' +
        'Skipped the online check: Microsoft’s validation service could not be reached (no network?). ' +
        'This is not a manifest failure; the offline check passed.',
    );
    return true;
  }
  console.log(indent(run.output));
  console.log(
    `Bỏ qua kiểm tra trực tuyến: office-addin-manifest kết thúc với mã ${String(run.code)} mà không cho kết quả (xem trên).\n` +
      `Skipped the online check: office-addin-manifest exited with code ${String(run.code)} without a verdict (see above).`,
  );
  return true;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  let xml: string;
  try {
    xml = readFileSync(options.manifest, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `Không đọc được ${options.manifest}: ${reason}\nCannot read ${options.manifest}: ${reason}`,
    );
    return 2;
  }
  const problems = checkManifest(xml, assetCallbacks(readAsset(options.assets)));
  if (problems.length > 0) {
    printProblems(options.manifest, problems);
    return 1;
  }
  console.log(
    `${options.manifest}: kiểm tra ngoại tuyến đạt / offline check passed (assets: ${options.assets})`,
  );
  if (!options.online) return 0;
  return (await validateOnline(options.manifest)) ? 0 : 1;
}

process.exitCode = await main();
