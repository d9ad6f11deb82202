import { describe, expect, it } from 'vitest';
import { readingMinutes } from '#src/articles/reading-time.ts';

describe('readingMinutes', () => {
  it('rounds up at 200 words a minute', () => {
    expect(readingMinutes('kata '.repeat(200))).toBe(1);
    expect(readingMinutes('kata '.repeat(201))).toBe(2);
    expect(readingMinutes('kata '.repeat(303))).toBe(2);
  });

  it('is at least a minute, and ignores punctuation-only tokens', () => {
    expect(readingMinutes('Halo.')).toBe(1);
    expect(readingMinutes('satu - dua — tiga')).toBe(1);
    expect(readingMinutes(`${'kata '.repeat(200)} - - - -`)).toBe(1);
  });
});
