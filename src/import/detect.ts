/**
 * What kind of file an import was given, from its extension and its first bytes, and its text
 * when it is text: refused, with a reason, when it is empty, binary, too large or not UTF-8.
 */
import { isUtf8 } from 'node:buffer';
import { extname } from 'node:path';
import { ImportError } from './article.js';
import { firstInvalidUtf8, MAX_BRIEF_BYTES } from '../brief/read.js';

export const INPUT_FORMATS = ['text', 'html', 'markdown', 'docx'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * Text and Markdown become the brief as they are, so they are held to the brief's own read
 * limit; a web page or a Word file carries scripts, styles and images the brief leaves out.
 */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export function limitOf(format: InputFormat): number {
  return format === 'html' || format === 'docx' ? MAX_IMPORT_BYTES : MAX_BRIEF_BYTES;
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.docx': 'docx',
};

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The first 1 KiB as text, for sniffing: a BOM and leading space off, lower-case. */
function head(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, 1024)).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
}

/** The format a file's name says, else its content: a zip is a .docx, a tag a web page, frontmatter or `#` headings Markdown. */
export function formatOf(name: string | null, bytes: Uint8Array): InputFormat {
  const byName = name === null ? undefined : EXTENSIONS[extname(name).toLowerCase()];
  if (byName) return byName;
  if (startsWith(bytes, ZIP)) return 'docx';
  const start = head(bytes);
  if (/^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype )?html|<head[\s>]|<body[\s>]|<article[\s>]|<!--)/.test(start)) return 'html';
  if (/^---[ \t]*\r?\n/.test(start) || /^#{1,6}[ \t]+\S/m.test(start)) return 'markdown';
  return 'text';
}

/** Bytes that are not a brief's source at all: named, so the error says what the file is. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF; copy its text out and import that';
  if (startsWith(bytes, OLE)) return 'an old Word (.doc) or Office file; save it as .docx';
  if (startsWith(bytes, ZIP)) return 'a zip archive; give --from docx if it is a Word file';
  const nul = bytes.indexOf(0);
  return nul === -1 ? null : `a binary file (NUL byte at offset ${nul})`;
}

const MiB = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** Refuses input over the limit of its format. */
export function checkSize(size: number, format: InputFormat): void {
  const limit = limitOf(format);
  if (size > limit) throw new ImportError(`file is ${MiB(size)}; ${format} imports over ${limit / 1024 / 1024} MiB are not read`);
}

/** The declared character set of a web page (`<meta charset>`, or the http-equiv form). */
function declaredCharset(bytes: Uint8Array): string | null {
  const start = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(start)?.[1] ?? null;
}

/** The text of text, Markdown or HTML input; throws ImportError for what cannot be read as such. */
export function decodeInput(bytes: Uint8Array, format: Exclude<InputFormat, 'docx'>): string {
  checkSize(bytes.length, format);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16 has a NUL in every ASCII character: its byte-order mark is read before NUL means binary.
  const binary = utf16 ? null : binaryKind(bytes);
  if (binary) throw new ImportError(`not ${format === 'text' ? 'text' : format === 'html' ? 'a web page' : 'Markdown'}: ${binary}`, binary.startsWith('a binary') ? lineAt(bytes, bytes.indexOf(0)) : undefined);
  let text: string;
  if (utf16) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } else if (isUtf8(bytes)) {
    text = Buffer.from(bytes).toString('utf8');
  } else {
    const charset = format === 'html' ? declaredCharset(bytes) : null;
    let decoder: InstanceType<typeof TextDecoder> | null = null;
    try { decoder = charset ? new TextDecoder(charset) : null; } catch { /* an unknown label */ }
    if (!decoder || decoder.encoding === 'utf-8') {
      const offset = firstInvalidUtf8(bytes);
      throw new ImportError(`invalid UTF-8 at byte offset ${offset}; save the file as UTF-8`, lineAt(bytes, offset));
    }
    text = decoder.decode(bytes);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new ImportError('file is empty');
  return text;
}

/** The 1-based line of a byte offset, as `show` gives it. */
function lineAt(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0) return undefined;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line += 1;
  return line;
}

/** A Word file must at least be a zip archive before it is opened. */
export function checkDocx(bytes: Uint8Array): void {
  checkSize(bytes.length, 'docx');
  if (bytes.length === 0) throw new ImportError('file is empty');
  if (!startsWith(bytes, ZIP)) {
    const binary = binaryKind(bytes);
    throw new ImportError(`not a .docx: ${binary && !binary.startsWith('a binary') ? binary : 'a Word file is a zip archive, and this is not one'}`);
  }
}
