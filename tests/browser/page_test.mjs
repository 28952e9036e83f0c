// Browser test of the service's page (GET /, issue 11 item 2). Starts `jamkoll serve` on a free
// loopback port, opens the page in headless Debian Chromium through playwright-core and checks what
// a user relies on:
//  - two drafts chosen in the file chooser are checked: one verdict table each, the same verdicts as
//    `jamkoll check`, the outcome announced in the live region,
//  - the reviewed DOCX downloads under its name and checks to the same verdicts,
//  - by keyboard alone: Tab reaches the file input, Space opens the chooser, Tab and Enter reach
//    and press a download,
//  - the page runs under its Content-Security-Policy (no violation reported), axe-core finds no
//    WCAG 2.1 A/AA violation, and no request leaves 127.0.0.1 (every other one is aborted).
// Usage: node page_test.mjs JAMKOLL_BINARY SOURCE_DIR
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, chromiumPath, finish, loadChromium } from './harness.mjs';

const [binary, source] = process.argv.slice(2);
const chromium = await loadChromium();

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
});

// The verdicts `jamkoll check` gives a file: target id → status, in order.
function verdicts(path) {
  let out;
  try {
    out = execFileSync(binary, ['check', '--format', 'json', path], { maxBuffer: 16 << 20 });
  } catch (e) {
    if (e.status !== 1) throw e;  // 1 = gaps, as intended for some samples
    out = e.stdout;
  }
  return JSON.parse(out.toString()).documents[0].targets.map((t) => [t.id, t.status]);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const service = spawn(binary, ['serve', '--host', '127.0.0.1', '--port', String(port), '--quiet'],
                      { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise((resolve, reject) => {
  let said = '';
  const timer = setTimeout(() => reject(new Error('jamkoll serve did not start: ' + said)), 30000);
  service.stderr.on('data', (d) => { said += d; if (said.includes('listening on')) { clearTimeout(timer); resolve(); } });
  service.on('exit', (code) => reject(new Error(`jamkoll serve exited with ${code}: ${said}`)));
});

const dir = mkdtempSync(join(tmpdir(), 'jamkoll-page-'));
const skeleton = join(source, 'samples/tidigt_skelett.docx');
const complete = join(source, 'samples/komplett_strategi.docx');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const elsewhere = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'blob:' || (url.hostname === '127.0.0.1' && url.port === String(port))) return route.continue();
    elsewhere.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  const refused = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'blob:' && url.origin !== base) elsewhere.push(r.url());
  });

  const answer = await page.goto(base + '/');
  const policy = answer.headers()['content-security-policy'] || '';
  check('the page carries a strict CSP', /default-src 'none'/.test(policy) && !/unsafe-inline/.test(policy), policy);
  check('html lang is sv', (await page.getAttribute('html', 'lang')) === 'sv');
  check('the file input has a label', (await page.getByLabel('Välj utkast').count()) === 1);

  // Two drafts through the file chooser.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('label[for=drafts]')]);
  check('the chooser takes several files', chooser.isMultiple());
  await chooser.setFiles([skeleton, complete]);
  await page.locator('#results section table').nth(1).waitFor();
  await page.waitForFunction(() => /Klart/.test(document.getElementById('status').textContent));
  check('the live region announces the outcome', /Klart/.test(await page.locator('[role=status]').innerText()));
  for (const [i, path] of [[0, skeleton], [1, complete]]) {
    const shown = await page.locator('#results section').nth(i).locator('tbody td:nth-child(3)').evaluateAll(
      (cells) => cells.map((c) => c.className));
    const expected = verdicts(path).map(([, status]) => status);
    check(`the table shows check's verdicts (${path.split('/').pop()})`, JSON.stringify(shown) === JSON.stringify(expected),
          `${JSON.stringify(shown)} vs ${JSON.stringify(expected)}`);
  }

  // The reviewed copy: downloaded, named, and checked to the same verdicts.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#results section').first().getByRole('button', { name: /Granskad kopia/ }).click(),
  ]);
  check('the copy is named after the draft', download.suggestedFilename() === 'tidigt_skelett.granskad.docx',
        download.suggestedFilename());
  const copy = join(dir, 'copy.docx');
  await download.saveAs(copy);
  check('the reviewed copy checks to the same verdicts',
        JSON.stringify(verdicts(copy)) === JSON.stringify(verdicts(skeleton)));

  // Accessibility of the page with results: axe-core, WCAG 2.1 A and AA. Evaluated through the
  // DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(readFileSync(join(source, 'tests/browser/node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  check('no WCAG 2.1 AA violations (axe-core)', result.violations.length === 0,
        JSON.stringify(result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help }))));

  // Keyboard only: Tab to the input, Space opens the chooser; Tab to the copy's button, Enter.
  await page.goto(base + '/');
  let onInput = false;
  for (let i = 0; i < 20 && !onInput; i++) {
    await page.keyboard.press('Tab');
    onInput = await page.evaluate(() => document.activeElement?.id === 'drafts');
  }
  check('Tab reaches the file input', onInput);
  const [keyed] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await keyed.setFiles(skeleton);
  await page.locator('#results section table').first().waitFor();
  let onButton = false;
  for (let i = 0; i < 40 && !onButton; i++) {
    await page.keyboard.press('Tab');
    onButton = await page.evaluate(() => /Granskad kopia/.test(document.activeElement?.textContent || ''));
  }
  check('Tab reaches the reviewed copy', onButton);
  if (onButton) {
    const [byKey] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    check('Enter downloads the reviewed copy', byKey.suggestedFilename() === 'tidigt_skelett.granskad.docx');
  }

  // Drag and drop: a draft dropped on the drop zone is checked like a chosen one. The drop event
  // carries a DataTransfer holding the sample's bytes as a File, as a browser's drop would.
  await page.goto(base + '/');
  const dropped = await page.evaluateHandle(({ b64, name }) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name));
    return transfer;
  }, { b64: readFileSync(complete).toString('base64'), name: complete.split('/').pop() });
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer: dropped });
  check('dragging over the drop zone marks it', await page.evaluate(() => document.getElementById('drop').classList.contains('over')));
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: dropped });
  await page.locator('#results section table').first().waitFor();
  const droppedShown = await page.locator('#results section').first().locator('tbody td:nth-child(3)').evaluateAll(
    (cells) => cells.map((c) => c.className));
  const droppedExpected = verdicts(complete).map(([, status]) => status);
  check('a dropped draft shows check\'s verdicts', JSON.stringify(droppedShown) === JSON.stringify(droppedExpected),
        `${JSON.stringify(droppedShown)} vs ${JSON.stringify(droppedExpected)}`);

  const english = await context.newPage();
  await english.goto(base + '/?lang=en');
  check('?lang=en is English', (await english.getAttribute('html', 'lang')) === 'en');

  check('the page runs under its CSP (nothing refused)', refused.length === 0, refused.join(' | '));
  check('no request leaves 127.0.0.1', elsewhere.length === 0, elsewhere.join(' '));
} finally {
  await browser.close();
  service.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
finish();
