/** `dondoc extract --review`: each quote beside what was drawn from it, for a person to check. */
import type { ExtractItem, ExtractResult } from './types.js';

export type ReviewLang = 'vi' | 'en';

const KIND_LABEL: Readonly<Record<ExtractItem['kind'], { vi: string; en: string }>> = {
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  report: { vi: 'Báo cáo', en: 'Report' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
};

const FIELD_LABEL: Readonly<Record<string, { vi: string; en: string }>> = {
  owner: { vi: 'Chủ trì', en: 'Owner' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  due: { vi: 'Hạn cuối', en: 'Last day' },
  dueText: { vi: 'Theo văn bản', en: 'As written' },
  from: { vi: 'Đơn vị báo cáo', en: 'From' },
  to: { vi: 'Gửi', en: 'To' },
  via: { vi: 'Qua', en: 'Via' },
  period: { vi: 'Kỳ', en: 'Period' },
  name: { vi: 'Tên', en: 'Name' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  year: { vi: 'Năm', en: 'Year' },
  context: { vi: 'Từ mục / khung', en: 'From scope / frame' },
};

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

function target(item: ExtractItem): string | null {
  if (item.op === null) return null;
  if (item.op === 'between') return `${item.min ?? '?'} – ${item.max ?? '?'}`;
  return `${item.op} ${item.value ?? '?'}`;
}

/** A plain-text review: one entry per item, the quote first, then the fields drawn from it. */
export function formatReview(
  result: Pick<ExtractResult, 'items' | 'documents'>,
  lang: ReviewLang = 'vi',
): string {
  const out: string[] = [];
  for (const d of result.documents) {
    const parts = [d.kind, d.number, d.date, d.issuer].filter((x) => x !== null);
    if (parts.length > 0) out.push(`# ${parts.join(' · ')}`);
  }
  const counts = (['deadline', 'report', 'indicator'] as const).map(
    (k) => `${KIND_LABEL[k][lang]}: ${result.items.filter((i) => i.kind === k).length}`,
  );
  out.push(counts.join(' · '), '');
  result.items.forEach((item, n) => {
    out.push(
      `${n + 1}. [${KIND_LABEL[item.kind][lang]}] ${lang === 'vi' ? 'độ tin cậy' : 'confidence'} ${item.confidence.toFixed(2)} · ${lang === 'vi' ? 'vị trí' : 'span'} ${item.span[0]}–${item.span[1]}`,
    );
    out.push(wrap(`“${item.quote}”`, 100, '   > '));
    const fields: [string, string | null][] = [
      ['owner', item.owner],
      ['from', item.from],
      ['to', item.to],
      ['via', item.via],
      ['name', item.name],
      ['target', target(item)],
      ['unit', item.unit],
      ['year', item.year],
      ['task', item.kind === 'indicator' ? null : item.task],
      ['due', item.due],
      ['dueText', item.dueText],
      ['period', item.period],
      ['context', item.context ?? null],
    ];
    for (const [key, value] of fields) {
      if (value === null || value === '') continue;
      const label = FIELD_LABEL[key]?.[lang] ?? key;
      out.push(`   ${label}: ${value}`);
    }
    out.push('');
  });
  return out.join('\n');
}
