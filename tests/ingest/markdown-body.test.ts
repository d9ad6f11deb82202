import { describe, expect, it } from 'vitest';
import { paragraphsToMarkdown, renderedBlocks, unfaithfulParagraphs } from '../../src/ingest/markdown-body.ts';
import { MARKDOWN_SPECIAL_LINES } from '../support/ingest.ts';


describe('paragraphsToMarkdown', () => {
  it('escapes what Markdown would read as syntax', () => {
    const markdown = paragraphsToMarkdown(['1. Satu', '# Dua', '<b>tiga</b>', '[x](y)']);
    expect(markdown).toBe('1\\. Satu\n\n\\# Dua\n\n\\<b>tiga\\</b>\n\n\\[x]\\(y)\n');
  });

  it('writes plain prose unchanged, one blank line between paragraphs', () => {
    expect(paragraphsToMarkdown(['Suara.com - Rusia menolak.', '"Ya," katanya, Kamis (8/11/2024).'])).toBe(
      'Suara.com - Rusia menolak.\n\n"Ya," katanya, Kamis (8/11/2024).\n',
    );
  });

  it('brings every Markdown-special line back as a paragraph with exactly its text', async () => {
    const markdown = paragraphsToMarkdown(MARKDOWN_SPECIAL_LINES);
    expect(await renderedBlocks(markdown)).toEqual(MARKDOWN_SPECIAL_LINES.map((text) => ({ tag: 'p', text })));
    expect(await unfaithfulParagraphs(markdown, MARKDOWN_SPECIAL_LINES)).toEqual([]);
  });

  it('brings a Baca Juga line back as an aside, and a dateline as text', async () => {
    const lines = ['JAKARTA, Suara.com - Rusia menolak.', 'BACA JUGA :  Judul Lain'];
    expect(await renderedBlocks(paragraphsToMarkdown(lines))).toEqual([
      { tag: 'p', text: lines[0] },
      { tag: 'aside', text: lines[1] },
    ]);
  });
});

describe('unfaithfulParagraphs', () => {
  it('catches Markdown that would not come back verbatim (the check can fail)', async () => {
    // Unescaped, as a naive tool would write them: a list and emphasis.
    expect(await unfaithfulParagraphs('1. Satu\n\n*dua*\n', ['1. Satu', '*dua*'])).toEqual([
      { index: 0, expected: '1. Satu', actual: '<ol> \nSatu\n' },
      { index: 1, expected: '*dua*', actual: '<p> dua' },
    ]);
    expect(await unfaithfulParagraphs('Satu\n', ['Satu', 'Dua'])).toEqual([{ index: 1, expected: 'Dua', actual: '(nothing)' }]);
    expect(await unfaithfulParagraphs('Baca Juga: X\n', ['Baca Juga: Y'])).toHaveLength(1);
  });
});
