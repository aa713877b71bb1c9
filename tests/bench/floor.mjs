// The floor for `brief list --json` and `export --all`: only read every file and parse its
// frontmatter with gray-matter (options passed, so its global cache is not used).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';

let count = 0;
for (const entry of readdirSync(process.argv[2], { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const file = matter(readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8'), { language: 'yaml' });
  if (file.data.title) count += 1;
}
console.log(count);
