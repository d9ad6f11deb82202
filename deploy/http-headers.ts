import { cspDirectives } from '#src/layouts/csp.ts';

/**
 * The HTTP response headers a host should send, derived from the one CSP in csp.ts.
 * `public/_headers` (Netlify, Cloudflare Pages) and `deploy/nginx/warta.conf` spell them
 * out for their host; tests/build/deploy/host-config.test.ts holds both to these values, and the
 * browser tests serve them from nginx next to the `<meta>` policy.
 */

/**
 * The header form of the CSP: the `<meta>` policy plus what only a header can say.
 * frame-ancestors 'none': no site may frame the reader (clickjacking); browsers ignore
 * it in a `<meta>`, and log an error for it there, so it lives only here.
 */
export function cspHeaderValue(): string {
  return Object.entries({ ...cspDirectives, 'frame-ancestors': "'none'" })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Sent with every response. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeaderValue(),
  // Never guess a type: a text file must not run as a script or style.
  'X-Content-Type-Options': 'nosniff',
  // Publishers see that readers came from Warta, never which page they read.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // A news reader uses no device: deny the powerful features to every frame.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/**
 * Cache-Control for the two kinds of file in a build.
 * - immutable: the name carries a hash of the content (`_astro/*`, Pagefind's index
 *   chunks and fragments), so a new version is a new URL.
 * - revalidate: everything else (HTML, feeds, Pagefind's entry files, the favicon) may be
 *   stored but is checked (a cheap 304) before each use, so a deploy shows at once and
 *   a cached page never points at assets a new deploy removed.
 */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/**
 * Which site paths (below the base path) are content-hashed, as whole folders so that
 * every host's path patterns can say it: Astro's `_astro/`, and each search shelf's
 * index chunks, fragments and filters (`pagefind/rak-3/index/`; `:shelf` stands for one
 * path segment, as a placeholder does in Netlify's and Cloudflare's `_headers`).
 * pagefind.js, rak.json, each shelf's entry file and wasm keep fixed names, and the
 * small `pagefind.<lang>_<hash>.pf_meta` beside them is revalidated too (a 304) rather
 * than needing a file-name pattern some hosts lack.
 */
export const immutableFolders: readonly string[] = [
  '_astro/',
  'pagefind/:shelf/index/',
  'pagefind/:shelf/fragment/',
  'pagefind/:shelf/filter/',
];

/** Whether a site path lies in a folder of `immutableFolders`. */
const immutablePath = new RegExp(
  `^(${immutableFolders.map((folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(':shelf', '[^/]+')).join('|')})`,
);

/** The Cache-Control a file at this site path (below the base path) should be served with. */
export function cacheControlFor(sitePath: string): string {
  return immutablePath.test(sitePath.replace(/^\/+/, '')) ? cacheControl.immutable : cacheControl.revalidate;
}
