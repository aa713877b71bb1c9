/**
 * readSimpleYaml against the reader it stands in for (js-yaml's load, CORE schema): wherever it
 * answers, it must give the same value, with the same key order and types at every level. And
 * readFrontmatter with it against readFrontmatter without it (`simple: false`), every field.
 * On every frontmatter of the shipped briefs, the fixtures and house styles, and generated briefs
 * of both bench corpora, and on generated YAML aimed at the scalars, keys, flow mappings and
 * indentation it has to read exactly or decline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readFrontmatter, type RawFrontmatter } from '../../src/brief/frontmatter.js';
import { normaliseText } from '../../src/brief/meta.js';
import { readSimpleYaml } from '../../src/brief/simple-yaml.js';
// @ts-expect-error: the bench generators are plain ES modules without types
import { briefText } from '../bench/generate.mjs';
// @ts-expect-error: as above
import { variedBriefText } from '../bench/generate-varied.mjs';

const ROOT = join(import.meta.dirname, '../..');
/** Generated cases a property: `FUZZ_RUNS=100000 npx vitest run` tries more. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const TIMEOUT = Math.max(30_000, RUNS * 10);

/** A value spelled out so that toEqual sees key order, prototypes, -0 and NaN. */
function spelled(value: unknown): unknown {
  if (Array.isArray(value)) return ['seq', ...value.map(spelled)];
  if (typeof value === 'object' && value !== null) {
    return ['map', Object.getPrototypeOf(value) === Object.prototype, ...Object.entries(value).map(([k, v]) => [k, spelled(v)])];
  }
  if (typeof value === 'number') return ['number', Object.is(value, -0) ? '-0' : String(value)];
  return [typeof value, value];
}

function load(text: string): { value: unknown } | { error: string } {
  try {
    return { value: yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** True when the fast reader answered (and then agreed with js-yaml). */
function expectSameValue(text: string): boolean {
  const fast = readSimpleYaml(text, text.split('\n'), 10_000);
  if (fast === undefined) return false;
  const slow = load(text);
  expect({ text, read: spelled(fast) }).toEqual({ text, read: 'value' in slow ? spelled(slow.value) : slow });
  return true;
}

/** Every path to a value in `data`, the root's children first. */
function paths(data: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof data !== 'object' || data === null) return [];
  const keys: Array<string | number> = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  return keys.flatMap((k) => [[...at, k], ...paths((data as Record<string | number, unknown>)[k], [...at, k])]);
}

/** Every field; asWritten and lineOf (js-yaml reading the text again) asked at every path when `lazy`. */
function fields(fm: RawFrontmatter, lazy: boolean): unknown {
  return {
    ...fm, data: spelled(fm.data), keyLines: [Object.getPrototypeOf(fm.keyLines), Object.entries(fm.keyLines)],
    asWritten: lazy ? paths(fm.data).map((p) => fm.asWritten(p)) : null,
    lineOf: lazy ? [[], ...paths(fm.data)].map((p) => fm.lineOf(p)) : null,
  };
}

/** readFrontmatter gives the same with and without the fast reader; true when it answered. */
function expectSameFrontmatter(text: string, lazy = true): boolean {
  for (const positions of [true, false]) {
    expect({ text, fm: fields(readFrontmatter(text, { positions }), lazy && positions) })
      .toEqual({ text, fm: fields(readFrontmatter(text, { positions, simple: false }), lazy && positions) });
  }
  const yamlText = /^---\n([\s\S]*?\n)(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)?.[1];
  return yamlText !== undefined && expectSameValue(yamlText);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

// Pieces aimed at what CORE resolves, what YAML gives a meaning to, and what the reader declines.
const COMMON_SCALARS = [
  'text', 'two words', 'Brief 12 - a title', '0x1F', '0o17', '0b101', '1_000', '.5', '-.inf', '+.INF', '.NaN', '.nan', '1e3', '1E3',
  '-1e-3', '007', '08', '0', '-0', '+1', '1.', '1.0', '0.50', '3.14', '12:30', '1:20:30', '99999999999999999999', '~', 'null',
  'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'yes', 'No', 'on', 'y', '2024-01-02',
  '2024-01-02T08:30:00Z', 'a:b', 'http://x.org/a#b', 'a #comment', "'it''s'", '"a: b"', '[a, b]', '[]', '[1, 0x1F, ~, true, .5]',
  'very likely', '60%', "don't", 'emoji \u{1F600}', '"\u{1F1FA}\u{1F1E6} flag"', '', '"  padded  "', "' x '", '["a]b", \'c,d\']', "[ 'a' , \"b\" ]",
];
const SCALARS = [
  ...COMMON_SCALARS, 'a: b', 'Brief 12: a title', 'http://x.org/a#b', 'a #comment', 'a#b', 'a # b: c', 'a  # c', "'single'", "'it''s'",
  "''", '""', "'a' # c", "'a'#c", "'a' b", '"double"', '"say \\"hi\\""', '"a\\nb"', '"a # b"', "'a: b'", '"a: b"', '"unclosed',
  "'unclosed", '[a, b]', '[]', '[ ]', '[a,]', '[,a]', '[a, [b]]', "[a, 'b, c', \"d\"]", '[1, 0x1F, ~, true, .5]', '[a: b]',
  '[a #b]', '[a] # c', '[a]x', '[ a , b ]', '[a b, -c, - d]', '[?a]', '{a: 1}', '{}', '&anchor a', '*alias', '!!str 5', '!tag x',
  '@at', '`tick`', '%pc', '-', '- x', '-x', '-5', '?', '? x', '?x', ':x', ':', 'x:', 'a,b', 'a]', 'Ünïcode', 'nbsp\u00a0',
  '\u00a0lead', 'lone \ud800 high', 'lone \udc00 low', '\ude00\ud83d swapped', 'tab\there', '---', '--- x', '...', 'a  b', "don't", 'say "hi"', '<<', '__proto__', '#',
  'very likely', '60%', 'a\u2028b', 'a\u0085b', '\ufeffbom',
];
const COMMON_KEYS = [
  'title', 'date', 'tags', 'scenarios', 'likelihood', 'impact', 'Scenario A', 'A', 'B', '1', '2', '01', '1.0', '0x1F', 'null',
  '~', 'true', 'TRUE', 'yes', '"quoted key"', "'it''s'", '"a: b"',
];
const KEYS = [
  ...COMMON_KEYS, '"__proto__"', '__proto__', '<<', '? x', 'a#b', 'a #b',
  'a b', '-x', 'a:b', 'key ', '[a]', '{a}', '&a k', '*a', '!k', '.inf', '-1', 'é', 'constructor', 'toString', '"A"', "'A'",
  '"a\\tb"', 'a\u00a0', '---', '...', '@k', 'k"', "'k' x", '"k"x',
];
const BLOCK_HEADERS = ['|', '|-', '>', '>-', '|+', '>+', '>2', '|1-', '> # c', '>- # c', '>#c', '>x', '|--'];
const BLOCK_LINES = ['text', 'more text', '# not a comment', 'a: b', '- x', '  indented', '', '   ', '"q"', 'trailing  ', 'x\\y'];

const weighted = (...choices: Array<[string, number]>) => fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));

// Flow mappings (`- { text: x, status: observed }`): entries, keys and values aimed at where a plain
// scalar stops in a flow collection, keys without values, duplicates, nesting, commas and comments.
const COMMON_FLOW_KEYS = ['text', 'status', 'as_of', 'note', 'a', 'b', '1', '"q"', "'it''s'"];
const FLOW_KEYS = [
  ...COMMON_FLOW_KEYS, '1.0', '01', '~', 'null', 'true', '0x1F', '"a: b"', '"a,b"', "'{x}'", '__proto__', '"__proto__"', '<<', '? x', '?x',
  'a b', 'a:b', '-x', '- x', '#k', 'a#k', 'a #k', '', '[k]', '{k}', 'k]', '"k"x', '"a\\tb"', 'é', 'constructor',
];
const COMMON_FLOW_VALUES = [
  'Ships reroute', 'observed', 'not-observed', '2026-03-01', "both sides' media", 'Reported by both sides\' media', '"quoted, text"',
  "'it''s'", '0x1F', '~', '1_000', '.5', 'true', 'a:b', 'http://x.org/a#b', '[a, b]', '[]', 'two  words',
];
const FLOW_VALUES = [
  ...COMMON_FLOW_VALUES, 'a: b', 'x:', 'a:', ':x', 'a#b', 'a #b', '#c', '', ' ', '"a\\nb"', '"unclosed', "'unclosed", '""', '"x"y', "'a' b",
  '[a, [b]]', '[a: b]', '[a,]', '[a #c]', '[a}, b]', '{c: d}', '{}', '{ c: [d] }', '- x', '-x', '-', '?', '? x', 'a]', 'a}', 'a[b', 'b c',
  '*a', '&a x', '!!str x', '|', '>', '@x', '`x`', '%x', '.inf', '-.INF', 'null', 'NULL', '---', '...', 'nbsp\u00a0', 'a:,', 'a"b',
];
const flowKey = fc.oneof({ arbitrary: fc.constantFrom(...COMMON_FLOW_KEYS), weight: 6 }, { arbitrary: fc.constantFrom(...FLOW_KEYS), weight: 1 });
const flowValue = fc.oneof({ arbitrary: fc.constantFrom(...COMMON_FLOW_VALUES), weight: 6 }, { arbitrary: fc.constantFrom(...FLOW_VALUES), weight: 1 });
const flowEntry = fc.tuple(flowKey, flowValue, fc.oneof(
  { arbitrary: fc.constant(': '), weight: 12 },
  { arbitrary: fc.constantFrom(':', ' : ', ':  ', ' :', ''), weight: 1 },
)).map(([k, v, colon]) => `${k}${colon}${colon === '' ? '' : v}`);
const flowMapping = fc.tuple(
  fc.array(flowEntry, { maxLength: 5 }),
  fc.oneof({ arbitrary: fc.constant(', '), weight: 12 }, { arbitrary: fc.constantFrom(',', ' , ', ',, ', ' ', ' # c, '), weight: 1 }),
  weighted(['{ ', 6], ['{', 3], ['{  ', 1], ['{ ,', 1], ['{#c ', 1]),
  weighted([' }', 6], ['}', 3], [', }', 1], [',}', 1], [' ', 1], [' } x', 1], ['}#c', 1], [' }: x', 1], [' }}', 1], [' } # c', 1]),
).map(([entries, separator, open, close]) => `${open}${entries.join(separator)}${close}`);

type Node =
  | { kind: 'scalar'; text: string }
  | { kind: 'block'; header: string; lines: Array<{ extra: number; text: string }> }
  | { kind: 'map'; step: number; entries: Array<{ key: string; gap: string; trail: string; value: Node }> }
  | { kind: 'seq'; step: number; sameIndent: boolean; items: Array<{ compact: boolean; gap: string; value: Node }> };

/** The pieces the reader should answer for, eight times as often as the rest. */
const scalar = fc.oneof(
  { arbitrary: fc.constantFrom(...COMMON_SCALARS), weight: 8 }, { arbitrary: fc.constantFrom(...SCALARS), weight: 1 }, { arbitrary: flowMapping, weight: 2 },
);
const key = fc.oneof({ arbitrary: fc.constantFrom(...COMMON_KEYS), weight: 8 }, { arbitrary: fc.constantFrom(...KEYS), weight: 1 });
const header = fc.oneof({ arbitrary: fc.constantFrom(...BLOCK_HEADERS.slice(0, 4)), weight: 3 }, { arbitrary: fc.constantFrom(...BLOCK_HEADERS), weight: 1 });
const trail = weighted(['', 10], [' ', 2], ['  ', 1], [' # note', 2], ['# x', 1], [' #', 1]);
const gap = weighted([' ', 12], ['  ', 3], ['', 1]);
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('scalar' as const), text: scalar }),
    fc.record({
      kind: fc.constant('block' as const), header,
      lines: fc.array(fc.record({ extra: fc.constantFrom(0, 0, 0, 0, 0, 0, 1, -1), text: fc.constantFrom(...BLOCK_LINES) }), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('map' as const), step: fc.constantFrom(2, 2, 1, 4),
      entries: fc.array(fc.record({ key, gap, trail, value: tie('node') }), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('seq' as const), step: fc.constantFrom(2, 2, 1, 4), sameIndent: fc.boolean(),
      items: fc.array(fc.record({ compact: fc.boolean(), gap, value: tie('node') }), { minLength: 1, maxLength: 4 }),
    }),
  ),
}));

/** The lines of `value` written after `lead` (a key and colon, or a dash) at `indent`. */
function render(value: Node, indent: number, lead: string, tail: string, inMapping: boolean): string[] {
  const pad = ' '.repeat(indent);
  if (value.kind === 'scalar') return [`${pad}${lead}${value.text}${tail}`];
  if (value.kind === 'block') {
    return [`${pad}${lead}${value.header}`, ...value.lines.map((l) => (l.text.trim() === '' ? l.text : `${' '.repeat(Math.max(0, indent + 2 + l.extra))}${l.text}`))];
  }
  const head = `${pad}${lead}`.trimEnd() + tail;
  if (value.kind === 'map') {
    return [head, ...value.entries.flatMap((e) => render(e.value, indent + value.step, `${e.key}:${e.gap}`, e.trail, true))];
  }
  const at = inMapping && value.sameIndent ? indent : indent + value.step;
  return [head, ...value.items.flatMap((item) => {
    if (item.compact && item.value.kind === 'map') {
      // `- key: value`, the mapping's other keys under the first.
      const column = at + 1 + item.gap.length;
      const [first, ...rest] = item.value.entries.flatMap((e) => render(e.value, column, `${e.key}:${e.gap}`, e.trail, true));
      return [`${' '.repeat(at)}-${item.gap}${first!.slice(column)}`, ...rest];
    }
    return render(item.value, at, `-${item.gap}`, '', false);
  })];
}

/** Blank lines, comments and indentation slips put between the lines. */
const noise = fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, { arbitrary: fc.array(fc.record({ at: fc.nat(40), kind: fc.constantFrom('blank', 'spaces', 'comment', 'deep comment', 'indent', 'dedent', 'trailing') }), { maxLength: 3 }), weight: 1 });
function withNoise(lines: string[], changes: ReadonlyArray<{ at: number; kind: string }>): string[] {
  const out = [...lines];
  for (const { at, kind } of changes) {
    const i = at % (out.length + 1);
    if (kind === 'blank') out.splice(i, 0, '');
    else if (kind === 'spaces') out.splice(i, 0, '   ');
    else if (kind === 'comment') out.splice(i, 0, '# comment');
    else if (kind === 'deep comment') out.splice(i, 0, '      # comment: x');
    else if (i < out.length && kind === 'indent') out[i] = ` ${out[i]}`;
    else if (i < out.length && kind === 'dedent') out[i] = out[i]!.replace(/^ /, '');
    else if (i < out.length) out[i] = `${out[i]} `;
  }
  return out;
}

const documents = fc.tuple(
  fc.array(fc.record({ key, gap, trail, value: node }), { minLength: 1, maxLength: 5 }),
  noise,
).map(([entries, changes]) => `${withNoise(entries.flatMap((e) => render(e.value, 0, `${e.key}:${e.gap}`, e.trail, true)), changes).join('\n')}\n`);

/** Mostly well-formed documents in the shapes briefs use, so that the reader answers often. */
const briefLike = fc.tuple(
  fc.constantFrom('title: A title', 'title: "Brief 7: quoted"', "title: 'it''s'", 'title: 0x1F', 'title: 1e3', 'title: ~'),
  fc.constantFrom('date: 2024-01-02', 'date: 2024-01-02T08:30:00Z', 'date: 20240102', 'date:'),
  fc.constantFrom('tags: [a, b]', 'tags:\n  - a\n  - 1_000', 'tags:\n- a\n- b', 'tags: []', 'tags: a, b', 'tags: [a, "b, c"]'),
  fc.array(fc.tuple(fc.constantFrom('A', 'B', '1', 'Scenario C', '"D"', '1.0', 'A'), fc.constantFrom(...COMMON_SCALARS),
    fc.oneof(
      fc.constantFrom('', '\n    impact: High', '\n    indicators:\n      - one\n      - two: x', '\n    indicators: [a]'),
      fc.array(fc.oneof(fc.constant('one'), flowMapping), { minLength: 1, maxLength: 3 }).map((items) => `\n    indicators:\n${items.map((i) => `      - ${i}`).join('\n')}`),
    )), { maxLength: 4 }),
  fc.constantFrom('', 'summary: >-\n  One line.\n  Two lines.', 'summary: |\n  a\n\n  b\n', '# trailing comment', 'status: draft # note'),
  noise,
).map(([title, date, tags, scenarios, tail, changes]) => {
  const lines = [title, date, tags, 'scenarios:', ...scenarios.map(([key, likelihood, more]) => `  ${key}:\n    likelihood: ${likelihood}${more}`), tail];
  return `${withNoise(lines.join('\n').split('\n'), changes).join('\n')}\n`;
});

/** Every YAML text `texts` generates reads alike both ways, wherever the fast reader answers. */
function agreesOn(texts: fc.Arbitrary<string>, wrap: (y: string) => boolean = expectSameValue): number {
  let answered = 0;
  fc.assert(fc.property(texts, (text) => { if (wrap(text)) answered += 1; }), { numRuns: RUNS });
  return answered;
}

describe('the simple YAML reader', () => {
  it('reads as js-yaml does every frontmatter of the shipped briefs, the house styles and every fixture', () => {
    const files = [...markdownFiles(join(ROOT, 'briefs')), ...markdownFiles(join(ROOT, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(30);
    let answered = 0;
    for (const file of files) if (expectSameFrontmatter(normaliseText(readFileSync(file, 'utf8')))) answered += 1;
    expect(answered).toBeGreaterThan(files.length / 2);
    // The briefs whose indicators are flow mappings are read too.
    for (const file of ['tests/fixtures/indicators/gulf-shipping-watch.md', 'briefs/baltic-cable-sabotage.md']) {
      expect(expectSameFrontmatter(normaliseText(readFileSync(join(ROOT, file), 'utf8'))), file).toBe(true);
    }
  });

  it('reads as js-yaml does the frontmatter of 300 briefs of each bench generator', () => {
    let answered = 0;
    for (let i = 0; i < 300; i += 1) {
      if (expectSameFrontmatter(normaliseText(briefText(i)), i < 50)) answered += 1;
      if (expectSameFrontmatter(normaliseText(variedBriefText(i)), i < 50)) answered += 1;
    }
    expect(answered).toBe(600);
  });

  it('reads as js-yaml does on generated documents of every shape', () => {
    const answered = agreesOn(documents);
    expect(answered).toBeGreaterThan(RUNS / 20);
  }, TIMEOUT);

  it('reads as js-yaml does on generated briefs\' frontmatter, every field of readFrontmatter alike', () => {
    const answered = agreesOn(briefLike, (y) => expectSameFrontmatter(`---\n${y}---\n\n# Body\n`));
    expect(answered).toBeGreaterThan(RUNS / 4);
  }, TIMEOUT);

  it('reads as js-yaml does on generated flow mappings, as values and as items of sequences', () => {
    const places = [
      (m: string) => `x:\n  - ${m}\n`, (m: string) => `x: ${m}\ny: 1\n`, (m: string) => `x:\n- ${m}\n- b\n`, (m: string) => `x:\n  - a\n  - ${m} # c\ny: 1\n`,
      (m: string) => `x:\n  -\n  - ${m}\n`, (m: string) => `x:\n  - b: ${m}\n    c: 1\n`, (m: string) => `x:\n  - ${m}\n    c: 1\n`,
      (m: string) => `x:\n  ${m}\n`, (m: string) => `${m}\n`, (m: string) => `x:\n  - ${m}\n  - ${m}\n`,
    ];
    const answered = agreesOn(fc.tuple(flowMapping, fc.nat(places.length - 1)).map(([m, at]) => places[at]!(m)));
    expect(answered).toBeGreaterThan(RUNS / 10);
  }, TIMEOUT);

  it('reads as js-yaml does on random text', () => {
    const unit = fc.constantFrom('a', '1', ' ', ' ', '\n', '\n', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '~', '.', '\\', '\u00a0', '\ud83d', '\ude00');
    agreesOn(fc.string({ unit, maxLength: 60 }));
  }, TIMEOUT);

  it('reads as js-yaml does where js-yaml has quirks', () => {
    for (const text of [
      'a:\n  -\n    -  #\n  - text\n', // after an empty entry, a `-` further left joins the sequence
      'a:\n  -\n    -\n- b\n', 'a:\n- b\n-\nc: 1\n', 'a: >\n  x\n\n\n  y\n', 'a: |-\n  x\n   \n  y\n', 'a: >\n  x\n     \n  y\n',
      'a: |\n  x\n# c\nb: 1\n', 'a: |\n  # x\n', 'a: |\n\n  x\n', 'a: |\nb: 1\n', 'a: "x" #c\n', "a: 'x'#c\n", 'a: x #c: d\n',
      'a:\n  - b: 1\n    c:\n    - d\n    e: 2\n', '- a\n', 'a: 1\n- b\n', '1: a\n01: b\n', 'a: [b, c,]\n', 'a: \u00a0\n', 'a\u00a0: b\n',
      'a: { b: 1, }\n', 'a: {"b":c}\n', "a: {'b' :c}\n", 'a: { b: x:, c: 1 }\n', 'a: { b: 1 }#c\n', 'a: { b: c#d, e: http://x.org/a#b }\n',
      'a:\n- {b: 1}: c\n', 'a:\n  -\n  - {b: c}\n', 'a: { ~: x, true: y, 0x1F: z, 1.0: w }\n', 'a: {}\nb: { }\n',
    ]) {
      expectSameValue(text);
    }
  });

  it('declines what only js-yaml reads', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: {b: {c: 1}}\n', 'a: { b, c: d }\n', 'a: { b:c }\n', 'a: { b: 1, b: 2 }\n', 'a: { 1: x, 1.0: y }\n',
      'a: { __proto__: 1 }\n', 'a: {"b":}\n', 'a: { b: 1\n  , c: 2 }\n', 'a: { b: c #d }\n', 'a: { ? b: c }\n', 'a: !!str 5\n', 'a: "x\\ty"\n', 'a: b\na: c\n', '__proto__: 1\n',
      'a: one\n  two\n', '? a\n: b\n', '- a\n', 'a:\n\tb: 1\n', '<<: {a: 1}\n', '%YAML 1.2\n---\na: 1\n', 'a: |+\n  x\n', '']) {
      expect(readSimpleYaml(text, text.split('\n'), 10_000), text).toBeUndefined();
    }
    const many = `a: [${Array.from({ length: 20 }, () => 'x').join(', ')}]\n`;
    expect(readSimpleYaml(many, many.split('\n'), 10)).toBeUndefined();
    expect(readSimpleYaml(many, many.split('\n'), 22)).toBeDefined();
    const wide = `a: { b: [${Array.from({ length: 20 }, () => 'x').join(', ')}], c: d }\n`;
    expect(readSimpleYaml(wide, wide.split('\n'), 23)).toBeUndefined();
    expect(readSimpleYaml(wide, wide.split('\n'), 24)).toBeDefined();
  });
});
