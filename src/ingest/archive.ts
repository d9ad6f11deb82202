import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toWibIso } from '../lib/wib.ts';
import { type IngestedArticle, checkedFile, hashBody } from './ingest-article.ts';

/** What happened to an article: a new entry, the same one left alone, a changed one updated, or (with --force) a different one replaced. */
export type Placement = 'written' | 'unchanged' | 'updated' | 'replaced';

export interface Placed {
  slug: string;
  /** The file to write (already there as it is when `unchanged`). */
  file: string;
  outcome: Placement;
}

/** One entry already in the archive. */
interface Entry {
  slug: string;
  updatedDate?: string;
}

/**
 * The articles folder as one archive: knows each entry by its source URL and by its
 * body, so the same article sent again is recognized, and knows which slugs are taken,
 * so a different article never overwrites another.
 */
export class Archive {
  private readonly byUrl = new Map<string, Entry>();
  private readonly byBody = new Map<string, Entry>();
  private readonly taken = new Set<string>();
  /** The folder the entries are in. */
  readonly dir: string;

  /** Reads the entries already in `dir` (none when it does not exist). */
  constructor(dir: string) {
    this.dir = dir;
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.md') && !name.startsWith('.'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const name of names) {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const source = frontmatter.source as { url?: unknown } | undefined;
      const updatedDate = typeof frontmatter.updatedDate === 'string' ? frontmatter.updatedDate : undefined;
      this.remember(
        { slug: name.slice(0, -'.md'.length), updatedDate },
        typeof source?.url === 'string' ? source.url : undefined,
        hashBody(content.trimStart()),
      );
    }
  }

  private remember(entry: Entry, url: string | undefined, bodyHash: string): void {
    if (url !== undefined) this.byUrl.set(url, entry);
    this.byBody.set(bodyHash, entry);
    this.taken.add(entry.slug);
  }

  /**
   * Where the article goes and what is written there. The same article (same source URL,
   * or same body) keeps its entry: unchanged when the file would be the same, else updated
   * with `updatedDate` set to now. A different article whose slug is taken gets the next
   * free "-2", "-3"...; with `force` it replaces the entry at its slug instead.
   */
  place(article: IngestedArticle, { force = false, now = new Date() }: { force?: boolean; now?: Date } = {}): Placed {
    const { fields, body, bodyHash } = article;
    const stamp = toWibIso(now);
    const same =
      (fields.source.url !== undefined ? this.byUrl.get(fields.source.url) : undefined) ?? this.byBody.get(bodyHash);
    let placed: Placed;
    if (same) {
      const unchanged = checkedFile({ ...fields, updatedDate: same.updatedDate }, body);
      placed =
        readOrUndefined(join(this.dir, `${same.slug}.md`)) === unchanged
          ? { slug: same.slug, file: unchanged, outcome: 'unchanged' }
          : { slug: same.slug, file: checkedFile({ ...fields, updatedDate: stamp }, body), outcome: 'updated' };
    } else if (!this.taken.has(article.slug)) {
      placed = { slug: article.slug, file: article.file, outcome: 'written' };
    } else if (force) {
      placed = { slug: article.slug, file: article.file, outcome: 'replaced' };
    } else {
      let n = 2;
      while (this.taken.has(`${article.slug}-${n}`)) n++;
      placed = { slug: `${article.slug}-${n}`, file: article.file, outcome: 'written' };
    }
    this.remember(
      { slug: placed.slug, updatedDate: placed.outcome === 'updated' ? stamp : same?.updatedDate },
      fields.source.url,
      bodyHash,
    );
    return placed;
  }
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
