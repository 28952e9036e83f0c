// Browser test of the HTML report (issue: reviewers' batch work). Opens the report of samples/ in
// headless Debian Chromium through playwright-core and checks what a reviewer relies on:
//  - the overview has one row per document and one cell per target,
//  - clicking a cell shows that document's evidence for the target (and moves focus there),
//  - every cell is reachable by keyboard and opens with Enter,
//  - no WCAG 2.1 A/AA violations found by axe-core,
// and saves screenshots (with JAMKOLL_UPDATE_SCREENSHOTS=1 into docs/, which the README shows;
// otherwise into a temporary folder).
// Usage: node report_test.mjs JAMKOLL_BINARY SOURCE_DIR
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, chromiumPath, finish, loadChromium } from './harness.mjs';

const [binary, source] = process.argv.slice(2);
const chromium = await loadChromium();

const dir = mkdtempSync(join(tmpdir(), 'jamkoll-browser-'));
const shots = process.env.JAMKOLL_UPDATE_SCREENSHOTS === '1' ? join(source, 'docs') : dir;
const html = join(dir, 'report.html');
try {
  execFileSync(binary, ['check', join(source, 'samples'), '--format', 'html', '-o', html], { stdio: 'pipe' });
} catch (e) {
  if (e.status !== 1) throw e;  // 1 = some sample drafts are incomplete, as intended
}
const json = spawnSync(binary, ['check', join(source, 'samples'), '--format', 'json'], { maxBuffer: 64 << 20 });
const report = JSON.parse(json.stdout.toString());
const documents = report.documents.length;
const targets = report.documents[0].targets.length;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) external.push(r.url()); });
  await page.goto('file://' + html);

  const rows = await page.locator('table.heatmap tbody tr').count();
  check('one overview row per document', rows === documents, `${rows} rows, ${documents} documents`);
  const cells = await page.locator('table.heatmap tbody tr:first-child td:not(.sum)').count();
  check('one cell per target', cells === targets, `${cells} cells, ${targets} targets`);
  check('html lang is sv', (await page.getAttribute('html', 'lang')) === 'sv');
  check('column headers have scope', (await page.locator('table.heatmap thead th[scope=col]').count()) === targets + 2);

  // Click the first "mentioned" cell: its evidence must show, with the reason.
  const cell = page.locator('table.heatmap td.mentioned a').first();
  const href = await cell.getAttribute('href');
  await cell.click();
  const article = page.locator(href);
  check('clicking a cell shows its evidence', await article.isVisible());
  const text = await article.innerText();
  check('the evidence names the sentence and why it only counts as mentioned',
        /«|»|nämns/i.test(text) && (await article.locator('ol.evidence li').count()) > 0, text.slice(0, 120));
  check('focus moves to the evidence', await page.evaluate((id) => document.activeElement?.id === id, href.slice(1)));
  check('matched terms are highlighted', (await article.locator('mark').count()) > 0);

  // Keyboard: Tab reaches a cell; Enter opens it.
  await page.goto('file://' + html);
  let inCell = false;
  for (let i = 0; i < 80 && !inCell; i++) {
    await page.keyboard.press('Tab');
    inCell = await page.evaluate(() => !!document.activeElement?.closest('table.heatmap td'));
  }
  check('a cell is reachable by keyboard', inCell);
  if (inCell) {
    const target = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    check('Enter on a cell opens its evidence', await page.evaluate((id) => location.hash === id, target));
  }

  // Accessibility: axe-core, WCAG 2.1 A and AA.
  await page.addScriptTag({ path: join(source, 'tests/browser/node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  check('no WCAG 2.1 AA violations (axe-core)', result.violations.length === 0,
        JSON.stringify(result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help }))));
  check('no external requests (self-contained)', external.length === 0, external.join(' '));

  await page.goto('file://' + html);
  await page.screenshot({ path: join(shots, 'report-overview.png') });
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await phone.goto('file://' + html + '#d2-goal-education');
  await phone.screenshot({ path: join(shots, 'report-phone.png') });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  check('readable on a phone (no page-wide horizontal scroll)', overflow);
} finally {
  await browser.close();
}
finish();
