/** The scaffold `brief new` writes: a brief that follows the format and lints without errors (its stand-in text is a placeholder warning each). */

export interface TemplateFields { title: string; author: string; date: string }

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function briefTemplate({ title, author, date }: TemplateFields): string {
  return `---
title: ${yamlString(title)}
date: ${date}
author: ${yamlString(author)}
region: []
tags: []
status: draft
key_question: What question does this brief answer?
summary: >-
  The bottom line in two or three sentences: the judgement, how likely it is, and what
  should be done.
scenarios:
  A:
    likelihood: likely
    indicators:
      - A signpost that this scenario is unfolding
  B:
    likelihood: unlikely
    indicators:
      - A signpost that this scenario is unfolding
---

# ${title}

## Background

The facts the judgements rest on.

## Scenarios

### A. The most likely course

How this scenario unfolds and what drives it.

### B. An alternative

How this scenario unfolds and what drives it.

## Recommendations

- [ ] A concrete action, with who should take it.

## Conclusion

What the reader should take away.
`;
}

/** "gulf-shipping-risks" -> "Gulf Shipping Risks". */
export function titleFromId(id: string): string {
  return id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** Today's date where the writer is (not UTC): the date on their calendar. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
