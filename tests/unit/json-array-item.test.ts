/**
 * formatJSONArrayItem, which stringifies the item inside an array to have it indented, against the
 * formatting it replaced (formatJSON, trimmed, indented by a second pass): the same bytes, on the
 * entries of `export --all --json` for real and generated briefs, and on BriefJSON and other JSON
 * values made to be hard to write.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import type { Brief } from '../../src/brief/model.js';
import { briefJSON, formatJSONArrayItem, type BriefJSON } from '../../src/render/json.js';
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

/** The formatting export and the JSON writers used before, kept here as the reference. */
function formattedBefore(value: unknown): string {
  const json = JSON.stringify(value, null, 2)
    .replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `  ${`${json}\n`.trimEnd().replace(/\n/g, '\n  ')}`;
}

function expectSameEntry(brief: Brief): void {
  const value = briefJSON(brief);
  expect(formatJSONArrayItem(value)).toBe(formattedBefore(value));
}

describe('formatJSONArrayItem', () => {
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
  // ASCII alone, DEL and controls included: formatJSON's escapes are skipped only for ASCII text.
  const asciiHostile = fc.string({ unit: fc.constantFrom('a', ' ', '"', '\\', '\n', '\u0000', '\u001b', '\u007e', '\u007f'), maxLength: 20 });
  function briefJSONOf(text: fc.Arbitrary<string>): fc.Arbitrary<BriefJSON> {
    const nullable = fc.option(text, { nil: null });
    const strings = fc.array(text, { maxLength: 4 });
    const number = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e21, 5e-324, Number.NaN, Number.POSITIVE_INFINITY));
    const scenario = fc.record({
      label: text, title: text, text: text, likelihood: nullable,
      likelihoodRange: fc.option(fc.tuple(number, number), { nil: null }),
      indicators: strings,
      indicatorStates: fc.array(fc.record({
        text: text, status: fc.constantFrom('observed', 'not-observed', 'unclear', null), asOf: nullable, note: nullable,
      }), { maxLength: 3 }),
      impact: nullable, labelDerived: fc.boolean(),
    });
    return fc.record({
      schemaVersion: fc.constant(1), id: text, path: text, title: text, date: nullable, author: strings, source: nullable,
      region: strings, tags: strings, status: fc.constantFrom('draft', 'review', 'published'), keyQuestion: nullable, summary: text,
      sections: fc.array(fc.record({ heading: text, kind: text, text: text }), { maxLength: 3 }),
      scenarios: fc.array(scenario, { maxLength: 3 }),
      recommendations: fc.array(fc.record({
        text: text, done: fc.boolean(), group: nullable, mark: fc.constantFrom('recommended', 'not-recommended', null),
      }), { maxLength: 3 }),
      conclusion: nullable, intro: nullable, url: nullable, updated: nullable,
    });
  }

  it('writes what the general formatter writes for generated BriefJSON values, hostile strings and nulls included', () => {
    fc.assert(fc.property(fc.oneof(briefJSONOf(hostile), briefJSONOf(asciiHostile)), (value) => {
      expect(formatJSONArrayItem(value)).toBe(formattedBefore(value));
    }), { numRuns: RUNS });
  });

  it('writes what the general formatter writes for any JSON value, hostile strings included', () => {
    const value = fc.letrec((tie) => ({
      item: fc.oneof({ depthSize: 'small' }, hostile, fc.constant(null), fc.boolean(), fc.double(),
        fc.array(tie('item'), { maxLength: 4 }), fc.dictionary(hostile, tie('item'), { maxKeys: 4 })),
    })).item;
    fc.assert(fc.property(value, (v) => {
      expect(formatJSONArrayItem(v)).toBe(formattedBefore(v));
    }), { numRuns: RUNS });
  });
});
