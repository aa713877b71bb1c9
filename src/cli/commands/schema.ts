/** `brief schema frontmatter|json`: the JSON Schemas, for editors and scripts. */
import { Argument, Command } from '@commander-js/extra-typings';
import { frontmatterSchema, jsonSchema } from '../../schemas.js';
import { diffSchema } from '../../diff/schema.js';
import { formatJSON } from '../../render/json.js';
import { indicatorsSchema } from '../../render/indicators-json.js';
import { defineCommand } from '../command.js';
import { ExitCode } from '../errors.js';

export default defineCommand({
  create: () => new Command('schema')
    .description('print the JSON Schema of the frontmatter, or of the JSON output')
    .addArgument(new Argument('<which>', 'frontmatter: for editors (YAML language server); json: of --json and export; diff: of diff --json; indicators: of indicators --json').choices(['frontmatter', 'json', 'diff', 'indicators'] as const))
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
    ctx.io.out(formatJSON(which === 'frontmatter' ? frontmatterSchema : which === 'diff' ? diffSchema : which === 'indicators' ? indicatorsSchema : jsonSchema));
    return ExitCode.Ok;
  },
});
