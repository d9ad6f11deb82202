import { matchDateline } from '#src/articles/publisher-text.ts';
import {
  type Credits,
  noCredits,
  signature,
  splitLeadingCredit,
  splitTrailingCodes,
  takeCreditLine,
} from './credits.ts';
import type { SourceParagraph } from './paragraphs.ts';
import { isArticleText, isBacaJuga } from './publisher-conventions.ts';

/** A block of the article's body: a paragraph (a Baca Juga line included) or a subheading. */
export interface BodyBlock extends SourceParagraph {
  kind: 'paragraph' | 'subheading';
}

/** Where a syndicated report first appeared: "Artikel ini telah tayang di Kompas.com dengan judul "...", Klik untuk baca: URL". */
export interface Syndication {
  name: string;
  title?: string;
  url?: string;
}

export interface ClassifiedText {
  /** What the page shows, in order. */
  blocks: BodyBlock[];
  credits: Credits;
  syndication?: Syndication;
  /** Page residue, dropped: a web page's furniture that came along with the text. */
  dropped: SourceParagraph[];
  /** Lines that went into `credits` or `syndication` instead of the body. */
  moved: SourceParagraph[];
}

/**
 * Page residue: lines a scraper took from the page around the report. Each is a whole
 * line, matched exactly (apart from case and spacing), so prose never matches.
 */
const RESIDUE = [
  /^advertisement$/iu,
  /^scroll to continue with content$/iu,
  /^\[gambas:[^\]]*\]$/iu,
  /^tonton juga\b.*\bdi sini\s*:?$/iu,
  // "Simak juga Video ...", "Tonton juga Video: <title>", "Simak Video '<title>'", "Lihat juga Video: ..."
  /^(?:tonton|simak|lihat)(?:\s+juga)?\s+video\b.{0,200}$/iu,
  /^baca(?:\s+|_)juga\s*:?$/iu,
  /^baca (?:berita )?selengkapnya(?:\s*di sini|\s*berikut ini)?\s*:?$/iu,
  /^ikuti kami di\s*:?$/iu,
  /^ikuti whatsapp channel\b.{0,40}$/iu,
  // "Ikuti Berita Warta.com lainnya di Google News", "Baca berita Warta lainnya di Google News",
  // "Update berita lainnya di Warta.co dan Google News", "Baca Berita Update Warta.co.id di sini >>>"
  /^(?:ikuti|baca|simak|update|akses|dapatkan)\b(?=.{0,160}$)(?=.*(?:\bberita\b|saluran|\binformasi lainnya\b|\bchannel\b))(?=.*(?:google\s?\.?\s?news|whatsapp|\bwa channel|channel wa\b|telegram|>>>|<<<)).*$/iu,
  /^saksikan live detik\s?pagi\s*:?$/iu,
  /^geser untuk melihat tabel lengkap$/iu,
  // An Instagram embed's text: "Lihat postingan ini di Instagram" and the post's caption glued on.
  /^lihat postingan ini di instagram.{0,200}$/iu,
  // A page's script, CDATA-wrapped and spaced by a scraper: "/ / <! [CDATA [ ... / /]] & gt;"
  /^\/\s*\/\s*<!\s*\[CDATA\s*\[.*\]\]\s*(?:>|&\s*gt;)$/iu,
];

/**
 * A page's scripts glued to the end of a paragraph, comment- and CDATA-wrapped and spaced
 * by a scraper: "... terbuka. (abc) <! --// <! [CDATA [show('x'); / /]] > -- >".
 */
const TRAILING_SCRIPT =
  /\s*(?:<!\s*--\s*\/\s*\/\s*<!\s*\[CDATA\s*\[.*?\]\]\s*(?:>|&\s*gt;)\s*--\s*(?:>|&\s*gt;)\s*)+$/iu;

/** A video embed followed by the desk's byline codes on the same line: "[Gambas:Video] (abc)". */
const GAMBAS_THEN_CREDIT = /^(?<residue>\[gambas:[^\]]*\])\s*(?<credit>\(.*\))$/iu;

/**
 * "Artikel ini telah tayang di <outlet> dengan judul "<title>", Klik untuk baca: <URL>", the
 * title quoted or not, the link or the whole "dengan judul" part left out, the outlet glued
 * on ("diWarta Indonesia.").
 */
const SYNDICATION =
  /^Artikel ini telah (?:tayang|terbit|dipublikasikan) di\s*(?<name>[^"“”]{2,60}?)(?:\s+dengan judul\s*(?:["“](?<quoted>[^"“”]+)["”]|(?<title>[^"“”]+?))\s*,?\s*(?:Klik untuk baca\s*:?\s*(?<url>https?:\/\/\S+?))?)?\s*[.,]?\s*$/iu;

/** Longest subheading: a few words. */
const SUBHEADING_MAX = 60;

/** A line that may be a subheading on its own: a few capitalized words, no sentence punctuation, no colon. */
function looksLikeSubheading(text: string): boolean {
  const words = text.split(' ').length;
  return (
    text.length <= SUBHEADING_MAX &&
    words >= 2 &&
    words <= 8 &&
    /^\p{Lu}/u.test(text) &&
    !/[.,;:!?"“”'’)…]$|:/u.test(text)
  );
}

/** A paragraph that ends a sentence and is long enough to be one. */
const isProse = (block: BodyBlock | undefined) =>
  block?.kind === 'paragraph' && block.text.length > 80 && !isBacaJuga(block.text);

/**
 * Sorts the source's paragraphs into the body, credits, the syndication footer and page
 * residue. Only whole lines of a known form leave the body, plus a byline glued in front
 * of the dateline and byline codes ending the last paragraph; anything unsure stays prose.
 */
export function classifyLines(paragraphs: readonly SourceParagraph[]): ClassifiedText {
  const result: ClassifiedText = { blocks: [], credits: noCredits(), dropped: [], moved: [] };
  for (const source of paragraphs) {
    const paragraph = withoutTrailingScript(source, result.dropped);
    const { text } = paragraph;
    if (RESIDUE.some((pattern) => pattern.test(text))) {
      result.dropped.push(paragraph);
      continue;
    }
    const gambas = GAMBAS_THEN_CREDIT.exec(text)?.groups;
    if (gambas && takeCreditLine(gambas.credit!, result.credits)) {
      result.dropped.push({ ...paragraph, text: gambas.residue! });
      result.moved.push({ ...paragraph, text: gambas.credit! });
      continue;
    }
    const syndicated = SYNDICATION.exec(text);
    if (syndicated && !result.syndication) {
      const { name, quoted, title, url } = syndicated.groups!;
      const original = (quoted ?? title)?.trim();
      result.syndication = { name: name!.trim(), ...(original ? { title: original } : {}), ...(url ? { url } : {}) };
      result.moved.push(paragraph);
      continue;
    }
    if (text.length <= 160 && takeCreditLine(text, result.credits)) {
      result.moved.push(paragraph);
      continue;
    }
    result.blocks.push({ ...paragraph, kind: 'paragraph' });
  }
  trimEnds(result);
  markSubheadings(result.blocks);
  return result;
}

/** The paragraph without a page script glued to its end (which goes to `dropped`). */
function withoutTrailingScript(paragraph: SourceParagraph, dropped: SourceParagraph[]): SourceParagraph {
  const script = TRAILING_SCRIPT.exec(paragraph.text);
  if (!script || script.index === 0) return paragraph;
  dropped.push({ ...paragraph, text: script[0].trim() });
  return { ...paragraph, text: paragraph.text.slice(0, script.index) };
}

/** The byline glued before the dateline, and the signature or codes that end the report. */
function trimEnds(result: ClassifiedText): void {
  const firstIndex = result.blocks.findIndex((block) => isArticleText(block.text));
  const first = result.blocks[firstIndex];
  if (first) {
    const text = splitLeadingCredit(first.text, result.credits);
    if (text !== first.text) {
      result.moved.push({ text: first.text.slice(0, first.text.length - text.length).trim(), line: first.line });
      result.blocks[firstIndex] = { ...first, text };
    }
  }
  const last = result.blocks.at(-1);
  if (!last || result.blocks.length < 2) return;
  const signed = signature(last.text);
  if (signed !== undefined) {
    result.credits.authors.push(signed);
    result.moved.push(result.blocks.pop()!);
    return;
  }
  const { text, codes } = splitTrailingCodes(last.text);
  if (codes !== undefined) {
    result.credits.codes.push(codes);
    result.moved.push({ text: `(${codes})`, line: last.line });
    result.blocks[result.blocks.length - 1] = { ...last, text };
  }
}

/**
 * A short line without final punctuation between two paragraphs of prose ("HTI
 * Bahayakan NKRI") is a subheading. Never the first block or the last one, never a
 * dateline, never two in a row.
 */
function markSubheadings(blocks: BodyBlock[]): void {
  for (let index = 1; index < blocks.length - 1; index++) {
    const block = blocks[index]!;
    if (!looksLikeSubheading(block.text) || matchDateline(block.text)) continue;
    const before = blocks[index - 1]!;
    if (isProse(before) && /[.!?"”'’)]$/u.test(before.text) && isProse(blocks[index + 1]))
      blocks[index] = { ...block, kind: 'subheading' };
  }
}
