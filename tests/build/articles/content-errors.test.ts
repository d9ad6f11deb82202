import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeContentDir } from '#tests/support/build-site.ts';
import { testPhoto } from '#tests/support/photo.ts';
import { seedMarkdown } from '#tests/support/seed.ts';

/** A real image beside every case, so an image case fails for its own reason only. */
let photo: Buffer;
beforeAll(async () => {
  photo = await testPhoto({ width: 64, height: 48 });
});

/** The seed article with one frontmatter line replaced (or removed, with ''). */
function seedWith(pattern: RegExp, replacement: string): string {
  const changed = seedMarkdown.replace(pattern, replacement);
  expect(changed, `pattern ${pattern} must change the seed`).not.toBe(seedMarkdown);
  return changed;
}

const body = seedMarkdown.split(/^---$/m)[2]!;

/** [case, file content, what the message must say besides the file name]. */
const badCases: [string, string, RegExp][] = [
  ['missing title', seedWith(/^title: .*\n/m, ''), /title: is required/],
  ['wrong-typed title', seedWith(/^title: .*$/m, 'title: 42'), /title: must be text/],
  ['missing pubDate', seedWith(/^pubDate: .*\n/m, ''), /pubDate: is required/],
  ['unparsable pubDate', seedWith(/^pubDate: .*$/m, 'pubDate: "kemarin sore"'), /pubDate: must be a date-time/],
  [
    'pubDate without offset',
    seedWith(/^pubDate: .*$/m, 'pubDate: "2024-11-08T10:00:00"'),
    /pubDate: must be a date-time with its offset/,
  ],
  [
    'impossible pubDate',
    seedWith(/^pubDate: .*$/m, 'pubDate: "2024-02-31T10:00:00+07:00"'),
    /pubDate: .*not a real date/,
  ],
  [
    'unquoted YAML timestamp without offset',
    seedWith(/^pubDate: .*$/m, 'pubDate: 2024-11-08T10:00:00'),
    /pubDate: must be a date-time with its offset/,
  ],
  [
    'pubDate before 1900',
    seedWith(/^pubDate: .*$/m, 'pubDate: "0999-01-01T00:00:00+07:00"'),
    /pubDate: .*outside the years 1900 to 9999/,
  ],
  [
    'pubDate after 9999 in WIB',
    seedWith(/^pubDate: .*$/m, 'pubDate: "9999-12-31T23:00:00-05:00"'),
    /pubDate: .*outside the years 1900 to 9999/,
  ],
  [
    'control character in the title',
    seedWith(/^title: .*$/m, 'title: "Judul\\u0001rusak"'),
    /title: contains the control character U\+0001; remove it/,
  ],
  [
    'ESC in the description',
    seedWith(/^description: .*$/m, 'description: "Ringkasan \\u001b[31m"'),
    /description: contains the control character U\+001B/,
  ],
  [
    'NUL in the body',
    seedMarkdown.replace(body, `${body}\nKalimat\u0000 rusak.\n`),
    /body: contains the control character U\+0000/,
  ],
  [
    'non-http source url',
    seedWith(/^  name: "Suara.com"$/m, '  name: "Suara.com"\n  url: "javascript:alert(1)"'),
    /source\.url: must be an http\(s\) URL/,
  ],
  [
    'ftp source url',
    seedWith(/^  name: "Suara.com"$/m, '  name: "Suara.com"\n  url: "ftp://suara.com/x"'),
    /source\.url: must be an http\(s\) URL/,
  ],
  ['image without alt', seedWith(/^category: /m, 'image:\n  src: "./ada.jpg"\ncategory: '), /image\.alt: is required/],
  [
    'image from the web',
    seedWith(/^category: /m, 'image:\n  src: "https://example.org/a.jpg"\n  alt: "x"\ncategory: '),
    /image\.src: must name an image file beside the article/,
  ],
  [
    'image outside the folder',
    seedWith(/^category: /m, 'image:\n  src: "../ada.jpg"\n  alt: "x"\ncategory: '),
    /image\.src: must name an image file beside the article/,
  ],
  [
    'image file missing',
    seedWith(/^category: /m, 'image:\n  src: "./hilang.jpg"\n  alt: "x"\ncategory: '),
    /hilang\.jpg does not exist/,
  ],
  ['tags not a list', seedWith(/^tags:\n(  - .*\n)+/m, 'tags: "Rusia"\n'), /tags: must be a list of topics/],
  ['unknown field', seedWith(/^category: /m, 'categroy: "x"\ncategory: '), /categroy/],
  ['broken YAML', seedWith(/^title: .*$/m, 'title: "unterminated'), /bad\.md/],
  ['no frontmatter', body, /title: is required/],
  ['empty body', seedMarkdown.replace(body, '\n\n   \n'), /the article body is empty/],
  // The newsroom's fields (docs/newsroom.md).
  [
    'withdrawn without a reason',
    seedWith(/^category: .*$/m, '$&\nwithdrawn:\n  date: "2025-03-02T09:15:00+07:00"'),
    /withdrawn\.reason: is required/,
  ],
  [
    'correction without a date',
    seedWith(/^category: .*$/m, '$&\ncorrections:\n  - text: "Angka yang benar 12."'),
    /corrections\.0\.date: is required/,
  ],
  [
    'replyTo to a missing slug',
    seedWith(/^category: .*$/m, '$&\nreplyTo: tidak-ada'),
    /replyTo: there is no article "tidak-ada"/,
  ],
];

describe('invalid content fails the build naming the file and the problem', () => {
  it.each(badCases)('%s', (_name, text, problem) => {
    const result = buildSite(makeContentDir({ 'bad.md': text, 'ada.jpg': photo }));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/articles\/bad\.md/);
    expect(result.output).toMatch(problem);
  });

  it('a valid corpus builds (the cases above fail for their own reason)', () => {
    const result = buildSite(makeContentDir({ 'ok.md': seedMarkdown }));
    expect(result.status, result.output).toBe(0);
  });
});
