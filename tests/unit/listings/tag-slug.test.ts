import { describe, expect, it } from 'vitest';
import { tagSlug } from '#src/listings/tag-slug.ts';

describe('tagSlug', () => {
  it('makes Latin names readable slugs', () => {
    expect(tagSlug('Korea Utara')).toBe('korea-utara');
  });

  it('gives names without a Latin letter or digit a stable slug of their own (issue 10, case 7)', () => {
    const slugs = ['!!!', '中文', '😀'].map(tagSlug);
    for (const slug of slugs) expect(slug).toMatch(/^t-[0-9a-f]{8}$/);
    expect(new Set(slugs).size).toBe(3);
    // FNV-1a of the UTF-8 bytes of "!!!" (0x21 three times), worked out by hand from the
    // offset basis 0x811c9dc5 and prime 0x01000193.
    expect(tagSlug('!!!')).toBe(`t-${fnv1aByHand([0x21, 0x21, 0x21])}`);
    expect(tagSlug('中文')).toBe(tagSlug('中文'));
  });
});

/** FNV-1a written out with BigInt, independently of the module's Math.imul. */
function fnv1aByHand(bytes: number[]): string {
  let hash = 0x811c9dc5n;
  for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * 0x01000193n) % 2n ** 32n;
  return hash.toString(16).padStart(8, '0');
}
