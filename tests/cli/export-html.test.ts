import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from '../helpers/browser.js';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

const doc = (html: string) => (parseHTML(html) as unknown as { document: { title: string; querySelectorAll(s: string): ArrayLike<{ textContent: string; getAttribute(n: string): string | null }> } }).document;

describe('export --format html', () => {
  it('prints one page to stdout, and writes it to -o', async () => {
    const r = await runCli(['export', 'istanbul-talks', '--format', 'html']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy"/);
    expect(doc(r.stdout).title).toBe('Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul');
    const dir = makeTree({});
    const w = await runCli(['export', 'istanbul-talks', '--format', 'html', '--paper', 'letter', '-o', join(dir, 'page.html')]);
    expect(w).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toMatch(/@page \{ size: letter;/);
    expect(readdirSync(dir)).toEqual(['page.html']);
  });

  it('refuses --json with --format html (exit 2)', async () => {
    const r = await runCli(['export', 'istanbul-talks', '--format', 'html', '--json']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('brief: --json and --format html cannot be combined; choose one\n');
  });

  it('--all writes a page per brief and an index linking them, newest first, with relative links', async () => {
    const briefs = makeTree({
      'old.md': briefText().replace('date: 2025-03-01', 'date: 2024-01-01'),
      'new.md': briefText().replace('A test brief', 'New <one>'),
      'en/same.md': briefText(), 'fr/same.md': briefText(),
    });
    const out = makeTree({});
    const r = await runCli(['--dir', briefs, 'export', '--all', '--format', 'html', '-o', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(out).sort()).toEqual(['en.same.html', 'fr.same.html', 'index.html', 'new.html', 'old.html']);
    const index = doc(readFileSync(join(out, 'index.html'), 'utf8'));
    const links = Array.from(index.querySelectorAll('tbody a')).map((a) => a.getAttribute('href'));
    expect(links.at(-1)).toBe('old.html');
    expect(links.sort()).toEqual(['en.same.html', 'fr.same.html', 'new.html', 'old.html']);
    expect(Array.from(index.querySelectorAll('tbody td')).map((td) => td.textContent)).toContain('New <one>');
    expect(doc(readFileSync(join(out, 'new.html'), 'utf8')).title).toBe('New <one>');
  });

  it('--all names an unreadable brief, writes the others, and exits 1', async () => {
    const briefs = makeTree({ 'good.md': briefText(), 'bad.md': '---\ntitle: [\n---\n' });
    const out = makeTree({});
    const r = await runCli(['--dir', briefs, 'export', '--all', '--format', 'html', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.md:\d+: .*\(skipped\)/);
    expect(readdirSync(out).sort()).toEqual(['good.html', 'index.html']);
  });

  it('--all needs -o naming an existing folder, and creates none (exit 2)', async () => {
    const dir = makeTree({ 'file.html': 'keep' });
    const none = await runCli(['export', '--all', '--format', 'html']);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toMatch(/give the folder with -o <folder>/);
    const missing = await runCli(['export', '--all', '--format', 'html', '-o', join(dir, 'site')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/folder ".*site" does not exist \(it is not created\)/);
    expect(existsSync(join(dir, 'site'))).toBe(false);
    const file = await runCli(['export', '--all', '--format', 'html', '-o', join(dir, 'file.html')]);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/is not a folder/);
    expect(readFileSync(join(dir, 'file.html'), 'utf8')).toBe('keep');
  });
});

describe.skipIf(skipBrowserTests('tests/cli/export-html.test.ts'))('export --format pdf', () => {
  it('prints the page to -o, A4 by default, and to a stdout that is not a terminal', async () => {
    const dir = makeTree({});
    const r = await runCli(['export', 'baltic-cable-sabotage', '--format', 'pdf', '-o', join(dir, 'b.pdf')], { env: { BRIEF_CHROME: process.env.BRIEF_CHROME } });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const pdf = readFileSync(join(dir, 'b.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
    const piped = await runCli(['export', 'baltic-cable-sabotage', '--format', 'pdf', '--paper', 'letter'], { env: { BRIEF_CHROME: process.env.BRIEF_CHROME } });
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('%PDF-')).toBe(true);
    expect(piped.stdout).toMatch(/\/MediaBox \[0 0 612 792\]/);
  }, 60_000);
});

describe('export --format pdf: refusals', () => {
  it('refuses to write a PDF to a terminal (exit 2), before looking for a browser', async () => {
    const r = await runCli(['export', 'istanbul-talks', '--format', 'pdf'], { tty: {}, env: { BRIEF_CHROME: '/nonexistent/chrome' } });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('brief: a PDF is binary and stdout is a terminal: give -o <file.pdf>, or redirect stdout to a file\n');
  });

  it('names the browser it could not run in one line, and leaves the target untouched (exit 1)', async () => {
    const dir = makeTree({ 'b.pdf': 'old' });
    const r = await runCli(['export', 'istanbul-talks', '--format', 'pdf', '-o', join(dir, 'b.pdf')], { env: { BRIEF_CHROME: '/nonexistent/chrome' } });
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe('brief: cannot run /nonexistent/chrome (ENOENT): set BRIEF_CHROME to a Chromium or Chrome\n');
    expect(readFileSync(join(dir, 'b.pdf'), 'utf8')).toBe('old');
  });

  it('prints one brief only: --all is refused with the way to export many (exit 2)', async () => {
    const r = await runCli(['export', '--all', '--format', 'pdf', '-o', makeTree({})]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format pdf prints one brief; for every brief use --all --format html -o <folder>/);
  });
});
