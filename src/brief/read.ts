/** Reading brief files: the only filesystem access outside src/cli. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { Problem, ProblemCode } from './model.js';

/** Briefs larger than this are refused: prose briefs are kilobytes; this bounds time and memory
 * (marked's time grows with the size of deeply nested lists). */
export const MAX_BRIEF_BYTES = 4 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; problem: Problem };

function unreadable(message: string, line = 1, code: ProblemCode = 'unreadable'): ReadResult {
  return { ok: false, problem: { code, line, column: 1, message, fatal: true } };
}

/**
 * Reads a brief as text, refusing what is not a readable UTF-8 text file (contract §7
 * file-unreadable). Synchronous on purpose: on archives of small files the promise API's
 * thread-pool round trips cost far more than the read itself (docs/performance.json).
 * O_NONBLOCK keeps a FIFO named `x.md` from blocking the open; fstat then refuses it.
 */
export function readBriefFile(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return fsError(error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return unreadable('is a directory, not a brief file');
    if (!info.isFile()) return unreadable('is not a regular file');
    if (info.size > MAX_BRIEF_BYTES) {
      return unreadable(`file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; briefs over ${MAX_BRIEF_BYTES / 1024 / 1024} MiB are not read`, 1, 'too-large');
    }
    return decodeBrief(readWhole(fd, info.size));
  } catch (error) {
    return fsError(error);
  } finally {
    closeSync(fd);
  }
}

/** Checks bytes and decodes them; pure, so the checks can be tested without files. */
export function decodeBrief(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_BRIEF_BYTES) {
    return unreadable(`file is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; briefs over ${MAX_BRIEF_BYTES / 1024 / 1024} MiB are not read`, 1, 'too-large');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return unreadable('file is UTF-16 text; save it as UTF-8', 1, 'not-utf8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return unreadable(`binary file (NUL byte at offset ${nul}); a brief is UTF-8 text`, lineAt(bytes, nul), 'not-utf8');
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    return unreadable(`invalid UTF-8 at byte offset ${offset}; save the file as UTF-8`, lineAt(bytes, offset), 'not-utf8');
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  if (text.replace(/^\uFEFF/, '').trim() === '') return unreadable('file is empty; start from "brief new" or add frontmatter', 1, 'empty');
  return { ok: true, text };
}

function fsError(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return unreadable('no such file');
  if (code === 'EACCES' || code === 'EPERM') return unreadable('permission denied; check the file\'s permissions');
  if (code === 'ELOOP') return unreadable('symbolic link loop');
  if (code === 'EISDIR') return unreadable('is a directory, not a brief file');
  return unreadable(`cannot be read (${code ?? 'unknown error'})`);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (only called once isUtf8 has said there is one). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i += 1; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** The `size` bytes of an open file (fewer if it shrank while being read). */
export function readWhole(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}
