/**
 * npm run --silent audit-ingest -- <articles folder> [--list FILE]
 *
 * Audits what the ingest tool wrote: every entry's title and slug for a dateline, every
 * body paragraph for page residue and credit lines. Its patterns are its own, wider than
 * the tool's rules and written apart from them, so that a miss of the tool shows up here;
 * a hit is a suspect for a person to look at, not proof. Prints counts by check;
 * `--list FILE` writes every hit (check, file, text) as TSV.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { BACA_JUGA_LINE } from '#src/articles/publisher-text.ts';

/** Outlets as they appear in datelines: an address, a bracket, or the name the dateline uses. */
const OUTLET = String.raw`(?:\(ANTARA(?: News)?\)|KOMPAS\.com|Kompas\.com|Liputan6\.com|TRIBUNNEWS\.COM|Tribunnews\.com|TEMPO\.CO|Tempo\.co|CNN Indonesia|detikcom|Suara\.com|Okezone|okezone\.com|merdeka\.com|Merdeka\.com|VIVA\.co\.id|JPNN\.com|Bisnis\.com|Republika\.co\.id|IDN Times)`;

/** What a title must not hold: a dateline at its start, or an outlet followed by a dash. */
const TITLE_CHECKS: Record<string, RegExp> = {
  'title: outlet then a dash': new RegExp(String.raw`${OUTLET}\s*,?[^-–—]{0,30}\s*(?:--?|[–—])`, 'u'),
  'title: opens with an outlet': new RegExp(String.raw`^(?:[\p{L} ]{0,30},\s*)?${OUTLET}`, 'u'),
  // A spaced or trailing dash: "JAKARTA - ", "BOGOR- ", not "TNI-Polri".
  'title: opens with a place and a dash': /^\p{Lu}[\p{Lu} ]{2,}(?:,[^-–—]{1,30})?(?:\s(?:--?|[–—])|(?:--?|[–—])\s)/u,
  'title: opens with a place, bracket, dash': /^[\p{L} ,]{2,40}\([^)]{2,24}\)\s*(?:--?|[–—])/u,
};

/** Dateline outlets as a slug writes them. */
const SLUG_CHECKS: Record<string, RegExp> = {
  'slug: an outlet':
    /(?:^|-)(?:antara-news|kompas-com|liputan6-com|tribunnews-com|tempo-co|detikcom|suara-com|okezone-com|merdeka-com|jpnn-com)(?:-|$)/u,
};

/** Body paragraphs that are a web page's furniture, not the report's prose. */
const RESIDUE_CHECKS: Record<string, RegExp> = {
  'residue: advertisement': /^(?:advertisement|advertorial|iklan)$/iu,
  'residue: scroll to continue': /scroll to continue/iu,
  'residue: gambas': /\[gambas:/iu,
  'residue: related link not an aside': /^(?:baca|lihat|simak)(?:\s+juga)?\b(?!.*[.!?]["”]?$)/iu,
  'residue: video prompt': /^(?:tonton|saksikan|simak)\b.{0,40}\bvideo\b/iu,
  'residue: follow us':
    /^(?:ikuti|follow)\b.{0,60}\b(?:whatsapp|google news|instagram|twitter|facebook|tiktok|channel|kami di)\b/iu,
  'residue: script or markup': /<!\s*\[CDATA|<\/?(?:script|div|iframe)\b|function\s*\(/iu,
};

/** Body paragraphs that credit the report's people: they belong in the credit line. */
const CREDIT_CHECKS: Record<string, RegExp> = {
  'credit: labelled name': /^(?:penulis|editor|pewarta|reporter|wartawan|penyunting|redaktur|kontributor)\s*:/iu,
  'credit: laporan wartawan': /^laporan\s+(?:wartawan|reporter|koresponden)\b/iu,
  'credit: copyright': /^(?:copyright|hak cipta)\b.{0,10}(?:©|\(c\))/iu,
  'credit: byline codes alone': /^\(\s*[\p{Ll}*]{1,6}(?:\s*\/\s*\p{Ll}{1,6})*\s*\)$/u,
  'credit: byline codes ending the text': /[.!?"”]\s*\(\s*\p{Ll}{2,5}(?:\s*\/\s*\p{Ll}{2,5})+\s*\)$/u,
  'credit: syndication footer': /^artikel ini telah (?:tayang|terbit)/iu,
  'credit: penulis and editor': /^penulis\b.{1,80}\|\s*editor\b/iu,
};

/** A Markdown paragraph as its text: backslash escapes undone. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/gu, '$1');

interface Hit {
  check: string;
  file: string;
  text: string;
}

function audit(folder: string): { files: number; hits: Hit[] } {
  const files = readdirSync(folder).filter((name) => name.endsWith('.md'));
  const hits: Hit[] = [];
  const test = (checks: Record<string, RegExp>, file: string, text: string) => {
    for (const [check, pattern] of Object.entries(checks)) if (pattern.test(text)) hits.push({ check, file, text });
  };
  for (const file of files) {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(folder, file), 'utf8'));
    test(TITLE_CHECKS, file, String(frontmatter.title));
    test(SLUG_CHECKS, file, file.replace(/\.md$/u, ''));
    for (const block of content.split(/\n{2,}/u)) {
      const text = unescape(block.trim());
      if (text === '' || text.startsWith('## ')) continue;
      // A Baca Juga line is an aside on the page, not a paragraph.
      if (BACA_JUGA_LINE.test(text)) continue;
      test(RESIDUE_CHECKS, file, text);
      test(CREDIT_CHECKS, file, text);
    }
  }
  return { files: files.length, hits };
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('usage: npm run --silent audit-ingest -- <articles folder> [--list FILE]');
  process.exitCode = 2;
} else {
  const { files, hits } = audit(positionals[0]!);
  const counts = new Map<string, number>();
  for (const { check } of hits) counts.set(check, (counts.get(check) ?? 0) + 1);
  const checks = [TITLE_CHECKS, SLUG_CHECKS, RESIDUE_CHECKS, CREDIT_CHECKS].flatMap(Object.keys);
  for (const check of checks) console.log(`${check}: ${counts.get(check) ?? 0}`);
  console.log(`audit: ${files} entries, ${hits.length} suspects`);
  if (values.list !== undefined)
    writeFileSync(values.list, hits.map(({ check, file, text }) => `${check}\t${file}\t${text}\n`).join(''));
}
