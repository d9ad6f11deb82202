import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';

/** Which id (the URL slug) a file of the collection gets, by its path in the articles folder. */
type GenerateId = (options: { entry: string }) => string;

/**
 * Article ids for the article loader (loader.ts): the file name made a URL slug
 * the way Astro's glob loader does it (github-slugger: "Sama.md" → "sama", "spasi
 * nama.md" → "spasi-nama"), with the two mistakes Astro's loader would let through made
 * build errors naming the files: an entry in a subfolder (it would get an id with a
 * slash, which no article route can take) and two files with one slug (one would be
 * kept and the other dropped). Both slug libraries are needed: ids must stay what Astro's
 * loader gave every existing file (github-slugger keeps "kópi" as it is), so no published
 * URL changes; the ingest names new files with @sindresorhus/slugify, which transliterates
 * a headline to ASCII ("kopi").
 */
export function articleIds(articlesDir: string): GenerateId {
  const fileOfId = new Map<string, string>();
  return ({ entry }) => {
    const file = join(articlesDir, entry);
    if (entry.includes('/')) {
      throw new Error(`${file}: articles must be directly in ${articlesDir}, not in a subfolder; move the file there`);
    }
    const id = slug(entry.replace(/\.md$/i, ''));
    if (id === '') throw new Error(`${file}: the file name gives an empty URL slug; name it with letters or digits`);
    const other = fileOfId.get(id);
    // A file seen before under another name counts only if it still exists (renamed in dev).
    if (other !== undefined && other !== file && existsSync(other)) {
      throw new Error(`${file} and ${other} both give the URL slug "${id}": rename one of them`);
    }
    fileOfId.set(id, file);
    return id;
  };
}
