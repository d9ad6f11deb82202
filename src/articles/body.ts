import { parseFrontmatter } from '@astrojs/markdown-remark';
import { controlCharacterProblem } from './control-characters.ts';

/**
 * An article file's frontmatter and Markdown body, exactly as Astro's Markdown entry type
 * reads them (its `getEntryInfo`: the YAML parsed, the frontmatter replaced by blank
 * lines and the rest trimmed). Throws on broken YAML.
 */
export function parseArticleFile(fileText: string): { frontmatter: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(fileText, { frontmatter: 'empty-with-spaces' });
  return { frontmatter, body: content.trim() };
}

/** An article file's Markdown body (see parseArticleFile). */
export function markdownBody(fileText: string): string {
  return parseArticleFile(fileText).body;
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
