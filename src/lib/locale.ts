/**
 * The reader's language, locale and timezone as plain constants. Unlike site.config.ts
 * this module reads no environment, so browser bundles (the search page) can import it.
 */
export const LANG = 'id';
export const LOCALE = 'id-ID';
export const TIMEZONE = 'Asia/Jakarta';
