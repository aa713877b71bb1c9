/**
 * A library that fails on an input (a stack overflow deep in a parser) is still a fault of that
 * input: one line naming the file, exit 1, never "unexpected error".
 */
import { describe, expect, it, vi } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

vi.mock('../../src/import/html.js', () => ({
  htmlToArticle: (): never => { throw new RangeError('Maximum call stack size exceeded'); },
}));

describe('brief import: a library failing on the input', () => {
  it('names the file and the format, in one line, exit 1', async () => {
    const dir = makeTree({ 'page.html': '<!doctype html><html><body><p>Text.</p></body></html>', 'briefs/.keep': '' });
    const r = await runCli(['import', 'page.html', '--dir', 'briefs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('brief: page.html: could not be read as HTML (Maximum call stack size exceeded); nothing written\n');
  });
});
