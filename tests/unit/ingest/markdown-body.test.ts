import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '#src/ingest/classify-lines.ts';
import { blocksToMarkdown, firstUnfaithfulBlock, renderedBlocks } from '#src/ingest/markdown-body.ts';
import { MARKDOWN_SPECIAL_LINES } from '#tests/support/ingest.ts';

const paragraphs = (texts: readonly string[]) => texts.map((text) => ({ kind: 'paragraph' as const, text }));

describe('blocksToMarkdown', () => {
  it('escapes what Markdown would read as syntax', () => {
    const markdown = blocksToMarkdown(paragraphs(['1. Satu', '# Dua', '<b>tiga</b>', '[x](y)']));
    expect(markdown).toBe('1\\. Satu\n\n\\# Dua\n\n\\<b>tiga\\</b>\n\n\\[x]\\(y)\n');
  });

  it('writes plain prose unchanged, one blank line between paragraphs', () => {
    expect(blocksToMarkdown(paragraphs(['Suara.com - Rusia menolak.', '"Ya," katanya, Kamis (8/11/2024).']))).toBe(
      'Suara.com - Rusia menolak.\n\n"Ya," katanya, Kamis (8/11/2024).\n',
    );
  });

  it('writes a subheading as a level-2 heading', () => {
    const blocks: Pick<BodyBlock, 'kind' | 'text'>[] = [
      { kind: 'paragraph', text: 'Satu.' },
      { kind: 'subheading', text: 'Anak Judul # Ini' },
    ];
    expect(blocksToMarkdown(blocks)).toBe('Satu.\n\n## Anak Judul # Ini\n');
  });

  it('brings every Markdown-special line back as a paragraph with exactly its text', async () => {
    const markdown = blocksToMarkdown(paragraphs(MARKDOWN_SPECIAL_LINES));
    expect(await renderedBlocks(markdown)).toEqual(MARKDOWN_SPECIAL_LINES.map((text) => ({ tag: 'p', text })));
    expect(await firstUnfaithfulBlock(paragraphs(MARKDOWN_SPECIAL_LINES))).toBeUndefined();
  });

  it('brings related links back as asides, a subheading as h2, and a dateline as text', async () => {
    const blocks: Pick<BodyBlock, 'kind' | 'text'>[] = [
      { kind: 'paragraph', text: 'JAKARTA, Suara.com - Rusia menolak.' },
      { kind: 'paragraph', text: 'BACA JUGA :  Judul Lain' },
      { kind: 'paragraph', text: 'Baca juga:Judul Tanpa Spasi' },
      { kind: 'paragraph', text: 'Lihat juga: Judul Ketiga' },
      { kind: 'subheading', text: 'Anak Judul' },
    ];
    expect(await renderedBlocks(blocksToMarkdown(blocks))).toEqual([
      { tag: 'p', text: blocks[0]!.text },
      { tag: 'aside', text: blocks[1]!.text },
      { tag: 'aside', text: blocks[2]!.text },
      { tag: 'aside', text: blocks[3]!.text },
      { tag: 'h2', text: 'Anak Judul' },
    ]);
    expect(await firstUnfaithfulBlock(blocks)).toBeUndefined();
  });
});

describe('firstUnfaithfulBlock', () => {
  it('catches a block that would not come back verbatim (the check can fail)', async () => {
    // CommonMark turns NUL into U+FFFD: the page would not show the text as written.
    expect(await firstUnfaithfulBlock(paragraphs(['Satu.', 'Dua\u0000.']))).toEqual({
      index: 1,
      expected: 'Dua\u0000.',
      actual: '<p> Dua\uFFFD.',
    });
  });
});
