import { renderChangesHtml, renderChangesText } from '@dondoc/history';
import { FORMATS, isRenderedFormat, type FormatId } from '@dondoc/report';
import { formatJson } from './json.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

/**
 * The formats are those of the registry in @dondoc/report (id, extension, media type, writer).
 * The command writes the ones the registry leaves to it: the terminal text and the JSON here, the
 * XLSX report (through @dondoc/xlsx) and the folder of letters in the check command.
 */
export type TextFormatName = Exclude<FormatId, 'xlsx' | 'reminders'>;

const OWN: Readonly<Record<'text' | 'json', Formatter>> = {
  text: (run, options) =>
    formatText(run, options) + (run.changes ? renderChangesText(run.changes, options.lang) : ''),
  json: formatJson,
};

/** The writer of a text format: the command's own, or the registry's render. */
export function textFormatter(format: TextFormatName): Formatter {
  if (format === 'text' || format === 'json') return OWN[format];
  if (!isRenderedFormat(format)) throw new Error(`No text writer for ${format}`);
  const { render } = FORMATS[format].writer;
  return (run, { lang }) =>
    render(run, {
      lang,
      toolVersion: '0.1.0',
      ...(run.changes ? { sections: [renderChangesHtml(run.changes, lang)] } : {}),
    });
}
export type { CheckRun, FormatOptions, Formatter } from './types.js';
