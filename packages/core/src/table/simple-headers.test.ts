import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import {
  detectSimpleHeader,
  LOG_ALIASES,
  ROSTER_ALIASES,
  withReceivedByPeriod,
  withReceivedByUnit,
} from './simple-headers.js';

const logHeader = (rows: GridValue[][]) => {
  const sheet = gridSheet('Theo dõi', rows);
  const header = detectSimpleHeader(sheet.rows, LOG_ALIASES, ['unit', 'received']);
  return header && withReceivedByPeriod(header, sheet.rows);
};

describe('withReceivedByPeriod: a report log kept as a matrix', () => {
  it('reads one received-date column per period under a merged "Ngày nhận báo cáo"', () => {
    const h = logHeader([
      ['TT', 'Cơ quan, đơn vị', 'Ngày nhận báo cáo', null, null, 'Ghi chú'],
      [null, null, 'Quý I', '6 tháng', 'Quý III'],
      [1, 'Sở Tài chính', '09/04/2024', '12/07/2024', '09/10/2024'],
    ]);
    expect(h?.lastRow).toBe(2);
    expect(h?.periodColumns).toEqual([
      { col: 3, period: 'Quý I' },
      { col: 4, period: '6 tháng' },
      { col: 5, period: 'Quý III' },
    ]);
  });

  it('reads months written out under a merge repeated cell by cell', () => {
    const h = logHeader([
      ['STT', 'Đơn vị', 'Ngày nhận', 'Ngày nhận', 'Ngày nhận'],
      [null, null, 'Tháng 1', 'Tháng 2', 'Tháng 3'],
      [1, 'UBND xã Kỳ Tân', '05/02/2024', '04/03/2024', null],
    ]);
    expect(h?.periodColumns?.map((p) => p.period)).toEqual(['Tháng 1', 'Tháng 2', 'Tháng 3']);
  });

  it('keeps a one-row header when the row under it is a record, or gives a single period', () => {
    const record = logHeader([
      ['STT', 'Đơn vị', 'Kỳ báo cáo', 'Ngày nhận'],
      [1, 'UBND xã Kỳ Tân', 'Quý I', 'Quý II'],
    ]);
    expect(record?.periodColumns).toBeUndefined();
    const one = logHeader([
      ['STT', 'Đơn vị', 'Ngày nhận báo cáo', 'Ghi chú'],
      [null, null, 'Quý I', 'Đã nhắc'],
    ]);
    expect(one?.periodColumns).toBeUndefined();
  });
});

describe('detectSimpleHeader', () => {
  it('takes the header under a title line that names a kind of unit', () => {
    const sheet = gridSheet('DS', [
      ['DANH SÁCH CÁC ĐẢNG BỘ CƠ SỞ TRỰC THUỘC HUYỆN ỦY'],
      [],
      ['TT', 'Tên đảng bộ cơ sở', 'Số chi bộ trực thuộc', 'Tổng số đảng viên'],
      [1, 'Đảng bộ xã Tân An', 12, 245],
    ]);
    expect(detectSimpleHeader(sheet.rows, ROSTER_ALIASES, ['unit'])).toEqual({
      row: 3,
      columns: { index: 1, unit: 2 },
    });
  });
});

describe('detectSimpleHeader: a unit column named by the kind of base organisation', () => {
  it.each([
    ['Cơ sở Hội', 'Ngày nộp', 'HND xã Thạch Kênh'],
    ['Cơ sở Đoàn', 'Thời gian nhận', 'ĐTN xã Hộ Độ'],
    ['Chi đoàn gửi báo cáo', 'Ngày nhận', 'Chi đoàn Công an huyện'],
  ])('a log whose unit column is %j', (unit, received, name) => {
    const h = logHeader([
      ['STT', unit, received, 'Tình trạng', 'Ghi chú'],
      [1, name, '12/06/2024', 'Đúng hạn'],
    ]);
    expect(h?.columns).toMatchObject({ unit: 2, received: 3 });
  });

  it.each(['Tên cơ sở Hội', 'Tên cơ sở Đoàn', 'Tên chi hội'])(
    'a roster whose unit column is %j',
    (unit) => {
      const sheet = gridSheet('DS', [
        ['DANH SÁCH CƠ SỞ HỘI NÔNG DÂN TRỰC THUỘC'],
        [],
        ['STT', unit, 'Số chi hội', 'Số hội viên'],
        [1, 'Hội Nông dân xã Thạch Kênh', 8, 612],
      ]);
      expect(detectSimpleHeader(sheet.rows, ROSTER_ALIASES, ['unit'])).toMatchObject({
        row: 3,
        columns: { unit: 2 },
      });
    },
  );
});

describe('detectSimpleHeader: units that are not offices', () => {
  it.each([
    ['Tên HTX', 'HTX DV Quảng Nham'],
    ['Hợp tác xã gửi', 'Hợp tác xã thủy sản Quảng Nham'],
    ['Cơ sở lưu trú', 'Nhà nghỉ Biển Xanh'],
    ['Doanh nghiệp báo cáo', 'Công ty TNHH Hải Long'],
    ['Tổ chức Hội', 'Hội Chữ thập đỏ phường Đông Vệ'],
  ])('a log whose unit column is %j', (unit, name) => {
    const h = logHeader([
      ['STT', unit, 'Ngày nhận', 'Ghi chú'],
      [1, name, '12/06/2024'],
    ]);
    expect(h?.columns).toMatchObject({ unit: 2, received: 3 });
  });
});

describe('detectSimpleHeader: a log that keeps the day sent and the day received', () => {
  it.each([
    [['STT', 'Đơn vị', 'Ngày gửi', 'Ngày nhận'], 4],
    [['STT', 'Đơn vị', 'Ngày nhận', 'Ngày gửi'], 3],
    [['STT', 'Đơn vị', 'Ngày nộp', 'Ngày tiếp nhận'], 4],
    [['STT', 'Đơn vị', 'Thời gian gửi', 'Ngày đến'], 4],
    [['STT', 'Đơn vị', 'Ngày gửi', 'Ghi chú'], 3],
  ])('%j: the received column is %i', (header, col) => {
    const h = logHeader([header, [1, 'UBND xã Quảng Nham', '10/10/2024', '11/10/2024']]);
    expect(h?.columns.received).toBe(col);
  });
});

describe('detectSimpleHeader: the period column of a log', () => {
  it.each(['Kỳ báo cáo', 'Tháng BC', 'Tháng báo cáo', 'Quý báo cáo', 'Tháng'])(
    '%j names the period the report covers',
    (title) => {
      const h = logHeader([
        ['STT', title, 'Đơn vị', 'Ngày nhận', 'Hình thức'],
        [1, 'T8/2024', 'TYT xã Cẩm Bình', '04/9/2024', 'Phần mềm'],
      ]);
      expect(h?.columns).toMatchObject({ period: 2, unit: 3, received: 4 });
    },
  );
});

describe('withReceivedByUnit: a matrix with a row per period and a column per unit', () => {
  const turned = (rows: GridValue[][]) => {
    const sheet = gridSheet('Theo dõi', rows);
    const header = detectSimpleHeader(sheet.rows, LOG_ALIASES, ['period', 'received']);
    return header && withReceivedByUnit(header, sheet.rows);
  };

  it('reads one received-date column per unit under a merged "Ngày nhận báo cáo"', () => {
    const h = turned([
      ['Kỳ báo cáo', 'Hạn nộp', 'Ngày nhận báo cáo', null, null, 'Ghi chú'],
      [null, null, 'Xã Đức An', 'Xã Đức Lâm', 'Thị trấn Đức Thọ'],
      ['Tháng 7/2024', '05/8/2024', '02/8/2024', '05/8/2024', '01/8/2024'],
    ]);
    expect(h?.lastRow).toBe(2);
    expect(h?.unitColumns?.map((u) => [u.col, u.unit, u.address])).toEqual([
      [3, 'Xã Đức An', 'C2'],
      [4, 'Xã Đức Lâm', 'D2'],
      [5, 'Thị trấn Đức Thọ', 'E2'],
    ]);
  });

  it.each([
    ['Chú thích: Đ.An - Đức An, Đ.Lâm - Đức Lâm, TT Đ.Thọ - thị trấn Đức Thọ'],
    ['* Đ.An: Đức An; Đ.Lâm: Đức Lâm; TT Đ.Thọ: thị trấn Đức Thọ.'],
  ])('reads units written short as the note under the table spells them: %j', (note) => {
    const h = turned([
      ['Kỳ báo cáo', 'Ngày nhận báo cáo', null, null, 'Ghi chú'],
      [null, 'Đ.An', 'Đ.Lâm', 'TT Đ.Thọ'],
      ['Tháng 7/2024', '02/8/2024', '05/8/2024', '01/8/2024'],
      [],
      [note],
    ]);
    expect(h?.unitColumns?.map((u) => [u.col, u.unit])).toEqual([
      [2, 'Đức An'],
      [3, 'Đức Lâm'],
      [4, 'thị trấn Đức Thọ'],
    ]);
  });

  it('leaves units written short unread when no note spells them out', () => {
    const h = turned([
      ['Kỳ báo cáo', 'Ngày nhận báo cáo', null, null, 'Ghi chú'],
      [null, 'Đ.An', 'Đ.Lâm', 'TT Đ.Thọ'],
      ['Tháng 7/2024', '02/8/2024', '05/8/2024', '01/8/2024'],
      // a note about one unit is no spelling of it
      ['Ghi chú: Đ.Lâm - gửi qua thư điện tử ngày 05/8'],
    ]);
    expect(h?.unitColumns).toBeUndefined();
  });

  it('keeps the header when the row under names periods or figures, not units', () => {
    const h = turned([
      ['Kỳ báo cáo', 'Ngày nhận báo cáo', null, 'Ghi chú'],
      [null, 'Lần 1', 'Lần 2'],
      ['Tháng 7/2024', '02/8/2024', '05/8/2024'],
    ]);
    expect(h?.unitColumns).toBeUndefined();
  });
});
