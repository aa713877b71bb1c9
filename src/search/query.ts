/**
 * A search query: words, "quoted phrases" and field prefixes (`title:`, `tag:`, `summary:`,
 * `scenario:`, `rec:`, `section:`), each clause required. Pure; a bad query is a QueryError.
 */
import { foldAccents, normaliseWord, tokenize } from './tokenize.js';

/** Where a brief's text is: the parts a prefix can name. */
export const FIELDS = ['title', 'tag', 'question', 'summary', 'scenario', 'recommendation', 'section'] as const;
export type Field = (typeof FIELDS)[number];

/** The prefixes a query may use, and the field each names. */
export const PREFIXES: Readonly<Record<string, Field>> = {
  title: 'title', tag: 'tag', tags: 'tag', question: 'question', summary: 'summary', scenario: 'scenario', scenarios: 'scenario',
  rec: 'recommendation', recs: 'recommendation', recommendation: 'recommendation', recommendations: 'recommendation', section: 'section',
};

export interface Clause {
  /** The field it must match in, or null for any. */
  field: Field | null;
  /** Normalised words; more than one is a phrase (the words in this order, next to each other). */
  words: string[];
  /** `mediat*`: the last word is a prefix. */
  prefix: boolean;
  /** As written, for messages. */
  source: string;
}

export class QueryError extends Error {}

const emptyField = (name: string): QueryError =>
  new QueryError(`"${name}:" has no word to search for; write the word right after the colon, as ${name}:word`);

/** The clauses of a query; each word outside quotes is a clause of its own. */
export function parseQuery(query: string): Clause[] {
  const clauses: Clause[] = [];
  const re = /(?:([\p{L}]+):)?(?:"([^"]*)("?)|(\S+))/gu;
  for (const m of query.matchAll(re)) {
    const [source, name, phrase, closed, word] = m;
    // "title:" with nothing after it (or a space: "title: grain") would be read as the word "title".
    const bare = name === undefined && word !== undefined ? /^(\p{L}+):$/u.exec(word)?.[1] : undefined;
    if (bare !== undefined && PREFIXES[bare.toLowerCase()] !== undefined) throw emptyField(bare);
    let field: Field | null = null;
    if (name !== undefined) {
      field = PREFIXES[name.toLowerCase()] ?? null;
      if (field === null) throw new QueryError(`unknown field "${name}:"; use title:, tag:, question:, summary:, scenario:, rec: or section:`);
    }
    if (phrase !== undefined && closed === '') throw new QueryError(`the quote in ${source} is not closed`);
    const text = phrase ?? word!;
    const prefix = phrase === undefined && /[\p{L}\p{N}]\*$/u.test(text);
    const words = tokenize(text);
    if (words.length === 0) {
      if (field !== null) throw emptyField(name!);
      continue;
    }
    // A prefix is matched as typed, accents folded as in words: "mediat*" must not lose a final "s".
    if (prefix) words[words.length - 1] = foldAccents(text.replace(/\*$/, '').toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean).at(-1)!;
    clauses.push({ field, words, prefix, source: source! });
  }
  if (clauses.length === 0) throw new QueryError('the query has no words to search for; give a word, a "quoted phrase" or field:word');
  return clauses;
}

/** True when a normalised word matches the clause's word at `i` (exactly, or as a prefix for the last of a prefix clause). */
export function wordMatches(clause: Clause, i: number, word: string): boolean {
  const wanted = clause.words[i]!;
  return clause.prefix && i === clause.words.length - 1 ? word.startsWith(wanted) || normaliseWord(wanted) === word : word === wanted;
}
