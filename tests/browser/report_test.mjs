// Browser test of the HTML report (issue: reviewers' batch work). Opens the report of samples/ in
// headless Debian Chromium through playwright-core and checks what a reviewer relies on:
//  - the overview has one row per document and one cell per target,
//  - clicking a cell shows that document's evidence for the target (and moves focus there),
//  - every cell is reachable by keyboard and opens with Enter,
//  - no WCAG 2.1 A/AA violations found by axe-core,
//  - a batch of one draft per county (lan/Uppsala/strategi.docx, lan/Dalarna/…, lan/Gotland/…,
//    copies of shipped samples): distinct row labels relative to lan/, each row's gap count and the
//    totals column in view without sideways scrolling at 1 366 px, the document's name still in
//    view after a sideways scroll at 390 px, full target names on focus, sorting by gaps and the
//    gaps-only filter by keyboard, under a strict CSP (script and style allowed by hash only), axe
//    clean,
//  - the HTML of `jamkoll diff OLD_DIR NEW_DIR` (last year's and this year's county folders): one
//    table per changed draft, the added and removed drafts listed, axe clean,
// and saves screenshots (with JAMKOLL_UPDATE_SCREENSHOTS=1 into docs/, which the README shows;
// otherwise into a temporary folder).
// Usage: node report_test.mjs JAMKOLL_BINARY SOURCE_DIR
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, checkAxe, chromiumPath, finish, loadChromium } from './harness.mjs';

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
  await checkAxe(page, source, 'no WCAG 2.1 AA violations (axe-core)');
  check('no external requests (self-contained)', external.length === 0, external.join(' '));

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await phone.goto('file://' + html + '#d2-goal-education');
  check('an evidence link works on a phone', await phone.locator('#d2-goal-education').isVisible());
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  check('readable on a phone (no page-wide horizontal scroll)', overflow);

  await countyBatch(browser);
  await folderDiff(browser);
} finally {
  await browser.close();
}
finish();

// The report of lan/{Uppsala,Dalarna,Gotland}/strategi.docx, with a Content-Security-Policy that
// allows the report's own style and script by their hashes and nothing else.
function countyReport() {
  const lan = join(dir, 'lan');
  const counties = { Uppsala: 'komplett_strategi.docx', Dalarna: 'tidigt_skelett.docx', Gotland: 'partiell_rabblar_mal.docx' };
  for (const [county, sample] of Object.entries(counties)) {
    mkdirSync(join(lan, county), { recursive: true });
    copyFileSync(join(source, 'samples', sample), join(lan, county, 'strategi.docx'));
  }
  const out = join(dir, 'lan.html');
  try {
    execFileSync(binary, ['check', lan, '--format', 'html', '-o', out], { stdio: 'pipe' });
  } catch (e) {
    if (e.status !== 1) throw e;  // Dalarna and Gotland have gaps
  }
  let page = readFileSync(out, 'utf8');
  const hash = (tag) => {
    const body = page.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))[1];
    return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
  };
  const policy = `default-src 'none'; style-src ${hash('style')}; script-src ${hash('script')}`;
  page = page.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  const strict = join(dir, 'lan-csp.html');
  writeFileSync(strict, page);
  return strict;
}

// Tab until the focused element satisfies `is` (at most `limit` presses).
async function tabTo(page, is, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is)) return true;
  }
  return false;
}

async function countyBatch(browser) {
  const file = 'file://' + countyReport();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const refused = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
  await page.goto(file);
  const names = await page.locator('table.heatmap tbody th[scope=row] a').allInnerTexts();
  check('county rows are labelled by their folder', JSON.stringify(names) ===
        JSON.stringify(['Dalarna/strategi.docx', 'Gotland/strategi.docx', 'Uppsala/strategi.docx']), JSON.stringify(names));
  const gaps = await page.locator('table.heatmap tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.dataset.gaps)));
  check('each row carries its gap count', gaps.length === 3 && gaps[0] > 0 && gaps[2] === 0, JSON.stringify(gaps));
  const verdicts = await page.locator('table.heatmap tbody .verdict').allInnerTexts();
  check('the verdict beside each name says the count', verdicts.length === 3 && verdicts[0].includes(`${gaps[0]} luckor`) &&
        /inga luckor/.test(verdicts[2]), JSON.stringify(verdicts));
  const inView = await page.evaluate(() => {
    const frame = document.querySelector('.scroll');
    const width = window.innerWidth;
    const right = (el) => el.getBoundingClientRect().right;
    const totals = [...document.querySelectorAll('table.heatmap tbody td.sum')];
    const verdicts = [...document.querySelectorAll('table.heatmap tbody .verdict')];
    return {
      frame: frame.scrollWidth <= frame.clientWidth, page: document.documentElement.scrollWidth <= width,
      totals: totals.length === 3 && totals.every((el) => right(el) <= width),
      verdicts: verdicts.every((el) => right(el) <= width),
    };
  });
  check('at 1366 px no sideways scrolling, gap counts and totals in view', inView.frame && inView.page && inView.totals &&
        inView.verdicts, JSON.stringify(inView));
  const optionalCounted = await page.evaluate(() =>
    [...document.querySelectorAll('table.heatmap thead th[scope=colgroup]')].map((th) => th.textContent));
  check('columns are grouped, the optional ones last', optionalCounted.length === 4 && /^Mål/.test(optionalCounted[0]) &&
        /Valfria/.test(optionalCounted[3]), JSON.stringify(optionalCounted));
  await page.locator('section[aria-labelledby=overview]').screenshot({ path: join(shots, 'report-overview.png') });

  // A column header's full name shows when it has focus (and it links to the legend's entry).
  const onHeader = await tabTo(page, () => !!document.activeElement?.closest('thead a.colhead'));
  check('Tab reaches a column header', onHeader);
  if (onHeader) {
    const tip = await page.evaluate(() => {
      const t = document.activeElement.querySelector('.tip');
      return { visible: getComputedStyle(t).display !== 'none', text: t.textContent };
    });
    check('the focused header shows the full target name', tip.visible && tip.text.length > 10, JSON.stringify(tip));
  }
  // Hovering any column's header shows its full name without widening the table.
  const heads = page.locator('thead a.colhead');
  const widened = [];
  for (let i = 0; i < await heads.count(); i++) {
    await heads.nth(i).hover();
    const state = await heads.nth(i).evaluate((a) => {
      const frame = document.querySelector('.scroll');
      return getComputedStyle(a.querySelector('.tip')).display !== 'none' && frame.scrollWidth <= frame.clientWidth;
    });
    if (!state) widened.push(await heads.nth(i).locator('.tip').textContent());
  }
  check('hover shows each full name, still without sideways scrolling', widened.length === 0, JSON.stringify(widened));
  const legend = await page.locator('.target-legend li').count();
  check('the legend names every target', legend === targets, `${legend} of ${targets}`);
  check('the legend explains the statuses', /behandlas/.test(await page.locator('dl.legend').innerText()) &&
        /nämns/.test(await page.locator('dl.legend').innerText()) && /saknas/.test(await page.locator('dl.legend').innerText()));
  check('the run date and the pack are named', /granskad \d{4}-\d\d-\d\d \d\d:\d\d UTC/.test(await page.locator('header').innerText()) &&
        /lansstrategi \d+\.\d+\.\d+/.test(await page.locator('header').innerText()));

  // Sort by gaps and filter, by keyboard only.
  await page.goto(file);
  const onSort = await tabTo(page, () => document.activeElement?.getAttribute('data-sort') === 'gaps');
  check('Tab reaches "sort by gaps" (a real button)', onSort &&
        await page.evaluate(() => document.activeElement.tagName === 'BUTTON'));
  await page.keyboard.press('Enter');
  const sorted = await page.locator('table.heatmap tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.dataset.gaps)));
  check('Enter sorts by number of gaps, most first', JSON.stringify(sorted) ===
        JSON.stringify([...gaps].sort((a, b) => b - a)) && sorted[0] >= sorted[1], JSON.stringify(sorted));
  check('the pressed sort button says so', (await page.getAttribute('button[data-sort=gaps]', 'aria-pressed')) === 'true');
  check('the new order is announced', /Sorterade efter antal luckor/.test(await page.locator('.controls [role=status]').innerText()));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const visible = await page.locator('table.heatmap tbody tr:visible th[scope=row] a').allInnerTexts();
  check('Space on the filter shows only documents with gaps', visible.length === 2 && !visible.includes('Uppsala/strategi.docx'),
        JSON.stringify(visible));
  check('the shown count is announced', /Visar 2 av 3/.test(await page.locator('.controls [role=status]').innerText()));
  await page.keyboard.press('Space');
  check('Space again shows every document', (await page.locator('table.heatmap tbody tr:visible').count()) === 3);
  const onName = await tabTo(page, () => document.activeElement?.getAttribute('data-sort') === 'name', 5);
  if (onName) await page.keyboard.press('Enter');
  check('sorting by name restores the order', JSON.stringify(await page.locator('table.heatmap tbody th[scope=row] a').allInnerTexts())
        === JSON.stringify(names));

  await checkAxe(page, source, 'county batch: no WCAG 2.1 AA violations (axe-core)');
  check('the report runs under a hash-only CSP (nothing refused)', refused.length === 0, refused.join(' | '));

  // English labels are longer ("mentioned", "Optional (never gaps)"): still no sideways scrolling.
  const english = join(dir, 'lan-en.html');
  try {
    execFileSync(binary, ['check', join(dir, 'lan'), '--lang', 'en', '--format', 'html', '-o', english], { stdio: 'pipe' });
  } catch (e) {
    if (e.status !== 1) throw e;
  }
  await page.goto('file://' + english);
  check('in English too, no sideways scrolling at 1366 px', await page.evaluate(() => {
    const frame = document.querySelector('.scroll');
    return frame.scrollWidth <= frame.clientWidth && /14 gaps/.test(document.querySelector('tbody .verdict').textContent);
  }));

  // Phone: after a sideways scroll of the table, every row still shows its name.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await phone.goto(file);
  const named = await phone.evaluate(() => {
    const frame = document.querySelector('.scroll');
    frame.scrollIntoView();
    frame.scrollLeft = frame.scrollWidth;
    return [...document.querySelectorAll('table.heatmap tbody th[scope=row]')].map((th) => {
      const box = th.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return frame.scrollLeft > 0 && box.left >= 0 && box.right <= window.innerWidth && !!hit && th.contains(hit);
    });
  });
  check('at 390 px each row keeps its name in view after a sideways scroll', named.length === 3 && named.every(Boolean),
        JSON.stringify(named));
  // The phone screenshot: the table scrolled sideways, each row still named.
  await phone.screenshot({ path: join(shots, 'report-phone.png') });
}

async function folderDiff(browser) {
  const year = (name, counties) => {
    for (const [county, sample] of Object.entries(counties)) {
      mkdirSync(join(dir, name, county), { recursive: true });
      copyFileSync(join(source, 'samples', sample), join(dir, name, county, 'strategi.docx'));
    }
    return join(dir, name);
  };
  const before = year('lan-2024', { Uppsala: 'komplett_strategi.docx', Dalarna: 'tidigt_skelett.docx', Halland: 'aktivitetsplan.docx' });
  const after = year('lan-2025', { Uppsala: 'tidigt_skelett.docx', Dalarna: 'komplett_strategi.docx', 'Skåne': 'tidigt_skelett.docx' });
  let page;
  try {
    page = execFileSync(binary, ['diff', '--format', 'html', before, after], { maxBuffer: 16 << 20 }).toString();
  } catch (e) {
    if (e.status !== 1) throw e;  // Uppsala got worse
    page = e.stdout.toString();
  }
  const file = join(dir, 'diff.html');
  writeFileSync(file, page);
  const tab = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await tab.goto('file://' + file);
  check('the folder diff has a table per changed draft', (await tab.locator('table.changes').count()) === 2);
  check('the folder diff lists the added and removed drafts',
        /Skåne\/strategi\.docx/.test(await tab.locator('#added + ul').innerText()) &&
        /Halland\/strategi\.docx/.test(await tab.locator('#removed + ul').innerText()));
  await checkAxe(tab, source, 'folder diff: no WCAG 2.1 AA violations (axe-core)');
}
