import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder, as sorted relative paths. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/**
 * How two built folders differ, byte for byte: files only in one of them, and files in
 * both whose bytes differ. Empty when the trees are identical.
 */
export function treeDifferences(a: string, b: string): string[] {
  const left = filesOf(a);
  const right = new Set(filesOf(b));
  const differences = left.filter((file) => !right.has(file)).map((file) => `only in ${a}: ${file}`);
  for (const file of right) if (!left.includes(file)) differences.push(`only in ${b}: ${file}`);
  for (const file of left) {
    if (right.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      differences.push(`differs: ${file}`);
  }
  return differences;
}
