import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRO_INTERNALS } from '#src/publish/astro-internals.ts';

const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');
const installed = (JSON.parse(readFileSync(join(astroDist, '..', 'package.json'), 'utf8')) as { version: string })
  .version;

describe(`every Astro internal Warta depends on is where it was (Astro ${installed} installed)`, () => {
  it.each(ASTRO_INTERNALS)('$name ($file)', ({ name, file, holds, usedBy }) => {
    let source = '';
    try {
      source = readFileSync(join(astroDist, file), 'utf8');
    } catch {
      // Reported below: the file is gone.
    }
    expect(
      source.includes(holds),
      `Astro internal moved: ${name}. astro/dist/${file} no longer holds ${JSON.stringify(holds)} ` +
        `(Astro ${installed}); re-check ${usedBy} and src/publish/astro-internals.ts`,
    ).toBe(true);
  });
});
