/**
 * The house styles the structure reader knows, as data: the words that name each kind of
 * section, the spellings of a scenario label, the lead-ins and marks authors write. A new house
 * style is one line here and one example in tests/unit/forms.test.ts.
 */
import type { SectionKind } from './model.js';
import { boilerplateOf } from './web-boilerplate.js';

/**
 * Words that give a section its kind wherever they stand in the heading (contract §3, fixed),
 * in the contract's order: the first kind that matches wins.
 */
const KIND_WORDS: Array<[SectionKind, RegExp]> = [
  ['summary', /\b(?:summary|bottom line|bluf)\b/i],
  ['scenarios', /(?<![\p{L}\p{N}])sc[eé]narios?(?![\p{L}\p{N}])/iu],
  ['recommendations', /(?<![\p{L}\p{N}])recomm?[ae]ndations?(?![\p{L}\p{N}])/iu],
  ['conclusion', /\bconclusions?\b/i],
];

/** Who is to act, in a heading or question ("Europe", "the EU", "Washington and its allies"). */
const WHO = "[\\p{L}\\p{N}][\\p{L}\\p{N}.'’\\- ]{0,40}";

/**
 * Headings that name a kind only as a whole ("In Brief" is a summary; "Scenarios in brief" is
 * not). Matched after numbering is taken off; a trailing "?" or "for <whom>" is allowed.
 */
const KIND_PHRASES: Array<[SectionKind, string[]]> = [
  ['summary', [
    'executive summary', 'bottom line up front', 'key judg(?:e)?ments?', 'key points', 'key findings',
    'key takeaways', 'key messages', 'main points', 'main findings', 'at a glance', 'in brief',
    'r[eé]sum[eé]', 'synth[eè]se',
  ]],
  ['scenarios', ['alternative futures', 'possible futures']],
  ['recommendations', [
    'policy options', 'options', 'what should be done', 'what (?:is|needs) to be done', 'what can be done',
    '(?:the )?way forward', '(?:the )?next steps', 'action items', 'implications for policy',
    'policy implications', 'proposals', 'policy proposals', 'what to do',
    // "What Europe should do", "What should the EU do?": a few words naming who is to act.
    `what ${WHO} should do`, `what should ${WHO} do`,
  ]],
  // Where a revision says why its judgements moved (`brief diff --check` reads it).
  ['changes', ["what(?: has|'s)? changed(?: since .+)?", 'changes since .+', 'revision notes?', 'changes in (?:this|the) (?:revision|version|assessment)']],
];

const PHRASE_PATTERNS: Array<[SectionKind, RegExp]> = KIND_PHRASES.map(([kind, phrases]) => [
  kind,
  new RegExp(`^(?:${phrases.join('|')})(?:\\s+(?:for|to)\\s+.+)?\\s*[?.:]?$`, 'iu'),
]);

/** Numbering before a heading's words: `V.`, `2.`, `1.2`, `PART-V:`, `Section 3 -`. */
const NUMBERING = /^(?:(?:part|section|chapter)[\s-]*(?:[0-9]+|[ivxlc]+)\s*[.):\-–—]?\s*|(?:[0-9]+(?:\.[0-9]+)*\.?|[ivxlc]+[.):]|[0-9]+\))\s+)/i;

/** A heading without its numbering (`PART-V: Policy Options` -> `Policy Options`). */
export function withoutNumbering(heading: string): string {
  const stripped = heading.trim().replace(NUMBERING, '');
  return stripped === '' ? heading.trim() : stripped;
}

function kindOfWords(heading: string): SectionKind | null {
  const words = withoutNumbering(heading);
  for (const [kind, pattern] of PHRASE_PATTERNS) if (pattern.test(words)) return kind;
  return KIND_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

const JOINED = /\s+(?:and|&|et)\s+/i;
/** One shared, frozen array per kind: most headings name one, and a brief need not allocate it. */
const ONE = Object.fromEntries((['summary', 'scenarios', 'recommendations', 'conclusion', 'changes', 'section'] as const)
  .map((k) => [k, Object.freeze([k]) as unknown as SectionKind[]])) as Record<SectionKind, SectionKind[]>;

/**
 * The kinds a level-2 heading names. Usually one; a heading that joins kinds with "and"
 * (`Summary and Recommendations`) names each. `kinds[0]` is the contract's kind: the first
 * row that matches (`Conclusions and Recommendations` is a recommendations section).
 */
export function sectionKinds(heading: string): SectionKind[] {
  const words = withoutNumbering(heading);
  const first = KIND_WORDS.find(([, pattern]) => pattern.test(words))?.[0]
    ?? PHRASE_PATTERNS.find(([, pattern]) => pattern.test(words))?.[0];
  if (first === undefined) return ONE.section;
  if (!JOINED.test(words)) return ONE[first];
  const kinds = words.split(JOINED).map(kindOfWords);
  if (kinds.some((k) => k === null)) return ONE[first];
  return [first, ...new Set(kinds.filter((k): k is SectionKind => k !== first))];
}

/** The kind of a heading (contract §3): the first of sectionKinds. */
export function sectionKind(heading: string): SectionKind {
  return sectionKinds(heading)[0]!;
}

// ---- Scenario labels ----

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ROMAN = '(?=[ivx])x{0,2}(?:ix|iv|v?i{0,3})';
const SCENARIO_WORD = '(?:alternative\\s+)?sc[eé]nario';
const LABEL = `#\\s*\\d+|\\d+|${ROMAN}|[a-z]`;
/** After a label: `.`, `)`, `:`, a spaced dash, or the end. */
const AFTER = '(?:\\s*[.):]|\\s+[-–—]|\\s*$)';

/** `Scenario #2: Title`, `Scenario Two - Title`, `Scenario B — Title`, `Scenario 3` */
const WITH_WORD = new RegExp(`^${SCENARIO_WORD}(?:\\s+|\\s*(?=[#\\d]))(${LABEL}|${NUMBER_WORDS.join('|')})(?![\\p{L}\\p{N}])${AFTER}\\s*(.*)$`, 'iu');
/** `A. Title`, `b) Title`, `II. Title`, `1 - Title`: a label of its own, where a scenario is expected. */
const BARE = new RegExp(`^(${LABEL})${AFTER}\\s*(.*)$`, 'iu');

export interface ScenarioLabel {
  /** Normalised: letters and Roman numerals upper-case, `#2` and `Two` as `2`. */
  label: string;
  /** The rest of the text after the label and its separator. */
  rest: string;
}

function normaliseLabel(raw: string): string {
  const word = NUMBER_WORDS.indexOf(raw.toLowerCase());
  if (word !== -1) return String(word + 1);
  return raw.replace(/^#\s*/, '').toUpperCase();
}

/**
 * The label at the start of `text`. `requireWord`: only with the word "Scenario" before it
 * (where a bare `A.` or `1.` could be anything, such as a list item or a section of its own).
 */
export function readLabel(text: string, requireWord: boolean): ScenarioLabel | null {
  const trimmed = text.trim();
  const m = WITH_WORD.exec(trimmed) ?? (requireWord ? null : BARE.exec(trimmed));
  if (!m) return null;
  return { label: normaliseLabel(m[1]!), rest: m[2]!.trim() };
}

/** `{ label, title }` of a scenario heading (`Scenario C: Escalation`), label null when it has none. */
export function splitScenarioHeading(heading: string): { label: string | null; title: string } {
  const read = readLabel(heading, false);
  return read ? { label: read.label, title: read.rest } : { label: null, title: heading.trim() };
}

/** Cheap test of a paragraph's or item's Markdown: could it start with a labelled scenario? */
export const MAYBE_SCENARIO_LEAD = /^\s*(?:\*\*|__)?\s*sc[eé]nario\b/iu;

/**
 * Unlabelled headings in a scenarios section that name a part of the analysis, never a
 * scenario of its own (`### Drivers` among named futures).
 */
const PART_HEADINGS = new RegExp(`^(?:${[
  'assumptions?', 'drivers?', '(?:key )?drivers? of change', '(?:key|critical) uncertainties', 'uncertainties',
  'signposts?', 'indicators?(?: to watch)?', 'implications?', 'method(?:ology)?', 'approach', 'overview',
  'background', 'what it looks like', 'likelihood', 'impact', 'probability', 'outlook', 'summary',
  'comparison', 'how we built (?:them|the scenarios)', 'about (?:the|these) scenarios', 'what to watch',
  'wildcards?', 'wild cards?', 'timeline',
].join('|')})\\s*[?.:]?$`, 'iu');

export function isPartHeading(heading: string): boolean {
  return PART_HEADINGS.test(heading.trim());
}

/**
 * A paragraph that introduces a list of scenarios and ends with a colon ("...we see three
 * scenarios:", "...four futures:").
 */
const SCENARIO_INTRO = /(?<![\p{L}\p{N}])(?:sc[eé]narios?|futures|paths|pathways|trajectories|outcomes|possibilities)(?![\p{L}\p{N}])[^:]{0,80}:\s*$/iu;

export function introducesScenarios(text: string): boolean {
  return SCENARIO_INTRO.test(text);
}

/**
 * The first sentence of `text`, without its final period: the title of a list or lead-in
 * scenario. A period after a capital (`U.S.`) or inside a word does not end it.
 */
export function firstSentence(text: string): { sentence: string; rest: string } {
  const m = /^([\s\S]*?[^\s.A-Z])[.!?](?:\s+|$)/u.exec(text);
  if (!m) return { sentence: text.trim().replace(/[.:]$/, ''), rest: '' };
  return { sentence: m[1]!.trim(), rest: text.slice(m[0].length).trim() };
}

// ---- Recommendations ----

export type Mark = 'recommended' | 'not-recommended';

// One space before the mark, the rest trimmed after: `\s+` unanchored is quadratic on long runs of spaces.
const MARK_SUFFIX = /\s\((not\s+)?recommended\)/i;
const MARK_PREFIX = /^(not\s+)?recommended\s*:\s*/i;

/** The author's mark on an option, taken out of its text. */
export function readMark(text: string): { text: string; mark: Mark | null } {
  const prefix = MARK_PREFIX.exec(text);
  if (prefix) return { text: text.slice(prefix[0].length), mark: prefix[1] ? 'not-recommended' : 'recommended' };
  const suffix = MARK_SUFFIX.exec(text);
  if (suffix) {
    return { text: text.slice(0, suffix.index).trimEnd() + text.slice(suffix.index + suffix[0].length), mark: suffix[1] ? 'not-recommended' : 'recommended' };
  }
  return { text, mark: null };
}

/** `Recommendation 1: Do x.`, `Option B — Do y (Recommended)`: the numbered name of one recommendation. */
const NUMBERED_RECOMMENDATION = new RegExp(`^(?:recomm?[ae]ndation|option)(?:\\s+|\\s*(?=[#\\d]))(?:${LABEL}|${NUMBER_WORDS.join('|')})(?![\\p{L}\\p{N}])${AFTER}\\s*(.*)$`, 'iu');

/** What follows the label of a numbered recommendation or option, or null when `text` has none. */
export function afterRecommendationLabel(text: string): string | null {
  const m = NUMBERED_RECOMMENDATION.exec(text.trim());
  return m ? m[1]!.trim() : null;
}

/** Cheap test of Markdown that could open with a numbered recommendation or option. */
export const MAYBE_RECOMMENDATION_LEAD = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:recomm?[ae]ndation|option)/iu;

/** Cheap test of Markdown that could carry a mark (`readMark` runs on plain text). */
export const MAYBE_MARK = /recommended/i;

/**
 * A lead-in that names the addressees of the list after it (`To donors:`, `For the EU:`), when
 * it is not bold; a bold line ending with a colon is a group lead-in whatever its words.
 */
const ADDRESSEE = /^(?:to|for)\s+(\S[^.!?]{0,120}):$/i;
/** How an addressee starts ("the Government", "all parties", "Donors"), where a purpose ("to reduce the risk") does not. */
const ADDRESSEE_START = /^(?:the|all|each|every|both|our|its|their|other|national|international|regional|local|\p{Lu})/u;
/** A lead-in with a verb of obligation introduces the list ("both sides should:"); it names no one. */
const OBLIGATION = /\b(?:should|must|need|needs|ought|can|could|would|will|shall)\b/i;

export function isAddresseeLeadIn(text: string, bold: boolean): boolean {
  const trimmed = text.trim();
  if (!trimmed.endsWith(':')) return false;
  if (bold) return trimmed.length <= 160 && !OBLIGATION.test(trimmed);
  const m = ADDRESSEE.exec(trimmed);
  if (!m || OBLIGATION.test(trimmed)) return false;
  const whom = m[1]!;
  return ADDRESSEE_START.test(whom) ? whom.split(/\s+/).length <= 14 : whom.split(/\s+/).length <= 3;
}

/** The question of a question-and-answer box whose answer is a recommendation. */
const ACTION_QUESTION = new RegExp(`^(?:what should (?:be done|happen)|what (?:is|needs) to be done|what can be done|what should ${WHO} do|what ${WHO} should do)\\s*\\?$`, 'iu');

export function asksWhatToDo(question: string): boolean {
  return ACTION_QUESTION.test(question.trim());
}

// ---- Web pages ----

/**
 * A line that starts the footer a publishing platform puts under a post (web-boilerplate.ts):
 * the reader stops a section's content there.
 */
export function isFooterStart(text: string): boolean {
  return text.length <= 200 && boilerplateOf(text) !== null;
}
