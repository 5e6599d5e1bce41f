import { describe, expect, it } from 'vitest';
import { packJsonSchema } from './schema.js';
import { mergePacks, parsePack, resolvePack, PackError } from './load.js';

const base = { id: 'tinh', version: '1.0.0', title: 'Chương trình hành động của Tỉnh ủy' };

describe('parsePack', () => {
  it('accepts a minimal pack', () => {
    expect(parsePack(base)).toMatchObject({ ok: true, pack: base });
  });

  it('names the JSON path of each bad field, in Vietnamese and English', () => {
    const result = parsePack({
      ...base,
      tasks: [{ id: 't-hoi-nghi', title: 'Hội nghị cán bộ chủ chốt', due: 5 }],
      reports: [{ id: 'bc', title: 'Báo cáo kết quả quán triệt', from: ['chi-bo'] }],
      indicators: [
        {
          id: 'tre-em',
          title: 'Tỷ lệ trẻ em',
          targets: [{ period: '2025', op: 'between', value: 3 }],
        },
      ],
      settings: { dueSoonDays: -1, colour: 'red' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPointer = Object.fromEntries(result.problems.map((p) => [p.pointer, p.message]));
    expect(byPointer['/tasks/0/due']).toEqual({
      vi: 'Cần chuỗi ký tự, nhận được số.',
      en: 'Expected string, received number.',
    });
    expect(byPointer['/reports/0']?.vi).toBe(
      'Báo cáo cần "due" (một lần) hoặc "schedule" (định kỳ).',
    );
    expect(byPointer['/indicators/0/targets/0']?.en).toContain('"between" needs min and max');
    expect(byPointer['/settings']?.vi).toBe('Trường không được phép: "colour".');
    expect(byPointer['/settings/dueSoonDays']?.vi).toBe('Giá trị phải ≥ 0.');
  });

  it('a weekly schedule is due on a weekday of its week; a day of the month is for months and longer', () => {
    const report = (schedule: Record<string, unknown>) =>
      parsePack({
        ...base,
        reports: [
          { id: 'bc-tuan', title: 'Báo cáo tình hình dịch bệnh tuần', from: ['xa'], schedule },
        ],
      });
    expect(report({ every: 'week', due: { weekday: 5 }, from: '2025-03-03' }).ok).toBe(true);
    expect(report({ every: 'week', due: { daysAfterPeriodEnd: 1 }, from: '2025-03-03' }).ok).toBe(
      true,
    );
    for (const bad of [
      { every: 'week', due: { day: 5 }, from: '2025-03-03' },
      { every: 'month', due: { weekday: 5 }, from: '2025-03-03' },
    ]) {
      const result = report(bad);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems.map((p) => [p.pointer, p.message.vi])).toEqual([
        [
          '/reports/0/schedule/due',
          'Báo cáo hằng tuần có hạn là một ngày trong tuần ("weekday": 1–7) hoặc số ngày sau tuần; "day" dành cho tháng, quý, 6 tháng và năm.',
        ],
      ]);
    }
    expect(report({ every: 'week', due: { weekday: 8 }, from: '2025-03-03' }).ok).toBe(false);
  });

  it('refuses ids with spaces or diacritics', () => {
    const result = parsePack({ ...base, id: 'Tỉnh ủy' });
    expect(result.ok).toBe(false);
  });
});

describe('resolvePack', () => {
  const province = {
    ...base,
    settings: { dueSoonDays: 7, beforeIsInclusive: false },
    severity: { 'task/due-soon': 'info' as const },
    tasks: [
      { id: 't-ke-hoach', title: 'Xây dựng kế hoạch', due: 'trước ngày 20/5/2024' },
      { id: 't-hoi-nghi', title: 'Hội nghị cán bộ chủ chốt', due: 'tháng 5/2024' },
    ],
  };
  const load = (ref: string) => (ref === 'tinh' ? province : undefined);

  it('puts a district pack on top of the province pack it extends', () => {
    const district = {
      id: 'huyen',
      version: '1.0.0',
      title: 'Kế hoạch của Huyện ủy',
      extends: ['tinh'],
      settings: { dueSoonDays: 10 },
      severity: { 'task/due-soon': 'warning' as const },
      tasks: [{ id: 't-ke-hoach', title: 'Xây dựng kế hoạch', due: 'trước ngày 15/5/2024' }],
    };
    const resolved = resolvePack(district, load);
    expect(resolved.settings).toEqual({ dueSoonDays: 10, beforeIsInclusive: false });
    expect(resolved.severity).toEqual({ 'task/due-soon': 'warning' });
    expect(resolved.tasks?.map((t) => [t.id, t.due])).toEqual([
      ['t-hoi-nghi', 'tháng 5/2024'],
      ['t-ke-hoach', 'trước ngày 15/5/2024'],
    ]);
  });

  it('refuses a cycle and a missing parent with a clear message', () => {
    const a = { id: 'a', version: '1', title: 'A', extends: ['b'] };
    const b = { id: 'b', version: '1', title: 'B', extends: ['a'] };
    const packs: Record<string, unknown> = { a, b };
    expect(() => resolvePack(a, (ref) => packs[ref])).toThrow(/cycle: a → b → a/);
    try {
      resolvePack({ ...a, extends: ['khong-co'] }, () => undefined);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PackError);
      expect((error as PackError).messages.vi).toContain('không tìm thấy');
    }
  });

  it('resolves a pack whose extends fan out and meet again once per pack, not once per path (issue 15, class 1)', () => {
    // Level k has two packs, each extending both packs of level k+1: 2^40 paths to the last level.
    const depth = 40;
    const packs = new Map<string, unknown>();
    for (let k = 0; k <= depth; k++) {
      for (const side of ['a', 'b']) {
        const id = `cap-${k}-${side}`;
        packs.set(id, {
          id,
          version: '1.0.0',
          title: `Bộ quy tắc cấp ${k} (${side})`,
          tasks: [{ id: `t-${k}-${side}`, title: `Nhiệm vụ cấp ${k} ${side}` }],
          ...(k < depth ? { extends: [`cap-${k + 1}-a`, `cap-${k + 1}-b`] } : {}),
        });
      }
    }
    let loads = 0;
    const root = parsePack(packs.get('cap-0-a'));
    if (!root.ok) throw new Error('the generated pack is invalid');
    const resolved = resolvePack(root.pack, (ref) => {
      loads++;
      return packs.get(ref);
    });
    // One load per link: the root's two, then two packs with two children each on every lower level.
    expect(loads).toBe(2 + 2 * 2 * (depth - 1));
    expect(resolved.id).toBe('cap-0-a');
    expect(new Set(resolved.tasks?.map((t) => t.id))).toEqual(
      new Set([
        't-0-a',
        ...[...packs.keys()]
          .filter((id) => !id.startsWith('cap-0-'))
          .map((id) => id.replace('cap-', 't-')),
      ]),
    );
  });

  it('merges items by id, the child winning', () => {
    const merged = mergePacks(
      { ...base, agencies: [{ id: 'ubnd', name: 'Ủy ban nhân dân tỉnh' }] },
      { ...base, id: 'con', agencies: [{ id: 'ubnd', name: 'Ủy ban nhân dân huyện' }] },
    );
    expect(merged.agencies).toEqual([{ id: 'ubnd', name: 'Ủy ban nhân dân huyện' }]);
  });
});

describe('packJsonSchema', () => {
  it('is a JSON Schema of the pack with its fields', () => {
    const schema = packJsonSchema() as {
      $id: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.$id).toBe('https://dondoc.dev/schema/pack.json');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'id',
        'tasks',
        'reports',
        'indicators',
        'rules',
        'severity',
        'bindings',
        'extends',
      ]),
    );
    expect(schema.required).toEqual(['id', 'version', 'title']);
  });
});
