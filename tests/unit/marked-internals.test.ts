/**
 * src/brief/markdown.ts drives marked's lexer below its public API (blockTokens, inlineQueue,
 * state.inRawBlock) to lex inline text lazily. marked is pinned to the version checked here; an
 * upgrade must pass this file first (docs/architecture.md, "Upgrading marked").
 */
import { createRequire } from 'node:module';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { blockText, lexBlocks } from '../../src/brief/markdown.js';

const require = createRequire(import.meta.url);
const installed = (require('marked/package.json') as { version: string }).version;
const pinned = (require('../../package.json') as { dependencies: Record<string, string> }).dependencies.marked;

const SAMPLE = '# Title\n\nSome *emphasis* and `code`.\n\n- item **one**\n- item two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n> quoted <b>html</b>\n';

describe('the marked internals the parser relies on', () => {
  it('package.json pins an exact version, and that version is installed', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
  });

  it('blockTokens fills the lexer\'s token list and queues inline work on inlineQueue', () => {
    const lexer = new Lexer({ gfm: true });
    const tokens = lexer.blockTokens(SAMPLE, lexer.tokens);
    expect(tokens.map((t) => t.type)).toEqual(['heading', 'space', 'paragraph', 'space', 'list', 'space', 'table', 'space', 'blockquote']);
    expect(Array.isArray(lexer.inlineQueue)).toBe(true);
    expect(lexer.inlineQueue.length).toBeGreaterThan(0);
    for (const item of lexer.inlineQueue) {
      expect(typeof item.src).toBe('string');
      expect(Array.isArray(item.tokens)).toBe(true);
    }
    expect(typeof lexer.state.inRawBlock).toBe('boolean');
  });

  it('lazy inline lexing gives the text Lexer.lex gives, at the right lines', () => {
    const eager = Lexer.lex(SAMPLE, { gfm: true }).filter((t) => t.type !== 'space');
    const lazy = lexBlocks(SAMPLE, 1);
    expect(lazy.map((b) => b.token.type)).toEqual(eager.map((t) => t.type));
    expect(lazy.map((b) => b.line)).toEqual([1, 3, 5, 8, 12]);
    expect(lazy.map((b) => blockText(b.token))).toEqual(eager.map((t) => blockText(t)));
    expect(blockText(lazy[1]!.token)).toBe('Some emphasis and code.');
  });
});
