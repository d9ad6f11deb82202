/**
 * Turning Pagefind's result data into what readers and scripts see. Pure functions,
 * shared by the /cari/ page (browser) and the Node search (CLI, tests).
 */
import { HIGHLIGHT_PARAM, MAX_HIGHLIGHT_WORDS } from '#src/search/config.ts';
import type { PagefindResultData } from './pagefind-api.ts';

/** How Pagefind splits indexed content into words (its `word_separators`). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/u;
/** Punctuation and symbols around a word: "pertempuran." → "pertempuran". */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The distinct words of the page that matched the query, as written on the page:
 * for "tempur" the stemmer matches "bertempur" and "pertempuran", for "setuju"
 * "menyetujui".
 */
export function matchedWords(data: Pick<PagefindResultData, 'content' | 'locations'>): string[] {
  return distinct(phrases(data).flat());
}

/**
 * What the article page marks: the matched words, except that where the query's words
 * stand together on the page ("Korea Utara"), only those phrases are marked, so a
 * search for "korea utara" does not also mark the "Korea" of "Korea Selatan".
 */
export function highlightTerms(data: Pick<PagefindResultData, 'content' | 'locations'>): string[] {
  const runs = phrases(data);
  const together = runs.filter((run) => run.length > 1);
  return distinct((together.length > 0 ? together : runs).map((run) => run.join(' ')));
}

/** Matched words in page order, grouped into runs of words standing next to each other. */
function phrases({ content, locations }: Pick<PagefindResultData, 'content' | 'locations'>): string[][] {
  const words = content.split(WORD_SEPARATORS);
  const runs: string[][] = [];
  let previous = -2;
  for (const location of [...new Set(locations)].sort((a, b) => a - b)) {
    const raw = words[location] ?? '';
    const word = raw.replace(EDGE_PUNCTUATION, '');
    if (!word) continue;
    // "Korea Utara" is a phrase; "Rusia, Ukraina" is not (a comma stands between).
    const joins =
      location === previous + 1 && /[\p{L}\p{N}]$/u.test(words[previous] ?? '') && /^[\p{L}\p{N}]/u.test(raw);
    if (joins) runs.at(-1)!.push(word);
    else runs.push([word]);
    previous = location;
  }
  return runs;
}

/** Each text once, the first spelling kept: "Korea" and "KOREA" are one. */
function distinct(texts: string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) if (!seen.has(text.toLocaleLowerCase('id'))) seen.set(text.toLocaleLowerCase('id'), text);
  return [...seen.values()];
}

/** The query's own words, for a result matched only through metadata (a name variant). */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      query
        .split(/\s+/u)
        .map((word) => word.replace(EDGE_PUNCTUATION, ''))
        .filter(Boolean),
    ),
  ];
}

/**
 * A result link that asks the article page to mark the given words
 * (`/berita/x/?highlight=bertempur&highlight=pertempuran`), read there by Pagefind's
 * highlight script. Site-relative in, site-relative out.
 */
export function highlightHref(url: string, words: readonly string[]): string {
  const parsed = new URL(url, 'https://warta.invalid');
  for (const word of words.slice(0, MAX_HIGHLIGHT_WORDS)) parsed.searchParams.append(HIGHLIGHT_PARAM, word);
  return parsed.origin === 'https://warta.invalid' ? `${parsed.pathname}${parsed.search}${parsed.hash}` : parsed.href;
}

/** A run of excerpt text, marked when it is a matched word. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const unescapeExcerpt = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** "pertempuran." → ["", "pertempuran", "."]: a marked word without its punctuation. */
const WORD_IN_PUNCTUATION = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/**
 * Pagefind's excerpt is page text with `<` and `>` escaped and matched words wrapped in
 * `<mark>`. Splitting it into text runs lets the page build it with text nodes and
 * <mark> elements: no HTML from the index is ever parsed. Pagefind marks whole
 * whitespace-separated words ("pertempuran." with its full stop) one by one; here only
 * the word is marked, and "<mark>Korea</mark> <mark>Utara</mark>" becomes one run.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const runs: ExcerptSegment[] = [];
  let last = 0;
  for (const match of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    runs.push({ text: unescapeExcerpt(excerpt.slice(last, match.index)), marked: false });
    const [, before = '', word = '', after = ''] = WORD_IN_PUNCTUATION.exec(unescapeExcerpt(match[1] ?? '')) ?? [];
    runs.push({ text: before, marked: false }, { text: word, marked: true }, { text: after, marked: false });
    last = match.index + match[0].length;
  }
  runs.push({ text: unescapeExcerpt(excerpt.slice(last)), marked: false });

  const merged: ExcerptSegment[] = [];
  const texts = runs.filter((run) => run.text);
  texts.forEach((run, i) => {
    // A space between two marked words belongs to the marked phrase.
    const joinsPhrase = !run.marked && /^\s+$/.test(run.text) && texts[i - 1]?.marked && texts[i + 1]?.marked;
    const marked = run.marked || Boolean(joinsPhrase);
    const previous = merged.at(-1);
    if (previous && previous.marked === marked) previous.text += run.text;
    else merged.push({ text: run.text, marked });
  });
  return merged;
}

/**
 * Keeps an excerpt's marks only on the highlight terms (the phrase "Korea Utara", not a
 * lone "Korea"), so the excerpt and the article mark the same words.
 */
export function markOnly(segments: ExcerptSegment[], terms: readonly string[]): ExcerptSegment[] {
  const wanted = new Set(terms.map((term) => term.toLocaleLowerCase('id')));
  const merged: ExcerptSegment[] = [];
  for (const segment of segments) {
    const marked = segment.marked && wanted.has(segment.text.toLocaleLowerCase('id'));
    const previous = merged.at(-1);
    if (previous && previous.marked === marked) previous.text += segment.text;
    else merged.push({ text: segment.text, marked });
  }
  return merged;
}

/** One search result as the page and the CLI use it. */
export interface SearchHit {
  /** Site-relative URL of the article, base path included. */
  url: string;
  /** The same URL asking the article page to mark the matched words. */
  highlightUrl: string;
  title: string;
  /** Publication date-time, ISO 8601 with the WIB offset. */
  date: string;
  /** Excerpt around the matched words, plain text. */
  excerpt: string;
  /** The excerpt in runs, the words the article page marks marked here too. */
  excerptSegments: ExcerptSegment[];
  /** Page words that matched the query, each once. */
  matches: string[];
}

/** Shapes one Pagefind result for display. */
export function toSearchHit(data: PagefindResultData, query: string): SearchHit {
  const terms = highlightTerms(data);
  const segments = markOnly(excerptSegments(data.excerpt), terms);
  return {
    url: data.url,
    highlightUrl: highlightHref(data.url, terms.length > 0 ? terms : queryWords(query)),
    title: data.meta.title ?? data.url,
    date: data.meta.date ?? '',
    excerpt: segments.map((segment) => segment.text).join(''),
    excerptSegments: segments,
    matches: matchedWords(data),
  };
}
