#include "report/html_style.h"

namespace jamkoll {

// Status colours: text on background contrast ≥ 7:1; the status is always also a symbol and a word.
const char* const kHtmlReportStyle = R"CSS(
:root { --addressed-bg:#d4edda; --addressed-fg:#0b3d16; --mentioned-bg:#fff3cd; --mentioned-fg:#533d00;
        --missing-bg:#f8d7da; --missing-fg:#5a0f16; --error-bg:#e2e3e5; --error-fg:#1e2125; --focus:#0b57d0; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 1rem;
       line-height: 1.5; color: #1a1a1a; background: #fff; max-width: 110rem; overflow-wrap: anywhere; }
.heatmap { overflow-wrap: normal; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin: 0; }
a { color: #0b57d0; } a:focus, button:focus, [tabindex]:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.meta { color: #444; margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .5rem 0; }
.legend div { flex: 1 1 16rem; } .legend dt { display: inline; font-weight: 600; } .legend dd { display: inline; margin: 0 0 0 .35rem; }
.legend dt span { display: inline-block; padding: 0 .5rem; border-radius: .25rem; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: .5rem 0; }
.controls[hidden] { display: none; }
.controls button { font: inherit; padding: .35rem .75rem; min-height: 2.75rem; border: 1px solid #555; border-radius: .25rem;
                   background: #fff; color: #1a1a1a; cursor: pointer; }
.controls button[aria-pressed=true] { background: #1a1a1a; color: #fff; }
.controls .shown { margin: 0; color: #444; }
/* The table scrolls inside its frame, so the header row and the document column can stay put. */
.scroll { overflow: auto; max-height: calc(100vh - 2rem); border: 1px solid #bbb; }
table.heatmap { border-collapse: separate; border-spacing: 0; font-size: .85rem; }
.heatmap caption { text-align: left; padding: .5rem; font-weight: 600; }
.heatmap th, .heatmap td { border-right: 1px solid #bbb; border-bottom: 1px solid #bbb; padding: 0; }
.heatmap thead th { position: sticky; top: 0; z-index: 2; vertical-align: bottom; padding: .25rem .15rem; font-weight: 600;
                    background: #f4f4f4; }
.heatmap thead tr.groups th { height: 1.75rem; padding: 0 .25rem; text-align: left; white-space: nowrap; overflow: hidden; }
.heatmap thead tr.names th { top: 1.75rem; }
.heatmap thead tr.groups th.corner { vertical-align: bottom; text-align: left; padding: .35rem .5rem; white-space: normal; }
.heatmap thead th.corner { left: 0; z-index: 3; }
.heatmap .group-start { border-left: 3px solid #333; }
.heatmap th.optional { font-style: italic; font-weight: 400; }
.heatmap .colhead { display: block; color: inherit; text-decoration: none; position: relative; }
.heatmap .vertical { writing-mode: vertical-rl; transform: rotate(180deg); display: -webkit-box; -webkit-box-orient: horizontal;
                     max-height: 11rem; overflow: hidden; line-height: 1.15; font-size: .75rem; }
.heatmap .tip { display: none; position: absolute; top: 100%; left: 0; z-index: 4; width: max-content; max-width: 16rem;
                padding: .35rem .5rem; background: #1a1a1a; color: #fff; font-style: normal; font-weight: 400;
                border-radius: .25rem; white-space: normal; text-align: left; }
.heatmap .colhead:hover .tip, .heatmap .colhead:focus .tip { display: block; }
.heatmap .colhead.end .tip { left: auto; right: 0; }
.heatmap th[scope=row] { position: sticky; left: 0; z-index: 1; text-align: left; padding: .3rem .5rem; font-weight: 600;
                         background: #f4f4f4; }
.heatmap th[scope=row] a { display: block; max-width: 11rem; overflow-wrap: break-word; }
.heatmap .verdict { display: block; font-size: .8rem; font-weight: 700; white-space: nowrap; }
.heatmap .verdict.gaps { color: var(--missing-fg); } .heatmap .verdict.done { color: var(--addressed-fg); }
.heatmap td a { display: block; min-width: 2.4rem; min-height: 2.75rem; padding: .3rem 2px; text-align: center;
                text-decoration: none; font-weight: 700; color: inherit; }
.heatmap td.optional a { font-weight: 400; }
.heatmap td.sum { padding: .2rem .3rem; white-space: nowrap; font-size: .8rem; line-height: 1.3; }
.heatmap tbody tr[hidden] { display: none; }
.target-legend { display: flex; flex-wrap: wrap; gap: 0 2rem; }
.target-legend h3 { flex: 1 0 100%; margin-top: 1rem; } .target-legend h4 { margin: .5rem 0 0; font-size: 1rem; }
.target-legend ul { margin: .25rem 0; padding-left: 1.25rem; } .target-legend li:target { outline: 3px solid var(--focus); }
.addressed { background: var(--addressed-bg); color: var(--addressed-fg); }
.mentioned { background: var(--mentioned-bg); color: var(--mentioned-fg); }
.missing { background: var(--missing-bg); color: var(--missing-fg); }
.error { background: var(--error-bg); color: var(--error-fg); }
.cell-word { display: block; font-size: .58rem; font-weight: 400; letter-spacing: -.01em; }
section.document { border-top: 2px solid #333; margin-top: 2rem; }
article.target { border: 1px solid #bbb; border-left-width: .5rem; border-radius: .25rem; padding: .5rem .75rem; margin: .75rem 0; }
article.target.addressed { border-left-color: #1e7e34; } article.target.mentioned { border-left-color: #b58100; }
article.target.missing { border-left-color: #b02a37; }
article.target:target { outline: 3px solid var(--focus); }
article.target { background: #fff; color: #1a1a1a; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: .25rem; margin-right: .5rem; font-weight: 700; }
.why, .tried, .profile { margin: .25rem 0; }
.advice { margin: .25rem 0; padding-left: 1.25rem; } .to-fix > li { margin: .5rem 0; } .to-fix .badge { margin-left: .5rem; }
ol.evidence { margin: .25rem 0; padding-left: 1.5rem; }
ol.evidence blockquote { margin: 0; font-style: normal; }
mark { background: #ffe066; color: #000; padding: 0 .1em; }
.where { color: #444; font-size: .85rem; margin: 0 0 .5rem; }
.back { font-size: .85rem; }
code { font-size: .85em; }
table.changes { border-collapse: collapse; margin: .5rem 0; }
table.changes caption { text-align: left; font-weight: 600; padding: .25rem 0; }
table.changes th, table.changes td { border: 1px solid #bbb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
table.changes blockquote { margin: .25rem 0 0; }
@media (max-width: 40rem) { body { padding: .5rem; } .heatmap th[scope=row] a, .heatmap .verdict { max-width: 7.5rem; }
  .heatmap .verdict { white-space: normal; } }
@media print {
  .back, .skip, .controls { display: none; } .scroll { overflow: visible; max-height: none; border: 0; }
  .heatmap thead th, .heatmap th[scope=row] { position: static; }
  article.target, tr { break-inside: avoid; } a { color: inherit; text-decoration: none; }
  .addressed, .mentioned, .missing, .error, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 2; }
)CSS";

// Progressive enhancement only: without it every link still jumps to its evidence and the overview
// shows every document in input order. With it: focus follows the fragment, and the overview's
// buttons sort its rows and filter them (no inline handlers: the report runs under a strict CSP).
const char* const kHtmlReportScript = R"JS(
(function () {
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.classList.contains('target')) { el.focus({ preventScroll: false }); }
  }
  window.addEventListener('hashchange', focusTarget);
  focusTarget();

  var controls = document.querySelector('.controls');
  var body = document.querySelector('table.heatmap tbody');
  if (!controls || !body) return;
  var rows = Array.prototype.slice.call(body.rows);
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  function gaps(row) {
    var g = row.getAttribute('data-gaps');
    return g === 'error' ? Number.MAX_SAFE_INTEGER : Number(g);
  }
  function byName(a, b) { return collator.compare(a.getAttribute('data-name'), b.getAttribute('data-name')); }
  var sorts = controls.querySelectorAll('button[data-sort]');
  var filter = controls.querySelector('button[data-filter]');
  var shown = controls.querySelector('.shown');
  function arrange(key) {
    var sorted = rows.slice().sort(key === 'gaps' ? function (a, b) { return gaps(b) - gaps(a) || byName(a, b); } : byName);
    sorted.forEach(function (row) { body.appendChild(row); });
    sorts.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-sort') === key)); });
  }
  var order = 'name';
  function announce() {
    var n = rows.filter(function (row) { return !row.hidden; }).length;
    shown.textContent = shown.getAttribute('data-template').replace('{n}', n).replace('{total}', rows.length) + ' ' +
                        shown.getAttribute('data-sorted-' + order);
  }
  function applyFilter() {
    var only = filter.getAttribute('aria-pressed') === 'true';
    rows.forEach(function (row) { row.hidden = only && gaps(row) === 0; });
  }
  sorts.forEach(function (b) {
    b.addEventListener('click', function () { order = b.getAttribute('data-sort'); arrange(order); announce(); });
  });
  filter.addEventListener('click', function () {
    filter.setAttribute('aria-pressed', String(filter.getAttribute('aria-pressed') !== 'true'));
    applyFilter();
    announce();
  });
  arrange('name');
  controls.hidden = false;
})();
)JS";

}  // namespace jamkoll
