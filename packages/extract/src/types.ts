/**
 * What the extractor finds: flat items (the form precision and recall are measured on) and the
 * draft pack built from them.
 */
import type { Pack } from '@dondoc/core';

export type ItemKind = 'deadline' | 'report' | 'indicator';
export type ItemPeriod =
  | 'once'
  /** "hằng ngày", "mỗi ngày": every day (decision 0013: a pack writes it with no schedule). */
  | 'daily'
  | 'weekly'
  | 'monthly'
  | 'quarterly'
  | 'half-yearly'
  | 'yearly';
export type TargetOp = '>=' | '>' | '<=' | '<' | '=' | 'between' | 'approx';

/**
 * One finding, quoted. `span` is `[start, end)` in the text given to `extractDirective` (UTF-16
 * offsets) and `quote === text.slice(start, end)`. Fields that do not apply to the kind are null.
 */
export interface ExtractItem {
  readonly kind: ItemKind;
  readonly quote: string;
  readonly span: readonly [number, number];
  /** 0–1: how the item was found (an explicit sentence scores higher than one completed from context). */
  readonly confidence: number;
  /** Agencies in charge of a deadline, several separated by "; ". */
  readonly owner: string | null;
  readonly task: string | null;
  /** ISO date of the last acceptable day. */
  readonly due: string | null;
  /** The deadline words as written, e.g. "trước ngày 20/5/2024". */
  readonly dueText: string | null;
  /** Reporting agencies, several separated by "; ". */
  readonly from: string | null;
  readonly to: string | null;
  readonly via: string | null;
  readonly period: ItemPeriod | null;
  /** Indicator name. */
  readonly name: string | null;
  readonly op: TargetOp | null;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string | null;
  /** Target year, or a period such as "2021-2030". */
  readonly year: string | null;
  /**
   * Where the item came from, for review: the headings and lead-ins above it ("II. NHIỆM VỤ ›
   * Các sở gửi báo cáo về UBND tỉnh … theo thời hạn sau:") and the document frame (issue date,
   * target year from the title). Absent when the item stands alone.
   */
  readonly context?: string;
}

/** An item with every field null: spread it and set what applies. */
export const EMPTY_ITEM: Omit<ExtractItem, 'kind' | 'quote' | 'span' | 'confidence'> = {
  owner: null,
  task: null,
  due: null,
  dueText: null,
  from: null,
  to: null,
  via: null,
  period: null,
  name: null,
  op: null,
  value: null,
  min: null,
  max: null,
  unit: null,
  year: null,
};

/** The identity of the directive. */
export interface DirectiveIdentity {
  /** "Kế hoạch", "Chỉ thị", "Chương trình hành động" … */
  readonly kind: string | null;
  /** "32-CT/TW" */
  readonly number: string | null;
  /** ISO date. */
  readonly date: string | null;
  readonly issuer: string | null;
  readonly title: string | null;
}

/** A text or a list of the draft cut to the pack schema's limit. */
export interface TrimmedField {
  /** JSON pointer, e.g. "/reports" or "/tasks/3/source/quote". */
  readonly pointer: string;
  readonly kind: 'text' | 'list';
  /** Characters or items before the cut. */
  readonly length: number;
  readonly max: number;
}

/** A draft pack: a pack (the core schema validates it) whose items all carry a quote and span. */
export type DraftPack = Pack;

export interface ExtractResult {
  readonly pack: DraftPack;
  readonly items: readonly ExtractItem[];
  /** One identity per document found in the text (a file may hold a plan and the texts it implements). */
  readonly documents: readonly DirectiveIdentity[];
  /** What was cut from the draft to fit the pack schema's limits (nothing, for any real directive). */
  readonly cut: readonly TrimmedField[];
}
