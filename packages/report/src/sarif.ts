/**
 * SARIF 2.1.0 (OASIS), for code-scanning dashboards and CI: one run, every rule of the registry
 * (and a pack's own rules that fired) with its documentation, one result per finding. A workbook is an artifact; the sheet and cell are a
 * logical location ("Nhiệm vụ!E12"), since SARIF's regions describe lines of text, not cells.
 */
import { RULES, ruleById, type Finding, type Severity } from '@dondoc/core';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { wellFormedText } from './escape.js';
import type { Lang, ReportInput } from './input.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * A relative path as a URI reference: forward slashes, every segment percent-encoded (a lone
 * surrogate, which no URI can carry, as U+FFFD).
 */
export function artifactUri(workbook: string): string {
  return workbook
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(wellFormedText(segment)))
    .join('/');
}

function cellName(f: Finding): string | undefined {
  const sheet = f.location?.sheet;
  if (sheet === undefined) return undefined;
  return f.location?.cell ? `${sheet}!${f.location.cell}` : sheet;
}

export interface SarifOptions {
  readonly lang?: Lang;
  /** dondoc's version, for tool.driver.version. */
  readonly toolVersion?: string;
}

export function renderSarif(input: ReportInput, options: SarifOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const { report } = input;
  // Every rule of the registry, in its order, then a pack's own rules that fired (custom/*).
  const registry = RULES.map((r) => r.id);
  const custom = [...new Set(report.findings.map((f) => f.rule))]
    .filter((id) => !registry.includes(id))
    .sort();
  const ruleIds = [...registry, ...custom];
  const rules = ruleIds.map((id): ReportingDescriptor => {
    const meta = ruleById(id);
    return {
      id,
      name: id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
      ...(meta
        ? {
            shortDescription: { text: meta.description[lang] },
            fullDescription: { text: `${meta.description[lang]} / ${meta.description[other]}` },
            defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
          }
        : { shortDescription: { text: id } }),
    };
  });
  const artifacts = input.workbooks.map((w) => ({ location: { uri: artifactUri(w.workbook) } }));
  const artifactIndex = new Map(input.workbooks.map((w, i) => [w.workbook, i]));
  const results = report.findings.map((f): Result => {
    const workbook = f.location?.workbook;
    const logical = cellName(f);
    return {
      ruleId: f.rule,
      ruleIndex: ruleIds.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message[lang] },
      ...(workbook !== undefined
        ? {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {
                    uri: artifactUri(workbook),
                    ...(artifactIndex.has(workbook) ? { index: artifactIndex.get(workbook)! } : {}),
                  },
                },
                ...(logical !== undefined
                  ? { logicalLocations: [{ fullyQualifiedName: logical, kind: 'element' }] }
                  : {}),
              },
            ],
          }
        : {}),
      properties: {
        [`message.${other}`]: f.message[other],
        subject: f.subject,
        ...(f.agency !== undefined ? { agency: f.agency } : {}),
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
        ...(f.quote !== undefined ? { quote: f.quote } : {}),
      },
    };
  });
  const notifications = input.workbooks
    .filter((w) => w.status === 'unreadable' && w.error)
    .map((w) => ({
      level: 'error' as const,
      message: { text: w.error![lang] },
      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(w.workbook) } } }],
    }));
  // Typed as the SARIF 2.1.0 object model (@types/sarif), so a field out of shape fails to compile.
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dondoc',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            informationUri: 'https://github.com/dondoc/dondoc',
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: input.workbooks.some((w) => w.status !== 'unreadable'),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        artifacts,
        results,
        properties: { asOf: report.asOf, pack: report.pack },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
