import { describe, expect, it } from 'vitest';
import {
  decodeLocalHistory,
  EMPTY_LOCAL_HISTORY,
  encodeLocalHistory,
  LOCAL_CHECKS_KEPT,
  LOCAL_HISTORY_FORMAT,
  recordLocalCheck,
  type LocalHistory,
} from './local.js';
import { changesNarrative } from './narrative.js';
import { workbookOf, type TaskRow } from './test-support/snapshots.js';

const PACK = { id: 'ct32', version: '1.0.0', title: 'Chỉ thị số 32-CT/TU' };
const FILE = 'theo-doi-ct32.xlsx';

const WEEK1: TaskRow[] = [
  {
    title: 'Xây dựng kế hoạch tuyên truyền Chỉ thị 32',
    agency: 'Ban Tuyên giáo Huyện ủy',
    due: '2024-06-24',
    state: 'overdue',
    row: 4,
  },
  {
    title: 'Rà soát quy hoạch cán bộ',
    agency: 'Ban Tổ chức Huyện ủy',
    due: '2024-06-20',
    state: 'overdue',
    row: 5,
  },
  {
    title: 'Sơ kết 6 tháng',
    agency: 'Văn phòng Huyện ủy',
    due: '2024-06-28',
    state: 'done',
    row: 6,
  },
  {
    title: 'Báo cáo kết quả cải cách hành chính',
    agency: 'Phòng Nội vụ',
    due: '2024-07-05',
    state: 'open',
    row: 7,
  },
];

/** A week later, two rows inserted above: the plan done late, the staff review still overdue, the report newly overdue. */
const WEEK2: TaskRow[] = [
  { ...WEEK1[0]!, state: 'late', row: 6 },
  { ...WEEK1[1]!, row: 7 },
  { ...WEEK1[2]!, row: 8 },
  { ...WEEK1[3]!, state: 'overdue', row: 9 },
];

function check(history: LocalHistory, rows: TaskRow[], asOf: string, name = FILE) {
  return recordLocalCheck(history, {
    recordedAt: `${asOf}T08:30:00.000Z`,
    asOf,
    pack: PACK,
    workbook: workbookOf(name, rows, asOf),
  });
}

const titles = (items: readonly { title: string }[]) => items.map((f) => f.title);

describe('the history of one workbook, kept as one value', () => {
  it('says what is new, fixed and still open at each check, as the store does', () => {
    const first = check(EMPTY_LOCAL_HISTORY, WEEK1, '2024-07-01');
    expect(first.outcome).toBe('added');
    expect(first.changes.previous).toBeUndefined();
    expect(titles(first.changes.new)).toEqual([
      'Xây dựng kế hoạch tuyên truyền Chỉ thị 32',
      'Rà soát quy hoạch cán bộ',
    ]);

    const second = check(first.history, WEEK2, '2024-07-08', 'theo-doi-ct32-thang-7.xlsx');
    expect(second.outcome).toBe('added');
    const c = second.changes;
    expect(c.previous).toEqual({ asOf: '2024-07-01', recordedAt: '2024-07-01T08:30:00.000Z' });
    expect(c.renamedFrom).toBe(FILE);
    expect(c.fixed.map((f) => [f.finding.title, f.how])).toEqual([
      ['Xây dựng kế hoạch tuyên truyền Chỉ thị 32', 'late'],
    ]);
    expect(titles(c.new)).toEqual(['Báo cáo kết quả cải cách hành chính']);
    expect(
      c.stillOpen.map((o) => [o.finding.title, o.since, o.streak, o.daysBefore, o.days]),
    ).toEqual([['Rà soát quy hoạch cán bộ', '2024-07-01', 2, 11, 18]]);
    expect(changesNarrative([c])?.vi).toBe(
      'So với lần kiểm tra ngày 01/7/2024: 01 nhiệm vụ đã hoàn thành, 01 nhiệm vụ mới quá hạn, 01 nhiệm vụ vẫn quá hạn.',
    );
    expect(
      second.history.packs[0]!.checks.map((s) => [s.asOf, s.new, s.fixed, s.stillOpen]),
    ).toEqual([
      ['2024-07-01', 2, 0, 0],
      ['2024-07-08', 1, 1, 1],
    ]);
  });

  it('a second check the same day replaces that day and is still compared with the check before', () => {
    const first = check(EMPTY_LOCAL_HISTORY, WEEK1, '2024-07-01');
    const morning = check(first.history, WEEK2, '2024-07-08');
    // That afternoon the staff review is marked done too.
    const afternoonRows = WEEK2.map((r) => (r.row === 7 ? { ...r, state: 'done' as const } : r));
    const afternoon = check(morning.history, afternoonRows, '2024-07-08');
    expect(afternoon.outcome).toBe('replaced');
    expect(afternoon.changes.previous?.asOf).toBe('2024-07-01');
    expect(afternoon.changes.fixed.map((f) => [f.finding.title, f.how])).toEqual([
      ['Xây dựng kế hoạch tuyên truyền Chỉ thị 32', 'late'],
      ['Rà soát quy hoạch cán bộ', 'done'],
    ]);
    expect(afternoon.changes.stillOpen).toEqual([]);
    const entry = afternoon.history.packs[0]!;
    expect(entry.checks.map((s) => s.asOf)).toEqual(['2024-07-01', '2024-07-08']);
    expect(entry.base?.asOf).toBe('2024-07-01');
    // The report newly overdue on the 8th stays new at its first check, not counted twice.
    const next = check(afternoon.history, afternoonRows, '2024-07-15');
    expect(next.changes.stillOpen.map((o) => [o.finding.title, o.since, o.streak])).toEqual([
      ['Báo cáo kết quả cải cách hành chính', '2024-07-08', 2],
    ]);
  });

  it('an as-of date before the last check is compared with the check before it, and not recorded', () => {
    const first = check(EMPTY_LOCAL_HISTORY, WEEK1, '2024-07-01');
    const second = check(first.history, WEEK2, '2024-07-08');
    const between = check(second.history, WEEK2, '2024-07-05');
    expect(between.outcome).toBe('earlier');
    expect(between.history).toBe(second.history);
    expect(between.changes.previous?.asOf).toBe('2024-07-01');
    const before = check(second.history, WEEK1, '2024-06-25');
    expect(before.outcome).toBe('earlier');
    expect(before.changes.previous).toBeUndefined();
  });

  it('keeps each pack apart, the one used last first, and only the last checks as counts', () => {
    let history = check(EMPTY_LOCAL_HISTORY, WEEK1, '2024-07-01').history;
    history = recordLocalCheck(history, {
      recordedAt: '2024-07-02T08:00:00.000Z',
      asOf: '2024-07-02',
      pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
      workbook: workbookOf(FILE, WEEK1, '2024-07-02'),
    }).history;
    expect(history.packs.map((p) => p.pack.id)).toEqual(['generic', 'ct32']);
    const again = check(history, WEEK2, '2024-07-08');
    expect(again.changes.previous?.asOf).toBe('2024-07-01');
    expect(again.history.packs.map((p) => p.pack.id)).toEqual(['ct32', 'generic']);

    let long = EMPTY_LOCAL_HISTORY;
    const start = Date.parse('2022-01-03T00:00:00Z');
    for (let week = 0; week < LOCAL_CHECKS_KEPT + 5; week++) {
      const asOf = new Date(start + week * 7 * 86_400_000).toISOString().slice(0, 10);
      long = check(long, WEEK1, asOf).history;
    }
    const checks = long.packs[0]!.checks;
    expect(checks).toHaveLength(LOCAL_CHECKS_KEPT);
    expect(checks[0]!.asOf).toBe(new Date(start + 5 * 7 * 86_400_000).toISOString().slice(0, 10));
  });
});

describe('the stored value', () => {
  function twoWeeks() {
    const first = check(EMPTY_LOCAL_HISTORY, WEEK1, '2024-07-01');
    return check(first.history, WEEK2, '2024-07-08').history;
  }

  it('reads back as it was written, and the next check says the same after the round trip', () => {
    const history = twoWeeks();
    const { text, trim } = encodeLocalHistory(history, 1_000_000);
    expect(trim).toBe(0);
    const read = decodeLocalHistory(text);
    expect(read.unreadable).toBe(false);
    // Everything but the task lists, which what changed does not need from an earlier check.
    const withoutTasks = (h: LocalHistory) =>
      h.packs.map((p) => ({
        ...p,
        base: p.base && { ...p.base, snapshot: { ...p.base.snapshot, tasks: undefined } },
        last: { ...p.last, snapshot: { ...p.last.snapshot, tasks: undefined } },
      }));
    expect(withoutTasks(read.history)).toEqual(withoutTasks(history));
    const week3 = WEEK2.map((r) => ({ ...r, state: 'done' as const }));
    expect(check(read.history, week3, '2024-07-15').changes).toEqual(
      check(history, week3, '2024-07-15').changes,
    );
  });

  it('leaves out messages, then the other packs, to fit the limit, and says when nothing fits', () => {
    let history = twoWeeks();
    history = recordLocalCheck(history, {
      recordedAt: '2024-07-09T08:00:00.000Z',
      asOf: '2024-07-09',
      pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
      workbook: workbookOf(FILE, WEEK2, '2024-07-09'),
    }).history;
    const full = encodeLocalHistory(history, Infinity).text!;
    const lean = (trim: 1 | 2) => {
      for (let max = full.length - 1; max > 0; max -= 1) {
        const e = encodeLocalHistory(history, max);
        expect(e.text?.length ?? 0).toBeLessThanOrEqual(max);
        if (e.trim === trim) return e.text!;
      }
      throw new Error(`no size gives trim ${trim}`);
    };

    const noMessages = decodeLocalHistory(lean(1)).history;
    expect(noMessages.packs.map((p) => p.pack.id)).toEqual(['generic', 'ct32']);
    const f = noMessages.packs[0]!.last.snapshot.findings[0]!;
    expect(f.message).toEqual({ vi: f.title, en: f.title });
    // What changed is the same without the messages.
    const week3 = WEEK2.map((r) => ({ ...r, state: 'done' as const }));
    const asGeneric = (h: LocalHistory) =>
      recordLocalCheck(h, {
        recordedAt: '2024-07-15T08:00:00.000Z',
        asOf: '2024-07-15',
        pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
        workbook: workbookOf(FILE, week3, '2024-07-15'),
      }).changes.fixed.map((x) => [x.finding.key, x.how]);
    expect(asGeneric(noMessages)).toEqual(asGeneric(history));

    const onePack = decodeLocalHistory(lean(2)).history;
    expect(onePack.packs.map((p) => p.pack.id)).toEqual(['generic']);

    expect(encodeLocalHistory(history, 100)).toEqual({ text: undefined, trim: 2 });
  });

  it.each([
    ['text that is not JSON', '{"format":'],
    ['another format', JSON.stringify({ format: 'other/2', packs: [] })],
    ['packs that are not a list', JSON.stringify({ format: LOCAL_HISTORY_FORMAT, packs: {} })],
    ['a number', 42],
  ])('says when what is stored is %s', (_what, raw) => {
    expect(decodeLocalHistory(raw)).toEqual({ history: EMPTY_LOCAL_HISTORY, unreadable: true });
  });

  it('reads nothing stored as an empty history', () => {
    for (const raw of [undefined, null, '']) {
      expect(decodeLocalHistory(raw)).toEqual({ history: EMPTY_LOCAL_HISTORY, unreadable: false });
    }
  });

  it('leaves out every part that is not well formed, trusting nothing from the file', () => {
    const history = twoWeeks();
    const value = JSON.parse(encodeLocalHistory(history, Infinity).text!) as {
      packs: Record<string, unknown>[];
    };
    const last = value.packs[0]!.last as { snapshot: { findings: Record<string, unknown>[] } };
    const good = last.snapshot.findings.length;
    last.snapshot.findings.push(
      { ...last.snapshot.findings[0]!, severity: 'fatal' },
      { ...last.snapshot.findings[0]!, streak: -1 },
      { ...last.snapshot.findings[0]!, since: '01/7/2024' },
      { ...last.snapshot.findings[0]!, title: { toString: 'x' } },
      { ...last.snapshot.findings[0]!, location: { workbook: 1 } },
      'not a finding' as unknown as Record<string, unknown>,
    );
    value.packs.push(
      { pack: { id: '__proto__', version: '1', title: 'x' } },
      { ...value.packs[0]!, pack: { ...(value.packs[0]!.pack as object) } },
    );
    const read = decodeLocalHistory(JSON.stringify(value));
    expect(read.unreadable).toBe(false);
    expect(read.history.packs.map((p) => p.pack.id)).toEqual(['ct32']);
    const findings = read.history.packs[0]!.last.snapshot.findings;
    // The finding with a malformed location keeps its other parts, without a location.
    expect(findings).toHaveLength(good + 1);
    expect(findings.at(-1)!.location).toBeUndefined();
  });
});
