/**
 * Stands in for node-emoji in the bundle (esbuild alias): `brief show` renders with
 * `emoji: false`, so `:name:` text stays as written and emojilib is never needed.
 */
export function get(): undefined {
  return undefined;
}
