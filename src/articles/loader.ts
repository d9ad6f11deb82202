import { readdirSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyProblem, parseArticleFile } from './body.ts';
import { articleIds } from './ids.ts';
import { withDatesAsWritten } from './frontmatter-dates.ts';
import { replyTargetProblem } from './reply-targets.ts';
import { inParallel } from '#src/files/in-parallel.ts';

/** The loader's meta key: each article file's stamp at the last sync (see `fileStamp`). */
const STAMPS_KEY = 'file-stamps';
/** New or changed articles parsed at once. */
const ARTICLES_AT_ONCE = 10;
/**
 * A file changed this recently gets no stamp: the kernel dates changes by a coarse clock
 * (a few milliseconds), so a second write of the same size in the same tick as the one
 * read would leave the stamp as it was. Such a file is read again next time (Git's
 * "racy clean" rule).
 */
const SETTLED_NS = 2_000_000_000n;

/**
 * A file's identity and last change: inode, size, and modification and status-change
 * times in nanoseconds. Writing a file changes its ctime, which no tool can set back, and
 * replacing it (a rename over it) changes its inode; so an equal stamp means the file is
 * the one read last time.
 */
function fileStamp(stats: BigIntStats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/**
 * An article file, as the collection's glob pattern `**\/*.md` matched it in Astro's glob
 * loader: a `.md` file at any depth, no part of its path hidden (a dot first). A file in a
 * subfolder is listed so that it fails the build by name (articleIds).
 */
function isArticleEntry(entry: string): boolean {
  return entry.endsWith('.md') && !entry.split('/').some((part) => part.startsWith('.') || part === '');
}

/** A relative path with `/` between its parts, as entries and stored paths are written. */
const slashed = (path: string) => path.split(sep).join('/');

/**
 * Every article file under `dir`, as a `/`-separated path relative to it; hidden folders
 * are not entered. (Node's recursive readdir takes 90 ms for 10,000 files, this 10 ms.)
 */
function articleEntries(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((dirent) => {
    const entry = prefix + dirent.name;
    if (dirent.isDirectory()) return dirent.name.startsWith('.') ? [] : articleEntries(dir, `${entry}/`);
    return isArticleEntry(entry) ? [entry] : [];
  });
}

/**
 * The article collection's loader: each `.md` file in `articlesDir` is one entry, whose
 * id is its file name made a URL slug (articleIds). It stores what Astro's glob loader
 * would with `retainBody: false` and nothing rendered: the frontmatter, validated by the
 * collection's schema with unquoted YAML dates handed over as written
 * (withDatesAsWritten), the file's path and its digest, by which each page's cache key
 * knows the article changed. A published article's body is checked here (bodyProblem),
 * naming the file; pages read and render the body from the file (src/articles/collection.ts).
 *
 * Unlike the glob loader, which reads and parses every file on every sync to find the
 * ones that changed (2 s of adding one article to 10,000), a sync reads only the files
 * whose stamp (`fileStamp`) differs from the last sync's, kept in the loader's meta store
 * along with the entries; every file is still listed and stat'ed, and gets its id, so an
 * added, edited, renamed or deleted file and a clash of slugs are all seen. Under
 * `astro dev` it also follows the folder's changes.
 */
export function articlesLoader(articlesDir: string): Loader {
  return {
    name: 'warta-articles',
    load: async (context) => {
      const { store, meta, watcher, logger } = context;
      const idOf = articleIds(articlesDir);
      // Stored paths are relative to the project root, as Astro's glob loader stores them.
      const storedDir = slashed(relative(fileURLToPath(context.config.root), articlesDir));
      const lastStamps = new Map<string, string>(Object.entries(JSON.parse(meta.get(STAMPS_KEY) ?? '{}')));
      const stamps = new Map<string, string>();
      const settledBefore = BigInt(Date.now()) * 1_000_000n - SETTLED_NS;

      /**
       * An article file's id, and whether it must be parsed and stored (it is new, or its
       * text changed). Done synchronously, so that checking 10,000 unchanged files (about
       * 0.1 s) gives Astro's store no pause in which to save itself half-way (it does 0.5 s
       * after a change: a second save of the whole store).
       */
      function check(entry: string): ArticleFile & { changed: boolean } {
        const file = join(articlesDir, entry);
        const id = idOf({ entry });
        const filePath = posix.join(storedDir, entry);
        const stats = statSync(file, { bigint: true });
        const stamp = fileStamp(stats);
        const stored = store.get(id);
        const current = stored?.filePath === filePath;
        // A known file with a new stamp (touched, copied, checked out again) is read to
        // see whether its text changed.
        const unchanged =
          current &&
          (lastStamps.get(entry) === stamp || stored.digest === context.generateDigest(readFileSync(file, 'utf8')));
        return {
          entry,
          id,
          file,
          filePath,
          stamp: stats.ctimeNs < settledBefore ? stamp : undefined,
          changed: !unchanged,
        };
      }
      const saveStamps = () => meta.set(STAMPS_KEY, JSON.stringify(Object.fromEntries(stamps)));
      /** Keeps the stamp of a file whose entry is up to date. */
      const stamped = ({ entry, stamp }: ArticleFile) => stamp && stamps.set(entry, stamp);

      const untouched = new Set(store.keys());
      const changed: ArticleFile[] = [];
      for (const entry of articleEntries(articlesDir)) {
        const article = check(entry);
        untouched.delete(article.id);
        if (article.changed) changed.push(article);
        else stamped(article);
      }
      for (const id of untouched) store.delete(id);
      // Parsed a few at once: an article with a lead photo waits for the photo's file.
      await inParallel(changed, ARTICLES_AT_ONCE, async (article) => {
        await storeArticle(context, article);
        stamped(article);
      });
      saveStamps();
      const replyProblem = replyTargetProblem(store.values(), (id) => store.has(id));
      if (replyProblem) throw new Error(replyProblem);

      if (!watcher) return;
      watcher.add(articlesDir);
      const entryOf = (path: string) => slashed(relative(articlesDir, path));
      const onWrite = async (path: string) => {
        const entry = entryOf(path);
        if (!isArticleEntry(entry)) return;
        try {
          const article = check(entry);
          if (article.changed) await storeArticle(context, article);
          stamped(article);
          saveStamps();
          logger.info(`Reloaded ${entry}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('add', onWrite);
      watcher.on('change', onWrite);
      watcher.on('unlink', (path) => {
        const entry = entryOf(path);
        if (!isArticleEntry(entry)) return;
        store.delete(idOf({ entry }));
        stamps.delete(entry);
        saveStamps();
      });
    },
  };
}

/** An article file: its path in the folder, id, path (absolute and as stored) and stamp, if settled. */
interface ArticleFile {
  entry: string;
  id: string;
  file: string;
  filePath: string;
  stamp: string | undefined;
}

/** Parses, checks and stores one article file's entry; throws naming the file. */
async function storeArticle({ store, parseData, generateDigest }: LoaderContext, article: ArticleFile): Promise<void> {
  const { id, file, filePath } = article;
  const text = readFileSync(file, 'utf8');
  let parsed: ReturnType<typeof parseArticleFile>;
  try {
    parsed = parseArticleFile(text);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const { frontmatter, body } = parsed;
  const problem = frontmatter.draft === true ? undefined : bodyProblem(body);
  if (problem) throw new Error(`${file}: ${problem}`);
  const data = await parseData({ id, data: withDatesAsWritten(frontmatter, text), filePath: file });
  store.set({ id, data, filePath, digest: generateDigest(text) });
}
