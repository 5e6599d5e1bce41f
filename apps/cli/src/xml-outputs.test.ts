/**
 * Every XML file `dondoc` writes is XML 1.0 whatever the workbook holds (issue 15, class 4): a
 * workbook whose cells and sheet name carry U+FFFE, U+FFFF, lone surrogates and C0 controls, checked
 * through `main` into the XLSX report, JUnit, SARIF and the .docx letters, with hostile letter
 * options too; every XML part of every output is parsed back by saxes (a conforming XML 1.0 parser).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { dondoc, tempDir, writeWorkbook } from './test-support/run.js';

const FORBIDDEN = [
  '\u0001',
  '\u0008',
  '\u000b',
  '\u001b[31m',
  '\u001f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
];
const hostile = (text: string) => `${text} ${FORBIDDEN.join('x')} <&>"'`;

function parseXml(xml: string, part: string): void {
  const parser = new SaxesParser();
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw new Error(`${part}: ${error.message}`);
}

/** Every file under `dir`, each XML part of a zip (.xlsx, .docx) and each .xml parsed back. */
async function parseAll(dir: string): Promise<string[]> {
  const seen: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      seen.push(...(await parseAll(file)));
      continue;
    }
    if (/\.(?:xlsx|docx)$/.test(name)) {
      const zip = await JSZip.loadAsync(readFileSync(file));
      for (const part of Object.keys(zip.files).filter((n) => /\.(?:xml|rels)$/.test(n))) {
        parseXml(await zip.file(part)!.async('string'), `${name}:${part}`);
      }
      seen.push(name);
    } else if (name.endsWith('.xml')) {
      parseXml(readFileSync(file, 'utf8'), name);
      seen.push(name);
    } else if (/\.(?:sarif|json)$/.test(name)) {
      JSON.parse(readFileSync(file, 'utf8'));
      seen.push(name);
    }
  }
  return seen;
}

describe('every XML output of dondoc parses back (issue 15, class 4)', () => {
  it(
    'the XLSX report, JUnit, SARIF and the letters of a hostile workbook',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const workbook = await writeWorkbook(dir, 'theo-doi.xlsx', {
        [hostile('Nhiệm vụ')
          .replace(/[[\]*?/\\:]/g, '')
          .slice(0, 31)]: [
          ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
          [
            1,
            hostile('Hội nghị cán bộ chủ chốt'),
            hostile('Ban Tuyên giáo Huyện ủy'),
            'tháng 5/2024',
            hostile('Chưa thực hiện'),
          ],
          [2, hostile('Biên tập tài liệu'), 'Ban Tuyên giáo Huyện ủy', '31/4/2024', null],
        ],
      });
      const out = path.join(dir, 'ket-qua');
      const check = await dondoc(
        'check',
        workbook,
        '--as-of',
        '2024-07-01',
        '--format',
        'xlsx,junit,sarif',
        '--out',
        out,
      );
      expect(check.code, check.err).toBe(1);
      const letters = path.join(dir, 'thu');
      const remind = await dondoc(
        'remind',
        workbook,
        '--as-of',
        '2024-07-01',
        '--out',
        letters,
        '--issuer',
        hostile('HUYỆN ỦY ĐỨC THỌ'),
        '--place',
        hostile('Đức Thọ'),
        '--number',
        hostile('125-CV/HU'),
      );
      expect(remind.code, remind.err).toBe(0);
      // The hostile text was read from the workbook (its C0 controls never come out of a cell): the
      // findings carry U+FFFE and U+FFFF, SARIF keeps them as JSON; the options carry the controls.
      const sarif = readdirSync(out).find((n) => n.endsWith('.sarif'))!;
      const results = (
        JSON.parse(readFileSync(path.join(out, sarif), 'utf8')) as {
          runs: { results: { message: { text: string } }[] }[];
        }
      ).runs[0]!.results.map((r) => r.message.text);
      expect(results.some((t) => t.includes('\ufffe') && t.includes('\uffff'))).toBe(true);
      const parsed = [...(await parseAll(out)), ...(await parseAll(letters))];
      expect(parsed.filter((n) => n.endsWith('.xlsx'))).toHaveLength(1);
      expect(parsed.filter((n) => n.endsWith('.xml'))).toHaveLength(1);
      expect(parsed.filter((n) => n.endsWith('.sarif'))).toHaveLength(1);
      expect(parsed.filter((n) => n.endsWith('.docx')).length).toBeGreaterThan(0);
    },
  );
});
