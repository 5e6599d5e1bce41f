import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvField, neutralizeFormula } from './escape.js';
import { renderCsv, renderHtml, renderJunit, renderSarif } from './index.js';
import { sampleRun } from './test-support/run.js';

const run = sampleRun();

describe('the sample run', () => {
  it('has the findings the renderers are tested on', () => {
    expect(run.report.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'task/late E2',
      'task/overdue D3',
      'cell/invalid-date D4',
      'task/due-soon D5',
    ]);
  });
});

describe('CSV', () => {
  const csv = renderCsv(run);
  it('starts with a byte-order mark and a header, one CRLF row per finding', () => {
    expect(csv.startsWith('\ufeffno,workbook,sheet,row,cell,severity,rule')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l !== '').length).toBe(1 + run.report.findings.length);
  });
  it('never carries a live formula from a workbook', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
  it.each([
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['Hoàn thành', 'Hoàn thành'],
  ])('neutralises %j', (input, output) => expect(neutralizeFormula(input)).toBe(output));
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('Ban Tuyên giáo, Văn phòng')).toBe('"Ban Tuyên giáo, Văn phòng"');
    expect(csvField('"trước ngày 20/5"')).toBe('"""trước ngày 20/5"""');
  });
});

describe('SARIF 2.1.0', () => {
  const log = JSON.parse(renderSarif(run, { toolVersion: '0.1.0' })) as {
    version: string;
    $schema: string;
    runs: Array<{
      tool: {
        driver: {
          name: string;
          rules: Array<{ id: string; defaultConfiguration?: { level: string } }>;
        };
      };
      results: Array<{
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: Array<{
          physicalLocation: { artifactLocation: { uri: string; index?: number } };
          logicalLocations?: Array<{ fullyQualifiedName: string }>;
        }>;
        properties: Record<string, unknown>;
      }>;
      artifacts: Array<{ location: { uri: string } }>;
      invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }>;
    }>;
  };
  const [sarifRun] = log.runs;
  it('is a 2.1.0 log with one run by dondoc', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toContain('sarif-2.1.0');
    expect(sarifRun!.tool.driver.name).toBe('dondoc');
  });
  it('describes each rule that fired, and points each result at its rule', () => {
    const rules = sarifRun!.tool.driver.rules;
    for (const r of sarifRun!.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(rules.find((r) => r.id === 'task/due-soon')?.defaultConfiguration?.level).toBe('note');
  });
  it('locates results in the workbook (percent-encoded) and the cell', () => {
    const overdue = sarifRun!.results.find((r) => r.ruleId === 'task/overdue')!;
    expect(overdue.level).toBe('error');
    expect(overdue.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'so-theo-doi/huyen%20uy.xlsx',
    );
    expect(overdue.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName).toBe('Nhiệm vụ!D3');
    expect(overdue.message.text).toContain('quá hạn 7 ngày');
    expect(overdue.properties['message.en']).toContain('overdue');
  });
  it('reports the unreadable workbook as a tool notification', () => {
    expect(sarifRun!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });
});

describe('JUnit XML', () => {
  const xml = renderJunit(run);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
    testsuites: {
      tests: string;
      failures: string;
      errors: string;
      testsuite: Array<{ name: string; testcase: unknown }>;
    };
  };
  it('parses, with a suite per workbook and totals that add up', () => {
    const suites = parsed.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual([
      'so-theo-doi/huyen uy.xlsx',
      'sach.xlsx',
      'hong.xlsx',
    ]);
    // errors and warnings fail (3), the due-soon info passes, the clean workbook passes, one error
    expect(parsed.testsuites.failures).toBe('3');
    expect(parsed.testsuites.errors).toBe('1');
    expect(parsed.testsuites.tests).toBe('6');
  });
  it('escapes markup from the workbook', () => {
    expect(xml).not.toContain('<script>');
  });
});

describe('HTML', () => {
  const html = renderHtml(run);
  it('is self-contained: no script, no external resource', () => {
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
  });
  it('escapes every value that came from a workbook', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
  it('shows the tiles, the narrative, the charts and each finding with its quote', () => {
    expect(html).toContain('Nhiệm vụ quá hạn');
    expect(html).toContain('Qua kiểm tra 2 sổ theo dõi, có 01 nhiệm vụ quá hạn chưa hoàn thành');
    expect(html).toContain('Phát hiện theo cơ quan');
    // bars by the registry's rule names, split by severity: due soon is information, overdue an error
    expect(html).toMatch(
      /title="task\/due-soon">Sắp đến hạn<\/div><div class="bar-track"><div class="bar info"/,
    );
    expect(html).toMatch(
      /title="task\/overdue">Quá hạn<\/div><div class="bar-track"><div class="bar error"/,
    );
    expect(html).toContain('Nhiệm vụ<br><b>D3</b>');
    expect(html).toContain('“trước ngày 25/6/2024”');
    expect(html).toContain('Tệp &quot;hong.xlsx&quot; bị hỏng.');
  });
  it('gives the three tiles auditors ask first, a dash where the workbooks hold no such duty', () => {
    const tiles = [
      ...html.matchAll(
        /<div class="tile (\w+)"><div class="tile-n">([^<]*)<\/div><div class="tile-label">([^<]*)</g,
      ),
    ].map((m) => [m[3]!.trim(), m[2], m[1]]);
    expect(tiles).toEqual([
      ['Nhiệm vụ quá hạn', '1', 'red'],
      ['Báo cáo chưa gửi', '—', 'muted'],
      ['Chỉ tiêu không đạt', '—', 'muted'],
      ['Tổng số phát hiện', '4', 'red'],
    ]);
    expect(html).toContain('không có trong sổ đã kiểm tra');
  });
  it('numbers the findings (STT), names the unit (Đơn vị) and lists errors first', () => {
    const rows = [
      ...html.matchAll(
        /<tr class="sev-(\w+)"><td class="c-no">(\d+)<\/td>.*?<div class="rule">([^<]*)<\/div><div class="rule-id">([^<]*)<\/div><\/td><td class="c-agency">([^<]*)<\/td>/g,
      ),
    ].map((m) => [m[2], m[1], m[3], m[4], m[5]]);
    expect(rows).toEqual([
      ['1', 'error', 'Quá hạn', 'task/overdue', 'Các chi, đảng bộ cơ sở'],
      ['2', 'error', 'Ngày ghi sai', 'cell/invalid-date', 'Văn phòng Huyện ủy'],
      ['3', 'warning', 'Hoàn thành chậm', 'task/late', 'Ban Tuyên giáo Huyện ủy'],
      ['4', 'info', 'Sắp đến hạn', 'task/due-soon', 'Trung tâm VH-TT&amp;TT'],
    ]);
    expect(html).toContain('<th class="c-no">STT</th>');
    expect(html).toContain('<th class="c-agency">Đơn vị</th>');
  });
  it('speaks one language: Vietnamese by default, English only when asked', () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/Tasks overdue|Findings by|Rule pack|As of|class="alt"/);
    // the checker's bilingual values show their Vietnamese half
    expect(html).toContain('<div class="clamp">chưa hoàn thành</div>');
    expect(html).not.toContain('not completed');
    const en = renderHtml(run, { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Tasks overdue');
    expect(en).toContain('<div class="clamp">not completed</div>');
    expect(en).not.toMatch(/Nhiệm vụ quá hạn|Phát hiện theo|Bộ quy tắc|Tính đến ngày/);
  });
  it('writes dates as dd/mm/yyyy in either language', () => {
    expect(html).toContain('<strong>01/07/2024</strong>');
    expect(renderHtml(run, { lang: 'en' })).toContain('<strong>01/07/2024</strong>');
  });
  it('prints on landscape A4', () => {
    expect(html).toContain('@page { size: A4 landscape;');
  });
});
