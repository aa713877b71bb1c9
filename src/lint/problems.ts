/** The parser's problems in lint: each rule that lists a code reports the problems of that code (the engine does it). */
import type { ProblemCode } from '../brief/model.js';
import type { Rule } from './types.js';

/** The rule that reports problems of `code`, or undefined when no rule does. */
export function ruleForCode<R extends Pick<Rule, 'codes'>>(rules: readonly R[], code: ProblemCode): R | undefined {
  return rules.find((r) => r.codes?.includes(code));
}
