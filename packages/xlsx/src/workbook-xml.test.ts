import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, parseWorkbookXml, resolvePartPath } from './workbook-xml.js';

const RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='worksheets/sheet3.xml'/>
</Relationships>`;

const workbook = (
  pr: string,
) => `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
${pr}<sheets>
<sheet name="Nhiệm vụ &amp; chỉ tiêu" sheetId="1" r:id="rId1"/>
<sheet name="Danh mục" sheetId="2" state="hidden" r:id="rId2"/>
<sheet name="Biểu đồ" sheetId="3" r:id="rId3"/>
<sheet name="Cấu hình" sheetId="4" state="veryHidden" r:id="rId4"/>
</sheets></workbook>`;

describe('parseWorkbookXml', () => {
  it('reads names (entities decoded), states, parts and kinds', () => {
    expect(parseWorkbookXml(workbook(''), RELS).sheets).toEqual([
      {
        name: 'Nhiệm vụ & chỉ tiêu',
        state: 'visible',
        part: 'xl/worksheets/sheet1.xml',
        kind: 'worksheet',
      },
      { name: 'Danh mục', state: 'hidden', part: 'xl/worksheets/sheet2.xml', kind: 'worksheet' },
      { name: 'Biểu đồ', state: 'visible', part: 'xl/chartsheets/sheet1.xml', kind: 'chartsheet' },
      {
        name: 'Cấu hình',
        state: 'veryHidden',
        part: 'xl/worksheets/sheet3.xml',
        kind: 'worksheet',
      },
    ]);
  });

  it.each([
    ['', false, false],
    ['<workbookPr defaultThemeVersion="124226"/>', false, false],
    ['<workbookPr date1904="1"/>', true, true],
    ['<workbookPr date1904="true"/>', true, false],
    ["<workbookPr date1904='false'/>", false, false],
  ])('%s → date1904 %s (exceljs thinks %s)', (pr, date1904, exceljsDate1904) => {
    const parsed = parseWorkbookXml(workbook(pr), RELS);
    expect(parsed.date1904).toBe(date1904);
    expect(parsed.exceljsDate1904).toBe(exceljsDate1904);
  });
});

describe('helpers', () => {
  it.each([
    ['xl', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl', '../xl/./worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
  ])('resolvePartPath(%s, %s)', (base, target, part) => {
    expect(resolvePartPath(base, target)).toBe(part);
  });

  it('decodes XML entities', () => {
    expect(decodeXmlEntities('Tr&#432;&#x1EDD;ng &lt;THCS&gt; &quot;A&quot; &amp; B')).toBe(
      'Trường <THCS> "A" & B',
    );
  });
});
