/**
 * `brief import`'s metadata from what a new user imports first: a Jekyll or Hugo post, text
 * pasted from a think tank's or a wire service's page (site chrome, title, byline and date on
 * consecutive lines), a news page's byline with the agency, the time and a role in it. Each
 * fixture in tests/fixtures/import/metadata has the frontmatter it must give, word for word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT, runCli } from '../helpers/cli.js';

const DIR = join(ROOT, 'tests/fixtures/import/metadata');
const inputs = readdirSync(DIR).filter((f) => !f.endsWith('.expected.yaml')).sort();

async function importFixture(name: string): Promise<{ front: string; body: string; stderr: string }> {
  const r = await runCli(['import', join(DIR, name), '-o', '-']);
  expect(r.code, r.stderr).toBe(0);
  const end = r.stdout.indexOf('\n---\n', 4);
  return { front: r.stdout.slice(4, end + 1), body: r.stdout.slice(end + 5), stderr: r.stderr };
}

describe('brief import: the frontmatter of each fixture', () => {
  it('has a fixture of every kind', () => {
    expect(new Set(inputs.map((f) => f.split('.').pop()))).toEqual(new Set(['md', 'txt', 'html']));
  });

  for (const name of inputs) {
    it(name, async () => {
      const expected = readFileSync(join(DIR, name.replace(/\.[a-z]+$/, '.expected.yaml')), 'utf8');
      expect((await importFixture(name)).front).toBe(expected);
    });
  }
});

describe('brief import: what the metadata lines leave in the body', () => {
  it('Hugo\'s authors are the author: lint no longer asks for one, and no "authors" key is left', async () => {
    const dir = makeTree({ 'briefs/.keep': '' });
    expect((await runCli(['import', join(DIR, 'hugo-post.md'), '--id', 'kinmen'], { cwd: dir })).code).toBe(0);
    const written = readFileSync(join(dir, 'briefs/kinmen.md'), 'utf8');
    expect(written).not.toMatch(/^authors:/m);
    const findings = JSON.parse((await runCli(['lint', '--format', 'json'], { cwd: dir })).stdout) as Array<{ message: string }>;
    expect(findings.filter((f) => /author/.test(f.message))).toEqual([]);
  });

  it('tags with commas split at them; a list of author mappings gives each name; authors beside author stay a key of their own', async () => {
    const dir = makeTree({ 'post.md': '---\ntitle: T\nauthor:\n  - name: Ana Lima\n  - name: Rui Costa\nauthors: [Site Team]\ntags: gray zone, Taiwan\n---\n\nText.\n' });
    const r = await runCli(['import', 'post.md', '-o', '-'], { cwd: dir });
    expect(r.stdout).toMatch(/^---\ntitle: T\nauthor:\n {2}- Ana Lima\n {2}- Rui Costa\ntags: \[gray zone, Taiwan\]\nstatus: draft\nauthors:\n {2}- Site Team\n---\n/);
  });

  it('site chrome, the share buttons and the related links leave the pasted text; the authors\' note stays', async () => {
    for (const name of ['pasted-site-chrome.txt', 'pasted-site-chrome-spaced.txt']) {
      const { body, stderr } = await importFixture(name);
      for (const gone of ['Skip to main content', 'Menu', 'Search', '›', 'POLICY BRIEF', 'COMMENTARY', 'min read', 'Share', 'Tweet', 'Email', 'Related', 'Simandou', 'Mali after Wagner', '\nBy ']) {
        expect(body, `${name}: ${gone}`).not.toContain(gone);
      }
      expect(body).toMatch(/^(?:## )?About the authors?$/m);
      expect(stderr).toContain('dropped:         "site navigation", "breadcrumbs", "page label", "reading time", "share buttons", "related links" (web-page boilerplate)');
    }
  });

  it('a wire story loses its credits and standards line, and keeps its dateline', async () => {
    const { body, stderr } = await importFixture('pasted-wire.txt');
    expect(body).toContain('\nRIGA, Oct 3 (Reuters) - Latvia closed part of its airspace');
    expect(body).not.toContain('Reporting by');
    expect(body).not.toContain('Our Standards');
    expect(body).not.toContain('GMT');
    expect(stderr).toContain('"news agency footer"');
  });

  it('a web page\'s byline leaves the body once read, date and all; so do the wire\'s credits', async () => {
    expect((await importFixture('pipe-byline.html')).body).not.toContain('By Anna Kask');
    const wire = await importFixture('wire-byline.html');
    expect(wire.body).toContain('HELSINKI, Sept 22 (Reuters) - Finland');
    expect(wire.body).not.toContain('Reporting by');
    expect(wire.stderr).toContain('"news agency footer"');
    expect((await importFixture('role-byline.html')).body).not.toContain('Senior Fellow');
  });
});
