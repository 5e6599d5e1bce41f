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
  /**
   * The name is a received-reports log's unit, not a task's owner: `taskTitle` is then the report
   * the line records, and the message says the report is credited to no unit.
   */
  readonly inLog?: boolean;
}

/**
 * An owner cell names an agency the pack does not know (only when the pack lists agencies), or a
 * line of a received-reports log names a unit that is neither on the workbook's roster nor among
 * the pack's agencies, or could be several of them.
 */
export const agencyUnknown: Rule<UnknownAgencyInput> = {
  id: 'agency/unknown',
  family: 'agency',
  defaultSeverity: 'warning',
  name: { vi: 'Cơ quan không có trong danh sách', en: 'Unknown agency' },
  description: {
    vi: 'Tên cơ quan không có trong bộ quy tắc (hoặc trong danh sách đơn vị của tệp), hoặc có thể là nhiều đơn vị.',
    en: "An agency name the pack (or the workbook's list of units) does not know, or that could be several units.",
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
    unknownInLog: {
      vi: 'Đơn vị "{agency}" trong sổ nhận báo cáo ("{title}") không có trong danh sách đơn vị: báo cáo chưa được tính cho đơn vị nào.',
      en: 'The unit "{agency}" in the received-reports log ("{title}") is not in the list of units: the report is credited to no unit.',
    },
    ambiguousInLog: {
      vi: 'Đơn vị "{agency}" trong sổ nhận báo cáo ("{title}") có thể là một trong các đơn vị: {candidates}. Báo cáo chưa được tính cho đơn vị nào.',
      en: 'The unit "{agency}" in the received-reports log ("{title}") could be any of: {candidates}. The report is credited to none of them.',
    },
    unknownWithClosestInLog: {
      vi: 'Đơn vị "{agency}" trong sổ nhận báo cáo ("{title}") không có trong danh sách đơn vị. Gần giống nhất: "{closest}" (độ tương đồng {similarity}); báo cáo chưa được tính cho đơn vị nào.',
      en: 'The unit "{agency}" in the received-reports log ("{title}") is not in the list of units. Closest: "{closest}" (similarity {similarity}); the report is credited to no unit.',
    },
  },
  decide: ({ name, matched, known, taskTitle, candidates, inLog }): RuleReport | undefined => {
    if (matched || foldText(name).length <= 1) return undefined;
    const suffix = inLog ? 'InLog' : '';
    if (candidates && candidates.length > 1) {
      const which = candidates.map((c) => `"${c}"`).join(', ');
      return {
        messageId: `ambiguous${suffix}`,
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
          messageId: `unknownWithClosest${suffix}`,
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
      : { messageId: `unknown${suffix}`, values, actual: name };
  },
};
