import { describe, expect, it } from 'vitest';
import { bodyProblem, markdownBody } from '#src/articles/body.ts';

describe('markdownBody', () => {
  it('is the text after the frontmatter, trimmed', () => {
    const file = '---\ntitle: "Judul"\ntags:\n  - Ekonomi\n---\n\nParagraf satu.\n\nParagraf dua.\n\n';
    expect(markdownBody(file)).toBe('Paragraf satu.\n\nParagraf dua.');
  });

  it('keeps a thematic break in the body (only the first block is frontmatter)', () => {
    expect(markdownBody('---\ntitle: "J"\n---\nSatu.\n\n---\n\nDua.\n')).toBe('Satu.\n\n---\n\nDua.');
  });

  it('is the whole text of a file without frontmatter', () => {
    expect(markdownBody('  Hanya isi.\n')).toBe('Hanya isi.');
  });
});

describe('bodyProblem', () => {
  it('finds nothing wrong with prose', () => {
    expect(bodyProblem('Jakarta - Harga emas naik.')).toBeUndefined();
  });

  it('names an empty body', () => {
    expect(bodyProblem('')).toBe('the article body is empty');
  });

  it('names a control character and its line', () => {
    expect(bodyProblem('Satu.\n\nDua\u0000.')).toBe('body: contains the control character U+0000 on line 3; remove it');
  });
});
