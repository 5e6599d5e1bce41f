/**
 * The SARIF output against OASIS's own JSON Schema for SARIF 2.1.0 (errata 01, draft-04), stored in
 * test-fixtures/ as published in oasis-tcs/sarif-spec (sarif-2.1/schema/sarif-schema-2.1.0.json).
 * Formats are checked too: a workbook path that is not a valid URI reference fails here.
 */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { renderSarif } from './sarif.js';
import { sampleRun } from './test-support/run.js';

const schema = JSON.parse(
  readFileSync(new URL('./test-fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;

function uriReference(text: string): boolean {
  if (/[\s"<>\\^`{|}]/u.test(text) || /[^\x21-\x7e]/u.test(text)) return false;
  try {
    new URL(text, 'file:///base/');
    return true;
  } catch {
    return false;
  }
}

// ajv-draft-04 is CommonJS: under NodeNext its default import is module.exports, whose .default is the class.
const ajv = new AjvModule.default({ allErrors: true, strict: false });
ajv.addFormat('uri', (text: string) => /^[a-z][a-z0-9+.-]*:/i.test(text) && uriReference(text));
ajv.addFormat('uri-reference', uriReference);
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/);
const validate = ajv.compile(schema);

function errorsOf(log: unknown): string[] {
  return validate(log)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('SARIF against the SARIF 2.1.0 JSON Schema', () => {
  it('validates the log of a run with findings, a clean workbook and an unreadable one', () => {
    for (const lang of ['vi', 'en'] as const) {
      const log = JSON.parse(renderSarif(sampleRun(), { lang, toolVersion: '0.1.0' })) as unknown;
      expect(errorsOf(log)).toEqual([]);
    }
  });

  it('is a schema that really rejects a log out of shape', () => {
    const log = JSON.parse(renderSarif(sampleRun())) as {
      runs: Array<{ results: Array<Record<string, unknown>> }>;
    };
    log.runs[0]!.results[0]!['level'] = 'fatal';
    log.runs[0]!.results[1]!['locations'] = [
      { physicalLocation: { artifactLocation: { uri: 'so theo doi.xlsx' } } },
    ];
    const errors = errorsOf(log);
    expect(errors.some((e) => e.includes('/results/0/level'))).toBe(true);
    expect(errors.some((e) => e.includes('/results/1/locations/0'))).toBe(true);
  });
});
