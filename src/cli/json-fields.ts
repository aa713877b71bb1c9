/**
 * `--json a,b` checked before a command reads anything: a mistyped field is the same usage error
 * on a day with no results as on one with many, and a word --json took from an optional argument
 * (`brief judgments --json istanbul-talks`) is said to be one, as commander says it for a
 * required argument (usage-errors.ts).
 */
import type { Command } from '@commander-js/extra-typings';
import { readLabel } from '../brief/forms.js';
import { namesBriefs } from './brief-refs.js';
import type { AnySpec } from './command.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { resolveFieldsIn } from './json-output.js';
import { jsonTook } from './usage-errors.js';

/**
 * Checks `--json <fields>` against the command's fields (`spec.jsonFields`).
 * @throws UsageError naming the unknown field, or the argument --json took.
 */
export async function checkJSONFields(spec: AnySpec, command: Command, args: readonly unknown[], json: string, ctx: Context): Promise<void> {
  if (!spec.jsonFields) return;
  try {
    resolveFieldsIn(spec.jsonFields(), json);
  } catch (error) {
    const argument = error instanceof UsageError ? await argumentTaken(spec, command, args, json.trim(), ctx) : null;
    if (argument !== null) throw new UsageError(jsonTook(command, json, argument));
    throw error;
  }
}

const given = (value: unknown): boolean => value !== undefined && !(Array.isArray(value) && value.length === 0);
/** A scenario label as `brief scenario` takes it: `C`, `c`, `2`, `Two`, `ii`. */
const isLabel = (word: string): boolean => readLabel(`Scenario ${word}`, true)?.rest === '';

/**
 * The name of the optional argument that was given no value and that `word` names (a brief or
 * folder, a scenario label), or null: then `word` is a mistyped field, not a misplaced argument.
 */
async function argumentTaken(spec: AnySpec, command: Command, args: readonly unknown[], word: string, ctx: Context): Promise<string | null> {
  // A list of names is fields; so is a word that is no argument the command lacks.
  if (word.includes(',') || word === '') return null;
  const index = command.registeredArguments.findIndex((a, i) => !a.required && !given(args[i]));
  if (index < 0) return null;
  const kind = spec.complete?.[index];
  const named = kind === 'brief' ? await namesBriefs(word, ctx) : kind === 'label' ? isLabel(word) : false;
  return named ? command.registeredArguments[index]!.name() : null;
}
