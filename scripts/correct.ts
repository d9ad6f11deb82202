/**
 * npm run --silent correct -- <slug> --text "<what was wrong and what is right>" [--date <ISO date-time>]
 *
 * Adds a correction ("Ralat") to content/articles/<slug>.md (WARTA_CONTENT_DIR): its
 * frontmatter's `corrections` gains `{ date, text }`, dated now unless --date says; the
 * body is never rewritten. docs/newsroom.md.
 */
import { addCorrection } from '#src/newsroom/commands.ts';
import { runNewsroomCommand } from '#src/newsroom/cli.ts';

runNewsroomCommand(
  'usage: npm run --silent correct -- <slug> --text "<correction>" [--date <ISO date-time>]',
  'text',
  addCorrection,
);
