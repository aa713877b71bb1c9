/** Rules whose faults the parser finds (frontmatter): each reports the parser's problems under its id. */
import type { Rule, RuleExample } from '../types.js';

export function parserRule(id: string, description: string, defaultSeverity: Rule['defaultSeverity'],
  examples: { fail: RuleExample[]; pass: RuleExample[] }): Rule {
  return {
    id, description, defaultSeverity, examples, runsOnUnreadable: true,
    check({ problems, report }) {
      for (const p of problems) if (p.rule === id) report({ line: p.line, column: p.column, message: p.message });
    },
  };
}
