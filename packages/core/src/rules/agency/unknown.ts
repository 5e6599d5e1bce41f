import { clip } from '../../findings/template.js';
import { agencySimilarity } from '../../vi/agencies.js';
import { foldText } from '../../vi/text.js';
import type { Rule, RuleReport } from '../rule.js';

export interface UnknownAgencyInput {
  /** One agency named in an owner cell ("UBND xã Đức Lạng" of "UBND xã Đức Lạng, Hội Nông dân"). */
  readonly name: string;
  /** Whether the pack's agencies and groups matched it (after NFC, case, diacritics, abbreviations). */
  readonly matched: boolean;
  /** The names the pack knows, to say which one comes closest. */
  readonly known: readonly string[];
  readonly taskTitle: string;
  /** Several units of the set fit about as well: they are named instead of guessing one. */
  readonly candidates?: readonly string[];
}

/** An owner cell names an agency the pack does not know (only when the pack lists agencies). */
export const agencyUnknown: Rule<UnknownAgencyInput> = {
  id: 'agency/unknown',
  family: 'agency',
  defaultSeverity: 'warning',
  name: { vi: 'Cơ quan không có trong danh sách', en: 'Unknown agency' },
  description: {
    vi: 'Tên cơ quan không có trong bộ quy tắc.',
    en: 'An agency name the pack does not know.',
  },
  messages: {
    unknown: {
      vi: 'Cơ quan "{agency}" (nhiệm vụ "{title}") không có trong danh sách cơ quan của bộ quy tắc.',
      en: 'The agency "{agency}" (task "{title}") is not among the pack\'s agencies.',
    },
    ambiguous: {
      vi: 'Cơ quan "{agency}" (nhiệm vụ "{title}") không có trong danh sách cơ quan của bộ quy tắc. Không xác định được là cơ quan nào trong số: {candidates}.',
      en: 'The agency "{agency}" (task "{title}") is not among the pack\'s agencies. It could be any of: {candidates}.',
    },
    unknownWithClosest: {
      vi: 'Cơ quan "{agency}" (nhiệm vụ "{title}") không có trong danh sách cơ quan của bộ quy tắc. Gần giống nhất: "{closest}" (độ tương đồng {similarity}).',
      en: 'The agency "{agency}" (task "{title}") is not among the pack\'s agencies. Closest: "{closest}" (similarity {similarity}).',
    },
  },
  decide: ({ name, matched, known, taskTitle, candidates }): RuleReport | undefined => {
    if (matched || foldText(name).length <= 1) return undefined;
    if (candidates && candidates.length > 1) {
      const which = candidates.map((c) => `"${c}"`).join(', ');
      return {
        messageId: 'ambiguous',
        values: { agency: name, title: clip(taskTitle), candidates: which },
        actual: name,
      };
    }
    // The closest name the pack knows, with how close it is, when it is close at all.
    const guess = known
      .map((k) => ({ name: k, score: agencySimilarity(name, k) }))
      .sort((a, b) => b.score - a.score)[0];
    const values = { agency: name, title: clip(taskTitle) };
    return guess && guess.score >= 0.6
      ? {
          messageId: 'unknownWithClosest',
          values: {
            ...values,
            closest: guess.name,
            similarity: {
              vi: guess.score.toFixed(2).replace('.', ','),
              en: guess.score.toFixed(2),
            },
          },
          actual: name,
        }
      : { messageId: 'unknown', values, actual: name };
  },
};
