/**
 * The tracking template is what staff start from, so the checker must recognise every sheet of it
 * as the table it is meant to be, whatever adapter renders it (exceljs or the Excel add-in).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from '../run/checker.js';
import { listValidationFormula, trackingTemplate, type TemplateSheet } from './tracking.js';

const parsed = parsePack({
  id: 'quan-triet-ct32-ctr48',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW',
  agencies: [
    { id: 'ubmttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện' },
    { id: 'btg', name: 'Ban Tuyên giáo Huyện ủy' },
    { id: 'btv', name: 'Ban Thường vụ Huyện ủy' },
  ],
  groups: [
    { id: 'co-so', name: 'Các chi, đảng bộ cơ sở' },
    { id: 'mat-tran', name: 'UBMTTQ và các đoàn thể huyện', members: ['ubmttq'] },
  ],
  tasks: [
    {
      id: 'hoi-nghi',
      code: 'NV-01',
      title: 'Tổ chức hội nghị học tập, quán triệt Chỉ thị số 32-CT/TW cho cán bộ chủ chốt',
      owners: ['btg'],
      due: 'trong tháng 5/2024',
    },
  ],
  reports: [
    {
      id: 'bc-quan-triet',
      title: 'Báo cáo kết quả quán triệt',
      from: ['mat-tran', 'co-so'],
      to: 'btv',
      due: 'trước ngày 30/6/2024',
    },
    {
      id: 'bc-quy',
      title: 'Báo cáo quý',
      from: ['mat-tran'],
      to: 'btv',
      schedule: { every: 'quarter', due: { day: 10, monthOffset: 1 }, from: '2024-01-01' },
    },
  ],
  indicators: [
    {
      id: 'ty-le-dang-vien',
      number: '1',
      title: 'Tỷ lệ cán bộ, đảng viên được học tập, quán triệt',
      unit: '%',
      targets: [{ period: '2024', op: '>=', value: 95 }],
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const pack = parsed.pack;

/** The sheet as a spreadsheet would hold it: title lines, headers, then the body rows. */
function asGrid(sheet: TemplateSheet) {
  const lines: (string | number | null)[][] = [[sheet.title], [sheet.subtitle], []];
  lines.push(sheet.columns.map((c) => c.label));
  for (const row of sheet.rows) lines.push([...row]);
  return gridSheet(sheet.name, lines);
}

describe('trackingTemplate', () => {
  const template = trackingTemplate(pack);

  it('has one sheet per kind of duty the pack holds', () => {
    expect(template.sheets.map((s) => s.name)).toEqual([
      'Nhiệm vụ',
      'Đơn vị',
      'Sổ nhận báo cáo',
      'Chỉ tiêu',
    ]);
  });

  it('is read back by the checker as the tables it stands for', () => {
    const checker = createChecker({ pack, asOf: { year: 2024, month: 4, day: 1 } });
    const result = checkSheets(checker, 'mau.xlsx', template.sheets.map(asGrid));
    expect(result.sheets.map((s) => [s.name, s.table])).toEqual([
      ['Nhiệm vụ', 'tasks'],
      ['Đơn vị', 'roster'],
      ['Sổ nhận báo cáo', 'reports'],
      ['Chỉ tiêu', 'indicators'],
    ]);
    // A fresh template before any deadline: nothing is late yet.
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lists one log line per unit and quarter the pack knows, and the one-off report once', () => {
    const log = template.sheets.find((s) => s.name === 'Sổ nhận báo cáo')!;
    expect(log.rows.map((r) => `${r[1]} | ${r[2]} | ${r[3]}`)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện | Báo cáo kết quả quán triệt | ',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện | Báo cáo quý | quý I/2024',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện | Báo cáo quý | quý II/2024',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện | Báo cáo quý | quý III/2024',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện | Báo cáo quý | quý IV/2024',
    ]);
  });

  it('writes the indicator plan in words and names the year in the headers', () => {
    const sheet = template.sheets.find((s) => s.name === 'Chỉ tiêu')!;
    expect(sheet.columns.map((c) => c.label)).toContain('Kế hoạch 2024');
    expect(sheet.rows[0]![3]).toMatch(/95/);
  });

  it('gives an empty task sheet with the recognised headers for a pack with no items', () => {
    const empty = parsePack({ id: 'generic', version: '1.0.0', title: 'Chung' });
    if (!empty.ok) throw new Error('pack');
    const [sheet] = trackingTemplate(empty.pack).sheets;
    expect(sheet!.rows).toEqual([]);
    expect(sheet!.columns.map((c) => c.label)).toContain('Thời hạn');
  });
});

describe('listValidationFormula', () => {
  it.each([
    [['Hoàn thành', 'Đang thực hiện'], '"Hoàn thành,Đang thực hiện"'],
    [['Khối Đảng, đoàn thể'], '"Khối Đảng; đoàn thể"'],
    [['Báo cáo "quý"'], `"Báo cáo 'quý'"`],
    [Array.from({ length: 40 }, (_, i) => `Đảng ủy xã số ${i}`), undefined],
  ])('%j → %s', (values, formula) => {
    expect(listValidationFormula(values)).toBe(formula);
  });
});
