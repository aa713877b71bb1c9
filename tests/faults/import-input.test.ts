/**
 * `brief import` on hostile or odd input: one line naming the file, exit 1, nothing written,
 * and quickly; never a stack overflow, never a brief that other commands refuse to read.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH } from '../../src/import/html-limits.js';
import { makeTree, runCli } from '../helpers/cli.js';
import { makeZip } from '../helpers/zip.js';

const WORDS = Array.from({ length: 80 }, (_, i) => `word${i % 7 === 0 ? '.' : ''}`).join(' ').replace(/\d/g, '');
const page = (inner: string): string => `<!doctype html><html><head><title>Nested</title></head><body><article><h1>Nested</h1><p>${WORDS}</p>${inner}</article></body></html>`;

/** Imports the files' `name` into a fresh briefs folder; the folder's files after it. */
async function importFile(files: Record<string, string | Uint8Array>, name: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string; written: string[] }> {
  const dir = makeTree({ ...files, 'briefs/.keep': '' });
  const r = await runCli(['import', name, '--dir', 'briefs', ...args], { cwd: dir });
  return { ...r, written: readdirSync(join(dir, 'briefs')).filter((f) => f !== '.keep') };
}

function expectRefused(r: { code: number; stderr: string; written: string[] }, pattern: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(pattern);
  expect(r.stderr).not.toMatch(/unexpected error/);
  expect(r.written).toEqual([]);
}

describe('brief import: deeply nested web pages', () => {
  it('refuses 20,000 nested <div> before parsing, quickly, naming the file and the limit', async () => {
    const started = Date.now();
    const r = await importFile({ 'nest.html': page(`${'<div>'.repeat(20_000)}<p>${WORDS}</p>${'</div>'.repeat(20_000)}`) }, 'nest.html');
    expectRefused(r, new RegExp(`^brief: nest\\.html:1: elements are nested more than ${MAX_HTML_DEPTH} deep .*; nothing written$`));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses 200,000 nested <b> in one paragraph', async () => {
    const r = await importFile({ 'b.html': page(`<p>${'<b>'.repeat(200_000)}x</p>`) }, 'b.html');
    expectRefused(r, /nested more than \d+ deep \(<b> inside/);
  });

  it('refuses thousands of elements each hundreds deep, though none passes the depth limit', async () => {
    const block = `${'<div>'.repeat(200)}<span>x</span>${'</div>'.repeat(200)}`;
    const r = await importFile({ 'many.html': page(block.repeat(40)) }, 'many.html');
    expectRefused(r, /many\.html:1: too many deeply nested elements/);
  });

  it('does not count unclosed <p>, <li>, <td>, void elements, self-closing SVG, comments or script text', async () => {
    const inner = [
      `<p>${WORDS}`.repeat(600),
      '<ul>', '<li>item'.repeat(600), '</ul>',
      '<table>', '<tr><td>cell'.repeat(600), '</table>',
      '<br><hr><wbr>'.repeat(600),
      `<svg>${'<path d="M0 0"/>'.repeat(600)}</svg>`,
      `<!-- ${'<div>'.repeat(600)} -->`,
      `<script>var s = "${'<div>'.repeat(600)}";</script>`,
      `<div title="${'<div>'.repeat(600)}">quoted</div>`,
    ].join('\n');
    const r = await importFile({ 'old.html': page(inner) }, 'old.html', ['-o', '-']);
    expect(r.stderr).toMatch(/^brief: imported old\.html/);
    expect(r.code).toBe(0);
  });

  it('counts <div/> as an open element, as the HTML parser does', async () => {
    const r = await importFile({ 'slash.html': page('<div/>'.repeat(MAX_HTML_DEPTH + 10)) }, 'slash.html');
    expectRefused(r, /nested more than/);
  });

  it('imports a page nested just within the limit', async () => {
    const depth = MAX_HTML_DEPTH - 10;
    const r = await importFile({ 'deep.html': page(`${'<div>'.repeat(depth)}<p>${WORDS}</p>${'</div>'.repeat(depth)}`) }, 'deep.html', ['-o', '-']);
    expect(r.code).toBe(0);
  });
});

describe('brief import: encodings', () => {
  const text = 'Border Talks Resume\n\nThe two governments met again this week, and both said the talks would go on.\n';
  for (const [name, encode] of [
    ['LE', (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['BE', (s: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ] as const) {
    it(`reads UTF-16 ${name} with its byte-order mark`, async () => {
      const r = await importFile({ 'a.txt': encode(text) }, 'a.txt', ['-o', '-']);
      expect(r.stderr).not.toMatch(/binary/);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('title: Border Talks Resume');
      expect(r.stdout).toContain('both said the talks would go on.');
    });
  }

  it('gives the line of invalid UTF-8, as show does', async () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: T\n---\n\n# T\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
    const r = await importFile({ 'lat.md': bytes }, 'lat.md');
    expectRefused(r, /^brief: lat\.md:7: invalid UTF-8 at byte offset \d+; save the file as UTF-8; nothing written$/);
  });
});

describe('brief import: never a brief other commands refuse', () => {
  it('refuses a line longer than the reader reads', async () => {
    const r = await importFile({ 'long.txt': `A Long Line\n\n${'word '.repeat(30_000)}\n` }, 'long.txt');
    expectRefused(r, /^brief: long\.txt: the brief would not be read: its line \d+: line is \d+ characters long; lines over 100000 are not read/);
  });

  it('refuses input whose brief would pass the reader\'s 4 MiB', async () => {
    const body = 'A paragraph of words that goes on.\n\n'.repeat(120_000).slice(0, 4 * 1024 * 1024 - 10);
    const r = await importFile({ 'big.md': `# Big\n\n${body}` }, 'big.md');
    expectRefused(r, /^brief: big\.md: the brief would be 4\.0 MiB; briefs over 4 MiB are not read; nothing written$/);
  });
});

describe('brief import: errors in its own words', () => {
  it('says a zip without word/document.xml is not a Word document', async () => {
    const r = await importFile({ 'x.docx': makeZip({ 'hello.txt': 'hi' }) }, 'x.docx');
    expectRefused(r, /^brief: x\.docx: not a Word document \(no word\/document\.xml\); nothing written$/);
  });

  it('refuses Markdown with only frontmatter, as text with only a title', async () => {
    const r = await importFile({ 'fm.md': '---\ntitle: Only FM\n---\n' }, 'fm.md');
    expectRefused(r, /^brief: fm\.md: no article text in it/);
  });

  it('--dry-run works without a briefs directory, and writes nothing', async () => {
    const dir = makeTree({ 'a.txt': 'Border Talks Resume\n\nThe two governments met again this week, and both said the talks would go on.\n' });
    const r = await runCli(['import', 'a.txt', '--dry-run', '--dir', 'none'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('title: Border Talks Resume');
    expect(existsSync(join(dir, 'none'))).toBe(false);
  });
});
