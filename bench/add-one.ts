import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { sideFolders } from '#src/publish/publish.ts';

/**
 * The category most articles of the archive have: the new article goes there, as most
 * of a newsroom's do. A new section would change the header of every page and so
 * re-render them all (docs/scale.md).
 */
function largestSection(articlesDir: string): string {
  const counts = new Map<string, number>();
  for (const file of readdirSync(articlesDir).filter((name) => name.endsWith('.md'))) {
    const category = /^category:\s*"?([^"\n]+)"?\s*$/m.exec(readFileSync(join(articlesDir, file), 'utf8'))?.[1];
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Nasional';
}

/**
 * Adds to a built archive's articles folder one new article, newer than any in it, in its
 * largest section, as a newsroom publishes one: what `npm run bench` and `bench:scale`
 * time a rebuild for. The `nth` added (from 0) is a minute newer than the one before.
 */
export function writeAddedArticle(articlesDir: string, nth = 0): void {
  writeFileSync(
    join(articlesDir, nth === 0 ? 'bench-tambahan.md' : `bench-tambahan-${nth}.md`),
    [
      '---',
      `title: "Berita tambahan untuk uji pembaruan${nth === 0 ? '' : ` ${nth}`}"`,
      'description: "Satu berita baru di arsip besar."',
      `pubDate: "2030-01-01T08:${String(nth).padStart(2, '0')}:00+07:00"`,
      'source:',
      '  name: "Warta Uji"',
      `category: ${JSON.stringify(largestSection(articlesDir))}`,
      'tags: ["Uji Coba"]',
      '---',
      '',
      'Jakarta - Satu paragraf berita baru.',
      '',
    ].join('\n'),
  );
}

/** How long a replaced site may take to be deleted before a rebuild is timed anyway. */
const DELETION_WAIT_MS = 120_000;

/**
 * Resolves once the sites that earlier builds replaced in `outDir` are deleted (a detached
 * process deletes each, src/publish/publish.ts). Rebuilds a newsroom makes minutes apart
 * start on a machine that is done with it; timed during it, a rebuild of 10,000 articles
 * shares the processors with the deletion of 37,000 files.
 */
export async function replacedSitesDeleted(outDir: string): Promise<void> {
  // ".dist.warta-trash-": the name process 0's remover would use, without the 0.
  const trashPrefix = basename(sideFolders(outDir, 0).trash).slice(0, -1);
  const deadline = Date.now() + DELETION_WAIT_MS;
  while (readdirSync(dirname(outDir)).some((name) => name.startsWith(trashPrefix)) && Date.now() < deadline)
    await setTimeout(200);
}
