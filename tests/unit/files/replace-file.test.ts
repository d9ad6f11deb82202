import { linkSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFile } from '#src/files/replace-file.ts';

describe('replaceFile', () => {
  it('writes a new file: another name of the old one keeps the old bytes, and no temp file is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-replace-'));
    writeFileSync(join(dir, 'index.html'), 'lama');
    linkSync(join(dir, 'index.html'), join(dir, 'situs-hidup.html'));
    replaceFile(join(dir, 'index.html'), 'baru');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('baru');
    expect(readFileSync(join(dir, 'situs-hidup.html'), 'utf8')).toBe('lama');
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'situs-hidup.html']);
  });

  it('creates the file when there was none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-replace-'));
    replaceFile(join(dir, 'catatan.json'), new TextEncoder().encode('{}'));
    expect(readFileSync(join(dir, 'catatan.json'), 'utf8')).toBe('{}');
  });
});
