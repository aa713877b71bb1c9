/** `brief schema frontmatter|json`: the JSON Schemas, for editors and scripts. */
import { Command, Argument } from '@commander-js/extra-typings';

export const SCHEMAS = ['frontmatter', 'json'] as const;

export function createSchemaCommand(run: (which: (typeof SCHEMAS)[number]) => Promise<void>) {
  return new Command('schema')
    .description('print the JSON Schema of the frontmatter, or of the JSON output')
    .addArgument(new Argument('<which>', 'frontmatter: for editors (YAML language server); json: of --json and export').choices(SCHEMAS))
    .addHelpText('after', `
In an editor with the YAML language server, point a brief's frontmatter at the
schema with a modeline as the first line inside the fence:

  ---
  # yaml-language-server: $schema=../.brief/frontmatter.schema.json
  title: ...

Examples:
  $ mkdir -p .brief && brief schema frontmatter > .brief/frontmatter.schema.json
  $ brief schema json > brief-v1.schema.json`)
    .action(async (which) => { await run(which); });
}
