import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument, Scalar, type Document } from 'yaml';
import { parseArticleFile } from '#src/articles/body.ts';
import { withDatesAsWritten } from '#src/articles/frontmatter-dates.ts';
import { articleSchema } from '#src/articles/schema.ts';
import { replaceFile } from '#src/files/replace-file.ts';
import { toWibIso } from '#src/dates/wib.ts';

/** A refusal the command prints as is: it names the file and the field. */
export class NewsroomError extends Error {}

/** The frontmatter block and everything after it, byte for byte. */
const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/;

/** A date-time for a frontmatter field: quoted, so that YAML keeps it as written ("2024-11-08T14:30:00+07:00"). */
export function quotedDate(date: Date): Scalar {
  const scalar = new Scalar(toWibIso(date));
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/**
 * Edits one article's frontmatter with the yaml package's Document API, which keeps the
 * rest of it (order, comments, quoting) as written, and never touches the body: the
 * bytes after the frontmatter are written back unchanged. The result must pass the
 * article schema, or nothing is written. Returns the file's path.
 */
export function editFrontmatter(contentDir: string, slug: string, edit: (doc: Document, file: string) => void): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new NewsroomError(`"${slug}" is not an article slug`);
  const file = join(contentDir, 'articles', `${slug}.md`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new NewsroomError(`${file}: there is no such article`);
  }
  const parts = FRONTMATTER.exec(text);
  if (!parts) throw new NewsroomError(`${file}: no frontmatter between --- lines`);
  const [, open, yaml, rest] = parts as unknown as [string, string, string, string];
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0 || !isMap(doc.contents))
    throw new NewsroomError(`${file}: the frontmatter is not a YAML mapping`);
  edit(doc, file);
  const edited = `${open}${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}${rest}`;
  const { frontmatter } = parseArticleFile(edited);
  const result = articleSchema.safeParse(withDatesAsWritten(frontmatter, edited));
  if (!result.success)
    throw new NewsroomError(
      result.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`).join('\n'),
    );
  replaceFile(file, edited);
  return file;
}
