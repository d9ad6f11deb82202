/**
 * Characters no output may carry: the C0 controls but tab, line feed and carriage
 * return, DEL, the non-characters U+FFFE and U+FFFF and lone surrogates. XML 1.0 forbids
 * most of them (a strict parser rejects a feed holding one), and none is text a reader
 * could see.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/u;

/**
 * What is wrong with a text holding a control character ("contains the control character
 * U+001B on line 3; remove it"), or undefined when it holds none.
 */
export function controlCharacterProblem(text: string): string | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const codePoint = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const line = text.slice(0, match.index).split('\n').length;
  return `contains the control character ${codePoint}${text.includes('\n') ? ` on line ${line}` : ''}; remove it`;
}
