import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspDirectives, cspMetaContent } from '#src/layouts/csp.ts';
import { cacheControl, cacheControlFor, cspHeaderValue, securityHeaders } from '#deploy/http-headers.ts';
import { loadSiteConfig } from '#src/site.config.ts';
import { repoRoot } from '#tests/support/build-site.ts';
import { makeWorldReadable, runNginx, type StaticServer } from '#tests/support/nginx.ts';

/**
 * The host configs spell out deploy/http-headers.ts for their host: public/_headers
 * (Netlify, Cloudflare Pages) and deploy/nginx/warta.conf. Both are held to it here, the
 * nginx one by running it in a real nginx.
 */

/** The policy as a directive → value map, so a mismatch shows which directive differs. */
function directives(policy: string | null | undefined): Record<string, string> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(' ')];
      }),
  );
}
const expectedCsp = { ...cspDirectives, 'frame-ancestors': "'none'" };

/** One path from every kind of file a build has, at the root and under a sub-path. */
const samplePaths = [
  '/',
  '/berita/x/',
  '/404.html',
  '/rss.xml',
  '/sitemap-index.xml',
  '/robots.txt',
  '/manifest.webmanifest',
  '/favicon.svg',
  '/_astro/style.abc123.css',
  '/_astro/page.abc123.js',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-highlight.js',
  '/pagefind/rak.json',
  '/pagefind/rak-3/pagefind-entry.json',
  '/pagefind/rak-3/wasm.id.pagefind',
  '/pagefind/rak-3/pagefind.id_5c87.pf_meta',
  '/pagefind/rak-3/index/id_bc37.pf_index',
  '/pagefind/rak-12/fragment/id_983a.pf_fragment',
  '/pagefind/rak-3/filter/id_1234.pf_filter',
];

describe('the policy itself (src/layouts/csp.ts)', () => {
  it('allows no inline script or eval, only what search needs: wasm compilation and a worker of our own origin', () => {
    expect(cspDirectives['script-src']).toBe("'self' 'wasm-unsafe-eval'");
    expect(cspDirectives['style-src']).toBe("'self'");
    expect(cspDirectives['worker-src']).toBe("'self'");
    expect(cspDirectives['object-src']).toBe("'none'");
    expect(Object.values(cspDirectives).join(' ')).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  });

  it('keeps frame-ancestors out of the <meta> form (browsers ignore it there and log an error)', () => {
    expect(cspMetaContent()).not.toContain('frame-ancestors');
    expect(directives(cspHeaderValue())).toEqual(expectedCsp);
  });
});

describe('cacheControlFor', () => {
  it("caches the search shelves' hashed folders for a year, and nothing else of the index", () => {
    for (const path of ['/pagefind/rak-3/index/id_bc37.pf_index', '/pagefind/rak-12/fragment/id_9.pf_fragment'])
      expect(cacheControlFor(path), path).toBe('public, max-age=31536000, immutable');
    for (const path of ['/pagefind/rak.json', '/pagefind/rak-3/pagefind-entry.json', '/pagefind/rak-3/index.html'])
      expect(cacheControlFor(path), path).toBe('public, max-age=0, must-revalidate');
  });
});

describe('public/_headers (Netlify, Cloudflare Pages)', () => {
  interface Rule {
    pattern: string;
    headers: [string, string][];
  }
  const rules: Rule[] = [];
  for (const line of readFileSync(join(repoRoot, 'public/_headers'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
      expect(match, `header line: ${line}`).toBeTruthy();
      rules.at(-1)!.headers.push([match![1]!, match![2]!]);
    }
  }
  /** Both hosts' splat (`*` matches anything, slashes included) and placeholders (`:name`, one segment). */
  const matches = (pattern: string, path: string) =>
    new RegExp(
      `^${pattern
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:\w+/g, '[^/]+')}$`,
    ).test(path);
  /** What a host sends for a path: every matching rule's headers, each name from one rule only. */
  function headersFor(path: string): Record<string, string> {
    const sent: Record<string, string> = {};
    for (const rule of rules.filter((r) => matches(r.pattern, path))) {
      for (const [name, value] of rule.headers) {
        // Cloudflare would join the two values with a comma; Netlify would keep one.
        expect(sent[name], `${name} set by two rules for ${path}`).toBeUndefined();
        sent[name] = value;
      }
    }
    return sent;
  }

  it('sends the one CSP, with frame-ancestors, and the security headers on every path', () => {
    for (const path of samplePaths) {
      const sent = headersFor(path);
      expect(directives(sent['Content-Security-Policy']), path).toEqual(expectedCsp);
      expect(sent, path).toMatchObject(securityHeaders);
    }
  });

  it("caches hashed files for a year and leaves the rest to both hosts' revalidating default", () => {
    for (const path of samplePaths) {
      // Both hosts' default: "public, max-age=0, must-revalidate".
      expect(headersFor(path)['Cache-Control'] ?? cacheControl.revalidate, path).toBe(cacheControlFor(path));
    }
  });

  it('has the paths only a root deployment has', () => {
    expect(rules.map((rule) => rule.pattern).every((pattern) => pattern.startsWith('/'))).toBe(true);
  });
});

describe('deploy/nginx/warta.conf in a real nginx', () => {
  let server: StaticServer;
  const siteFiles: Record<string, string> = {
    'index.html': '<!doctype html><title>Warta</title><p>beranda</p>'.padEnd(400, ' '),
    '404.html': '<!doctype html><title>Tidak ditemukan</title>',
    'berita/x/index.html': '<!doctype html><title>Berita</title>',
    'topik/x/index.html': '<!doctype html><title>Topik</title>',
    'rss.xml': '<rss version="2.0"></rss>',
    'sitemap-index.xml': '<sitemapindex></sitemapindex>',
    'robots.txt': 'User-agent: *\n',
    'manifest.webmanifest': '{}',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    _headers: '/*\n',
    'withdrawn.map': '"/dicabut/" 1;\n',
  };
  for (const path of samplePaths.filter((p) => !p.endsWith('/') && !(p.slice(1) in siteFiles)))
    siteFiles[path.slice(1)] = 'x';

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'warta-nginx-sample-'));
    // The same files at the root and, as for a sub-path deployment, under warta/.
    for (const [path, text] of Object.entries(siteFiles)) {
      for (const file of [join(root, path), join(root, 'warta', path)]) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    }
    makeWorldReadable(root);
    const sample = readFileSync(join(repoRoot, 'deploy/nginx/warta.conf'), 'utf8');
    expect(sample).toMatch(/^\s*listen 80;$/m);
    expect(sample).toMatch(/^\s*root \/var\/www\/warta;$/m);
    server = await runNginx((port) =>
      sample
        .replace(/^\s*listen \[::\]:80;\n/m, '')
        .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
        .replace(/^(\s*)root \/var\/www\/warta;$/m, `$1root ${root};`)
        .replace('include /var/www/warta/withdrawn.map;', `include ${root}/withdrawn.map;`),
    );
  });
  afterAll(() => server?.stop());

  it('sends the one CSP and the security headers with every response, errors too', async () => {
    for (const path of [...samplePaths, '/warta/', '/tidak-ada/']) {
      const response = await fetch(server.origin + path, { redirect: 'manual' });
      expect(directives(response.headers.get('content-security-policy')), path).toEqual(expectedCsp);
      for (const [name, value] of Object.entries(securityHeaders))
        expect(response.headers.get(name), `${name} ${path}`).toBe(value);
    }
  });

  it('caches hashed files for a year and revalidates the rest, at the root and under a sub-path', async () => {
    for (const path of samplePaths) {
      for (const served of [path, `/warta${path}`]) {
        const response = await fetch(server.origin + served);
        expect(response.status, served).toBe(200);
        expect(response.headers.get('cache-control'), served).toBe(cacheControlFor(path));
      }
    }
  });

  it('serves the 404 page with status 404, and redirects a folder without its slash relatively', async () => {
    const missing = await fetch(`${server.origin}/tidak-ada/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Tidak ditemukan');
    const folder = await fetch(`${server.origin}/berita/x`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/berita/x/');
  });

  it('answers every missing path, folders without index.html too, with the 404 page, revalidated (issue 10, case 11)', async () => {
    const missing = [
      '/berita/',
      '/topik/',
      '/_astro/',
      '/pagefind/',
      '/pagefind/index/',
      '/_astro/hilang.abc123.js',
      '/pagefind/fragment/id_0000.pf_fragment',
      '/tidak-ada/',
      '/berita/tidak-ada/',
    ];
    for (const path of [...missing, ...missing.map((p) => `/warta${p}`)]) {
      const response = await fetch(server.origin + path, { redirect: 'manual' });
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('Tidak ditemukan');
      expect(response.headers.get('cache-control'), path).toBe(cacheControl.revalidate);
      expect(directives(response.headers.get('content-security-policy')), path).toEqual(expectedCsp);
    }
  });

  it('gives the manifest, wasm and feed their types, compresses text, and hides _headers', async () => {
    const type = async (path: string) => (await fetch(server.origin + path)).headers.get('content-type');
    expect(await type('/manifest.webmanifest')).toMatch(/^application\/manifest\+json/);
    expect(await type('/pagefind/rak-3/wasm.id.pagefind')).toBe('application/octet-stream');
    expect(await type('/index.html')).toBe('text/html; charset=utf-8');
    expect(await type('/rss.xml')).toMatch(/xml/);
    const home = await fetch(`${server.origin}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(home.headers.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${server.origin}/_headers`)).status).toBe(404);
    expect((await fetch(`${server.origin}/warta/_headers`)).status).toBe(404);
  });
});

describe('.github/workflows/pages.yml (GitHub Pages)', () => {
  const workflow = readFileSync(join(repoRoot, '.github/workflows/pages.yml'), 'utf8');

  it('builds with the origin and base path configure-pages reports, and deploys dist/', () => {
    expect(workflow).toMatch(/- id: pages\n\s+uses: actions\/configure-pages@v\d+/);
    expect(workflow).toMatch(/WARTA_SITE_URL: \$\{\{ steps\.pages\.outputs\.origin \}\}/);
    expect(workflow).toMatch(/WARTA_BASE_PATH: \$\{\{ steps\.pages\.outputs\.base_path \}\}/);
    expect(workflow).toMatch(/- run: npm ci --omit=dev\b/);
    expect(workflow).toMatch(/- run: npm run build\n/);
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\n/);
    expect(workflow).toMatch(/uses: actions\/deploy-pages@v\d+/);
    expect(workflow).toMatch(/pages: write/);
    expect(workflow).toMatch(/id-token: write/);
  });

  it('turns what configure-pages reports into the site config the build expects', () => {
    // A project site: base_path "/repo" (no trailing slash); a custom domain: "".
    expect(loadSiteConfig({ WARTA_SITE_URL: 'https://owner.github.io', WARTA_BASE_PATH: '/warta' })).toMatchObject({
      url: 'https://owner.github.io',
      basePath: '/warta/',
    });
    expect(loadSiteConfig({ WARTA_SITE_URL: 'https://berita.example', WARTA_BASE_PATH: '' }).basePath).toBe('/');
  });
});
