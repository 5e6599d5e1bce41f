/** Escaping for the text formats: every value that came from a workbook passes through here. */

const HTML: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Text that UTF-8 can encode: each lone surrogate (half of a pair, alone) becomes U+FFFD, as a UTF-8
 * encoder would write it. What a URI (encodeURIComponent throws on one) or a file needs.
 */
export function wellFormedText(text: string): string {
  return text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

/**
 * Text that XML 1.0 can hold (XLSX, DOCX, JUnit): the C0 controls it forbids, U+FFFE and U+FFFF are
 * removed, a lone surrogate becomes U+FFFD. Tab, line feed and carriage return stay.
 */
export function xmlSafeText(text: string): string {
  return wellFormedText(
    // eslint-disable-next-line no-control-regex -- removing what XML 1.0 cannot hold is the point
    text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''),
  );
}

/** Text for XML (JUnit): as HTML, and only what XML 1.0 can hold. */
export function escapeXml(text: string): string {
  return escapeHtml(xmlSafeText(text));
}

/**
 * A CSV field that a spreadsheet program would run as a formula ("=HYPERLINK(…)", "+1", "-2",
 * "@SUM", or a tab/CR in front of one) is prefixed with an apostrophe: CSV never carries a live
 * formula from a workbook (OWASP "CSV injection"). CSV only: XLSX outputs write text as string
 * cells, which no spreadsheet runs, so their text is never altered.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formulas neutralised. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
