import { parseFrontmatter } from '@astrojs/markdown-remark';
import { controlCharacterProblem } from './control-characters.ts';

/**
 * An article file's Markdown body, exactly as Astro's Markdown entry type reads it (its
 * `getEntryInfo`: the frontmatter replaced by blank lines, then trimmed).
 */
export function markdownBody(fileText: string): string {
  return parseFrontmatter(fileText, { frontmatter: 'empty-with-spaces' }).content.trim();
}

/**
 * What is wrong with a published article's body ("the article body is empty", "body:
 * contains the control character U+0000 on line 3; remove it"), or undefined. The schema
 * only sees the frontmatter.
 */
export function bodyProblem(body: string): string | undefined {
  if (body === '') return 'the article body is empty';
  const problem = controlCharacterProblem(body);
  return problem && `body: ${problem}`;
}
