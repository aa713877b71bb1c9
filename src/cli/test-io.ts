/** An IO for tests (in its own module: the CLI itself never loads it). */
import { Writable } from 'node:stream';
import type { IO } from './io.js';

/** An IO for tests, as gh's iostreams.Test(): output kept in memory, terminal facts as given. */
export interface TestIO extends IO {
  stdout: string;
  stderr: string;
}

export function testIO(options: Partial<Pick<IO, 'stdoutIsTTY' | 'stderrIsTTY' | 'columns' | 'rows' | 'stderrColumns' | 'env' | 'cwd'>> = {}): TestIO {
  const io: TestIO = {
    stdout: '',
    stderr: '',
    out: (text) => { io.stdout += text; },
    err: (text) => { io.stderr += text; },
    drain: () => Promise.resolve(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 80,
    rows: 24,
    stderrColumns: 0,
    env: {},
    cwd: process.cwd(),
    spinnerStream: () => new Writable({ write: (chunk: Buffer, _encoding, done) => { io.err(chunk.toString()); done(); } }),
    ...options,
  };
  return io;
}
