/**
 * Precision and recall of extracted items against a hand-checked gold list (matching rules in
 * `gold/README.md`). Measures what the extractor gets exactly right (dates, owners, operators,
 * values, units, years), not mere mentions.
 */
import { foldText } from '@dondoc/core';
import type { ExtractItem, ItemKind } from './types.js';

/** A gold entry: an item, plus other defensible readings of a field. */
export interface GoldItem extends ExtractItem {
  readonly accept?: {
    readonly owner?: readonly string[];
    readonly from?: readonly string[];
    readonly to?: readonly string[];
  };
  readonly number?: string;
  readonly lowerIsBetter?: boolean;
}

export interface KindScore {
  readonly predicted: number;
  readonly gold: number;
  readonly matched: number;
  /** matched / predicted (1 when nothing was predicted). */
  readonly precision: number;
  /** matched / gold (1 when the gold list has none). */
  readonly recall: number;
}

export interface DocumentScore {
  readonly byKind: Readonly<Record<ItemKind, KindScore>>;
  readonly matches: readonly { readonly predicted: ExtractItem; readonly gold: GoldItem }[];
  /** Gold items nothing matched. */
  readonly missed: readonly GoldItem[];
  /** Predicted items that matched no gold item. */
  readonly extra: readonly ExtractItem[];
}

export const KINDS: readonly ItemKind[] = ['deadline', 'report', 'indicator'];

/** Abbreviations expanded before agency names are compared (evaluation only; kept fixed on purpose). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  ubmttq: 'uy ban mat tran to quoc',
  mttq: 'mat tran to quoc',
  btv: 'ban thuong vu',
  btg: 'ban tuyen giao',
  hu: 'huyen uy',
  tu: 'tinh uy',
  vp: 'van phong',
  tt: 'trung tam',
};

function agencyPartKey(part: string): string {
  const words = foldText(part)
    .split(' ')
    .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '))
    .filter((w) => w !== '');
  while (words[0] === 'cac' || words[0] === 'cua') words.shift();
  // "Ủy ban Mặt trận Tổ quốc Việt Nam huyện" and "… Tổ quốc huyện" name the same body
  return words.join(' ').replace(/\bto quoc viet nam\b/g, 'to quoc');
}

/** The set of agencies a field names: split at ";", "," and " và ". */
export function agencySet(text: string): Set<string> {
  return new Set(
    text
      .split(/;|,|\s+và\s+/)
      .map(agencyPartKey)
      .filter((k) => k !== ''),
  );
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Whether a predicted agency field matches the gold one (null gold: the document leaves it open). */
export function sameAgencies(
  predicted: string | null,
  gold: string | null,
  alternatives: readonly string[] = [],
): boolean {
  if (gold === null) return true;
  if (predicted === null) return false;
  const p = agencySet(predicted);
  return [gold, ...alternatives].some((g) => sameSet(p, agencySet(g)));
}

function unitKey(unit: string): string {
  return foldText(unit).replace(/\s*\/\s*/g, '/');
}

/** Units match when equal after folding, or when one starts the other at a word or "/" boundary. */
export function sameUnit(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = unitKey(predicted);
  const g = unitKey(gold);
  if (p === g) return true;
  const [short, long] = p.length < g.length ? [p, g] : [g, p];
  return short !== '' && long.startsWith(short) && /[ /]/.test(long[short.length] ?? '');
}

function endYear(year: string | null): string | null {
  if (year === null) return null;
  const all = year.match(/\d{4}/g);
  return all?.[all.length - 1] ?? year;
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-9;
}

function sameTarget(p: ExtractItem, g: GoldItem): boolean {
  const full = (i: ExtractItem): string =>
    i.value === 100 &&
    i.unit !== null &&
    unitKey(i.unit).startsWith('%') &&
    (i.op === '>=' || i.op === '=')
      ? '='
      : (i.op ?? '');
  if (full(p) !== full(g)) return false;
  if (g.op === 'between') return sameNumber(p.min, g.min) && sameNumber(p.max, g.max);
  return sameNumber(p.value, g.value);
}

function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function overlapLength(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Whether a predicted item says exactly what a gold item says (spans aside). */
export function itemMatches(p: ExtractItem, g: GoldItem): boolean {
  if (p.kind !== g.kind) return false;
  switch (g.kind) {
    case 'deadline':
      return p.due === g.due && sameAgencies(p.owner, g.owner, g.accept?.owner);
    case 'report':
      return (
        p.due === g.due &&
        p.period === g.period &&
        sameAgencies(p.to, g.to, g.accept?.to) &&
        sameAgencies(p.from, g.from, g.accept?.from)
      );
    case 'indicator':
      return sameTarget(p, g) && sameUnit(p.unit, g.unit) && endYear(p.year) === endYear(g.year);
  }
}

function kindScore(predicted: number, gold: number, matched: number): KindScore {
  return {
    predicted,
    gold,
    matched,
    precision: predicted === 0 ? 1 : matched / predicted,
    recall: gold === 0 ? 1 : matched / gold,
  };
}

/** Matches predicted items to gold items one to one (best span overlap first) and counts. */
export function scoreItems(
  predicted: readonly ExtractItem[],
  gold: readonly GoldItem[],
): DocumentScore {
  const candidates: { p: number; g: number; overlap: number }[] = [];
  predicted.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      if (overlaps(p.span, g.span) && itemMatches(p, g))
        candidates.push({ p: pi, g: gi, overlap: overlapLength(p.span, g.span) });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matches: { predicted: ExtractItem; gold: GoldItem }[] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    matches.push({ predicted: predicted[c.p] as ExtractItem, gold: gold[c.g] as GoldItem });
  }
  const byKind = Object.fromEntries(
    KINDS.map((k) => [
      k,
      kindScore(
        predicted.filter((i) => i.kind === k).length,
        gold.filter((i) => i.kind === k).length,
        matches.filter((m) => m.gold.kind === k).length,
      ),
    ]),
  ) as Record<ItemKind, KindScore>;
  return {
    byKind,
    matches,
    missed: gold.filter((_, i) => !usedG.has(i)),
    extra: predicted.filter((_, i) => !usedP.has(i)),
  };
}

/** Sums document scores kind by kind. */
export function totalScore(scores: readonly DocumentScore[]): Record<ItemKind, KindScore> {
  return Object.fromEntries(
    KINDS.map((k) => {
      const sum = (f: (s: KindScore) => number): number =>
        scores.reduce((acc, s) => acc + f(s.byKind[k]), 0);
      return [
        k,
        kindScore(
          sum((s) => s.predicted),
          sum((s) => s.gold),
          sum((s) => s.matched),
        ),
      ];
    }),
  ) as Record<ItemKind, KindScore>;
}
