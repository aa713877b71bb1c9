/** An IO for tests (in its own module: the CLI itself never loads it). */
import { Readable, Writable } from 'node:stream';
import type { IO } from './io.js';

/** An IO for tests, as gh's iostreams.Test(): output kept in memory, terminal facts as given. */
export interface TestIO extends IO {
  stdout: string;
  stderr: string;
}

export function testIO(options: Partial<Pick<IO, 'stdoutIsTTY' | 'stderrIsTTY' | 'stdinIsTTY' | 'columns' | 'rows' | 'stderrColumns' | 'env' | 'cwd'>> & { input?: string | Uint8Array } = {}): TestIO {
  const { input, ...facts } = options;
  const io: TestIO = {
    stdout: '',
    stderr: '',
    out: (text) => { io.stdout += text; },
    // Bytes as latin1 characters, one per byte, so a test can read a binary output from stdout.
    outBytes: (data) => { io.stdout += Buffer.from(data).toString('latin1'); },
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
    stdin: () => Readable.from(input === undefined || input.length === 0 ? [] : [Buffer.from(input)]),
    stdinIsTTY: false,
    // Nothing written here can fail; tests/faults/process.test.ts runs the bin into /dev/full.
    setOutputFailureExit: () => {},
    ...facts,
  };
  return io;
}
