/**
 * The Astro integration for search in `astro dev`: the dev server builds no index, so it
 * serves the last built one from `<outDir>/pagefind/` at `<base>pagefind/`; without one,
 * /cari/ says how to make it. (The index itself is built by `npm run build` right after
 * `astro build`, in a process of its own: scripts/index-search.ts.)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Connect } from 'vite';
import { BUNDLE_DIR } from '#src/search/config.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves files of a built bundle folder under a URL prefix; anything else falls through. */
export function bundleMiddleware(bundleDir: string, urlPrefix: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    } catch {
      return next();
    }
    if (!pathname.startsWith(urlPrefix)) return next();
    const file = resolve(bundleDir, pathname.slice(urlPrefix.length));
    const inside = !relative(bundleDir, file).startsWith('..') && file.startsWith(bundleDir + sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`No built search index here. Run "npm run build" once; "npm run dev" then serves ${bundleDir}.\n`);
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
}

export function wartaSearch(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'warta-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundleDir = join(outDir, BUNDLE_DIR);
        server.middlewares.use(bundleMiddleware(bundleDir, `${base}${BUNDLE_DIR}/`));
        if (existsSync(join(bundleDir, 'pagefind.js'))) logger.info(`/cari/ uses the last built index, ${bundleDir}`);
        else logger.warn(`no search index in ${bundleDir}: run "npm run build" once for /cari/ to work in dev`);
      },
    },
  };
}
