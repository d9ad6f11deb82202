/**
 * npm run --silent withdraw -- <slug> --reason "<why, as announced>" [--date <ISO date-time>]
 *
 * Withdraws content/articles/<slug>.md (WARTA_CONTENT_DIR): its frontmatter gains
 * `withdrawn: { date, reason }`, dated now unless --date says; the body is never
 * rewritten. The next build leaves only a notice at its URL. docs/newsroom.md.
 */
import { withdrawArticle } from '#src/newsroom/commands.ts';
import { runNewsroomCommand } from '#src/newsroom/cli.ts';

runNewsroomCommand(
  'usage: npm run --silent withdraw -- <slug> --reason "<reason>" [--date <ISO date-time>]',
  'reason',
  withdrawArticle,
);
