/**
 * Status words of tracking sheets ("Tình trạng", "Kết quả thực hiện").
 *
 * - done: "Hoàn thành", "Đã hoàn thành", "Xong", "Đã xong", "Đã gửi", "Đã thực hiện",
 *   "Hoàn thành trước hạn", "HT", "x", "✓" …
 * - in-progress: "Đang thực hiện", "Đang triển khai" …
 * - not-started: "Chưa thực hiện", "Chưa triển khai" …
 * - not-done: "Chưa hoàn thành", "Không hoàn thành", "Chưa gửi", "Chậm", "Quá hạn" …
 *
 * Matching is case-, diacritic- and punctuation-insensitive (foldText) and by whole words. A negation
 * ("chưa", "không", "chẳng") before a done word wins over it: "Chưa hoàn thành" is not done. When a
 * text holds several words, the most specific state wins: in-progress, then not-started, then
 * not-done from a negation, then done, then lateness alone. "Hoàn thành (chậm)" is done: whether it
 * was late is judged from the dates, not from the word. Words a pack adds win over the built-in ones.
 */
import { foldText, normalizeText, writtenWithoutMarks } from './text.js';

export type StatusState = 'done' | 'in-progress' | 'not-started' | 'not-done' | 'unknown';

export interface StatusClass {
  readonly state: StatusState;
  /** The vocabulary word that decided, as the vocabulary (or the pack) writes it. */
  readonly matched?: string;
  /**
   * True when the text says only that the work is late ("Chậm", "Quá hạn", "Chậm do đảng viên đi
   * công tác"): not done as it stands, but done late beside a completion date.
   */
  readonly lateOnly?: true;
}

export interface StatusWords {
  readonly done?: readonly string[];
  readonly notDone?: readonly string[];
}

type Category = 'done' | 'in-progress' | 'not-started' | 'negated' | 'chased' | 'late';

const VOCABULARY: ReadonlyArray<readonly [string, Category]> = [
  ['Hoàn thành', 'done'],
  ['Đã hoàn thành', 'done'],
  ['Hoàn thành trước hạn', 'done'],
  ['Hoàn thành đúng hạn', 'done'],
  ['Xong', 'done'],
  ['Đã xong', 'done'],
  // the answer to a column that asks "Đã làm chưa?": "Rồi" (yes, already) or "Chưa" (not yet)
  ['Rồi', 'done'],
  ['Làm rồi', 'done'],
  ['Đã gửi', 'done'],
  ['Đã nộp', 'done'],
  ['Đã báo cáo', 'done'],
  ['Đã thực hiện', 'done'],
  ['Đã triển khai', 'done'],
  ['Đã ban hành', 'done'],
  ['Đã tổ chức', 'done'],
  ['Đã ký', 'done'],
  ['Đã ký ban hành', 'done'],
  ['Đã trình', 'done'],
  ['Đã tham mưu', 'done'],
  ['Đã phê duyệt', 'done'],
  ['Đã xử lý', 'done'],
  ['Đã giải quyết', 'done'],
  ['Đã thực hiện xong', 'done'],
  ['Đã kết thúc', 'done'],
  // a violation or a fault found, remedied ("Đã khắc phục"), the building work pulled down ("Đã
  // tháo dỡ", "Đã tự tháo dỡ phần vi phạm")
  ['Đã khắc phục', 'done'],
  ['Đã tháo dỡ', 'done'],
  // an inspection or a meeting over: "Kết thúc kiểm tra ngày 14/6/2024"
  ['Kết thúc', 'done'],
  ['Đã thông qua', 'done'],
  ['Đã có văn bản', 'done'],
  ['Đã có báo cáo', 'done'],
  // a petition or an incoming document answered: "Đã trả lời tại Văn bản số … ngày …"
  ['Đã trả lời', 'done'],
  ['Đã phúc đáp', 'done'],
  // a recommendation answered: what was accepted is known only from the answer ("Kết quả tiếp
  // thu: Chấp nhận một phần"); a bare "Chấp nhận" is not listed, lest "Không chấp nhận" (a work
  // refused) be read through it
  ['Chấp nhận toàn bộ', 'done'],
  ['Chấp nhận một phần', 'done'],
  ['Đã chấp nhận', 'done'],
  ['Đã tiếp thu', 'done'],
  ['Tiếp thu toàn bộ', 'done'],
  ['Tiếp thu một phần', 'done'],
  // a site, a house or a work handed over: "Đã bàn giao", "Bàn giao ngày 25/10/2024"
  ['Đã bàn giao', 'done'],
  // a work accepted by its owner, or put to use: "Đã nghiệm thu", "Nghiệm thu ngày 20/8/2024" (on a
  // done row), "Đã đưa vào sử dụng"
  ['Đã nghiệm thu', 'done'],
  ['Đã đưa vào sử dụng', 'done'],
  // the statuses of the government's task-tracking system and the reports built on it
  ['Hoàn thành quá hạn', 'done'],
  ['Hoàn thành chậm', 'done'],
  ['Hoàn thành trễ hạn', 'done'],
  ['Đang thực hiện trong hạn', 'in-progress'],
  ['Đang thực hiện quá hạn', 'in-progress'],
  ['Trong hạn', 'in-progress'],
  ['Còn trong hạn', 'in-progress'],
  ['Chưa đến hạn', 'in-progress'],
  ['Đang tham mưu', 'in-progress'],
  ['Đang dự thảo', 'in-progress'],
  ['Đang soạn thảo', 'in-progress'],
  ['Đang trình', 'in-progress'],
  ['Đang chờ ký', 'in-progress'],
  ['Chờ ký', 'in-progress'],
  ['Chờ phê duyệt', 'in-progress'],
  ['Đang lấy ý kiến', 'in-progress'],
  ['Đang rà soát', 'in-progress'],
  ['Đang tổ chức', 'in-progress'],
  ['Đang giải quyết', 'in-progress'],
  ['Đang tổng hợp', 'in-progress'],
  ['Đang xem xét', 'in-progress'],
  ['Đang nghiên cứu', 'in-progress'],
  ['Chưa đến thời hạn', 'in-progress'],
  ['Hoàn tất', 'done'],
  ['Đã hoàn tất', 'done'],
  ['HT', 'done'],
  ['Đã HT', 'done'],
  ['Đang thực hiện', 'in-progress'],
  ['Đang triển khai', 'in-progress'],
  ['Đang tiến hành', 'in-progress'],
  ['Đang làm', 'in-progress'],
  ['Đang xây dựng', 'in-progress'],
  ['Đang xử lý', 'in-progress'],
  ['Đang hoàn thiện', 'in-progress'],
  // part of the work done is the work not done yet ("Hoàn thành 80%" is read the same way)
  ['Hoàn thành một phần', 'in-progress'],
  ['Cơ bản hoàn thành', 'in-progress'],
  ['Đã hoàn thành một phần', 'in-progress'],
  ['Đang chờ ý kiến', 'in-progress'],
  ['Chờ ý kiến', 'in-progress'],
  // an e-office's queue: received, not yet taken up
  ['Chờ xử lý', 'not-started'],
  ['Đang chờ xử lý', 'not-started'],
  ['Chưa thực hiện', 'not-started'],
  ['Chưa triển khai', 'not-started'],
  ['Chưa tiến hành', 'not-started'],
  ['Chưa bắt đầu', 'not-started'],
  ['Chưa làm', 'not-started'],
  ['Chưa tổ chức', 'not-started'],
  ['Chưa hoàn thành', 'negated'],
  ['Không hoàn thành', 'negated'],
  ['Chưa xong', 'negated'],
  ['Chưa gửi', 'negated'],
  ['Chưa nộp', 'negated'],
  ['Chưa báo cáo', 'negated'],
  ['Chưa trả lời', 'negated'],
  ['Chưa giải quyết', 'negated'],
  ['Chưa HT', 'negated'],
  ['CHT', 'negated'],
  ['Không thực hiện', 'negated'],
  ['Chưa', 'negated'],
  // The office's own follow-up, not the work: "Đã có văn bản đôn đốc", "Đã có công văn đôn đốc",
  // "Đôn đốc lần 2", "Nhắc nhở qua điện thoại" mean still not done — unless the work's own state is
  // written too ("Đã hoàn thành sau khi đôn đốc"), which says what became of it.
  ['Đã có văn bản đôn đốc', 'chased'],
  ['Đã đôn đốc', 'chased'],
  ['Đôn đốc', 'chased'],
  ['Đã nhắc', 'chased'],
  ['Đã nhắc nhở', 'chased'],
  ['Nhắc nhở', 'chased'],
  ['Đã có văn bản nhắc', 'chased'],
  ['Chậm', 'late'],
  ['Chậm tiến độ', 'late'],
  ['Quá hạn', 'late'],
  ['Trễ hạn', 'late'],
  ['Trễ', 'late'],
];

/**
 * The words that say the work was done, as the vocabulary writes them: the completion-date
 * reader (completion.ts) looks for a date after one of them.
 */
export const DONE_WORDS: readonly string[] = VOCABULARY.filter(([, c]) => c === 'done').map(
  ([w]) => w,
);

/** Whole-text marks that mean done. */
const DONE_MARKS = new Set(['x', '✓', '✔', '√', '☑', '✅', 'v']);

/** A negation right before a done word, with up to two words between ("chưa được hoàn thành"). */
const NEGATION = /(?:^| )(?:chua|khong|chang)(?: (?:duoc|the|kip|da))*$/;

const STATE_OF: Readonly<Record<Category, StatusState>> = {
  done: 'done',
  'in-progress': 'in-progress',
  'not-started': 'not-started',
  negated: 'not-done',
  chased: 'not-done',
  late: 'not-done',
};

const PRECEDENCE: readonly Category[] = [
  'in-progress',
  'not-started',
  'negated',
  'done',
  'chased',
  'late',
];

interface Hit {
  readonly word: string;
  readonly key: string;
  readonly at: number;
}

/** Folded vocabulary and pack words, kept: the same few dozen words are looked up on every row. */
const WORD_KEYS = new Map<string, string>();
function wordKey(word: string): string {
  let key = WORD_KEYS.get(word);
  if (key === undefined) {
    key = foldText(word);
    if (WORD_KEYS.size < 10_000) WORD_KEYS.set(word, key);
  }
  return key;
}

function hits(folded: string, words: readonly string[]): Hit[] {
  const padded = ` ${folded} `;
  const out: Hit[] = [];
  for (const word of words) {
    const key = wordKey(word);
    if (key === '') continue;
    let at = padded.indexOf(` ${key} `);
    while (at >= 0) {
      out.push({ word, key, at });
      at = padded.indexOf(` ${key} `, at + 1);
    }
  }
  return out;
}

function longest(list: readonly Hit[]): Hit | undefined {
  return list.reduce<Hit | undefined>(
    (best, h) => (!best || h.key.length > best.key.length ? h : best),
    undefined,
  );
}

/** How a state stands against its deadline, as a status says it: late, on time, or no deadline. */
const TIMELINESS_WORDS: ReadonlyArray<readonly [string, 'late' | 'on-time' | 'none']> = [
  ['quá hạn', 'late'],
  ['trễ hạn', 'late'],
  ['trễ', 'late'],
  ['chậm', 'late'],
  ['chậm hạn', 'late'],
  ['chậm tiến độ', 'late'],
  ['trước hạn', 'on-time'],
  ['đúng hạn', 'on-time'],
  ['trong hạn', 'on-time'],
  ['còn hạn', 'on-time'],
  ['còn trong hạn', 'on-time'],
  ['không có thời hạn', 'none'],
  ['không thời hạn', 'none'],
];

/** The second part of a two-part status: how the state stands against its deadline. */
const TIMELINESS = new RegExp(
  `^(?:${[...new Set(TIMELINESS_WORDS.map(([w]) => foldText(w)))].join('|')})$`,
);

const wordPattern = (w: string) => new RegExp(`(?:^|[^\\p{L}])${w}(?![\\p{L}])`, 'u');
const TIMELINESS_PATTERNS = [...TIMELINESS_WORDS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([word, said]) => ({
    written: wordPattern(word),
    folded: wordPattern(foldText(word)),
    said,
  }));

/**
 * Whether a status says it came late or on time ("Đã gửi (chậm)", "Đã gửi đúng hạn"); undefined
 * when it says neither. Read as written ("Đã chấm điểm" is no "chậm"); a text typed with no marks
 * at all by its letters.
 */
export function timelinessOf(text: string): 'late' | 'on-time' | undefined {
  const shown = normalizeText(text).toLocaleLowerCase('vi');
  const unmarked = writtenWithoutMarks(shown);
  const words = unmarked ? foldText(shown) : shown;
  // longest first: "không có thời hạn" before "thời hạn", "chậm tiến độ" before "chậm"
  const found = TIMELINESS_PATTERNS.find((p) => (unmarked ? p.folded : p.written).test(words));
  return found === undefined || found.said === 'none' ? undefined : found.said;
}

/** Classifies a status cell. Extra words (a pack's `settings.status`) win over the built-in ones. */
/** A share of the work's units: "2/3 kíp", "41/63 tỉnh" (not a day "2/3/2024" nor "2/3 năm"). */
const PART_OF_THE_WORK = /(?<![\d/.-])(\d{1,4})\s*\/\s*(\d{1,4})\s+(?!(?:nam|thang|ngay)\b)[a-z]/;

/**
 * "Đã" and a verb of one to three words, then a share of what it covers: "Đã bàn giao 85% diện
 * tích", and so typed without marks: "Da ban giao 85% dien tich".
 */
const DONE_ON_A_SHARE =
  /^\s*(?:đã|da)(?:\s+[\p{Ll}]+){1,3}\s+([0-9]{1,3}(?:[.,][0-9]{1,2})?)\s*%(?:\s+[\p{L}\s]*)?$/iu;

export function classifyStatus(text: string, extra: StatusWords = {}): StatusClass {
  const shown = normalizeText(text);
  const folded = foldText(shown);

  // Pack words first: the longest match decides; on a tie, not-done.
  const extraNotDone = longest(hits(folded, extra.notDone ?? []));
  const extraDone = longest(hits(folded, extra.done ?? []));
  if (extraNotDone && (!extraDone || extraNotDone.key.length >= extraDone.key.length)) {
    return { state: 'not-done', matched: extraNotDone.word };
  }
  if (extraDone) return { state: 'done', matched: extraDone.word };

  if (DONE_MARKS.has(shown.toLowerCase())) return { state: 'done', matched: shown };
  if (folded === '') return { state: 'unknown' };

  // "100%", "Đã hoàn thành 80%", "Đạt 60% khối lượng": the share decides, whatever the words say
  const percent = progressPercent(shown);
  if (percent !== undefined && !NEGATED_WORDS.test(folded)) {
    return { state: progressState(percent), matched: percent === 100 ? '100%' : `${percent}%` };
  }

  // "Đã tập huấn 2/3 kíp mổ", "Đã nộp 41/63 đơn vị": the work done on part of what it covers only
  const share = PART_OF_THE_WORK.exec(folded);
  if (share && Number(share[1]) < Number(share[2]) && !NEGATED_WORDS.test(folded)) {
    return { state: 'in-progress', matched: shown.trim() };
  }

  // "Đã bàn giao 85% diện tích", "Đã giải phóng 60% mặt bằng": the one thing done, on a share of
  // what it covers only (a share after another clause — "Đã hoàn thành, giải ngân 95% vốn" — is
  // of something else)
  const doneShare = DONE_ON_A_SHARE.exec(shown);
  if (doneShare && Number(doneShare[1]!.replace(',', '.')) < 100) {
    return { state: 'in-progress', matched: shown.trim() };
  }

  // An e-office system's two-part status: the work done, then whether it was on time ("Đã trả
  // kết quả - Quá hạn", "Đã xử lý - Trễ hạn"): done; lateness is judged from the dates. (An open
  // state's second part is read with it below: "Chưa hoàn thành - Trong hạn" is still in time.)
  // The second part may stand in brackets instead: "Hoàn thành (trong hạn)", "Hoàn thành (quá hạn)".
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(shown);
  const parts = bracketed ? [bracketed[1]!, bracketed[2]!] : shown.split(/\s+[-–]\s+/);
  if (parts.length === 2 && TIMELINESS.test(foldText(parts[1]!))) {
    const first = classifyStatus(parts[0]!, extra);
    if (first.state === 'done') return first;
  }
  // …or follow with no mark between, as task-tracking systems write it: "Hoàn thành trong hạn",
  // "Đã xử lý quá hạn", "Hoàn thành chậm tiến độ": done, whatever the words after say of the time
  const words = shown.trim().split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (!TIMELINESS.test(foldText(words.slice(-k).join(' ')))) continue;
    const first = classifyStatus(words.slice(0, -k).join(' '), extra);
    if (first.state === 'done') return first;
    break;
  }

  // Built-in words: keep the longest words that do not overlap a longer one.
  const padded = ` ${folded} `;
  const all = hits(
    folded,
    VOCABULARY.map(([w]) => w),
  ).sort((a, b) => b.key.length - a.key.length || a.at - b.at);
  const kept: Array<Hit & { category: Category }> = [];
  for (const h of all) {
    // In `padded` a hit's words run from at + 1 to at + 1 + key.length.
    if (kept.some((k) => h.at < k.at + k.key.length && k.at < h.at + h.key.length)) continue;
    let category = VOCABULARY.find(([w]) => w === h.word)?.[1] ?? 'done';
    // "chưa được hoàn thành", "không kịp gửi": a negation before a done word negates it.
    if (category === 'done' && NEGATION.test(padded.slice(0, h.at).trimEnd())) category = 'negated';
    kept.push({ ...h, category });
  }
  for (const category of PRECEDENCE) {
    const hit = kept.find((k) => k.category === category);
    if (hit)
      return category === 'late'
        ? { state: STATE_OF[category], matched: hit.word, lateOnly: true }
        : { state: STATE_OF[category], matched: hit.word };
  }
  return aspectOf(shown, folded);
}

/**
 * A short status the vocabulary lacks, read by its aspect marker, as Vietnamese writes every status:
 * "Đã khắc phục" (done), "Đang khắc phục" (in progress), "Chưa khắc phục" (not started). Only a
 * phrase of a few words with nothing left over ("còn …", "một phần", "nhưng …") is read so.
 */
const MAX_DONE_WORDS = 16;

function aspectOf(shown: string, folded: string): StatusClass {
  const words = folded.split(' ');
  // the marker as written: "Đảng ủy xã" folds to "dang …" but is no "Đang …"; a text typed with
  // no marks at all is read by its letters
  const written = shown.trim().toLocaleLowerCase('vi').split(/\s+/)[0]!.normalize('NFC');
  const unmarked = writtenWithoutMarks(shown);
  const marked: Readonly<Record<string, string>> = { đã: 'da', đang: 'dang', chưa: 'chua' };
  if (!unmarked && marked[written] === undefined) return { state: 'unknown' };
  // "Đã …" may go on with what was done ("Đã hòa giải thành tại UBND xã"); the others stay short.
  // A step on the way is not the work done: "Đã xây dựng dự thảo", "Đã xin ý kiến các sở".
  if (words.length < 2 || words.length > (words[0] === 'da' ? MAX_DONE_WORDS : 5))
    return { state: 'unknown' };
  if (
    /\b(?:con|mot phan|nhung|chua|khong|dang|du kien|se|du thao|y kien)\b/.test(
      words.slice(1).join(' '),
    ) ||
    // a work called off or put back is no work done: "Đã hủy", "Đã tạm dừng" (droppedFromPlan)
    DROPPED_VERB.test(words.slice(1).join(' '))
  )
    return { state: 'unknown' };
  const marker = words[0];
  if (marker === 'da') return { state: 'done', matched: 'đã …' };
  if (marker === 'dang') return { state: 'in-progress', matched: 'đang …' };
  if (marker === 'chua') return { state: 'not-started', matched: 'chưa …' };
  return { state: 'unknown' };
}

const NEGATED_WORDS = /\b(?:chua|khong)\b/;

/** Words right before a share that make it the work's progress ("hoàn thành 80%", "đạt 60%"). */
const PROGRESS_LEAD =
  /(?:hoan thanh|dat|thuc hien|tien do|khoi luong|xong|duoc)\s*(?:duoc\s*)?[:\-–]?\s*$/;

/**
 * A share of progress written in a text, 0..100, or undefined: the whole text ("80%", "100 %") or a
 * share right after a completion word ("Đã hoàn thành 80%", "Đạt 62,5%"). A share of something
 * else ("Đã hoàn thành, giải ngân 95% vốn") or several shares ("80% (kế hoạch 100%)") is none.
 */
export function progressPercent(text: string): number | undefined {
  const all = [...text.matchAll(/(?<![\p{L}\p{N}.,])([0-9]{1,3}(?:[.,][0-9]{1,2})?)\s*%/gu)];
  const m = all[0];
  if (all.length !== 1 || !m) return undefined;
  const before = foldText(text.slice(0, m.index));
  const after = foldText(text.slice(m.index + m[0].length));
  const alone = before === '' && (after === '' || /^(?:ke hoach|khoi luong)/.test(after));
  if (!alone && !PROGRESS_LEAD.test(before)) return undefined;
  const value = Number((m[1] ?? '').replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
}

/** What a share of progress says: 100 done, 0 not started, anything between in progress. */
export function progressState(percent: number): StatusState {
  if (percent >= 100) return 'done';
  if (percent <= 0) return 'not-started';
  return 'in-progress';
}

/**
 * A status cell as a sheet holds it: a number in a percent-formatted cell (0.6 shown as "60%") is a
 * share of progress; so is a bare number from 0 to 100 (100, "60", "62,5") in a column whose header
 * says it holds a share (`inShareColumn`: "Tiến độ (%)", "Tỷ lệ hoàn thành"); anything else is read
 * as words.
 */
export function classifyStatusCell(
  value: unknown,
  text: string,
  numFmt: string | undefined,
  extra: StatusWords = {},
  inShareColumn = false,
): StatusClass {
  const isPercent = (numFmt !== undefined && numFmt.includes('%')) || /%\s*$/.test(text);
  if (typeof value === 'number' && isPercent && value >= 0 && value <= 1) {
    const percent = Math.round(value * 10_000) / 100;
    return { state: progressState(percent), matched: `${percent}%` };
  }
  if (inShareColumn && !isPercent) {
    const bare = typeof value === 'number' ? value : bareShare(text);
    if (bare !== undefined && bare >= 0 && bare <= 100) {
      return { state: progressState(bare), matched: `${bare}%` };
    }
  }
  return classifyStatus(text === '' && typeof value === 'number' ? String(value) : text, extra);
}

/** A number written alone ("60", "62,5", "100"), as a share column holds it. */
function bareShare(text: string): number | undefined {
  const m = /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*$/.exec(text);
  return m ? Number(m[1]!.replace(',', '.')) : undefined;
}

/**
 * Whether a status column's header says it holds a share of the work done, so that a bare number
 * under it is a percentage: "Tiến độ (%)", "% hoàn thành", "Tỷ lệ hoàn thành", "Mức độ hoàn thành
 * (%)", "Tiến độ thực hiện (tính theo %)". A header with no such word ("Tiến độ", "Kết quả") says
 * nothing of the kind: a bare 100 there may be a count.
 */
export function headerHoldsShare(header: string): boolean {
  return /%/.test(header) || /\b(?:ty le|phan tram)\b/.test(foldText(header));
}

/** Marks that tick a cell: "x", "X", "✓", "✔", "√", "☑", "✅", "v". */
export function isTick(text: string): boolean {
  return DONE_MARKS.has(normalizeText(text).toLowerCase());
}

/** A mark with words beside it in brackets: "x (chậm)", "x(trễ 2 ngày)". */
const MARK_WITH_WORDS = /^(\S+?)\s*(?:\(([^)]*)\))?$/u;

/** What a tick says besides itself: '' for "x", "chậm" for "x (chậm)"; undefined for no tick. */
export function tickWords(text: string): string | undefined {
  const m = MARK_WITH_WORDS.exec(normalizeText(text));
  return m && isTick(m[1] ?? '') ? (m[2] ?? '').trim() : undefined;
}

/**
 * What a tick under a column header means: "Đã hoàn thành", "Hoàn thành đúng hạn" → done; "Chưa
 * hoàn thành", "Quá hạn" → not-done; "Đang thực hiện", "Trong hạn" → in-progress; "Chưa thực
 * hiện" → not-started. The header is read with the status vocabulary (and the pack's words); a
 * header that is no status ("Ghi chú") gives undefined. The column recognition itself belongs to
 * the table reader; this says only what a tick there means.
 */
export function tickMeaning(header: string, extra: StatusWords = {}): StatusState | undefined {
  const state = classifyStatus(header, extra).state;
  return state === 'unknown' ? undefined : state;
}

/**
 * The state of a row from its tick columns: each ticked cell's header meaning. One meaning (or
 * several that agree) decides; ticks under headers that disagree ("Đã hoàn thành" and "Chưa hoàn
 * thành" both ticked) are `conflict`, which the caller reports instead of picking one.
 */
export function statusFromTicks(
  cells: ReadonlyArray<{ readonly header: string; readonly text: string }>,
  extra: StatusWords = {},
):
  | { readonly kind: 'none' }
  | { readonly kind: 'state'; readonly state: StatusState; readonly header: string }
  | { readonly kind: 'conflict'; readonly headers: readonly string[] } {
  const ticked = cells.filter((c) => isTick(c.text));
  const meanings = ticked
    .map((c) => ({ header: c.header, state: tickMeaning(c.header, extra) }))
    .filter((m): m is { header: string; state: StatusState } => m.state !== undefined);
  const first = meanings[0];
  if (!first) return { kind: 'none' };
  if (meanings.every((m) => m.state === first.state))
    return { kind: 'state', state: first.state, header: first.header };
  return { kind: 'conflict', headers: meanings.map((m) => m.header) };
}

/** The built-in vocabulary, for documentation and for the add-in's status picker. */
export function statusVocabulary(): ReadonlyArray<{
  readonly word: string;
  readonly state: StatusState;
}> {
  return VOCABULARY.map(([word, category]) => ({ word, state: STATE_OF[category] }));
}

/** The verbs of a work called off or put back, folded: "hủy", "tạm dừng", "hoãn" … */
const DROPPED_VERB =
  /^(?:huy(?! dong)|bai bo|dung|ngung|tam dung|tam ngung|tam hoan|hoan|lui|rut)\b/;

/**
 * A status saying the task was taken out of the plan rather than left undone: "Không thực hiện (đã
 * điều chỉnh kế hoạch)", "Dừng thực hiện", "Dừng triển khai do …", "Hủy bỏ theo Kế hoạch số …",
 * "Rút khỏi chương trình", "Tạm dừng", "Tạm hoãn", "Lùi sang năm 2025 theo Thông báo số …", "Hủy", "Đã hủy nhiệm vụ theo chỉ đạo", "Bãi bỏ". Such a
 * task is neither done nor overdue. "Không thực hiện" with no such reason stays a task not done.
 */
export function droppedFromPlan(text: string): boolean {
  const f = foldText(normalizeText(text));
  if (f === '') return false;
  // called off: "Hủy", "Đã hủy nhiệm vụ theo chỉ đạo", "Bãi bỏ" (not "Huy động …")
  if (/^(?:da )?(?:huy(?! dong)|bai bo)\b/.test(f)) return true;
  if (
    /^(?:da )?(?:dung|ngung|tam dung|tam ngung|tam hoan|hoan) (?:thuc hien|trien khai|to chuc)\b/.test(
      f,
    )
  )
    return true;
  if (
    /^(?:tam dung|tam hoan|huy bo|da huy|khong con thuc hien|khong (?:thuc hien|trien khai) nua)\b/.test(
      f,
    )
  )
    return true;
  // moved out of this year's plan: "Lùi sang năm 2025 theo Thông báo số …", "Chuyển sang năm sau"
  // (not "Lùi thời hạn đến 30/11", which only moves the deadline)
  if (/^(?:da )?(?:lui|chuyen|hoan) (?:sang|qua) (?:ke hoach )?nam\b/.test(f)) return true;
  if (/\b(?:rut khoi|dua ra khoi|loai khoi) (?:ke hoach|chuong trinh|danh muc)\b/.test(f))
    return true;
  return (
    /^(?:khong|chua) (?:thuc hien|trien khai|to chuc)\b/.test(f) &&
    /\b(?:dieu chinh ke hoach|da dieu chinh|khong con phu hop|khong con can thiet|dung thuc hien|huy bo)\b/.test(
      f,
    )
  );
}
