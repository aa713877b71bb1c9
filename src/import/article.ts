/** What an importer finds in a source, before it is written as a brief. */
export interface Article {
  title: string | null;
  author: string[];
  /** Calendar date as written (YYYY-MM-DD, or YYYY-MM / YYYY), or null. */
  date: string | null;
  /** Publisher or site name. */
  source: string | null;
  url: string | null;
  tags: string[];
  keyQuestion: string | null;
  /** The body as Markdown: `##` sections, lists, paragraphs; no frontmatter, no `#` title. */
  body: string;
  /** Human names of what was dropped as boilerplate ("Leave a Reply", "share bar", "cookie banner"). */
  dropped: string[];
}
export interface ImportOptions { /** Base URL for relative links (--url), when the source has none. */ url?: string }

/** Input an importer cannot make a brief of ("no article in it"); the command prints its message as one line. */
export class ImportError extends Error {
  /** The input's line the fault is on, where there is one: the message then reads `file:line: ...`. */
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}
