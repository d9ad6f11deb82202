import type { APIRoute } from 'astro';
import { withdrawnPaths } from '#src/articles/withdrawal.ts';

/** A path as an nginx quoted string: `"` and `\` escaped, nothing else is special inside quotes. */
const nginxQuoted = (path: string) => `"${path.replace(/["\\]/g, '\\$&')}"`;

/**
 * The withdrawn reports' paths as entries of an nginx `map` (deploy/nginx/warta.conf
 * includes this file), so that nginx answers 410 Gone for each, with its notice page.
 */
export const GET: APIRoute = async () => {
  const lines = (await withdrawnPaths()).map((path) => `${nginxQuoted(path)} 1;\n`);
  return new Response(
    `# Withdrawn reports: nginx answers 410 Gone for each (written by the build, src/pages/withdrawn.map.ts).\n${lines.join('')}`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
};
