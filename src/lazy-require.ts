/**
 * Synchronous, on-first-use loading of CommonJS packages that most runs never need
 * (highlight.js, the HTML entity table), so start-up does not pay for them.
 */
import { createRequire } from 'node:module';

let require: NodeJS.Require | undefined;
const cache = new Map<string, unknown>();

export function lazyRequire<T>(name: string): T {
  require ??= createRequire(import.meta.url);
  if (!cache.has(name)) cache.set(name, require(name));
  return cache.get(name) as T;
}
