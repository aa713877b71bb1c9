/**
 * parseBrief's `eager` option computes the text fields during the parse instead of on first
 * read. Export relies on it giving the same brief: the same fields, in the same order, with the
 * same values, and the same problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
// @ts-expect-error: the bench generators are plain ES modules without types
import { briefText } from '../bench/generate.mjs';
// @ts-expect-error: as above
import { variedBriefText } from '../bench/generate-varied.mjs';

const ROOT = join(import.meta.dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Every own enumerable field, getters read, nested objects included (JSON keeps key order), and
 * the problems as they stand right after the parse, before any field is read.
 */
function read(text: string, path: string, eager: boolean): { problems: string; brief: string } {
  const { brief, problems } = parseBrief(text, path, { eager });
  const before = JSON.stringify(problems);
  const all = JSON.stringify(brief);
  expect(JSON.stringify(problems), `${path}: reading the fields added problems`).toBe(before);
  // Lint and the renderers read these, and they are not in the JSON of the brief's own fields.
  const headings = JSON.stringify(brief.scenarioHeadings.map((h) => [h.text, h.markdown]));
  const markdown = JSON.stringify([brief.sections.map((s) => s.markdown), brief.scenarios.map((s) => s.markdown)]);
  return { problems: before, brief: all + headings + markdown };
}

function expectSame(text: string, path: string): void {
  expect(read(text, path, true), path).toEqual(read(text, path, false));
}

describe('parseBrief({ eager: true }) gives the brief the lazy parse gives', () => {
  it('on the shipped briefs, the fixtures (broken and hostile ones included) and the house styles', () => {
    const files = [...markdownFiles(join(ROOT, 'briefs')), ...markdownFiles(join(ROOT, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expectSame(readFileSync(file, 'utf8'), file);
  });

  it('on generated briefs of both bench corpora', () => {
    for (let i = 0; i < 300; i += 1) {
      expectSame((briefText as (i: number) => string)(i), `u/${i}.md`);
      expectSame((variedBriefText as (i: number) => string)(i), `v/${i}.md`);
    }
  });

  it('on a brief the parse refuses, and on an empty file', () => {
    for (const text of ['---\ntitle: [unclosed\n---\n# Body\n', '', '---\n---\n', `# T\n\n${'*'.repeat(5000)}\n`]) expectSame(text, 'x.md');
  });

  it('computes the fields during the parse: the brief holds values, not getters', () => {
    const text = readFileSync(join(ROOT, 'briefs', readdirSync(join(ROOT, 'briefs')).find((f) => f.endsWith('.md'))!), 'utf8');
    const eager = parseBrief(text, 'b.md', { eager: true }).brief;
    const lazy = parseBrief(text, 'b.md').brief;
    expect(Object.getOwnPropertyDescriptor(eager, 'summary')).toHaveProperty('value');
    expect(Object.getOwnPropertyDescriptor(eager.sections[0], 'text')).toHaveProperty('value');
    expect(Object.getOwnPropertyDescriptor(lazy, 'summary')).toHaveProperty('get');
  });
});
