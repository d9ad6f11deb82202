import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort, waitUntilServing } from './local-server.ts';
import { NGINX } from './system-tools.ts';

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  stop(): Promise<void>;
}

/** A site to serve: its built folder and the path prefix it is served under ("/" or "/warta/"). */
export interface Mount {
  dir: string;
  basePath: string;
}

/** nginx's worker runs as nobody: the served tree and every folder above it must be readable. */
export function makeWorldReadable(dir: string): void {
  for (let parent = dir; parent !== dirname(parent); parent = dirname(parent)) {
    chmodSync(parent, statSync(parent).mode | 0o005);
  }
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    chmodSync(path, statSync(path).mode | (statSync(path).isDirectory() ? 0o005 : 0o004));
  }
}

function locationBlock({ dir, basePath }: Mount): string {
  const directive = basePath === '/' ? `root ${dir};` : `alias ${dir}/;`;
  return `
    location ${basePath} {
      ${directive}
      error_page 404 ${basePath}404.html;
    }`;
}

export interface NginxOptions {
  /** Response headers for every response (add_header … always, at server level). */
  headers?: Record<string, string>;
}

/** A header value as an nginx quoted argument (which would expand `$` and end at `"`). */
function quoted(value: string): string {
  if (/["$\\]/.test(value)) throw new Error(`header value needs escaping for nginx: ${value}`);
  return `"${value}"`;
}

/**
 * Starts Debian's nginx, unprivileged-style, from a temp prefix on 127.0.0.1: in the
 * foreground, with its own pid file and temp paths, gzip on as a real host would have.
 * The same kind of server an operator deploys to, with its `/x` → `/x/` redirects.
 */
export async function startNginx(mounts: Mount[], options: NginxOptions = {}): Promise<StaticServer> {
  for (const mount of mounts) makeWorldReadable(mount.dir);
  // Withdrawn reports answer 410 Gone with their notice page, as deploy/nginx/warta.conf does.
  const withdrawnMaps = mounts.map(({ dir }) => join(dir, 'withdrawn.map')).filter((file) => existsSync(file));
  const headers = Object.entries(options.headers ?? {})
    .map(([name, value]) => `add_header ${name} ${quoted(value)} always;`)
    .join('\n    ');
  return runNginx(
    (port) => `
  types { application/wasm wasm; application/manifest+json webmanifest; }
  default_type application/octet-stream;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_types text/css application/javascript text/javascript application/json application/xml application/rss+xml image/svg+xml application/wasm application/manifest+json text/xml;
  absolute_redirect off;
  map $uri $warta_withdrawn {
    volatile;
    default 0;
    ${withdrawnMaps.map((file) => `include ${file};`).join('\n    ')}
  }
  server {
    listen 127.0.0.1:${port};
    error_page 410 ${'$'}{uri}index.html;
    if ($warta_withdrawn) {
      return 410;
    }
    ${headers}
    ${mounts.map(locationBlock).join('\n')}
  }
`,
  );
}

/**
 * Runs nginx in the foreground from a fresh temp prefix with the given http-block
 * content (after Debian's mime.types), on a free port of 127.0.0.1, and waits until it
 * answers. Stopped by its own pid file's pid, never by name.
 */
export async function runNginx(httpBlock: (port: number) => string): Promise<StaticServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'warta-nginx-'));
  const port = await freePort();
  const conf = `
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${httpBlock(port)}
}
`;
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, () => `nginx: ${stderr}${readLog(prefix)}`);
  return {
    origin,
    async stop() {
      const pid = Number(readFileSync(join(prefix, 'nginx.pid'), 'utf8'));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(pid, 'SIGQUIT');
      await exited;
    },
  };
}

function readLog(prefix: string): string {
  const log = join(prefix, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}
