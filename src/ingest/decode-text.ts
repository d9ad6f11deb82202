import { IngestError } from './errors.ts';
import { firstControlCharacter } from '#src/articles/control-characters.ts';

/** An article is a few kilobytes; anything this large is not one. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** The decoded text, and what the decoder had to mend in it. */
export interface DecodedText {
  text: string;
  /** One warning per kind of repair, naming the lines (as numbered after decoding). */
  warnings: string[];
}

/** Bytes 0x80-0xFF as Windows-1252 shows them; its five unassigned bytes show as C1 controls. */
const CP1252_HIGH = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));

/** The byte each character of a Latin-1 or Windows-1252 reading stands for. */
const BYTE_OF = new Map<string, number>(
  Array.from({ length: 256 }, (_, byte) => [String.fromCharCode(byte), byte] as [string, number]).concat(
    [...CP1252_HIGH].map((char, i): [string, number] => [char, 0x80 + i]),
  ),
);

/** A character that stands for a UTF-8 continuation byte (0x80-0xBF) in either reading. */
const CONT = `[\u0080-\u00BF${[...CP1252_HIGH.slice(0, 0x40)].filter((c) => c > '\u00FF').join('')}]`;

/**
 * A UTF-8 sequence read one byte per character: a lead byte (Â-ô) and its continuation
 * bytes, as Latin-1 ("â\u0080\u0099" for "’") or Windows-1252 ("â€\u009D" for "”") shows them.
 */
const MOJIBAKE = new RegExp(`[\u00C2-\u00DF]${CONT}|[\u00E0-\u00EF]${CONT}{2}|[\u00F0-\u00F4]${CONT}{3}`, 'gu');

/**
 * The runs that only mojibake makes, even where no C1 control gives the text away: "Ã©"
 * for "é", "Â±" for "±" (Â-Å before a Latin-1 continuation byte), "â€”" for "—" (the
 * General Punctuation block, E2 80) and "áº¡" for "ạ" (Latin Extended Additional, E1 B8-BB).
 * An accented capital before a curly quote ("É”") is left alone: real text writes that.
 */
const SURE_MOJIBAKE = new RegExp(
  `[\u00C2-\u00C5][\u0080-\u00BF]|\u00E2\u20AC${CONT}|\u00E1[\u00B8-\u00BB][\u0080-\u00BF]`,
  'gu',
);

/**
 * Mends UTF-8 that was read as Latin-1 or Windows-1252 and saved as UTF-8 again: each
 * run of characters that spells a well-formed UTF-8 sequence byte by byte becomes the
 * character it encodes. In a text holding a C1 control (which no real text holds, and
 * which such a double conversion leaves behind) every such run is mended, elsewhere only
 * the runs of SURE_MOJIBAKE; characters that spell no UTF-8 ("Jóhann", "3×4") are left
 * as they are.
 */
function repairMojibake(text: string): { text: string; lines: number[] } {
  const lines = new Set<number>();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const runs = /[\u0080-\u009F]/u.test(text) ? MOJIBAKE : SURE_MOJIBAKE;
  const repaired = text.replace(runs, (run, offset: number) => {
    try {
      const decoded = utf8.decode(Uint8Array.from([...run], (char) => BYTE_OF.get(char)!));
      lines.add(text.slice(0, offset).split('\n').length);
      return decoded;
    } catch {
      return run;
    }
  });
  return { text: repaired, lines: [...lines] };
}

const lineList = (numbers: number[]) =>
  `line${numbers.length > 1 ? 's' : ''} ${numbers.length > 8 ? `${numbers.slice(0, 8).join(', ')}, …` : numbers.join(', ')}`;

/**
 * Decodes a publisher's raw text: strict UTF-8 (a BOM is dropped), every line ending
 * (CRLF, CR, U+2028, U+2029, NEL) and a vertical tab or form feed (Word's line and page
 * breaks) turned into "\n". Text that was UTF-8 read as Latin-1 or Windows-1252 and
 * saved again (its C1 controls give it away) is mended, with a warning. Nothing else is
 * changed here. Refuses, with a one-line reason, what is not an article's text: an empty
 * file, a binary one, UTF-16, bytes that are not UTF-8, and control characters that no
 * repair explains (no page can show them).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new IngestError('the file is empty');
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new IngestError(
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; an article's text is at most 1 MiB`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestError('the file is UTF-16 text; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new IngestError(`the file is binary, not text (a NUL byte on line ${lineAt(bytes, nul)})`);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    throw new IngestError(
      `the file is not UTF-8 text (byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} on line ${lineAt(bytes, bad)}); save it as UTF-8`,
    );
  }
  const warnings: string[] = [];
  let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  // eslint-disable-next-line no-control-regex -- Word's manual line break (VT) and page break (FF)
  if (/[\u000B\u000C]/u.test(text)) warnings.push('a vertical tab or form feed became a line break');
  // eslint-disable-next-line no-control-regex -- every line ending and break becomes "\n"
  text = text.replace(/\r\n?|[\u2028\u2029\u0085\u000B\u000C]/gu, '\n');
  const repaired = repairMojibake(text);
  if (repaired.lines.length > 0) {
    text = repaired.text;
    warnings.push(
      `mended UTF-8 that had been read as Latin-1 or Windows-1252 (mojibake such as "â€™") on ${lineList(repaired.lines)}`,
    );
  }
  const control = firstControlCharacter(text);
  if (control) {
    throw new IngestError(
      `the file has a control character (${control.codePoint}) on line ${control.line}, which no page can show`,
    );
  }
  if (text.trim() === '') throw new IngestError('the file holds only whitespace');
  return { text, warnings };
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // [number of continuation bytes, allowed range of the first continuation byte]
    const shape: [number, number, number] | undefined =
      lead >= 0xc2 && lead <= 0xdf
        ? [1, 0x80, 0xbf]
        : lead === 0xe0
          ? [2, 0xa0, 0xbf]
          : lead === 0xed
            ? [2, 0x80, 0x9f]
            : lead >= 0xe1 && lead <= 0xef
              ? [2, 0x80, 0xbf]
              : lead === 0xf0
                ? [3, 0x90, 0xbf]
                : lead === 0xf4
                  ? [3, 0x80, 0x8f]
                  : lead >= 0xf1 && lead <= 0xf3
                    ? [3, 0x80, 0xbf]
                    : undefined;
    if (!shape) return i;
    const [count, low, high] = shape;
    for (let k = 1; k <= count; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += count + 1;
  }
  return -1;
}

/**
 * What a Windows-1252 manifest of headlines and names holds beyond ASCII: Latin-1's
 * letters (not × and ÷), and the punctuation Excel and Word type (curly quotes, dashes,
 * ellipsis, bullet, euro, no-break space...). Windows-1252's other letters from bytes
 * 0x80-0x9F (Š, Ž, Œ, ƒ...) are left out: a Mac Roman file's é and à land there.
 */
const WINDOWS_1252_TEXT =
  /^[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u00A0\u00A9\u00AB\u00AE\u00B0\u00B7\u00BB\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2022\u2026\u2039\u203A\u20AC\u2122]$/u;

/**
 * Decodes a manifest: UTF-8 (a BOM is dropped), else Windows-1252 (what Excel's "CSV"
 * writes on Windows) with a warning, but only when that reading is beyond doubt: every
 * character beyond ASCII it gives is a letter or punctuation a headline holds. Anything
 * else is refused: read the wrong way, "Café José" would be published as "Caf� Jos�".
 */
export function decodeManifest(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new IngestError('it is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in Excel)');
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  const where = `byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} on line ${lineAt(bytes, bad)}`;
  const text = new TextDecoder('windows-1252').decode(bytes);
  const odd = [...text].find((char) => char >= '\u0080' && !WINDOWS_1252_TEXT.test(char));
  if (odd !== undefined)
    throw new IngestError(
      `it is not UTF-8 (${where}), and no encoding can be told for sure (as Windows-1252 it would hold "${odd}"); save it as UTF-8 ("CSV UTF-8" in Excel)`,
    );
  const line = text.split('\n')[lineAt(bytes, bad) - 1]!.trim();
  return {
    text,
    warnings: [
      `not UTF-8 (${where}): read as Windows-1252, as Excel writes "CSV" on Windows; line ${lineAt(bytes, bad)} reads ${JSON.stringify(line.length > 60 ? `${line.slice(0, 59)}…` : line)}. Save it as "CSV UTF-8" to be sure`,
    ],
  };
}
