import { type IngestedFrontmatter, articleFile, checkArticleFile } from './article-file.ts';
import { decodeText } from './decode-text.ts';
import { IngestError } from './errors.ts';
import { descriptionFrom, firstSentence, headlineFrom } from './headline.ts';
import { findDateMentions, weekdayContradictions } from './indonesian-dates.ts';
import { paragraphsToMarkdown, unfaithfulParagraphs } from './markdown-body.ts';
import { type SourceParagraph, cleanLine, splitParagraphs } from './paragraphs.ts';
import { type Lede, findLede, isArticleText, isBacaJuga, outletFromDateline } from './publisher-conventions.ts';
import { parseDateOption, pubDateFromText } from './pub-date.ts';
import { SLUG, articleSlug } from './slug.ts';
import { type LeadImage, leadImageFrontmatter } from './lead-image.ts';

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
  /** A checked lead photo (--image), to be stored beside the article. */
  image?: LeadImage;
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

/** The paragraphs of the raw text, with warnings about what was cleaned or looks damaged. */
function readParagraphs(bytes: Uint8Array, warnings: string[]): SourceParagraph[] {
  const { paragraphs, invisibleRemovedOn } = splitParagraphs(decodeText(bytes));
  if (invisibleRemovedOn.length > 0) {
    warnings.push(`removed invisible zero-width characters on ${lines(invisibleRemovedOn)}`);
  }
  const damaged = paragraphs.filter((p) => p.text.includes('\uFFFD')).map((p) => p.line);
  if (damaged.length > 0) {
    warnings.push(`"\uFFFD" (U+FFFD) on ${lines(damaged)}: the text was damaged before it arrived; kept as sent`);
  }
  return paragraphs;
}

/** pubDate from --date or else from the text, with warnings about the text's dates. */
function choosePubDate(paragraphs: readonly SourceParagraph[], date: string | undefined, warnings: string[]): string {
  // Dates count only in the article's own words: a Baca Juga line is another article's headline.
  const { mentions, impossible } = findDateMentions(paragraphs.filter((p) => !isBacaJuga(p.text)));
  for (const { text, line } of impossible) warnings.push(`line ${line}: "${text}" is not a real date; ignored`);
  warnings.push(...weekdayContradictions(mentions));
  const pubDate = date === undefined ? pubDateFromText(mentions) : parseDateOption(date);
  if (!pubDate) {
    throw new IngestError('no date: pass --date YYYY-MM-DD (the text has no date like "Kamis (8/11/2024)" or "8 November 2024")');
  }
  if (pubDate.warning) warnings.push(pubDate.warning);
  if (Date.parse(pubDate.value) > Date.now() + 24 * 60 * 60 * 1000) warnings.push(`pubDate ${pubDate.value} is in the future`);
  return pubDate.value;
}

/** The frontmatter: the editor's options, and a warned-about proposal for each one missing. */
function chooseFields(
  options: IngestOptions,
  paragraphs: readonly SourceParagraph[],
  lede: Lede,
  pubDate: string,
  warnings: string[],
): IngestedFrontmatter {
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
  return {
    title,
    description,
    pubDate,
    source: options.sourceUrl === undefined ? { name: sourceName } : { name: sourceName, url: options.sourceUrl.trim() },
    category,
    tags: list(options.tags),
    nameVariants: list(options.nameVariants),
  };
}

/** The slug: --slug, or one made from the title. */
function chooseSlug(title: string, slugOption: string | undefined): string {
  const slug = slugOption === undefined ? articleSlug(title) : slugOption.trim();
  if (SLUG.test(slug)) return slug;
  throw new IngestError(
    slugOption === undefined
      ? `the title "${title}" gives no usable slug; pass --slug with lowercase ASCII words joined by hyphens`
      : `--slug "${slugOption}" must be lowercase ASCII words joined by hyphens`,
  );
}

/**
 * Turns a publisher's raw text into a complete article file, or throws an IngestError
 * saying why it cannot. Nothing is written. The file is read back as Astro reads it and
 * checked against the site's schema, and its body is rendered as the site renders it:
 * every paragraph must come back verbatim, in its place, or nothing is produced.
 */
export async function ingestText(bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestedArticle> {
  const warnings: string[] = [];
  const paragraphs = readParagraphs(bytes, warnings);
  const lede = findLede(paragraphs);
  if (!lede) throw new IngestError('the file has no paragraph of text, only Baca Juga lines or punctuation');
  const fields = chooseFields(options, paragraphs, lede, choosePubDate(paragraphs, options.date, warnings), warnings);
  const texts = paragraphs.map((p) => p.text);
  const markdown = paragraphsToMarkdown(texts);
  const file = articleFile(fields, markdown);
  const body = checkArticleFile(file, fields);
  const [first] = await unfaithfulParagraphs(body, texts);
  if (first) {
    const where = paragraphs[first.index] ? `the paragraph on line ${paragraphs[first.index]!.line}` : 'the body';
    throw new IngestError(`${where} would not reach the page verbatim: expected ${JSON.stringify(first.expected)}, the page would show ${JSON.stringify(first.actual)}`);
  }
  const slug = chooseSlug(fields.title, options.slug);
  if (!options.image) return { slug, file, warnings };
  // The photo's file name comes from the slug, known only now.
  const withImage = { ...fields, image: leadImageFrontmatter(options.image, slug) };
  const withImageFile = articleFile(withImage, markdown);
  checkArticleFile(withImageFile, withImage);
  return { slug, file: withImageFile, warnings };
}
