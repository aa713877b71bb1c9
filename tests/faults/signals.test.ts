/**
 * SIGTERM and SIGHUP in the middle of a write (issue 16, finding 13): like Ctrl-C, they remove
 * the temporary file of an unfinished write and end brief with 128 + the signal's number; every
 * file is whole, old or new. 20 runs each: the moment the signal lands varies from run to run.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, BRIEFS, baseEnv } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const RUNS = 20;
const seed = readFileSync(join(BRIEFS, 'istanbul-talks.md'), 'utf8');
const FOOTER = '\nLeave a Reply\n\nBack to top button\n';
const CODES = { SIGTERM: 143, SIGHUP: 129 } as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const temporary = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** Starts the CLI, calls `ready` until it says the write is under way, then sends `signal`. */
async function interrupt(args: string[], signal: keyof typeof CODES, ready: () => boolean): Promise<{ code: number | null; signal: string | null }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: baseEnv(), stdio: 'ignore' });
  const closed = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('close', (code, sig) => r({ code, signal: sig })));
  for (let i = 0; i < 1000 && !ready() && child.exitCode === null; i += 1) await sleep(5);
  // A little later each time, so the signal lands at different points of the write.
  await sleep(Math.floor(Math.random() * 60));
  child.kill(signal);
  return closed;
}

describe.each(Object.keys(CODES) as Array<keyof typeof CODES>)('%s (finding 13)', (signal) => {
  it(`during lint --fix on 2,000 briefs: exit ${CODES[signal]}, no temporary file, every brief whole (${RUNS} runs)`, async () => {
    const dir = tempDir('brief-signal-fix-');
    const first = join(dir, 'b-0.md');
    let interrupted = 0;
    for (let i = 0; i < 2000; i += 1) writeFileSync(join(dir, `b-${i}.md`), seed + FOOTER);
    for (let run = 0; run < RUNS; run += 1) {
      // Under way once the first file (first in the sorted order) is fixed.
      const result = await interrupt(['lint', '--fix', dir], signal, () => readFileSync(first, 'utf8') === seed);
      expect(result).toEqual({ code: CODES[signal], signal: null });
      expect(temporary(dir)).toEqual([]);
      const files = readdirSync(dir);
      expect(files).toHaveLength(2000);
      const contents = files.map((f) => readFileSync(join(dir, f), 'utf8'));
      expect(contents.every((c) => c === seed || c === seed + FOOTER)).toBe(true);
      if (contents.some((c) => c !== seed)) interrupted += 1;
      // Fixable again for the next run.
      files.forEach((f, i) => { if (contents[i] === seed) writeFileSync(join(dir, f), seed + FOOTER); });
    }
    // The signal came before the end in most runs (else this tested nothing).
    expect(interrupted).toBeGreaterThan(RUNS / 2);
  }, 240_000);

  it(`during export --all -o over an old archive: exit ${CODES[signal]}, no temporary file, the archive old or whole (${RUNS} runs)`, async () => {
    const briefs = tempDir('brief-signal-briefs-');
    for (let i = 0; i < 640; i += 1) writeFileSync(join(briefs, `b-${i}.md`), seed.replace(/^title: .*$/m, `title: Brief ${i}`));
    const out = tempDir('brief-signal-out-');
    const archive = join(out, 'archive.json');
    const old = '[{"id":"old"}]\n';
    let interrupted = 0;
    for (let run = 0; run < RUNS; run += 1) {
      writeFileSync(archive, old);
      // Under way once the temporary file exists.
      const result = await interrupt(['export', '--all', '--json', '--dir', briefs, '-o', archive], signal, () => temporary(out).length > 0);
      expect(result).toEqual({ code: CODES[signal], signal: null });
      expect(readdirSync(out)).toEqual(['archive.json']);
      const text = readFileSync(archive, 'utf8');
      if (text === old) interrupted += 1;
      else expect(JSON.parse(text)).toHaveLength(640);
    }
    expect(interrupted).toBeGreaterThan(RUNS / 2);
  }, 240_000);
});
