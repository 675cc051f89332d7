/**
 * Text for XML 1.0, which cannot carry most control characters at all (not even escaped):
 * they are dropped, here, for every XML export. Tab, line feed and carriage return stay.
 */

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '');
}

/** Safe and escaped, for element content and double-quoted attribute values. */
export function xmlText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
