/** Runs the CLI: in this process against the sources (runCli), or the built bin as a subprocess, piped or in a pseudo-terminal. */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { testIO } from '../../src/cli/test-io.js';
import { tempDir } from './temp.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/brief.js');
export const BRIEFS = join(ROOT, 'briefs');

export interface Result { code: number; stdout: string; stderr: string }

/** A clean environment: no colour forcing, no pager, no BRIEF_DIR from the developer's shell. */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', TERM: 'xterm-256color' };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** Runs the built bin (bin/brief.js and the bundle) as a subprocess: for process-level behaviour. */
export function runBin(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; nodeArgs?: string[] } = {}): Promise<Result> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd ?? ROOT, env: baseEnv(options.env), maxBuffer: 64 * 1024 * 1024, encoding: 'utf8',
    }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/**
 * Runs the CLI in this process against the sources: main(argv, testIO), as gh's tests run
 * their commands. Piped output (no terminal) unless `tty` says otherwise; relative paths are
 * resolved from `cwd`, as a shell started there would.
 */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; tty?: { columns?: number; rows?: number }; input?: string | Uint8Array } = {}): Promise<Result> {
  const cwd = options.cwd ?? ROOT;
  const io = testIO({
    env: baseEnv(options.env),
    cwd,
    stdoutIsTTY: options.tty !== undefined,
    columns: options.tty?.columns ?? 80,
    rows: options.tty?.rows ?? 24,
    input: options.input,
  });
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args, io);
    return { code, stdout: io.stdout, stderr: io.stderr };
  } finally {
    process.chdir(previous);
  }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs the CLI in a real pseudo-terminal with `script` (util-linux), sized cols x rows.
 * Returns what the terminal received (stdout and stderr together) and the exit code.
 */
export function runInTerminal(args: string[], options: { cols?: number; rows?: number; env?: Record<string, string | undefined>; cwd?: string; input?: string } = {}): Result {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const command = `stty cols ${cols} rows ${rows}; ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: options.cwd ?? ROOT, env: baseEnv(options.env), encoding: 'utf8', input: options.input ?? '', timeout: 20_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout.replace(/\r\n/g, '\n'), stderr: result.stderr };
}

/** A fresh temporary folder with the given files (path -> content), removed after the test file. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('brief-test-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A minimal valid brief, with overrides spliced into the frontmatter and body. */
export function briefText(options: { front?: string; body?: string } = {}): string {
  return `---\ntitle: A test brief\ndate: 2025-03-01\nauthor: Tester\n${options.front ?? ''}---\n\n${options.body ?? '## Summary\n\nThe bottom line.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Do it.\n'}`;
}

/** Visible text: colour and other escape sequences removed. */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g, '');
}
