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
.legend span { display: inline-block; padding: 0 .5rem; margin-right: .5rem; border-radius: .25rem; }
.scroll { overflow-x: auto; border: 1px solid #bbb; }
table.heatmap { border-collapse: collapse; font-size: .9rem; }
.heatmap caption { text-align: left; padding: .5rem; font-weight: 600; }
.heatmap th, .heatmap td { border: 1px solid #bbb; padding: 0; }
.heatmap thead th { vertical-align: bottom; padding: .35rem .25rem; font-weight: 600; background: #f4f4f4; }
.heatmap thead th .vertical { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
                              max-height: 14rem; overflow: hidden; text-overflow: ellipsis; display: inline-block; }
.heatmap th[scope=row] { text-align: left; padding: .35rem .5rem; font-weight: 600; white-space: nowrap; background: #f4f4f4; }
.heatmap td a { display: block; min-width: 2.75rem; min-height: 2.75rem; padding: .35rem; text-align: center;
                text-decoration: none; font-weight: 700; color: inherit; }
.heatmap td.sum { padding: .35rem .5rem; white-space: nowrap; }
.addressed { background: var(--addressed-bg); color: var(--addressed-fg); }
.mentioned { background: var(--mentioned-bg); color: var(--mentioned-fg); }
.missing { background: var(--missing-bg); color: var(--missing-fg); }
.error { background: var(--error-bg); color: var(--error-fg); }
.optional { opacity: .85; }
.cell-word { display: block; font-size: .7rem; font-weight: 400; }
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
@media (max-width: 40rem) { body { padding: .5rem; } .heatmap td a { min-width: 2.5rem; } }
@media print {
  .back, .skip { display: none; } .scroll { overflow: visible; border: 0; }
  article.target, tr { break-inside: avoid; } a { color: inherit; text-decoration: none; }
  .addressed, .mentioned, .missing, .error, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 2; }
)CSS";

// Progressive enhancement only: without it every link still jumps to its evidence.
const char* const kHtmlReportScript = R"JS(
(function () {
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.classList.contains('target')) { el.focus({ preventScroll: false }); }
  }
  window.addEventListener('hashchange', focusTarget);
  focusTarget();
})();
)JS";

}  // namespace jamkoll
