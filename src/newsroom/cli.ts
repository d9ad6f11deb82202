import { parseArgs } from 'node:util';
import { loadSiteConfig } from '#src/site.config.ts';
import { NewsroomError } from './edit-frontmatter.ts';

/**
 * Runs one newsroom command: `<slug> --<field> "<text>" [--date <ISO date-time>]`, in the
 * content folder WARTA_CONTENT_DIR names. Prints the edited file's path; exit status 1
 * when the article or the result is refused, 2 on a usage error.
 */
export function runNewsroomCommand(
  usage: string,
  field: string,
  apply: (contentDir: string, slug: string, text: string, date: Date) => string,
): void {
  const fail = (message: string, status: number) => {
    process.stderr.write(`${message}\n${status === 2 ? `${usage}\n` : ''}`);
    process.exit(status);
  };
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { [field]: { type: 'string' }, date: { type: 'string' } },
    });
  } catch (error) {
    return fail((error as Error).message, 2);
  }
  const { positionals, values } = parsed;
  const text = values[field];
  if (positionals.length !== 1 || typeof text !== 'string') return fail(`one slug and --${field} are required`, 2);
  const date = values.date === undefined ? new Date() : new Date(String(values.date));
  if (Number.isNaN(date.getTime())) return fail(`--date: "${String(values.date)}" is not an ISO 8601 date-time`, 2);
  try {
    process.stdout.write(`${apply(loadSiteConfig().contentDir, positionals[0]!, text, date)}\n`);
  } catch (error) {
    if (!(error instanceof NewsroomError)) throw error;
    fail(error.message, 1);
  }
}
