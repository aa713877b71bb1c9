/** The parser's problems in lint: each rule that lists a code reports the problems of that code. */
import type { ProblemCode } from '../brief/model.js';
import type { Rule, RuleContext } from './types.js';

/** Reports, at their own positions, the parser problems whose code is in `codes`. */
export function reportProblems({ problems, report }: RuleContext, codes: readonly ProblemCode[]): void {
  for (const p of problems) if (codes.includes(p.code)) report({ line: p.line, column: p.column, message: p.message });
}

/** The rule that reports problems of `code`, or undefined when no rule does. */
export function ruleForCode<R extends Pick<Rule, 'codes'>>(rules: readonly R[], code: ProblemCode): R | undefined {
  return rules.find((r) => r.codes?.includes(code));
}
