/**
 * Printing a page to PDF with a Chromium already on the machine (`export --format pdf`). brief
 * bundles and downloads no browser: it looks for one ($BRIEF_CHROME, then the usual names and
 * install paths) and runs it headless, without a shell, on a copy of the page in a private
 * temporary folder that is always removed.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanLine } from '../text/sanitize.js';
import { BriefError } from './errors.js';
import { pendingTempFiles } from './temp-files.js';

export type Paper = 'a4' | 'letter';

/** Names looked up on PATH, most specific first. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
const WINDOWS_NAMES = ['chrome', 'msedge', 'chromium'];

/** Install paths that are often not on PATH (macOS apps, Windows programs, /opt), in order. */
export function installPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const roots = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => posix.join(root, app)));
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramFiles, env['ProgramFiles(x86)']]
      .filter((root): root is string => root !== undefined && root !== '');
    const programs = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe'];
    return [...new Set(roots)].flatMap((root) => programs.map((program) => win32.join(root, program)));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome',
    '/snap/bin/chromium', '/opt/google/chrome/chrome', '/usr/local/bin/chromium'];
}

function isExecutableFile(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    // Windows has no execute bit: an existing .exe is enough.
    if (platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` looked up on PATH as a shell would, without running one (`name.exe` on Windows). */
function onPath(name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null {
  const paths = platform === 'win32' ? win32 : posix;
  const folders = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':');
  // Only programs: a .cmd or .bat would need a shell to run.
  const extensions = platform === 'win32' ? ['.exe'] : [''];
  for (const folder of folders) {
    // An empty or relative PATH entry means the current folder to a shell: never run a browser from there.
    if (!paths.isAbsolute(folder)) continue;
    for (const extension of extensions) {
      const candidate = paths.join(folder, name + extension);
      if (isExecutableFile(candidate, platform)) return candidate;
    }
  }
  return null;
}

/**
 * The Chromium (or Chrome, or Edge) to print with: $BRIEF_CHROME when set (a path, or a name
 * looked up on PATH), else the first of the usual names on PATH, else the usual install paths.
 * A $BRIEF_CHROME that names nothing runnable is still returned, so the error names it.
 */
export function findChromium(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | null {
  const chosen = env.BRIEF_CHROME?.trim();
  if (chosen) {
    const isName = !chosen.includes('/') && !(platform === 'win32' && chosen.includes('\\'));
    return (isName ? onPath(chosen, env, platform) : null) ?? chosen;
  }
  for (const name of platform === 'win32' ? WINDOWS_NAMES : NAMES) {
    const found = onPath(name, env, platform);
    if (found) return found;
  }
  return installPaths(platform, env).find((path) => isExecutableFile(path, platform)) ?? null;
}

/** The error for a machine without a browser: what to install, or how to point brief at one. */
export function chromiumMissingMessage(): string {
  return 'no Chromium or Chrome found for --format pdf: install one (Debian/Ubuntu: apt install chromium; '
    + 'macOS: brew install --cask chromium; Windows: Chrome or Edge), or set BRIEF_CHROME to its path; '
    + '--format html needs no browser';
}

export interface PrintOptions {
  chromium: string;
  paper: Paper;
  /** How long Chromium may take, in milliseconds. */
  timeout?: number;
  /** The environment Chromium runs with (the process's by default). */
  env?: NodeJS.ProcessEnv;
}

/** Page sizes in PostScript points, as a PDF's MediaBox gives them. */
const PAPER_POINTS: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

/**
 * Flags for a headless print that works without network, display, D-Bus or a user profile:
 * nothing phones home (sync, component updates, background requests), the profile is a fresh
 * folder, and the sandbox is turned off only for root, where Chromium refuses to start with it.
 */
export function chromiumFlags(profile: string, asRoot: boolean): string[] {
  return [
    '--headless', ...(asRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-quic', '--no-first-run',
    '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-extensions', '--disable-dev-shm-usage', '--mute-audio', `--user-data-dir=${profile}`,
  ];
}

/**
 * The page printed to PDF by headless Chromium. The paper size is the page's CSS `@page size`
 * (Chromium's --print-to-pdf follows it); `paper` is checked against the PDF's first page, so a
 * page or a browser that ignores it fails here instead of printing on the wrong paper.
 */
export async function printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'brief-pdf-'));
  pendingTempFiles.add(folder);
  try {
    const page = join(folder, 'page.html');
    const output = join(folder, 'page.pdf');
    await writeFile(page, html, { mode: 0o600 });
    const args = [...chromiumFlags(join(folder, 'profile'), process.getuid?.() === 0),
      `--print-to-pdf=${output}`, '--no-pdf-header-footer', pathToFileURL(page).href];
    await run(options.chromium, args, options.timeout ?? 60_000, options.env ?? process.env);
    const pdf = await readFile(output).catch(() => null);
    if (pdf === null || !pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) {
      throw new BriefError(`${cleanLine(options.chromium)} wrote no PDF`);
    }
    checkPaper(pdf, options.paper, options.chromium);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    pendingTempFiles.delete(folder);
  }
}

function checkPaper(pdf: Buffer, paper: Paper, chromium: string): void {
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  if (!box) return;
  const [width, height] = [Number(box[1]), Number(box[2])];
  const [expectedWidth, expectedHeight] = PAPER_POINTS[paper];
  if (Math.abs(width - expectedWidth) > 2 || Math.abs(height - expectedHeight) > 2) {
    throw new BriefError(`${cleanLine(chromium)} printed ${Math.round(width)} x ${Math.round(height)} pt pages, `
      + `not ${paper === 'a4' ? 'A4' : 'Letter'}: it ignored the page's CSS @page size`);
  }
}

/** Runs Chromium without a shell; a failure becomes one line naming the browser and the cause. */
function run(chromium: string, args: string[], timeout: number, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // Killing the browser process is enough: its renderer and GPU processes end with it.
    execFile(chromium, args, { env, timeout, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, windowsHide: true },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const name = cleanLine(chromium);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EACCES') {
          return reject(new BriefError(`cannot run ${name} (${code}): set BRIEF_CHROME to a Chromium or Chrome`));
        }
        const cause = error.killed ? `took longer than ${Math.round(timeout / 1000)} s` : `failed (${describeExit(error)})`;
        const detail = lastMeaningfulLine(String(stderr));
        reject(new BriefError(`${name} ${cause} printing the PDF${detail ? `: ${detail}` : ''}`));
      });
  });
}

function describeExit(error: Error & { code?: unknown; signal?: unknown }): string {
  if (typeof error.signal === 'string' && error.signal !== '') return `killed by ${error.signal}`;
  return typeof error.code === 'number' ? `exit ${error.code}` : error.message;
}

/** Chromium's last error line worth showing: not its D-Bus and GPU chatter of a headless machine. */
function lastMeaningfulLine(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter((line) => line !== ''
    && !/dbus|Fontconfig|GPU|gpu_|viz_|bytes written to file/i.test(line));
  const last = lines.at(-1) ?? '';
  // "[pid:tid:time:ERROR:file.cc(12)] message" -> "message"
  const message = last.replace(/^\[[^\]]*\]\s*/, '');
  return cleanLine(message).slice(0, 200);
}
