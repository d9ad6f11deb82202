import { isAbsolute, relative, sep } from 'node:path';

/** `inner` relative to `outer` when it is `outer` itself ("") or lies inside it; otherwise undefined. */
export function relativeInside(outer: string, inner: string): string | undefined {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) ? rel : undefined;
}
