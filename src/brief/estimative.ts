/** The ICD 203 estimative-language scale (contract §2). */

export interface EstimativeTerm {
  term: string;
  row: 1 | 2;
  /** Position on the scale, 1 (almost no chance / remote) to 7 (almost certain / nearly certain). */
  band: number;
  /** Probability range in percent, inclusive. */
  min: number;
  max: number;
  /** Forms that count as this term (adverbs), lower-case. */
  forms: string[];
}

const RANGES: Array<[number, number]> = [[1, 5], [5, 20], [20, 45], [45, 55], [55, 80], [80, 95], [95, 99]];
const ROW1 = ['almost no chance', 'very unlikely', 'unlikely', 'roughly even chance', 'likely', 'very likely', 'almost certain'];
const ROW2 = ['remote', 'highly improbable', 'improbable', 'roughly even odds', 'probable', 'highly probable', 'nearly certain'];
const ADVERBS: Record<string, string[]> = {
  'almost certain': ['almost certainly'],
  'nearly certain': ['nearly certainly'],
  probable: ['probably'],
  'highly probable': ['highly probably'],
  improbable: ['improbably'],
  'highly improbable': ['highly improbably'],
  remote: ['remotely'],
};

export const ESTIMATIVE_TERMS: readonly EstimativeTerm[] = [ROW1, ROW2].flatMap((row, r) =>
  row.map((term, i) => ({
    term,
    row: (r + 1) as 1 | 2,
    band: i + 1,
    min: RANGES[i]![0],
    max: RANGES[i]![1],
    forms: [term, ...(ADVERBS[term] ?? [])],
  })),
);

/** The term a likelihood value names ("Very Likely", "almost certainly"), or null. */
export function findTerm(value: string): EstimativeTerm | null {
  return TERM_OF_FORM.get(value.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Each form of each term ("likely", "almost certainly"), to its term: every judgement found is looked up here. */
const TERM_OF_FORM = new Map(ESTIMATIVE_TERMS.flatMap((t) => t.forms.map((form) => [form, t] as const)));

/** A probability written as `0.35`, `35%` or `35 %`, in percent; null when it is not one. */
export function parseProbability(value: string): number | null {
  const text = value.trim();
  const percent = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) {
    const n = Number(percent[1]);
    return n >= 0 && n <= 100 ? n : null;
  }
  if (/^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/.test(text)) return Number(text) * 100;
  return null;
}

/** "likely (60%)": a term with its probability in brackets, as ICD 203 allows. */
export function splitTermAndNumber(value: string): { term: string; number: string } | null {
  const m = /^(.+?)\s*[([]\s*(\d{1,3}(?:\.\d+)?\s*%|0?\.\d+|1(?:\.0+)?)\s*[)\]]$/.exec(value.trim());
  return m ? { term: m[1]!, number: m[2]! } : null;
}

/** How a likelihood is written: a term, a percentage, a decimal, or a term with either in brackets. */
export type LikelihoodNotation = 'term' | 'percentage' | 'decimal' | 'term with a percentage' | 'term with a decimal';

export function likelihoodNotation(value: string): LikelihoodNotation | null {
  const number = (text: string): 'percentage' | 'decimal' | null =>
    parseProbability(text) === null ? null : text.includes('%') ? 'percentage' : 'decimal';
  if (findTerm(value)) return 'term';
  const alone = number(value);
  if (alone) return alone;
  const pair = splitTermAndNumber(value);
  const inBrackets = pair && findTerm(pair.term) ? number(pair.number) : null;
  return inBrackets ? `term with a ${inBrackets}` : null;
}

/**
 * The probability a likelihood stands for, as fractions [low, high]: a term's ICD 203 range
 * (likely: [0.55, 0.8]), a number as [p, p] (a number in brackets after a term wins, being the
 * finer judgement); null when the value is neither.
 */
export function likelihoodRange(value: string): [number, number] | null {
  // Rounded to four places: 0.35 * 100 / 100 is not 0.35 in floating point.
  const fraction = (percent: number): number => Math.round(percent * 100) / 10000;
  const point = (text: string): [number, number] | null => {
    const p = parseProbability(text);
    return p === null ? null : [fraction(p), fraction(p)];
  };
  const term = findTerm(value);
  if (term) return [fraction(term.min), fraction(term.max)];
  const alone = point(value);
  if (alone) return alone;
  const pair = splitTermAndNumber(value);
  return pair && findTerm(pair.term) ? point(pair.number) : null;
}

/**
 * Every term and adverb form as a whole-word pattern, longest first so "very unlikely" wins
 * over "unlikely" and "likely". "remote" counts only as "remote chance/possibility/prospect",
 * since "remote areas" is not a judgement.
 */
export const TERM_PATTERN = new RegExp(
  `\\b(?:${ESTIMATIVE_TERMS.flatMap((t) => t.forms)
    .filter((f) => f !== 'remote' && f !== 'remotely')
    .concat(['remote(?= (?:chance|possibility|prospect|likelihood))'])
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);

/** A cheap test that rules out most lines before the full term pattern runs. */
export const TERM_HINT = /likel|probab|certain|chance|odds|remote/i;

/**
 * Nouns of the analysis itself. A term that qualifies one describes the method ("we arrived at
 * a probable range of outcomes", "the likely error of the model"), not whether an event
 * happens, so it is not a judgement. A term before an event or a future ("the most probable
 * scenario", "a likely outcome") is one.
 */
export const METHOD_NOUNS: readonly string[] = [
  'range', 'ranges', 'interval', 'intervals', 'band', 'bands', 'spread', 'bounds', 'distribution', 'distributions',
  'estimate', 'estimates', 'error', 'errors', 'method', 'methods', 'methodology', 'model', 'models', 'analysis', 'analyses',
];

/** Sticky: tried where a term ends, without cutting the rest of the text out. */
const METHOD_NOUN_NEXT = new RegExp(`\\s+(?:${METHOD_NOUNS.join('|')})\\b`, 'iy');

/** Estimative terms used as judgements in a line of prose, with their columns (1-based). */
export function termsIn(text: string): Array<{ term: EstimativeTerm; column: number; text: string }> {
  const out: Array<{ term: EstimativeTerm; column: number; text: string }> = [];
  if (!TERM_HINT.test(text)) return out;
  for (const m of text.matchAll(TERM_PATTERN)) {
    METHOD_NOUN_NEXT.lastIndex = m.index + m[0].length;
    if (METHOD_NOUN_NEXT.test(text)) continue;
    const term = findTerm(m[0].replace(/\s+/g, ' ')) ?? findTerm('remote');
    if (term) out.push({ term, column: m.index + 1, text: m[0] });
  }
  return out;
}

/**
 * Hedges: words that say only that something is possible ("may", "might", "perhaps"), with no
 * place on the ICD 203 scale. Lower-case "may" only: "May" is usually the month.
 */
export const HEDGE_PATTERN = /\b(?:[Cc]ould possibly|may|[Mm]ight|[Pp]erhaps|[Pp]ossibly)\b/g;

/** The hedges in a text, in order, with their 1-based columns. */
export function hedgesIn(text: string): Array<{ hedge: string; column: number; text: string }> {
  return [...text.matchAll(HEDGE_PATTERN)].map((m) => ({ hedge: m[0].toLowerCase(), column: m.index + 1, text: m[0] }));
}

/**
 * The band of the ICD 203 scale a likelihood falls in, 0 (almost no chance) to 6 (almost
 * certain); null when it is neither a term nor a probability. A number on the edge of two bands
 * (5%, 20%, 45%, 55%, 80%, 95%) takes the band further from even odds, the firmer reading, and
 * a number below 1% or above 99% the end band.
 */
export function likelihoodBand(value: string): number | null {
  const range = likelihoodRange(value);
  if (range === null) return null;
  const [low, high] = range.map((p) => Math.round(p * 10000) / 100) as [number, number];
  if (low !== high) return RANGES.findIndex(([min, max]) => min === low && max === high);
  if (low < 50) return Math.max(0, RANGES.findIndex(([, max]) => low <= max));
  return RANGES.findLastIndex(([min]) => low >= min);
}

/** The term of row 1 for a band (likelihoodBand). */
export function bandTerm(band: number): EstimativeTerm {
  return ESTIMATIVE_TERMS[band]!;
}
