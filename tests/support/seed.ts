import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, seedArticlesDir } from './build-site.ts';

/** The publisher's raw text of the first article, as received. */
export const seedRawPath = join(repoRoot, 'content/sources/000_872a19423decc652.txt');
export const seedRawText = readFileSync(seedRawPath, 'utf8');

/** The source's non-empty lines: each must reach the page as one paragraph, verbatim. */
export const seedParagraphs = seedRawText.split(/\r?\n/).filter((line) => line.trim() !== '');

const seedFile = readdirSync(seedArticlesDir).find((name) => name.endsWith('.md'))!;
/** The committed Markdown of the seed article. */
export const seedMarkdown = readFileSync(join(seedArticlesDir, seedFile), 'utf8');
export const seedSlug = seedFile.replace(/\.md$/, '');
