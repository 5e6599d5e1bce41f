/**
 * The task pane UI, the same in Excel and in the standalone page: it knows the workbook only through
 * the WorkbookHost passed in (see ../host.ts), and checks with the same core as `dondoc check`.
 */
import {
  formatIsoDate,
  MAX_PACK_BYTES,
  parseIsoDate,
  type Finding,
  type Message,
  type Pack,
  type PackProblem,
  type PlainDate,
} from '@dondoc/core';
import { SEVERITY_NAMES, type ExplainedTable, type Lang } from '@dondoc/report';
import type { ActionOutcome, WorkbookHost } from '../host.js';
import { listBundledPacks, loadBundledPack } from '@dondoc/rulepacks';
import { loadPackText, loadPackValue, runCheck, type CheckRun } from '../run-check.js';
import { recordHistory, type HistoryOutcome } from '../run-history.js';
import { copyToClipboard, selectText } from './clipboard.js';
import { el } from './dom.js';
import { historyPanel } from './history-panel.js';
import { TABLE_NAMES, t, type UiKey } from './i18n.js';
import { readingPanel, tableName } from './reading-panel.js';
import { scorecardPanel } from './scorecard-panel.js';
import { groupFindings, ruleDescription, type GroupBy } from './rules.js';

/** The standalone page's host also opens files. */
export interface OpensFiles {
  /** Throws (with bilingual `messages`) for a file too large to open, before it is read. */
  checkSize(name: string, size: number): void;
  open(name: string, bytes: Uint8Array): void;
  readonly fileName: string | undefined;
}

export interface AppOptions {
  readonly host: WorkbookHost & Partial<OpensFiles>;
  /** Today, from the clock outside the core: the as-of date's default. */
  readonly today: PlainDate;
  readonly lang?: Lang;
  /** The clock, read when a check is recorded in the workbook's history. */
  readonly now?: () => Date;
  /** Told after every check (tests and the benchmark read the timing from here). */
  readonly onChecked?: (run: CheckRun, milliseconds: number) => void;
}

export interface AppHandle {
  /** Runs the check as the button does. */
  check(): Promise<void>;
}

type PackChoice = { kind: 'bundled'; id: string } | { kind: 'stored' } | { kind: 'file' };

const PAGE = 200;

function messageOf(error: unknown): Message {
  if (typeof error === 'object' && error !== null && 'messages' in error) {
    const m = (error as { messages: unknown }).messages;
    if (typeof m === 'object' && m !== null && 'vi' in m && 'en' in m) return m as Message;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { vi: `Không thực hiện được: ${reason}`, en: `Could not do it: ${reason}` };
}

export function mountApp(root: HTMLElement, options: AppOptions): AppHandle {
  const { host } = options;
  let lang: Lang = options.lang ?? 'vi';
  let choice: PackChoice = { kind: 'bundled', id: 'generic' };
  let storedPack: Pack | undefined;
  let filePack: { name: string; pack: Pack } | undefined;
  let run: CheckRun | undefined;
  let runPack: Pack | undefined;
  /** What changed since the workbook's previous recorded check. */
  let history: HistoryOutcome | undefined;
  let stale = false;
  let groupBy: GroupBy = 'rule';
  /** Whether "Cách đọc các bảng" is open (closed until the user opens it). */
  let readingOpen = false;
  let busy = false;
  const shown = new Map<string, number>();
  let status:
    | {
        message: Message;
        notes: readonly Message[];
        error: boolean;
        problems?: readonly PackProblem[];
      }
    | undefined;

  // ── static skeleton ───────────────────────────────────────────────────────────────────────
  const labels: [HTMLElement, UiKey][] = [];
  const label = <T extends HTMLElement>(node: T, key: UiKey): T => {
    labels.push([node, key]);
    return node;
  };

  const langButton = el('button', {
    type: 'button',
    class: 'lang',
    id: 'lang',
    onclick: () => switchLang(),
  });
  const header = el(
    'header',
    {},
    el('h1', {}, el('span', { class: 'brand' }, 'dondoc'), ' ', label(el('span'), 'appTitle')),
    langButton,
  );

  // The standalone page: choose or drop a workbook.
  // The native file button speaks the browser's language: it is hidden (still focusable) behind a
  // label styled as a button, in the page's language.
  const fileInput = el('input', {
    type: 'file',
    id: 'workbook-file',
    class: 'file-input',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'aria-describedby': 'workbook-name',
    onchange: () => void openFrom(fileInput.files?.[0]),
  });
  const fileName = el('span', { class: 'file-name', id: 'workbook-name' });
  const fileSection = host.open
    ? el(
        'section',
        { class: 'drop', id: 'drop-zone' },
        label(el('h2', { class: 'field-title' }), 'workbook'),
        el(
          'div',
          { class: 'file-row' },
          fileInput,
          label(el('label', { for: 'workbook-file', class: 'button' }), 'chooseFile'),
          fileName,
        ),
        label(el('p', { class: 'hint' }), 'dropHint'),
      )
    : undefined;

  const packSelect = el('select', { id: 'pack', onchange: () => choosePack() });
  const packFileInput = el('input', {
    type: 'file',
    id: 'pack-file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-label': 'Bộ quy tắc (.json) / Rule pack (.json)',
    onchange: () => void openPackFile(packFileInput.files?.[0]),
  });
  const packFileButton = label(
    el('button', {
      type: 'button',
      id: 'open-pack',
      class: 'link',
      onclick: () => packFileInput.click(),
    }),
    'openPack',
  );
  const asOfInput = el('input', {
    type: 'date',
    id: 'as-of',
    value: formatIsoDate(options.today),
    required: true,
    onchange: () => markStale(),
  });
  const settings = el(
    'section',
    { class: 'settings' },
    el(
      'div',
      { class: 'field' },
      label(el('label', { for: 'pack' }), 'pack'),
      packSelect,
      packFileButton,
      packFileInput,
    ),
    el('div', { class: 'field' }, label(el('label', { for: 'as-of' }), 'asOf'), asOfInput),
  );

  const buttons = new Map<string, HTMLButtonElement>();
  const button = (id: string, key: UiKey, action: () => Promise<void>, primary = false) => {
    const b = label(
      el('button', {
        type: 'button',
        id,
        class: primary ? 'primary' : undefined,
        onclick: () => void action(),
      }),
      key,
    );
    buttons.set(id, b);
    return b;
  };
  const checkButton = button('check', 'check', () => check(), true);
  const actionList: HTMLButtonElement[] = [];
  if (host.highlight)
    actionList.push(
      button('highlight', 'highlight', () => act((h) => h.highlight!(run!.report.findings))),
    );
  if (host.clearHighlights)
    actionList.push(
      button('clear-highlights', 'clearHighlights', () => act((h) => h.clearHighlights!())),
    );
  if (host.writeResults)
    actionList.push(
      button('write-results', 'writeResults', () => act((h) => h.writeResults!(run!.report, lang))),
    );
  if (host.downloadReport) {
    actionList.push(
      button('download-report', 'downloadReport', () =>
        act((h) => h.downloadReport!({ report: run!.report, workbooks: [run!.result] }, lang)),
      ),
    );
  }
  if (host.insertTemplate)
    actionList.push(
      button('insert-template', 'insertTemplate', () => withPack((p) => host.insertTemplate!(p))),
    );
  if (host.downloadTemplate)
    actionList.push(
      button('download-template', 'downloadTemplate', () =>
        withPack((p) => host.downloadTemplate!(p)),
      ),
    );
  if (host.storePack)
    actionList.push(button('store-pack', 'storePack', () => withPack((p) => host.storePack!(p))));
  const actionsLabel = label(
    el('h2', { class: 'visually-hidden', id: 'actions-label' }),
    'actions',
  );
  const actions = el(
    'section',
    { class: 'actions', 'aria-labelledby': 'actions-label' },
    actionsLabel,
    checkButton,
    el('div', { class: 'secondary' }, ...actionList),
  );

  const statusBox = el('div', {
    id: 'status',
    role: 'status',
    'aria-live': 'polite',
    class: 'status',
  });
  const results = el('section', { id: 'results', 'aria-labelledby': 'results-label' });
  const main = el('main', {}, fileSection, settings, actions, statusBox, results);
  root.replaceChildren(header, main);

  if (host.open) {
    // Drop a workbook anywhere on the page.
    root.addEventListener('dragover', (e) => {
      e.preventDefault();
      fileSection?.classList.add('dragging');
    });
    root.addEventListener('dragleave', () => fileSection?.classList.remove('dragging'));
    root.addEventListener('drop', (e) => {
      e.preventDefault();
      fileSection?.classList.remove('dragging');
      void openFrom(e.dataTransfer?.files?.[0]);
    });
  }

  // ── behaviour ─────────────────────────────────────────────────────────────────────────────
  function currentPack(): Pack | undefined {
    if (choice.kind === 'stored') return storedPack;
    if (choice.kind === 'file') return filePack?.pack;
    return loadBundledPack(choice.id);
  }

  function asOf(): PlainDate | undefined {
    return parseIsoDate(asOfInput.value);
  }

  function setStatus(
    message: Message,
    error = false,
    notes: readonly Message[] = [],
    problems?: readonly PackProblem[],
  ) {
    status = { message, notes, error, ...(problems ? { problems } : {}) };
    renderStatus();
  }

  function markStale() {
    if (run) {
      stale = true;
      renderResults();
    }
  }

  function setBusy(value: boolean) {
    busy = value;
    root.setAttribute('aria-busy', String(value));
    updateButtons();
  }

  function updateButtons() {
    const havePack = currentPack() !== undefined;
    checkButton.disabled =
      busy || !havePack || (host.open !== undefined && host.fileName === undefined);
    for (const [id, b] of buttons) {
      if (id === 'check') continue;
      const needsRun = ['highlight', 'write-results', 'download-report'].includes(id);
      b.disabled =
        busy || (needsRun && !run) || (!needsRun && id !== 'clear-highlights' && !havePack);
    }
  }

  async function check(): Promise<void> {
    const pack = currentPack();
    const date = asOf();
    if (!pack) return;
    if (!date) {
      setStatus({ vi: t('invalidDate', 'vi'), en: t('invalidDate', 'en') }, true);
      asOfInput.focus();
      return;
    }
    setBusy(true);
    setStatus({ vi: t('checking', 'vi'), en: t('checking', 'en') });
    // Let the page paint "Đang kiểm tra…" before the work starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    try {
      const content = await host.read();
      run = runCheck(content, pack, date);
      runPack = pack;
      stale = false;
      shown.clear();
      const ms = performance.now() - started;
      history = host.history
        ? await recordHistory(host.history, run, pack, (options.now ?? (() => new Date()))())
        : undefined;
      const sheets = run.result.sheets.filter((s) => s.table !== 'none');
      setStatus(
        {
          vi: `${t('checked', 'vi')} "${content.name}" (${sheets.map((s) => `${s.name}: ${TABLE_NAMES[s.table]!.vi}`).join('; ') || '—'}).`,
          en: `${t('checked', 'en')} "${content.name}" (${sheets.map((s) => `${s.name}: ${TABLE_NAMES[s.table]!.en}`).join('; ') || '—'}).`,
        },
        false,
        sheets.length === 0 ? [{ vi: t('noTable', 'vi'), en: t('noTable', 'en') }] : [],
      );
      renderResults();
      options.onChecked?.(run, ms);
    } catch (error) {
      setStatus(messageOf(error), true);
    } finally {
      setBusy(false);
    }
  }

  async function act(action: (h: WorkbookHost) => Promise<ActionOutcome>): Promise<void> {
    setBusy(true);
    setStatus({ vi: t('working', 'vi'), en: t('working', 'en') });
    try {
      const outcome = await action(host);
      setStatus(outcome.message, false, outcome.notes ?? []);
    } catch (error) {
      setStatus(messageOf(error), true);
    } finally {
      setBusy(false);
    }
  }

  async function withPack(action: (pack: Pack) => Promise<ActionOutcome>): Promise<void> {
    const pack = currentPack();
    if (pack) await act(() => action(pack));
  }

  async function openFrom(file: File | undefined): Promise<void> {
    if (!file || !host.open) return;
    try {
      // By the size the system gives, before a byte is read: a file too large for the page is
      // refused without the tab ever holding it.
      host.checkSize?.(file.name, file.size);
    } catch (error) {
      fileInput.value = '';
      setStatus(messageOf(error), true);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Emptied so that choosing the same file again, saved since, opens it again (the name is shown
    // beside the button).
    fileInput.value = '';
    host.open(file.name, bytes);
    fileName.textContent = file.name;
    run = undefined;
    history = undefined;
    updateButtons();
    await check();
  }

  async function openPackFile(file: File | undefined): Promise<void> {
    if (!file) return;
    if (file.size > MAX_PACK_BYTES) {
      packFileInput.value = '';
      const mb = MAX_PACK_BYTES / (1024 * 1024);
      setStatus(
        {
          vi: `Tệp bộ quy tắc "${file.name}" quá lớn (hơn ${mb} MB).`,
          en: `The rule pack file "${file.name}" is too large (over ${mb} MB).`,
        },
        true,
      );
      return;
    }
    const loaded = loadPackText(await file.text(), file.name);
    packFileInput.value = '';
    if (!loaded.ok) {
      setStatus(loaded.message, true, [], loaded.problems);
      return;
    }
    filePack = { name: file.name, pack: loaded.pack };
    choice = { kind: 'file' };
    renderPackOptions();
    setStatus({
      vi: `Đã mở bộ quy tắc "${loaded.pack.title}" (${file.name}).`,
      en: `Opened the rule pack "${loaded.pack.title}" (${file.name}).`,
    });
    markStale();
  }

  async function copyBindings(text: string, table: ExplainedTable, source: HTMLElement) {
    if (await copyToClipboard(text)) {
      setStatus({
        vi: `${t('copied', 'vi')} ${tableName(table, 'vi')}.`,
        en: `${t('copied', 'en')} ${tableName(table, 'en')}.`,
      });
      return;
    }
    selectText(source);
    setStatus({ vi: t('copyFailed', 'vi'), en: t('copyFailed', 'en') }, true);
  }

  function choosePack() {
    const value = packSelect.value;
    if (value === 'stored:') choice = { kind: 'stored' };
    else if (value === 'file:') choice = { kind: 'file' };
    else choice = { kind: 'bundled', id: value.replace(/^bundled:/, '') };
    updateButtons();
    markStale();
  }

  function switchLang() {
    lang = lang === 'vi' ? 'en' : 'vi';
    relabel();
    renderPackOptions();
    renderStatus();
    renderResults();
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────
  function relabel() {
    document.documentElement.lang = lang;
    for (const [node, key] of labels) node.textContent = t(key, lang);
    langButton.textContent = t('switchLang', lang);
    langButton.setAttribute('aria-label', t('switchLangLabel', lang));
    langButton.setAttribute('lang', lang === 'vi' ? 'en' : 'vi');
    if (fileSection && !host.fileName) fileName.textContent = t('noFile', lang);
  }

  function renderPackOptions() {
    const bundled = el(
      'optgroup',
      { label: t('bundled', lang) },
      ...listBundledPacks().map((p) =>
        el('option', { value: `bundled:${p.id}` }, `${p.title} (${p.id})`),
      ),
    );
    const groups: HTMLElement[] = [bundled];
    if (storedPack) {
      groups.unshift(
        el(
          'optgroup',
          { label: t('inWorkbook', lang) },
          el('option', { value: 'stored:' }, storedPack.title),
        ),
      );
    }
    if (filePack) {
      groups.push(
        el(
          'optgroup',
          { label: t('fromFile', lang) },
          el('option', { value: 'file:' }, `${filePack.pack.title} (${filePack.name})`),
        ),
      );
    }
    packSelect.replaceChildren(...groups);
    packSelect.value =
      choice.kind === 'bundled'
        ? `bundled:${choice.id}`
        : choice.kind === 'stored'
          ? 'stored:'
          : 'file:';
    updateButtons();
  }

  function renderStatus() {
    statusBox.replaceChildren();
    statusBox.classList.toggle('error', status?.error === true);
    if (!status) return;
    statusBox.append(el('p', {}, status.message[lang]));
    for (const note of status.notes) statusBox.append(el('p', { class: 'note' }, note[lang]));
    if (status.problems && status.problems.length > 0) {
      statusBox.append(
        el(
          'ul',
          { class: 'problems' },
          ...status.problems
            .slice(0, 20)
            .map((p) => el('li', {}, el('code', {}, p.pointer || '/'), ' ', p.message[lang])),
        ),
      );
    }
  }

  function findingItem(f: Finding): HTMLElement {
    const where = f.location?.sheet
      ? `${f.location.sheet}${f.location.cell ? `!${f.location.cell}` : ''}`
      : '';
    const body = [
      el('span', { class: `sev ${f.severity}` }, SEVERITY_NAMES[f.severity][lang]),
      el('span', { class: 'msg' }, f.message[lang]),
      where ? el('span', { class: 'where' }, where) : undefined,
    ];
    if (host.selectCell && f.location?.sheet) {
      const location = f.location;
      return el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            class: 'finding',
            title: `${t(host.kind === 'excel' ? 'goToCell' : 'showRow', lang)} ${where}`,
            onclick: () => void act((h) => h.selectCell!(location)),
          },
          ...body,
        ),
      );
    }
    return el('li', {}, el('div', { class: 'finding' }, ...body));
  }

  function renderResults() {
    results.replaceChildren();
    if (!run) return;
    const { report } = run;
    const s = report.summary;
    results.append(
      el('h2', { id: 'results-label' }, t('results', lang)),
      ...(stale ? [el('p', { class: 'stale' }, t('stale', lang))] : []),
      el(
        'p',
        { class: 'counts', id: 'counts' },
        el('span', { class: 'count error' }, `${s.error} ${t('errors', lang)}`),
        el('span', { class: 'count warning' }, `${s.warning} ${t('warnings', lang)}`),
        el('span', { class: 'count info' }, `${s.info} ${t('infos', lang)}`),
      ),
    );
    if (s.narrative && s.narrative.length > 0) {
      results.append(
        el('div', { class: 'narrative' }, ...s.narrative.map((m) => el('p', {}, m[lang]))),
      );
    }
    const scorecard = scorecardPanel(report, lang);
    if (scorecard) results.append(scorecard);
    if (history) results.append(historyPanel(history, lang));
    if (s.notEvaluated.length > 0) {
      results.append(
        el(
          'details',
          { class: 'not-evaluated' },
          el('summary', {}, `${t('notEvaluated', lang)} (${s.notEvaluated.length})`),
          el('ul', {}, ...s.notEvaluated.map((n) => el('li', {}, n.reason[lang]))),
        ),
      );
    }
    const reading = readingPanel(run.result, {
      lang,
      open: readingOpen,
      onToggle: (open) => (readingOpen = open),
      ...(host.selectCell ? { go: (location) => void act((h) => h.selectCell!(location)) } : {}),
      goTitle: t(host.kind === 'excel' ? 'goToCell' : 'showRow', lang),
      copy: (text, table, source) => void copyBindings(text, table, source),
    });
    if (reading) results.append(reading);
    if (report.findings.length === 0) {
      results.append(el('p', { class: 'clean' }, t('noFindings', lang)));
      return;
    }
    const radios = (['rule', 'agency'] as const).map((value) =>
      el(
        'label',
        {},
        el('input', {
          type: 'radio',
          name: 'group-by',
          value,
          checked: groupBy === value,
          onchange: () => {
            groupBy = value;
            renderResults();
            results.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.focus();
          },
        }),
        ' ',
        t(value === 'rule' ? 'byRule' : 'byAgency', lang),
      ),
    );
    results.append(
      el('fieldset', { class: 'group-by' }, el('legend', {}, t('groupBy', lang)), ...radios),
    );
    const list = el('div', { class: 'groups', id: 'groups' });
    for (const group of groupFindings(report.findings, groupBy)) {
      const id = `${groupBy}:${group.key}`;
      const limit = shown.get(id) ?? PAGE;
      const description = groupBy === 'rule' ? ruleDescription(group.key, runPack) : undefined;
      const title = groupBy === 'rule' ? group.key : group.key || t('noAgency', lang);
      const items = el(
        'ul',
        {},
        ...group.items.slice(0, limit).map((i) => findingItem(report.findings[i]!)),
      );
      const more =
        group.items.length > limit
          ? el(
              'button',
              {
                type: 'button',
                class: 'link',
                onclick: () => {
                  shown.set(id, limit + PAGE);
                  renderResults();
                },
              },
              `${t('showMore', lang)} (${group.items.length - limit})`,
            )
          : undefined;
      list.append(
        el(
          'details',
          { class: 'group', open: true, 'data-key': group.key },
          el(
            'summary',
            {},
            el('span', { class: 'group-title' }, title),
            el('span', { class: 'badge' }, String(group.items.length)),
            description ? el('span', { class: 'group-desc' }, description[lang]) : undefined,
          ),
          items,
          more,
        ),
      );
    }
    results.append(list);
  }

  // ── start ─────────────────────────────────────────────────────────────────────────────────
  relabel();
  renderPackOptions();
  if (host.storedPack) {
    void host
      .storedPack()
      .then((raw) => {
        if (raw === undefined) return;
        const loaded = loadPackValue(raw, t('inWorkbook', lang));
        if (!loaded.ok) {
          setStatus(loaded.message, true, [], loaded.problems);
          return;
        }
        storedPack = loaded.pack;
        // The pack a colleague stored in the file is what this workbook is checked against.
        choice = { kind: 'stored' };
        renderPackOptions();
      })
      .catch((error: unknown) => setStatus(messageOf(error), true));
  }
  return { check };
}
