/**
 * Conventions of Indonesian publishers' raw text, shared by the ingest tool (which
 * recognizes them in plain text) and the Markdown pipeline (which marks them up).
 */

/**
 * A "Baca Juga: <title>" related-reading line, in any case and spacing
 * ("BACA JUGA :", "Baca juga:"). Group `title` is the linked headline.
 */
export const BACA_JUGA_LINE = /^\s*baca\s+juga\s*:\s*(?<title>\S.*)$/iu;

/**
 * The dateline that opens a report: "Suara.com - ", "JAKARTA, Suara.com - ",
 * "Jakarta - ". Up to five capitalized words (a place and/or an outlet), then a
 * spaced hyphen or dash. Group `dateline` is the place/outlet, without the dash.
 */
export const DATELINE = /^(?<dateline>\p{Lu}[\p{L}\p{N}.]*(?:,?\s[\p{L}\p{N}.()]+){0,4})\s[-–—]\s/u;
