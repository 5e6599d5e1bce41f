/**
 * The outputs name the rules from the core's registry, all sixteen and any added later: a local
 * list of names or descriptions in an output would drift, and these tests would fail.
 */
import { RULES, ruleName, type Finding } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml, renderSarif } from './index.js';
import { sampleRun } from './test-support/run.js';

const run = sampleRun();
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

interface SarifDescriptor {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration?: { level: string };
}

/** The sample run with one finding of this rule (the sample's first finding, relabelled). */
function withRule(id: string) {
  const finding: Finding = { ...run.report.findings[0]!, rule: id };
  const [first, ...rest] = run.workbooks;
  return {
    report: { ...run.report, findings: [finding] },
    workbooks: [{ ...first!, findings: [finding] }, ...rest.map((w) => ({ ...w, findings: [] }))],
  };
}

describe('every rule of the registry, named by every output', () => {
  it('the registry has the sixteen rules of DESIGN.md', () => {
    expect(RULES).toHaveLength(16);
  });

  const sarif = JSON.parse(renderSarif(run, { lang: 'vi' })) as {
    runs: Array<{ tool: { driver: { rules: SarifDescriptor[] } } }>;
  };
  const descriptors = sarif.runs[0]!.tool.driver.rules;

  it.each(RULES.map((r) => [r.id, r] as const))(
    'SARIF describes %s with its registry description and default level',
    (id, rule) => {
      const d = descriptors.find((x) => x.id === id);
      expect(d?.shortDescription.text).toBe(rule.description.vi);
      expect(d?.defaultConfiguration?.level).toBe(LEVEL[rule.defaultSeverity]);
    },
  );

  it('SARIF lists the registry first, then a rule of the pack that fired', () => {
    const custom = JSON.parse(renderSarif(withRule('custom/thieu-so-van-ban'))) as typeof sarif;
    const ids = custom.runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...RULES.map((r) => r.id), 'custom/thieu-so-van-ban']);
  });

  it.each(RULES.map((r) => [r.id] as const))(
    'the HTML report names %s as the registry does',
    (id) => {
      for (const lang of ['vi', 'en'] as const) {
        const html = renderHtml(withRule(id), { lang });
        const escaped = escapeHtml(ruleName(id, lang));
        expect(html).toContain(`<div class="rule">${escaped}</div>`);
      }
    },
  );
});
