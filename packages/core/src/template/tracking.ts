/**
 * The tracking workbook a pack asks for, as plain data: which sheets, their title lines, the header
 * row the checker recognises, the rows the pack already knows (tasks, reporting units, report
 * instances, indicators), column widths, date formats and drop-down lists. Adapters render it: the
 * exceljs writer (`dondoc template`) and the Excel add-in ("Tạo mẫu theo dõi") produce the same sheets.
 */
import { expandSchedule } from '../calendar/schedule.js';
import { parseIsoDate } from '../model/plain-date.js';
import { periodLabel } from '../calendar/period.js';
import type { Pack } from '../pack/schema.js';
import { describeTarget } from '../vi/targets.js';

export const TEMPLATE_DATE_FORMAT = 'dd/mm/yyyy';
export const TEMPLATE_STATUSES: readonly string[] = [
  'Hoàn thành',
  'Đang thực hiện',
  'Chưa thực hiện',
];

export interface TemplateColumn {
  readonly label: string;
  /** Width in characters, as Excel measures columns. */
  readonly width: number;
  /** Number format of the body cells, e.g. a date column. */
  readonly numFmt?: string;
  /** A drop-down list of allowed values for the body cells. */
  readonly list?: readonly string[];
}

export type TemplateCellValue = string | number | null;

export interface TemplateSheet {
  readonly name: string;
  /** Row 1, merged across the columns. */
  readonly title: string;
  /** Row 2, merged across the columns: which directive the sheet follows. */
  readonly subtitle: string;
  /** 1-based row of the column headers (the body starts below it). */
  readonly headerRow: number;
  readonly columns: readonly TemplateColumn[];
  /** Body rows, from headerRow + 1, one value per column. */
  readonly rows: readonly (readonly TemplateCellValue[])[];
  /** Heights in points of body rows whose wrapped text needs more than one line (index → height). */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** The last row that gets the column formats and lists (room for rows staff add). */
  readonly lastFormattedRow: number;
}

export interface TrackingTemplate {
  readonly sheets: readonly TemplateSheet[];
}

const HEADER_ROW = 4;
const LINE_HEIGHT = 16;

function nameOf(pack: Pack, id: string): string {
  return (
    pack.agencies?.find((a) => a.id === id)?.name ??
    pack.groups?.find((g) => g.id === id)?.name ??
    id
  );
}

function subtitleOf(pack: Pack): string {
  return `(Theo ${pack.title})`;
}

/** Lines a wrapped text needs in a column of this width (a rough but stable estimate). */
function lines(text: string, width: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, width + 2)));
}

const TASK_COLUMNS: readonly TemplateColumn[] = [
  { label: 'STT', width: 6 },
  { label: 'Mã nhiệm vụ', width: 14 },
  { label: 'Nội dung nhiệm vụ', width: 60 },
  { label: 'Cơ quan chủ trì', width: 28 },
  { label: 'Thời hạn', width: 22 },
  { label: 'Ngày hoàn thành', width: 16, numFmt: TEMPLATE_DATE_FORMAT },
  { label: 'Tình trạng', width: 18, list: TEMPLATE_STATUSES },
  { label: 'Ghi chú', width: 24 },
];

function taskSheet(pack: Pack): TemplateSheet {
  const tasks = pack.tasks ?? [];
  const rowHeights = new Map<number, number>();
  const rows = tasks.map((t, i) => {
    const owners = (t.owners ?? []).map((o) => nameOf(pack, o)).join('; ');
    const needed = Math.max(lines(t.title, 60), lines(owners, 28));
    if (needed > 1) rowHeights.set(i, LINE_HEIGHT * needed);
    return [i + 1, t.code ?? '', t.title, owners, t.due ?? '', null, null, null];
  });
  return {
    name: 'Nhiệm vụ',
    title: 'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
    subtitle: subtitleOf(pack),
    headerRow: HEADER_ROW,
    columns: TASK_COLUMNS,
    rows,
    rowHeights,
    lastFormattedRow: HEADER_ROW + tasks.length + 20,
  };
}

function rosterSheet(pack: Pack): TemplateSheet {
  const groups = pack.groups ?? [];
  const rows: TemplateCellValue[][] = [];
  for (const g of groups) {
    for (const m of g.members ?? []) rows.push([rows.length + 1, nameOf(pack, m), g.name]);
  }
  return {
    name: 'Đơn vị',
    title: 'DANH SÁCH ĐƠN VỊ CÓ TRÁCH NHIỆM BÁO CÁO',
    subtitle: subtitleOf(pack),
    headerRow: HEADER_ROW,
    columns: [
      { label: 'STT', width: 6 },
      { label: 'Tên đơn vị', width: 50 },
      // Rows to fill with the units of each group (the grassroots units a district knows and a pack does not).
      { label: 'Khối', width: 40, list: groups.map((g) => g.name) },
    ],
    rows,
    rowHeights: new Map(),
    lastFormattedRow: HEADER_ROW + rows.length + 50,
  };
}

function reportLogSheet(pack: Pack): TemplateSheet {
  // One line per report instance the pack already knows the unit of (agencies, group members), for
  // the first year: staff fill in the received date. Units from the roster are added by hand.
  const rows: TemplateCellValue[][] = [];
  for (const rep of pack.reports ?? []) {
    const units = rep.from.flatMap((id) => {
      if (pack.agencies?.some((a) => a.id === id)) return [nameOf(pack, id)];
      const group = pack.groups?.find((g) => g.id === id);
      return (group?.members ?? []).map((m) => nameOf(pack, m));
    });
    const periods: string[] = [];
    const from = rep.schedule ? parseIsoDate(rep.schedule.from) : undefined;
    if (rep.schedule && from) {
      const until = { year: from.year, month: 12, day: 31 };
      for (const p of expandSchedule(
        { every: rep.schedule.every, due: rep.schedule.due, from },
        until,
      )) {
        periods.push(periodLabel(p.period).vi);
      }
    } else if (!rep.schedule) {
      periods.push('');
    }
    for (const unit of units) {
      for (const period of periods) {
        rows.push([rows.length + 1, unit, rep.title, period, null, null, null]);
      }
    }
  }
  return {
    name: 'Sổ nhận báo cáo',
    title: 'SỔ THEO DÕI NHẬN BÁO CÁO',
    subtitle: subtitleOf(pack),
    headerRow: HEADER_ROW,
    columns: [
      { label: 'STT', width: 6 },
      { label: 'Đơn vị báo cáo', width: 40 },
      { label: 'Báo cáo', width: 40, list: (pack.reports ?? []).map((r) => r.title) },
      { label: 'Kỳ báo cáo', width: 16 },
      { label: 'Ngày nhận', width: 14, numFmt: TEMPLATE_DATE_FORMAT },
      { label: 'Số, ký hiệu', width: 18 },
      { label: 'Ghi chú', width: 24 },
    ],
    rows,
    rowHeights: new Map(),
    lastFormattedRow: HEADER_ROW + Math.max(200, rows.length + 50),
  };
}

type Indicator = NonNullable<Pack['indicators']>[number];
type IndicatorTarget = Indicator['targets'][number];

function planText(t: IndicatorTarget | undefined): string {
  if (!t) return '';
  return describeTarget(
    t.op === 'between'
      ? { op: 'between', min: t.min!, max: t.max! }
      : { op: t.op, value: t.value! },
  ).vi;
}

function indicatorSheet(pack: Pack): TemplateSheet {
  const indicators = pack.indicators ?? [];
  const years = indicators.flatMap((i) => [
    ...i.targets.map((t) => t.period.slice(0, 4)),
    ...(i.parts ?? []).flatMap((p) => p.targets.map((t) => t.period.slice(0, 4))),
  ]);
  const year = [...years].sort()[0] ?? '';
  const rows: TemplateCellValue[][] = [];
  const rowHeights = new Map<number, number>();
  for (const i of indicators) {
    const target = i.targets.find((t) => t.period.startsWith(year));
    const needed = lines(i.title, 60);
    if (needed > 1) rowHeights.set(rows.length, LINE_HEIGHT * needed);
    rows.push([
      i.number ? Number(i.number) || i.number : null,
      i.title,
      i.unit ?? '',
      planText(target),
      null,
      null,
    ]);
    for (const p of i.parts ?? []) {
      const pt = p.targets.find((t) => t.period.startsWith(year));
      rows.push([null, `- ${p.title}`, p.unit ?? '', planText(pt), null, null]);
    }
  }
  return {
    name: 'Chỉ tiêu',
    title: `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${year}`,
    subtitle: subtitleOf(pack),
    headerRow: HEADER_ROW,
    columns: [
      { label: 'STT', width: 6 },
      { label: 'Chỉ tiêu', width: 60 },
      { label: 'Đơn vị tính', width: 16 },
      { label: `Kế hoạch ${year}`, width: 20 },
      { label: `Thực hiện ${year}`, width: 16 },
      { label: 'Ghi chú', width: 24 },
    ],
    rows,
    rowHeights,
    lastFormattedRow: HEADER_ROW + rows.length,
  };
}

/** A pack with no items (the generic one): an empty task sheet with the recognised headers. */
function emptyTaskSheet(pack: Pack): TemplateSheet {
  return {
    ...taskSheet({ ...pack, tasks: [] }),
    // No task codes to fill in: a pack with no tasks gives none.
    columns: TASK_COLUMNS.filter((c) => c.label !== 'Mã nhiệm vụ'),
    lastFormattedRow: HEADER_ROW + 100,
  };
}

/** The sheets of the tracking workbook for a resolved pack. */
export function trackingTemplate(pack: Pack): TrackingTemplate {
  const sheets: TemplateSheet[] = [];
  if ((pack.tasks?.length ?? 0) > 0) sheets.push(taskSheet(pack));
  if ((pack.reports?.length ?? 0) > 0) sheets.push(rosterSheet(pack), reportLogSheet(pack));
  if ((pack.indicators?.length ?? 0) > 0) sheets.push(indicatorSheet(pack));
  if (sheets.length === 0) sheets.push(emptyTaskSheet(pack));
  return { sheets };
}

/**
 * Excel's list validation as one formula ("a,b,c"), or undefined when the list does not fit in the
 * 255 characters Excel allows (the column then gets no drop-down).
 */
export function listValidationFormula(values: readonly string[]): string | undefined {
  const formula = `"${values.map((v) => v.replace(/"/g, "'").replace(/,/g, ';')).join(',')}"`;
  return formula.length > 255 ? undefined : formula;
}
