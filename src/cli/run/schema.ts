/** Runs `brief schema`. */
import { frontmatterSchema, jsonSchema } from '../../schemas.js';
import { formatJSON } from '../../render/json.js';
import type { IO } from '../io.js';
import { ExitCode } from '../errors.js';

export function runSchema(which: 'frontmatter' | 'json', io: IO): number {
  io.out(formatJSON(which === 'frontmatter' ? frontmatterSchema : jsonSchema));
  return ExitCode.Ok;
}
