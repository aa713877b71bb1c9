/**
 * The pager in a real terminal (issue 16, finding 12): Ctrl-C while less runs never leaves it
 * orphaned, and a pager that fails never loses the output in silence.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, BRIEFS, makeTree, runInTerminal, visible } from '../helpers/cli.js';

const TITLE = 'Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul';
const LAST_WORDS = 'neighbours bound to deal with each other.';
/** `show` on a 12-row terminal: the brief is taller, so it is paged. */
const show = (env: Record<string, string>) => runInTerminal(['show', 'istanbul-talks', '--dir', BRIEFS], { rows: 12, env });

describe('a pager that fails (finding 12)', () => {
  it('PAGER=false: the brief is printed directly, with a one-line note; quitting early stays quiet', () => {
    const r = show({ PAGER: 'false' });
    expect(r.code).toBe(0);
    const text = visible(r.stdout);
    expect(text).toContain('brief: the pager "false" exited with status 1; printing directly (--no-pager or PAGER=cat skips it)\n');
    expect(text).toContain(TITLE);
    expect(text).toContain(LAST_WORDS);

    // A pager that stops reading on purpose (as q in less closes its input) is no failure.
    const early = show({ PAGER: 'head -n 3' });
    expect(early.code).toBe(0);
    // Issue 15: the key question comes under the title.
    expect(visible(early.stdout).trimEnd().split('\n')).toEqual([TITLE, '', 'Key question']);
  });

  it('a pager that is not there, or cannot be run: printed directly, with a note', () => {
    const dir = makeTree({ 'not-executable': 'echo hi\n' });
    chmodSync(join(dir, 'not-executable'), 0o644);
    for (const [pager, reason] of [['/no/such/program', 'was not found'], [join(dir, 'not-executable'), 'could not be run']]) {
      const r = show({ PAGER: pager! });
      expect(r.code).toBe(0);
      const text = visible(r.stdout);
      expect(text).toContain(`brief: the pager "${pager}" ${reason}; printing directly`);
      expect(text).toContain(LAST_WORDS);
    }
  });

  it('no PAGER and no less on the PATH: printed directly, with a note', () => {
    // A PATH with only what the terminal helper needs: script, and stty to size the terminal.
    const bin = makeTree({});
    for (const tool of ['script', 'stty']) {
      symlinkSync(spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), join(bin, tool));
    }
    const r = show({ PATH: bin });
    expect(r.code).toBe(0);
    const text = visible(r.stdout);
    expect(text).toContain('brief: the pager "less -FIRX" could not be started (ENOENT); printing directly');
    expect(text).toContain(LAST_WORDS);
  });

  it('a pager killed by a signal: exit 1 and one line, not a silent success', () => {
    const r = show({ PAGER: 'kill -KILL $$' });
    expect(r.code).toBe(1);
    expect(visible(r.stdout)).toBe('brief: the pager "kill -KILL $$" was killed by SIGKILL; the output may be incomplete\n');
  });

});

/** A tmux session with an interactive bash: job control, as a user's shell. */
function terminalSession(): { keys: (...keys: string[]) => void; screen: () => string; end: () => void } {
  const name = `brief-pager-${process.pid}-${Date.now()}`;
  const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
  const env = `env -i PATH=${process.env.PATH} TERM=xterm-256color LANG=C.UTF-8 HOME=${process.env.HOME}`;
  expect(tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '12', `${env} bash --norc --noprofile -i`).status).toBe(0);
  return {
    keys: (...keys) => { tmux('send-keys', '-t', name, ...keys); },
    screen: () => tmux('capture-pane', '-p', '-t', name).stdout,
    end: () => { tmux('kill-session', '-t', name); },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(check: () => boolean, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (check()) return true;
  return check();
}
/** The live `less` processes started with this marker in their environment, each with its ps state. */
function lessWithMarker(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'less') continue;
      if (!readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(marker)) continue;
    } catch { continue; /* gone meanwhile */ }
    const state = spawnSync('ps', ['-o', 'stat=', '-p', pid], { encoding: 'utf8' }).stdout.trim();
    if (state && !state.startsWith('Z')) found.push(state);
  }
  return found;
}

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe.skipIf(!has('tmux') || !has('less'))('Ctrl-C while less pages (finding 12)', () => {
  it('brief waits for less to exit, then exits 130: less is never left orphaned', async () => {
    const dir = makeTree({});
    const code = join(dir, 'code');
    const session = terminalSession();
    try {
      const marker = `BRIEF_PAGER_TEST=${process.pid}-${Date.now()}`;
      session.keys(`${marker} ${process.execPath} ${BIN} show istanbul-talks --dir ${BRIEFS}; echo $? > ${code}`, 'Enter');
      expect(await waitFor(() => /^:/m.test(session.screen()))).toBe(true); // less's prompt
      const less = () => lessWithMarker(marker);
      expect(less()).toHaveLength(1);

      session.keys('C-c');
      await sleep(800);
      // brief has not exited: less still owns the terminal, in the foreground.
      expect(existsSync(code)).toBe(false);
      expect(less()).toEqual([expect.stringContaining('+')]);

      session.keys('q');
      expect(await waitFor(() => existsSync(code) && readFileSync(code, 'utf8') !== '')).toBe(true);
      expect(readFileSync(code, 'utf8').trim()).toBe('130');
      expect(less()).toEqual([]);
    } finally {
      session.end();
    }
  });
});
