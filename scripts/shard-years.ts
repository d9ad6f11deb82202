/**
 * Prints, as a JSON array, the years that have articles: one shard each in the sharded
 * build (docs/scale.md, .github/workflows/shards.yml).
 *
 *   node --experimental-strip-types scripts/shard-years.ts [content folder]
 *
 * Reads only each file's `pubDate` line, as the build's schema writes it (an ISO date with
 * an offset); a file without one is reported, and the build itself says what is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yearOf } from '#src/dates/period.ts';
import { loadSiteConfig } from '#src/site.config.ts';

const articlesDir = join(process.argv[2] ?? loadSiteConfig().contentDir, 'articles');
const years = new Set<string>();
for (const file of readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
  name.endsWith('.md'),
)) {
  const pubDate = /^pubDate:\s*["']?([^"'\n]+)/m.exec(readFileSync(join(articlesDir, file), 'utf8'))?.[1];
  const date = pubDate ? new Date(pubDate) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    console.error(`${join(articlesDir, file)}: no readable pubDate`);
    process.exit(1);
  }
  years.add(yearOf(date));
}
console.log(JSON.stringify([...years].sort()));
