import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distinctWords, generateCorpus, SYNTHETIC_MARK, sentencesOf, writeCorpus } from '#bench/corpus.ts';
import { articleSchema } from '#src/articles/schema.ts';
import { seedRawText } from '#tests/support/seed.ts';

const wordCount = (paragraphs: string[]) => paragraphs.join(' ').split(/\s+/).length;

describe('the synthetic benchmark corpus', () => {
  const corpus = generateCorpus(seedRawText, 300);

  it('splits the seed into whole sentences, keeping numbers like 10.000 intact', () => {
    const sentences = sentencesOf(seedRawText);
    expect(sentences).toContain(
      'Menurut laporan intelijen dari Barat, Ukraina, dan Korea Selatan, Korea Utara telah mengirim lebih dari 10.000 tentaranya ke Rusia untuk bergabung dalam konflik tersebut.',
    );
    expect(sentences.some((s) => /Baca Juga/i.test(s))).toBe(false);
    expect(sentences.some((s) => s.startsWith('Suara.com'))).toBe(false);
  });

  it('has 300 to 800 words an article, every title distinct and marked synthetic', () => {
    for (const article of corpus) {
      expect(wordCount(article.paragraphs)).toBeGreaterThanOrEqual(300);
      expect(wordCount(article.paragraphs)).toBeLessThanOrEqual(800);
      expect(article.title.startsWith(SYNTHETIC_MARK)).toBe(true);
    }
    expect(new Set(corpus.map((a) => a.title)).size).toBe(corpus.length);
  });

  it('spreads dates over years and uses several categories and tags', () => {
    const years = new Set(corpus.map((a) => a.pubDate.slice(0, 4)));
    expect(years.size).toBe(10);
    expect(new Set(corpus.map((a) => a.category)).size).toBeGreaterThan(3);
    expect(new Set(corpus.flatMap((a) => a.tags)).size).toBeGreaterThan(10);
  });

  it('counts the distinct words a corpus can use, ignoring case and punctuation', () => {
    expect(distinctWords('Satu dua tiga empat. Satu, DUA tiga lima.\n')).toBe(5);
  });

  it('is the same on every run', () => {
    expect(generateCorpus(seedRawText, 20)).toEqual(generateCorpus(seedRawText, 20));
  });

  it('writes files whose frontmatter passes the site schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-corpus-'));
    writeCorpus(corpus.slice(0, 20), dir);
    const files = readdirSync(join(dir, 'articles'));
    expect(files).toHaveLength(20);
    for (const file of files) {
      const text = readFileSync(join(dir, 'articles', file), 'utf8');
      const frontmatter = parse(text.split(/^---$/m)[1]!);
      expect(articleSchema.safeParse(frontmatter).error, file).toBeUndefined();
    }
  });
});
