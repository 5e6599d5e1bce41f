/**
 * Strings that come from files (file names, sheet names, cell text) are data: before they reach a
 * terminal, control characters are shown escaped ("\x1b", "\n", "\u202e") so that a crafted name can
 * never move the cursor, ring the bell, change colours or reverse the text on the clerk's screen.
 */

// C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates.
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written as an escape; everything else unchanged. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.codePointAt(0)!;
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Text for a terminal: like escapeControls, but line breaks and tabs stay (the text is laid out in
 * lines); every other control character, and lone CRs, are escaped.
 */
export function terminalSafe(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, '').split('\t').map(escapeControls).join('\t'))
    .join('\n');
}

/** A path or name from the file system, ready to print. */
export function displayPath(file: string): string {
  return escapeControls(file);
}
