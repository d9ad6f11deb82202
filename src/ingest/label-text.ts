/**
 * Characters that show nothing yet make two labels differ: the soft hyphen, the
 * zero-width space, non-joiner and joiner, the word joiner and a BOM.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * A one-line value as the site shows and groups it (a category, a tag, a name, a
 * headline): in Unicode NFC and without invisible characters, so that "Ekonomi" with a
 * soft hyphen in it, or "Kópi" typed on a Mac (decomposed, NFD), is not a second section
 * or topic beside the first.
 */
export const labelText = (value: string): string => value.normalize('NFC').replace(INVISIBLE, '');
