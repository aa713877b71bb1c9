/**
 * `brief diff` of a retitled brief: the title is what readers and the index know the brief by,
 * so a new one is a difference (exit 1) shown first, as the key question's change is shown;
 * `--check`, about likelihoods that moved unexplained, is not failed by it.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli, visible } from '../helpers/cli.js';

const TITLE = 'Shipping Risks in the Strait of Hormuz';

const version = (title: string, keyQuestion = 'Will shipping through the strait be disrupted this quarter?') => `---
title: ${title}
date: 2026-01-05
author: A. Analyst
key_question: ${keyQuestion}
scenarios:
  A: {likelihood: likely}
---

# Shipping Risks in the Strait of Hormuz

## Scenarios

### A. Shipping continues under harassment

Seizures continue at the present rate.

## Recommendations

- [ ] Brief the shipping desk weekly.
`;

/** `brief diff old.md new.md ...` in a folder holding the two versions, named as given. */
async function diff(before: string, after: string, ...args: string[]) {
  const dir = makeTree({ 'old.md': before, 'new.md': after });
  return runCli(['diff', 'old.md', 'new.md', ...args], { cwd: dir });
}

/** Colour sequences taken out, and only those: anything else left is a control that reached the terminal. */
// eslint-disable-next-line no-control-regex
const withoutColour = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('brief diff: a retitled brief', () => {
  const retitled = version(`${TITLE} and the Gulf of Oman`);

  it('piped: a Title word diff as git marks it, exit 1, though no judgement changed', async () => {
    const r = await diff(version(TITLE), retitled);
    expect(r).toEqual({ code: 1, stderr: '', stdout: `old.md -> new.md\n\nTitle\n  ${TITLE} {+and the Gulf of Oman+}\n` });
    const replaced = await diff(version(TITLE), version('Shipping Risks in the Gulf'));
    expect(replaced.stdout).toContain('\nTitle\n  Shipping Risks in the [-Strait of Hormuz-]{+Gulf+}\n');
  });

  it('in a terminal: the Title heading and its added words in colour, no markers', async () => {
    const dir = makeTree({ 'old.md': version(TITLE), 'new.md': retitled });
    const r = await runCli(['diff', 'old.md', 'new.md'], { cwd: dir, tty: { columns: 100 } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\u001b\[32mOman\u001b\[39m/);
    expect(visible(r.stdout)).toContain(`\nTitle\n  ${TITLE} and the Gulf of Oman\n`);
    expect(visible(r.stdout)).not.toContain('{+');
  });

  it('comes first, before the key question', async () => {
    const r = await diff(version(TITLE), version('Gulf Shipping', 'Will the Gulf stay open?'));
    expect(r.code).toBe(1);
    const headings = r.stdout.split('\n').filter((l) => /^\S/.test(l));
    expect(headings).toEqual(['old.md -> new.md', 'Title', 'Key question']);
  });

  it('--json: title with old, new and the word runs, the shape keyQuestion has; valid against brief schema diff', async () => {
    const r = await diff(version(TITLE), retitled, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.title).toEqual({
      old: TITLE, new: `${TITLE} and the Gulf of Oman`,
      words: [{ op: 'same', text: TITLE }, { op: 'added', text: 'and the Gulf of Oman' }],
    });
    expect(json).toMatchObject({ same: false, keyQuestion: null, summary: null, conclusion: null, scenarios: [], recommendations: [], unexplained: [] });
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse((await runCli(['schema', 'diff'])).stdout));
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    // The key question changed too: both keys filled, each with its own words.
    const both = JSON.parse((await diff(version(TITLE), version('Gulf Shipping', 'Will the Gulf stay open?'), '--json')).stdout);
    expect(validate(both), ajv.errorsText(validate.errors)).toBe(true);
    expect(Object.keys(both.title)).toEqual(Object.keys(both.keyQuestion));
  });

  it('--json title selects it alone', async () => {
    const r = await diff(version(TITLE), retitled, '--json', 'title');
    expect(r.code).toBe(1);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['title']);
  });

  it('unchanged, or changed only in spacing as the key question is: title null, exit 0, nothing printed', async () => {
    for (const same of [TITLE, TITLE.replace(' in ', '   in ')]) {
      expect(await diff(version(TITLE), version(same)), same).toEqual({ code: 0, stdout: '', stderr: '' });
      const json = await diff(version(TITLE), version(same), '--json', 'title,same');
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual({ title: null, same: true });
    }
  });

  it('changed only in letter case: a change, as for the key question', async () => {
    const r = await diff(version(TITLE), version(TITLE.toLowerCase(), 'will shipping through the strait be disrupted this quarter?'));
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => /^\S/.test(l))).toEqual(['old.md -> new.md', 'Title', 'Key question']);
  });

  it('--check: a new title alone is no unexplained move: exit 0, nothing printed', async () => {
    expect(await diff(version(TITLE), retitled, '--check')).toEqual({ code: 0, stdout: '', stderr: '' });
    // And a move still fails it beside a retitle.
    const moved = await diff(version(TITLE), retitled.replace('A: {likelihood: likely}', 'A: {likelihood: unlikely}'), '--check');
    expect(moved.code).toBe(1);
    expect(moved.stdout).toMatch(/^new\.md:7: scenario A: likelihood likely -> unlikely/);
  });

  it('a title with escape sequences: none reaches the terminal or a pipe; JSON keeps it exact, escaped', async () => {
    const hostile = version('"Shipping \\x1b[2J\\x1b]0;pwned\\x07Risks\\x9b31m in the Strait"');
    const piped = await diff(version(TITLE), hostile);
    expect(piped.code).toBe(1);
    expect(piped.stdout).toContain('\nTitle\n');
    expect(piped.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const dir = makeTree({ 'old.md': version(TITLE), 'new.md': hostile });
    const tty = await runCli(['diff', 'old.md', 'new.md'], { cwd: dir, tty: { columns: 100 } });
    expect(tty.code).toBe(1);
    expect(withoutColour(tty.stdout)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(withoutColour(tty.stdout)).toContain('\nTitle\n');
    const json = await diff(version(TITLE), hostile, '--json', 'title');
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).title.new).toBe('Shipping \u001b[2J\u001b]0;pwned\u0007Risks\u009b31m in the Strait');
  });
  it('two files with no title written go by their names: old.md and new.md are not a retitle', async () => {
    const untitled = version(TITLE).replace(/^title: .*\n/m, '').replace(/^# .*\n\n/m, '');
    expect(await diff(untitled, untitled)).toEqual({ code: 0, stdout: '', stderr: '' });
    // A blank title is no title: the brief goes by its file name just the same.
    for (const blank of ['title:', 'title: ""', 'title: "  "']) {
      const named = untitled.replace('---\n', `---\n${blank}\n`);
      expect(await diff(named, named), blank).toEqual({ code: 0, stdout: '', stderr: '' });
    }
    // A title written on one side is a change from the name the other went by.
    const given = await diff(untitled, version(TITLE), '--json', 'title');
    expect(JSON.parse(given.stdout).title).toMatchObject({ old: 'old', new: TITLE });
  });
});
