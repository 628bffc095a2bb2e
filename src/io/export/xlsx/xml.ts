/**
 * XML text escaping for the hand-written OOXML parts. Characters XML 1.0 forbids (control
 * characters other than tab, LF and CR; lone surrogates) are dropped rather than written: a
 * stray U+000B pasted from Word would otherwise make Excel refuse the whole file.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text; // most texts and every plain formula: no copy
  return text.replace(FORBIDDEN, '').replace(SPECIAL, (ch) => ENTITY[ch]!);
}

/** A `<t>` element; leading/trailing spaces or line breaks need xml:space="preserve" to survive. */
export function textElement(text: string): string {
  const escaped = escapeXml(text);
  return /^[\s]|[\s]$/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}
