/** Text from a brief as HTML text or an attribute value: escaped, and without control characters. */
import { cleanText } from '../../text/sanitize.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes the five characters that end text or an attribute, so the result is safe both as
 * element content and inside a quoted attribute. Control characters and bidirectional
 * overrides are removed first: HTML forbids most controls, and overrides can disguise text.
 */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** An absolute http(s) or mailto address, or null: the only links a page may carry. */
export function safeHref(value: string): string | null {
  const url = value.trim();
  return /^(?:https?:\/\/[^\s]|mailto:[^\s])/i.test(url) && !/[\u0000-\u001f\u007f]/.test(url) ? url : null;
}
