/**
 * Stands in for cli-highlight in the bundle (esbuild alias): marked-terminal imports it at the
 * top, but only a code block needs it, and it brings all of highlight.js with it.
 */
import { lazyRequire } from '../../lazy-require.js';

export function highlight(code: string, options?: object): string {
  return lazyRequire<{ highlight(code: string, options?: object): string }>('cli-highlight').highlight(code, options);
}
