/**
 * `dondoc pack docs <pack>`: what a pack requires, as a checklist people read: by agency, each task
 * with its deadline, each report with its schedule, each indicator with its targets, and the quote
 * every item comes from. Markdown, or HTML (self-contained, escaped).
 */
import { describeTarget, type Pack } from '@dondoc/core';
import { escapeHtml } from '@dondoc/report';

type Section = { heading: string; lines: string[] };

function agencyName(pack: Pack, id: string): string {
  return (
    pack.agencies?.find((a) => a.id === id)?.name ??
    pack.groups?.find((g) => g.id === id)?.name ??
    id
  );
}

const EVERY: Readonly<Record<string, string>> = {
  week: 'hằng tuần',
  month: 'hằng tháng',
  quarter: 'hằng quý',
  'half-year': '6 tháng một lần',
  year: 'hằng năm',
};

/** ISO weekdays, Monday first. */
const WEEKDAYS = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];

function schedule(report: NonNullable<Pack['reports']>[number]): string {
  if (report.due) return `thời hạn "${report.due}"`;
  const s = report.schedule!;
  const due =
    'daysAfterPeriodEnd' in s.due
      ? `${s.due.daysAfterPeriodEnd} ngày sau khi hết kỳ`
      : 'weekday' in s.due
        ? `${s.due.before ? 'trước ' : ''}${WEEKDAYS[s.due.weekday - 1] ?? ''} trong tuần`
        : `${s.due.before ? 'trước ' : ''}ngày ${s.due.day} ${s.due.monthOffset === 0 ? 'tháng cuối kỳ' : 'tháng sau kỳ'}`;
  return `${EVERY[s.every] ?? s.every}, hạn ${due}, từ ${s.from}`;
}

/** The checklist as sections: one per agency (tasks, reports), then the indicators. */
export function packSections(pack: Pack): Section[] {
  const byAgency = new Map<string, string[]>();
  const add = (agency: string, line: string) =>
    byAgency.set(agency, [...(byAgency.get(agency) ?? []), line]);
  for (const t of pack.tasks ?? []) {
    const owners = t.owners?.length ? t.owners : ['(chưa rõ cơ quan chủ trì)'];
    for (const o of owners) {
      add(
        agencyName(pack, o),
        `[ ] ${t.title}${t.due ? ` — thời hạn: "${t.due}"` : ''}${t.source ? `\n      > ${t.source.quote}` : ''}`,
      );
    }
  }
  for (const r of pack.reports ?? []) {
    for (const f of r.from) {
      add(
        agencyName(pack, f),
        `[ ] Báo cáo: ${r.title}${r.to ? ` → ${agencyName(pack, r.to)}` : ''}${r.via ? ` (qua ${agencyName(pack, r.via)})` : ''} — ${schedule(r)}${r.assumption ? `\n      (giả định: ${r.assumption})` : ''}${r.source ? `\n      > ${r.source.quote}` : ''}`,
      );
    }
  }
  const sections: Section[] = [...byAgency.entries()].map(([heading, lines]) => ({
    heading,
    lines,
  }));
  const indicators = (pack.indicators ?? []).flatMap((i) => {
    const target = (
      t: NonNullable<Pack['indicators']>[number]['targets'][number],
      unit?: string,
    ) => {
      const d = describeTarget(
        t.op === 'between'
          ? { op: 'between', min: t.min!, max: t.max! }
          : { op: t.op, value: t.value! },
        unit,
      );
      return `${t.period}: ${d.vi}`;
    };
    const own = i.targets.map((t) => target(t, i.unit)).join('; ');
    const parts = (i.parts ?? []).map(
      (p) => `\n      - ${p.title}: ${p.targets.map((t) => target(t, p.unit)).join('; ')}`,
    );
    return [
      `[ ] ${i.number ? `(${i.number}) ` : ''}${i.title}${own ? ` — ${own}` : ''}${parts.join('')}${i.source ? `\n      > ${i.source.quote}` : ''}`,
    ];
  });
  if (indicators.length > 0) sections.push({ heading: 'Chỉ tiêu', lines: indicators });
  return sections;
}

export function packDocsMarkdown(pack: Pack): string {
  const out = [`# ${pack.title}`, '', `Bộ quy tắc \`${pack.id}\` ${pack.version}`, ''];
  for (const s of packSections(pack)) {
    out.push(`## ${s.heading}`, '');
    for (const line of s.lines) out.push(`- ${line.replace(/\n {6}/g, '\n  ')}`);
    out.push('');
  }
  return out.join('\n');
}

export function packDocsHtml(pack: Pack): string {
  const h = escapeHtml;
  const sections = packSections(pack)
    .map(
      (s) =>
        `<h2>${h(s.heading)}</h2>\n<ul>\n${s.lines
          .map((line) => {
            const [first, ...rest] = line.split('\n      ');
            const extra = rest
              .map((r) =>
                r.startsWith('> ')
                  ? `<blockquote>${h(r.slice(2))}</blockquote>`
                  : `<div class="sub">${h(r)}</div>`,
              )
              .join('');
            return `<li><label><input type="checkbox"> ${h(first!.replace(/^\[ \] /, ''))}</label>${extra}</li>`;
          })
          .join('\n')}\n</ul>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(pack.title)}</title>
<style>
body{font-family:"Times New Roman",serif;max-width:920px;margin:24px auto;padding:0 16px;color:#1a1a1a}
h1{color:#8b1a1a;font-size:22px}h2{font-size:17px;border-bottom:1px solid #ccc;margin-top:22px}
li{margin:8px 0;list-style:none}blockquote{margin:4px 0 0 24px;color:#555;font-style:italic;border-left:3px solid #ddd;padding-left:8px}
.sub{margin-left:24px;color:#333}@page{size:A4;margin:15mm}
</style></head><body>
<h1>${h(pack.title)}</h1>
<p>Bộ quy tắc <code>${h(pack.id)}</code> ${h(pack.version)}</p>
${sections}
</body></html>
`;
}
