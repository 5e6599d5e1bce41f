/**
 * The draft pack: agencies named by the items, one task per deadline, one report per obligation,
 * one indicator per named target series (a "trong đó" sub-target becomes a part). Every entry
 * carries the quote, span and confidence it came from; what the text leaves open is said in
 * `assumption`, never guessed silently.
 */
import {
  jsonPointer,
  PACK_SCHEMA_URL,
  packSchema,
  removeDiacritics,
  weeklyDueOf,
} from '@dondoc/core';
import type { PackAgency, PackIndicator, PackReport, PackTarget, PackTask } from '@dondoc/core';
import type {
  DirectiveIdentity,
  DraftPack,
  ExtractItem,
  ItemPeriod,
  TrimmedField,
} from './types.js';

export function slug(text: string, max = 60): string {
  const s = removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = s.length > max ? s.slice(0, max).replace(/-[^-]*$/, '') : s;
  return cut === '' ? 'x' : cut;
}

/** Ids given so far, and for each base the number its next duplicate tries first. */
interface UsedIds {
  readonly ids: Set<string>;
  readonly next: Map<string, number>;
}

const usedIds = (): UsedIds => ({ ids: new Set(), next: new Map() });

/**
 * `base`, or `base-2`, `base-3` … the first not given yet. Ids are never taken back, so a number
 * once found taken stays taken: each base resumes where it stopped, and a text repeating one title
 * thousands of times costs time linear in the repeats.
 */
function uniqueId(base: string, used: UsedIds): string {
  let id = base;
  let n = used.next.get(base) ?? 2;
  if (used.ids.has(id)) {
    for (id = `${base}-${n}`; used.ids.has(id); id = `${base}-${n}`) n += 1;
    used.next.set(base, n + 1);
  }
  used.ids.add(id);
  return id;
}

/** Agencies in a "; "-separated field. */
export function splitAgencies(field: string | null): string[] {
  if (!field) return [];
  return field
    .split(/;\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The pack's rhythm of each periodic item period; a daily report has none (decision 0013). */
const EVERY: Readonly<
  Record<Exclude<ItemPeriod, 'once' | 'daily'>, 'week' | 'month' | 'quarter' | 'half-year' | 'year'>
> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half-year',
  yearly: 'year',
};

const LOWER_IS_BETTER =
  /hộ nghèo|suy dinh dưỡng|thất nghiệp|tử vong|tai nạn|vi phạm|ô nhiễm|tội phạm/iu;

function source(item: ExtractItem, document: string | undefined): NonNullable<PackTask['source']> {
  return {
    ...(document ? { document } : {}),
    quote: item.quote,
    span: [item.span[0], item.span[1]],
    confidence: item.confidence,
  };
}

function targetPeriod(year: string | null, fallback: string | undefined): string | undefined {
  const all = year?.match(/\d{4}/g);
  return all?.[all.length - 1] ?? fallback;
}

export function buildPack(
  items: readonly ExtractItem[],
  documents: readonly DirectiveIdentity[],
  fileName?: string,
): FittedPack {
  return fitToSchema(draftPack(items, documents, fileName));
}

function draftPack(
  items: readonly ExtractItem[],
  documents: readonly DirectiveIdentity[],
  fileName?: string,
): DraftPack {
  const main = documents.find((d) => d.kind !== null) ?? documents[0];
  const docNumber = main?.number ?? undefined;
  const fallbackYear = main?.date?.slice(0, 4) ?? undefined;
  const baseName = fileName ? fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : undefined;
  const title = main?.title ?? baseName ?? 'Văn bản chỉ đạo';

  const agencies = new Map<string, PackAgency>();
  const usedAgencyIds = usedIds();
  const agencyId = (name: string): string => {
    const key = removeDiacritics(name).toLowerCase().replace(/\s+/g, ' ').trim();
    const found = agencies.get(key);
    if (found) return found.id;
    const id = uniqueId(slug(name, 50), usedAgencyIds);
    agencies.set(key, { id, name, aliases: [] });
    return id;
  };
  const unknownAgency = (): string => agencyId('Chưa xác định');

  const tasks: PackTask[] = [];
  const reports: PackReport[] = [];
  const indicators: PackIndicator[] = [];
  const used = usedIds();

  for (const item of items) {
    if (item.kind === 'deadline') {
      const owners = splitAgencies(item.owner).map(agencyId);
      const t = item.task ?? item.quote.slice(0, 120);
      tasks.push({
        id: uniqueId(`t-${slug(t, 40)}`, used),
        title: t,
        ...(owners.length > 0 ? { owners } : {}),
        coordinators: [],
        ...(item.dueText ? { due: item.dueText } : {}),
        ...(owners.length === 0
          ? { assumption: 'Văn bản không nêu cơ quan chủ trì. / The text names no owner.' }
          : {}),
        source: source(item, docNumber),
      });
    } else if (item.kind === 'report') {
      const from = splitAgencies(item.from).map(agencyId);
      const t = item.task ?? 'Báo cáo';
      const base: PackReport = {
        id: uniqueId(`r-${slug(t, 40)}`, used),
        title: t,
        from: from.length > 0 ? from : [unknownAgency()],
        ...(item.to ? { to: agencyId(item.to) } : {}),
        ...(item.via ? { via: agencyId(item.via) } : {}),
        source: source(item, docNumber),
      };
      const assumptions: string[] = [];
      if (from.length === 0)
        assumptions.push('Văn bản không nêu đơn vị báo cáo. / The text names no reporting unit.');
      if (item.period === 'daily') {
        // decision 0013: a daily report is written with its phrase as its due and no schedule;
        // the checker lists it as not evaluated day by day
        reports.push({
          ...base,
          due: item.dueText ?? 'hằng ngày',
          assumption: [
            ...assumptions,
            'Báo cáo hằng ngày: gói không tách thành từng ngày; khi kiểm tra sổ nhận báo cáo, báo cáo này được ghi là chưa kiểm tra theo từng ngày. / A daily report: the pack does not expand it day by day; checking a received-reports log lists it as not evaluated per day.',
          ].join(' '),
        });
      } else if (item.period && item.period !== 'once') {
        const from = main?.date ?? `${fallbackYear ?? new Date(0).getUTCFullYear()}-01-01`;
        // "vào thứ Sáu hằng tuần": due on that weekday of each ISO week
        const weekday = item.period === 'weekly' ? weeklyDueOf(item.dueText ?? '') : undefined;
        const assumed = weekday
          ? []
          : item.period === 'weekly'
            ? [
                "Văn bản không nêu ngày hạn của mỗi tuần; tạm lấy Chủ nhật của tuần. / The text gives no due day per week; assumed the week's Sunday.",
              ]
            : [
                'Văn bản không nêu ngày hạn của mỗi kỳ; tạm lấy ngày 1 tháng sau kỳ. / The text gives no due day per period; assumed the 1st of the month after the period.',
              ];
        reports.push({
          ...base,
          schedule: {
            every: EVERY[item.period],
            due:
              weekday ??
              (item.period === 'weekly' ? { daysAfterPeriodEnd: 0 } : { day: 1, monthOffset: 1 }),
            from,
          },
          ...(assumptions.length + assumed.length > 0
            ? { assumption: [...assumptions, ...assumed].join(' ') }
            : {}),
        });
      } else {
        if (!item.dueText)
          assumptions.push('Văn bản không nêu thời hạn báo cáo. / The text gives no due date.');
        reports.push({
          ...base,
          due:
            item.dueText ??
            (item.period === null && /định kỳ/u.test(item.quote) ? 'định kỳ' : 'chưa xác định'),
          ...(assumptions.length > 0 ? { assumption: assumptions.join(' ') } : {}),
        });
      }
    } else {
      const period = targetPeriod(item.year, fallbackYear);
      const target: PackTarget | undefined =
        period === undefined || item.op === null
          ? undefined
          : {
              period,
              op: item.op,
              ...(item.op === 'between'
                ? { min: item.min ?? 0, max: item.max ?? 0 }
                : { value: item.value ?? 0 }),
              text: item.quote.replace(/\*+/g, '').replace(/\s+/g, ' ').trim().slice(0, 500),
            };
      const name = item.name ?? item.quote.slice(0, 80);
      const isPart = /^\s*trong đó/iu.test(item.quote) && indicators.length > 0;
      const existing = indicators.find(
        (i) => i.title === name && i.unit === (item.unit ?? undefined),
      );
      if (existing && target) {
        existing.targets.push(target);
        continue;
      }
      const indicator: PackIndicator = {
        id: uniqueId(`i-${slug(name, 40)}`, used),
        title: name,
        ...(item.unit ? { unit: item.unit } : {}),
        ...(LOWER_IS_BETTER.test(name) || item.op === '<' || item.op === '<='
          ? { lowerIsBetter: true }
          : {}),
        targets: target ? [target] : [],
        ...(item.year === null
          ? {
              assumption: `Văn bản không nêu năm; tạm lấy năm ${period ?? '?'}. / No year given; assumed ${period ?? '?'}.`,
            }
          : {}),
        source: source(item, docNumber),
      };
      const parent = indicators[indicators.length - 1];
      if (isPart && parent) {
        const { parts: _parts, ...part } = indicator;
        void _parts;
        parent.parts = [...(parent.parts ?? []), part];
      } else indicators.push(indicator);
    }
  }

  return {
    $schema: PACK_SCHEMA_URL,
    id: slug(docNumber ?? baseName ?? title, 60),
    version: '0.1.0-draft',
    title: title.length > 300 ? title.slice(0, 297) + '…' : title,
    locale: 'vi',
    source: {
      documents: documents.map((d) => ({
        ...(d.number ? { number: d.number } : {}),
        ...(d.kind ? { kind: d.kind } : {}),
        ...(d.date ? { date: d.date } : {}),
        ...(d.issuer ? { issuer: d.issuer } : {}),
        ...(d.title ? { title: d.title.slice(0, 2000) } : {}),
      })),
    },
    agencies: [...agencies.values()],
    tasks,
    reports,
    indicators,
  };
}

/** A draft made to fit the pack schema, and what had to be cut. */
export interface FittedPack {
  readonly pack: DraftPack;
  /** Each text or list cut to the schema's limit: its JSON pointer, its length and the limit. */
  readonly cut: readonly TrimmedField[];
}

/** Text cut to at most `max` characters, at the last space when there is one in its second half. */
function cutText(text: string, max: number): string {
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max / 2 ? head.slice(0, space) : head).trimEnd();
}

/**
 * The draft cut to what the pack schema allows, so that whatever the text holds the draft loads: a
 * text over its limit (a quote of one endless sentence) is cut at a word, a quote keeping its span
 * on the words it still holds (so it is still the document's words at that span); a list over its
 * limit (more reports than a pack holds) keeps its first items. Anything else the schema refuses is
 * left for the caller to report.
 */
export function fitToSchema(draft: DraftPack): FittedPack {
  const cut: TrimmedField[] = [];
  let pack = draft;
  for (let round = 0; round < 4; round += 1) {
    const result = packSchema.safeParse(pack);
    if (result.success) break;
    const tooBig = result.error.issues.filter(
      (i) => i.code === 'too_big' && (i.origin === 'string' || i.origin === 'array'),
    );
    if (tooBig.length === 0) break;
    pack = structuredClone(pack);
    // Deepest first: an item's text is cut before the list holding it loses items.
    for (const issue of tooBig.sort((a, b) => b.path.length - a.path.length)) {
      if (issue.code !== 'too_big') continue;
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const key = path[path.length - 1];
      let parent: unknown = pack;
      for (const step of path.slice(0, -1))
        parent = (parent as Record<string | number, unknown>)?.[step];
      if (key === undefined || parent === null || typeof parent !== 'object') continue;
      const holder = parent as Record<string | number, unknown>;
      const value = holder[key];
      const max = Number(issue.maximum);
      if (typeof value === 'string' && value.length > max) {
        const text = cutText(value, max);
        holder[key] = text;
        if (key === 'quote' && Array.isArray(holder.span) && typeof holder.span[0] === 'number')
          holder.span = [holder.span[0], holder.span[0] + text.length];
        cut.push({ pointer: jsonPointer(path), kind: 'text', length: value.length, max });
      } else if (Array.isArray(value) && value.length > max) {
        cut.push({ pointer: jsonPointer(path), kind: 'list', length: value.length, max });
        value.length = max;
      }
    }
  }
  return { pack, cut };
}
