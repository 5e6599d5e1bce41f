/**
 * A completion date written inside a result or notes text, where tracking sheets with no
 * "Ngày hoàn thành" column put it:
 *
 * - "Hoàn thành ngày 30/10/2024", "Đã hoàn thành vào ngày 30/10/2024", "Xong ngày 2/11/2024"
 * - "Đã báo cáo tại văn bản số 12/BC-UBND ngày 05/11/2024", "Đã ban hành Kế hoạch số 45/KH-UBND
 *   ngày 02/3/2024", "Đã gửi Báo cáo số 118-BC/HU ngày 10/12/2024": the date of the document that
 *   did the work.
 *
 * A date counts only when a done verb ("hoàn thành", "xong", "đã gửi", "đã nộp", "đã báo cáo",
 * "đã ban hành", "đã ký", "đã trình", "đã giải quyết" …: the done words of status.ts) points at it, with
 * nothing between them but "vào ngày" or a document reference ("tại văn bản số …"). Dates of the
 * assignment ("giao tại Công văn số 15 ngày 3/10/2024"), deadlines ("hoàn thành trước ngày …",
 * "hạn …") and negated verbs ("chưa báo cáo") are not completion dates. When several dates qualify
 * (a report sent in two parts), the latest is the completion.
 */
import type { PlainDate } from '../model/plain-date.js';
import { compareDates } from '../model/plain-date.js';
import { foldWithOffsets, scanDates } from './dates.js';
import { DOCUMENT_KIND_CODES, DOCUMENT_KIND_NAMES } from './document-kind.js';
import { DONE_WORDS } from './status.js';
import { foldText } from './text.js';
import type { DateContext } from './dates.js';

export interface CompletionInText {
  readonly date: PlainDate;
  /** The words that gave it, as written: "đã báo cáo tại văn bản số 12/BC-UBND ngày 05/11/2024". */
  readonly phrase: string;
}

/**
 * Verbs that say the work was done: the done words of the status vocabulary (status.ts), one
 * list for both. A word without "đã" ("hoàn thành", "xong") may take "đã" or "được" before it; a
 * word with it ("đã gửi", "đã giải quyết") needs it, as "gửi" alone may be an instruction, and may
 * take "được" or "tự" after "đã" ("đã được phê duyệt", "đã tự tháo dỡ").
 */
const DONE_VERB = ((): RegExp => {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const bare = new Set<string>();
  const withDa = new Set<string>();
  for (const word of DONE_WORDS) {
    const key = foldText(word);
    if (key.split(' ').length > 3 || /\b(?:truoc|dung|qua|cham|tre) han\b/.test(key)) continue;
    if (key.startsWith('da ')) withDa.add(key.slice(3));
    else bare.add(key);
  }
  bare.add('thuc hien xong');
  const longestFirst = (set: Set<string>) =>
    [...set]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
  return new RegExp(
    `(?<![a-z0-9])(?:(?:da|duoc)\\s+)?(?:${longestFirst(bare)})(?![a-z0-9])|(?<![a-z0-9])da\\s+(?:(?:duoc|tu)\\s+)?(?:${longestFirst(withDa)})(?![a-z0-9])`,
    'g',
  );
})();

/**
 * On a row already known to be done, what may open its notes as the work done, without "đã": the
 * done words written with "đã" ("Phê duyệt ngày 20/9/2024", "Ban hành ngày …"), the document
 * that did the work ("Quyết định số 18/QĐ-THCS ngày 26/8/2024", "Báo cáo số 45/BC-UBND ngày …")
 * and a record of it ("Biên bản kiểm tra ngày 18/10/2024").
 */
/**
 * A record ("Biên bản kiểm tra ngày 18/10/2024", "Biên bản nghiệm thu ngày …") is written when the
 * work it records is done: opening the notes of a done row, with or without its number, its date
 * is the day the work was done. (Other documents count only with their number: "Kế hoạch ngày …"
 * may be the plan the work follows.)
 */
const RECORD = 'bien ban';

const DONE_LEAD = ((): RegExp => {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const verbs = new Set<string>();
  for (const word of DONE_WORDS) {
    const key = foldText(word);
    if (key.startsWith('da ') && key.split(' ').length <= 3) verbs.add(key.slice(3));
  }
  const longestFirst = [...verbs].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(
    `^(?:(?:${longestFirst.join('|')})(?![a-z0-9])|(?:${[...DOCUMENT_KIND_NAMES, ...DOCUMENT_KIND_CODES].join('|')})\\s+so(?![a-z])|${RECORD}(?![a-z]))`,
  );
})();

/** What may stand between the verb and the date: "vào ngày", "tại văn bản số 12/BC-UBND ngày". */
const GAP =
  /^[\s,:(]*(?:(?:vao|trong)\s+)?(?:(?:[a-z]+\s+){0,2}(?:tai|bang|theo|qua|voi)\s+)?(?:(?:[a-z]+\s+){0,5}so\s*[0-9][0-9a-z/\-.&]*\s*)?(?:(?:vao\s+)?ngay(?:\s+ky)?)?[\s,:]*$/;

const NEGATION = /(?:^|\s)(?:chua|khong|chang)(?:\s+(?:duoc|the|kip))*\s*$/;

/**
 * An assignment ("giao", "được giao"), not a handing over ("bàn giao", "giao nhận"): what was
 * handed over was done.
 */
const ASSIGNED = '(?<!ban )giao(?! nhan)';
/** Words of a deadline or an assignment: a date after them is no completion. */
const NOT_DONE_GAP = new RegExp(`\\b(?:truoc|han|cham nhat|den|${ASSIGNED}|toi)\\b`);

const WINDOW = 120;

type Folded = ReturnType<typeof foldWithOffsets>;

/**
 * How one reading finds a completion at a date of the text: the folded offset where its phrase
 * opens, or undefined when the date is no completion by this reading.
 */
type CompletionReading = (folded: Folded, foldedStart: number) => number | undefined;

/**
 * Scans the text's dates once and gives, for each reading, the latest day it accepts (a report
 * sent in two parts is complete at its second).
 */
function latestByReading(
  text: string,
  context: DateContext,
  readings: readonly CompletionReading[],
): (CompletionInText | undefined)[] {
  const best: (CompletionInText | undefined)[] = readings.map(() => undefined);
  if (typeof text !== 'string' || text.trim() === '') return best;
  const folded = foldWithOffsets(text);
  for (const scan of scanDates(text, context)) {
    if (!scan.result.ok || scan.result.expression.kind !== 'day') continue;
    // the scan's start in the folded text
    const foldedStart = folded.starts.findIndex((s) => s >= scan.start);
    if (foldedStart < 0) continue;
    const date = scan.result.expression.date;
    readings.forEach((read, i) => {
      const opens = read(folded, foldedStart);
      if (opens === undefined) return;
      const current = best[i];
      if (current && compareDates(date, current.date) <= 0) return;
      const phraseStart = folded.starts[opens] ?? scan.start;
      best[i] = { date, phrase: text.slice(phraseStart, scan.end).trim() };
    });
  }
  return best;
}

/** A done verb pointing at the date across "vào ngày" or a document reference. */
const byDoneVerb: CompletionReading = (folded, foldedStart) => {
  const from = Math.max(0, foldedStart - WINDOW);
  const window = folded.text.slice(from, foldedStart);
  let verb: RegExpExecArray | undefined;
  for (const m of window.matchAll(DONE_VERB)) verb = m;
  if (!verb) return undefined;
  const verbStart = from + verb.index;
  const gap = folded.text.slice(verbStart + verb[0].length, foldedStart);
  if (!GAP.test(gap) || NOT_DONE_GAP.test(gap)) return undefined;
  if (NEGATION.test(folded.text.slice(Math.max(0, verbStart - 20), verbStart))) return undefined;
  return verbStart;
};

/** The completion date a result or notes text states, or undefined. */
export function completionDateInText(
  text: string,
  context: DateContext = {},
): CompletionInText | undefined {
  return latestByReading(text, context, [byDoneVerb])[0];
}

/** A clause of what was done, opening with "đã", its date at the end: "Đã tổ chức kiểm điểm ngày 10/10/2024". */
const DONE_CLAUSE_GAP = /^[a-z0-9\s,/-]*$/;
/** Words that make the date another's: a deadline, an assignment, a start, a plan it follows. */
const OTHER_DATE = new RegExp(
  `\\b(?:truoc|han|cham nhat|den|${ASSIGNED}|toi|tu|ke tu|theo|du kien|ke hoach)\\b`,
);
const MAX_CLAUSE_WORDS = 12;
/**
 * After a done clause, a semicolon or a dash and the document that did the work, its kind perhaps
 * followed by its subject ("Thông báo kết luận số …", "Biên bản nghiệm thu số …", "QĐ số …"),
 * its number, up to its date.
 */
/** A document the work follows, not one that did it: a plan, a programme, a draft. */
const PLAN_DOCUMENT = /^(?:ke hoach|kh|chuong trinh|du thao)\b/;
const DOCUMENT_AFTER_CLAUSE = new RegExp(
  `\\s*[;\\-–]\\s*((?:${[...DOCUMENT_KIND_NAMES, ...DOCUMENT_KIND_CODES, RECORD].join('|')})(?:\\s+[a-z]+){0,3})\\s+so\\s*[0-9][0-9a-z/\\-.&]*\\s*$`,
);

/**
 * On a row already known to be done, the day a clause of what was done gives: "Đã tổ chức kiểm
 * điểm ngày 10/10/2024", "Đã hòa giải thành tại UBND xã ngày 20/9/2024". The clause opens with
 * "đã" (not negated), reaches "ngày D" within a few words, in one sentence, with no word making the
 * date a deadline's, an assignment's, a start's or a plan's. The latest such day is the completion.
 */
export function completionDateInDoneClause(
  text: string,
  context: DateContext = {},
  /**
   * Whether notes opening with a done word without "đã" ("Phê duyệt ngày …") or with a document
   * ("Quyết định số … ngày …") count: only where the table has no completion-date column of its
   * own; where it has one and leaves it empty, such a note is too weak a sign.
   */
  bareLead = true,
): CompletionInText | undefined {
  const [strict, clause] = latestByReading(text, context, [
    byDoneVerb,
    bareLead ? byDoneClause : byDaClause,
  ]);
  return strict ?? clause;
}

/**
 * A clause opening with "đã" (or the text opening with a done word, or with the document that did
 * the work) and ending at the date.
 */
const byDoneClause: CompletionReading = (folded, foldedStart) =>
  doneClause(folded, foldedStart, true);
/** The same, without the done words written without "đã" nor the documents. */
const byDaClause: CompletionReading = (folded, foldedStart) =>
  doneClause(folded, foldedStart, false);

function doneClause(folded: Folded, foldedStart: number, bareLead: boolean): number | undefined {
  const from = Math.max(0, foldedStart - WINDOW);
  const before = folded.text.slice(from, foldedStart);
  // the clause opens with "đã", or the text with a done word ("Kết thúc kiểm tra ngày …")
  let da = before.lastIndexOf('da ');
  let opener = 3;
  if (da > 0 && /[a-z0-9]/.test(before[da - 1]!)) da = -1;
  if (da < 0 && foldedStart <= WINDOW) {
    const lead = new RegExp(DONE_VERB.source).exec(before);
    const bare = bareLead ? DONE_LEAD.exec(before) : null;
    if (lead && lead.index === 0) {
      da = 0;
      opener = lead[0].length;
    } else if (bare) {
      da = 0;
      opener = bare[0].length;
    }
  }
  if (da < 0) return undefined;
  if (NEGATION.test(before.slice(0, da))) return undefined;
  const gap = before.slice(da + opener);
  // (the date's scan may hold its "ngày" or not)
  const clause = gap.replace(/(?:vao\s+)?ngay\s*$/, '');
  if (!DONE_CLAUSE_GAP.test(clause)) {
    // the done clause, then after a semicolon or a dash the document that did the work: "Đã kiểm
    // tra; Thông báo kết luận số 25/TB-TNMT ngày …" (where documents count)
    const document = bareLead ? DOCUMENT_AFTER_CLAUSE.exec(clause) : null;
    // a plan is what the work follows, not what did it ("…; Kế hoạch số 12/KH-UBND ngày …")
    if (!document || PLAN_DOCUMENT.test(document[1]!)) return undefined;
    const head = clause.slice(0, document.index);
    if (!DONE_CLAUSE_GAP.test(head) || OTHER_DATE.test(head)) return undefined;
    return head.trim().split(/\s+/).length > MAX_CLAUSE_WORDS ? undefined : from + da;
  }
  if (OTHER_DATE.test(clause)) return undefined;
  if (clause.trim().split(/\s+/).length > MAX_CLAUSE_WORDS) return undefined;
  return from + da;
}
