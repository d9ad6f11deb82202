import { describe, expect, it } from 'vitest';
import { relativeInside } from '#src/files/relative-inside.ts';

describe('relativeInside', () => {
  it('gives the path below the folder, or "" for the folder itself', () => {
    expect(relativeInside('/srv/situs', '/srv/situs/berita/a/index.html')).toBe('berita/a/index.html');
    expect(relativeInside('/srv/situs', '/srv/situs/')).toBe('');
  });

  it('gives nothing for a path outside, a sibling whose name starts alike included', () => {
    expect(relativeInside('/srv/situs', '/srv/lain/index.html')).toBeUndefined();
    expect(relativeInside('/srv/situs', '/srv')).toBeUndefined();
    expect(relativeInside('/srv/situs', '/srv/situs-lama/index.html')).toBeUndefined();
  });

  it('keeps a name inside that only starts with two dots', () => {
    expect(relativeInside('/srv/situs', '/srv/situs/..cadangan')).toBe('..cadangan');
  });
});
