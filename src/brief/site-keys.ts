/**
 * Frontmatter keys of static site generators (Jekyll, Hugo), which briefs kept in a site carry.
 * Some say what a brief's own keys say and are read as them; the rest only matter to the site
 * and are accepted without a warning. Hugo reads keys case-insensitively (`lastMod`,
 * `publishDate`), so these are matched in lower case.
 */

/** Read as a brief field, when the brief's own key is absent; in order of preference per field. */
export const SITE_KEYS_READ = {
  /** The summary when there is no `summary` key (Hugo, Jekyll SEO). */
  summary: ['description'],
  /** Merged into `tags`. */
  tags: ['categories', 'category'],
  /** The status when there is no `status` key: `draft: true` is a draft, `published: false` too. */
  status: ['draft', 'published'],
  /** The date of the last revision (Hugo `lastmod`, jekyll-last-modified-at, Hugo's `modified`). */
  updated: ['lastmod', 'last_modified_at', 'modified'],
} as const;

/** Accepted and not read: they place, order or render the page on the site. */
export const SITE_KEYS_IGNORED: ReadonlySet<string> = new Set([
  // Jekyll
  'layout', 'permalink', 'excerpt', 'excerpt_separator', 'redirect_from', 'redirect_to', 'render_with_liquid',
  'comments', 'image', 'sitemap', 'toc', 'sticky', 'pin', 'hidden',
  // Hugo (its `url`, the page's address, is read as the brief's own `url`)
  'aliases', 'build', '_build', 'cascade', 'expirydate', 'unpublishdate', 'publishdate', 'pubdate', 'headless',
  'iscjklanguage', 'keywords', 'linktitle', 'markup', 'menu', 'menus', 'outputs', 'params', 'resources', 'slug',
  'translationkey', 'type', 'weight', 'series', 'images', 'subtitle',
  // Both, and multilingual sites
  'lang', 'language', 'locale', 'translator', 'translators',
]);

const READ: ReadonlySet<string> = new Set(Object.values(SITE_KEYS_READ).flat());

/** True for a key a static site uses: read or ignored, never an unknown key. */
export function isSiteKey(key: string): boolean {
  const lower = key.toLowerCase();
  return READ.has(lower) || SITE_KEYS_IGNORED.has(lower);
}

/**
 * The key of `data` that spells `name` in any letter case (`lastMod` for `lastmod`), or null.
 * The exact spelling wins when both are present.
 */
export function siteKey(data: Record<string, unknown>, name: string): string | null {
  if (Object.prototype.hasOwnProperty.call(data, name)) return name;
  for (const key of Object.keys(data)) if (key.toLowerCase() === name) return key;
  return null;
}
