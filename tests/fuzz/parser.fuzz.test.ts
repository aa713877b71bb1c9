/**
 * Property-based fuzzing of the parser and the lint engine (fast-check). `npm test` runs a few
 * hundred cases; `npm run fuzz` runs FUZZ_RUNS (10,000) of each. A failure prints its seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, parseBrief, parseBriefMeta } from '../../src/brief/parse.js';
import { lintBrief } from '../../src/lint/engine.js';
import { RULE_IDS } from '../../src/lint/rules/index.js';
import { cleanText } from '../../src/text/sanitize.js';
import { renderText } from '../../src/render/text.js';
import { renderSummary, renderChecklist } from '../../src/render/views.js';
import { plainStyle } from '../../src/render/style.js';
import { inlineText, plainWithoutSyntax } from '../../src/brief/markdown.js';
import { Lexer } from 'marked';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Time for RUNS cases: about 0.4 ms each for the slowest property, with room to spare. */
const TIMEOUT = Math.max(30_000, RUNS * 2);

/** Pieces briefs are made of, hostile ones included, so random joins hit the interesting paths. */
const piece = fc.oneof(
  fc.constantFrom(
    '---', '---js', '--- yaml', '...', 'title: T', 'title: "\\e[2J"', 'date: 2025-11-08', 'date: 2025-13-45', 'date: 2020-10-02 11:00:00 +0000',
    'author: [A, B]', 'tags: a, b', 'status: final', 'scenarios:', '  A: {likelihood: likely}', '  b:', '    likelihood: 0.35',
    '    indicators: [x]', '  __proto__: {x: 1}', 'summary: It may rain.', 'a: &a [1,2]', 'b: *a', '[unclosed', '"unclosed',
    '# Title', '## Summary', '## Bottom line', '## Scenarios', '## Possible Scenarios', '## Recommendations', '## Conclusion',
    '### A. First', '### B) Second', '### Scenario C: Third', '### 1 - Fourth', '### no label', '#### deeper',
    '- [ ] task', '- [x] done', '1. one', '  - nested', '> quote', '```', '~~~', '    code', '<!-- brief-lint-disable -->',
    '<!-- brief-lint-disable-next-line estimative-hedge -->', 'Leave a Reply', 'Back to top button', 'likely (30%)',
    'We assess with high confidence that it is likely.', '| a | b |', '|---|---|', '***', '', '', '',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('\u001b', '[', ']', '\u0007', '\u009b', '\u202e', '\r', '\n', '\t', '\u0000', '\uFEFF', '*', '_', '`', '#', '>', '-', ':', '|'), maxLength: 30 }),
);
// The line ending is part of the case, so a failure replays from its seed.
const briefLike = fc.tuple(fc.array(piece, { maxLength: 60 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));
const anyText = fc.oneof(briefLike, fc.string({ maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 300 }));

function lineCount(text: string): number {
  return normaliseText(text).split('\n').length;
}

describe('parser fuzz', () => {
  it('never throws, and keeps the model\'s invariants', () => {
    fc.assert(fc.property(anyText, (text) => {
      const { brief, problems } = parseBrief(text, 'briefs/fuzz.md');
      const lines = lineCount(text);
      const within = (n: number | null | undefined) => n === null || n === undefined || (Number.isInteger(n) && n >= 1 && n <= lines);
      // Labels are unique and well-formed.
      const labels = brief.scenarios.map((s) => s.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const l of labels) expect(l).toMatch(/^(?:[A-Z]|\d+)$/);
      // Every line is within the file.
      for (const p of problems) expect(within(p.line)).toBe(true);
      for (const s of brief.sections) { expect(within(s.line)).toBe(true); expect(within(s.endLine)).toBe(true); expect(s.endLine).toBeGreaterThanOrEqual(s.line); }
      for (const s of brief.scenarios) expect(within(s.line)).toBe(true);
      for (const h of brief.scenarioHeadings) expect(within(h.line)).toBe(true);
      for (const r of brief.recommendations) expect(within(r.line)).toBe(true);
      for (const line of Object.values(brief.frontmatter.keyLines)) expect(within(line)).toBe(true);
      expect(within(brief.summaryLine)).toBe(true);
      expect(within(brief.displayTitle?.line)).toBe(true);
      // Types hold.
      expect(typeof brief.title).toBe('string');
      expect(brief.date === null || /^\d{4}-\d{2}-\d{2}$/.test(brief.date)).toBe(true);
      for (const list of [brief.author, brief.region, brief.tags]) expect(list.every((x) => typeof x === 'string')).toBe(true);
      // The frontmatter-only reader agrees with the full parser on metadata.
      const { meta } = parseBriefMeta(text, 'briefs/fuzz.md');
      expect([meta.date, meta.author, meta.tags, meta.status]).toEqual([brief.date, brief.author, brief.tags, brief.status]);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('renders to text with no control characters, whatever the input', () => {
    fc.assert(fc.property(briefLike, (text) => {
      const { brief, problems } = parseBrief(text, 'briefs/fuzz.md');
      if (problems.some((p) => p.fatal)) return;
      for (const out of [renderText(brief), renderSummary(brief, { style: plainStyle, width: 60 }), renderChecklist(brief.recommendations, { style: plainStyle, width: null })]) {
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('text without inline syntax skips the inline lexer and gets the same plain text', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '  ', '\n', '\t', '.', ',', '-', '#', '(', ')', ':', '"', "'", '1', 'é', '東',
      'http://x.y/z', 'www.a.com', 'a@b.co', '*', '_', '`', '[', ']', '!', '<', '&amp;', '\\', '~', '|', '+', '=', '>');
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      const fast = plainWithoutSyntax(text);
      if (fast === null) return;
      const slow = inlineText(new Lexer().inlineTokens(text)).split('\n').map((l) => l.trim()).join('\n').trim();
      expect(fast).toBe(slow);
    }), { numRuns: RUNS * 10 });
  }, TIMEOUT);

  it('cleanText is idempotent and leaves no control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
      expect(once).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

describe('lint engine fuzz', () => {
  it('never throws, and every message is valid', () => {
    fc.assert(fc.property(anyText, (text) => {
      const messages = lintBrief(text, 'briefs/fuzz.md', { rules: { 'indicators-missing': 'warn' } });
      const lines = lineCount(text);
      for (const m of messages) {
        expect(RULE_IDS).toContain(m.rule);
        expect(['error', 'warning']).toContain(m.severity);
        expect(Number.isInteger(m.line) && m.line >= 1 && m.line <= lines).toBe(true);
        expect(Number.isInteger(m.column) && m.column >= 1).toBe(true);
        expect(m.message.length).toBeGreaterThan(0);
        // A rule that threw is reported as "rule failed": that must never happen.
        expect(m.message).not.toContain('rule failed');
      }
      const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
      expect(messages.map((m) => [m.line, m.column])).toEqual(sorted.map((m) => [m.line, m.column]));
    }), { numRuns: RUNS });
  }, TIMEOUT);
});
