/**
 * `npm run build`: the site and its search index, built into a staging folder beside
 * WARTA_OUT_DIR (default dist/) and swapped in only when both steps succeeded
 * (src/publish/run-build.ts). Stopped with Ctrl-C or `kill`, it stops its steps, removes
 * the staging folder and leaves the previous site as it was.
 */
import { resolve } from 'node:path';
import { runBuild } from '#src/publish/run-build.ts';

const outcome = await runBuild({
  projectRoot: resolve(import.meta.dirname, '..'),
  cwd: process.cwd(),
  env: process.env,
});
if ('signal' in outcome) process.kill(process.pid, outcome.signal);
else process.exitCode = outcome.status;
