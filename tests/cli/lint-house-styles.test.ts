/**
 * `brief lint` on the house-styles corpus (tests/fixtures/house-styles, README "Notes for lint"):
 * the findings of the rules that read prose and structure (web-boilerplate, the estimative
 * rules, section-missing) are exactly the true ones, each listed with why it is true.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintBrief } from '../../src/lint/engine.js';
import type { LintMessage } from '../../src/lint/types.js';
import { makeTree, ROOT, runCli } from '../helpers/cli.js';

const CORPUS = 'tests/fixtures/house-styles';
const RULES = /^(?:web-boilerplate|estimative-hedge|estimative-mixed-scale|confidence-with-likelihood|section-missing)$/;
const read = (name: string): string => readFileSync(join(ROOT, CORPUS, name), 'utf8');

/** `file:line rule` of every finding of these rules, README.md left out (it is the corpus's notes, not a brief). */
async function corpusFindings(): Promise<string[]> {
  const r = await runCli(['lint', '--format', 'json', CORPUS]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as LintMessage[])
    .filter((m) => RULES.test(m.rule) && !m.file.endsWith('README.md'))
    .map((m) => `${m.file.slice(CORPUS.length + 1)}:${m.line} ${m.rule}`);
}

/** Every true finding of these rules in the corpus; nothing else may be reported. */
const TRUE_FINDINGS = [
  // "We assess with high confidence that ... and it is very likely to continue": both in one sentence.
  'baltic-gnss-jamming.md:13 confidence-with-likelihood',
  // An explainer: no scenarios and no recommendations.
  'ceasefire-monitoring-explainer.md:1 section-missing',
  'ceasefire-monitoring-explainer.md:1 section-missing',
  // A forecasting note: no recommendations.
  'cyprus-bailout-forecast.md:1 section-missing',
  // A blog post: no recommendations; its footer, "Posted by ... at 9:14 PM" to "Subscribe to: Post Comments (Atom)".
  'essequibo-dispute-blog.md:1 section-missing',
  'essequibo-dispute-blog.md:26 web-boilerplate',
  // The WordPress footer, "Share this:" with its list of services to "Related".
  'lebanon-banking-reform.md:44 web-boilerplate',
  // No scenarios (its one recommendation is the Q&A box's "What should be done?").
  'mekong-water-diplomacy.md:1 section-missing',
  // "possibly with a joint technical committee", in scenario 1 of the list under "PART-IV: Outlook".
  'nile-dam-diversion.md:33 estimative-hedge',
  // "possibly a second Somali port", in scenario 1.
  'red-sea-ports-competition.md:32 estimative-hedge',
  // "most probably" (row 2) judges scenario 3; "the most likely" (row 1, line 20) judges scenario 1.
  'red-sea-ports-competition.md:68 estimative-mixed-scale',
  // "perhaps because it contradicts ...", in "5. Discussion of the scenarios".
  'south-caucasus-gas-corridor-2025.md:56 estimative-hedge',
];

describe('brief lint tests/fixtures/house-styles', () => {
  it('reports exactly the true findings of web-boilerplate, the estimative rules and section-missing', async () => {
    expect(await corpusFindings()).toEqual(TRUE_FINDINGS);
  });

  it('finds no empty scenario: a named list item\'s text is what follows its name', async () => {
    const r = await runCli(['lint', '--format', 'json', CORPUS]);
    expect((JSON.parse(r.stdout) as LintMessage[]).filter((m) => m.rule === 'scenario-empty').map((m) => m.file)).toEqual([]);
  });

  it('finds no mixed scale where "probable" describes the method ("a probable range of outcomes")', async () => {
    const found = await corpusFindings();
    expect(found.filter((f) => f.startsWith('cyprus-bailout-forecast.md') && f.includes('estimative'))).toEqual([]);
    expect(found.filter((f) => f.startsWith('south-caucasus-gas-corridor-2025.md') && f.includes('mixed-scale'))).toEqual([]);
  });

  it('honours the brief-lint-disable-next-line directive of taiwan-strait-quarantine, reason included', () => {
    const text = read('taiwan-strait-quarantine.md');
    const rules = (t: string): string[] => lintBrief(t, 'taiwan-strait-quarantine.md').map((m) => `${m.line} ${m.rule}`);
    expect(rules(text).filter((r) => r.includes('estimative'))).toEqual([]);
    const without = text.replace(/<!-- brief-lint-disable-next-line[^\n]*\n/, '');
    // The quoted "not improbable" is another assessment's words, not the writer's: no mixed scale.
    expect(rules(without).filter((r) => r.includes('estimative'))).toEqual([]);
    // Unquoted, it sits beside "unlikely" as a mixed scale on line 35, which the directive silences.
    const unquote = (t: string): string => t.replace('"not improbable"', 'not improbable');
    expect(rules(unquote(without))).toContain('35 estimative-mixed-scale');
    expect(rules(unquote(text)).filter((r) => r.includes('estimative'))).toEqual([]);
  });

  it('--fix removes the whole Blogger and WordPress footers and nothing else (but the free labels of unlabelled scenarios)', async () => {
    const dir = makeTree({});
    for (const name of ['essequibo-dispute-blog.md', 'lebanon-banking-reform.md']) copyFileSync(join(ROOT, CORPUS, name), join(dir, name));
    const r = await runCli(['lint', '--fix', '--format', 'json', dir]);
    expect((JSON.parse(r.stdout) as LintMessage[]).filter((m) => m.rule === 'web-boilerplate')).toEqual([]);
    const blogger = read('essequibo-dispute-blog.md');
    expect(readFileSync(join(dir, 'essequibo-dispute-blog.md'), 'utf8')).toBe(blogger.slice(0, blogger.indexOf('\n\nPosted by') + 1));
    const wordpress = read('lebanon-banking-reform.md');
    const labelled = wordpress.replace('### Muddling through', '### A. Muddling through')
      .replace('### A belated deal', '### B. A belated deal').replace('### Disorderly failure', '### C. Disorderly failure');
    expect(readFileSync(join(dir, 'lebanon-banking-reform.md'), 'utf8')).toBe(labelled.slice(0, labelled.indexOf('\r\n\r\nShare this:') + 2));
  });
});
