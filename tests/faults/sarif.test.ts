/**
 * Finding 17 of the fault review: SARIF's `artifactLocation.uri` is a URI reference (RFC 3986),
 * so a file name's spaces, newlines, ESC, `%`, `#`, `?` and non-ASCII letters are percent-encoded.
 * Before, they passed as they were: `#` and `?` cut the path short and ESC reached the reader.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToUriReference } from '../../src/lint/formatters/sarif.js';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

/** RFC 3986 relative-ref or path-absolute reference: pchar segments joined by `/`, nothing else. */
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-F]{2})";
const URI_PATH = new RegExp(`^/?${PCHAR}*(?:/${PCHAR}*)*$`);
/** A relative path's first segment may not hold `:` (it would read as a scheme). */
const noScheme = (uri: string): boolean => uri.startsWith('/') || !uri.split('/')[0]!.includes(':');

/** The path a reader of the report gets back: the reference resolved, then decoded. */
function resolvedPath(uri: string): string {
  const url = new URL(uri, 'file:///base/');
  expect(url.search).toBe('');
  expect(url.hash).toBe('');
  return decodeURIComponent(url.pathname);
}

const NAMES = ['a b.md', 'new\nline.md', 'esc\u001b[31mred.md', '100%.md', 'x#y.md', 'q?.md', 'café-日本.md', 'a:b.md', 'back\\slash.md', "it's (1) & [2].md"];

describe('pathToUriReference', () => {
  it.each(NAMES)('%j becomes a valid reference that resolves to the same name', (name) => {
    const uri = pathToUriReference(`briefs/${name}`, '/');
    expect(uri).toMatch(URI_PATH);
    expect(noScheme(uri)).toBe(true);
    expect(resolvedPath(uri)).toBe(`/base/briefs/${name}`);
  });

  it('keeps plain paths as they were, absolute ones absolute', () => {
    expect(pathToUriReference('briefs/istanbul-talks.md', '/')).toBe('briefs/istanbul-talks.md');
    expect(pathToUriReference('/srv/x/a b.md', '/')).toBe('/srv/x/a%20b.md');
  });

  it('on Windows, backslashes separate folders and a drive stays a drive', () => {
    expect(pathToUriReference('briefs\\a b.md', '\\')).toBe('briefs/a%20b.md');
    expect(pathToUriReference('C:\\briefs\\x#1.md', '\\')).toBe('/C:/briefs/x%231.md');
  });

  it('a lone surrogate cannot make it throw', () => {
    expect(pathToUriReference('a\ud800b.md', '/')).toBe('a%EF%BF%BDb.md');
  });
});

describe('brief lint --format sarif', () => {
  it('every artifactLocation.uri is a valid reference to the file that has the finding', async () => {
    const files = Object.fromEntries(NAMES.map((name) => [name, briefText({ front: 'status: final\n' })]));
    const dir = makeTree(files);
    const r = await runCli(['lint', '--format', 'sarif', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/\u001b/);
    const results = JSON.parse(r.stdout).runs[0].results as Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    // Some files have two findings (frontmatter-type, and file-name for the odd names): one uri each.
    const uris = [...new Set(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))];
    expect(uris).toHaveLength(NAMES.length);
    for (const uri of uris) {
      expect(uri).toMatch(URI_PATH);
      expect(noScheme(uri)).toBe(true);
    }
    expect(uris.map((uri) => resolvedPath(uri)).sort()).toEqual(NAMES.map((name) => join('/base', name)).sort());
  });
});
