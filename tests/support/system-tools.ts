import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A program the tests start that npm does not install, and the Debian package that has it. */
export interface SystemTool {
  /** Debian's package name. */
  debianPackage: string;
  /** An absolute path, or a command name looked up on PATH. */
  program: string;
}

/** Debian's Chromium: the browser tests, Lighthouse and the screenshots use this one, never a downloaded one. */
export const CHROMIUM = '/usr/bin/chromium';

/** Debian's nginx is in /usr/sbin, which a non-root PATH may lack. */
export const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** Runs vnu.jar, the HTML checker. */
export const JAVA = 'java';

/** Everything `npm test` needs beyond `npm ci`; `scripts/test-all.sh` installs the same packages. */
export const systemTools: readonly SystemTool[] = [
  { debianPackage: 'chromium', program: CHROMIUM },
  { debianPackage: 'nginx', program: NGINX },
  { debianPackage: 'default-jre-headless', program: JAVA },
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a program (absolute path, or a name on `path`) can be run. */
export function canRun(program: string, path = process.env.PATH ?? ''): boolean {
  if (program.startsWith('/')) return isExecutable(program);
  return path.split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, program)));
}

/** The Debian packages of the tools that cannot be run. */
export function missingPackages(tools: readonly SystemTool[] = systemTools, path = process.env.PATH ?? ''): string[] {
  return tools.filter((tool) => !canRun(tool.program, path)).map((tool) => tool.debianPackage);
}
