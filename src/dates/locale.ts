/**
 * The reader's language and locale as plain constants (WIB is in wib.ts). Unlike site.config.ts
 * this module reads no environment, so browser bundles (the search page) can import it.
 */
export const LANG = 'id';
export const LOCALE = 'id-ID';
