/**
 * Reads what `brief import` is given: a file, or standard input for `-`, never more than the
 * largest import (src/import/detect.ts): a regular file's size is checked before it is read, a
 * pipe is read until the limit and refused past it.
 */
import { closeSync, constants, createReadStream, fstatSync, openSync } from 'node:fs';
import { MAX_IMPORT_BYTES } from '../import/detect.js';
import { readWhole } from '../brief/read.js';
import { cleanLine } from '../text/sanitize.js';
import { BriefError } from './errors.js';
import type { IO } from './io.js';

const tooLarge = (shown: string, size: string): BriefError =>
  new BriefError(`${shown}: ${size}; imports over ${MAX_IMPORT_BYTES / 1024 / 1024} MiB are not read`);

async function readStream(stream: AsyncIterable<Uint8Array>, shown: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) throw tooLarge(shown, 'input is larger than that');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${code ?? (error as Error).message})`;
}

/** The bytes of `ref` (a path, or `-` for standard input). Errors name the file. */
export async function readImportInput(ref: string, io: IO): Promise<Uint8Array> {
  if (ref === '-') return readStream(io.stdin(), 'stdin');
  const shown = cleanLine(ref);
  let fd: number;
  try {
    fd = openSync(ref, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new BriefError(`${shown}: ${describe(error)}`);
  }
  let closed = false;
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new BriefError(`${shown}: is a directory, not a file`);
    if (!info.isFile()) {
      // A pipe (`brief import <(curl ...)`): read as a stream, within the limit, opened again
      // without O_NONBLOCK, which would end the read at the first moment the pipe is empty.
      closeSync(fd);
      closed = true;
      return await readStream(createReadStream(ref), shown);
    }
    if (info.size > MAX_IMPORT_BYTES) throw tooLarge(shown, `file is ${(info.size / 1024 / 1024).toFixed(1)} MiB`);
    return readWhole(fd, info.size);
  } catch (error) {
    if (error instanceof BriefError) throw error;
    throw new BriefError(`${shown}: ${describe(error)}`);
  } finally {
    if (!closed) closeSync(fd);
  }
}
