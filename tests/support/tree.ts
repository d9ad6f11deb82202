import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, as relative path → SHA-256 of its bytes, for before/after comparisons. */
export function snapshotTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) files[entry] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}
