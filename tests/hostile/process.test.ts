/** Process behaviour: closed pipes, Ctrl-C in the middle of writing, thousands of briefs. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseEnv, BIN, BRIEFS, briefText, runBin } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const seed = readFileSync(join(BRIEFS, 'istanbul-talks.md'), 'utf8');
const FOOTER = '\nLeave a Reply\n\nBack to top button\n';

function folderOf(count: number, content: (i: number) => string): string {
  const dir = tempDir('brief-many-');
  for (let i = 0; i < count; i += 1) writeFileSync(join(dir, `b-${i}.md`), content(i));
  return dir;
}

describe('processes', () => {
  it('a closed pipe (brief list | head -1) ends quietly', () => {
    const dir = folderOf(2000, () => seed);
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} list --dir ${JSON.stringify(dir)} | head -1`], { env: baseEnv(), encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('Ctrl-C during lint --fix exits 130, leaves no temporary file, and every file whole', async () => {
    const dir = folderOf(2000, () => seed + FOOTER);
    const child = spawn(process.execPath, [BIN, 'lint', '--fix', dir], { env: baseEnv(), stdio: 'ignore' });
    // Interrupt once the first file (b-0.md, first in the sorted order) is fixed: the run is
    // then surely under way, with nearly 2,000 files to go, however fast the machine.
    const first = join(dir, 'b-0.md');
    for (let i = 0; i < 500 && readFileSync(first, 'utf8') !== seed; i += 1) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('close', (c) => r(c)));
    expect(code).toBe(130);
    const files = readdirSync(dir);
    expect(files.filter((f) => !f.endsWith('.md'))).toEqual([]);
    expect(files).toHaveLength(2000);
    const contents = new Set(files.map((f) => readFileSync(join(dir, f), 'utf8')));
    // Each file is either untouched or completely fixed, never half-written; some of each.
    expect([...contents].every((c) => c === seed + FOOTER || c === seed)).toBe(true);
    expect(contents.size).toBe(2);
  });

  it('a folder of thousands of briefs with a few broken: each reported, the rest listed, linted and exported', async () => {
    const broken = new Set([7, 777, 1999]);
    const dir = folderOf(2500, (i) => (broken.has(i) ? '---\ntitle: [broken\n---\n' : briefText().replace('A test brief', `Brief ${i}`)));
    const list = await runBin(['list', '--json', '--dir', dir]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(2497);
    const errors = list.stderr.trimEnd().split('\n').sort();
    expect(errors).toHaveLength(3);
    [...broken].map((i) => `${dir}/b-${i}.md:2: YAML: `).sort().forEach((prefix, k) => {
      expect(errors[k]).toMatch(new RegExp(`^brief: ${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.+ \\(skipped\\)$`));
    });

    const lint = await runBin(['lint', '--format', 'json', dir]);
    expect(lint.code).toBe(1);
    const files = JSON.parse(lint.stdout).map((m: { file: string }) => m.file);
    expect(new Set(files)).toEqual(new Set([...broken].map((i) => `${dir}/b-${i}.md`)));

    const exported = await runBin(['export', 'b-8', '--json', '--dir', dir]);
    expect(JSON.parse(exported.stdout).title).toBe('Brief 8');
  }, 60_000);
});
