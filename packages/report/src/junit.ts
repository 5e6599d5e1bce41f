/**
 * JUnit XML, for CI dashboards: a test suite per workbook, a test case per finding (errors and
 * warnings fail, information passes with its message as output), a passing case for a clean
 * workbook, and an error case for one that could not be read.
 */
import type { Finding } from '@dondoc/core';
import { escapeXml } from './escape.js';
import type { Lang, ReportInput } from './input.js';

function attr(name: string, value: string | number): string {
  return `${name}="${escapeXml(String(value))}"`;
}

function caseName(f: Finding): string {
  const where = f.location?.sheet
    ? `${f.location.sheet}${f.location.cell ? `!${f.location.cell}` : ''}`
    : '';
  return `${f.rule} ${where}`.trim();
}

export function renderJunit(input: ReportInput, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'vi';
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const w of input.workbooks) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (w.status === 'unreadable') {
      suiteErrors++;
      const message = w.error?.[lang] ?? 'unreadable';
      cases.push(
        `    <testcase ${attr('classname', w.workbook)} ${attr('name', 'dondoc check')}>\n` +
          `      <error ${attr('type', 'unreadable')} ${attr('message', message)}>${escapeXml(message)}</error>\n` +
          '    </testcase>',
      );
    } else if (w.findings.length === 0) {
      cases.push(
        `    <testcase ${attr('classname', w.workbook)} ${attr('name', 'dondoc check')}/>`,
      );
    }
    for (const f of w.findings) {
      const open = `    <testcase ${attr('classname', `${w.workbook}.${f.location?.sheet ?? ''}`)} ${attr('name', caseName(f))}>`;
      const message = f.message[lang];
      if (f.severity === 'info') {
        cases.push(
          `${open}\n      <system-out>${escapeXml(message)}</system-out>\n    </testcase>`,
        );
      } else {
        suiteFailures++;
        const detail = [message, f.quote ? `"${f.quote}"` : '', f.actual ? `→ ${f.actual}` : '']
          .filter((s) => s !== '')
          .join('\n');
        cases.push(
          `${open}\n      <failure ${attr('type', `${f.severity} ${f.rule}`)} ${attr('message', message)}>${escapeXml(detail)}</failure>\n    </testcase>`,
        );
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite ${attr('name', w.workbook)} ${attr('tests', cases.length)} ${attr('failures', suiteFailures)} ${attr('errors', suiteErrors)}>\n` +
        `    <properties>\n      <property ${attr('name', 'asOf')} ${attr('value', input.report.asOf)}/>\n      <property ${attr('name', 'pack')} ${attr('value', `${input.report.pack.id} ${input.report.pack.version}`)}/>\n    </properties>\n` +
        cases.join('\n') +
        '\n  </testsuite>',
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites ${attr('name', 'dondoc')} ${attr('tests', tests)} ${attr('failures', failures)} ${attr('errors', errors)}>\n` +
    suites.join('\n') +
    '\n</testsuites>\n'
  );
}
