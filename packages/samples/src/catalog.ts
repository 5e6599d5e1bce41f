/**
 * The named samples the demo and the tests use. Each is a SampleSpec: the same spec always gives
 * the same cells, and its manifest lists the findings the checker must report.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatIsoDate } from '@dondoc/core';
import { generateTrackingWorkbook, resolveAsOf } from './generate.js';
import type { ExpectedFinding, SampleSpec } from './generate.js';

export interface CatalogEntry {
  /** File name, e.g. "theo-doi-ke-hoach-ct32.xlsx". */
  readonly file: string;
  readonly description: { readonly vi: string; readonly en: string };
  /** The bundled pack of the document the sample tracks: checked with it, it finds the same. */
  readonly pack: string;
  readonly spec: SampleSpec;
}

export const CATALOG: readonly CatalogEntry[] = [
  {
    file: 'theo-doi-ke-hoach-ct32.xlsx',
    description: {
      vi: 'Theo dõi Kế hoạch quán triệt Chỉ thị 32-CT/TW và Chương trình 48-CTr/TU của huyện; tiêu đề, tiêu đề bảng hai dòng gộp ô, đủ mọi lỗi cài sẵn.',
      en: 'District plan for Directive 32-CT/TW and Programme 48-CTr/TU; title rows, two-row merged header, every planted problem.',
    },
    pack: 'quan-triet-ct32-ctr48',
    spec: {
      source: 'ke-hoach-ct32',
      asOf: '2024-07-01',
      tasks: 24,
      seed: 32,
      layout: {
        header: 'two-row',
        wording: 'ke-hoach',
        titleRows: true,
        columnNumbers: true,
        numbering: 'continuous',
      },
      guideSheet: 'after',
      hiddenSheet: true,
    },
  },
  {
    file: 'chuong-trinh-thang-4-2021.xlsx',
    description: {
      vi: 'Theo dõi Chương trình chỉ đạo tháng 4-2021 của Ban Thường vụ Tỉnh ủy; tiêu đề bảng một dòng, tính đến ngày 05/5/2021.',
      en: "The provincial Standing Committee's April-2021 programme; one-row header, as of 2021-05-05.",
    },
    pack: 'tinh-uy-thang-4-2021',
    spec: {
      source: 'chuong-trinh-thang-4-2021',
      asOf: '2021-05-05',
      tasks: 30,
      seed: 2021,
      layout: {
        header: 'one-row',
        wording: 'cong-viec',
        titleRows: true,
        columnNumbers: false,
        numbering: 'per-section',
      },
      sheetName: 'Tháng 4-2021',
    },
  },
  {
    file: 'so-theo-doi-sach.xlsx',
    description: {
      vi: 'Sổ theo dõi mọi nhiệm vụ đã hoàn thành đúng hạn: không có phát hiện nào.',
      en: 'Every task done on time: no findings expected.',
    },
    pack: 'quan-triet-ct32-ctr48',
    spec: {
      source: 'ke-hoach-ct32',
      asOf: '2024-07-01',
      tasks: 16,
      seed: 7,
      plants: [],
      boundaryRows: false,
      cleanVariants: ['done-on-time', 'done-on-deadline-day'],
      layout: { header: 'two-row', wording: 'ngan-gon', titleRows: true, numbering: 'dotted' },
      sheetName: 'Sổ theo dõi',
    },
  },
  {
    file: 'ubnd-thach-ha-nq26.xlsx',
    description: {
      vi: 'Bảng theo dõi của UBND huyện Thạch Hà (Nghị quyết 26-NQ/TW): không có dòng tiêu đề, có dòng đánh số cột, bảng bắt đầu từ cột B, không có cột phối hợp, sheet hướng dẫn đứng trước.',
      en: 'Thạch Hà district government layout (Resolution 26-NQ/TW): no title rows, column-number row, table from column B, no coordinators column, guide sheet first.',
    },
    pack: 'thach-ha-nq26',
    spec: {
      source: 'ke-hoach-nq26-thach-ha',
      asOf: '2024-07-01',
      tasks: 18,
      seed: 26,
      layout: {
        header: 'one-row',
        wording: 'ngan-gon',
        titleRows: false,
        columnNumbers: true,
        coordinators: false,
        firstColumn: 2,
        footer: true,
      },
      sheetName: 'Sheet1',
      guideSheet: 'before',
    },
  },
];

export interface WrittenSample {
  readonly file: string;
  readonly path: string;
  readonly asOf: string;
  /** The bundled pack of the sample's document. */
  readonly pack: string;
  readonly expected: ExpectedFinding[];
}

/** The manifest file written beside each sample: "<name>.expected.json". */
export function manifestFileName(file: string): string {
  return file.replace(/\.xlsx$/, '.expected.json');
}

/**
 * Writes every catalog sample into `dir` (created if missing), each with its manifest
 * "<name>.expected.json" ({ file, asOf, pack, expected }). Files are written to a temporary name first.
 */
export async function writeCatalog(dir: string): Promise<WrittenSample[]> {
  await mkdir(dir, { recursive: true });
  const out: WrittenSample[] = [];
  for (const entry of CATALOG) {
    const { workbook, expected } = generateTrackingWorkbook(entry.spec);
    const path = join(dir, entry.file);
    const tmp = `${path}.tmp-${process.pid}`;
    await workbook.xlsx.writeFile(tmp);
    await rename(tmp, path);
    const asOf = formatIsoDate(resolveAsOf(entry.spec.asOf));
    const manifest = { file: entry.file, asOf, pack: entry.pack, expected };
    const manifestPath = join(dir, manifestFileName(entry.file));
    await writeFile(
      `${manifestPath}.tmp-${process.pid}`,
      JSON.stringify(manifest, null, 2) + '\n',
      'utf8',
    );
    await rename(`${manifestPath}.tmp-${process.pid}`, manifestPath);
    out.push({ file: entry.file, path, asOf, pack: entry.pack, expected });
  }
  return out;
}
