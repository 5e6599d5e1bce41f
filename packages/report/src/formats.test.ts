import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, FORMATS, isFormatId, isRenderedFormat } from './index.js';
import { sampleRun } from './test-support/run.js';

const run = sampleRun();

describe('the format registry', () => {
  it('lists every format dondoc writes, once, under its own id', () => {
    expect(FORMAT_IDS).toEqual([
      'text',
      'json',
      'html',
      'xlsx',
      'csv',
      'sarif',
      'junit',
      'ics',
      'reminders',
    ]);
    for (const id of FORMAT_IDS) expect(FORMATS[id].id).toBe(id);
    expect(isFormatId('docx')).toBe(false);
    expect(isFormatId('__proto__')).toBe(false);
    expect(isFormatId('toString')).toBe(false);
  });

  it.each(FORMAT_IDS)('%s has an extension, a media type and a title in both languages', (id) => {
    const f = FORMATS[id];
    expect(f.extension).toMatch(id === 'reminders' ? /^$/ : /^\.[a-z]+$/);
    expect(f.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+(; charset=utf-8)?$/);
    expect(f.title.vi).not.toBe('');
    expect(f.title.en).not.toBe('');
  });

  const rendered = FORMAT_IDS.filter(isRenderedFormat);
  it('renders html, csv, sarif, junit and ics itself; the others name their writer', () => {
    expect(rendered).toEqual(['html', 'csv', 'sarif', 'junit', 'ics']);
    const others = FORMAT_IDS.filter((id) => !isRenderedFormat(id));
    expect(others.map((id) => [id, FORMATS[id].writer.by])).toEqual([
      ['text', 'command'],
      ['json', 'command'],
      ['xlsx', '@dondoc/xlsx'],
      ['reminders', 'folder'],
    ]);
  });

  const looksLike: Record<(typeof rendered)[number], (text: string) => void> = {
    html: (t) => expect(t).toMatch(/^<!DOCTYPE html>/i),
    csv: (t) => expect(t.startsWith('\ufeffno,workbook,sheet,row,cell')).toBe(true),
    sarif: (t) => expect((JSON.parse(t) as { version: string }).version).toBe('2.1.0'),
    junit: (t) => expect(new XMLParser().parse(t)).toHaveProperty('testsuites'),
    ics: (t) => expect(t.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true),
  };
  it.each(rendered)('%s renders a check as its media type says', (id) => {
    looksLike[id](FORMATS[id].writer.render(run, { lang: 'vi' }));
  });

  it('passes the language and the extra HTML sections through', () => {
    const html = FORMATS.html.writer.render(run, {
      lang: 'en',
      sections: ['<section id="thay-doi">Thay đổi</section>'],
    });
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<section id="thay-doi">Thay đổi</section>');
    expect(FORMATS.csv.writer.render(run, { lang: 'en' })).toContain(',message_en,');
  });
});
