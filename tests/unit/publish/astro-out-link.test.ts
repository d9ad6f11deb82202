import { existsSync, lstatSync, mkdtempSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkAstroOutDir } from '#src/publish/astro-out-link.ts';

const staging = () => mkdtempSync(join(tmpdir(), 'warta-staging-'));
const projectRoot = '/srv/warta';
const cwd = '/srv/warta';

describe('the output folder Astro is given', () => {
  it('is one path for every build from a checkout, a link to that build’s staging folder', () => {
    const first = linkAstroOutDir(projectRoot, staging(), cwd);
    const firstPath = first.path;
    first.remove();
    const secondStaging = staging();
    const second = linkAstroOutDir(projectRoot, secondStaging, cwd);
    expect(second.path).toBe(firstPath);
    expect(lstatSync(second.path).isSymbolicLink()).toBe(true);
    expect(readlinkSync(second.path)).toBe(secondStaging);
    second.remove();
    expect(existsSync(second.path)).toBe(false);
    expect(existsSync(secondStaging)).toBe(true);
  });

  it('differs between checkouts', () => {
    const one = linkAstroOutDir('/srv/warta', staging(), cwd);
    one.remove();
    const other = linkAstroOutDir('/srv/warta-salinan', staging(), cwd);
    other.remove();
    expect(other.path).not.toBe(one.path);
  });

  it('replaces a link a killed build left behind', () => {
    const left = linkAstroOutDir(projectRoot, staging(), cwd);
    const next = staging();
    const link = linkAstroOutDir(projectRoot, next, cwd);
    expect(link.path).toBe(left.path);
    expect(readlinkSync(link.path)).toBe(next);
    link.remove();
  });

  it('is the staging folder itself when the build runs from a folder holding the temp folder', () => {
    const own = staging();
    const link = linkAstroOutDir(projectRoot, own, parse(tmpdir()).root);
    expect(link.path).toBe(own);
    link.remove();
    expect(existsSync(own)).toBe(true);
  });
});
