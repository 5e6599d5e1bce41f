/**
 * Report obligations: each of a pack's reports expands into instances (reporting unit × period) up
 * to the as-of date; the workbook's log of received reports is matched to them by unit (agency
 * matching: "UBMTTQ huyện" is "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), report and period.
 *
 * - `report/missing`: due before the as-of date and not received (no line, an empty date, "Chưa gửi");
 * - `report/late`: received after its due day;
 * - `report/due-soon` (info): due within `dueSoonDays` and not yet received.
 *
 * Groups ("các chi, đảng bộ cơ sở") expand through the roster sheet (units and their "Khối") and the
 * pack's own members.
 */
import { parseDue } from '../calendar/due.js';
import { periodKey, parsePeriod, periodLabel, type Period } from '../calendar/period.js';
import {
  addDays,
  compareDates,
  daysBetween,
  formatIsoDate,
  formatViDate,
  parseIsoDate,
  type PlainDate,
} from '../model/plain-date.js';
import { expandSchedule } from '../calendar/schedule.js';
import type { Finding, NotEvaluated } from '../model/findings.js';
import type { Pack } from '../pack/schema.js';
import { reportDueSoon } from '../rules/report/due-soon.js';
import type { ReportInstance } from '../rules/report/instance.js';
import { reportLate } from '../rules/report/late.js';
import { reportMissing } from '../rules/report/missing.js';
import { ruleMessage, type Rule } from '../rules/rule.js';
import { createAgencyMatcher } from '../vi/agencies.js';
import { parseDateCell } from '../vi/dates.js';
import { jaccardSimilarity, titleSimilarity } from '../vi/similarity.js';
import type { CheckContext } from './context.js';
import type { ReportStats } from './result.js';
import type { LogLine, RosterEntry } from './workbook-state.js';

export interface ReportContext {
  readonly check: CheckContext;
  readonly workbook: string;
  readonly roster: readonly RosterEntry[];
  readonly log: readonly LogLine[];
  /** Whether the workbook has a received-reports log sheet at all (it may have no line yet). */
  readonly logFound: boolean;
}

export interface ReportOutcome {
  readonly findings: Finding[];
  readonly notEvaluated: NotEvaluated[];
  /** Instances due by the as-of date, and how many arrived on time, late or not at all. */
  readonly stats: {
    readonly due: number;
    readonly onTime: number;
    readonly late: number;
    readonly missing: number;
  };
  readonly units: ReportStats;
  /** Report instances not yet received whose due day is the as-of date or later (within a year). */
  readonly upcoming: UpcomingReport[];
}

export interface UpcomingReport {
  readonly title: string;
  readonly agency: string;
  readonly due: string;
  readonly dueText: string;
  readonly location: {
    readonly workbook: string;
    readonly sheet?: string;
    readonly cell?: string;
    readonly row?: number;
  };
}

type PackReport = NonNullable<Pack['reports']>[number];

/** The report rules, in the order an instance's findings are reported (at most one fires). */
const REPORT_RULES: readonly Rule<ReportInstance>[] = [reportLate, reportMissing, reportDueSoon];

interface Instance {
  readonly report: PackReport;
  readonly unit: string;
  readonly period?: Period;
  readonly due: PlainDate;
  readonly dueText: string;
}

function unitsOf(report: PackReport, ctx: ReportContext): string[] {
  const agencies = ctx.check.pack.agencies ?? [];
  const groups = ctx.check.pack.groups ?? [];
  const units: string[] = [];
  for (const id of report.from) {
    const agency = agencies.find((a) => a.id === id);
    if (agency) {
      units.push(agency.name);
      continue;
    }
    const group = groups.find((g) => g.id === id);
    if (!group) continue;
    for (const member of group.members ?? []) {
      const a = agencies.find((x) => x.id === member);
      if (a) units.push(a.name);
    }
    const names = [group.name, ...(group.aliases ?? [])];
    const withGroups = ctx.roster.filter((r) => r.group !== undefined);
    for (const entry of ctx.roster) {
      const belongs =
        entry.group !== undefined
          ? names.some((n) => titleSimilarity(n, entry.group!) >= 0.5)
          : withGroups.length === 0 && report.from.length === 1;
      if (belongs) units.push(entry.unit);
    }
  }
  return [...new Set(units)];
}

function instancesOf(report: PackReport, ctx: ReportContext, horizon: PlainDate): Instance[] {
  const units = unitsOf(report, ctx);
  const { beforeIsInclusive, documentYear } = ctx.check;
  const dues: Array<{ period?: Period; due: PlainDate; dueText: string }> = [];
  if (report.schedule) {
    const from = parseIsoDate(report.schedule.from);
    const until = report.schedule.until ? parseIsoDate(report.schedule.until) : undefined;
    if (from) {
      for (const p of expandSchedule(
        {
          every: report.schedule.every,
          due: report.schedule.due,
          from,
          ...(until ? { until } : {}),
        },
        horizon,
        { beforeIsInclusive },
      )) {
        if (compareDates(p.due, horizon) <= 0) {
          dues.push({
            period: p.period,
            due: p.due,
            dueText: `${periodLabel(p.period).vi}: ${formatViDate(p.due)}`,
          });
        }
      }
    }
  } else if (report.due) {
    const parsed = parseDue(report.due, {
      beforeIsInclusive,
      ...(documentYear !== undefined ? { defaultYear: documentYear } : {}),
    });
    if (parsed.kind === 'due' && compareDates(parsed.due, horizon) <= 0) {
      dues.push({ due: parsed.due, dueText: parsed.phrase });
    }
  }
  return units.flatMap((unit) => dues.map((d) => ({ report, unit, ...d })));
}

export function checkReports(ctx: ReportContext): ReportOutcome {
  const findings: Finding[] = [];
  const notEvaluated: NotEvaluated[] = [];
  const stats = { due: 0, onTime: 0, late: 0, missing: 0 };
  const reports = ctx.check.pack.reports ?? [];
  const { asOf, documentYear } = ctx.check;
  const dueUnits = new Set<string>();
  const lateUnits = new Set<string>();
  const missingUnits = new Set<string>();
  const units = (): ReportStats => ({
    units: dueUnits.size,
    sent: [...dueUnits].filter((u) => !missingUnits.has(u)).length,
    lateUnits: [...lateUnits],
    missingUnits: [...missingUnits],
  });
  const upcoming: UpcomingReport[] = [];
  if (reports.length === 0) return { findings, notEvaluated, stats, units: units(), upcoming };
  const horizon = addDays(asOf, ctx.check.dueSoonDays);
  // Instances are expanded a year ahead for the calendar; findings only reach `horizon`.
  const calendarHorizon = addDays(asOf, 366);
  const logSheet = ctx.log[0]?.sheet;

  for (const report of reports) {
    const instances = instancesOf(report, ctx, calendarHorizon);
    if (instances.length === 0) continue;
    const matcher = createAgencyMatcher(
      [...new Set(instances.map((i) => i.unit))].map((name) => ({ id: name, name })),
    );
    const lines = ctx.log.filter(
      (l) =>
        reports.length === 1 || l.report === '' || jaccardSimilarity(l.report, report.title) >= 0.3,
    );
    for (const instance of instances) {
      const candidates = lines.filter((l) => matcher.match(l.unit)?.agency.id === instance.unit);
      const line = instance.period
        ? candidates.find((l) => {
            const p = parsePeriod(
              l.period,
              documentYear !== undefined ? { defaultYear: documentYear } : {},
            );
            return p !== undefined && periodKey(p) === periodKey(instance.period!);
          })
        : candidates[0];
      const received = line?.received
        ? parseDateCell(line.received.value, line.received.text)
        : undefined;
      const receivedOn = received?.kind === 'date' ? received.date : undefined;
      const past = compareDates(instance.due, asOf) < 0;
      const period = instance.period ? periodLabel(instance.period) : undefined;
      const what = {
        vi: `báo cáo "${instance.report.title}"${period ? ` ${period.vi}` : ''}`,
        en: `report "${instance.report.title}"${period ? ` for ${period.en}` : ''}`,
      };
      const location = line
        ? {
            workbook: ctx.workbook,
            sheet: line.sheet,
            cell: line.received?.address ?? line.receivedAddress ?? line.unitAddress,
            row: line.row,
          }
        : (() => {
            const entry = ctx.roster.find((r) => r.unit === instance.unit);
            return entry
              ? { workbook: ctx.workbook, sheet: entry.sheet, cell: entry.address, row: entry.row }
              : { workbook: ctx.workbook, ...(logSheet ? { sheet: logSheet } : {}) };
          })();
      const base = {
        subject: { kind: 'report' as const, id: instance.report.id, title: instance.report.title },
        agency: instance.unit,
        location,
        quote: instance.report.source?.quote ?? instance.dueText,
        expected: `${formatViDate(instance.due)} / ${formatIsoDate(instance.due)}`,
      };
      if (!past && !receivedOn) {
        upcoming.push({
          title: `${instance.report.title}${instance.period ? ` ${periodLabel(instance.period).vi}` : ''}`,
          agency: instance.unit,
          due: formatIsoDate(instance.due),
          dueText: instance.dueText,
          location,
        });
      }
      if (compareDates(instance.due, horizon) > 0) continue;
      // Without a log of received reports, nothing can be said about what was received.
      if (!ctx.logFound) {
        if (past) stats.due++;
        continue;
      }
      if (past) {
        stats.due++;
        dueUnits.add(instance.unit);
      }
      const judged: ReportInstance = {
        unit: instance.unit,
        what,
        due: instance.due,
        dueText: instance.dueText,
        asOf,
        dueSoonUntil: horizon,
        ...(receivedOn ? { receivedOn } : {}),
        ...(line ? { line: { receivedText: line.received?.text ?? '', note: line.note } } : {}),
      };
      if (receivedOn) {
        if (daysBetween(instance.due, receivedOn) > 0) {
          if (past) {
            stats.late++;
            lateUnits.add(instance.unit);
          }
        } else if (past) {
          stats.onTime++;
        }
      } else if (past) {
        stats.missing++;
        missingUnits.add(instance.unit);
      }
      for (const rule of REPORT_RULES) {
        const level = ctx.check.severity(rule.id, rule.defaultSeverity);
        const found = level === 'off' ? undefined : rule.decide(judged);
        if (level === 'off' || !found) continue;
        findings.push({
          ...base,
          rule: rule.id,
          severity: level,
          actual: found.actual!,
          message: ruleMessage(rule, found),
        });
      }
    }
  }
  if (!ctx.logFound && stats.due > 0) {
    notEvaluated.push({
      scope: 'report/missing',
      location: { workbook: ctx.workbook },
      reason: {
        vi: `Tệp "${ctx.workbook}" không có sổ nhận báo cáo (cột "Đơn vị báo cáo" và "Ngày nhận"): chưa kiểm tra được ${stats.due} lượt báo cáo đã đến hạn.`,
        en: `"${ctx.workbook}" has no received-reports log (columns "Đơn vị báo cáo" and "Ngày nhận"): ${stats.due} report(s) due could not be checked.`,
      },
    });
  }
  return { findings, notEvaluated, stats, units: units(), upcoming };
}
