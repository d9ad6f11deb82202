import { type IngestedFrontmatter, articleFile, checkArticleFile } from './article-file.ts';
import { decodeText } from './decode-text.ts';
import { IngestError } from './errors.ts';
import { descriptionFrom, firstSentence, headlineFrom } from './headline.ts';
import { findDateMentions, weekdayContradictions } from './indonesian-dates.ts';
import { paragraphsToMarkdown, unfaithfulParagraphs } from './markdown-body.ts';
import { cleanLine, splitParagraphs } from './paragraphs.ts';
import { findLede, isArticleText, isBacaJuga, outletFromDateline } from './publisher-conventions.ts';
import { parseDateOption, pubDateFromText } from './pub-date.ts';
import { SLUG, articleSlug } from './slug.ts';

/** What the editor says about the article; everything is optional but the text. */
export interface IngestOptions {
  title?: string;
  description?: string;
  /** "2024-11-08" or "2024-11-08T14:30" (WIB). */
  date?: string;
  category?: string;
  tags?: string[];
  sourceName?: string;
  sourceUrl?: string;
  nameVariants?: string[];
  /** Overrides the slug made from the title. */
  slug?: string;
}

export interface IngestedArticle {
  slug: string;
  /** The complete Markdown file. */
  file: string;
  /** What the editor should check: guesses made, slips found in the text. */
  warnings: string[];
}

/** The desk of an article nobody filed under one. */
export const DEFAULT_CATEGORY = 'Umum';

const lines = (numbers: number[]) => `line${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`;
/** An option's value on one line: cleaned like the text, and any line break or tab made a space. */
const oneLine = (value: string) => cleanLine(value).replace(/\s+/gu, ' ');
const list = (values: string[] | undefined) => [...new Set((values ?? []).map(oneLine).filter((v) => v !== ''))];

/**
 * Turns a publisher's raw text into a complete article file, or throws an IngestError
 * saying why it cannot. Pure apart from reading the clock for one warning: nothing is
 * written. The body is checked by rendering it as the site does: every paragraph must
 * come back verbatim, or nothing is produced.
 */
export async function ingestText(bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestedArticle> {
  const warnings: string[] = [];
  const text = decodeText(bytes);
  const { paragraphs, invisibleRemovedOn } = splitParagraphs(text);
  if (invisibleRemovedOn.length > 0) {
    warnings.push(`removed invisible zero-width characters on ${lines(invisibleRemovedOn)}`);
  }
  const damaged = paragraphs.filter((p) => p.text.includes('\uFFFD')).map((p) => p.line);
  if (damaged.length > 0) {
    warnings.push(`"\uFFFD" (U+FFFD) on ${lines(damaged)}: the text was damaged before it arrived; kept as sent`);
  }
  const lede = findLede(paragraphs);
  if (!lede) throw new IngestError('the file has no paragraph of text, only Baca Juga lines or punctuation');

  // Dates count only in the article's own words: a Baca Juga line is another article's headline.
  const { mentions, impossible } = findDateMentions(paragraphs.filter((p) => !isBacaJuga(p.text)));
  for (const { text: expression, line } of impossible) warnings.push(`line ${line}: "${expression}" is not a real date; ignored`);
  warnings.push(...weekdayContradictions(mentions));
  const pubDate = options.date === undefined ? pubDateFromText(mentions) : parseDateOption(options.date);
  if (!pubDate) {
    throw new IngestError('no date: pass --date YYYY-MM-DD (the text has no date like "Kamis (8/11/2024)" or "8 November 2024")');
  }
  if (pubDate.warning) warnings.push(pubDate.warning);
  if (Date.parse(pubDate.value) > Date.now() + 24 * 60 * 60 * 1000) warnings.push(`pubDate ${pubDate.value} is in the future`);

  const { sentence, rest } = firstSentence(lede.text);
  let title = options.title === undefined ? undefined : oneLine(options.title);
  if (title === undefined) {
    title = headlineFrom(sentence);
    warnings.push(`no --title: the headline is the lede's first sentence, ${JSON.stringify(title)}; pass --title to write one`);
  }
  let description = options.description === undefined ? undefined : oneLine(options.description);
  if (description === undefined) {
    // Not the sentence that just became the headline, when there is more to say.
    const next = paragraphs.find((p) => p !== lede.paragraph && isArticleText(p.text))?.text;
    description = descriptionFrom(options.title === undefined ? rest || next || lede.text : lede.text);
    warnings.push(`no --description: it is taken from the text, ${JSON.stringify(description)}; pass --description to write one`);
  }
  let category = options.category === undefined ? undefined : oneLine(options.category);
  if (category === undefined) {
    category = DEFAULT_CATEGORY;
    warnings.push(`no --category: filed under "${DEFAULT_CATEGORY}"`);
  }
  let sourceName = options.sourceName === undefined ? undefined : oneLine(options.sourceName);
  if (sourceName === undefined) {
    sourceName = lede.dateline === undefined ? undefined : outletFromDateline(lede.dateline);
    if (sourceName === undefined) throw new IngestError('no source: pass --source-name (the text names no publisher in a dateline)');
    warnings.push(`no --source-name: the publisher is "${sourceName}", from the dateline`);
  }

  const fields: IngestedFrontmatter = {
    title,
    description,
    pubDate: pubDate.value,
    source: options.sourceUrl === undefined ? { name: sourceName } : { name: sourceName, url: options.sourceUrl.trim() },
    category,
    tags: list(options.tags),
    nameVariants: list(options.nameVariants),
  };
  const texts = paragraphs.map((p) => p.text);
  const file = articleFile(fields, paragraphsToMarkdown(texts));
  const body = checkArticleFile(file, fields);
  const [first] = await unfaithfulParagraphs(body, texts);
  if (first) {
    const where = paragraphs[first.index] ? `the paragraph on line ${paragraphs[first.index]!.line}` : 'the body';
    throw new IngestError(`${where} would not reach the page verbatim: expected ${JSON.stringify(first.expected)}, the page would show ${JSON.stringify(first.actual)}`);
  }

  const slug = options.slug === undefined ? articleSlug(title) : options.slug.trim();
  if (!SLUG.test(slug)) {
    throw new IngestError(
      options.slug === undefined
        ? `the title "${title}" gives no usable slug; pass --slug with lowercase ASCII words joined by hyphens`
        : `--slug "${options.slug}" must be lowercase ASCII words joined by hyphens`,
    );
  }
  return { slug, file, warnings };
}
