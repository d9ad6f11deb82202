import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toWibIso } from '#src/dates/wib.ts';
import { editState, withDigest, withoutDigest } from './entry-digest.ts';
import { IngestError } from './errors.ts';
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
  /** What the editor should know about where it went (another entry with the same text). */
  warnings: string[];
}

/** One entry already in the articles folder. */
interface Entry {
  slug: string;
  updatedDate?: string;
  /** Its lead photo, as its frontmatter names it. */
  image?: LeadImageFrontmatter;
  /** Its attribution: who published it, and where. */
  sourceName?: string;
  url?: string;
  bodyHash: string;
  /** The input that placed it in this run, if one did. */
  placedBy?: string;
}

/** How `place` is asked. */
export interface PlaceOptions {
  /** Overwrite an entry edited by hand; a different article at a taken slug replaces it. */
  force?: boolean;
  now?: Date;
  /** How messages name a path. */
  show?: (path: string) => string;
  /** The input being placed, for messages naming it to a later input of the same run. */
  by?: string;
}

/**
 * The registry of the entries already in the articles folder: knows each entry by its source URL and by its
 * body, so the same article sent again is recognized, and knows which slugs are taken,
 * so a different article never overwrites another.
 */
export class EntryRegistry {
  private readonly byUrl = new Map<string, Entry>();
  /** Entries by body: several, when a syndicated copy came from another publisher or URL. */
  private readonly byBody = new Map<string, Entry[]>();
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
      const source = frontmatter.source as { name?: unknown; url?: unknown } | undefined;
      const updatedDate = typeof frontmatter.updatedDate === 'string' ? frontmatter.updatedDate : undefined;
      const image = frontmatter.image as LeadImageFrontmatter | undefined;
      this.remember({
        slug: name.slice(0, -'.md'.length),
        updatedDate,
        image,
        sourceName: typeof source?.name === 'string' ? source.name : undefined,
        url: typeof source?.url === 'string' ? source.url : undefined,
        bodyHash: hashBody(content.trimStart()),
      });
    }
  }

  /** Knows `entry` by its URL, body and slug, forgetting what was at its slug before. */
  private remember(entry: Entry): void {
    const before = this.bySlug.get(entry.slug);
    if (before) {
      if (before.url !== undefined && this.byUrl.get(before.url) === before) this.byUrl.delete(before.url);
      const twins = this.byBody.get(before.bodyHash)?.filter((other) => other !== before) ?? [];
      if (twins.length > 0) this.byBody.set(before.bodyHash, twins);
      else this.byBody.delete(before.bodyHash);
    }
    if (entry.url !== undefined) this.byUrl.set(entry.url, entry);
    this.byBody.set(entry.bodyHash, [...(this.byBody.get(entry.bodyHash) ?? []), entry]);
    this.bySlug.set(entry.slug, entry);
  }

  /**
   * Refuses to overwrite `entry` when an editor changed it since the ingest wrote it (or
   * it was written by hand): its recorded digest no longer matches its file and photo.
   */
  private checkUnedited(entry: Entry, force: boolean, show: (path: string) => string): void {
    const path = join(this.dir, `${entry.slug}.md`);
    const file = readOrUndefined(path)?.toString('utf8');
    if (force || file === undefined) return;
    const photo = entry.image && readOrUndefined(join(this.dir, entry.image.src));
    const state = editState(file, photo);
    if (state === 'edited')
      throw new IngestError(
        `conflict: ${show(path)} was edited since the ingest wrote it (its ingestDigest no longer matches); not overwritten: pass --force to replace the edits`,
      );
    if (state === 'unrecorded')
      throw new IngestError(
        `conflict: ${show(path)} has no ingestDigest (written by hand, or by an older ingest) and may hold edits; not overwritten: pass --force to replace it`,
      );
  }

  /**
   * Where the article goes and what is written there. The same article (same source URL,
   * or same body under the same publisher and URL) keeps its entry: unchanged when the
   * file and its photo would be the same, else updated with `updatedDate` set to now,
   * unless an editor changed the entry since the ingest wrote it (then an IngestError
   * names the conflict; `force` overwrites). Sent again without a photo, it keeps the one
   * it has. The same body from another publisher or URL (a syndicated copy) is its own
   * entry, with a warning naming the other. A different article whose slug is taken gets
   * the next free "-2", "-3"...; with `force` it replaces the entry at its slug instead,
   * unless this run wrote that entry. A photo is named after the entry's slug:
   * `<slug>.<ext>`. Every file written records its digest (entry-digest.ts).
   */
  place(
    article: IngestedArticle,
    { force = false, now = new Date(), show = (path) => path, by }: PlaceOptions = {},
  ): Placed {
    const { fields, body, bodyHash, image } = article;
    const stamp = toWibIso(now);
    const url = fields.source.url;
    const sameBody = this.byBody.get(bodyHash) ?? [];
    const same =
      (url !== undefined ? this.byUrl.get(url) : undefined) ??
      sameBody.find((entry) => entry.sourceName === fields.source.name && entry.url === url);
    const copyOf = same ? undefined : sameBody[0];
    const warnings = copyOf
      ? [
          `the same text as ${show(join(this.dir, `${copyOf.slug}.md`))}, from ${copyOf.sourceName ?? 'no publisher'}${copyOf.url === undefined ? '' : ` (${copyOf.url})`}: a copy from another publisher or URL, written as its own entry under its own source`,
        ]
      : [];
    /** The fields of the entry at `slug`: with its new photo, or the one it keeps. */
    const at = (slug: string, kept?: LeadImageFrontmatter) =>
      image ? { ...fields, image: leadImageFrontmatter(image, slug) } : kept ? { ...fields, image: kept } : fields;
    /** The file of a new entry at `slug`: the one ingested, unless its photo's name must be added. */
    const fresh = (slug: string) => withDigest(image ? checkedFile(at(slug), body) : article.file, image?.bytes);
    let placed: Placed;
    if (same) {
      const own = at(same.slug, same.image);
      const photo = image ? image.bytes : same.image && readOrUndefined(join(this.dir, same.image.src));
      const unchanged = withDigest(checkedFile({ ...own, updatedDate: same.updatedDate }, body), photo);
      const samePhoto = !image || readOrUndefined(join(this.dir, leadImageName(image, same.slug)))?.equals(image.bytes);
      const current = readOrUndefined(join(this.dir, `${same.slug}.md`))?.toString('utf8');
      if (samePhoto && current !== undefined && withoutDigest(current) === withoutDigest(unchanged)) {
        placed = { slug: same.slug, file: current, outcome: 'unchanged', warnings };
      } else {
        if (same.placedBy !== undefined)
          throw new IngestError(
            `conflict: the same article (${url === undefined ? 'the same text' : `url "${url}"`}) as ${same.placedBy}, ingested earlier in this run; not overwritten`,
          );
        this.checkUnedited(same, force, show);
        placed = {
          slug: same.slug,
          file: withDigest(checkedFile({ ...own, updatedDate: stamp }, body), photo),
          outcome: 'updated',
          warnings,
        };
      }
    } else if (!this.bySlug.has(article.slug)) {
      placed = { slug: article.slug, file: fresh(article.slug), outcome: 'written', warnings };
    } else if (force && this.bySlug.get(article.slug)!.placedBy === undefined) {
      placed = { slug: article.slug, file: fresh(article.slug), outcome: 'replaced', warnings };
    } else {
      let n = 2;
      while (this.bySlug.has(`${article.slug}-${n}`)) n++;
      placed = { slug: `${article.slug}-${n}`, file: fresh(`${article.slug}-${n}`), outcome: 'written', warnings };
    }
    const before = this.bySlug.get(placed.slug)?.image;
    const after = image ? leadImageFrontmatter(image, placed.slug) : same?.image;
    if (image && placed.outcome !== 'unchanged')
      placed.photo = { name: leadImageName(image, placed.slug), bytes: image.bytes };
    const staleName = before && ownPhotoName(before, placed.slug);
    if (staleName && before.src !== after?.src) placed.stalePhoto = staleName;
    this.remember({
      slug: placed.slug,
      updatedDate: placed.outcome === 'updated' ? stamp : same?.updatedDate,
      image: after,
      sourceName: fields.source.name,
      url,
      bodyHash,
      placedBy: by ?? same?.placedBy,
    });
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
