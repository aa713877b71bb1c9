/**
 * A quoted YAML scalar as YAML reads it, with where each of its characters was typed: a
 * judgement's sentence, or a search's snippet, then reads as the value (`"a \"likely\" deal"`
 * is `a "likely" deal`, `'It''s'` is `It's`) while its line and column still point into the
 * file. Pure.
 */

export interface DecodedScalar {
  /** The value, as js-yaml reads it. */
  text: string;
  /** For each character of `text`, its offset in the raw text; one more entry, the closing quote's. */
  from: number[];
}

/** What a one-character escape of a double-quoted scalar stands for (YAML 1.2, as js-yaml reads it). */
const ESCAPES: Readonly<Record<string, string>> = {
  0: '\u0000', a: '\u0007', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\u000b', f: '\f', r: '\r', e: '\u001b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * Reads the scalar whose opening quote (`"` or `'`) is at `open` in `raw` (the value's lines
 * joined with "\n"), to its closing quote or the end of `raw`. Line breaks fold as YAML folds
 * them: one break is a space, each further one a newline; white space around a break is
 * dropped, unless it was written as an escape.
 */
export function decodeQuoted(raw: string, open: number): DecodedScalar {
  const quote = raw[open];
  const double = quote === '"';
  // One UTF-16 unit an entry, joined at the end: trimming blanks at each line break is then
  // a shorter length, never a copy of all read so far.
  const units: string[] = [];
  const from: number[] = [];
  // Units up to here are escapes or non-blank: folding trims blanks after it only.
  let kept = 0;
  const put = (chars: string, at: number): void => {
    for (let k = 0; k < chars.length; k += 1) { units.push(chars[k]!); from.push(at); }
  };
  let i = open + 1;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === quote) {
      if (!double && raw[i + 1] === "'") {
        put("'", i);
        kept = units.length;
        i += 2;
        continue;
      }
      break;
    }
    if (c === '\n') {
      // Blanks typed before the break are not part of the value.
      let end = units.length;
      while (end > kept && isBlank(units[end - 1])) end -= 1;
      units.length = end;
      from.length = end;
      const at = i;
      let breaks = 0;
      while (i < raw.length && (raw[i] === '\n' || isBlank(raw[i]))) {
        if (raw[i] === '\n') breaks += 1;
        i += 1;
      }
      put(breaks === 1 ? ' ' : '\n'.repeat(breaks - 1), at);
      continue;
    }
    if (double && c === '\\') {
      const next = raw[i + 1];
      if (next === '\n') {
        // An escaped line break joins the lines with nothing between them.
        i += 1;
        while (i < raw.length && (raw[i] === '\n' || isBlank(raw[i]))) i += 1;
        kept = units.length;
        continue;
      }
      const digits = next === undefined ? undefined : HEX_DIGITS[next];
      if (digits !== undefined) {
        const hex = raw.slice(i + 2, i + 2 + digits);
        const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? Number.parseInt(hex, 16) : NaN;
        if (code <= 0x10ffff) {
          put(String.fromCodePoint(code), i);
          kept = units.length;
          i += 2 + digits;
          continue;
        }
      } else if (next !== undefined && Object.hasOwn(ESCAPES, next)) {
        put(ESCAPES[next]!, i);
        kept = units.length;
        i += 2;
        continue;
      }
      // An escape YAML does not know would not have parsed: kept as typed.
    }
    put(c, i);
    if (!isBlank(c)) kept = units.length;
    i += 1;
  }
  from.push(i);
  return { text: units.join(''), from };
}
