import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toWibIso } from '#src/dates/wib.ts';
import { type IngestedArticle, checkedFile, hashBody } from './ingest-article.ts';
import { type LeadImageFrontmatter, leadImageFrontmatter, leadImageName } from './lead-image.ts';

/** What happened to an article: a new entry, the same one left alone, a changed one updated, or (with --force) a different one replaced. */
export type Placement = 'written' | 'unchanged' | 'updated' | 'replaced';

export interface Placed {
  slug: string;
  /** The file to write (already there as it is when `unchanged`). */
  file: string;
  outcome: Placement;
  /** The lead photo to write beside it: its file name in the folder and its bytes. */
  photo?: { name: string; bytes: Uint8Array };
  /** The file name of the photo the entry had before, when the new one has another name. */
  stalePhoto?: string;
}

/** One entry already in the articles folder. */
interface Entry {
  slug: string;
  updatedDate?: string;
  /** Its lead photo, as its frontmatter names it. */
  image?: LeadImageFrontmatter;
}

/**
 * The registry of the entries already in the articles folder: knows each entry by its source URL and by its
 * body, so the same article sent again is recognized, and knows which slugs are taken,
 * so a different article never overwrites another.
 */
export class EntryRegistry {
  private readonly byUrl = new Map<string, Entry>();
  private readonly byBody = new Map<string, Entry>();
  private readonly bySlug = new Map<string, Entry>();
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
      const image = frontmatter.image as LeadImageFrontmatter | undefined;
      this.remember(
        { slug: name.slice(0, -'.md'.length), updatedDate, image },
        typeof source?.url === 'string' ? source.url : undefined,
        hashBody(content.trimStart()),
      );
    }
  }

  private remember(entry: Entry, url: string | undefined, bodyHash: string): void {
    if (url !== undefined) this.byUrl.set(url, entry);
    this.byBody.set(bodyHash, entry);
    this.bySlug.set(entry.slug, entry);
  }

  /**
   * Where the article goes and what is written there. The same article (same source URL,
   * or same body) keeps its entry: unchanged when the file and its photo would be the
   * same, else updated with `updatedDate` set to now; sent again without a photo, it
   * keeps the one it has. A different article whose slug is taken gets the next free
   * "-2", "-3"...; with `force` it replaces the entry at its slug instead. A photo is
   * named after the entry's slug: `<slug>.<ext>`.
   */
  place(article: IngestedArticle, { force = false, now = new Date() }: { force?: boolean; now?: Date } = {}): Placed {
    const { fields, body, bodyHash, image } = article;
    const stamp = toWibIso(now);
    const same =
      (fields.source.url !== undefined ? this.byUrl.get(fields.source.url) : undefined) ?? this.byBody.get(bodyHash);
    /** The fields of the entry at `slug`: with its new photo, or the one it keeps. */
    const at = (slug: string, kept?: LeadImageFrontmatter) =>
      image ? { ...fields, image: leadImageFrontmatter(image, slug) } : kept ? { ...fields, image: kept } : fields;
    /** The file of a new entry at `slug`: the one ingested, unless its photo's name must be added. */
    const fresh = (slug: string) => (image ? checkedFile(at(slug), body) : article.file);
    let placed: Placed;
    if (same) {
      const own = at(same.slug, same.image);
      const unchanged = checkedFile({ ...own, updatedDate: same.updatedDate }, body);
      const samePhoto = !image || readOrUndefined(join(this.dir, leadImageName(image, same.slug)))?.equals(image.bytes);
      placed =
        samePhoto && readOrUndefined(join(this.dir, `${same.slug}.md`))?.toString('utf8') === unchanged
          ? { slug: same.slug, file: unchanged, outcome: 'unchanged' }
          : { slug: same.slug, file: checkedFile({ ...own, updatedDate: stamp }, body), outcome: 'updated' };
    } else if (!this.bySlug.has(article.slug)) {
      placed = { slug: article.slug, file: fresh(article.slug), outcome: 'written' };
    } else if (force) {
      placed = { slug: article.slug, file: fresh(article.slug), outcome: 'replaced' };
    } else {
      let n = 2;
      while (this.bySlug.has(`${article.slug}-${n}`)) n++;
      placed = { slug: `${article.slug}-${n}`, file: fresh(`${article.slug}-${n}`), outcome: 'written' };
    }
    const before = this.bySlug.get(placed.slug)?.image;
    const after = image ? leadImageFrontmatter(image, placed.slug) : same?.image;
    if (image && placed.outcome !== 'unchanged')
      placed.photo = { name: leadImageName(image, placed.slug), bytes: image.bytes };
    const staleName = before && ownPhotoName(before, placed.slug);
    if (staleName && before.src !== after?.src) placed.stalePhoto = staleName;
    this.remember(
      { slug: placed.slug, updatedDate: placed.outcome === 'updated' ? stamp : same?.updatedDate, image: after },
      fields.source.url,
      bodyHash,
    );
    return placed;
  }
}

/**
 * The file name of a photo the tool stored for the entry at `slug` (`./<slug>.<ext>`),
 * which it may remove when the entry takes another; a photo named otherwise was put
 * there by someone else, and is left alone.
 */
function ownPhotoName(image: LeadImageFrontmatter, slug: string): string | undefined {
  const name = image.src.replace(/^\.\//u, '');
  return /^[^/]+\.(?:jpg|png|webp|avif)$/u.test(name) && name.slice(0, name.lastIndexOf('.')) === slug
    ? name
    : undefined;
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
