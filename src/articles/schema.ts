import { z } from 'astro/zod';
import { controlCharacterProblem } from './control-characters.ts';
import { parseFrontmatterDate } from '#src/dates/parse-date-time.ts';
import { isWithinWibYears, WIB_YEARS } from '#src/dates/wib.ts';

const DATE_EXAMPLES = 'e.g. 2024-11-08T14:30:00+07:00, or a date, e.g. 2024-11-08 (00:00 WIB)';

/**
 * A date as Astro users write it, quoted or not: a date-time with its offset
 * ("2024-11-08T14:30:00+07:00") or a plain date (2024-11-08, 00:00 WIB). Unquoted, YAML
 * reads either as a timestamp; the collection's loader gives the schema the text as
 * written (src/articles/frontmatter-dates.ts), so a plain date stays 00:00 WIB. Years run from
 * 1900 to 9999 in WIB: ISO 8601 and the feed need four digits.
 */
const frontmatterDate = z
  .union([z.string(), z.date()], {
    error: (issue) =>
      issue.input === undefined ? 'is required' : `must be a date-time with its offset, ${DATE_EXAMPLES}`,
  })
  .transform((value, ctx) => {
    const date = value instanceof Date ? value : parseFrontmatterDate(value);
    const shown = value instanceof Date ? value.toISOString() : value;
    if (date === 'format')
      ctx.addIssue({
        code: 'custom',
        message: `must be a date-time with its offset, ${DATE_EXAMPLES}; "${shown}" is not`,
      });
    else if (date === 'impossible' || Number.isNaN(date.getTime()))
      ctx.addIssue({ code: 'custom', message: `"${shown}" is not a real date and time` });
    else if (!isWithinWibYears(date))
      ctx.addIssue({
        code: 'custom',
        message: `"${shown}" is outside the years ${WIB_YEARS.first} to ${WIB_YEARS.last} (WIB)`,
      });
    else return date;
    return z.NEVER;
  });

/** Refuses a text holding a control character, naming it (the field comes from zod's path). */
const withoutControlCharacters = (value: string, ctx: z.RefinementCtx) => {
  const problem = controlCharacterProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).superRefine(withoutControlCharacters);

/** Error text for a missing field or one of the wrong type; zod prefixes the field's path. */
const requiredText = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${expected}, not ${JSON.stringify(issue.input)}`;

const nonEmpty = () =>
  z
    .string({ error: requiredText('text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine(withoutControlCharacters);

/** Where the report comes from. */
export const sourceSchema = z.strictObject({
  /** The publisher as it names itself, e.g. "Suara.com". */
  name: nonEmpty(),
  /** The original article's address, when the publisher gave one. */
  url: httpUrl.optional(),
  /** The original headline, when the report is syndicated from another outlet under another title. */
  title: nonEmpty().optional(),
});

/** Who wrote and edited the report, as the publisher credits them; shown once under the headline. */
export const creditsSchema = z.strictObject({
  /** The reporters and writers ("Pewarta", "Penulis", "Reporter", "Laporan Wartawan ..."), in the order credited. */
  authors: z.array(nonEmpty(), { error: requiredText('a list of names') }).default([]),
  /** The editor who handled the report. */
  editor: nonEmpty().optional(),
  /** The desk's byline codes, e.g. "rna/fdn" for "(rna/fdn)". */
  codes: z.array(nonEmpty(), { error: requiredText('a list of codes') }).default([]),
  /** The publisher's copyright notice, e.g. "COPYRIGHT © ANTARA 2021". */
  notice: nonEmpty().optional(),
});

/** A lead photo's file name beside the article: "./<name>.jpg" (also .jpeg, .png, .webp, .avif). */
const LEAD_IMAGE_FILE = /^\.\/[^/\\]+\.(?:jpe?g|png|webp|avif)$/i;

const leadImageFile = nonEmpty().regex(LEAD_IMAGE_FILE, {
  error: 'must name an image file beside the article, e.g. "./judul-berita.jpg" (jpg, png, webp or avif)',
});

/**
 * A lead photo stored beside the article; alt text is required because the photo is
 * content, not decoration.
 */
const leadImageSchema = z.strictObject({
  /** The image file beside the article, e.g. "./judul-berita.jpg". */
  src: leadImageFile,
  /** What the photo shows, in Indonesian. */
  alt: nonEmpty(),
  /** What the photo is about, shown under it. */
  caption: nonEmpty().optional(),
  /** Who took or owns it, e.g. "ANTARA/Budi Santoso", shown after the caption. */
  credit: nonEmpty().optional(),
});

/**
 * One correction ("Ralat") to a published report: when it was made (with its time, as the
 * Press Council's guideline asks) and what it corrects, shown near the top of the article
 * and on /koreksi/.
 */
export const correctionSchema = z.strictObject({
  /** When the correction was published, e.g. 2024-11-09T08:00:00+07:00. */
  date: frontmatterDate,
  /** What was wrong and what is right, in Indonesian. */
  text: nonEmpty().max(2000, { error: 'must be at most 2000 characters' }),
});

/**
 * A report taken down: only a notice stays at its URL, with the date and the stated
 * reason (SARA, decency, a child's future, a victim's trauma...); nothing else of it is
 * built anywhere (src/articles/withdrawal.ts).
 */
export const withdrawalSchema = z.strictObject({
  /** When it was withdrawn. */
  date: frontmatterDate,
  /** Why, as announced to readers, in Indonesian. */
  reason: nonEmpty().max(1000, { error: 'must be at most 1000 characters' }),
});

/** A slug of another article in the collection, as its file is named (without .md). */
const articleSlug = nonEmpty().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be the slug of another article, e.g. "banjir-rendam-permukiman"',
});

/** The newsroom's duties under the Press Council's guideline (docs/newsroom.md): one block of the schema. */
const newsroomFields = {
  /** Corrections, oldest first or in any order; `updatedDate` follows the latest. */
  corrections: z.array(correctionSchema, { error: requiredText('a list of { date, text }') }).default([]),
  /** Set when the report is withdrawn: its page becomes a notice, and it leaves every listing. */
  withdrawn: withdrawalSchema.optional(),
  /** The slug of the article this one answers: a right of reply (hak jawab) or a correction article. */
  replyTo: articleSlug.optional(),
  /** Not yet verified: labelled "Belum terverifikasi" by the headline until the flag is removed. */
  unverified: z.boolean({ error: requiredText('true or false') }).default(false),
};

/**
 * `updatedDate` follows the latest correction: a report corrected after its last update
 * was updated then.
 */
function updatedByCorrections<T extends { updatedDate?: Date; corrections: { date: Date }[] }>(data: T): T {
  const latest = Math.max(
    data.updatedDate?.getTime() ?? -Infinity,
    ...data.corrections.map(({ date }) => date.getTime()),
  );
  return Number.isFinite(latest) && latest !== data.updatedDate?.getTime()
    ? { ...data, updatedDate: new Date(latest) }
    : data;
}

/** The frontmatter of one article, as written. */
const articleFields = z.strictObject({
  /** The headline, as shown on the page and in listings. */
  title: nonEmpty().max(200, { error: 'must be at most 200 characters' }),
  /** The dek: one or two sentences under the headline, also the meta description. */
  description: nonEmpty().max(400, { error: 'must be at most 400 characters' }),
  /** When the report was published, with its offset (WIB is +07:00). */
  pubDate: frontmatterDate,
  /**
   * Where `pubDate` came from: the publisher's manifest, the ingest's `--date`, the
   * publisher's URL, the dateline or the lede; `default` when none gave one and the
   * ingest's `--default-date` stood in, so the date is not known and is never shown as a
   * publication date. Absent when an editor wrote the date.
   */
  dateSource: z.enum(['manifest', 'option', 'url', 'dateline', 'lede', 'default']).optional(),
  /** When it was last changed, if it was. */
  updatedDate: frontmatterDate.optional(),
  /** Who published the report. */
  source: sourceSchema,
  /** Who wrote and edited it, if the publisher says. */
  credits: creditsSchema.optional(),
  /** The desk it belongs to, e.g. "Internasional". */
  category: nonEmpty(),
  /** Topics; each gets a page at /topik/<tag>/. */
  tags: z.array(nonEmpty(), { error: requiredText('a list of topics') }).default([]),
  /**
   * Other spellings readers type for names in the report (Zelenskyy for Zelensky,
   * Kiev for Kyiv). Indexed for search, never shown as body text.
   */
  nameVariants: z.array(nonEmpty(), { error: requiredText('a list of spellings') }).default([]),
  /** An optional lead photo. */
  image: leadImageSchema.optional(),
  /** Language of the article: Indonesian. */
  lang: z.literal('id').default('id'),
  /** A draft is built nowhere: no page, listing, feed, sitemap or search entry. */
  draft: z.boolean({ error: requiredText('true or false') }).default(false),
  /**
   * Written by the ingest, never shown: a digest of the file and photo as it wrote them
   * (src/ingest/entry-digest.ts). The next ingest overwrites the entry only while they
   * still match, so an editor's changes are never undone.
   */
  ingestDigest: z
    .string()
    .regex(/^sha256-[\w-]{43}$/u, { error: 'must be "sha256-" and 43 letters, as the ingest writes it' })
    .optional(),
  ...newsroomFields,
});

/** The frontmatter of one article, with `updatedDate` following its corrections. */
export const articleSchema = articleFields.transform(updatedByCorrections);

/**
 * The article schema of the content collection: `articleSchema`, then the lead photo's
 * file name handed to Astro's `image()`, which gives astro:assets the file. Astro calls
 * the collection's schema function once per entry, because image() resolves against the
 * entry's folder; so only this last step is new per entry, and image() is only made for
 * an entry that has a photo. A whole schema per entry cost 5.6 ms each (zod compiles
 * every object schema on first use): a minute more for a 10,000-article build.
 */
export function articleSchemaWithImages<Src extends z.ZodType>(image: () => Src) {
  type Resolved = Omit<ArticleData, 'image'> & {
    image?: Omit<NonNullable<ArticleData['image']>, 'src'> & { src: z.output<Src> };
  };
  return articleSchema.transform(async ({ image: photo, ...rest }): Promise<Resolved> => {
    // A withdrawn report keeps no photo: astro:assets never sees the file, so none of its renditions is built.
    if (!photo || rest.withdrawn) return rest;
    // Astro's image() reads the file name as a string but declares its parsed result as
    // its input type.
    const resolve = image() as unknown as z.ZodType<z.output<Src>, string>;
    return { ...rest, image: { ...photo, src: await resolve.parseAsync(photo.src) } };
  });
}

export type ArticleData = z.output<typeof articleSchema>;
export type ArticleFrontmatter = z.input<typeof articleSchema>;
