import { z } from 'astro/zod';
import { DATE_TIME_WITH_OFFSET, parseDateTimeWithOffset } from './parse-date-time.ts';

/**
 * A date-time with an explicit numeric offset, e.g. "2024-11-08T14:30:00+07:00" (WIB).
 * It must be a quoted string: an unquoted YAML timestamp loses its offset.
 */
const dateTimeWithOffset = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : 'must be a quoted date-time with its offset, e.g. "2024-11-08T14:30:00+07:00"',
  })
  .regex(DATE_TIME_WITH_OFFSET, {
    error: 'must be a date-time with its offset, e.g. "2024-11-08T14:30:00+07:00"',
  })
  .transform((value, ctx) => {
    const date = parseDateTimeWithOffset(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date and time` });
      return z.NEVER;
    }
    return date;
  });

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** Error text for a missing field or one of the wrong type; zod prefixes the field's path. */
const requiredText = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${expected}, not ${JSON.stringify(issue.input)}`;

const nonEmpty = () => z.string({ error: requiredText('text') }).trim().min(1, { error: 'must not be empty' });

/** Where the report comes from. */
export const sourceSchema = z.strictObject({
  /** The publisher as it names itself, e.g. "Suara.com". */
  name: nonEmpty(),
  /** The original article's address, when the publisher gave one. */
  url: httpUrl.optional(),
});

/** A lead photo's file name beside the article: "./<name>.jpg" (also .jpeg, .png, .webp, .avif). */
const LEAD_IMAGE_FILE = /^\.\/[^/\\]+\.(?:jpe?g|png|webp|avif)$/i;

const leadImageFile = nonEmpty().regex(LEAD_IMAGE_FILE, {
  error: 'must name an image file beside the article, e.g. "./judul-berita.jpg" (jpg, png, webp or avif)',
});

/**
 * A lead photo stored beside the article; alt text is required because the photo is
 * content, not decoration. `src` is the file name as written; the site's build passes
 * it on to Astro's image pipeline (see `articleSchemaWith`).
 */
function leadImageSchema<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** The image file beside the article, e.g. "./judul-berita.jpg". */
    src,
    /** What the photo shows, in Indonesian. */
    alt: nonEmpty(),
    /** What the photo is about, shown under it. */
    caption: nonEmpty().optional(),
    /** Who took or owns it, e.g. "ANTARA/Budi Santoso", shown after the caption. */
    credit: nonEmpty().optional(),
  });
}

/**
 * The frontmatter of one article, with `imageSrc` reading the lead photo's file name:
 * Astro's `image()` in the content collection (it resolves the file and gives the
 * pipeline its dimensions), the plain file-name check where there is no Astro (ingest).
 */
export function articleSchemaWith<Src extends z.ZodType>(imageSrc: Src) {
  // Astro's image() reads the file name as a string but declares its parsed result as its
  // input type; the file-name rule runs first either way.
  const imageFile = leadImageFile.pipe(imageSrc as unknown as z.ZodType<z.output<Src>, string>);
  return z.strictObject({
    /** The headline, as shown on the page and in listings. */
    title: nonEmpty().max(200, { error: 'must be at most 200 characters' }),
    /** The dek: one or two sentences under the headline, also the meta description. */
    description: nonEmpty().max(400, { error: 'must be at most 400 characters' }),
    /** When the report was published, with its offset (WIB is +07:00). */
    pubDate: dateTimeWithOffset,
    /** When it was last changed, if it was. */
    updatedDate: dateTimeWithOffset.optional(),
    /** Who published the report. */
    source: sourceSchema,
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
    image: leadImageSchema(imageFile).optional(),
    /** Language of the article: Indonesian. */
    lang: z.literal('id').default('id'),
    /** A draft is built nowhere: no page, listing, feed, sitemap or search entry. */
    draft: z.boolean({ error: requiredText('true or false') }).default(false),
  });
}

/** The frontmatter of one article as plain Node checks it: the lead photo is a file name. */
export const articleSchema = articleSchemaWith(z.string());

export type ArticleData = z.output<typeof articleSchema>;
export type ArticleFrontmatter = z.input<typeof articleSchema>;
