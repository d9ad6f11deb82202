import { isDeepStrictEqual } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { stringify } from 'yaml';
import { articleSchema, type ArticleFrontmatter } from '#src/articles/schema.ts';
import type { Credits } from './credits.ts';
import { IngestError } from './errors.ts';
import type { LeadImageFrontmatter } from './lead-image.ts';

/** The frontmatter the tool writes: only fields it has values for, in a fixed order. */
export interface IngestedFrontmatter {
  title: string;
  description: string;
  pubDate: string;
  updatedDate?: string;
  source: { name: string; url?: string; title?: string };
  credits: Credits;
  category: string;
  tags: string[];
  nameVariants: string[];
  /** The lead photo beside the entry, if it has one. */
  image?: LeadImageFrontmatter;
}

/** The command-line option each frontmatter field comes from, for error messages. */
const OPTION_OF: Record<string, string> = {
  title: '--title',
  description: '--description',
  pubDate: '--date',
  'source.name': '--source-name',
  'source.url': '--source-url',
  'source.title': 'the syndication footer',
  credits: 'the credit lines',
  category: '--category',
  tags: '--tags',
  nameVariants: '--name-variants',
  image: '--image',
};

/** Drops empty lists and absent values, which the schema defaults. */
function frontmatterObject(fields: IngestedFrontmatter): ArticleFrontmatter {
  const { source, tags, nameVariants, credits, image, ...rest } = fields;
  return {
    title: rest.title,
    description: rest.description,
    pubDate: rest.pubDate,
    ...(rest.updatedDate === undefined ? {} : { updatedDate: rest.updatedDate }),
    source: withoutAbsent({ name: source.name, url: source.url, title: source.title }),
    ...(hasCredits(credits) ? { credits: creditsObject(credits) } : {}),
    category: rest.category,
    ...(tags.length > 0 ? { tags } : {}),
    ...(nameVariants.length > 0 ? { nameVariants } : {}),
    ...(image === undefined ? {} : { image: withoutAbsent(image) }),
  };
}

/** An object without its undefined values (YAML would write them as null). */
function withoutAbsent<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const hasCredits = (c: Credits) =>
  c.authors.length > 0 || c.codes.length > 0 || c.editor !== undefined || c.notice !== undefined;

/** Credits without empty lists, which the schema defaults. */
function creditsObject({ authors, editor, codes, notice }: Credits): Credits {
  return withoutAbsent({
    ...(authors.length > 0 ? { authors } : {}),
    editor,
    ...(codes.length > 0 ? { codes } : {}),
    notice,
  }) as Credits;
}

/**
 * The article file: YAML frontmatter with every string double-quoted (an unquoted
 * timestamp would reach the schema as a Date and be rejected), then the body.
 */
export function articleFile(fields: IngestedFrontmatter, body: string): string {
  const yaml = stringify(frontmatterObject(fields), {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
  return `---\n${yaml}---\n\n${body}`;
}

/**
 * Reads an article file back the way Astro does (its own frontmatter parser) and
 * checks it against the site's schema. Returns the body Astro will render; throws an
 * IngestError naming the option at fault.
 */
export function checkArticleFile(file: string, fields: IngestedFrontmatter): string {
  const { frontmatter, content } = parseFrontmatter(file);
  const result = articleSchema.safeParse(frontmatter);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.join('.');
      const option = OPTION_OF[path] ?? OPTION_OF[String(issue.path[0])] ?? path;
      return `${option}: ${issue.message}`;
    });
    throw new IngestError(problems.join('; '));
  }
  if (!isDeepStrictEqual(frontmatter, frontmatterObject(fields))) {
    throw new IngestError('the frontmatter would not read back as written (a bug in the ingest tool)');
  }
  return content;
}
