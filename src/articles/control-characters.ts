/**
 * Characters no output may carry, one definition for ingest and build: the C0 controls
 * but tab, line feed and carriage return, DEL, the C1 controls, the non-characters U+FFFE
 * and U+FFFF and lone surrogates. XML 1.0 forbids most of them (a strict parser rejects a
 * feed holding one), C1 controls are what a double encoding leaves behind, and none is
 * text a reader could see.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

/** The first control character in `text`, as "U+001B", and the 1-based line it is on. */
export function firstControlCharacter(text: string): { codePoint: string; line: number } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  return {
    codePoint: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    line: text.slice(0, match.index).split('\n').length,
  };
}

/**
 * What is wrong with a text holding a control character ("contains the control character
 * U+001B on line 3; remove it"), or undefined when it holds none.
 */
export function controlCharacterProblem(text: string): string | undefined {
  const found = firstControlCharacter(text);
  if (!found) return undefined;
  return `contains the control character ${found.codePoint}${text.includes('\n') ? ` on line ${found.line}` : ''}; remove it`;
}
