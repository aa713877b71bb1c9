/**
 * Word diffs and text similarity, for the judgements `brief diff` compares: a summary or a
 * conclusion is prose, and a changed word reads better than a changed line. Pure.
 */

/** A run of words the two texts share, or that only one of them has. */
export interface WordRun {
  op: 'same' | 'removed' | 'added';
  /** The words, joined by single spaces. */
  text: string;
}

/** Words of a text: runs of non-space characters (as `git diff --word-diff` splits them). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/**
 * Past this many cells the middle of two texts is compared as one block (all removed, all
 * added): the table of common words grows with the product of their lengths.
 */
const MAX_CELLS = 4_000_000;

/** The word runs that turn `before` into `after`; whitespace is not a difference. */
export function wordDiff(before: string, after: string): WordRun[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA -= 1; endB -= 1; }
  const ops: Array<WordRun['op']> = [];
  const tokens: string[] = [];
  const push = (op: WordRun['op'], word: string): void => { ops.push(op); tokens.push(word); };
  for (let i = 0; i < start; i += 1) push('same', a[i]!);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    for (const w of midA) push('removed', w);
    for (const w of midB) push('added', w);
  } else {
    for (const [op, w] of lcsOps(midA, midB)) push(op, w);
  }
  for (let i = endA; i < a.length; i += 1) push('same', a[i]!);
  return group(ops, tokens);
}

/** Edit operations from the longest common subsequence: removals before additions in each gap. */
function lcsOps(a: string[], b: string[]): Array<[WordRun['op'], string]> {
  const n = a.length;
  const m = b.length;
  // Suffix lengths, one row per word of `a`.
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const out: Array<[WordRun['op'], string]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { out.push(['same', a[i]!]); i += 1; j += 1; } else if (table[i + 1]![j]! >= table[i]![j + 1]!) { out.push(['removed', a[i]!]); i += 1; } else { out.push(['added', b[j]!]); j += 1; }
  }
  for (; i < n; i += 1) out.push(['removed', a[i]!]);
  for (; j < m; j += 1) out.push(['added', b[j]!]);
  return reorder(out);
}

/** Within each stretch between shared words, removed words come first, then added ones. */
function reorder(ops: Array<[WordRun['op'], string]>): Array<[WordRun['op'], string]> {
  const out: Array<[WordRun['op'], string]> = [];
  let removed: Array<[WordRun['op'], string]> = [];
  let added: Array<[WordRun['op'], string]> = [];
  const flush = (): void => {
    // A loop, not push(...removed): a run of 100,000 words passed as arguments overflows the stack.
    for (const op of removed) out.push(op);
    for (const op of added) out.push(op);
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op[0] === 'same') { flush(); out.push(op); } else (op[0] === 'removed' ? removed : added).push(op);
  }
  flush();
  return out;
}

function group(ops: Array<WordRun['op']>, tokens: string[]): WordRun[] {
  const runs: WordRun[] = [];
  ops.forEach((op, i) => {
    const last = runs.at(-1);
    if (last && last.op === op) last.text += ` ${tokens[i]}`;
    else runs.push({ op, text: tokens[i]! });
  });
  return runs;
}

/**
 * The runs with long unchanged stretches cut to `context` words either side of a change, the
 * cut marked `...`: a one-word change in a long summary shows where it is, not the whole text.
 */
export function elide(runs: readonly WordRun[], context = 6): WordRun[] {
  return runs.map((run, i) => {
    if (run.op !== 'same') return run;
    const list = words(run.text);
    const keepBefore = i > 0 ? context : 0;
    const keepAfter = i < runs.length - 1 ? context : 0;
    if (list.length <= keepBefore + keepAfter + 1) return run;
    const head = list.slice(0, keepBefore);
    const tail = keepAfter > 0 ? list.slice(-keepAfter) : [];
    return { op: 'same', text: [...head, '...', ...tail].join(' ') };
  });
}

/** Text compared for likeness: lower case, letters and digits only, single spaces (two texts that say the same give one). */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A text's letter pairs, counted, and their total: what `similarity` compares. */
export interface Pairs {
  counts: Map<string, number>;
  total: number;
}

/** The letter pairs of a normalised text (see `normalise`). */
export function letterPairs(text: string): Pairs {
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of text.split(' ')) {
    // Each word on its own, so "a b" and "ab" do not share the pair across the gap.
    const chars = [...word];
    if (chars.length === 1) { counts.set(word, (counts.get(word) ?? 0) + 1); total += 1; }
    for (let i = 0; i < chars.length - 1; i += 1) {
      const pair = chars[i]! + chars[i + 1]!;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
      total += 1;
    }
  }
  return { counts, total };
}

/** The Dice coefficient of two texts' letter pairs, made once per text when many texts are compared. */
export function pairSimilarity(a: Pairs, b: Pairs): number {
  const total = a.total + b.total;
  if (total === 0) return 0;
  // The smaller map is read, the larger looked up in.
  const [small, large] = a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let shared = 0;
  for (const [pair, n] of small) shared += Math.min(n, large.get(pair) ?? 0);
  return (2 * shared) / total;
}

/**
 * How alike two short texts are, 0 to 1: the Dice coefficient of their letter pairs (case and
 * punctuation ignored). Letter pairs, not whole words, so "Escalation" and "Escalation of
 * border clashes" still match, as do a reworded recommendation's two versions.
 */
export function similarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return 1;
  return pairSimilarity(letterPairs(x), letterPairs(y));
}
