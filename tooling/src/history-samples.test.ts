/**
 * The history through the real binary on every catalog sample (issue 18): each sample is checked
 * with its document's pack and recorded; then two tasks are inserted above its first tracked task and
 * the file is saved under a new name, the old one gone, and checked again. Only the inserted tasks
 * may be new: nothing is fixed, every open finding is still open (in its second check in a row), and
 * the workbook is known as the renamed one. A third check a fortnight later counts three in a row.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG, resolveAsOf, writeSample } from '@dondoc/samples';
import { formatIsoDate, type FindingsReport, type WorkbookResult } from '@dondoc/core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repoRoot, 'apps', 'cli', 'bin', 'dondoc.js');
const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-history-samples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLOSED = new Set(['task/late', 'report/late']);

interface Changes {
  readonly renamedFrom?: string;
  readonly previous: { asOf: string } | null;
  readonly new: { title: string; rule: string }[];
  readonly fixed: { title: string; rule: string }[];
  readonly stillOpen: { title: string; rule: string; streak: number }[];
}

/** `dondoc check FILE --history H --format json`: the findings and the changes. */
function check(file: string, history: string, asOf: string, pack: string) {
  const r = spawnSync(
    process.execPath,
    [bin, 'check', file, '--as-of', asOf, '--pack', pack, '--history', history, '--format', 'json'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.status);
  const json = JSON.parse(r.stdout) as FindingsReport & {
    workbooks: WorkbookResult[];
    changes: { workbooks: Changes[] };
  };
  return { report: json, changes: json.changes.workbooks[0]! };
}

const openKeys = (findings: readonly { rule: string; subject: { title?: string } }[]) =>
  findings
    .filter((f) => !CLOSED.has(f.rule))
    .map((f) => `${f.rule} ${f.subject.title}`)
    .sort();

describe('the history of each sample through the real binary', () => {
  it.each(CATALOG.map((entry) => [entry.file, entry] as const))(
    '%s: inserted rows and a new name change no identity',
    async (_file, entry) => {
      const history = path.join(dir, `${entry.file}.sqlite`);
      const asOf = formatIsoDate(resolveAsOf(entry.spec.asOf));
      const first = path.join(dir, 'tuan-1', entry.file);
      mkdirSync(path.dirname(first), { recursive: true });
      await writeSample(entry.spec, first);
      const c1 = check(first, history, asOf, entry.pack);
      expect(c1.changes.previous).toBeNull();
      // The first task row of the first task table, as the checker read it: its header rows and
      // title column, then the first row below them whose title is a sentence.
      const table = c1.report.workbooks[0]!.sheets.find((t) => t.table === 'tasks' && t.tasks > 0)!;
      expect(table).toBeDefined();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(first);
      const ws = wb.getWorksheet(table.name)!;
      const titleColumn = ws.getColumn(table.columns!.title!).number;
      let top = Math.max(...table.headerRows!) + 1;
      while (String(ws.getRow(top).getCell(titleColumn).value ?? '').length < 12) top++;
      const model = ws.getRow(top).values as ExcelJS.CellValue[];
      const inserted = [
        'Tổ chức hội nghị sơ kết (bổ sung 1)',
        'Kiểm tra việc thực hiện (bổ sung 2)',
      ];
      const copies = inserted.map((title) => model.map((v, i) => (i === titleColumn ? title : v)));
      ws.spliceRows(top, 0, ...copies);
      const renamed = path.join(dir, 'tuan-2', `ban-moi-${entry.file}`);
      mkdirSync(path.dirname(renamed), { recursive: true });
      await wb.xlsx.writeFile(renamed);
      rmSync(first);

      const c2 = check(renamed, history, asOf, entry.pack);
      expect(c2.changes.renamedFrom).toBe(first);
      expect(c2.changes.previous?.asOf).toBe(asOf);
      expect(c2.changes.fixed).toEqual([]);
      for (const f of c2.changes.new) expect(inserted).toContain(f.title);
      expect(c2.changes.stillOpen.map((o) => `${o.rule} ${o.title}`).sort()).toEqual(
        openKeys(c1.report.findings),
      );
      expect(c2.changes.stillOpen.every((o) => o.streak === 2)).toBe(true);
      // The rows really moved: every finding below the insertion is two rows further down.
      const at = (f: FindingsReport['findings'][number]) =>
        `${f.rule} ${f.subject.title} ${f.location?.sheet}`;
      for (const f of c1.report.findings) {
        if (f.location?.sheet !== table.name || (f.location.row ?? 0) < top) continue;
        const moved = c2.report.findings.find((g) => at(g) === at(f));
        expect(moved?.location?.row, at(f)).toBe(f.location.row! + 2);
      }

      // A fortnight later, the same file: whatever stayed open is in its third check in a row.
      const c3 = check(renamed, history, nextFortnight(asOf), entry.pack);
      expect(c3.changes.previous?.asOf).toBe(asOf);
      for (const o of c3.changes.stillOpen) {
        const before = c2.changes.stillOpen.some((p) => p.rule === o.rule && p.title === o.title);
        expect(o.streak).toBe(before ? 3 : 2);
      }
    },
    240_000,
  );
});

function nextFortnight(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
}
