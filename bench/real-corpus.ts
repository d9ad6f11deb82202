/**
 * A benchmark content folder made from real news text: a folder of seed-format `.txt`
 * files with an `INDEX.tsv` (file, dataset, publisher, title, url, date as given, words),
 * such as the shared corpus unpacked outside the repository. The folder only ever
 * arrives as a command-line argument; nothing here copies its text into the repository.
 *
 *   node --experimental-strip-types bench/real-corpus.ts <corpus folder> <N> <content folder>
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleFile, type IngestedFrontmatter } from '#src/ingest/article-file.ts';
import { descriptionFrom, firstSentence, headlineFrom } from '#src/ingest/headline.ts';
import { findDateMentions, isoDate } from '#src/ingest/indonesian-dates.ts';
import { noCredits } from '#src/ingest/credits.ts';
import { blocksToMarkdown } from '#src/ingest/markdown-body.ts';
import { splitParagraphs } from '#src/ingest/paragraphs.ts';
import { decodeText } from '#src/ingest/decode-text.ts';
import { articleSlug } from '#src/ingest/slug.ts';
import { seededRandom } from './random.ts';

/** One row of INDEX.tsv. */
export interface CorpusEntry {
  /** The text file, e.g. "00002_156909c58aac0e8f.txt". */
  file: string;
  dataset: string;
  publisher: string;
  /** Empty for about a quarter of the corpus. */
  title: string;
  url: string;
  /** Free text as the scraper found it ("Diperbarui 03 Jun 2025, 11:15 WIB"), often empty. */
  dateAsGiven: string;
}

/** Reads INDEX.tsv (tab-separated, header row first), in its order. */
export function readCorpusIndex(corpusDir: string): CorpusEntry[] {
  const [header, ...rows] = readFileSync(join(corpusDir, 'INDEX.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const columns = header!.split('\t');
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${join(corpusDir, 'INDEX.tsv')}: no "${name}" column in the header`);
    return index;
  };
  const [file, dataset, publisher, title, url, date] = [
    'file',
    'dataset',
    'publisher',
    'title',
    'url',
    'date as given',
  ].map(at);
  return rows.map((row) => {
    const cells = row.split('\t');
    const cell = (index: number | undefined) => (cells[index!] ?? '').trim();
    return {
      file: cell(file),
      dataset: cell(dataset),
      publisher: cell(publisher),
      title: cell(title),
      url: cell(url),
      dateAsGiven: cell(date),
    };
  });
}

const ZONE_OFFSETS: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The publication date in "date as given", as a frontmatter date-time: a day, month name
 * and year ("03 Jun 2025", "Senin, 9 Juni 2025") or a numeric date — month first as the
 * scraped Detik and Tribun dates write it ("5/26/2025 19:32"), day first after "Kompas.com-"
 * — then a time ("11:15", "10.12") and WIB, WITA or WIT (WIB when none). Undefined when
 * it names no real date.
 */
export function parseDateAsGiven(text: string): string | undefined {
  const monthFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.trim());
  // findDateMentions reads numeric dates day first: swap to read "5/26/2025" as 26 May.
  const normalized = monthFirst
    ? text.trim().replace(monthFirst[0], `${monthFirst[2]}/${monthFirst[1]}/${monthFirst[3]}`)
    : text;
  const mention = findDateMentions([{ text: normalized, line: 1 }]).mentions[0];
  if (!mention) return undefined;
  const after = normalized.slice(normalized.indexOf(mention.text) + mention.text.length);
  const time = /(\d{1,2})[:.](\d{2})/.exec(after);
  const [hour, minute] = time ? [Number(time[1]), Number(time[2])] : [0, 0];
  const zone = /\b(WITA|WIT|WIB)\b/.exec(after)?.[1] ?? 'WIB';
  if (hour > 23 || minute > 59) return undefined;
  return `${isoDate(mention.date)}T${pad(hour)}:${pad(minute)}:00${ZONE_OFFSETS[zone]}`;
}

const SPREAD_START = Date.UTC(2015, 0, 1);
const SPREAD_END = Date.UTC(2026, 0, 1);

/** A date-time in 2015–2025 (WIB) that depends only on `seed`: for articles without a usable date. */
export function spreadDate(seed: number): string {
  const random = seededRandom(seed);
  const minute = Math.floor(random() * ((SPREAD_END - SPREAD_START) / 60_000));
  const wib = new Date(SPREAD_START + minute * 60_000);
  return `${wib.getUTCFullYear()}-${pad(wib.getUTCMonth() + 1)}-${pad(wib.getUTCDate())}T${pad(wib.getUTCHours())}:${pad(wib.getUTCMinutes())}:00+07:00`;
}

/** Path segments that say nothing about the desk. */
const NOT_A_DESK = new Set(['read', 'post', 'amp']);

/**
 * The desk: the first word-like folder of the URL's path ("/regional/read/…" →
 * "Regional", "/berita-ekonomi-bisnis/…" → "Berita Ekonomi Bisnis"), else the publisher.
 */
export function categoryOf(entry: Pick<CorpusEntry, 'url' | 'publisher' | 'dataset'>): string {
  let segments: string[] = [];
  try {
    // The last segment is the article's own slug, never its desk.
    segments = new URL(entry.url).pathname
      .split('/')
      .filter((segment) => segment !== '')
      .slice(0, -1);
  } catch {
    // No URL (or not one): the publisher names the desk.
  }
  const desk = segments.find((segment) => /^[a-z]+(?:-[a-z]+)*$/.test(segment) && !NOT_A_DESK.has(segment));
  if (desk)
    return desk
      .split('-')
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join(' ');
  return entry.publisher || entry.dataset;
}

/** One article of the benchmark's content folder. */
export interface RealArticle {
  /** File name without ".md"; ends in the corpus file's number (and "-k" for its k-th reuse). */
  slug: string;
  frontmatter: IngestedFrontmatter;
  /** The Markdown body, escaped by the ingest tool's writer. */
  body: string;
}

/** The number that names a corpus file ("00002" of "00002_156909c58aac0e8f.txt"). */
export const fileNumber = (file: string) => file.split(/[_.]/)[0]!;

/** What a corpus entry gives every article made from it; the date is the reuse's own. */
export interface CorpusArticle {
  slug: string;
  /** The date "date as given" names, if it names one. */
  givenDate: string | undefined;
  frontmatter: Omit<IngestedFrontmatter, 'pubDate'>;
  body: string;
}

/** Reads a corpus entry's text into an article (without its date). */
export function corpusArticle(entry: CorpusEntry, text: string): CorpusArticle {
  const paragraphs = splitParagraphs(text.replace(/\r\n?/g, '\n')).paragraphs.map((p) => p.text);
  if (paragraphs.length === 0) throw new Error(`${entry.file}: no text`);
  const title = entry.title || headlineFrom(firstSentence(paragraphs[0]!).sentence);
  const full = articleSlug(title);
  // Room for the number: cut a long slug at a word boundary.
  const base = (full.length > 60 ? full.slice(0, 61).replace(/-[^-]*$/, '') : full) || 'berita';
  let url: string | undefined;
  try {
    url = /^https?:$/.test(new URL(entry.url).protocol) ? entry.url : undefined;
  } catch {
    url = undefined;
  }
  const name = entry.publisher || entry.dataset;
  return {
    slug: `${base}-${fileNumber(entry.file)}`,
    givenDate: parseDateAsGiven(entry.dateAsGiven),
    frontmatter: {
      title,
      description: descriptionFrom(paragraphs[0]!),
      source: url === undefined ? { name } : { name, url },
      category: categoryOf(entry),
      credits: noCredits(),
      tags: [],
      nameVariants: [],
    },
    body: blocksToMarkdown(paragraphs.map((text) => ({ kind: 'paragraph', text }))),
  };
}

/**
 * Article `position` (0-based) of a content folder of N: the entries in INDEX order, then
 * again from the first, each reuse (k = 1, 2, …) with its own slug ("-k+1") and date.
 * An article without a usable date gets one spread over 2015–2025 by its position.
 */
export function articleAt(source: CorpusArticle, position: number, reuse: number): RealArticle {
  const pubDate = (reuse === 0 ? source.givenDate : undefined) ?? spreadDate(position + 1);
  return {
    slug: reuse === 0 ? source.slug : `${source.slug}-${reuse + 1}`,
    frontmatter: { ...source.frontmatter, pubDate },
    body: source.body,
  };
}

/**
 * Writes the first `count` articles made from the corpus in `corpusDir` as a content
 * folder (`<contentDir>/articles/*.md`). Returns the slugs in order.
 */
export function writeRealCorpus(corpusDir: string, count: number, contentDir: string): string[] {
  const entries = readCorpusIndex(corpusDir);
  if (entries.length === 0) throw new Error(`${join(corpusDir, 'INDEX.tsv')}: no articles listed`);
  const articlesDir = join(contentDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  const made: CorpusArticle[] = [];
  const slugs: string[] = [];
  for (let position = 0; position < count; position++) {
    const index = position % entries.length;
    const entry = entries[index]!;
    // Decoded as the ingest tool decodes a publisher's file: mojibake mended (a C1 control
    // left by a double encoding is not text, and the build refuses it).
    made[index] ??= corpusArticle(entry, decodeText(readFileSync(join(corpusDir, entry.file))).text);
    const article = articleAt(made[index], position, Math.floor(position / entries.length));
    writeFileSync(join(articlesDir, `${article.slug}.md`), articleFile(article.frontmatter, article.body));
    slugs.push(article.slug);
  }
  return slugs;
}

if (import.meta.main) {
  const [corpusDir, count, contentDir] = process.argv.slice(2);
  if (!corpusDir || !contentDir || !Number.isInteger(Number(count)) || Number(count) < 1) {
    console.error(
      'usage: node --experimental-strip-types bench/real-corpus.ts <corpus folder with INDEX.tsv> <N> <content folder>',
    );
    process.exit(2);
  }
  const slugs = writeRealCorpus(resolve(corpusDir), Number(count), resolve(contentDir));
  console.log(`wrote ${slugs.length} articles to ${join(resolve(contentDir), 'articles')}`);
}
