import { createHash } from 'node:crypto';
import { type IngestedFrontmatter, articleFile, checkArticleFile } from './article-file.ts';
import { type BodyBlock, type ClassifiedText, classifyLines } from './classify-lines.ts';
import { decodeText } from './decode-text.ts';
import { IngestError } from './errors.ts';
import { descriptionFrom, firstSentence, headlineFrom } from './headline.ts';
import { findDateMentions, findYearlessMentions, isoDate, weekdayContradictions } from './indonesian-dates.ts';
import { blocksToMarkdown, firstUnfaithfulBlock } from './markdown-body.ts';
import { type SourceParagraph, cleanLine, splitParagraphs } from './paragraphs.ts';
import { type Lede, findLede, isArticleText, isBacaJuga, outletFromDateline } from './publisher-conventions.ts';
import { type NumericOrder, parsePublisherDate } from './publisher-date.ts';
import { type PubDate, parseDateOption, pubDateFromText } from './date-option.ts';
import { SLUG, articleSlug } from './slug.ts';
import { labelText } from './label-text.ts';
import type { LeadImage, LeadImageRequest } from './lead-image.ts';
import { WIB_YEARS } from '#src/dates/wib.ts';
import { firstControlCharacter } from '#src/articles/control-characters.ts';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** What the editor (or the manifest) says about the article; everything is optional but the text. */
export interface IngestOptions {
  title?: string;
  description?: string;
  /** "2024-11-08" or "2024-11-08T14:30" (WIB). */
  date?: string;
  /** The date as the publisher wrote it (a manifest's), and the order of its numeric form if known. */
  publisherDate?: { text: string; order?: NumericOrder };
  /** The date of an article that names none anywhere ("2018-01-01"). */
  defaultDate?: string;
  category?: string;
  tags?: string[];
  sourceName?: string;
  sourceUrl?: string;
  nameVariants?: string[];
  authors?: string[];
  editor?: string;
  /** Overrides the slug made from the title. */
  slug?: string;
  /** A lead photo to store beside the entry (read and checked by ingestPath). */
  image?: LeadImageRequest;
  /** How messages name where each option came from; "--title" and so on by default. */
  labels?: Partial<Record<LabelledOption, string>>;
}

type LabelledOption =
  | 'title'
  | 'description'
  | 'category'
  | 'tags'
  | 'sourceName'
  | 'sourceUrl'
  | 'nameVariants'
  | 'authors'
  | 'editor'
  | 'date';

const DEFAULT_LABELS: Record<LabelledOption, string> = {
  title: '--title',
  description: '--description',
  category: '--category',
  tags: '--tags',
  sourceName: '--source-name',
  sourceUrl: '--source-url',
  nameVariants: '--name-variants',
  authors: 'the authors',
  editor: 'the editor',
  date: 'the date',
};

export interface IngestedArticle {
  slug: string;
  /** The frontmatter and the Markdown body the file is made of. */
  fields: IngestedFrontmatter;
  body: string;
  /** The complete Markdown file. */
  file: string;
  /** A hash of the body: the same text sent again has the same one. */
  bodyHash: string;
  /** The lead photo, checked; its `image` frontmatter is added where the entry is placed (its slug decides its name). */
  image?: LeadImage;
  /** What the editor should check: guesses made, slips found in the text, lines dropped or moved. */
  warnings: string[];
}

/** The desk of an article nobody filed under one. */
export const DEFAULT_CATEGORY = 'Umum';

const lines = (numbers: number[]) => `line${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`;
/** Reads options as one-line values, refusing control characters with the option's name. */
function optionReader(labels: IngestOptions['labels']) {
  const oneLine = (value: string, option: LabelledOption) => {
    const control = firstControlCharacter(value);
    if (control) {
      throw new IngestError(
        `${labels?.[option] ?? DEFAULT_LABELS[option]} has a control character (${control.codePoint}), which no page can show`,
      );
    }
    // Cleaned like the text, and any line break or tab made a space; NFC, nothing invisible.
    return cleanLine(labelText(value)).replace(/\s+/gu, ' ');
  };
  return {
    oneLine,
    optional: (value: string | undefined, option: LabelledOption) =>
      value === undefined ? undefined : oneLine(value, option),
    list: (values: string[] | undefined, option: LabelledOption) => [
      ...new Set((values ?? []).map((v) => oneLine(v, option)).filter((v) => v !== '')),
    ],
  };
}

/** The paragraphs of the raw text, with warnings about what was cleaned or looks damaged. */
function readParagraphs(bytes: Uint8Array, warnings: string[]): SourceParagraph[] {
  const decoded = decodeText(bytes);
  warnings.push(...decoded.warnings);
  const { paragraphs, invisibleRemovedOn } = splitParagraphs(decoded.text);
  if (invisibleRemovedOn.length > 0) {
    warnings.push(`removed invisible zero-width characters on ${lines(invisibleRemovedOn)}`);
  }
  const damaged = paragraphs.filter((p) => p.text.includes('\uFFFD')).map((p) => p.line);
  if (damaged.length > 0) {
    warnings.push(`"\uFFFD" (U+FFFD) on ${lines(damaged)}: the text was damaged before it arrived; kept as sent`);
  }
  return paragraphs;
}

/** Warnings naming each line that left the body, and why. */
function classificationWarnings({ dropped, moved }: ClassifiedText): string[] {
  const quoted = (list: SourceParagraph[]) =>
    list
      .map(({ line, text }) => `line ${line} ${JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text)}`)
      .join(', ');
  return [
    ...(dropped.length > 0 ? [`dropped page residue: ${quoted(dropped)}`] : []),
    ...(moved.length > 0 ? [`moved into the frontmatter (credits, syndication): ${quoted(moved)}`] : []),
  ];
}

/**
 * pubDate: the manifest's date, else --date, else the text's, else --default-date.
 * Warns about the text's dates; refuses when none is known.
 */
function choosePubDate(paragraphs: readonly SourceParagraph[], options: IngestOptions, warnings: string[]): string {
  // Dates count only in the article's own words: a Baca Juga line is another article's headline.
  const own = paragraphs.filter((p) => !isBacaJuga(p.text));
  const { mentions, impossible } = findDateMentions(own);
  for (const { text, line } of impossible) warnings.push(`line ${line}: "${text}" is not a real date; ignored`);
  warnings.push(...weekdayContradictions(mentions));
  let pubDate: PubDate | undefined;
  const dateLabel = options.labels?.date ?? DEFAULT_LABELS.date;
  // A cell without a single digit is no date at all (a scraper's "Scroll ke bawah ..."): as good as empty.
  if (options.publisherDate !== undefined && !/\p{N}/u.test(options.publisherDate.text)) {
    warnings.push(`${dateLabel}: "${options.publisherDate.text}" holds no date; ignored`);
  } else if (options.publisherDate !== undefined) {
    const parsed = parsePublisherDate(options.publisherDate.text, options.publisherDate.order);
    if ('problem' in parsed) throw new IngestError(`${dateLabel}: ${parsed.problem}`);
    if (parsed.weekdayWarning) warnings.push(parsed.weekdayWarning);
    pubDate = { value: parsed.value };
  } else if (options.date !== undefined) {
    pubDate = parseDateOption(options.date);
  }
  const year = pubDate === undefined ? undefined : Number(pubDate.value.slice(0, 4));
  const yearless = findYearlessMentions(own);
  if (year !== undefined)
    warnings.push(...weekdayContradictions(yearless.map((m) => ({ ...m, date: { ...m.date, year } }))));
  // A date before the years a page can show ("12 Desember 1531") is history the report
  // tells, and one after tomorrow ("pada 22 September 2135") a future it foresees: neither is its own date.
  const tomorrow = new Date(Date.now() + ONE_DAY_MS).toISOString().slice(0, 10);
  const datable = mentions.filter((m) => m.date.year >= WIB_YEARS.first && isoDate(m.date) <= tomorrow);
  pubDate ??= pubDateFromText(datable);
  if (!pubDate && options.defaultDate !== undefined) {
    const fallback = parseDateOption(options.defaultDate);
    const why =
      yearless.length > 0
        ? `the text's "${yearless[0]!.text}" on line ${yearless[0]!.line} has no year`
        : mentions.length > 0
          ? `the text names only dates before ${WIB_YEARS.first} or in the future ("${mentions[0]!.text}" on line ${mentions[0]!.line})`
          : 'the text names no date';
    pubDate = {
      value: fallback.value,
      warning: `no date given and ${why}: pubDate is --default-date, ${fallback.value}`,
    };
  }
  if (!pubDate) {
    if (yearless.length > 0) {
      throw new IngestError(
        `no year: the text dates itself "${yearless[0]!.text}" (line ${yearless[0]!.line}); give the date in the manifest or with --date`,
      );
    }
    throw new IngestError(
      'no date: pass --date YYYY-MM-DD (the text has no date like "Kamis (8/11/2024)" or "8 November 2024")',
    );
  }
  if (pubDate.warning) warnings.push(pubDate.warning);
  if (Date.parse(pubDate.value) > Date.now() + ONE_DAY_MS) warnings.push(`pubDate ${pubDate.value} is in the future`);
  return pubDate.value;
}

/** The frontmatter: the editor's options, and a warned-about proposal for each one missing. */
function chooseFields(
  options: IngestOptions,
  text: ClassifiedText,
  lede: Lede,
  pubDate: string,
  warnings: string[],
): IngestedFrontmatter {
  const read = optionReader(options.labels);
  const { sentence, rest } = firstSentence(lede.text);
  let title = read.optional(options.title, 'title');
  if (title === undefined) {
    title = headlineFrom(sentence);
    warnings.push(
      `no title: the headline is the lede's first sentence, ${JSON.stringify(title)}; pass --title or a manifest title`,
    );
  }
  let description = read.optional(options.description, 'description');
  if (description === undefined) {
    // Not the sentence that just became the headline, when there is more to say.
    const next = text.blocks.find(
      (p) => p.line !== lede.paragraph.line && p.kind === 'paragraph' && isArticleText(p.text),
    )?.text;
    description = descriptionFrom(options.title === undefined ? rest || next || lede.text : lede.text);
    warnings.push(`no description: it is taken from the text, ${JSON.stringify(description)}`);
  }
  let category = read.optional(options.category, 'category');
  if (category === undefined) {
    category = DEFAULT_CATEGORY;
    warnings.push(`no category: filed under "${DEFAULT_CATEGORY}"`);
  }
  let sourceName = read.optional(options.sourceName, 'sourceName') ?? text.syndication?.name;
  if (sourceName === undefined) {
    sourceName = lede.dateline === undefined ? undefined : outletFromDateline(lede.dateline);
    if (sourceName === undefined)
      throw new IngestError(
        'no source: pass --source-name or a manifest publisher (the text names no publisher in a dateline)',
      );
    warnings.push(`no source name: the publisher is "${sourceName}", from the dateline`);
  }
  const url = read.optional(options.sourceUrl, 'sourceUrl') ?? text.syndication?.url;
  const authors = read.list(options.authors, 'authors');
  return {
    title,
    description,
    pubDate,
    source: { name: sourceName, url, title: text.syndication?.title },
    credits: {
      ...text.credits,
      authors: authors.length > 0 ? authors : text.credits.authors,
      editor: read.optional(options.editor, 'editor') ?? text.credits.editor,
    },
    category,
    tags: read.list(options.tags, 'tags'),
    nameVariants: read.list(options.nameVariants, 'nameVariants'),
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
 * The article file for these fields and body, read back as Astro reads it and checked
 * against the site's schema: the body must come back byte for byte.
 */
export function checkedFile(fields: IngestedFrontmatter, body: string): string {
  const file = articleFile(fields, body);
  if (checkArticleFile(file, fields).trimStart() !== body)
    throw new IngestError('the body would not read back as written (a bug in the ingest tool)');
  return file;
}

/** Hash of a body, to recognize the same text sent twice. */
export const hashBody = (body: string) => createHash('sha256').update(body).digest('base64url');

/**
 * Turns a publisher's raw text into a complete article file, or throws an IngestError
 * saying why it cannot. Nothing is written. The file is read back as Astro reads it and
 * checked against the site's schema, and its body is rendered as the site renders it:
 * every block must come back verbatim, in its place, or nothing is produced.
 */
export async function ingestText(bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestedArticle> {
  const warnings: string[] = [];
  const paragraphs = readParagraphs(bytes, warnings);
  const text = classifyLines(paragraphs);
  warnings.push(...classificationWarnings(text));
  const lede = findLede(text.blocks.filter((block) => block.kind === 'paragraph'));
  if (!lede)
    throw new IngestError('the file has no paragraph of text, only Baca Juga lines, credits, residue or punctuation');
  const fields = chooseFields(options, text, lede, choosePubDate(paragraphs, options, warnings), warnings);
  const body = blocksToMarkdown(text.blocks);
  const file = checkedFile(fields, body);
  const unfaithful = await firstUnfaithfulBlock(text.blocks);
  if (unfaithful) {
    const block: BodyBlock = text.blocks[unfaithful.index]!;
    throw new IngestError(
      `the paragraph on line ${block.line} would not reach the page verbatim: expected ${JSON.stringify(unfaithful.expected)}, the page would show ${JSON.stringify(unfaithful.actual)}`,
    );
  }
  return { slug: chooseSlug(fields.title, options.slug), fields, body, file, bodyHash: hashBody(body), warnings };
}
