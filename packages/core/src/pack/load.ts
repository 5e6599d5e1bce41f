/**
 * Validating a pack and resolving `extends`. Pure: reading files is the caller's job (the loader
 * function passed to `resolvePack`).
 */
import type { z } from 'zod';
import type { Message } from '../model/findings.js';
import { packSchema, type Pack } from './schema.js';

export interface PackProblem {
  /** JSON path of the bad field, e.g. ["tasks", 0, "due"]. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer, e.g. "/tasks/0/due". */
  readonly pointer: string;
  readonly message: Message;
}

/** The largest pack file read: bundled packs are under 30 KB, so 4 MB is no pack. */
export const MAX_PACK_BYTES = 4 * 1024 * 1024;

/**
 * The deepest a pack's arrays and objects may nest. A custom rule's conditions nest a few levels
 * (all → any → not → a fact); a pack deeper than this is not a pack, and refusing it up front keeps
 * every walk over it (JSON positions, validation, compiled conditions) within a small stack.
 */
export const MAX_PACK_DEPTH = 64;

/**
 * How deeply a JSON text nests its arrays and objects, counted in one pass over the characters
 * (strings skipped), without parsing: the deepest point reached, or `limit + 1` as soon as the
 * count passes `limit`. Text that is not JSON gives a number all the same.
 */
export function jsonDepth(text: string, limit = Number.MAX_SAFE_INTEGER): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

export type PackParseResult =
  | { readonly ok: true; readonly pack: Pack }
  | { readonly ok: false; readonly problems: readonly PackProblem[] };

export function jsonPointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  undefined: 'không có giá trị',
  null: 'null',
};

function describeReceived(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function issueMessage(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type': {
      const got = describeReceived(issue.input);
      if (issue.input === undefined) {
        return { vi: 'Thiếu trường bắt buộc.', en: 'Required field is missing.' };
      }
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        // 1e999 in JSON reads as Infinity: "expected number, received number" would say nothing
        return {
          vi: 'Số quá lớn (không phải một số hữu hạn).',
          en: 'Number too large (not a finite number).',
        };
      }
      return {
        vi: `Cần ${TYPE_VI[issue.expected] ?? issue.expected}, nhận được ${TYPE_VI[got] ?? got}.`,
        en: `Expected ${issue.expected}, received ${got}.`,
      };
    }
    case 'unrecognized_keys':
      return {
        vi: `Trường không được phép: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
        en: `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
      };
    case 'invalid_value':
      return {
        vi: `Giá trị không hợp lệ; chỉ chấp nhận: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
        en: `Invalid value; expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'too_small':
      return issue.origin === 'array'
        ? {
            vi: `Cần ít nhất ${String(issue.minimum)} phần tử.`,
            en: `Needs at least ${String(issue.minimum)} item(s).`,
          }
        : issue.origin === 'string'
          ? { vi: 'Không được để trống.', en: 'Must not be empty.' }
          : {
              vi: `Giá trị phải ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}.`,
              en: `Must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}.`,
            };
    case 'too_big':
      return issue.origin === 'array'
        ? {
            vi: `Tối đa ${String(issue.maximum)} phần tử.`,
            en: `At most ${String(issue.maximum)} items.`,
          }
        : issue.origin === 'string'
          ? {
              vi: `Dài quá ${String(issue.maximum)} ký tự.`,
              en: `Longer than ${String(issue.maximum)} characters.`,
            }
          : {
              vi: `Giá trị phải ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}.`,
              en: `Must be ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}.`,
            };
    case 'custom': {
      const params = issue.params as { vi?: unknown; en?: unknown } | undefined;
      if (typeof params?.vi === 'string' && typeof params.en === 'string')
        return { vi: params.vi, en: params.en };
      return { vi: translateCustom(issue.message), en: upperFirst(issue.message) + '.' };
    }
    case 'invalid_format':
    default:
      return { vi: translateCustom(issue.message), en: upperFirst(issue.message) + '.' };
  }
}

const CUSTOM_VI: ReadonlyArray<readonly [RegExp, string]> = [
  [/^expected a date written YYYY-MM-DD/, 'Ngày phải viết theo dạng YYYY-MM-DD'],
  [/^not a calendar date/, 'Không phải một ngày có thật trong lịch'],
  [/^ids use/, 'Mã chỉ gồm chữ thường không dấu, chữ số và các dấu ". _ -"'],
  [/^rule ids look like/, 'Mã quy tắc có dạng "task/overdue" hoặc "custom/ten-quy-tac"'],
  [/^a report needs/, 'Báo cáo cần "due" (một lần) hoặc "schedule" (định kỳ)'],
  [
    /^a weekly schedule/,
    'Báo cáo hằng tuần có hạn là một ngày trong tuần ("weekday": 1–7) hoặc số ngày sau tuần; "day" dành cho tháng, quý, 6 tháng và năm',
  ],
  [/^periods look like/, 'Kỳ được viết dạng 2025, 2024-H1, 2024-Q2 hoặc 2024-05'],
  [/^"between" needs/, 'Toán tử "between" cần min và max; các toán tử khác cần value'],
  [/^min must not exceed max/, 'min không được lớn hơn max'],
];

function translateCustom(message: string): string {
  for (const [pattern, vi] of CUSTOM_VI) if (pattern.test(message)) return vi + '.';
  return upperFirst(message) + '.';
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Validates one pack document (already parsed from JSON). */
export function parsePack(input: unknown): PackParseResult {
  const result = packSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, problems: schemaProblems(result.error.issues) };
}

/**
 * Each problem zod found, with its JSON pointer and the bilingual wording packs use: for any schema
 * dondoc reads from a JSON file (the pack, the office's config file).
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[]): PackProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    return { path, pointer: jsonPointer(path), message: issueMessage(issue) };
  });
}

export class PackError extends Error {
  constructor(
    readonly messages: Message,
    readonly problems: readonly PackProblem[] = [],
  ) {
    super(messages.en);
    this.name = 'PackError';
  }
}

/** Finds a parent pack by its reference (a bundled id or a path); returns undefined when there is none. */
export type PackLoader = (reference: string, from: Pack) => unknown;

/**
 * Resolves `extends`: parents first, then the child on top. Items (agencies, groups, tasks, reports,
 * indicators, rules) merge by id, the child's replacing the parent's; settings, severities and bindings
 * merge key by key. A cycle or a missing parent is a PackError.
 *
 * Each pack id is resolved once: packs whose `extends` fan out and meet again (a diamond, or a chain
 * of them) take time linear in their links, not in the paths through them.
 */
export function resolvePack(pack: Pack, load: PackLoader, chain: readonly string[] = []): Pack {
  return resolveWith(pack, load, chain, new Map<string, Pack>());
}

function resolveWith(
  pack: Pack,
  load: PackLoader,
  chain: readonly string[],
  resolved: Map<string, Pack>,
): Pack {
  if (chain.includes(pack.id)) {
    const cycle = [...chain, pack.id].join(' → ');
    throw new PackError({
      vi: `Bộ quy tắc kế thừa vòng tròn: ${cycle}.`,
      en: `Rule packs extend each other in a cycle: ${cycle}.`,
    });
  }
  const done = resolved.get(pack.id);
  if (done !== undefined) return done;
  const parents = (pack.extends ?? []).map((reference) => {
    const raw = load(reference, pack);
    if (raw === undefined) {
      throw new PackError({
        vi: `Bộ quy tắc "${pack.id}" kế thừa "${reference}" nhưng không tìm thấy bộ quy tắc này.`,
        en: `Rule pack "${pack.id}" extends "${reference}", which cannot be found.`,
      });
    }
    const parsed = parsePack(raw);
    if (!parsed.ok) {
      throw new PackError(
        {
          vi: `Bộ quy tắc cha "${reference}" (được "${pack.id}" kế thừa) không hợp lệ.`,
          en: `Parent rule pack "${reference}" (extended by "${pack.id}") is invalid.`,
        },
        parsed.problems,
      );
    }
    return resolveWith(parsed.pack, load, [...chain, pack.id], resolved);
  });
  const result = parents.reduceRight<Pack>((child, parent) => mergePacks(parent, child), pack);
  resolved.set(pack.id, result);
  return result;
}

function mergeById<T extends { id: string }>(
  parent: readonly T[] | undefined,
  child: readonly T[] | undefined,
): T[] | undefined {
  if (!parent) return child ? [...child] : undefined;
  if (!child) return [...parent];
  const childIds = new Set(child.map((item) => item.id));
  return [...parent.filter((item) => !childIds.has(item.id)), ...child];
}

function mergeRecords<T extends object>(
  parent: T | undefined,
  child: T | undefined,
): T | undefined {
  if (!parent) return child;
  if (!child) return parent;
  return { ...parent, ...child };
}

/** The child pack on top of its parent. */
export function mergePacks(parent: Pack, child: Pack): Pack {
  const merged: Pack = {
    ...child,
    settings: mergeRecords(parent.settings, child.settings),
    severity: mergeRecords(parent.severity, child.severity),
    bindings: mergeRecords(parent.bindings, child.bindings),
    agencies: mergeById(parent.agencies, child.agencies),
    groups: mergeById(parent.groups, child.groups),
    tasks: mergeById(parent.tasks, child.tasks),
    reports: mergeById(parent.reports, child.reports),
    indicators: mergeById(parent.indicators, child.indicators),
    rules: mergeById(parent.rules, child.rules),
    source: child.source ?? parent.source,
  };
  return stripUndefined(merged);
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
