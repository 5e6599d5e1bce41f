/**
 * `extractDirective`: directive text → items (deadlines, reports, indicators, each quoted with its
 * span and a confidence) and a draft rule pack built from them.
 */
import { OTHER_SPACE, agencyKey, foldText, isPlaceDateLine, readPeriodText } from '@dondoc/core';
import { analyseStructure } from './context.js';
import type { BlockContext, DocumentContext } from './context.js';
import {
  cellDue,
  COUNTED_FROM_POLLING_DAY,
  dayCountedFromPolling,
  clausesOf,
  duesIn,
  dutiesOfBlock,
  isReportClause,
  namedAgencyAt,
  TIME_LABEL,
  timetableItems,
} from './duties.js';
import type { DueFound } from './duties.js';
import { indicatorsOfBlock } from './indicators.js';
import type { TargetScope } from './indicators.js';
import { periodEndYear } from './frame.js';
import type { ReportScope } from './duties.js';
import { isSubmitClause } from './duties.js';
import { AGENCY_START, leadInAssignee, requesterOf, subjectOf, withCommaParts } from './owners.js';
import { documentFrame } from './frame.js';
import type { DocumentFrame } from './frame.js';
import { buildPack } from './pack.js';
import { isDueCell, tableItems, textTables, type TextTable } from './tables.js';
import { DATE_CELL, originalSpan, prepareText, splitSentences } from './prepare.js';
import { EMPTY_ITEM } from './types.js';
import type { ExtractItem, ExtractResult } from './types.js';

export interface ExtractOptions {
  /** Used for the pack id and title when the text names no document. */
  readonly fileName?: string;
}

interface Scope {
  readonly due: string;
  readonly dueText: string;
  readonly owner: string | null;
  readonly document: number;
}

const SECTION_CLOSER = /^(?:Thời gian|Thời hạn)(?:\s+hoàn thành)?\b/iu;
const INTRO = /(?:như sau|sau đây|gồm|sau)\s*:\s*$/u;

function firstSentenceItem(
  original: string,
  ctx: BlockContext,
  scope: Scope,
  confidence: number,
  owner: string | null,
): ExtractItem | undefined {
  const first = splitSentences(ctx.block)[0];
  if (!first) return undefined;
  const [s, e] = originalSpan(first, 0, first.text.length);
  return {
    ...EMPTY_ITEM,
    kind: 'deadline',
    quote: original.slice(s, e),
    span: [s, e],
    confidence,
    owner,
    task: first.text.replace(/[.;:\s]+$/u, '').slice(0, 200),
    due: scope.due,
    dueText: scope.dueText,
  };
}

interface LeadIn {
  readonly text: string;
  readonly markerType: string | null;
  readonly target: boolean;
  readonly year: string | null;
  readonly report: ReportScope | null;
}

const TARGET_CUE = /chỉ tiêu|mục tiêu|phấn đấu/iu;
/** The fields of a report's description: who sends it, who receives it. */
const SHEET_FROM =
  /^(?:Cơ quan|Đơn vị|Chủ thể)\s+(?:thực hiện|báo cáo|gửi)(?:\s+báo cáo)?\s*:\s*(.+?)\.?$/iu;
const SHEET_TO = /^(?:Cơ quan|Đơn vị|Nơi)\s+(?:nhận|tiếp nhận)(?:\s+báo cáo)?\s*:\s*(.+?)\.?$/iu;
/** A photo's credit closing a short line: "(Hình từ internet)", "(Ảnh: Thu Hà)", "(Ảnh minh họa)". */
const PHOTO_CAPTION =
  /\((?:Hình|Ảnh)(?:\s+(?:từ|minh họa|minh hoạ|tư liệu)|\s*:)[^()]{0,60}\)\s*\.?\s*$/u;

/**
 * Running text that announces targets: "… đề ra một số chỉ tiêu …", "… xác định 5 chỉ tiêu chính",
 * "… các chỉ tiêu chủ yếu gồm:", a sentence naming them with "Cụ thể:" opening the next ("Đây là
 * những chỉ tiêu chính của Hội … năm 2027. Cụ thể: …"), a list opened by "… với một số chỉ tiêu chủ
 * yếu: …".
 */
const ANNOUNCE =
  /(?:chỉ tiêu|mục tiêu)[^.:;]{0,120}?(?:gồm|bao gồm|như sau|sau đây|cụ thể(?:\s+như)?)\s*:|(?:chỉ tiêu|mục tiêu)[^.:;]{0,160}?\.\s+Cụ thể(?:\s+như)?\s*:|(?:một số|các|những)\s+(?:chỉ tiêu|mục tiêu)(?:\s+(?:chủ yếu|chính|cơ bản|quan trọng))?\s*:|(?:đề ra|đặt ra|thông qua|xác định|thống nhất|nhất trí|giao|nêu)\s+(?:(?:[\p{L}-]+|\d{1,3})\s+){0,3}?(?:chỉ tiêu|mục tiêu)|(?<![\p{L}])đặt\s+(?:chỉ tiêu|mục tiêu)|thông qua\s+Nghị quyết\s+về\s+(?:kế hoạch|nhiệm vụ)\s+phát triển kinh tế\s*[-–]\s*xã hội\s+(?:\d+\s+năm|giai đoạn|năm)\s+\d{4}/iu;

/** A paragraph that opens by listing what the one before named: "Cụ thể: …", "Cụ thể như sau: …". */
const SPECIFICALLY = /^Cụ thể(?:\s+như(?:\s+sau)?)?\s*:/u;

/**
 * A plan (programme, scheme) for one year that the text says was just issued, its title's year at
 * the sentence's end: "… vừa ban hành Kế hoạch phát triển đoàn viên năm 2027."
 */
const PLAN_ISSUED =
  /(?<![\p{L}])(?:vừa|mới)\s+(?:ban hành|phê duyệt)\s+(?:Kế hoạch|Chương trình|Phương án|Đề án)(?![\p{L}])(?!\s+số)[^.;:]{0,160}?(?<![\p{L}])năm\s+(\d{4})(?!\s*[-–/]\s*\d)\s*(?:\.|$)/u;

/** A timetable line that is its time alone: "Chậm nhất ngày 04/01/2026 (70 ngày trước …):". */
const TIME_LABEL_ONLY = new RegExp(`${TIME_LABEL.source}\\s*$`, TIME_LABEL.flags);
/** A timetable row written "Ngày 14/3: task" (a day, a colon, the work due that day). */
const DAY_ROW = /^\s*Ngày\s+(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)\s*:\s*(\S[\s\S]*)$/u;
/** A lead-in saying the days below are the latest ones to finish by. */
const TIMETABLE_LEAD = /chậm nhất|hạn chót|mốc thời gian|thời hạn hoàn thành/iu;
/** A row that names an event held that day, not work due by it. */
const EVENT_ROW =
  /^(?:Bầu cử|Bỏ phiếu|Ngày bầu cử|Khai mạc|Bế mạc|Lễ|Ngày hội|Hội nghị|Kỳ họp)(?![\p{L}])/u;

/** What a line ending in ":" passes down: target-ness, a year, a report's sender and recipient. */
function leadInOf(text: string, markerType: string | null): LeadIn {
  let report: ReportScope | null = null;
  if (isReportClause(text) || isSubmitClause(text)) {
    // the recipient: a named body ("về Bộ Văn hóa, Thể thao và Du lịch (qua …):"), or one named
    // by its role ("đến cơ quan, đơn vị nhận báo cáo:")
    const named =
      /(?:về|đến|tới|lên|báo cáo|gửi|trình)\s+((?:Ủy ban|Uỷ ban|UBND|Sở|Bộ|Ban|Văn phòng|Chính phủ|Thường trực|Hội đồng|Phòng|Chủ tịch)[^,;:(]*?)(?=\s*(?:\(|theo|trước|chậm|định|hằng|như|sau|qua|thông qua|nơi|:|,|;|$))/u.exec(
        text,
      );
    const byRole =
      /(?:về|đến|tới|cho)\s+((?:các\s+)?(?:cơ quan|đơn vị|bộ phận)(?:,\s*(?:cơ quan|đơn vị|bộ phận))*\s+(?:nhận|tiếp nhận|quản lý)[^,;:(]*?)(?=\s*(?:\(|theo|trước|chậm|định|hằng|như|sau|:|,|;|$))/u.exec(
        text,
      );
    const to = named?.[1]
      ? withCommaParts(named[1], text.slice(named.index + named[0].length))
      : (byRole?.[1] ?? null);
    // the channel in brackets "(qua Văn phòng UBND tỉnh)" or after the recipient "… qua hệ thống
    // phần mềm:"
    const via =
      /\((?:qua|thông qua)\s+([^)]+)\)/u.exec(text)?.[1] ??
      /(?<![\p{L}])(?:qua|thông qua)\s+([^,;:()]+?)\s*(?=theo\s|trước\s|chậm\s|định kỳ|hằng\s|như sau|sau đây|:|,|;|$)/u.exec(
        text,
      )?.[1] ??
      null;
    report = { from: subjectOf(text), to, via };
  }
  return {
    text,
    markerType,
    target: TARGET_CUE.test(text),
    // the period inside a named programme ("Chương trình hành động … giai đoạn 2021-2030") is
    // the programme's, not the year of the targets listed
    year: periodEndYear(
      text.replace(
        /(?:Chương trình|Chiến lược|Đề án|Quy hoạch|Kế hoạch|Nghị quyết)\s[^,;:]*?(?:giai đoạn|đến năm)\s*\d{4}(?:\s*[-–]\s*\d{4})?/gu,
        '',
      ),
    ),
    report,
  };
}

/** Finds the items of a directive and drafts its pack. */
export function extractDirective(written: string, options: ExtractOptions = {}): ExtractResult {
  // a space of another kind as the plain space every reader expects, one character for one:
  // spans into the text stay the caller's
  const text = written.replace(OTHER_SPACE, ' ');
  const prepared = prepareText(text);
  const structure = analyseStructure(prepared);
  const items: ExtractItem[] = [];
  let scope: Scope | null = null;
  const ownDeadline = new Set<number>();
  // the frame of each document: its header zone, issue date and target period
  const frames: DocumentFrame[] = structure.documents.map((d, i) => {
    const next = structure.documents[i + 1];
    const start = i === 0 ? 0 : d.firstBlock;
    return documentFrame(prepared.blocks.slice(start, next ? next.firstBlock : undefined));
  });
  const docs: DocumentContext[] = structure.documents.map((d, i) => {
    const frame = frames[i] as DocumentFrame;
    const date = d.date ?? frame.stampDate;
    return {
      ...d,
      date,
      // without a place-date line, the page's stamp dates the document: a year read from a
      // date in the headline ("… bầu cử vào Chủ nhật, ngày 15/3/2026") is the event's
      year:
        d.date === undefined && frame.stampDate !== undefined
          ? Number(frame.stampDate.slice(0, 4))
          : (d.year ?? (date ? Number(date.slice(0, 4)) : undefined)),
      targetYear: frame.targetYear,
      // a text about one school year ("áp dụng đối với năm học 2021-2022"): its days without a
      // year fall in that school year, whatever year the page was posted in
      ...schoolYearOf(
        prepared.blocks.slice(d.firstBlock, d.firstBlock + 5),
        date === undefined ? undefined : Number(date.slice(0, 4)),
      ),
      ...pollingDayOf(text, date === undefined ? d.year : Number(date.slice(0, 4))),
    };
  });

  // lead-ins: a line ending in ":" opens a scope over the list items under it
  let leadIns: LeadIn[] = [];
  let paragraphLead: LeadIn | null = null;
  // the text of the body block read last: "Cụ thể:" opening a paragraph goes on with the one before
  let previousText = '';
  let previousDocument = -1;
  interface Series {
    readonly key: string | null;
    readonly to: string;
    readonly via: string | null;
    readonly from: string | null;
    readonly quote: string;
  }
  const series: { current: Series | null } = { current: null };
  // a timetable flattened to one cell a paragraph: its header names deadlines, then each date cell
  // bounds the task cells under it
  const timetable: { document: number; cell: DueFound | null } = { document: -1, cell: null };
  // a report described field by field ("1. Cơ quan thực hiện: …", "2. Cơ quan nhận báo cáo: …",
  // "4. Thời hạn gửi báo cáo: …"): the sender and recipient of the reports of that section
  const sheet: {
    section: number | null;
    from: string | null;
    to: string | null;
    quotes: readonly string[];
  } = { section: null, from: null, to: null, quotes: [] };
  // targets announced in running text: from the announcing block on, to the end of the document
  let run: { document: number; year: string | null; quote: string } | null = null;
  // The blocks of each section (by its heading's block) since the line that last closed it: a
  // closing line bounds the tasks above it back to the one before, so each block is bounded once
  // and a text of many sections stays linear.
  const openBySection = new Map<number | undefined, BlockContext[]>();
  // task tables (an appendix "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành", with
  // "|" or one cell a paragraph) are read by their columns, where they stand, even after the
  // signature; their blocks are not read again as running text
  const contextOf = new Map(structure.blocks.map((b) => [b.block.index, b]));
  const yearOfBlock = (index: number) => docs[contextOf.get(index)?.document ?? 0]?.year;
  const tableAt = new Map<number, TextTable>();
  const inTable = new Set<number>();
  for (const table of textTables(prepared, (text, index) => isDueCell(text, yearOfBlock(index)))) {
    tableAt.set(table.first, table);
    for (const b of table.blocks) inTable.add(b);
  }
  for (const blockCtx of structure.blocks) {
    const table = tableAt.get(blockCtx.block.index);
    if (table) {
      items.push(
        ...tableItems(table, {
          original: text,
          document: docs[blockCtx.document] as DocumentContext,
          blockAt: (index) => contextOf.get(index),
        }),
      );
    }
    if (inTable.has(blockCtx.block.index)) continue;
    const sectionKey = blockCtx.sections[blockCtx.sections.length - 1]?.block;
    const open = openBySection.get(sectionKey);
    if (open) open.push(blockCtx);
    else openBySection.set(sectionKey, [blockCtx]);
    if (!blockCtx.body) continue;
    const meta = frames[blockCtx.document]?.metadata;
    if (meta?.has(blockCtx.block.index)) continue;
    // a headline in capitals ("NHIỀU CHỈ TIÊU … TĂNG CAO") is the page's, not a section of targets
    const ctx: BlockContext = meta
      ? { ...blockCtx, sections: blockCtx.sections.filter((s) => !meta.has(s.block)) }
      : blockCtx;
    const pageDoc = docs[ctx.document] as DocumentContext;
    // a teaser on a tag page: its days without a year fall in the year of its own stamp
    const teaserYear = frames[ctx.document]?.teaserYears.get(ctx.block.index);
    const doc =
      teaserYear !== undefined && teaserYear !== pageDoc.year && pageDoc.schoolYearEnd === undefined
        ? { ...pageDoc, year: teaserYear }
        : pageDoc;
    const type = ctx.block.markerType;
    const ownText = ctx.block.text.slice(ctx.block.bodyStart).trim();
    // "… được giao mục tiêu tăng trưởng. Cụ thể:" then "Quảng Ninh: 12%; Hải Phòng: 12,5%.": an
    // unmarked list line right under a lead-in paragraph is one of its items
    const listLine =
      type === null &&
      paragraphLead !== null &&
      !ownText.endsWith(':') &&
      (ownText.length <= 200 || /^[^.;:]{2,60}:\s/u.test(ownText));
    if (listLine && paragraphLead) leadIns = [paragraphLead];
    else if (type === null || type === 'roman' || type === 'upper') leadIns = [];
    else {
      const same = leadIns.findIndex((l) => l.markerType === type);
      if (same >= 0) leadIns = leadIns.slice(0, same);
    }
    const chain = leadIns;
    if (ownText.endsWith(':')) leadIns = [...leadIns, leadInOf(ownText, type)];
    if (type === null && ownText.endsWith(':')) paragraphLead = leadIns[leadIns.length - 1] ?? null;
    else if (type !== null || !listLine) paragraphLead = null;
    if (run && run.document !== ctx.document) run = null;
    // a title that announces targets ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)") makes the whole
    // body a target scope, with the title's period
    const titled: string | null | undefined = frames[ctx.document]?.targets;
    if (run === null && titled)
      run = {
        document: ctx.document,
        year: frames[ctx.document]?.targetYear ?? null,
        quote: titled.length > 80 ? `${titled.slice(0, 77)}…` : titled,
      };
    // "Đó là một trong những chỉ tiêu … năm 2027." then a paragraph "Cụ thể: …": the sentence
    // before announces the targets the paragraph lists
    const announcing = SPECIFICALLY.test(ownText) ? `${previousText} ${ownText}` : ownText;
    const paragraphBefore = previousDocument === ctx.document ? previousText : undefined;
    previousText = ownText;
    previousDocument = ctx.document;
    const announced = ANNOUNCE.exec(announcing);
    if (announced) {
      // the year the announcing sentence names: "… chỉ tiêu … trong năm 2024. Cụ thể như: …"
      const start = announcing.lastIndexOf('. ', announced.index) + 1;
      const stop = announcing.indexOf('. ', announced.index + announced[0].length);
      const sentence = announcing.slice(start, stop < 0 ? undefined : stop).trim();
      run = {
        document: ctx.document,
        // (one naming no year of its own keeps the year of the plan the text said was issued)
        year: periodEndYear(sentence) ?? (run?.document === ctx.document ? run.year : null),
        quote: sentence.length > 80 ? `${sentence.slice(0, 77)}…` : sentence,
      };
    }
    // "UBND Thành phố vừa ban hành Kế hoạch thực hiện công tác dân số năm 2027." on a news page:
    // the text after it restates the plan, a value with a qualifier its target of the plan's year
    // (not a plan of a year gone by, nor one a sentence only cites by its number and date)
    const plan: RegExpExecArray | null = run === null ? PLAN_ISSUED.exec(ownText) : null;
    if (plan?.[1] && (doc.year === undefined || Number(plan[1]) >= doc.year))
      run = { document: ctx.document, year: plan[1], quote: plan[0].trim() };
    const targetScope: TargetScope = {
      target: chain.some((l) => l.target),
      year: [...chain].reverse().find((l) => l.year !== null)?.year ?? null,
      run,
    };
    // the section that holds the block (not the numbered sibling before it)
    const section =
      [...ctx.sections].reverse().find((x) => x.markerType !== ctx.block.markerType)?.block ?? null;
    if (sheet.section !== section)
      Object.assign(sheet, { section, from: null, to: null, quotes: [] });
    const sender = SHEET_FROM.exec(ownText)?.[1];
    const recipient = SHEET_TO.exec(ownText)?.[1];
    if (sender || recipient) {
      if (sender) sheet.from = sender.trim();
      if (recipient) sheet.to = recipient.trim();
      sheet.quotes = [...sheet.quotes, ownText];
      continue;
    }
    const leadInReport = [...chain].reverse().find((l) => l.report)?.report;
    const fromSheet = leadInReport === undefined && (sheet.from !== null || sheet.to !== null);
    // "Theo đó, UBND huyện yêu cầu:" above "- UBND các xã báo cáo kết quả thực hiện hằng tháng …":
    // a report under a request names no recipient, it goes back to the body that asks
    const askedBy =
      leadInReport === undefined && !fromSheet && chain.length > 0
        ? requesterOf(
            `${((chain[chain.length - 1] as LeadIn).text.split(/[.!?]\s+/u).pop() ?? '').replace(/:\s*$/u, '')} các đơn vị`,
          )
        : null;
    const reportScope: ReportScope | undefined =
      leadInReport ??
      (fromSheet
        ? { from: sheet.from, to: sheet.to, via: null }
        : askedBy !== null
          ? { from: null, to: askedBy, via: null }
          : undefined);
    if (scope && scope.document !== ctx.document) scope = null;
    const block = ctx.block;
    const body = block.text.slice(block.bodyStart);
    // the place-and-date line of a header ("Hà Nội, ngày 10 tháng 4 năm 2024") dates the document
    if (isPlaceDateLine(body)) continue;
    // a photo caption ("Chỉ tiêu … năm 2025 tối thiểu ở mức 8-10% (Hình từ internet)") repeats the
    // text it illustrates: no item of its own
    if (body.length <= 250 && PHOTO_CAPTION.test(body)) continue;

    if (
      block.markerType === null &&
      body.length <= 40 &&
      !/[.;\d]/u.test(body) &&
      /chậm nhất|phải hoàn thành|thời hạn|hạn chót|mốc thời gian/iu.test(body)
    ) {
      timetable.document = ctx.document;
      timetable.cell = null;
      continue;
    }
    if (timetable.document === ctx.document) {
      if (DATE_CELL.test(body)) {
        timetable.cell = cellDue(body, doc) ?? null;
        continue;
      }
      if (timetable.cell && /^\([^()]*\)$/u.test(body.trim())) continue;
      if (
        timetable.cell &&
        block.markerType === null &&
        body.length <= 300 &&
        !/\d{1,2}\/\d{1,2}/u.test(body)
      ) {
        const dutyCtx = { original: text, block: ctx, document: doc };
        const issued = doc.date ? `ban hành / issued ${doc.date} · ` : '';
        items.push(
          ...timetableItems(dutyCtx, timetable.cell).map((i) => ({
            ...i,
            context: `${issued}${i.context ?? ''}`,
          })),
        );
        continue;
      }
      if (body.length > 300 || block.kind === 'heading') timetable.document = -1;
    }
    // "Các mốc chậm nhất phải hoàn thành như sau:" then "Ngày 14/3: Hạn cuối cùng nộp hồ sơ …": a
    // row of a timetable whose lead-in says its days are the latest; a row naming an event (the
    // polling day) is no duty
    const row = DAY_ROW.exec(body);
    if (row?.[1] && row[2] && chain.some((l) => TIMETABLE_LEAD.test(l.text))) {
      if (EVENT_ROW.test(row[2])) continue;
      const cell = duesIn(`chậm nhất ngày ${row[1]}`, doc)[0];
      if (cell) {
        items.push(...timetableItems({ original: text, block: ctx, document: doc }, cell));
        continue;
      }
    }

    // "Chậm nhất ngày 04/01/2026 (70 ngày trước ngày bầu cử):" on a line of its own: no task of
    // its own, it bounds each list item under it ("+ Thành lập Ban bầu cử …;") that gives no time
    if (TIME_LABEL_ONLY.test(ownText)) continue;
    const timeLead = chain[chain.length - 1];
    if (
      type !== null &&
      timeLead &&
      TIME_LABEL_ONLY.test(timeLead.text) &&
      duesIn(body, doc).length === 0
    ) {
      const cell = duesIn(timeLead.text, doc)[0];
      if (cell) {
        items.push(
          ...timetableItems({ original: text, block: ctx, document: doc }, cell).map((i) => ({
            ...i,
            context: `thời hạn theo / due from «${timeLead.text}»`,
          })),
        );
        continue;
      }
    }
    // "Trong tháng 4-2021, Ban Thường vụ Tỉnh ủy tập trung chỉ đạo … như sau:" bounds the numbered items after it
    if (block.markerType === null && INTRO.test(body) && !isReportClause(body)) {
      const due = duesIn(body, doc).find((d) => d.marked);
      if (due) {
        scope = {
          due: due.due,
          dueText: due.dueText,
          owner: subjectOf(body),
          document: ctx.document,
        };
        continue;
      }
    }
    // "Thời gian hoàn thành trước ngày: 25/6/2024" closes a section: it bounds the section's tasks
    if (SECTION_CLOSER.test(body) && body.length < 120) {
      const due = duesIn(body, doc)[0];
      if (due) {
        const parent = ctx.sections[ctx.sections.length - 1]?.block;
        const siblings = (openBySection.get(parent) ?? []).filter(
          (b) => b.block.index < block.index && b.body && !ownDeadline.has(b.block.index),
        );
        openBySection.set(parent, []);
        // "Thời hạn nộp báo cáo: Trước ngày D." on its own: the time of the report duty described
        // just before it ("Sở đã triển khai báo cáo … đến X; Y; Z tại các văn bản …")
        const label = body.slice(0, Math.max(0, body.indexOf(':')));
        if (/báo cáo/iu.test(label)) {
          const described = describedReport(text, siblings);
          if (described) {
            const first = splitSentences(block)[0];
            if (first) {
              const [s, e] = originalSpan(first, 0, first.text.replace(/[.\s]+$/u, '').length);
              items.push({
                ...EMPTY_ITEM,
                kind: 'report',
                quote: text.slice(s, e),
                span: [s, e],
                confidence: 0.6,
                from: described.from,
                to: described.to,
                task: described.task,
                due: due.due,
                dueText: due.dueText,
                period: 'once',
                context: `báo cáo theo / the report described in «${described.quote}»`,
              });
            }
            continue;
          }
        }
        const closer: Scope = {
          due: due.due,
          dueText: due.dueText,
          owner: null,
          document: ctx.document,
        };
        for (const sib of siblings) {
          const first = splitSentences(sib.block)[0];
          const owner = first ? subjectOf(first.text) : null;
          if (!owner) continue;
          const it = firstSentenceItem(text, sib, closer, 0.65, owner);
          if (it) items.push(it);
        }
        continue;
      }
    }

    // a lead-in that only announces a list gives its words to the items, not an item of its own
    // (a lead-in with its own schedule, "Định kỳ hằng quý, các xã báo cáo về UBND huyện các nội
    // dung sau:", is a duty too, unless the items under it give the times)
    if (
      ownText.endsWith(':') &&
      // (a cited document's number is no day: "Theo Điều 4 Nghị định 145/2020/NĐ-CP, …:")
      !/\d{1,2}[/.-]\d{1,2}/u.test(
        ownText.replace(/\d+\/(?:\d{4}\/)?[\p{Lu}Đ][\p{Lu}Đ&-]*/gu, ''),
      ) &&
      (!/hằng|định kỳ/u.test(ownText) || itemsBelowAreTimed(structure.blocks, block.index))
    ) {
      // ("Chỉ thị đặt yêu cầu bảo đảm 100% hộ dân … trong mùa khô 2025 - 2026. Để thực hiện, Thủ
      // tướng yêu cầu:": the sentences before the announcing one may state targets of their own)
      // (not when the lead-in only details them, "… từ 10% trở lên. Cụ thể:": the list restates them)
      const sentences = splitSentences(ctx.block);
      const before = sentences.slice(0, -1);
      const details = /^\s*(?:Cụ thể|Như sau|Gồm|Bao gồm|Trong đó)/iu.test(
        sentences[sentences.length - 1]?.text ?? '',
      );
      if (before.length > 0 && !details)
        items.push(
          ...indicatorsOfBlock({ original: text, block: ctx, document: doc }, before, targetScope),
        );
      continue;
    }
    // "Giao Sở X:" or "… yêu cầu các phòng nghiệp vụ:" above the items: the nearest lead-in that
    // hands the list to a body
    const leadOwner =
      [...chain]
        .reverse()
        .map((l) => leadInAssignee(l.text))
        .find((o) => o !== null) ?? null;
    // the recipient the report of the item before under the same lead-in named
    const seriesTo =
      chain.length > 0 &&
      series.current?.key === (chain[chain.length - 1] as LeadIn).text &&
      series.current.to !== null
        ? series.current.to
        : undefined;
    const dutyContext = {
      original: text,
      block: ctx,
      document: doc,
      ...(reportScope ? { scope: reportScope } : {}),
      ...(leadOwner ? { leadOwner } : {}),
      ...(paragraphBefore !== undefined ? { paragraphBefore } : {}),
      ...(seriesTo ? { seriesTo } : {}),
    };
    // "Căn cứ vào thời gian, báo cáo được chia thành:" above "a) Báo cáo định kỳ: báo cáo tháng,
    // quý, 6 tháng, năm;": the kinds a classification lists are explained, not asked for
    const classified = chain.some((l) =>
      /(?<![\p{L}])(?:được\s+)?(?:chia|phân)\s+(?:thành|làm)(?:\s+(?:các|những|\d+)\s+loại)?\s*:\s*$/iu.test(
        l.text,
      ),
    );
    if (classified) continue;
    const found = dutiesOfBlock(dutyContext);
    const scopeWords = [
      ...ctx.sections
        .filter((sec) => sec.heading || sec.title.endsWith(':'))
        .map((sec) => sec.title),
      ...chain.map((l) => l.text),
    ].map((t) => (t.length > 90 ? `${t.slice(0, 87)}…` : t));
    const frameWords = [
      doc.date ? `ban hành / issued ${doc.date}` : null,
      doc.targetYear ? `năm mục tiêu / target year ${doc.targetYear}` : null,
    ].filter((x) => x !== null);
    const context = [scopeWords.join(' › '), frameWords.join(', ')]
      .filter((x) => x !== '')
      .join(' · ');
    const sheetNote = fromSheet
      ? `người gửi, người nhận theo / sender and recipient from ${sheet.quotes.map((q) => `«${q}»`).join(' ')}`
      : '';
    const withContext = <T extends ExtractItem>(i: T): T => {
      const own = [i.kind === 'report' ? sheetNote : '', i.context ?? '']
        .filter((x) => x !== '')
        .join(' · ');
      const all = [context, own].filter((x) => x !== '').join(' · ');
      return all === '' ? i : { ...i, context: all };
    };
    // a series of reports names its recipient once: "Báo cáo 6 tháng gửi Sở X trước ngày 15/6;" then
    // "Báo cáo năm gửi trước ngày 15/12 hằng năm" (the next item under the same lead-in, or the next
    // clause of the same paragraph) goes to the same recipient, from the same sender
    const seriesKey = chain.length > 0 ? (chain[chain.length - 1] as LeadIn).text : null;
    if (seriesKey === null || series.current?.key !== seriesKey) series.current = null;
    const inherited = found.items.map((i) => {
      if (i.kind !== 'report') return i;
      const prev = series.current;
      if (i.to === null && prev)
        return {
          ...i,
          to: prev.to,
          via: i.via ?? prev.via,
          from: i.from ?? prev.from,
          context: `người nhận theo / recipient from «${prev.quote.slice(0, 60)}»`,
        };
      if (i.to !== null)
        series.current = { key: seriesKey, to: i.to, via: i.via, from: i.from, quote: i.quote };
      return i;
    });
    if (seriesKey === null) series.current = null;
    const duties = { ...found, items: inherited.map(withContext) };
    const indicators = indicatorsOfBlock(dutyContext, duties.sentences, targetScope).map(
      withContext,
    );
    if (duties.items.some((i) => i.kind === 'deadline')) ownDeadline.add(block.index);
    items.push(...duties.items, ...indicators);

    if (
      scope &&
      (block.markerType === 'arabic' || block.markerType === 'roman') &&
      !ownDeadline.has(block.index)
    ) {
      const first = splitSentences(block)[0];
      if (first && clausesOf(first).length > 0) {
        const it = firstSentenceItem(text, ctx, scope, 0.6, subjectOf(first.text) ?? scope.owner);
        if (it) items.push(it);
      }
    }
  }

  const sorted = restated(
    text,
    dedupe(items)
      .map((i) => relativeToPollingDay(text, i, docs[0]?.year))
      // "gửi … về Bộ trước ngày …": a bare kind of body stands for the last one of that kind named
      .map((i) =>
        i.kind === 'report' && i.to !== null
          ? { ...i, to: fullNameBefore(text.slice(0, i.span[0]), i.to) }
          : i,
      )
      // "Bộ sẽ tổng hợp, báo cáo …": so does a bare sender or owner
      .map((i) =>
        i.from !== null
          ? { ...i, from: fullNameBefore(beforeBare(text, i.span, i.from), i.from) }
          : i.owner !== null
            ? { ...i, owner: fullNameBefore(beforeBare(text, i.span, i.owner), i.owner) }
            : i,
      )
      .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]),
  )
    // each quote is the text's own words at its span, its spaces as they were given
    .map((i) => (written === text ? i : { ...i, quote: written.slice(i.span[0], i.span[1]) }));
  const documents = structure.documents.map((d) => d.identity);
  const { pack, cut } = buildPack(sorted, documents, options.fileName);
  return { pack, items: sorted, documents, cut };
}

/**
 * The polling day an election text names ("… diễn ra vào Chủ nhật, ngày 15/3/2026", "… ngày bầu cử
 * (Chủ nhật, ngày 14 tháng 3 năm 2027)", "Ngày 15/3/2026: Ngày bầu cử"); a day written without its
 * year ("… vào Chủ nhật 15/3") is in the text's year.
 */
function pollingDay(
  written: string,
  defaultYear?: number,
): { year: number; month: number; day: number } | undefined {
  // a day is all this gives back: the words are read with their spaces as one, and a line cut
  // inside a sentence joined (a blank line still parts two paragraphs)
  const text = written.replace(/[ \t]{2,}/g, ' ').replace(/[ \t]*\r?\n[ \t]*(?=\S)/g, ' ');
  // (not a day counted from it and written out: "… 10 ngày trước ngày bầu cử, tức là ngày 04/3")
  const m =
    /bầu cử[^.\n]{0,160}?(?:vào|(?<!tức\s)là)\s+(?:Chủ nhật,?\s*)?(?:ngày\s+)?(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?:(?:\/|\s+năm\s+)(\d{4}))?(?![\d/])/iu.exec(
      text,
    ) ??
    // "tính đến ngày bầu cử (Chủ nhật, ngày 14 tháng 3 năm 2027)"
    /ngày bầu cử\s*\(\s*(?:Chủ nhật,?\s*)?ngày\s+(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?:(?:\/|\s+năm\s+)(\d{4}))?\s*\)/iu.exec(
      text,
    ) ??
    /ngày\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s*:\s*Ngày bầu cử/iu.exec(text);
  const year = m?.[3] !== undefined ? Number(m[3]) : defaultYear;
  return m && year !== undefined ? { year, month: Number(m[2]), day: Number(m[1]) } : undefined;
}

function pollingDayOf(
  text: string,
  year?: number,
): { pollingDay?: { year: number; month: number; day: number } } {
  if (!/ngày\s+bầu\s+cử/iu.test(text)) return {};
  const day = pollingDay(text, year);
  return day ? { pollingDay: day } : {};
}

/**
 * "Ban bầu cử gửi biên bản … về Ủy ban bầu cử xã chậm nhất 03 ngày sau ngày bầu cử": a time
 * counted from the polling day the text names is that day plus or minus the days.
 */
function relativeToPollingDay(text: string, i: ExtractItem, year?: number): ExtractItem {
  if (i.due !== null || (i.kind !== 'report' && i.kind !== 'deadline')) return i;
  const m = [...i.quote.matchAll(COUNTED_FROM_POLLING_DAY)][0];
  const polling = m ? pollingDay(text, year) : undefined;
  if (!m?.[1] || !polling) return i;
  return {
    ...i,
    due: dayCountedFromPolling(m, polling),
    dueText: m[0],
    ...(i.kind === 'report' ? { period: 'once' as const } : {}),
  };
}

/** "… đầu năm học 2010- 2011": the school year a text with no year of its own is about. */
function schoolYearOf(
  blocks: readonly { readonly text: string }[],
  year?: number,
): { schoolYearEnd?: number } {
  for (const b of blocks) {
    const m = /năm học\s*\d{4}\s*[-–]\s*\d{4}/iu.exec(b.text);
    if (!m) continue;
    const period = readPeriodText(m[0]);
    if (period.sub !== 'SY' || period.year === undefined) return {};
    // a dated text names the school year it is in, or the one about to start
    if (year !== undefined && (period.year < year || period.year > year + 1)) return {};
    return { schoolYearEnd: period.year };
  }
  return {};
}

/** "… Sở đã triển khai báo cáo dự kiến tuyển sinh … đến X; Y; Z tại các văn bản số …". */
const DESCRIBED =
  /(?:^|[.;,]\s+)((?:các\s+)?\p{Lu}[^.;,]{0,80}?)\s+(?:đã\s+|vừa\s+)?(?:triển khai|giao|yêu cầu|đề nghị|hướng dẫn)(?:\s+thực hiện)?\s+(báo cáo[^.;]{0,160}?)\s+(?:đến|tới|cho)\s+([\s\S]+?)(?=\s+(?:tại|theo)\s+(?:các\s+)?(?:[Vv]ăn bản|[Cc]ông văn)|\.\s|\.?$)/u;

/**
 * The report duty a block before a "Thời hạn nộp báo cáo: …" line describes: who asked for it (the
 * recipient; a short name, "Sở", stands for the full one written earlier) and whom it asked (the
 * senders). The latest block that describes one wins.
 */
function describedReport(
  original: string,
  blocks: readonly BlockContext[],
): { from: string; to: string; task: string; quote: string } | undefined {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const b = blocks[i] as BlockContext;
    const m = DESCRIBED.exec(b.block.text.slice(b.block.bodyStart));
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const asker = m[1].trim();
    if (!AGENCY_START.test(asker)) continue;
    const to = fullNameBefore(original.slice(0, b.block.start), asker);
    const quote = m[0].replace(/^[.;,]\s+/u, '').trim();
    return {
      from: m[3].trim(),
      to,
      task: m[2].trim(),
      quote: quote.length > 80 ? `${quote.slice(0, 77)}…` : quote,
    };
  }
  return undefined;
}

/** A kind of body written alone, standing for one named before. */
const BARE_KIND = /^(?:Sở|Bộ|Phòng|Ban|Cục|Ủy ban|Uỷ ban|UBND|Văn phòng)$/u;

/**
 * The text before an item's bare body: before its span, and within the span up to the bare word
 * ("… Giám đốc Sở Giáo dục và Đào tạo cho biết Sở sẽ hoàn thành …": the body the speaker heads,
 * named in the same sentence before it).
 */
function beforeBare(text: string, span: readonly [number, number], short: string): string {
  if (!BARE_KIND.test(short)) return text.slice(0, span[0]);
  const at = new RegExp(`(?<![\\p{L}])${short}(?![\\p{L}])(?!\\s+\\p{Lu})`, 'u').exec(
    text.slice(span[0], span[1]),
  );
  return text.slice(0, span[0] + (at?.index ?? 0));
}

/** "Sở" after "Sở GDĐT TP. Hồ Chí Minh vừa …": a bare kind of body stands for the last one named. */
function fullNameBefore(before: string, short: string): string {
  if (!BARE_KIND.test(short)) return short;
  let last: string | null = null;
  for (const m of before.matchAll(new RegExp(`(?<![\\p{L}])${short}(?=\\s+\\p{Lu})`, 'gu'))) {
    const named = namedAgencyAt(before.slice(m.index));
    // "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Lâm": a level word cut from its place's name is no
    // part of the body's name
    const level = /\s+(?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường)$/u;
    const name =
      named && level.test(named) && /^\s+\p{Lu}/u.test(before.slice(m.index + named.length))
        ? named.replace(level, '')
        : named;
    if (name && name !== short) last = name;
  }
  return last ?? short;
}

/**
 * "Bộ X đề nghị các sở báo cáo nhanh tình hình …. Trước ngày 18/10, các địa phương phải báo cáo
 * Bộ X …": a report asked for with no time, restated in the very next sentence with its time, the
 * same recipient and the same senders, is one duty: the timed one.
 */
function restated(original: string, items: readonly ExtractItem[]): ExtractItem[] {
  const reports = items.filter((i) => i.kind === 'report');
  return items.filter((i) => {
    if (i.kind !== 'report' || i.due !== null || i.period !== null || i.to === null) return true;
    const next = reports.find((r) => r.span[0] >= i.span[1]);
    return !(
      next &&
      next.due !== null &&
      next.to !== null &&
      // "UBND tỉnh" then "Ủy ban nhân dân tỉnh": one body however written
      agencyKey(next.to) === agencyKey(i.to) &&
      // the same senders: named alike, or both the addressees named generically ("các sở", "các
      // địa phương"); a body given its own duty ("Giao Sở Nội vụ …") is another duty
      (foldText(next.from ?? '') === foldText(i.from ?? '') ||
        (/^các\s+\p{Ll}/u.test(next.from ?? '') && /^các\s+\p{Ll}/u.test(i.from ?? ''))) &&
      /^\s*$/u.test(original.slice(i.span[1], next.span[0]))
    );
  });
}

/** Whether the list item right under a lead-in states a time of its own (a date, a frequency). */
function itemsBelowAreTimed(blocks: readonly BlockContext[], leadIn: number): boolean {
  const next = blocks.find((b) => b.block.index > leadIn && b.body);
  return (
    next !== undefined &&
    next.block.markerType !== null &&
    /\d{1,2}[/.-]\d{1,2}|hằng|định kỳ|chậm nhất|trước ngày|\bngày\s+\d/u.test(next.block.text)
  );
}

function dedupe(items: readonly ExtractItem[]): ExtractItem[] {
  const seen = new Set<string>();
  const out: ExtractItem[] = [];
  for (const i of items) {
    const key = JSON.stringify([
      i.kind,
      i.span,
      i.due,
      i.owner,
      i.from,
      i.to,
      i.period,
      i.op,
      i.value,
      i.min,
      i.max,
      i.year,
      i.name,
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i);
  }
  return out;
}
