/**
 * The one seam between the UI and where the workbook lives (see ../../shared STYLE: "pass the Office
 * adapter in"). The task pane passes an OfficeWorkbookHost (Office.js), the standalone page a
 * FileWorkbookHost (exceljs on an opened file). The UI shows the actions the host has.
 */
import type { Finding, FindingLocation, FindingsReport, Message, Pack, Sheet } from '@dondoc/core';
import { RESULTS_SHEET_MARK, type Lang, type ReportInput } from '@dondoc/report';

/** The workbook as the checker sees it. */
export interface WorkbookSheets {
  /** The name findings carry (the file name). */
  readonly name: string;
  readonly sheets: readonly Sheet[];
}

/** What an action did, said to the user; `notes` say what could not be done on this Excel. */
export interface ActionOutcome {
  readonly message: Message;
  readonly notes?: readonly Message[];
}

/**
 * Where the history of one workbook's checks is kept (see @dondoc/history's local.ts): the
 * workbook's document settings in Excel, the browser's storage for the standalone page.
 */
export interface HistoryPlace {
  /** Said to the user: "in this workbook", "in this browser". */
  readonly where: Message;
  /** The most characters the stored value may take here. */
  readonly maxChars: number;
  /** The stored value for the workbook named `workbook`, if any. */
  load(workbook: string): Promise<unknown>;
  save(workbook: string, text: string): Promise<void>;
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  /** Where the checks of this workbook are remembered, when the host can keep them. */
  readonly history?: HistoryPlace;
  /** Reads the workbook to check: every sheet's used range (values, formats, displayed text). */
  read(): Promise<WorkbookSheets>;
  /** Goes to the cell a finding is about. */
  selectCell?(location: FindingLocation): Promise<ActionOutcome>;
  /** Fills the offending cells, remembering the fills they had. */
  highlight?(findings: readonly Finding[]): Promise<ActionOutcome>;
  /** Puts back exactly the fills the highlighted cells had before. */
  clearHighlights?(): Promise<ActionOutcome>;
  /** Writes or refreshes the "Kết quả kiểm tra" sheet. */
  writeResults?(report: FindingsReport, lang: Lang): Promise<ActionOutcome>;
  /** Inserts the pack's tracking sheets into the workbook. */
  insertTemplate?(pack: Pack): Promise<ActionOutcome>;
  /** Stores the pack in the workbook, for whoever opens the file next. */
  storePack?(pack: Pack): Promise<ActionOutcome>;
  /** The pack stored in the workbook, if any (raw JSON, validated by the caller). */
  storedPack?(): Promise<unknown>;
  /** Saves the XLSX report (findings and an annotated copy) where the user chooses. */
  downloadReport?(input: ReportInput, lang: Lang): Promise<ActionOutcome>;
  /** Saves a tracking workbook made from the pack. */
  downloadTemplate?(pack: Pack): Promise<ActionOutcome>;
}

/** True for a sheet dondoc wrote itself (the results sheet): it is not checked. */
export function isResultsSheet(sheet: Sheet): boolean {
  const first = sheet.rows[0];
  return (
    first?.number === 1 && first.cells[0]?.col === 1 && first.cells[0].text === RESULTS_SHEET_MARK
  );
}
