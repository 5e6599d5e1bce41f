/**
 * `npm run demo`: writes the bundled sample workbooks to out/samples/, checks each one with the
 * dondoc command as of its fixed date, with the generic pack and with the pack of the document it
 * tracks, and prints what was found and whether it matches the
 * problems planted in the sample (its .expected.json manifest).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@dondoc/cli';
import {
  CATALOG,
  INDICATOR_SAMPLE_AS_OF,
  INDICATOR_SAMPLE_PACK,
  writeCatalog,
  writeIndicatorSample,
  type WrittenSample,
} from '@dondoc/samples';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface JsonFinding {
  readonly rule: string;
  readonly location?: { readonly sheet?: string; readonly cell?: string };
}

/** Runs `dondoc` in-process and captures what it prints. */
async function dondoc(
  argv: readonly string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    ({
      write(chunk: string | Uint8Array): boolean {
        append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      },
    }) as unknown as NodeJS.WritableStream;
  const code = await main(argv, {
    out: sink((s) => (out += s)),
    err: sink((s) => (err += s)),
  });
  return { code, out, err };
}

function key(rule: string, sheet: string | undefined, cell: string | undefined): string {
  return `${rule} ${sheet ?? ''}!${cell ?? ''}`;
}

async function compareWithManifest(
  sample: WrittenSample,
  pack: string,
): Promise<{ missing: string[]; extra: string[] }> {
  const json = await dondoc([
    'check',
    sample.path,
    '--pack',
    pack,
    '--as-of',
    sample.asOf,
    '--format',
    'json',
  ]);
  const report = JSON.parse(json.out) as { findings: JsonFinding[] };
  const found = new Set(
    report.findings.map((f) => key(f.rule, f.location?.sheet, f.location?.cell)),
  );
  const expected = new Set(sample.expected.map((e) => key(e.rule, e.sheet, e.cell)));
  return {
    missing: [...expected].filter((k) => !found.has(k)),
    extra: [...found].filter((k) => !expected.has(k)),
  };
}

async function run(): Promise<number> {
  const outDir = path.join(repoRoot, 'out', 'samples');
  const samples = await writeCatalog(outDir);
  const relative = (p: string) => path.relative(process.cwd(), p) || p;
  process.stdout.write(
    `dondoc demo — ${samples.length} sổ theo dõi mẫu / sample workbooks in ${relative(outDir)}\n\n`,
  );
  let mismatches = 0;
  const reports: string[] = [];
  for (const sample of samples) {
    const entry = CATALOG.find((c) => c.file === sample.file);
    const title = `━━ ${sample.file} — tính đến ngày / as of ${sample.asOf}`;
    process.stdout.write(`${title}\n${entry ? `   ${entry.description.vi}\n` : ''}\n`);
    const text = await dondoc(['check', relative(sample.path), '--as-of', sample.asOf]);
    process.stdout.write(text.out + text.err);
    const stem = path.join(repoRoot, 'out', 'reports', sample.file.replace(/\.xlsx$/, ''));
    for (const [format, ext] of [
      ['html', '.html'],
      ['xlsx', '.ket-qua.xlsx'],
      ['reminders', '.thu-don-doc'],
      ['ics', '.ics'],
    ] as const) {
      const target = stem + ext;
      await dondoc([
        'check',
        sample.path,
        '--as-of',
        sample.asOf,
        '--format',
        format,
        '--out',
        target,
      ]);
      reports.push(target);
    }
    // The same planted problems with the generic pack and with the pack of the sample's own
    // document (which also matches the rows to the document's tasks and units).
    for (const pack of ['generic', sample.pack]) {
      const { missing, extra } = await compareWithManifest(sample, pack);
      if (missing.length === 0 && extra.length === 0) {
        process.stdout.write(
          `   ✓ ${pack}: đúng ${sample.expected.length} lỗi đã cài sẵn / matches the ${sample.expected.length} planted problems\n`,
        );
      } else {
        mismatches++;
        process.stdout.write(`   ✗ ${pack}: khác với dự kiến / differs from the manifest:\n`);
        for (const k of missing) process.stdout.write(`     thiếu / missing:    ${k}\n`);
        for (const k of extra) process.stdout.write(`     thừa / unexpected: ${k}\n`);
      }
    }
    process.stdout.write('\n');
  }

  // The indicator report of seed 004, checked against the bundled pack of that document.
  {
    const file = path.join(outDir, 'chi-tieu-2024-quang-ngai.xlsx');
    const expected = await writeIndicatorSample(file);
    process.stdout.write(
      `━━ ${path.basename(file)} — bộ quy tắc / pack ${INDICATOR_SAMPLE_PACK}, tính đến ngày / as of ${INDICATOR_SAMPLE_AS_OF}\n   Biểu tổng hợp 27 chỉ tiêu năm 2024 của Tỉnh ủy Quảng Ngãi (Kết luận số 14), có chỉ tiêu con.\n\n`,
    );
    const args = [
      'check',
      relative(file),
      '--pack',
      INDICATOR_SAMPLE_PACK,
      '--as-of',
      INDICATOR_SAMPLE_AS_OF,
    ];
    const text = await dondoc(args);
    process.stdout.write(text.out + text.err);
    const stem = path.join(repoRoot, 'out', 'reports', 'chi-tieu-2024-quang-ngai');
    await dondoc([...args, '--format', 'html', '--out', `${stem}.html`]);
    reports.push(`${stem}.html`);
    const json = await dondoc([...args, '--format', 'json']);
    const found = (JSON.parse(json.out) as { findings: JsonFinding[] }).findings.map((f) =>
      key(f.rule, f.location?.sheet, f.location?.cell),
    );
    const want = expected.map((e) => key(e.rule, e.sheet, e.cell));
    const same = found.length === want.length && want.every((k) => found.includes(k));
    if (!same) mismatches++;
    process.stdout.write(
      same
        ? `   ✓ Đúng ${want.length} lỗi đã cài sẵn / matches the ${want.length} planted problems\n\n`
        : '   ✗ Khác với dự kiến / differs from the planted problems\n\n',
    );
  }
  process.stdout.write(
    `Báo cáo HTML, XLSX, thư đôn đốc (.docx, .md), lịch (.ics) / HTML and XLSX reports, follow-up letters, calendars:\n${reports.map((r) => `  ${relative(r)}`).join('\n')}\n\n`,
  );
  const page = path.join(repoRoot, 'apps', 'excel-addin', 'dist', 'standalone', 'index.html');
  process.stdout.write(
    `Kiểm tra trong trình duyệt, không cần cài đặt, không gửi dữ liệu đi đâu (mở tệp này, chọn một sổ trong out/samples/) /\nCheck in a browser, nothing to install, nothing sent anywhere (open this file, choose a workbook from out/samples/):\n  ${relative(page)}\n\n`,
  );
  process.stdout.write(
    mismatches === 0
      ? 'Tất cả kết quả đúng như dự kiến. / Every result is as expected.\n'
      : `${mismatches} sổ cho kết quả khác dự kiến. / ${mismatches} workbook(s) differ from their manifest.\n`,
  );
  return mismatches === 0 ? 0 : 1;
}

process.exitCode = await run();
