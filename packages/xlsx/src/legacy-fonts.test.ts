/**
 * Workbooks typed in the legacy Vietnamese fonts (TCVN3 ".VnTime"/".VnTimeH", VNI "VNI-Times"),
 * written by openpyxl and resaved by LibreOffice (src/test-support/legacy-fonts/make.py): read as
 * their Unicode twin, with a note saying which sheet's text was converted, and checked to the same
 * findings. A TCVN3 code point in a Unicode font stays as it is.
 */
import { readFileSync } from 'node:fs';
import { checkSheets, type Sheet } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { sharedStringsParser } from './fast/parts.js';
import { readWorkbookFromBuffer } from './memory.js';
import { readWorkbook } from './reader.js';
import { createChecker, loadPackForTests, parseIsoDate } from './test-support/checking.js';

const fixture = (name: string) =>
  decodeURIComponent(new URL(`./test-support/legacy-fonts/${name}`, import.meta.url).pathname);

const cellTexts = (sheet: Sheet) =>
  sheet.rows.map((r) => ({ row: r.number, cells: r.cells.map((c) => [c.col, c.text]) }));

function check(sheets: readonly Sheet[]) {
  const checker = createChecker({ pack: loadPackForTests(), asOf: parseIsoDate('2024-07-01')! });
  return checkSheets(checker, 'theo-doi.xlsx', sheets);
}

describe.each([
  // cells whose text the conversion changed (VNI writes í and ì as themselves: one cell fewer)
  ['tcvn3-theo-doi.xlsx', 'tcvn3', ['.VnTimeH', '.VnTime'], 20],
  ['tcvn3-theo-doi-libreoffice.xlsx', 'tcvn3', ['.VnTimeH', '.VnTime'], 20],
  ['vni-theo-doi.xlsx', 'vni', ['VNI-Times'], 19],
] as const)('%s', (name, encoding, fonts, cells) => {
  it('reads every cell as its Unicode twin', async () => {
    const twin = (await readWorkbook(fixture('unicode-theo-doi.xlsx'))).sheets[0]!;
    const legacy = (await readWorkbook(fixture(name))).sheets[0]!;
    expect(cellTexts(legacy)).toEqual(cellTexts(twin));
    expect(twin.legacyText).toBeUndefined();
  });

  it('says which sheet was converted from which encoding and fonts', async () => {
    const sheet = (await readWorkbook(fixture(name))).sheets[0]!;
    expect(sheet.legacyText).toEqual([
      { encoding, fonts: expect.arrayContaining([...fonts]), cells },
    ]);
  });

  it('finds the overdue task exactly as in the twin, and says the text was converted', async () => {
    const twin = check((await readWorkbook(fixture('unicode-theo-doi.xlsx'))).sheets);
    const legacy = check((await readWorkbook(fixture(name))).sheets);
    const strip = (r: typeof twin) => ({
      findings: r.findings.map((f) => ({ ...f, location: { ...f.location, workbook: '' } })),
      notEvaluated: r.notEvaluated,
      tasks: r.tasks,
    });
    expect(JSON.parse(JSON.stringify(strip(legacy)))).toEqual(
      JSON.parse(JSON.stringify(strip(twin))),
    );
    expect(legacy.findings.map((f) => f.rule)).toContain('task/overdue');
    expect(legacy.sheets[0]!.table).toBe('tasks');
    const note = legacy.sheets[0]!.legacyText![0]!;
    expect(note.message.vi).toBe(
      `Văn bản trong trang "Theo dõi" gõ bằng phông ${encoding.toUpperCase()} (${note.fonts.join(', ')}) đã được chuyển sang Unicode để đọc (${cells} ô).`,
    );
    expect(note.message.en).toMatch(/typed in a (TCVN3|VNI) font .* was converted to Unicode/);
    expect(twin.sheets[0]!.legacyText).toBeUndefined();
  });

  it('reads the same from memory (the standalone page)', async () => {
    const content = await readWorkbookFromBuffer(readFileSync(fixture(name)), name);
    const file = await readWorkbook(fixture(name));
    expect(content.sheets).toEqual(file.sheets);
  });
});

describe('rich text whose runs name their fonts', () => {
  const parse = (xml: string) => {
    const parser = sharedStringsParser(100);
    parser.feed(new TextEncoder().encode(xml));
    return parser.finish();
  };
  it('keeps the runs of an item where a run names a font, and only those', () => {
    const { strings, runs } = parse(
      '<sst><si><t>Tªn nhiÖm vô</t></si>' +
        '<si><r><t>Ng\u00adêi lËp: </t></r><r><rPr><rFont val=".VnTime"/></rPr><t>§øc</t></r>' +
        '<r><rPr><rFont val="Times New Roman"/></rPr><t> µ</t></r></si></sst>',
    );
    expect(strings).toEqual(['Tªn nhiÖm vô', 'Ng\u00adêi lËp: §øc µ']);
    expect(runs.has(0)).toBe(false);
    expect(runs.get(1)?.map((r) => [r.text, r.font, r.legacy?.encoding])).toEqual([
      ['Ng\u00adêi lËp: ', undefined, undefined],
      ['§øc', '.VnTime', 'tcvn3'],
      [' µ', 'Times New Roman', undefined],
    ]);
  });
});
