import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findChromium, installPaths, printPdf } from '../../src/cli/chromium.js';
import { requireBrowser, skipBrowserTests } from '../helpers/browser.js';

const folders: string[] = [];
// Captured once: some tests point TMPDIR at a folder that must stay empty.
const TMP = tmpdir();
function folder(): string {
  const dir = mkdtempSync(join(TMP, 'brief-chromium-'));
  folders.push(dir);
  return dir;
}
afterEach(() => { for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** An executable shell script at dir/name (a stand-in browser). */
function program(dir: string, name: string, script = 'exit 0'): string {
  const path = join(dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('findChromium', () => {
  it('takes $BRIEF_CHROME as given, even when it names nothing, so the error can name it', () => {
    expect(findChromium({ BRIEF_CHROME: '/nowhere/my-chrome', PATH: '' })).toBe('/nowhere/my-chrome');
  });

  it('looks a bare $BRIEF_CHROME name up on PATH', () => {
    const bin = folder();
    const path = program(bin, 'my-chrome');
    expect(findChromium({ BRIEF_CHROME: 'my-chrome', PATH: bin })).toBe(path);
  });

  it('finds the usual names on PATH in order, skipping files that are not executable', () => {
    const first = folder();
    const second = folder();
    writeFileSync(join(first, 'chromium'), 'not a program');
    const chrome = program(first, 'google-chrome');
    const chromium = program(second, 'chromium');
    expect(findChromium({ PATH: `${first}:${second}` }, 'linux')).toBe(chromium);
    rmSync(chromium);
    expect(findChromium({ PATH: `${first}:${second}` }, 'linux')).toBe(chrome);
  });

  it('never takes a browser from a relative PATH entry (the current folder)', () => {
    const dir = folder();
    program(dir, 'chromium');
    const previous = process.cwd();
    process.chdir(dir);
    try {
      // Not found on PATH: the answer, if any, is a Mac's install path, never ./chromium.
      const found = findChromium({ PATH: '.::bin' }, 'darwin');
      expect(found === null || found.startsWith('/Applications/')).toBe(true);
    } finally {
      process.chdir(previous);
    }
  });

  it('finds a macOS app in ~/Applications', () => {
    const home = folder();
    const app = program(join(home, 'Applications/Google Chrome.app/Contents/MacOS'), 'Google Chrome');
    const found = findChromium({ HOME: home, PATH: '' }, 'darwin');
    // One in /Applications comes first on a Mac that has one.
    expect(found === app || found?.startsWith('/Applications/')).toBe(true);
  });

  it('knows where Windows installs Chrome, Chromium and Edge', () => {
    // Checked as paths: this POSIX test machine has no C: drive.
    const paths = installPaths('win32', { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' });
    expect(paths).toContain('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('returns null when there is none', () => {
    expect(findChromium({ PATH: '' }, 'win32')).toBeNull();
  });
});

describe('printPdf with stand-in browsers', () => {
  let tmp: string;
  let previousTmp: string | undefined;
  // printPdf's private folder goes in os.tmpdir(): a fresh one shows it is removed.
  // Its name has shell syntax in it: passed without a shell, the paths arrive whole and inert.
  beforeEach(() => {
    tmp = join(folder(), `a b $(touch pwned) 'q'`);
    mkdirSync(tmp);
    previousTmp = process.env.TMPDIR; process.env.TMPDIR = tmp;
  });
  afterEach(() => { if (previousTmp === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = previousTmp; });

  it('names a browser that cannot be run', async () => {
    await expect(printPdf('<p>x</p>', { chromium: '/nowhere/chrome', paper: 'a4' }))
      .rejects.toThrow(/^cannot run \/nowhere\/chrome \(ENOENT\): set BRIEF_CHROME/);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('gives one line with the exit status and the last real error line', async () => {
    const fake = program(folder(), 'chrome', `echo '[1:2:ERROR:dbus/bus.cc(405)] Failed to connect to the bus' >&2
echo '[1:2:ERROR:headless.cc(9)] Unable to open page' >&2
echo '[1:2:ERROR:dbus/bus.cc(405)] Failed again' >&2
exit 3`);
    const error = await printPdf('<p>x</p>', { chromium: fake, paper: 'a4' }).catch((e: Error) => e);
    expect((error as Error).message).toBe(`${fake} failed (exit 3) printing the PDF: Unable to open page`);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('stops a browser that hangs', async () => {
    const fake = program(folder(), 'chrome', 'exec sleep 30');
    const started = Date.now();
    await expect(printPdf('<p>x</p>', { chromium: fake, paper: 'a4', timeout: 500 }))
      .rejects.toThrow(`${fake} took longer than 1 s printing the PDF`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('refuses a browser that exits 0 without writing a PDF', async () => {
    const fake = program(folder(), 'chrome', 'exit 0');
    await expect(printPdf('<p>x</p>', { chromium: fake, paper: 'a4' })).rejects.toThrow(`${fake} wrote no PDF`);
  });

  it('passes the flags without a shell: a page path with shell characters is one argument', async () => {
    // The stand-in writes a PDF where --print-to-pdf says and records its arguments.
    const log = join(folder(), 'args');
    const fake = program(folder(), 'chrome', `for a in "$@"; do printf '%s\\n' "$a"; done > '${log}'
out=$(printf '%s\\n' "$@" | sed -n 's/^--print-to-pdf=//p')
printf '%%PDF-1.4\\n/MediaBox [0 0 595 842]\\n' > "$out"`);
    const pdf = await printPdf('<p>x</p>', { chromium: fake, paper: 'a4' });
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/^%PDF-1\.4/);
    const args = execFileSync('cat', [log], { encoding: 'utf8' }).trim().split('\n');
    expect(args).toEqual(expect.arrayContaining(['--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-pdf-header-footer']));
    expect(args.includes('--no-sandbox')).toBe(process.getuid?.() === 0);
    const profile = args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';
    expect(dirname(profile).startsWith(`${tmp}/brief-pdf-`) && basename(profile) === 'profile').toBe(true);
    expect(args.at(-1)).toBe(pathToFileURL(join(dirname(profile), 'page.html')).href);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(dirname(tmp))).toEqual([basename(tmp)]);
  });
});

const skip = skipBrowserTests('tests/unit/chromium.test.ts (printPdf in Chromium)', { poppler: true });

describe.skipIf(skip)('printPdf in the real Chromium', () => {
  let chromium: string;
  beforeAll(() => { chromium = requireBrowser({ poppler: true }); });

  const page = (paper: string, body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<style>@page { size: ${paper}; margin: 15mm } body { font: 12pt sans-serif }</style></head><body>${body}</body></html>`;

  function pdfFacts(pdf: Uint8Array): { text: string; info: string } {
    const file = join(folder(), 'out.pdf');
    writeFileSync(file, pdf);
    return { text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }), info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }) };
  }

  it('prints the page on the paper its CSS @page asks for, with its text and no header or footer', async () => {
    const a4 = pdfFacts(await printPdf(page('A4', '<h1>Scénario A: talks collapse</h1>'), { chromium, paper: 'a4' }));
    expect(a4.info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(a4.info).toMatch(/Pages:\s+1\n/);
    expect(a4.text).toContain('Scénario A: talks collapse');
    // --no-pdf-header-footer: no date, title or file:// URL printed in the margins.
    expect(a4.text).not.toMatch(/file:|page\.html|\d+\/\d+\/\d+/);
    const letter = pdfFacts(await printPdf(page('letter', '<p>Letter</p>'), { chromium, paper: 'letter' }));
    expect(letter.info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('fails instead of printing on the wrong paper when the page sets none', async () => {
    // Chromium's own default is Letter; the page below asks for A4.
    await expect(printPdf(page('letter', '<p>x</p>'), { chromium, paper: 'a4' }))
      .rejects.toThrow(/printed 612 x 792 pt pages, not A4/);
  });

  it('leaves no temporary folder behind', async () => {
    const tmp = folder();
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      await printPdf(page('A4', '<p>x</p>'), { chromium, paper: 'a4' });
    } finally {
      if (previous === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = previous;
    }
    expect(readdirSync(tmp)).toEqual([]);
  });
});
