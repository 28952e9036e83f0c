// What every browser test shares: the checks' tally, and playwright-core's chromium bound to
// Debian's /usr/bin/chromium, or a SKIPPED line and exit 0 when either is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const chromiumPath = '/usr/bin/chromium';

let passed = 0, failed = 0;
export function check(name, ok, detail = '') {
  if (ok) { passed++; console.log(`ok   ${name}`); } else { failed++; console.log(`FAIL ${name} ${detail}`); }
}

// Prints the tally and ends the process: exit 1 when any check failed.
export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function skip(why) {
  console.log(`SKIPPED: ${why}`);
  console.log('0 passed, 0 failed, 1 skipped');
  process.exit(0);
}

export async function loadChromium() {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    skip('playwright-core is not installed (cd tests/browser && npm ci)');
  }
  if (!existsSync(chromiumPath)) skip('/usr/bin/chromium is not installed (apt-get install -y chromium)');
  return chromium;
}

// axe-core against WCAG 2.1 A and AA on the page as it is now, as one check named `name`. Evaluated
// through the DevTools protocol, which a page's Content-Security-Policy does not govern.
export async function checkAxe(page, source, name) {
  await page.evaluate(readFileSync(join(source, 'tests/browser/node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  check(name, result.violations.length === 0,
        JSON.stringify(result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help }))));
}
