import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_MARKER, checkOutputFolder } from '#src/publish/output-folder.ts';

/** A project root with a content folder inside, as in a clone. */
function project() {
  const projectRoot = mkdtempSync(join(tmpdir(), 'warta-project-'));
  const contentDir = join(projectRoot, 'content');
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  writeFileSync(join(contentDir, 'articles/a.md'), 'x');
  return { projectRoot, contentDir };
}

describe('the output folder rule', () => {
  const folders = project();
  const refused = (outDir: string) => () => checkOutputFolder(outDir, folders);

  it('refuses the content folder, the project root, their parents and anything in the content folder', () => {
    expect(refused(folders.contentDir)).toThrow(
      `refusing to build into ${folders.contentDir}: it is the content folder`,
    );
    expect(refused(folders.projectRoot)).toThrow(
      `refusing to build into ${folders.projectRoot}: it is the project root`,
    );
    expect(refused(dirname(folders.projectRoot))).toThrow(/it holds the project root/);
    expect(refused('/')).toThrow(/it holds the project root/);
    expect(refused(join(folders.contentDir, 'articles'))).toThrow(/inside the content folder/);
    expect(refused(join(folders.contentDir, 'dist'))).toThrow(/inside the content folder/);
    expect(refused(`${folders.contentDir}/../content/`)).toThrow(/it is the content folder/);
  });

  it('sees through a symlink to the content folder', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'warta-link-')), 'out');
    symlinkSync(folders.contentDir, link);
    expect(refused(link)).toThrow(/it is the content folder/);
  });

  it('refuses a folder holding files no build wrote, and a file', () => {
    const other = mkdtempSync(join(tmpdir(), 'warta-other-'));
    writeFileSync(join(other, 'catatan.txt'), 'penting');
    expect(refused(other)).toThrow(`refusing to build into ${other}: it holds files no Warta build wrote`);
    expect(refused(join(other, 'catatan.txt'))).toThrow(/it is not a folder/);
  });

  it('accepts a missing folder, an empty one and a previous build, also inside the project', () => {
    const empty = mkdtempSync(join(tmpdir(), 'warta-empty-'));
    const previous = mkdtempSync(join(tmpdir(), 'warta-previous-'));
    writeFileSync(join(previous, BUILD_MARKER), '');
    writeFileSync(join(previous, 'index.html'), '');
    for (const ok of [join(empty, 'baru'), empty, previous, join(folders.projectRoot, 'dist')]) {
      expect(refused(ok)).not.toThrow();
    }
  });

  it('says it in one line', () => {
    expect(refused(folders.contentDir)).toThrow(/^[^\n]+$/);
  });
});
