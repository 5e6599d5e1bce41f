/**
 * Copies text for the user. The Clipboard API first; where it is refused (an add-in's frame
 * without the permission, an older Excel's browser) the older copy command over a hidden text
 * area. False when both refuse: the caller selects the text for Ctrl+C instead.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API here, or not allowed: try the copy command.
  }
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  try {
    // The only way left where the Clipboard API is refused; deprecated but still supported.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}

/** Selects an element's text, for the user to copy by hand. */
export function selectText(node: Node): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
