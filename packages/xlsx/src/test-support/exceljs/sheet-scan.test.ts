import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRange } from '../../ranges.js';
import { scanSheetXml, SheetXmlScanner } from './sheet-scan.js';

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="e"><v>#N/A</v></c></row>
<row r="4" hidden="1"><c r="A4" t="e"><f>VLOOKUP(A1,B:C,2,0)</f><v>#N/A</v></c></row>
<row r="5" ht="20" customHeight="1" hidden="true"><c r="C5" t="b"><f t="shared" ref="C5:C6" si="0">A5&gt;1</f><v>0</v></c></row>
<row r="6"><c r="C6" t="b"><f t="shared" si="0"/><v>1</v></c><c r="D6" t="e"/><c r="E6" t="str"><f>A6</f><v>x</v></c></row>
<row r="7" hidden="0"/>
</sheetData>
<mergeCells count="2"><mergeCell ref="A8:C9"/><mergeCell ref="B2:D3"/></mergeCells>
<rowBreaks count="1"><brk id="10"/></rowBreaks>
</worksheet>`;

describe('scanSheetXml', () => {
  const scan = scanSheetXml(SHEET);

  it('finds merged ranges, sorted', () => {
    expect(scan.merges).toEqual([
      { top: 2, left: 2, bottom: 3, right: 4 },
      { top: 8, left: 1, bottom: 9, right: 3 },
    ]);
  });

  it('finds hidden rows (hidden="1" and hidden="true", not hidden="0")', () => {
    expect([...scan.hiddenRows]).toEqual([4, 5]);
  });

  it('records error and boolean results of formula cells only', () => {
    expect(Object.fromEntries(scan.typedResults)).toEqual({
      A4: { type: 'e', text: '#N/A' },
      C5: { type: 'b', text: '0' },
      C6: { type: 'b', text: '1' },
    });
  });

  it('numbers rows without r from the previous one, and reads prefixed tags', () => {
    const xml =
      '<x:sheetData><x:row r="3"/><x:row hidden="1"/><x:row r="9" hidden="1"/></x:sheetData>';
    expect([...scanSheetXml(xml).hiddenRows]).toEqual([4, 9]);
  });

  it('property: the result does not depend on how the XML is cut into chunks', () => {
    const whole = scanSheetXml(SHEET);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: SHEET.length - 1 }), { maxLength: 40 }),
        (cuts) => {
          const scanner = new SheetXmlScanner();
          let last = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            scanner.feed(SHEET.slice(last, cut));
            last = cut;
          }
          scanner.feed(SHEET.slice(last));
          const scan = scanner.finish();
          expect(scan.merges).toEqual(whole.merges);
          expect([...scan.hiddenRows]).toEqual([...whole.hiddenRows]);
          expect(Object.fromEntries(scan.typedResults)).toEqual(
            Object.fromEntries(whole.typedResults),
          );
        },
      ),
    );
  });
});

describe('parseRange', () => {
  it.each([
    ['B2:D3', { top: 2, left: 2, bottom: 3, right: 4 }],
    ['D3:B2', { top: 2, left: 2, bottom: 3, right: 4 }],
    ['$A$1:$AA$10', { top: 1, left: 1, bottom: 10, right: 27 }],
    ['C7', { top: 7, left: 3, bottom: 7, right: 3 }],
    ['nonsense', undefined],
  ])('%s', (ref, range) => {
    expect(parseRange(ref)).toEqual(range);
  });
});
