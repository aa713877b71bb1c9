import { describe, expect, it } from 'vitest';
import { decodeBrief, firstInvalidUtf8, MAX_BRIEF_BYTES } from '../../src/brief/read.js';

const bytes = (s: string | number[]): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s));

describe('decodeBrief', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeBrief(bytes('---\ntitle: é\n---\n'))).toEqual({ ok: true, text: '---\ntitle: é\n---\n' });
  });

  it('refuses binary content at the line of the NUL byte', () => {
    const r = decodeBrief(bytes([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01]));
    expect(r).toMatchObject({ ok: false, problem: { code: 'not-utf8', line: 3, fatal: true } });
  });

  it('reports invalid UTF-8 with its byte offset and line', () => {
    const r = decodeBrief(bytes([0x61, 0x0a, 0x62, 0xff, 0x63]));
    expect(r).toMatchObject({ ok: false, problem: { line: 2 } });
    expect(!r.ok && r.problem.message).toContain('byte offset 3');
  });

  it('refuses empty and whitespace-only files', () => {
    expect(decodeBrief(bytes(''))).toMatchObject({ ok: false });
    expect(decodeBrief(bytes('\uFEFF \n\n'))).toMatchObject({ ok: false });
  });

  it('names UTF-16 instead of calling it binary', () => {
    const r = decodeBrief(bytes([0xff, 0xfe, 0x61, 0x00]));
    expect(!r.ok && r.problem.message).toContain('UTF-16');
  });

  it('refuses content over the size limit', () => {
    const r = decodeBrief(new Uint8Array(MAX_BRIEF_BYTES + 1).fill(0x61));
    expect(!r.ok && r.problem.message).toMatch(/MiB/);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0xc3, 0xa9, 0x80], 2, 'stray continuation byte'],
    [[0x61, 0xe2, 0x82], 1, 'truncated sequence'],
    [[0xc0, 0xaf], 0, 'overlong encoding'],
    [[0xed, 0xa0, 0x80], 0, 'surrogate'],
    [[0xf4, 0x90, 0x80, 0x80], 0, 'beyond U+10FFFF'],
  ])('finds %j at %i (%s)', (input, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });
});
