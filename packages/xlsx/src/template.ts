/**
 * A tracking workbook made from a pack, ready for staff: the pack's tasks, a roster of reporting units
 * to complete, a log for received reports and the indicator table, with the Vietnamese headers the
 * checker recognises, date formats, drop-down lists, frozen headers, widths and A4 print setup.
 * `dondoc check --pack <same pack>` reads it back without a word changed.
 */
import ExcelJS from 'exceljs';
import { describeTarget, expandSchedule, parseIsoDate, periodLabel, type Pack } from '@dondoc/core';

const FONT = 'Times New Roman';
const STATUSES = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];
const DATE = 'dd/mm/yyyy';

function nameOf(pack: Pack, id: string): string {
  return (
    pack.agencies?.find((a) => a.id === id)?.name ??
    pack.groups?.find((g) => g.id === id)?.name ??
    id
  );
}

function titleBlock(ws: ExcelJS.Worksheet, pack: Pack, title: string, columns: number): number {
  ws.mergeCells(1, 1, 1, columns);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, columns);
  ws.getCell(2, 1).value = `(Theo ${pack.title})`;
  ws.getCell(2, 1).font = { name: FONT, size: 12, italic: true };
  ws.getCell(2, 1).alignment = { horizontal: 'center', wrapText: true };
  ws.getRow(2).height = 32;
  return 4; // the header row
}

function header(
  ws: ExcelJS.Worksheet,
  row: number,
  labels: readonly string[],
  widths: readonly number[],
): void {
  ws.getRow(row).values = [...labels];
  ws.getRow(row).font = { name: FONT, size: 12, bold: true };
  ws.getRow(row).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(row).height = 32;
  labels.forEach((_l, i) => {
    ws.getCell(row, i + 1).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFF3EEE6' },
    };
    ws.getCell(row, i + 1).border = { bottom: { style: 'thin' } };
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: row }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${row}:${row}`,
  };
}

function list(
  ws: ExcelJS.Worksheet,
  column: number,
  from: number,
  to: number,
  values: readonly string[],
): void {
  // Excel's list validation is a comma-separated formula of at most 255 characters.
  const formula = `"${values.map((v) => v.replace(/"/g, "'").replace(/,/g, ';')).join(',')}"`;
  if (formula.length > 255) return;
  for (let r = from; r <= to; r++) {
    ws.getCell(r, column).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: 'Giá trị không có trong danh sách',
      error: `Chọn một trong: ${values.join('; ')}`,
    };
  }
}

function bodyFont(ws: ExcelJS.Worksheet, from: number): void {
  ws.eachRow((row, n) => {
    if (n <= from) return;
    row.font = { name: FONT, size: 12 };
    row.alignment = { vertical: 'top', wrapText: true };
  });
}

/** The workbook's bytes. */
export async function writeTemplateWorkbook(pack: Pack): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dondoc';

  if ((pack.tasks?.length ?? 0) > 0) {
    const ws = wb.addWorksheet('Nhiệm vụ');
    const h = titleBlock(ws, pack, 'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ', 8);
    header(
      ws,
      h,
      [
        'STT',
        'Mã nhiệm vụ',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Thời hạn',
        'Ngày hoàn thành',
        'Tình trạng',
        'Ghi chú',
      ],
      [6, 14, 60, 28, 22, 16, 18, 24],
    );
    (pack.tasks ?? []).forEach((t, i) => {
      const r = h + 1 + i;
      ws.getRow(r).values = [
        i + 1,
        t.code ?? '',
        t.title,
        (t.owners ?? []).map((o) => nameOf(pack, o)).join('; '),
        t.due ?? '',
        null,
        null,
        null,
      ];
      ws.getCell(r, 6).numFmt = DATE;
      // Wrapped text needs a row height: spreadsheet programs do not grow rows they did not lay out.
      const lines = Math.max(
        Math.ceil(t.title.length / 62),
        Math.ceil(String(ws.getCell(r, 4).value ?? '').length / 28),
      );
      ws.getRow(r).height = 16 * Math.max(1, lines);
    });
    const last = h + (pack.tasks?.length ?? 0);
    list(ws, 7, h + 1, last + 20, STATUSES);
    for (let r = h + 1; r <= last + 20; r++) ws.getCell(r, 6).numFmt = DATE;
    bodyFont(ws, h);
  }

  if ((pack.reports?.length ?? 0) > 0) {
    const roster = wb.addWorksheet('Đơn vị');
    const h = titleBlock(roster, pack, 'DANH SÁCH ĐƠN VỊ CÓ TRÁCH NHIỆM BÁO CÁO', 3);
    header(roster, h, ['STT', 'Tên đơn vị', 'Khối'], [6, 50, 40]);
    const groups = pack.groups ?? [];
    let r = h + 1;
    for (const g of groups) {
      for (const m of g.members ?? []) {
        roster.getRow(r).values = [r - h, nameOf(pack, m), g.name];
        r++;
      }
    }
    // Rows to fill with the units of each group (the grassroots units a district knows and a pack does not).
    list(
      roster,
      3,
      h + 1,
      r + 50,
      groups.map((g) => g.name),
    );
    bodyFont(roster, h);

    const log = wb.addWorksheet('Sổ nhận báo cáo');
    const lh = titleBlock(log, pack, 'SỔ THEO DÕI NHẬN BÁO CÁO', 7);
    header(
      log,
      lh,
      ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận', 'Số, ký hiệu', 'Ghi chú'],
      [6, 40, 40, 16, 14, 18, 24],
    );
    // One line per report instance the pack already knows the unit of (agencies, group members),
    // for the first year: staff fill in the received date. Units from the roster are added by hand.
    let lr = lh + 1;
    for (const rep of pack.reports ?? []) {
      const units = rep.from.flatMap((id) => {
        if (pack.agencies?.some((a) => a.id === id)) return [nameOf(pack, id)];
        const group = pack.groups?.find((g) => g.id === id);
        return (group?.members ?? []).map((m) => nameOf(pack, m));
      });
      const periods: string[] = [];
      if (rep.schedule) {
        const from = parseIsoDate(rep.schedule.from);
        if (from) {
          const until = { year: from.year, month: 12, day: 31 };
          for (const p of expandSchedule(
            { every: rep.schedule.every, due: rep.schedule.due, from },
            until,
          )) {
            periods.push(periodLabel(p.period).vi);
          }
        }
      } else {
        periods.push('');
      }
      for (const unit of units) {
        for (const period of periods) {
          log.getRow(lr).values = [lr - lh, unit, rep.title, period, null, null, null];
          lr++;
        }
      }
    }
    list(
      log,
      3,
      lh + 1,
      lh + 200,
      (pack.reports ?? []).map((rep) => rep.title),
    );
    for (let row = lh + 1; row <= lh + 200; row++) log.getCell(row, 5).numFmt = DATE;
    bodyFont(log, lh);
  }

  if ((pack.indicators?.length ?? 0) > 0) {
    const ws = wb.addWorksheet('Chỉ tiêu');
    const years = (pack.indicators ?? []).flatMap((i) => [
      ...i.targets.map((t) => t.period.slice(0, 4)),
      ...(i.parts ?? []).flatMap((p) => p.targets.map((t) => t.period.slice(0, 4))),
    ]);
    const year = [...years].sort()[0] ?? '';
    const h = titleBlock(ws, pack, `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${year}`, 6);
    header(
      ws,
      h,
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', `Kế hoạch ${year}`, `Thực hiện ${year}`, 'Ghi chú'],
      [6, 60, 16, 20, 16, 24],
    );
    const planText = (
      t: NonNullable<Pack['indicators']>[number]['targets'][number] | undefined,
    ) => {
      if (!t) return '';
      const d = describeTarget(
        t.op === 'between'
          ? { op: 'between', min: t.min!, max: t.max! }
          : { op: t.op, value: t.value! },
      );
      return d.vi;
    };
    let r = h + 1;
    for (const i of pack.indicators ?? []) {
      const target = i.targets.find((t) => t.period.startsWith(year));
      ws.getRow(r).values = [
        i.number ? Number(i.number) || i.number : null,
        i.title,
        i.unit ?? '',
        planText(target),
        null,
        null,
      ];
      ws.getRow(r).height = 16 * Math.max(1, Math.ceil(i.title.length / 62));
      r++;
      for (const p of i.parts ?? []) {
        const pt = p.targets.find((t) => t.period.startsWith(year));
        ws.getRow(r).values = [null, `- ${p.title}`, p.unit ?? '', planText(pt), null, null];
        r++;
      }
    }
    bodyFont(ws, h);
  }

  if (wb.worksheets.length === 0) {
    // A pack with no items (the generic one): an empty task sheet with the recognised headers.
    const ws = wb.addWorksheet('Nhiệm vụ');
    const h = titleBlock(ws, pack, 'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ', 7);
    header(
      ws,
      h,
      [
        'STT',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Thời hạn',
        'Ngày hoàn thành',
        'Tình trạng',
        'Ghi chú',
      ],
      [6, 60, 28, 22, 16, 18, 24],
    );
    list(ws, 6, h + 1, h + 100, STATUSES);
    for (let row = h + 1; row <= h + 100; row++) ws.getCell(row, 5).numFmt = DATE;
  }

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
