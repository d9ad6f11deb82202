import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { SORT_DATE } from '#src/search/config.ts';
import type { IndexedPage } from './shelves.ts';

/** Where the build writes article pages: `berita/<slug>/index.html`. */
const ARTICLES_DIR = 'berita';

const HTML_LANG = /<html\b[^>]*\blang="([^"]*)"/;
const SORT_KEY = new RegExp(`data-pagefind-sort="${SORT_DATE}:([^"]+)"`);
/** A page kept out of search engines, and so out of search: a withdrawn report's notice (src/pages/berita/[...withdrawn].astro). */
const NOINDEX = /<meta name="robots" content="noindex"/;
/** The element Pagefind indexes; the Markdown sanitizer lets no <article> into a body, so the first close ends it. */
const INDEXED_BODY = /<article\b[^>]*\bdata-pagefind-body\b[\s\S]*?<\/article>/;

/**
 * One built article page (undefined for a notice page, which is not indexed): its date (the sort key SearchKeys.astro writes) and a digest of
 * all that Pagefind reads from it (path, language, the data-pagefind-body element), so a
 * change elsewhere on the page (header, related links) does not count as a change.
 */
function articlePage(outDir: string, path: string): IndexedPage | undefined {
  const html = readFileSync(join(outDir, path), 'utf8');
  if (NOINDEX.test(html)) return undefined;
  const date = SORT_KEY.exec(html)?.[1];
  const body = INDEXED_BODY.exec(html)?.[0];
  if (!date)
    throw new Error(`${path}: no data-pagefind-sort="${SORT_DATE}:…" (every article page needs its date for search)`);
  if (!body) throw new Error(`${path}: no <article data-pagefind-body> to index`);
  const digest = createHash('sha256')
    .update(`${path}\n${HTML_LANG.exec(html)?.[1] ?? ''}\n${body}`)
    .digest('hex');
  // A copy of the date: V8 keeps a matched substring as a view into the whole page, so
  // 100,000 dates would have held 100,000 pages in memory (3 GB) until indexing ended.
  return { path, date: Buffer.from(date).toString(), digest };
}

/**
 * An article page as read, with the identity of the file it was read from (inode,
 * modification time in nanoseconds, size): while these stay the same, so do its bytes.
 */
export interface ReadPage extends IndexedPage {
  file: string;
}

const fileIdentity = (stats: BigIntStats) => `${stats.ino}:${stats.mtimeNs}:${stats.size}`;

/**
 * Every article page the build wrote, in file-name order. A page whose file is the very
 * one `readBefore` (the last build's) holds is not read again: `npm run build` links each
 * unchanged page from Astro's cache (src/publish/reuse-pages.ts), and reading 10,000 pages
 * took 0.6 of the 0.9 s the index step needed after one article was added.
 */
export function articlePages(outDir: string, readBefore: ReadonlyMap<string, ReadPage> = new Map()): ReadPage[] {
  let slugs: string[];
  try {
    slugs = readdirSync(join(outDir, ARTICLES_DIR), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
  return slugs.flatMap((slug) => {
    const path = `${ARTICLES_DIR}/${slug}/index.html`;
    const stats = statSync(join(outDir, path), { bigint: true, throwIfNoEntry: false });
    if (!stats?.isFile()) return [];
    const file = fileIdentity(stats);
    const before = readBefore.get(path);
    if (before?.file === file) return [before];
    const page = articlePage(outDir, path);
    return page ? [{ ...page, file }] : [];
  });
}
