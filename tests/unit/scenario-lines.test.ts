/**
 * scenarioLines looks up each scenario's section and the next scenario by binary search. It must
 * give what the scan it replaced gave, kept here as the reference, on briefs that mix every form
 * a scenario takes: level-2 sections, headings, list items, lead-ins, lists after a lead-in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/brief/model.js';
import { parseBrief } from '../../src/brief/parse.js';
import { scenarioLines } from '../../src/brief/scenario-lines.js';
import { ROOT } from '../helpers/cli.js';

/** Generated cases a property: `FUZZ_RUNS=100000 npx vitest run` tries more. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
/** Time for RUNS cases, with room to spare. */
const TIMEOUT = Math.max(30_000, RUNS * 20);

/** The implementation before: a scan of the scenarios and of the sections for each scenario. */
function scenarioLinesByScan(brief: Pick<Brief, 'scenarios' | 'sections'>): Array<{ label: string; from: number; to: number }> {
  const starts = brief.scenarios.map((s) => s.line).sort((a, b) => a - b);
  return brief.scenarios.map((s) => {
    const section = brief.sections.find((sec) => s.line >= sec.line && s.line <= sec.endLine);
    const next = starts.find((l) => l > s.line);
    let to = Math.min(section?.endLine ?? Infinity, next !== undefined ? next - 1 : Infinity);
    if (s.form === 'list' || s.form === 'lead-in' || to === Infinity) to = Math.min(to, s.line + s.markdown.trim().split('\n').length);
    return { label: s.label, from: s.line, to };
  });
}

function expectSame(text: string): Brief {
  // Each side gets a brief of its own: the lazy fields it reads are then its own work.
  const ours = scenarioLines(parseBrief(text, 'x.md').brief);
  const { brief } = parseBrief(text, 'x.md');
  expect(ours, text.slice(0, 600)).toEqual(scenarioLinesByScan(brief));
  return brief;
}

const FRONT = '---\ntitle: T\ndate: 2025-01-01\nauthor: A\n---\n\n';

/** One block of a body; `n` is a label, so labels repeat now and then (a repeated one is dropped from scenarios). */
const BLOCKS: Array<[weight: number, make: (n: number, word: string) => string]> = [
  [4, (n) => `## Scenario ${n}: Section form`],
  [1, (_, word) => `## Scenario ${word}: Section with a spelt label`],
  [3, () => '## Scenarios'],
  [1, () => '## Other scenarios'],
  [1, () => '## Background'],
  [1, () => '## Recommendations\n\n- Act.'],
  [6, (n) => `### ${n}. Heading form`],
  [1, (_, word) => `### Scenario ${word} - Heading with a dash`],
  [1, () => '### Drivers'],
  [1, () => '#### Implications'],
  [4, (n) => `- **${n}. Listed.** Item text`],
  [2, (n) => `- **${n}. Listed.** Item text\n  that runs on.\n- plain item`],
  [2, (n) => `1. Scenario #${n}: Reform. Numbered item.`],
  [4, (n) => `**Scenario ${n}: Bold lead.** Lead-in text.`],
  [2, (_, word) => `**${word}. Lead.** Lead-in text\non two lines.`],
  [1, () => 'We see three scenarios:\n\n1. Thaw. Talks resume.\n2. Freeze. Nothing moves.\n3. Break. Fighting.'],
  [3, () => 'Plain paragraph.'],
  [1, () => '```\n### 9. Not a heading in code\n```'],
  [1, () => '> **Scenario 8: Quoted.** Not the writer\'s.'],
  [1, () => ''],
];
const block = fc.tuple(fc.integer({ min: 1, max: 300 }), fc.constantFrom('A', 'b', 'II', '#3', 'Two'))
  .chain(([n, word]) => fc.oneof(...BLOCKS.map(([weight, make]) => ({ weight, arbitrary: fc.constant(make(n, word)) }))));

const body = fc.array(block, { maxLength: 80, size: 'large' }).map((blocks) => FRONT + blocks.join('\n\n') + '\n');

/** `n` scenarios in the four forms, a quarter each, labels 1..n. */
function manyScenarios(n: number): string {
  const parts: string[] = [FRONT];
  let label = 1;
  const quarter = Math.floor(n / 4);
  for (let i = 0; i < quarter; i += 1) parts.push(`## Scenario ${label++}: Section form\n\nText of the section.\n`);
  parts.push('## Scenarios\n');
  for (let i = 0; i < quarter; i += 1) parts.push(`### ${label++}. Heading form\n\nText under the heading.\n`);
  parts.push('## Other scenarios\n');
  for (let i = 0; i < quarter; i += 1) parts.push(`- **${label++}. Listed.** Item text\n  that continues.`);
  parts.push('');
  while (label <= n) parts.push(`**${label++}. Lead.** Lead-in text.\n`);
  parts.push('## Recommendations\n\n- Act.\n');
  return parts.join('\n');
}

describe('scenarioLines', () => {
  it('gives what the scan gave on briefs that mix every form', () => {
    fc.assert(fc.property(body, (text) => { expectSame(text); }), { numRuns: RUNS });
  }, TIMEOUT);

  it('gives what the scan gave on the shipped briefs and the house styles', () => {
    const dirs = [join(ROOT, 'briefs'), join(ROOT, 'tests/fixtures/house-styles')];
    const files = dirs.flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(e.parentPath, e.name)));
    expect(files.length).toBeGreaterThan(20);
    let scenarios = 0;
    for (const file of files) scenarios += expectSame(readFileSync(file, 'utf8')).scenarios.length;
    expect(scenarios).toBeGreaterThan(50);
  });

  it('gives what the scan gave on a brief of 5,000 scenarios in every form', () => {
    const brief = expectSame(manyScenarios(5000));
    expect(brief.scenarios.length).toBe(5000);
    expect(new Set(brief.scenarios.map((s) => s.form))).toEqual(new Set(['section', 'heading', 'list', 'lead-in']));
  });
});
