/**
 * The house-styles corpus (tests/fixtures/house-styles/README.md): every brief, read as a careful
 * human reader would, against its expected structure.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';

const ROOT = fileURLToPath(new URL('../fixtures/house-styles/', import.meta.url));

interface Expected {
  forms: string[];
  title: string;
  date: string;
  summaryStart: string | null;
  scenarios: Array<{ label: string; title: string; labelDerived: boolean }>;
  recommendations: Array<{ text: string; group: string | null; mark: string | null; done: boolean }>;
  conclusionStart: string | null;
}

function briefsUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return briefsUnder(path);
    return name.endsWith('.md') && name !== 'README.md' ? [path] : [];
  });
}

const cases = briefsUnder(ROOT).map((path) => {
  const rel = relative(ROOT, path).replace(/\\/g, '/');
  return { rel, path, expected: JSON.parse(readFileSync(path.replace(/\.md$/, '.expected.json'), 'utf8')) as Expected };
});

describe('house-styles corpus', () => {
  it('has at least 20 briefs, each with an expected structure', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$rel', ({ rel, path, expected }) => {
    const { brief, problems } = parseBrief(readFileSync(path, 'utf8'), `briefs/${rel}`);
    expect(problems.filter((p) => p.fatal)).toEqual([]);
    const start = (text: string | null): string | null => (text === null || text === '' ? null : text.slice(0, 60));
    expect({
      title: brief.title,
      date: brief.date,
      summaryStart: start(brief.summary),
      scenarios: brief.scenarios.map((s) => ({ label: s.label, title: s.title, labelDerived: s.labelDerived })),
      recommendations: brief.recommendations.map((r) => ({ text: r.text, group: r.group, mark: r.mark, done: r.done })),
      conclusionStart: start(brief.conclusion),
    }).toEqual({
      title: expected.title,
      date: expected.date,
      summaryStart: expected.summaryStart,
      scenarios: expected.scenarios,
      recommendations: expected.recommendations,
      conclusionStart: expected.conclusionStart,
    });
  });
});
