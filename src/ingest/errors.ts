/**
 * A problem with one input that stops it from becoming an article. The message is one
 * line, without the file name: the CLI prints it as `<file>: <message>`.
 */
export class IngestError extends Error {
  override name = 'IngestError';
}
