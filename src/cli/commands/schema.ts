/** `brief schema frontmatter|json`: the JSON Schemas, for editors and scripts. */
import { Argument, Command } from '@commander-js/extra-typings';
import { frontmatterSchema, jsonSchema } from '../../schemas.js';
import { diffSchema } from '../../diff/schema.js';
import { formatJSON } from '../../render/json.js';
import { indicatorsSchema } from '../../render/indicators-json.js';
import { judgmentsSchema } from '../../judgments/schema.js';
import { searchSchema } from '../../search/schema.js';
import { defineCommand } from '../command.js';
import { ExitCode } from '../errors.js';

export default defineCommand({
  create: () => new Command('schema')
    .description('print the JSON Schema of the frontmatter, or of the JSON output')
    .addArgument(new Argument('<which>', 'frontmatter: for editors (YAML language server); json: of --json and export; diff, indicators, judgments, search: of their --json').choices(['frontmatter', 'json', 'diff', 'indicators', 'judgments', 'search'] as const))
    .addHelpText('after', `
In an editor with the YAML language server, point a brief's frontmatter at the
schema with a modeline as the first line inside the fence:

  ---
  # yaml-language-server: $schema=../.brief/frontmatter.schema.json
  title: ...

Examples:
  $ mkdir -p .brief && brief schema frontmatter > .brief/frontmatter.schema.json
  $ brief schema json > brief-v1.schema.json
  $ brief schema diff > brief-diff-v1.schema.json`),

  run([which], _opts, ctx) {
    const schemas = { frontmatter: frontmatterSchema, json: jsonSchema, diff: diffSchema, indicators: indicatorsSchema, judgments: judgmentsSchema, search: searchSchema };
    ctx.io.out(formatJSON(schemas[which]));
    return ExitCode.Ok;
  },
});
