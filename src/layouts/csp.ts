/**
 * The Content-Security-Policy, one definition for the `<meta>` in every page and for
 * the HTTP headers of `public/_headers` and the sample nginx config.
 * - Scripts only from our own origin; no 'unsafe-inline', no 'unsafe-eval'.
 *   'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search core.
 * - The search page runs Pagefind in a worker of our own origin (src/search/ui/search-worker.ts).
 * - Images may come from publishers over https.
 */
export const cspDirectives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' https: data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as a `<meta http-equiv>` value (frame-ancestors is not allowed there). */
export function cspMetaContent(): string {
  return Object.entries(cspDirectives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
