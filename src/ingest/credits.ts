import { matchDateline } from '#src/articles/publisher-text.ts';

/** Who wrote and edited the report, as its text credits them. */
export interface Credits {
  authors: string[];
  editor?: string;
  codes: string[];
  notice?: string;
}

/** Longest credited name, in words: "Kontributor Kota Uji, Nama Lengkap" fits, a sentence does not. */
const NAME_WORDS_MAX = 7;
/** Longest value after a label ("Penulis: Nama, pengajar di Universitas ..."), or of two names glued before a dateline. */
const LABELLED_WORDS_MAX = 12;

/** A credit's value that reads as names: a few words, no dash between words (a dateline and its text). */
function isNames(value: string, maxWords = NAME_WORDS_MAX): boolean {
  return value.trim().split(/\s+/u).length <= maxWords && !/\s[-–—]|[-–—]\s/u.test(value);
}

/** A credit line's names: short, and not a sentence. */
const NAME = String.raw`(?<name>[^!?|]{2,120})`;

/** Whole-line credits, tried in order; each names what it fills. */
const CREDIT_LINES: {
  pattern: RegExp;
  fill: (groups: Record<string, string | undefined>, credits: Credits) => void;
  /** Longest value in words: a labelled line ("Penulis: ...") may carry a short bio. */
  maxWords?: number;
}[] = [
  {
    // "Penulis Kontributor X, Nama | Editor Nama" (the colons are optional)
    pattern: new RegExp(
      String.raw`^Penulis\s*:?\s+(?<name>[^!?|]{2,80}?)\s*\|\s*Editor\s*:?\s+(?<editor>[^!?|]{2,80})$`,
      'iu',
    ),
    fill: (g, c) => {
      c.authors.push(g.name!.trim());
      c.editor = g.editor!.trim();
    },
  },
  {
    // "Pewarta : Nama", "Penulis: Nama", "Reporter: Nama"
    pattern: new RegExp(String.raw`^(?:Pewarta|Penulis|Reporter|Wartawan)\s*:\s*${NAME}$`, 'iu'),
    fill: (g, c) => void c.authors.push(g.name!.trim()),
    maxWords: LABELLED_WORDS_MAX,
  },
  {
    // "Editor: Nama", "Editor : Nama", "Penyunting: Nama"
    pattern: new RegExp(String.raw`^(?:Editor|Penyunting|Redaktur)\s*:\s*${NAME}$`, 'iu'),
    fill: (g, c) => void (c.editor = g.name!.trim()),
    maxWords: LABELLED_WORDS_MAX,
  },
  {
    // "Laporan Wartawan Tribunnews.com, Nama" on a line of its own
    pattern: new RegExp(String.raw`^Laporan\s+(?:Wartawan|Reporter)\s+[^,]{2,40},\s*${NAME}$`, 'iu'),
    fill: (g, c) => void c.authors.push(g.name!.trim()),
  },
  {
    // "Laporan Wartawan TribunWarta.com Nama" (the outlet an address), else "Laporan Reporter Tribun Kota Nama" whole
    pattern: new RegExp(String.raw`^Laporan\s+(?:Wartawan|Reporter)\s+(?:\S+\.\S+\s+)?${NAME}$`, 'iu'),
    fill: (g, c) => void c.authors.push(g.name!.trim()),
  },
  {
    // "COPYRIGHT © ANTARA 2021"
    pattern: /^(?<notice>(?:copyright|hak\s+cipta)\s*(?:©|\(c\))\s*\S.{0,60})$/iu,
    fill: (g, c) => void (c.notice = g.notice!.trim()),
  },
  {
    // byline codes of the desk: "(rna/fdn)", "(yud)", "(*)", longer ones only as a pair ("(rachmi / sir)"),
    // where "(selesai)" alone is a word
    pattern: /^\(\s*(?<codes>(?:\p{Ll}{1,5}|\*)(?:\s*\/\s*\p{Ll}{1,5})*|\p{Ll}{1,8}(?:\s*\/\s*\p{Ll}{1,8})+)\s*\)$/u,
    fill: (g, c) => void c.codes.push(g.codes!.replace(/\s+/gu, '')),
  },
  {
    // a news agency's reporter and editor codes: "(T.A001/B002)", "(C003/D004)", "(T.AB - CD / E005)"
    pattern: /^\(\s*(?<codes>[\p{Lu}\p{N}.]{1,12}(?:\s*-\s*\p{Lu}{1,5})?\s*\/\s*\p{Lu}\d{3})\s*\)$/u,
    fill: (g, c) => void c.codes.push(g.codes!.replace(/\s+/gu, '')),
  },
];

/** Empty credits. */
export function noCredits(): Credits {
  return { authors: [], codes: [] };
}

/**
 * Adds what a whole-line credit says to `credits`; false (and nothing added) when the
 * line is not one.
 */
export function takeCreditLine(text: string, credits: Credits): boolean {
  for (const { pattern, fill, maxWords } of CREDIT_LINES) {
    const match = pattern.exec(text);
    if (match && Object.values(match.groups ?? {}).every((value) => value === undefined || isNames(value, maxWords))) {
      fill(match.groups ?? {}, credits);
      return true;
    }
  }
  return false;
}

/**
 * A reporter's name in brackets as the last line: "(Nama Wartawan)", or after the
 * outlet's address: "(Warta.com/Nama Wartawan)", "(WARTA.CO.ID/Nama)".
 */
const SIGNED =
  /^\(\s*(?:(?<name>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3})|[\p{L}\p{N}-]+(?:\.\p{L}{2,})+\s*\/\s*(?<after>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){0,4}))\s*\)$/u;

/** The signature that may end a report, as an author; undefined when the line is not one. */
export function signature(text: string): string | undefined {
  const groups = SIGNED.exec(text)?.groups;
  return groups?.name ?? groups?.after;
}

/** Byline codes ending the last paragraph: "... tidak. (rna/fdn)". */
const TRAILING_CODES = /(?<=[.!?"”'’)])\s+\(\s*(?<codes>\p{Ll}{2,5}(?:\s*\/\s*\p{Ll}{2,5})+|\p{Ll}{2,5})\s*\)$/u;

/** The paragraph without the byline codes that end it, and those codes. */
export function splitTrailingCodes(text: string): { text: string; codes?: string } {
  const match = TRAILING_CODES.exec(text);
  return match ? { text: text.slice(0, match.index), codes: match.groups!.codes!.replace(/\s+/gu, '') } : { text };
}

/**
 * A byline glued before the dateline, in the forms tried in order: "Laporan Wartawan
 * Warta.com, Nama ", "Laporan Wartawan Nama ", "Reporter: Nama ", "Editor Nama ".
 */
const LEADING = [
  /^Laporan\s+(?:Wartawan|Reporter)\s+[^,]{2,40},\s*/iu,
  /^Laporan\s+(?:Wartawan|Reporter)\s+/iu,
  /^(?:Reporter|Penulis|Pewarta)\s*:\s*/iu,
  /^(?<editor>Editor)\s*:?\s+/iu,
];

/**
 * Splits a byline that a copy-paste glued in front of the dateline ("Editor Nama
 * KOMPAS.com- Satu warga ...") off the first paragraph. Only when a dateline follows
 * the name within a few words: otherwise the paragraph is left whole.
 */
export function splitLeadingCredit(text: string, credits: Credits): string {
  for (const pattern of LEADING) {
    const prefix = pattern.exec(text);
    if (!prefix) continue;
    const start = prefix[0].length;
    for (
      let space = text.indexOf(' ', start);
      space !== -1 && space < start + 60;
      space = text.indexOf(' ', space + 1)
    ) {
      const rest = text.slice(space + 1);
      const name = text.slice(start, space).trim();
      if (name !== '' && !/[.!?]$/u.test(name) && isNames(name, LABELLED_WORDS_MAX) && matchDateline(rest)) {
        if (prefix.groups?.editor) credits.editor = name;
        else credits.authors.unshift(name);
        return rest;
      }
    }
  }
  return text;
}
