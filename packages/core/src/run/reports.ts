/**
 * Report obligations: each of a pack's reports expands into instances (reporting unit × period) up
 * to the as-of date; the workbook's log of received reports is matched to them by unit, report and
 * period:
 *
 * - unit: each line's unit is matched once against the closed set of units the workbook and the
 *   pack list (the roster, the pack's agencies, the units owing a report), every unit told apart:
 *   "UBMTTQ huyện", "ĐU TT Than Uyên", "Hội CCB", "Huyện đoàn" name their roster units; a name that
 *   fits several ("UBND xã Sơn": Sơn Tây or Sơn Trung?) or none credits no unit and is reported as
 *   `agency/unknown`, naming the candidates;
 * - report: a register of incoming documents lists every document; one whose number or title gives
 *   another kind ("12/TTr-UBND", "Công văn về …") is not the report; with several reports, the
 *   line's title must be close to the report's;
 * - period: a line with no period (no "Kỳ báo cáo" column, or an empty cell) is for the one period
 *   its unit owes by now; when the unit owes several, which one it is for cannot be told and is
 *   listed as not evaluated.
 *
 * A line marked as sent ("Đã gửi", "Đã nhận") that gives no day (in the date column, the status or
 * the notes: "Đã gửi ngày 15/11/2024") is sent at an unknown time: not evaluated, not missing.
 * A log that keeps no day at all, only a tick or a status per unit ("Đúng hạn | Chậm | Chưa gửi",
 * "Nộp chậm 3 ngày"), says how it was sent: on time is received, late is `report/late` with no
 * day known, not sent is missing; a line with no mark, marks that disagree or a status that says
 * no sending is not evaluated, never missing.
 *
 * - `report/missing`: due before the as-of date and not received (no line, an empty date, "Chưa gửi");
 * - `report/late`: received after its due day;
 * - `report/due-soon` (info): due within `dueSoonDays` and not yet received.
 *
 * Groups ("các chi, đảng bộ cơ sở") expand through the roster sheet (units and their "Khối") and the
 * pack's own members.
 */
import { parseDue } from '../calendar/due.js';
import {
  parsePeriod,
  parseYearToDate,
  periodContains,
  nextPeriod,
  periodFirstMonth,
  periodLabel,
  periodStandsFor,
  type Period,
} from '../calendar/period.js';
import {
  addDays,
  compareDates,
  daysBetween,
  formatIsoDate,
  formatViDate,
  parseIsoDate,
  type PlainDate,
} from '../model/plain-date.js';
import { expandSchedule, type ScheduleEvery } from '../calendar/schedule.js';
import type { Finding, NotEvaluated } from '../model/findings.js';
import type { Pack } from '../pack/schema.js';
import { reportDueSoon } from '../rules/report/due-soon.js';
import type { ReportInstance } from '../rules/report/instance.js';
import { reportLate } from '../rules/report/late.js';
import { reportMissing } from '../rules/report/missing.js';
import { ruleMessage, type Rule } from '../rules/rule.js';
import { agencyUnknown } from '../rules/agency/unknown.js';
import { clip } from '../findings/template.js';
import { agencyKey, createAgencyMatcher, namesPlaceOf, type AgencyDef } from '../vi/agencies.js';
import { completionDateInText } from '../vi/completion.js';
import { parseDateCell, type DateContext } from '../vi/dates.js';
import { documentKind, readDocumentKind } from '../vi/document-kind.js';
import { classifyStatus, timelinessOf } from '../vi/status.js';
import { jaccardSimilarity, titleSimilarity } from '../vi/similarity.js';
import type { CheckContext } from './context.js';
import type { EvaluatedReport, ReportStats } from './result.js';
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
  /** Every instance past its deadline, with what the log says of it. */
  readonly evaluated: EvaluatedReport[];
  /** Report instances not yet received whose due day is the as-of date or later (within a year). */
  readonly upcoming: UpcomingReport[];
}

export interface UpcomingReport {
  readonly title: string;
  readonly item: { readonly kind: 'report'; readonly id: string };
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

/**
 * The pack's agency a roster entry stands for when the roster names the places only: a list of
 * "Xã Quảng Phú", "Thị trấn Sịa" beside a pack owing reports from "UBND xã Quảng Phú", "UBND thị
 * trấn Sịa" lists those committees by their communes. The entry is the agency whose whole place it
 * names, when exactly one agency of the pack has that place and no agency is written as the entry
 * itself ("Đảng ủy xã Quảng Phú" and "UBND xã Quảng Phú" both in the pack leave "Xã Quảng Phú"
 * alone).
 */
function rosterAgency(entry: RosterEntry, ctx: ReportContext): string | undefined {
  const agencies = ctx.check.pack.agencies ?? [];
  const key = agencyKey(entry.unit);
  if (key === '' || agencies.some((a) => agencyKey(a.name) === key)) return undefined;
  const named = agencies.filter((a) => namesPlaceOf(entry.unit, a.name));
  return named.length === 1 ? named[0]!.name : undefined;
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
      if (belongs) units.push(rosterAgency(entry, ctx) ?? entry.unit);
    }
  }
  // one unit once, however the pack and the roster write it ("UBND xã Kỳ Lạc" and "Ủy ban nhân
  // dân xã Kỳ Lạc"): the first name given wins
  const byKey = new Map<string, string>();
  for (const unit of units) {
    const key = agencyKey(unit) || unit;
    if (!byKey.has(key)) byKey.set(key, unit);
  }
  return [...byKey.values()];
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

/** The sending status of a log line, with the words a sending-status log adds to the status words. */
const LOG_STATUS_WORDS = {
  done: ['Đã nhận', 'Đã duyệt', 'Đã gửi báo cáo'],
  notDone: ['Chưa nhận', 'Chưa duyệt', 'Từ chối', 'Trả lại', 'Chưa có báo cáo'],
};

/**
 * The closed set of units a log line may name: the roster's units, the pack's agencies (with their
 * aliases) and the units owing a report; one entry per unit, whichever of them names it.
 */
function closedSet(ctx: ReportContext, owing: readonly string[]): AgencyDef[] {
  const defs: Array<{ id: string; name: string; aliases: string[] }> = [];
  const byKey = new Map<string, (typeof defs)[number]>();
  const add = (names: readonly string[]): void => {
    const keys = names.map((n) => agencyKey(n)).filter((k) => k !== '');
    const existing = keys.map((k) => byKey.get(k)).find((d) => d !== undefined);
    const def = existing ?? { id: names[0]!, name: names[0]!, aliases: [] };
    if (!existing) defs.push(def);
    for (const name of names)
      if (name !== def.name && !def.aliases.includes(name)) def.aliases.push(name);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, def);
  };
  // a unit's place is one more name of it ("BĐVHX Thạch Kênh" for the payment point that sits in
  // the commune's post office), when the place is a name (two words or more) no other unit shares
  const placeKeys = new Map<string, number>();
  for (const entry of ctx.roster) {
    const key = entry.place !== undefined ? agencyKey(entry.place) : '';
    if (key !== '') placeKeys.set(key, (placeKeys.get(key) ?? 0) + 1);
  }
  const unitKeys = new Set(ctx.roster.map((e) => agencyKey(e.unit)));
  const placeOf = (entry: RosterEntry): string[] => {
    const key = entry.place !== undefined ? agencyKey(entry.place) : '';
    return key.includes(' ') && placeKeys.get(key) === 1 && !unitKeys.has(key)
      ? [entry.place!]
      : [];
  };
  for (const entry of ctx.roster) {
    const agency = rosterAgency(entry, ctx);
    add([entry.unit, ...(agency !== undefined ? [agency] : []), ...placeOf(entry)]);
  }
  for (const agency of ctx.check.pack.agencies ?? []) add([agency.name, ...(agency.aliases ?? [])]);
  for (const unit of owing) add([unit]);
  return defs;
}

/** A line's unit in the closed set, or the units it could be. */
interface LineUnit {
  readonly id?: string;
  /** When several units fit about as well: their names, best first (named by agency/unknown). */
  readonly candidates: readonly string[];
  /** Unmatched: every unit the line could stand for (ids), whose duty it leaves undecided. */
  readonly possible: readonly string[];
}

/**
 * Whether a log line records this report: an e-office register lists every incoming document, and
 * a "Tờ trình" or a "Công văn" is not a report, whatever its sender (a kind read only from a code
 * the decree does not give, "…/CV-…", may be the sender's short name: a line naming the period it
 * reports on is then a report); with several reports, its title must be close to the report's.
 */
function recordsReport(line: LogLine, report: PackReport, reports: readonly PackReport[]): boolean {
  const lineKind = readDocumentKind(line.number, line.report);
  const reportKind = documentKind('', report.title) ?? 'Báo cáo';
  // a kind read only from an informal code ("455/CV-TH") yields to the period the line reports on
  const reportsAPeriod =
    line.period !== '' && parsePeriod(line.period, { defaultYear: 2000 }) !== undefined;
  if (
    lineKind !== undefined &&
    lineKind.kind !== reportKind &&
    !(lineKind.informal && reportsAPeriod)
  )
    return false;
  if (reports.length === 1 || line.report === '') return true;
  // several reports in one log ("BC tháng 9", "Báo cáo quý III"): the kind of period the line
  // names tells them apart when exactly one of the reports comes at that rhythm
  const every = scheduleOfPeriod(line.period);
  if (every !== undefined) {
    const atThatRhythm = reports.filter((r) => r.schedule?.every === every);
    if (atThatRhythm.length === 1) return atThatRhythm[0] === report;
  }
  return jaccardSimilarity(line.report, report.title) >= 0.3;
}

/**
 * The year a period written without one ("BC tháng 9") is read in, from the day the line came in: a
 * report covers a period that has begun, so "tháng 12" received on 03/01/2025 is December 2024.
 */
function receivedYearContext(period: string, received: PlainDate | undefined): DateContext {
  if (received === undefined) return {};
  const p = parsePeriod(period, { defaultYear: received.year });
  if (p === undefined) return {};
  const begins = p.year * 12 + periodFirstMonth(p);
  return {
    defaultYear: begins > received.year * 12 + received.month ? received.year - 1 : received.year,
  };
}

/** The rhythm of the period a text names ("tháng 9" → month, "quý III" → quarter), if any. */
function scheduleOfPeriod(text: string): ScheduleEvery | undefined {
  const p = text === '' ? undefined : parsePeriod(text, { defaultYear: 2000 });
  if (p === undefined) return undefined;
  return p.kind === 'half' ? 'half-year' : p.kind;
}

export function checkReports(ctx: ReportContext): ReportOutcome {
  const findings: Finding[] = [];
  /** Runs every report rule on one judged instance, with what every finding of it carries. */
  const emit = (
    judged: ReportInstance,
    base: Pick<Finding, 'subject' | 'agency' | 'location' | 'quote' | 'expected'>,
  ): void => {
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
  };
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
  const evaluated: EvaluatedReport[] = [];
  if (reports.length === 0)
    return { findings, notEvaluated, stats, units: units(), evaluated, upcoming };
  const horizon = addDays(asOf, ctx.check.dueSoonDays);
  // Instances are expanded a year ahead for the calendar; findings only reach `horizon`.
  const calendarHorizon = addDays(asOf, 366);
  const logSheet = ctx.log[0]?.sheet;
  const dateContext = documentYear !== undefined ? { defaultYear: documentYear } : {};

  const byReport = reports.map((report) => ({
    report,
    instances: instancesOf(report, ctx, calendarHorizon),
  }));
  // Every line is read against every unit the workbook and the pack know, each unit told apart
  // (no group membership): a line credits the unit it names, or none.
  const closedSetDefs = closedSet(
    ctx,
    byReport.flatMap((r) => r.instances.map((i) => i.unit)),
  );
  const matcher = createAgencyMatcher(closedSetDefs, { members: false });
  const unitOf = new Map<string, LineUnit>();
  const lineUnit = (text: string): LineUnit => {
    let found = unitOf.get(text);
    if (!found) {
      const m = matcher.match(text);
      const possible = m ? [] : matcher.possible(text);
      // a place's name alone ("Kỳ Phong" in a list of the communes' committees) is the one unit
      // of the set named after that place, when there is exactly one
      const only =
        possible.length === 1 && namesPlaceOf(text, possible[0]!.name) ? possible[0] : undefined;
      found = m
        ? { id: m.agency.id, candidates: [], possible: [] }
        : only
          ? { id: only.id, candidates: [], possible: [] }
          : {
              candidates: matcher.candidates(text).map((a) => a.name),
              possible: possible.map((a) => a.id),
            };
      unitOf.set(text, found);
    }
    return found;
  };
  const idOf = (unit: string): string => matcher.match(unit)?.agency.id ?? unit;
  const matcherNames = new Map(closedSetDefs.map((a) => [a.id, a.name]));
  const receivedOf = (line: LogLine): PlainDate | undefined => {
    const cell = line.received ? parseDateCell(line.received.value, line.received.text) : undefined;
    if (cell?.kind === 'date') return cell.date;
    // "Đã gửi ngày 15/11/2024" written in the status or the notes
    return (
      completionDateInText(line.status, dateContext)?.date ??
      completionDateInText(line.note, dateContext)?.date
    );
  };
  const unknownLines = new Map<LogLine, PackReport>();
  // a period written without a year is in the year of the log's title, else the document's, else
  // the year the line came in (the year before, when that would put the period after it)
  const contextOf = (l: LogLine): DateContext =>
    l.year !== undefined
      ? { defaultYear: l.year }
      : documentYear !== undefined
        ? dateContext
        : receivedYearContext(l.period, receivedOf(l));

  for (const { report, instances } of byReport) {
    if (instances.length === 0) continue;
    const lines = ctx.log.filter((l) => recordsReport(l, report, reports));
    for (const l of lines)
      if (lineUnit(l.unit).id === undefined && !unknownLines.has(l)) unknownLines.set(l, report);
    // the instances each unit owes by the findings' horizon: a line that names no period can only
    // be for the one instance a unit owes
    const owed = new Map<string, number>();
    for (const i of instances) {
      if (compareDates(i.due, horizon) <= 0) owed.set(i.unit, (owed.get(i.unit) ?? 0) + 1);
    }
    const unsure = new Set<string>();
    for (const instance of instances) {
      const id = idOf(instance.unit);
      const candidates = lines.filter((l) => lineUnit(l.unit).id === id);
      let line: LogLine | undefined;
      let periodUnknown: LogLine | undefined;
      if (instance.period) {
        line = candidates.find((l) => periodStandsFor(l.period, instance.period!, contextOf(l)));
        const periodless = candidates.filter(
          (l) =>
            parsePeriod(l.period, contextOf(l)) === undefined &&
            parseYearToDate(l.period, contextOf(l)) === undefined,
        );
        // A weekly report is sent in the week it is about (its due day is a weekday of that
        // week): a line with no period that came in during the week is that week's. One that came
        // in during the next week may be this week's, late, or the next one's: this week is then
        // not evaluated; lines of other weeks say nothing of it.
        const week = instance.period.kind === 'week' ? instance.period : undefined;
        if (!line && week)
          line = periodless.find((l) => {
            const received = receivedOf(l);
            return received !== undefined && periodContains(week, received);
          });
        const undecided = week
          ? periodless.filter((l) => {
              const received = receivedOf(l);
              return received === undefined || periodContains(nextPeriod(week), received);
            })
          : periodless;
        if (!line && periodless.length > 0 && compareDates(instance.due, horizon) <= 0) {
          if ((owed.get(instance.unit) ?? 0) === 1) line = periodless[0];
          else periodUnknown = undecided[0];
        }
      } else line = candidates[0];
      const receivedOn = line ? receivedOf(line) : undefined;
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
            const entry = ctx.roster.find((r) => idOf(r.unit) === id);
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
          item: { kind: 'report', id: instance.report.id },
          title: `${instance.report.title}${instance.period ? ` ${periodLabel(instance.period).vi}` : ''}`,
          agency: instance.unit,
          due: formatIsoDate(instance.due),
          dueText: instance.dueText,
          location,
        });
      }
      if (compareDates(instance.due, horizon) > 0) continue;
      const judge = (state: EvaluatedReport['state']) => {
        if (past)
          evaluated.push({
            id: instance.report.id,
            title: instance.report.title,
            agency: instance.unit,
            due: formatIsoDate(instance.due),
            state,
          });
      };
      // Without a log of received reports, nothing can be said about what was received.
      if (!ctx.logFound) {
        if (past) stats.due++;
        judge('unknown');
        continue;
      }
      // Lines with no period for a unit that owes several: which one they are for is not written.
      if (periodUnknown) {
        if (!unsure.has(instance.unit)) {
          unsure.add(instance.unit);
          notEvaluated.push({
            scope: 'report/missing',
            location: {
              workbook: ctx.workbook,
              sheet: periodUnknown.sheet,
              cell: periodUnknown.unitAddress,
              row: periodUnknown.row,
            },
            reason: {
              vi: `Sổ nhận báo cáo không ghi kỳ báo cáo của dòng "${periodUnknown.unit}", mà ${instance.unit} phải gửi ${owed.get(instance.unit) ?? 0} kỳ báo cáo "${report.title}" đến nay: chưa xác định được kỳ nào đã gửi.`,
              en: `The received-reports log gives no period on the line of "${periodUnknown.unit}", and ${instance.unit} owes ${owed.get(instance.unit) ?? 0} periods of the report "${report.title}" by now: which one was sent cannot be told.`,
            },
          });
        }
        judge('unknown');
        continue;
      }
      // A log that keeps no day, whose line cannot be read (no tick, ticks that disagree, a status
      // that says no sending): neither received nor missing.
      // (a period not yet due whose line is blank is only not sent yet)
      if (past && line && !receivedOn && line.sending?.state === 'unread') {
        stats.due++;
        judge('unknown');
        notEvaluated.push({
          scope: 'report/missing',
          location,
          reason: {
            vi: `${instance.unit}: dòng ${line.row} của sổ theo dõi nhận báo cáo ${line.sending.why.vi}: chưa xác định được đã gửi ${what.vi} hay chưa.`,
            en: `${instance.unit}: on row ${line.row} of the received-reports log, ${line.sending.why.en}: whether the ${what.en} was sent cannot be told.`,
          },
        });
        continue;
      }
      // Marked as sent ("Đã gửi", an "x" under "Đúng hạn" or "Chậm") with no day: sent, and on
      // time or late when the log says which.
      if (line && !receivedOn) {
        const sending = line.sending?.state;
        const said =
          sending !== undefined
            ? line.status
            : [line.status, line.received?.text ?? '', line.note].find(
                (t) => t !== '' && classifyStatus(t, LOG_STATUS_WORDS).state !== 'unknown',
              );
        const sent =
          sending !== undefined
            ? sending !== 'not-sent'
            : said !== undefined && classifyStatus(said, LOG_STATUS_WORDS).state === 'done';
        if (said !== undefined && sent) {
          if (past) {
            stats.due++;
            dueUnits.add(instance.unit);
          }
          // the log says how it was sent: "Đã gửi đúng hạn" (a matrix legend), "Đã gửi (chậm)"
          const how =
            sending === 'late' || sending === 'on-time'
              ? sending
              : sending === 'sent'
                ? undefined
                : timelinessOf(said);
          if (how === 'late') {
            if (past) {
              stats.late++;
              lateUnits.add(instance.unit);
            }
            judge('late');
            const judgedLate: ReportInstance = {
              unit: instance.unit,
              what,
              due: instance.due,
              dueText: instance.dueText,
              asOf,
              dueSoonUntil: horizon,
              lateSaid: said,
              line: { receivedText: line.received?.text ?? '', note: line.note },
            };
            emit(judgedLate, base);
            continue;
          }
          if (how === 'on-time') {
            if (past) stats.onTime++;
            judge('received');
            continue;
          }
          judge('sent');
          notEvaluated.push({
            scope: 'report/late',
            location: {
              workbook: ctx.workbook,
              sheet: line.sheet,
              cell: line.receivedAddress ?? line.unitAddress,
              row: line.row,
            },
            reason: {
              vi: `${instance.unit}: sổ ghi "${said}" nhưng không ghi ngày nhận ${what.vi}: chưa xác định được gửi đúng hạn hay chậm (hạn ${formatViDate(instance.due)}).`,
              en: `${instance.unit}: the log says "${said}" but gives no day the ${what.en} was received: whether it was on time cannot be told (due ${formatIsoDate(instance.due)}).`,
            },
          });
          continue;
        }
      }
      // A line that names no unit for sure but could be this one ("TH Kim Đồng", "UBND xã Sơn"):
      // not received is not certain, and neither is late when that line came in on time.
      const onTime = (l: LogLine): boolean => {
        const at = receivedOf(l);
        return at !== undefined && daysBetween(instance.due, at) <= 0;
      };
      const late = receivedOn !== undefined && daysBetween(instance.due, receivedOn) > 0;
      const standIn =
        receivedOn === undefined || late
          ? lines.find(
              (l) =>
                lineUnit(l.unit).possible.includes(id) &&
                (instance.period === undefined ||
                  l.period.trim() === '' ||
                  periodStandsFor(l.period, instance.period, contextOf(l))) &&
                (!late || onTime(l)),
            )
          : undefined;
      if (standIn && past) {
        const names = [
          ...new Set(lineUnit(standIn.unit).possible.map((p) => matcherNames.get(p) ?? p)),
        ];
        const listed = names.map((n) => `"${n}"`).join(', ');
        stats.due++;
        judge('unknown');
        notEvaluated.push({
          scope: receivedOn ? 'report/late' : 'report/missing',
          location,
          reason: {
            vi: `Dòng "${standIn.unit}" của sổ nhận báo cáo không xác định được là đơn vị nào (có thể là ${listed}): chưa kết luận được ${instance.unit} ${receivedOn ? 'gửi chậm' : 'chưa gửi'} ${what.vi}.`,
            en: `The log line "${standIn.unit}" names no unit for sure (it could be ${listed}): whether ${instance.unit} ${receivedOn ? 'sent the ' + what.en + ' late' : 'has not sent the ' + what.en} cannot be told.`,
          },
        });
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
          judge('late');
        } else {
          if (past) stats.onTime++;
          judge('received');
        }
      } else {
        if (past) {
          stats.missing++;
          missingUnits.add(instance.unit);
        }
        judge('missing');
      }
      emit(judged, base);
    }
  }
  findings.push(...unknownUnits(ctx, unknownLines, lineUnit));
  // decision 0013: a daily report is not expanded day by day; the log it would be checked in is
  // said to leave it unchecked rather than pass over it in silence
  if (ctx.logFound)
    for (const report of reports) {
      if (report.schedule || !report.due) continue;
      const parsed = parseDue(report.due, dateContext);
      if (parsed.kind !== 'recurring' || parsed.frequency !== 'daily') continue;
      notEvaluated.push({
        scope: 'report/missing',
        location: { workbook: ctx.workbook, ...(logSheet ? { sheet: logSheet } : {}) },
        reason: {
          vi: `Báo cáo hằng ngày "${report.title}" (${report.due}) không được kiểm tra theo từng ngày trên sổ nhận báo cáo.`,
          en: `The daily report "${report.title}" (${report.due}) is not checked day by day against the received-reports log.`,
        },
      });
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
  return { findings, notEvaluated, stats, units: units(), evaluated, upcoming };
}

/** agency/unknown for the log lines of a report that name no unit of the set, or several. */
function unknownUnits(
  ctx: ReportContext,
  lines: ReadonlyMap<LogLine, PackReport>,
  lineUnit: (text: string) => LineUnit,
): Finding[] {
  const level = ctx.check.severity(agencyUnknown.id, agencyUnknown.defaultSeverity);
  if (level === 'off') return [];
  const known = [
    ...new Set([
      ...ctx.roster.map((r) => r.unit),
      ...(ctx.check.pack.agencies ?? []).map((a) => a.name),
    ]),
  ];
  const findings: Finding[] = [];
  for (const [line, report] of lines) {
    const title = line.report || report.title;
    const found = agencyUnknown.decide({
      name: line.unit,
      matched: false,
      known,
      taskTitle: title,
      candidates: lineUnit(line.unit).candidates,
      inLog: true,
    });
    if (!found) continue;
    findings.push({
      rule: agencyUnknown.id,
      severity: level,
      subject: { kind: 'agency', title: clip(title, 200) },
      agency: line.unit,
      location: {
        workbook: ctx.workbook,
        sheet: line.sheet,
        cell: line.unitAddress,
        row: line.row,
      },
      actual: found.actual!,
      message: ruleMessage(agencyUnknown, found),
    });
  }
  return findings;
}
