/**
 * `npm test` runs this first: it checks that Chromium, nginx and Java are there and, if
 * one is missing, says in one line what to install and exits non-zero before any test
 * starts (instead of a browser test failing deep inside a launch).
 */
import { missingPackages, systemTools } from './system-tools.ts';

const missing = missingPackages();
if (missing.length > 0) {
  const all = systemTools.map((tool) => tool.debianPackage).join(' ');
  console.error(
    `npm test needs Debian's ${all}; missing: ${missing.join(', ')}. Run "bash scripts/test-all.sh", which installs them (as root or with sudo) and runs every test, or install them with "apt-get install --no-install-recommends ${all}" and run npm test again.`,
  );
  process.exit(1);
}
