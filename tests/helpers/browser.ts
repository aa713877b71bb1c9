/**
 * What the browser tests need from the machine: a Chromium (found as `export --format pdf` finds
 * it) and poppler's pdftotext/pdfinfo/pdftoppm. Without them the tests are skipped with the
 * reason printed, except under CI=true, where they run and fail: CI must not pass untested.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../src/cli/chromium.js';

/** The browser, when one is found and can be run ($BRIEF_CHROME naming nothing counts as none). */
export const CHROMIUM = ((found) => {
  try { if (found !== null) accessSync(found, constants.X_OK); return found; } catch { return null; }
})(findChromium(process.env));
const POPPLER = ['pdftotext', 'pdfinfo', 'pdftoppm'].every((tool) => {
  try { execFileSync(tool, ['-v'], { stdio: 'ignore' }); return true; } catch { return false; }
});
const CI = process.env.CI === 'true';

/** Why the browser tests cannot run here, or null. Printed once per test file that asks. */
function missing(needs: { poppler?: boolean }): string | null {
  const lacks = [...(CHROMIUM ? [] : ['Chromium (install chromium or set BRIEF_CHROME)']),
    ...(needs.poppler && !POPPLER ? ['poppler-utils (pdftotext, pdfinfo, pdftoppm)'] : [])];
  return lacks.length === 0 ? null : `no ${lacks.join(' and no ')}`;
}

/**
 * True when the tests that need a browser (and poppler) should be skipped: only outside CI. Under
 * CI the reason is returned to a failing assertion instead (see `requireBrowser`).
 */
export function skipBrowserTests(file: string, needs: { poppler?: boolean } = {}): boolean {
  const reason = missing(needs);
  if (reason === null || CI) return false;
  console.warn(`SKIPPED ${file}: ${reason}; CI=true makes this a failure`);
  return true;
}

/** In beforeAll: fails the tests under CI when the browser or poppler is missing. Returns the browser. */
export function requireBrowser(needs: { poppler?: boolean } = {}): string {
  const reason = missing(needs);
  if (reason !== null) throw new Error(`browser tests cannot run: ${reason}`);
  return CHROMIUM as string;
}

/**
 * The system Chromium driven by playwright-core (which downloads no browser), with the flags
 * printPdf uses to keep a headless browser off the network on its own account, so any request
 * a test sees comes from the page.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireBrowser(),
    args: ['--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** A page's file written where a browser can open it, as its file:// URL. */
export function pageFile(dir: string, name: string, html: string): string {
  const path = join(dir, name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}
