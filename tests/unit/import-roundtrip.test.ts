/**
 * Round trip: every shipped brief and every brief of the house-styles corpus, rendered to a web page
 * with marked (the frontmatter's title as <h1>, the body in <article>) and imported back, reads as
 * the same brief: the same scenarios, recommendations and summary. What the HTML path writes is
 * what the structure reader knows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/import/html.js';
import { parseBrief } from '../../src/brief/parse.js';
import { ROOT } from '../helpers/cli.js';

const files = [
  ...readdirSync(join(ROOT, 'briefs')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'briefs', f)),
  ...readdirSync(join(ROOT, 'tests/fixtures/house-styles'), { recursive: true }).map(String)
    .filter((f) => f.endsWith('.md') && !f.endsWith('README.md')).map((f) => join(ROOT, 'tests/fixtures/house-styles', f)),
];

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a reader of the brief relies on: the parts the other commands show. */
function structure(text: string, path: string) {
  const { brief } = parseBrief(text, path);
  return {
    scenarios: brief.scenarios.map((s) => ({ label: s.label, title: s.title })),
    recommendations: brief.recommendations.map((r) => ({ text: r.text, group: r.group })),
    summary: brief.summary,
  };
}

describe('a brief rendered to HTML and imported back', () => {
  it('covers the shipped briefs and the corpus', () => expect(files.length).toBeGreaterThan(20));

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, path) => {
    const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    const front = /^---\n[\s\S]*?\n---\n/.exec(text)![0];
    const title = parseBrief(text, path).brief.title;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>`
      + `<article><h1>${escape(title)}</h1>${new Marked().parse(text.slice(front.length), { async: false })}</article></body></html>`;
    const article = htmlToArticle(html, {});
    const imported = `${front}\n${article.body}\n`;
    expect(structure(imported, path)).toEqual(structure(text, path));
  });
});
