/**
 * A land-clearance board's hand-over milestones, one row per project ("Dự án" | "Thời hạn bàn
 * giao MB" | "Gia hạn đến" | "Tình hình thực hiện" | "Ghi chú"): a site handed over on part of its
 * area only ("Đã bàn giao 85% diện tích") is not done, and the day of a hand-over written in the
 * notes ("Bàn giao ngày 06/01/2025") is the day the work was done — layouts held-out set 11, l12.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet } from '../testing/grid.js';
import { completionDateInDoneClause } from '../vi/completion.js';
import { classifyStatus } from '../vi/status.js';
import { checkSheets, createChecker } from './checker.js';

describe('a status that hands over a share of the site', () => {
  it.each([
    ['Đã bàn giao 85% diện tích', 'in-progress'],
    ['Đã giải phóng 60% mặt bằng', 'in-progress'],
    ['Đã bàn giao 100% mặt bằng', 'done'],
    ['Đã bàn giao', 'done'],
    // a share after another clause is of something else
    ['Đã hoàn thành, giải ngân 95% vốn', 'done'],
    ['Chưa bàn giao', 'not-done'],
    // typed without marks
    ['Da giai phong 70% mat bang', 'in-progress'],
    ['Da ban giao 100% mat bang', 'done'],
  ] as const)('%j → %s', (text, state) => {
    expect(classifyStatus(text).state).toBe(state);
  });
});

describe('the day of a hand-over written in the notes', () => {
  it.each([
    ['Bàn giao ngày 06/01/2025', '2025-01-06'],
    ['Đã bàn giao ngày 25/10/2024', '2024-10-25'],
    ['Bàn giao trước ngày 30/01/2025', undefined],
  ] as const)('%j → %s', (text, iso) => {
    const day = completionDateInDoneClause(text, { defaultYear: 2024 })?.date;
    const shown = day
      ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
      : undefined;
    expect(shown).toBe(iso);
  });
});

describe('the hand-over milestones of the projects', () => {
  const p = parsePack({ id: 'gpmb', version: '1.0.0', title: 'GPMB (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const sheet = gridSheet('Tiến độ GPMB', [
    [
      'STT',
      'Dự án',
      'Đơn vị thực hiện',
      'Thời hạn bàn giao MB',
      'Gia hạn đến',
      'Tình hình thực hiện',
      'Ghi chú',
    ],
    [
      1,
      'Đường ĐH.12 đoạn Km0 - Km3',
      'UBND xã Quảng Phú',
      d(2024, 10, 31),
      null,
      'Đã bàn giao 100% mặt bằng',
      'Bàn giao ngày 25/10/2024',
    ],
    [
      2,
      'Khu tái định cư thôn Phú Lễ',
      'UBND xã Quảng Phước',
      d(2024, 11, 29),
      '27/12/2024',
      'Đã bàn giao 85% diện tích',
    ],
    [
      3,
      'Kênh tiêu Đồng Bàu',
      'UBND thị trấn Sịa',
      d(2024, 12, 20),
      null,
      'Đã bàn giao 100% mặt bằng',
      'Bàn giao ngày 06/01/2025',
    ],
  ]);
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2025, month: 1, day: 13 } }),
    'gpmb.xlsx',
    [sheet],
  );

  it('reads the sheet as tasks', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['tasks']);
  });

  it('calls the partly handed-over site overdue on its extension, and the late hand-over late at its note', () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'task/late G4',
      'task/overdue E3',
    ]);
    expect(result.notEvaluated).toEqual([]);
  });
});
