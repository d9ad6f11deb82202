/**
 * Deletes the C headers that the `node` package installs beside its Node 24 binary: 67 of
 * its 189 MB, a third of a build's whole install (docs/deploying.md). Run as this
 * project's own `postinstall` (npm runs it once its dependencies are installed, never when
 * another package installs this one); running it again changes nothing.
 *
 *   node --experimental-strip-types scripts/drop-node-headers.ts
 *
 * The headers (`include/node/`, nearly all of it OpenSSL's configuration for twenty other
 * CPUs) serve only to compile native addons against this binary with `node-gyp --nodedir`.
 * Nothing here compiles one: every native package in the tree ships a prebuilt binary, and
 * node-gyp by default fetches the headers it needs rather than reading these. The `node`
 * package fetches its binary into `node_modules/node/node_modules/<node|node-bin>-<os>-<cpu>/`
 * (outside the lockfile), so that is the one place this looks.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const binaryPackages = join(import.meta.dirname, '..', 'node_modules', 'node', 'node_modules');
const binaryPackageName = /^node(-bin)?-[a-z]+-[a-z0-9]+$/;

if (existsSync(binaryPackages)) {
  for (const name of readdirSync(binaryPackages).filter((entry) => binaryPackageName.test(entry))) {
    rmSync(join(binaryPackages, name, 'include'), { recursive: true, force: true });
  }
}
