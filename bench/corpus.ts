import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACA_JUGA_LINE, matchDateline } from '#src/articles/publisher-text.ts';
import { toWibIso } from '#src/dates/wib.ts';
import { pick, seededRandom } from './random.ts';

/** Every synthetic title starts with this, so no one mistakes one for news. */
export const SYNTHETIC_MARK = '[Sintetis]';

const CATEGORIES = ['Internasional', 'Nasional', 'Politik', 'Ekonomi', 'Hukum', 'Teknologi'] as const;
const TAGS = [
  'Rusia',
  'Ukraina',
  'Korea Utara',
  'Korea Selatan',
  'Kremlin',
  'NATO',
  'PBB',
  'Eropa',
  'Asia',
  'Amerika Serikat',
  'Diplomasi',
  'Militer',
  'Pertahanan',
  'Intelijen',
  'Perbatasan',
  'Keamanan',
  'Konflik',
  'Sanksi',
  'Energi',
  'Ekonomi Global',
  'Pemilu',
  'Parlemen',
  'Hak Asasi',
  'Pengungsi',
] as const;

export interface SyntheticArticle {
  slug: string;
  title: string;
  description: string;
  pubDate: string;
  category: string;
  tags: string[];
  paragraphs: string[];
}

/** The seed's sentences, without its dateline and related-reading lines. */
export function sentencesOf(rawText: string): string[] {
  return (
    rawText
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '' && !BACA_JUGA_LINE.test(line))
      .map((line) => line.slice(matchDateline(line)?.length))
      // A sentence ends at . ! or ? (maybe closing a quote) before a capital: "10.000" stays whole.
      .flatMap((line) => line.split(/(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})/u))
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.split(/\s+/).length >= 4)
  );
}

/** How many different words the seed's sentences use: all a synthetic corpus can say. */
export function distinctWords(rawText: string): number {
  return new Set(sentencesOf(rawText).flatMap((s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])).size;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * N articles of 300 to 800 words made by recombining the seed's sentences, with
 * distinct titles, dates spread over ten years (2015–2024, WIB), categories and tags.
 */
export function generateCorpus(rawText: string, count: number, seed = 2024): SyntheticArticle[] {
  const random = seededRandom(seed);
  const sentences = sentencesOf(rawText);
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  return Array.from({ length: count }, (_, index) => {
    const targetWords = 300 + Math.floor(random() * 501);
    const paragraphs: string[] = [];
    let words = 0;
    while (words < targetWords) {
      const paragraph: string[] = [];
      const length = 1 + Math.floor(random() * 3);
      for (let i = 0; i < length && words < targetWords; i++) {
        const sentence = pick(random, sentences);
        paragraph.push(sentence);
        words += sentence.split(/\s+/).length;
      }
      paragraphs.push(paragraph.join(' '));
    }
    // Trim the last sentence's overshoot so no article passes 800 words.
    while (words > 800) {
      const last = paragraphs.pop()!;
      words -= last.split(/\s+/).length;
    }
    const lead = pick(random, sentences)
      .split(/\s+/)
      .slice(0, 8)
      .join(' ')
      .replace(/[,.;:"]+$/, '');
    const number = pad(index + 1, 5);
    const time = new Date(start + Math.floor((index / count) * span) + Math.floor(random() * 86_400_000));
    // Whole minutes: the seconds of a generated time are always :00.
    const minute = new Date(Math.floor(time.getTime() / 60_000) * 60_000);
    const tagCount = 1 + Math.floor(random() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(random, TAGS)))];
    return {
      slug: `sintetis-${number}`,
      title: `${SYNTHETIC_MARK} ${number}: ${lead}`,
      description: paragraphs[0]!.split(/(?<=[.!?])\s/)[0]!,
      pubDate: toWibIso(minute),
      category: pick(random, CATEGORIES),
      tags,
      paragraphs,
    };
  });
}

/** Writes a corpus as a content folder (`<dir>/articles/*.md`) the site can build. */
export function writeCorpus(articles: SyntheticArticle[], contentDir: string): void {
  const articlesDir = join(contentDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  for (const article of articles) {
    const frontmatter = {
      title: article.title,
      description: article.description,
      pubDate: article.pubDate,
      source: { name: 'Warta (korpus sintetis)' },
      category: article.category,
      tags: article.tags,
    };
    const yaml = Object.entries(frontmatter)
      .map(([key, value]) =>
        key === 'source'
          ? `source:\n  name: ${JSON.stringify((value as { name: string }).name)}`
          : `${key}: ${JSON.stringify(value)}`,
      )
      .join('\n');
    writeFileSync(join(articlesDir, `${article.slug}.md`), `---\n${yaml}\n---\n\n${article.paragraphs.join('\n\n')}\n`);
  }
}
