import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { processTreeRss } from './process-tree-rss.ts';

export interface BuildMeasurement {
  /** Wall time of the whole `npm run build`: the site, then its search index. */
  wallMs: number;
  /** Highest summed RSS of the build's process tree, sampled every 100 ms. */
  peakRssBytes: number;
  /** Everything the build printed, for timings it logs itself. */
  log: string;
}

/** Runs `npm run build` for a content folder and measures it. Rejects if the build fails. */
export function measureBuild(
  repoRoot: string,
  env: Record<string, string>,
  onLine?: (line: string) => void,
): Promise<BuildMeasurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: repoRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let peakRssBytes = 0;
    let log = '';
    const sampler = setInterval(() => {
      peakRssBytes = Math.max(peakRssBytes, processTreeRss(child.pid!));
    }, 100);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      log += text;
      for (const line of text.split('\n')) if (line.trim() && onLine) onLine(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      if (code !== 0) reject(new Error(`npm run build exited with ${code}:\n${log.slice(-4000)}`));
      else resolve({ wallMs, peakRssBytes, log });
    });
  });
}

export interface TreeSize {
  bytes: number;
  files: number;
}

/** Total size and number of files under a folder. */
export function treeSize(dir: string): TreeSize {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(dir, entry));
    if (stats.isFile()) {
      bytes += stats.size;
      files += 1;
    }
  }
  return { bytes, files };
}
