/**
 * `npm run bench:extract`: precision and recall of the extractor on the seed directives against the
 * hand-checked gold lists in `src/gold/`. Reads the seeds from `docs/sources/`
 * (copies of the four directive documents), or from the folder given as the first argument.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDirective } from './extract.js';
import { KINDS, scoreItems, totalScore } from './score.js';
import type { DocumentScore, GoldItem, KindScore } from './score.js';
import { EMPTY_ITEM } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
/** packages/extract/{src,dist} → the repository root. */
const repoRoot = resolve(here, '..', '..', '..');

/** A corpus folder of src/, found from src/ (tests) or dist/ (the built bench). */
function corpusDir(name: string): string {
  return (
    [join(here, name), join(here, '..', 'src', name)].find((d) => existsSync(d)) ?? join(here, name)
  );
}

const goldDir = corpusDir('gold');

function fmt(n: number): string {
  return n.toFixed(2);
}

function row(label: string, s: Readonly<Record<string, KindScore>>): string {
  return [
    label.padEnd(28),
    ...KINDS.map((k) => {
      const v = s[k] as KindScore;
      return `${fmt(v.precision)} / ${fmt(v.recall)} (${v.matched}/${v.predicted}/${v.gold})`.padEnd(
        26,
      );
    }),
  ].join(' ');
}

/** Short directives written for evaluation only (never looked at while writing rules): src/heldout/. */
export const heldOutDir = corpusDir('heldout');

export const heldOutDir2 = corpusDir('heldout2');

/** Short directives modelled on public pages, gold written before any run (issue 19): src/unseen/. */
export const unseenDir = corpusDir('unseen');

/**
 * The second set (issue 19): texts modelled on pages none of `unseen/` was modelled on, gold
 * written before any run; held out until the third set existed, then fixed against: src/unseen2/.
 */
export const unseenDir2 = corpusDir('unseen2');

/**
 * The third set (issue 19): real public texts kept as found, gold written before any run:
 * src/unseen3/.
 */
export const unseenDir3 = corpusDir('unseen3');

/**
 * The fourth set (issue 19): real public texts kept as found, built after the fixes made on sets
 * 2 and 3, gold written before any run, run once: src/unseen4/.
 */
export const unseenDir4 = corpusDir('unseen4');

/**
 * The fifth set (issue 19): real public texts kept as found, mostly administrative documents, built
 * blind (gold written and committed before any run), run once: src/unseen5/.
 */
export const unseenDir5 = corpusDir('unseen5');

/**
 * The sixth set (issue 19 item 5): texts of our own modelled on public pages of seven genres, on
 * sites no earlier set came from, built blind (gold written and committed before any run):
 * src/unseen6/.
 */
export const unseenDir6 = corpusDir('unseen6');

/**
 * The seventh set (issue 19 item 5): sixteen texts of our own modelled on public pages of seven
 * genres, on sites no earlier set came from, built blind (gold written and committed before any
 * run): src/unseen7/.
 */
export const unseenDir7 = corpusDir('unseen7');

/**
 * The eighth set (issue 19 item 5): sixteen texts of our own modelled on public pages of ten
 * genres (a directive, a meeting's conclusion with a task table, a union's congress targets, an
 * action programme with an appendix of tasks, school-year plans …), on sites no earlier set came
 * from, built blind (gold written and committed before any run): src/unseen8/.
 */
export const unseenDir8 = corpusDir('unseen8');

/**
 * The ninth set (issue 19 item 5): twelve texts of our own modelled on public pages of seven genres
 * (a plan on a legal-database page with its appendix, news restating a directive or a campaign, a
 * school's development plan, congress targets, a concluding speech, a tag page, letters asking for
 * quick reports with hours), on sites no earlier set came from, built blind (gold written and
 * committed before any run): src/unseen9/.
 */
export const unseenDir9 = corpusDir('unseen9');

/**
 * The tenth set (issue 19 item 5): twelve texts of our own modelled on public pages of nine genres
 * (a council's year targets with growth over the same period, a congress's term targets, a
 * steering board's plan with its appendix, election letters and timetables, a conclusion notice,
 * inspection plans and conclusions, a reporting-regime decision, news restating a directive), on
 * sites no earlier set came from, built blind (gold written and committed before any run):
 * src/unseen10/.
 */
export const unseenDir10 = corpusDir('unseen10');

/**
 * The eleventh set (issue 19 item 5): twelve texts of our own modelled on public pages of ten
 * genres (a province's plan with its 'IV. TỔ CHỨC THỰC HIỆN', a department's letter asking communes
 * for figures with its forms, a council's year targets in lettered lists, a Party committee's year
 * programme as a table, a chairman's conclusion notice, a school's and a health centre's year
 * plans, a ministry's reporting schedule, a hospital's table of targets, news restating a
 * directive), on sites no earlier set came from, built blind (gold written and committed before
 * any run): src/unseen11/.
 */
export const unseenDir11 = corpusDir('unseen11');

/**
 * The twelfth set (issue 19 item 5): twelve texts of our own modelled on public pages of ten
 * genres (news on a Party congress's resolution for the term, an election timetable counted back
 * from polling day, directives on drought, salinity, storms and natural disasters restated, a
 * journal article on a digital-transformation plan, a commune's Đề án 06 campaign, a high school's
 * year plan, a tax department's letter, a Party standing board's conclusion with a task table, a
 * health station's immunisation plan), on sites no earlier set came from, built blind (gold
 * written and committed before any run): src/unseen12/.
 */
export const unseenDir12 = corpusDir('unseen12');

/**
 * The thirteenth set (issue 19 item 5): twelve texts of our own modelled on public pages of twelve
 * genres (a commune's economic-census plan, a commune's food-safety month, a commune's winter-crop
 * plan, news on a traffic-safety conclusion, a commune youth union's year programme, a dengue
 * telegram restated, a university's notice with a progress table, a commune's livestock
 * vaccination plan, a forest-protection letter restated, a newspaper's tag page on site clearance,
 * a province's budget-calendar decision on a legal-database page, a forest-fire danger bulletin),
 * on sites no earlier set came from, built blind (gold written and committed before any run):
 * src/unseen13/.
 */
export const unseenDir13 = corpusDir('unseen13');

/**
 * The fourteenth set (issue 19 item 5): twelve texts of our own modelled on public pages of genres
 * no earlier set used (military call-up quotas of a district, a city and a propaganda board's tag
 * page, an election timetable on a school's site, news on a Party committee's congress progress, a
 * new-rural-area office's income guidance, a provincial Party resolution on digital transformation,
 * a land-data campaign and a ward's collection drive, digital transformation in new-rural
 * construction, a commune's disaster-prevention plan, a government resolution restated), on sites no
 * earlier set came from, built blind (gold written and committed before any run): src/unseen14/.
 */
export const unseenDir14 = corpusDir('unseen14');

/**
 * The fifteenth set (issue 19 item 5): twelve texts of our own modelled on public pages of genres
 * and sites no earlier set used (a department's forest-fire letter restated with dates written
 * "25-5-2026", a green-economy site's tag page on a forest directive, a district Party congress's
 * targets for a term, a district portal's dengue campaign, a food-safety action month plan, a
 * commune's crop-season plan, an extension centre's winter-crop targets, a measles catch-up
 * campaign, a department's own report with next year's targets, a quick-report letter on a
 * document-sharing site, a social-insurance inspection conclusion, a company board's resolution on
 * its shareholders' meeting), built blind (gold written and committed before any run):
 * src/unseen15/.
 */
export const unseenDir15 = corpusDir('unseen15');

/**
 * The sixteenth set (issue 19): twelve texts of our own modelled on public pages of genres and
 * sites no earlier set used (a news channel page on a chairman's push to disburse public
 * investment, an economics journal's article on a policy bank's targets, a trade-union video page,
 * a tourism authority's news on a festival's steering board, a provincial TV page on a market
 * surveillance campaign, a city Party portal on population targets, a forum thread copying a
 * ministry letter, a finance journal's tag page on the treasury's year-end closing, a district
 * portal on a co-operative's general meeting, a health centre's Tết duty notice, a farmers'
 * union's fund plan, a power company's hot-season plan), built blind (gold written and committed
 * before any run): src/unseen16/.
 */
export const unseenDir16 = corpusDir('unseen16');

/**
 * The seventeenth set (issue 19): twelve texts of our own modelled on public pages of genres and
 * sites no earlier set used (an accounting firm's guide quoting a decree, a blog's copy of a youth
 * union's congress plan, an industry journal's youth-month targets, a survey's timetable, a ward
 * Party congress's term targets, a ward rehearsing its congress, a health centre's internal notice,
 * a tax agent's question-and-answer page, a PDF-to-text copy of a provincial plan, an election
 * question-and-answer page, a stock-news tag page, a ministry circular's reporting article), built
 * blind (gold written and committed before any run): src/unseen17/.
 */
export const unseenDir17 = corpusDir('unseen17');

/**
 * The eighteenth set (issue 19): twelve texts of our own modelled on public pages of genres and
 * sites no earlier set used (a provincial council's press notice on its session, a city portal's
 * ward Party congress, a provincial portal's Tết directive, a blog's explainer quoting a reporting
 * schedule, a newspaper's print page on census preparations, a television station's item on a
 * monthly government meeting, a law site's copy of a ministry circular, a school's internal notice,
 * a health centre's notice on self-assessment, a document site's copy of a company's reporting
 * rules, a newspaper's question-and-answer column, a television station's election timetable),
 * built blind (gold written and committed before any run): src/unseen18/.
 */
export const unseenDir18 = corpusDir('unseen18');

/**
 * The nineteenth set (issue 19): twelve texts of our own modelled on public pages of genres and
 * sites no earlier set used (a primary school's end-of-year test plan, a commune portal's farmers'
 * union targets, a ward portal's dengue campaign, a labour federation's Tết plan copied onto a
 * school site, a district radio transcript on Party congress preparations, a provincial newspaper's
 * item quoting a Party secretary, a tax question-and-answer page, a television item on an urgent
 * telegram, a law-news tag page on a ministry letter, a newspaper tag page on disbursement reports,
 * a document site's hard-wrapped youth union plan, a news item with a task table), built blind
 * (gold written and committed before any run): src/unseen19/.
 */
export const unseenDir19 = corpusDir('unseen19');

/**
 * The twentieth set (issue 19): twelve texts of our own modelled on public pages of genres and
 * sites no earlier set used (a ministry portal's round-up of provincial councils' year targets, a
 * blog's copy of a women's union congress resolution, a transport newspaper's item on a blood
 * donation plan, a Front magazine's election timetable, a city portal's military call-up item, a
 * newspaper tag page on a ministry's holiday letter, a lifestyle site's item on a police campaign, a
 * forest rangers' fire warning, a tax site's copy of a reporting-schedule letter, a fisheries
 * portal's storm meeting, a commune Front's festival plan, a tourism portal's copy of an anniversary
 * plan), built blind (gold written and committed before any run): src/unseen20/.
 */
export const unseenDir20 = corpusDir('unseen20');

/**
 * The twenty-first set (issue 19): twelve texts of our own modelled on public pages of genres and
 * sites no earlier set used (an investment newspaper's item on a city council's year targets, a
 * parliament newspaper's item on a council's opening session, a youth union's item on a congress
 * resolution, a development fund's Party committee plan for cell congresses, a commune clean-up
 * plan, an education portal's copy of a statistics reporting letter, a newspaper's election
 * timetable item, a news agency's item on a veterans' congress, a tag page on a dengue letter, a tag
 * page on a wastewater inspection, a sports site's tag page copying a rain telegram, a print view of
 * a council supervision outline), built blind (gold written and committed before any run):
 * src/unseen21/.
 */
export const unseenDir21 = corpusDir('unseen21');

/**
 * The twenty-second set (issue 19): twelve texts of our own modelled on public pages of genres and
 * sites no earlier set used (a business site's tag page on a council's year targets, a farmers'
 * union's item on its congress resolution, a city newspaper's congress timetable, a print view of a
 * provincial Party resolution on cooperatives, a family magazine's item on a storm telegram, a TV
 * site's tag page on merging communes, a rural-development portal's plan to reach the standard, a
 * tag page on a measles letter, a community site's tag page on a lodging-house fire inspection, a
 * farming newspaper's item on rural income targets, a youth union's summer campaign plan, a coal
 * company's election timetable), built blind (gold written and committed before any run):
 * src/unseen22/.
 */
export const unseenDir22 = corpusDir('unseen22');

/**
 * A gold list as stored: full items, or (src/unseen/) items that give only the fields that apply
 * and no span; a missing field is null and a missing span is where the quote first occurs.
 */
export function readGold(json: string, text: string): GoldItem[] {
  const raw = JSON.parse(json) as (Partial<GoldItem> & Pick<GoldItem, 'kind' | 'quote'>)[];
  return raw.map((g) => {
    const at = text.indexOf(g.quote);
    if (g.span === undefined && at < 0) throw new Error(`gold quote not in text: ${g.quote}`);
    return {
      ...EMPTY_ITEM,
      confidence: 1,
      ...g,
      span: g.span ?? [at, at + g.quote.length],
    };
  });
}

export function runBench(
  seedDir: string,
  goldFolder = goldDir,
): {
  total: Record<string, KindScore>;
  perDocument: Record<string, DocumentScore>;
} {
  const perDocument: Record<string, DocumentScore> = {};
  const seeds = readdirSync(seedDir)
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
    .sort();
  for (const file of seeds) {
    const stem = basename(file).replace(/\.[^.]+$/, '');
    const goldPath = join(goldFolder, `${stem}.json`);
    if (!existsSync(goldPath)) continue;
    const text = readFileSync(join(seedDir, file), 'utf8');
    const gold = readGold(readFileSync(goldPath, 'utf8'), text);
    const { items } = extractDirective(text, { fileName: file });
    perDocument[stem] = scoreItems(items, gold);
  }
  return { total: totalScore(Object.values(perDocument)), perDocument };
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  // --dev: leave out the held-out set while rules are being written (it is measured at the end)
  const dev = args.includes('--dev');
  const dirArg = args.find((a) => !a.startsWith('-'));
  const seedDir = dirArg
    ? resolve(dirArg)
    : [join(repoRoot, 'docs', 'sources'), join(repoRoot, '..', 'shared', 'seeds')].find((d) =>
        existsSync(d),
      );
  if (!seedDir || !existsSync(seedDir)) {
    console.error(
      'Không tìm thấy thư mục văn bản mẫu / seed folder not found; pass it as the first argument.',
    );
    process.exitCode = 2;
    return;
  }
  for (const [label, dir, gold] of [
    ['seeds', seedDir, goldDir],
    ['held-out set 1 (rules were fixed after its first run)', heldOutDir, heldOutDir],
    ['held-out set 2 (rules were fixed after its first run)', heldOutDir2, heldOutDir2],
    [
      'unseen set 1 (issue 19; modelled on public pages; rules were fixed after its first run: dev)',
      unseenDir,
      unseenDir,
    ],
    [
      'unseen set 2 (issue 19; modelled on public pages; rules were fixed after its second run)',
      unseenDir2,
      unseenDir2,
    ],
    [
      'unseen set 3 (issue 19; real texts kept as found; rules were fixed after its first run)',
      unseenDir3,
      unseenDir3,
    ],
    [
      'unseen set 4 (issue 19; real texts kept as found; rules were fixed after its first run)',
      unseenDir4,
      unseenDir4,
    ],
    [
      'unseen set 5 (issue 19; real texts kept as found, mostly administrative; built blind, rules were fixed after its second run: seen)',
      unseenDir5,
      unseenDir5,
    ],
    [
      'unseen set 6 (issue 19; texts of our own modelled on public pages of seven genres; built blind)',
      unseenDir6,
      unseenDir6,
    ],
    [
      'unseen set 7 (issue 19; texts of our own modelled on public pages of seven genres; built blind)',
      unseenDir7,
      unseenDir7,
    ],
    [
      'unseen set 8 (issue 19; texts of our own modelled on public pages of ten genres; built blind)',
      unseenDir8,
      unseenDir8,
    ],
    [
      'unseen set 9 (issue 19; texts of our own modelled on public pages of seven genres; built blind)',
      unseenDir9,
      unseenDir9,
    ],
    [
      'unseen set 10 (issue 19; texts of our own modelled on public pages of nine genres; built blind)',
      unseenDir10,
      unseenDir10,
    ],
    [
      'unseen set 11 (issue 19; texts of our own modelled on public pages of ten genres; built blind)',
      unseenDir11,
      unseenDir11,
    ],
    [
      'unseen set 12 (issue 19; texts of our own modelled on public pages of ten genres; built blind)',
      unseenDir12,
      unseenDir12,
    ],
    [
      'unseen set 13 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir13,
      unseenDir13,
    ],
    [
      'unseen set 14 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir14,
      unseenDir14,
    ],
    [
      'unseen set 15 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir15,
      unseenDir15,
    ],
    [
      'unseen set 16 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir16,
      unseenDir16,
    ],
    [
      'unseen set 17 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir17,
      unseenDir17,
    ],
    [
      'unseen set 18 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir18,
      unseenDir18,
    ],
    [
      'unseen set 19 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir19,
      unseenDir19,
    ],
    [
      'unseen set 20 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir20,
      unseenDir20,
    ],
    [
      'unseen set 21 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir21,
      unseenDir21,
    ],
    [
      'unseen set 22 (issue 19; texts of our own modelled on public pages of twelve genres; built blind)',
      unseenDir22,
      unseenDir22,
    ],
  ] as const) {
    const heldOut =
      dir === unseenDir4 ||
      dir === unseenDir5 ||
      dir === unseenDir6 ||
      dir === unseenDir7 ||
      dir === unseenDir8 ||
      dir === unseenDir9 ||
      dir === unseenDir10 ||
      dir === unseenDir11 ||
      dir === unseenDir12 ||
      dir === unseenDir13 ||
      dir === unseenDir14 ||
      dir === unseenDir15 ||
      dir === unseenDir16 ||
      dir === unseenDir17 ||
      dir === unseenDir18 ||
      dir === unseenDir19 ||
      dir === unseenDir20 ||
      dir === unseenDir21 ||
      dir === unseenDir22;
    if (dev && heldOut) continue;
    printScores(
      label,
      dir,
      runBench(dir, gold),
      verbose && (!heldOut || args.includes('--show-held-out')),
    );
  }
}

function printScores(
  label: string,
  dir: string,
  { total, perDocument }: ReturnType<typeof runBench>,
  verbose: boolean,
): void {
  console.log(`\nprecision / recall (matched/predicted/gold) — ${label}: ${dir}`);
  console.log(['document'.padEnd(28), ...KINDS.map((k) => k.padEnd(26))].join(' '));
  for (const [stem, score] of Object.entries(perDocument)) {
    console.log(row(stem, score.byKind));
    if (verbose) {
      for (const m of score.missed)
        console.log(
          `    missed ${m.kind}: ${JSON.stringify({ owner: m.owner, due: m.due, from: m.from, to: m.to, period: m.period, op: m.op, value: m.value, min: m.min, max: m.max, unit: m.unit, year: m.year })} «${m.quote.slice(0, 90)}»`,
        );
      for (const x of score.extra)
        console.log(
          `    extra  ${x.kind}: ${JSON.stringify({ owner: x.owner, due: x.due, from: x.from, to: x.to, period: x.period, op: x.op, value: x.value, min: x.min, max: x.max, unit: x.unit, year: x.year })} «${x.quote.slice(0, 90)}»`,
        );
    }
  }
  console.log(row('TOTAL', total));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
