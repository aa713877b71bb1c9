/**
 * formatBriefEntry against the general formatter it replaces for `export --all --json`: the same
 * bytes, on real and generated briefs and on BriefJSON values made to be hard to write.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import type { Brief } from '../../src/brief/model.js';
import { briefJSON, formatJSONArrayItem, type BriefJSON } from '../../src/render/json.js';
import { formatBriefEntry } from '../../src/render/json-entry.js';
// @ts-expect-error: the bench's generators are plain JavaScript.
import { briefText } from '../bench/generate.mjs';
// @ts-expect-error: the bench's generators are plain JavaScript.
import { variedBriefText } from '../bench/generate-varied.mjs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** The entry as export wrote it before: briefJSON, formatted and indented as an array item. */
const expected = (brief: Brief): string => formatJSONArrayItem(briefJSON(brief));

function expectSameEntry(brief: Brief): void {
  const want = expected(brief);
  expect(formatBriefEntry(brief)).toBe(want);
  expect(formatBriefEntry(briefJSON(brief))).toBe(want);
}

describe('formatBriefEntry', () => {
  it('writes what the general formatter writes for every brief of briefs/ and tests/fixtures/ (house styles included)', () => {
    const paths = ['../../briefs/', '../fixtures/'].flatMap((dir) => markdownUnder(fileURLToPath(new URL(dir, import.meta.url))));
    expect(paths.length).toBeGreaterThanOrEqual(30);
    for (const path of paths) expectSameEntry(parseBrief(readFileSync(path, 'utf8'), path).brief);
  });

  it('writes what the general formatter writes for 1,000 briefs of each bench generator', () => {
    for (const make of [briefText, variedBriefText] as Array<(i: number) => string>) {
      for (let i = 0; i < 1000; i += 1) expectSameEntry(parseBrief(make(i), `briefs/${i}.md`).brief);
    }
  });

  // Strings aimed at every escape: controls, the characters formatJSON escapes itself (DEL, C1,
  // U+2028, bidi overrides), lone and paired surrogates, quotes, backslashes, and long runs.
  const hostileUnit = fc.constantFrom(
    '\u0000', '\u0001', '\b', '\t', '\n', '\r', '\u001b', '\u001f', ' ', '"', '\\', '/', 'a', 'é', '\u007e', '\u007f', '\u0080',
    '\u009b', '\u009f', '\u00a0', '\u2027', '\u2028', '\u2029', '\u202a', '\u202e', '\u202f', '\u2065', '\u2066', '\u2069', '\u206a',
    '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\ufeff', '\uffff',
  );
  const hostile = fc.oneof(
    fc.string({ unit: hostileUnit, maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constant(''),
    fc.tuple(fc.string({ unit: hostileUnit, maxLength: 3 }), fc.nat(20_000)).map(([s, n]) => `${'x'.repeat(n)}${s}${'y'.repeat(n % 7)}`),
  );
  const nullable = fc.option(hostile, { nil: null });
  const strings = fc.array(hostile, { maxLength: 4 });
  const number = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e21, 5e-324, Number.NaN, Number.POSITIVE_INFINITY));
  const scenario = fc.record({
    label: hostile, title: hostile, text: hostile, likelihood: nullable,
    likelihoodRange: fc.option(fc.tuple(number, number), { nil: null }),
    indicators: strings,
    indicatorStates: fc.array(fc.record({
      text: hostile, status: fc.constantFrom('observed', 'not-observed', 'unclear', null), asOf: nullable, note: nullable,
    }), { maxLength: 3 }),
    impact: nullable, labelDerived: fc.boolean(),
  });
  const briefJSONValue: fc.Arbitrary<BriefJSON> = fc.record({
    schemaVersion: fc.constant(1), id: hostile, path: hostile, title: hostile, date: nullable, author: strings, source: nullable,
    region: strings, tags: strings, status: fc.constantFrom('draft', 'review', 'published'), keyQuestion: nullable, summary: hostile,
    sections: fc.array(fc.record({ heading: hostile, kind: hostile, text: hostile }), { maxLength: 3 }),
    scenarios: fc.array(scenario, { maxLength: 3 }),
    recommendations: fc.array(fc.record({
      text: hostile, done: fc.boolean(), group: nullable, mark: fc.constantFrom('recommended', 'not-recommended', null),
    }), { maxLength: 3 }),
    conclusion: nullable, intro: nullable, url: nullable, updated: nullable,
  });

  it('writes what the general formatter writes for generated BriefJSON values, hostile strings and nulls included', () => {
    fc.assert(fc.property(briefJSONValue, (value) => {
      expect(formatBriefEntry(value)).toBe(formatJSONArrayItem(value));
    }), { numRuns: RUNS });
  });

  it('declines a value outside the JSON shape (undefined, a number for text), which JSON.stringify would write otherwise', () => {
    const value = briefJSON(parseBrief((variedBriefText as (i: number) => string)(1), 'briefs/1.md').brief);
    expect(formatBriefEntry(value)).not.toBeNull();
    for (const broken of [{ ...value, source: undefined }, { ...value, title: 7 }, { ...value, tags: [undefined] }, { ...value, tags: 'a' }]) {
      expect(formatBriefEntry(broken as unknown as BriefJSON)).toBeNull();
    }
  });
});
