/**
 * Cleaning text from a brief before it reaches a terminal or a plain-text export (contract §6).
 * JSON output is never cleaned: JSON escaping keeps it exact and safe.
 */

// ESC-introduced sequences (7-bit) and their 8-bit C1 forms:
// CSI (ESC [ / 0x9B), OSC (ESC ] / 0x9D, ended by BEL or ST, including OSC 8 links and titles),
// DCS/SOS/PM/APC (ESC P X ^ _ / 0x90 0x98 0x9E 0x9F, ended by ST), and two-byte escapes.
const SEQUENCES = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    // An unterminated string ends at its line, so one stray ESC cannot hide the rest of a brief.
    '(?:\\u001b\\]|\\u009d)[^\\n]*?(?:\\u0007|\\u001b\\\\|\\u009c|(?=\\n)|$)',
    '(?:\\u001b[PX^_]|[\\u0090\\u0098\\u009e\\u009f])[^\\n]*?(?:\\u001b\\\\|\\u009c|(?=\\n)|$)',
    '\\u001b[ -/]*[0-~]?',
  ].join('|'),
);
// Remaining C0 controls except tab and newline, DEL, and C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// Bidirectional embeddings, overrides and isolates ("Trojan Source", CVE-2021-42574).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** One pass, sequences first, so a kept sequence is never half-removed by the control pass. */
const UNSAFE = new RegExp(`${SEQUENCES.source}|${CONTROLS.source}|${BIDI.source}`, 'g');
const SGR = /^\u001b\[[0-9;]*m$/;

/** Removes control characters, escape sequences and bidi overrides; keeps tabs and newlines. */
export function cleanText(text: string): string {
  // Fast path: most text has nothing to remove.
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  return text.replace(UNSAFE, '');
}

/** As cleanText, and folds tabs and newlines to spaces: for table cells and one-line fields. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/[\t\n]+/g, ' ').trim();
}

/**
 * Keeps only SGR colour sequences (ESC [ ... m) in text we produced: a last guard on rendered
 * output, in case a renderer decoded something (an entity such as `&#27;`) into a control.
 */
export function keepOnlyColour(text: string): string {
  return text.replace(UNSAFE, (match) => (SGR.test(match) ? match : ''));
}
