import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataStoreReadAtRender } from '#src/astro-patches/data-store-module.ts';

type Load = { handler: (id: string) => { code: string; meta: unknown } | undefined };

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'warta-store-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The Vite plugins the integration adds for a command (none, or the one). */
function pluginsFor(command: 'build' | 'dev'): Plugin[] {
  const plugins: Plugin[] = [];
  const setup = dataStoreReadAtRender().hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
  });
  return plugins;
}

describe("the content store's module in a build", () => {
  it("reads data-store.json when the pages render, and is kept out of Astro's code hash", async () => {
    // A store as Astro writes it: devalue's flat JSON.
    const store = '[["Map",1,2],"articles",["Map"]]';
    writeFileSync(join(cacheDir, 'data-store.json'), store);
    const [plugin] = pluginsFor('build');
    const loaded = (plugin!.load as Load).handler('\0astro:data-layer-content')!;
    expect(loaded.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    expect(loaded.code).not.toContain('"articles"');

    const module = join(cacheDir, 'module.mjs');
    writeFileSync(module, loaded.code);
    const { default: data } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(data).toEqual(JSON.parse(store));
  });

  it('leaves the module to Astro when there is no store file, and in astro dev', () => {
    const [plugin] = pluginsFor('build');
    expect((plugin!.load as Load).handler('\0astro:data-layer-content')).toBeUndefined();
    expect(pluginsFor('dev')).toEqual([]);
  });

  it('applies to the server build only, ahead of Astro’s own loader', () => {
    const [plugin] = pluginsFor('build');
    const applies = plugin!.applyToEnvironment as (environment: { config: { consumer: string } }) => boolean;
    expect(applies({ config: { consumer: 'server' } })).toBe(true);
    expect(applies({ config: { consumer: 'client' } })).toBe(false);
    expect(plugin!.enforce).toBe('pre');
    expect((plugin!.load as { order?: string }).order).toBe('pre');
  });
});
