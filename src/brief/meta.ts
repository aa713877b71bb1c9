/**
 * The frontmatter-only reader (what `brief list` needs) and the helpers it shares with the full
 * parser. It does not import marked: `list` never lexes a body, so it never loads the lexer.
 */
import type { BriefMeta, Problem } from './model.js';
import { readFrontmatter, type RawFrontmatter } from './frontmatter.js';
import { readMetadata } from './metadata.js';
import { detach } from '../text/detach.js';

export interface MetaResult {
  meta: BriefMeta;
  problems: Problem[];
}

/** The id of a brief: its file's stem (contract §1). */
export function idFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.md$/i, '');
}

/**
 * The form two ids share when one file system may take them for the same name: letter case
 * (macOS and Windows ignore it by default) and Unicode normalisation (macOS stores `é` as `e`
 * and a combining accent, NFD; most editors type it as one character, NFC).
 */
export function idKey(id: string): string {
  return id.normalize('NFC').toLowerCase();
}

/** Strips a byte-order mark and turns CRLF (and lone CR) into LF: line numbers stay the same. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/** Frontmatter only: what `list` needs, without lexing the body. */
export function parseBriefMeta(text: string, path: string): MetaResult {
  const normal = normaliseText(text);
  // Positions only number problems, which list does not print: skip the line scan.
  const fm = readFrontmatter(normal, { positions: false });
  const { meta, problems } = metadataOf(fm, path);
  return { meta: { ...meta, title: meta.title ?? firstHeading(normal.slice(fm.bodyOffset)) ?? idFromPath(path) }, problems };
}

export function metadataOf(fm: RawFrontmatter, path: string) {
  const result = readMetadata(fm.data, fm.keyLines, fm.startLine ?? 1, fm.asWritten);
  // Frontmatter that could not be read says so once; "title is missing" would only be noise.
  const unreadable = fm.problems.some((p) => p.fatal);
  return {
    meta: { id: idFromPath(path), path, ...result.meta },
    summary: result.summary,
    summaryLine: result.summaryLine,
    problems: unreadable ? fm.problems : [...fm.problems, ...result.problems],
  };
}

function firstHeading(body: string): string | null {
  const m = /^[ \t]*\n*#[ \t]+(.+?)[ \t#]*$/m.exec(body.trimStart().split('\n', 1)[0] ?? '');
  return m ? m[1]! : null;
}

/**
 * The metadata with its strings detached from the file's text (see text/detach.ts): `list`
 * holds every brief's metadata to sort it, and the file's text can then be collected.
 */
export function compactMeta(meta: BriefMeta): BriefMeta {
  return {
    id: detach(meta.id), path: meta.path, title: detach(meta.title), date: meta.date, updated: meta.updated, author: meta.author.map(detach),
    source: meta.source === null ? null : detach(meta.source), url: meta.url === null ? null : detach(meta.url),
    region: meta.region.map(detach), tags: meta.tags.map(detach),
    status: meta.status, keyQuestion: meta.keyQuestion === null ? null : detach(meta.keyQuestion),
  };
}

