/**
 * A copy of `text` that holds nothing else alive. V8 keeps a substring of 13 or more characters
 * as a view on its parent, and a concatenation as a pair of its parts, so a title, a tag or a
 * lint message built around a quoted word can keep a whole brief's text in memory. What is kept
 * across many briefs (list's metadata, lint's messages) is detached.
 */
export function detach(text: string): string {
  // Concatenation then slice: slicing flattens into a new string, which becomes the only parent.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
