/** Coloured text styles, on chalk. */
import { Chalk } from 'chalk';
import { plainStyle, type Style } from './style.js';

/** Styles built on our own Chalk instance: `chalk.level` is global, so never set it. */
export function createStyle(level: 0 | 1 | 2 | 3): Style {
  if (level === 0) return plainStyle;
  const c = new Chalk({ level });
  return {
    level,
    title: (t) => c.bold(t),
    heading: (t) => c.bold.cyan(t),
    label: (t) => c.bold.yellow(t),
    key: (t) => c.dim(t),
    dim: (t) => c.dim(t),
    done: (t) => c.green(t),
    warn: (t) => c.yellow(t),
    error: (t) => c.red(t),
  };
}

