/**
 * The rule documentation, generated from the rule registry (@dondoc/core's RULES): docs/rules.md,
 * the rule table of the root README and the rule id list of docs/findings.md, each between
 * `<!-- rules:… -->` markers. `node tooling/dist/rules-doc.js` rewrites them; the test beside this
 * file fails when one is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_FAMILIES, RULES, type RuleMeta } from '@dondoc/core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const FAMILY_TITLES: Record<(typeof RULE_FAMILIES)[number], string> = {
  task: 'Nhiệm vụ / Tasks',
  report: 'Báo cáo / Reports',
  indicator: 'Chỉ tiêu / Indicators',
  cell: 'Ô dữ liệu / Cells',
  agency: 'Cơ quan / Agencies',
  row: 'Dòng / Rows',
};

const modulePath = (rule: RuleMeta) => `packages/core/src/rules/${rule.id}.ts`;
const cellText = (text: string) => text.replace(/\|/g, '\\|');

/** The README's table: id, default level, Vietnamese name and what the rule finds. */
export function readmeRuleTable(): string {
  return [
    '| mã | mức mặc định | tên | phát hiện |',
    '|---|---|---|---|',
    ...RULES.map(
      (r) =>
        `| \`${r.id}\` | ${r.defaultSeverity} | ${cellText(r.name.vi)} | ${cellText(r.description.vi)} |`,
    ),
  ].join('\n');
}

/** The list of built-in rule ids for docs/findings.md. */
export function findingsRuleList(): string {
  return `Rule ids are stable: ${RULES.map((r) => `\`${r.id}\``).join(', ')}, and the \`custom/…\` ids packs define.`;
}

/** docs/rules.md: every rule by family, with its messages and where its module lives. */
export function rulesMarkdown(): string {
  const lines = [
    '# Các quy tắc kiểm tra / Rules',
    '',
    '<!-- Generated from the rule registry (packages/core/src/rules) by `node tooling/dist/rules-doc.js`; do not edit by hand. -->',
    '',
    'Mỗi quy tắc là một tệp trong `packages/core/src/rules/<nhóm>/`, có bảng kiểm thử bên cạnh. Bộ quy tắc có thể tắt (`off`) hoặc đổi mức của bất kỳ quy tắc nào trong `severity`.',
    '',
    'Each rule is one module under `packages/core/src/rules/<family>/`, its table tests beside it. A pack can switch any rule `off` or re-grade it in its `severity` map.',
  ];
  for (const family of RULE_FAMILIES) {
    lines.push('', `## ${FAMILY_TITLES[family]}`);
    for (const rule of RULES.filter((r) => r.family === family)) {
      lines.push(
        '',
        `### \`${rule.id}\` — ${rule.name.vi} / ${rule.name.en}`,
        '',
        `Mức mặc định / default level: **${rule.defaultSeverity}** · [${modulePath(rule)}](../${modulePath(rule)})`,
        '',
        `- ${rule.description.vi}`,
        `- ${rule.description.en}`,
      );
      if (rule.example) {
        lines.push('', `Ví dụ / example: ${rule.example.vi} / ${rule.example.en}`);
      }
      lines.push('', 'Thông báo / messages:', '');
      for (const [id, message] of Object.entries(rule.messages)) {
        lines.push(`- \`${id}\`: ${message.vi}`, `  ${message.en}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** Replaces what stands between `<!-- rules:NAME -->` and `<!-- /rules:NAME -->`. */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- rules:${name} -->`;
  const end = `<!-- /rules:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`No ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** Every generated file with the content it must have. */
export async function rulesDocs(): Promise<Map<string, string>> {
  const readme = path.join(repoRoot, 'README.md');
  const findings = path.join(repoRoot, 'docs', 'findings.md');
  return new Map([
    [path.join(repoRoot, 'docs', 'rules.md'), rulesMarkdown()],
    [readme, replaceBlock(await readFile(readme, 'utf8'), 'table', readmeRuleTable())],
    [findings, replaceBlock(await readFile(findings, 'utf8'), 'list', findingsRuleList())],
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const [file, content] of await rulesDocs()) await writeFile(file, content, 'utf8');
}
