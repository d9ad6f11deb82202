/**
 * Conventions of Indonesian publishers' raw text, shared by the ingest tool (which
 * recognizes them in plain text) and the Markdown pipeline (which marks them up).
 */

/** A word in the cases a scraped line writes it: "Baca", "baca", "BACA" (never "bAcA"). */
const anyCase = (word: string) => `(?:[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()})`;
const [BACA, LIHAT, SIMAK, JUGA] = ['baca', 'lihat', 'simak', 'juga'].map(anyCase);

/**
 * A related-reading line: "Baca juga: <title>", in any case and spacing ("BACA JUGA :",
 * "Baca juga:<title>" with no space), its siblings "Lihat juga:", "Simak juga:" and
 * "Baca: ", a dash for the colon ("SIMAK JUGA - <title>"), or the title glued on with
 * no colon but a capital ("Baca jugaJudul ..."). Group `title` is the linked headline;
 * a bare "Baca Juga" with no title is not one (the ingest tool drops it as page residue).
 */
export const BACA_JUGA_LINE = new RegExp(
  String.raw`^\s*(?:(?:${BACA}|${LIHAT}|${SIMAK})(?:\s+${JUGA})?\s*:|(?:${BACA}|${LIHAT}|${SIMAK})\s+${JUGA}\s+[-–—]\s|${BACA} ?${JUGA}(?=\p{Lu}))\s*(?<title>\S.*)$`,
  'u',
);

/** A capitalized word of a place name ("Jakarta", "PADANG", "Tel"): letters only, so a glued dash ends it. */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’]*`;
/** A place of up to four words ("PADANG SIDEMPUAN", "Tel Aviv", "TERMAS DE RIO HONDO"). */
const PLACE = String.raw`${PLACE_WORD}(?: ${PLACE_WORD}){0,3}`;
/** An outlet written as a web address: "KOMPAS.com", "Liputan6.com", "TEMPO.CO", "POS-KUPANG.COM". */
const DOMAIN = String.raw`[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:\.\p{L}{2,})+`;
/** An outlet in brackets after the place: "(ANTARA)", "(ANTARA News)", "(Pos Kota)". */
const BRACKETED = String.raw` ?\([\p{L}\p{N}. ]{2,24}\)`;
/** What follows the place after a comma: an outlet, as an address or in words ("CNN Indonesia", "KompasOtomotif"). */
const AFTER_COMMA = String.raw` ?, ?(?:${DOMAIN}|${PLACE_WORD}(?: ${PLACE_WORD})?)`;
/** A hyphen, two hyphens, an en or em dash. */
const DASH = String.raw`(?:--?|[–—])`;

/**
 * Datelines with a dash. Spaced before the dash: any capitalized place with an outlet or
 * not ("Jakarta - ", "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia -- ",
 * "Padangsidimpuan (ANTARA) - ", "Cilegon, Banten (ANTARA News) - ", "Liputan6.com, Jakarta -",
 * "TRIBUNNEWS.COM, JAKARTA --").
 * Glued to the dash only where no ordinary word could be: an outlet's address
 * ("KOMPAS.com- ", "TEMPO.CO,Jakarta-Harga") or a place in capitals ("JAKARTA- ").
 */
const DASHED = new RegExp(
  String.raw`^(?<dateline>(?:${DOMAIN} ?, ?)?${PLACE}(?:${BRACKETED})?(?:${AFTER_COMMA})?|${PLACE}(?: ?, ?${PLACE}){0,2}(?: ?, ?\d{1,2}\/\d{1,2})?,?${BRACKETED}|${DOMAIN}) +${DASH} *(?=\S)` +
    String.raw`|^(?<glued>(?:${DOMAIN} ?, ?)?${PLACE}(?:${AFTER_COMMA})?|${DOMAIN})${DASH} *(?=\S)`,
  'u',
);
/** Capitals only, at least four letters: "JAKARTA", not "KPK" (as in "KPK-Polri"). */
const CAPITALS = /^[\p{Lu} ]{4,}$/u;
/**
 * A longer place before a bracketed outlet and its dash, with slashes, commas and spaced
 * hyphens between capitalized words: "Perserikatan Bangsa - Bangsa / PBB, New York
 * (ANTARA News) - ". Tried first, so that "Perserikatan Bangsa - " is not taken for the
 * whole dateline.
 */
const BRACKETED_WIDE = new RegExp(
  String.raw`^(?<dateline>${PLACE_WORD}(?:(?: ?[,/] ?| [-–] | )${PLACE_WORD}){1,9}${BRACKETED}) +${DASH} *(?=\S)`,
  'u',
);

/**
 * An outlet's address, a comma and one place, with no dash at all: "Liputan6.com, Jakarta Wakil
 * Presiden ...", or the place glued to the next word by a scraper ("Liputan6.com, JakartaDi tengah");
 * or a place and its outlet in brackets: "BEKASI (Pos Kota) Pasar ...".
 */
const UNDASHED = new RegExp(
  String.raw`^(?<dateline>${DOMAIN}, ?\p{Lu}\p{Ll}+)(?: +(?=\p{Lu})|(?=\p{Lu}\p{Ll}))|^(?<dateline2>${PLACE}${BRACKETED}) +(?=\p{Lu})`,
  'u',
);

/**
 * A big city and a comma, no dash, before a capital: the old detikHealth form "Jakarta,
 * Fidget spinner ...". Only cities that open reports, so "Namun, Ia ..." is never one.
 */
const CITY_COMMA =
  /^(?<dateline>Jakarta|Bandung|Surabaya|Medan|Makassar|Semarang|Yogyakarta|Denpasar|Palembang), (?=\p{Lu})/u;

/** The longest dateline looked for, dash and spaces included. */
const DATELINE_MAX = 90;

export interface Dateline {
  /** The place and/or outlet, without the dash ("JAKARTA, KOMPAS.com"). */
  dateline: string;
  /** How many characters of the text the dateline and its dash take, spaces after it included. */
  length: number;
}

/**
 * The dateline that opens a report, in the forms Indonesian publishers use; undefined
 * when the text does not open with one. The text itself is never changed.
 */
export function matchDateline(paragraph: string): Dateline | undefined {
  // A dateline is a few words: looking further only costs time on long paragraphs.
  const text = paragraph.slice(0, DATELINE_MAX);
  const wide = BRACKETED_WIDE.exec(text);
  if (wide) return { dateline: wide.groups!.dateline!, length: wide[0].length };
  const dashed = DASHED.exec(text);
  if (dashed) {
    const { dateline, glued } = dashed.groups!;
    if (dateline !== undefined) return { dateline, length: dashed[0].length };
    if (glued!.includes('.') || CAPITALS.test(glued!)) return { dateline: glued!, length: dashed[0].length };
  }
  const undashed = UNDASHED.exec(text) ?? CITY_COMMA.exec(text);
  return undashed
    ? { dateline: (undashed.groups!.dateline ?? undashed.groups!.dateline2)!, length: undashed[0].length }
    : undefined;
}

/** A paragraph that is a dateline and nothing else ("Merdeka.com -"): some sources put the dateline on a line of its own. */
export function isDatelineOnly(paragraph: string): boolean {
  return paragraph.length <= DATELINE_MAX && (matchDateline(`${paragraph} x`)?.length ?? 0) > paragraph.length;
}
