#include "app/service_page.h"

#include <sys/random.h>

#include <array>
#include <string_view>
#include <utility>

namespace jamkoll {
namespace {

// @KEY@ in the page → its text in Swedish and in English.
struct PageText {
  std::string_view key;
  std::string_view sv;
  std::string_view en;
};

constexpr std::array kTexts{
    PageText{"@LANG@", "sv", "en"},
    PageText{"@TITLE@", "Granska utkast – jamkoll", "Check drafts – jamkoll"},
    PageText{"@HEADING@", "Granska utkast", "Check drafts"},
    PageText{"@INTRO@",
             "Välj ett eller flera utkast (DOCX, ODT, PDF, text eller Markdown). De granskas mot regelpaketet på den här "
             "servern; inget lämnar den.",
             "Choose one or more drafts (DOCX, ODT, PDF, text or Markdown). They are checked against the rule pack on "
             "this server; nothing leaves it."},
    PageText{"@CHOOSE@", "Välj utkast", "Choose drafts"},
    PageText{"@DROP@", "eller släpp filerna här", "or drop the files here"},
    PageText{"@OTHER@", "In English", "På svenska"},
    PageText{"@OTHERHREF@", "/?lang=en", "/?lang=sv"},
    PageText{"@OTHERLANG@", "en", "sv"},
    PageText{"@READY@", "Inga utkast granskade än.", "No drafts checked yet."},
    PageText{"@NOSCRIPT@", "Sidan behöver JavaScript. Utan det: curl -F file=@utkast.docx till /check på den här servern",
             "The page needs JavaScript. Without it: curl -F file=@draft.docx to /check on this server"},
};

// The strings the script needs, as a JSON object (no user data: fixed text only).
constexpr std::string_view kScriptTextSv =
    R"T({"checking":"Granskar %1 (%2 av %3) …","done":"Klart: %1 granskat.","failed":"%1 kunde inte granskas: %2",)T"
    R"T("target":"Mål eller område","required":"Krav","status":"Bedömning","why":"Varför","yes":"ja","no":"nej",)T"
    R"T("addressed":"behandlas","mentioned":"nämns bara","missing":"saknas","complete":"Alla krav behandlas.",)T"
    R"T("gaps":"Det finns luckor bland kraven.","downloads":"Ladda ner","json":"JSON-rapport","csv":"CSV",)T"
    R"T("excel":"CSV för Excel","annotated":"Granskad kopia (%1)","fetching":"Hämtar %1 …","fetched":"%1 hämtad.",)T"
    R"T("verdicts":"Bedömningar för %1"})T";
constexpr std::string_view kScriptTextEn =
    R"T({"checking":"Checking %1 (%2 of %3) …","done":"Done: %1 checked.","failed":"%1 could not be checked: %2",)T"
    R"T("target":"Goal or area","required":"Required","status":"Verdict","why":"Why","yes":"yes","no":"no",)T"
    R"T("addressed":"addressed","mentioned":"only mentioned","missing":"missing","complete":"Every requirement is addressed.",)T"
    R"T("gaps":"Some requirements are not addressed.","downloads":"Download","json":"JSON report","csv":"CSV",)T"
    R"T("excel":"CSV for Excel","annotated":"Reviewed copy (%1)","fetching":"Fetching %1 …","fetched":"%1 downloaded.",)T"
    R"T("verdicts":"Verdicts for %1"})T";

constexpr std::string_view kPage = R"PAGE(<!DOCTYPE html>
<html lang="@LANG@">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@TITLE@</title>
<style nonce="@NONCE@">
body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.5; }
a { color: #0b4f8a; }
:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.drop { border: 2px dashed #555; border-radius: 6px; padding: 1.5rem; text-align: center; }
.drop.over { background: #e8f1fa; border-color: #0b4f8a; }
.choose { display: inline-block; background: #0b4f8a; color: #fff; padding: .5rem 1rem; border-radius: 4px; cursor: pointer; font-weight: 600; }
.choose:focus-within { outline: 3px solid #b35900; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #767676; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
caption { text-align: left; font-weight: 600; }
.addressed { color: #1b5e20; } .mentioned { color: #7a4a00; } .missing { color: #a00000; }
button { font: inherit; padding: .3rem .8rem; margin: 0 .5rem .5rem 0; background: #fff; color: #0b4f8a; border: 2px solid #0b4f8a; border-radius: 4px; cursor: pointer; }
.error { color: #a00000; }
</style>
</head>
<body>
<header><p><a href="@OTHERHREF@" hreflang="@OTHERLANG@" lang="@OTHERLANG@">@OTHER@</a></p></header>
<main>
<h1>@HEADING@</h1>
<p>@INTRO@</p>
<div class="drop" id="drop">
<label class="choose" for="drafts">@CHOOSE@<input class="visually-hidden" type="file" id="drafts" name="file" multiple
 accept=".docx,.odt,.pdf,.txt,.md,.markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,application/pdf,text/plain,text/markdown"></label>
<p>@DROP@</p>
</div>
<p id="status" role="status" aria-live="polite">@READY@</p>
<noscript><p>@NOSCRIPT@</p></noscript>
<div id="results"></div>
</main>
<script nonce="@NONCE@">
"use strict";
(() => {
  const T = @SCRIPTTEXT@;
  const lang = document.documentElement.lang;
  const say = (key, ...args) => T[key].replace(/%(\d)/g, (_, i) => String(args[Number(i) - 1]));
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const input = document.getElementById("drafts");
  const drop = document.getElementById("drop");
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
  const form = (file) => { const f = new FormData(); f.append("file", file, file.name); return f; };
  const problem = async (response) => {
    try { const j = await response.json(); return j.error && j.error.message ? j.error.message : j.error || (j.documents && j.documents[0].error.message) || response.statusText; }
    catch (e) { return response.statusText; }
  };
  const stem = (name) => name.replace(/\.[^.]*$/, "") || "utkast";
  const fileName = (response, fallback) => {
    const d = response.headers.get("Content-Disposition") || "";
    const m = /filename\*=UTF-8''([^;]+)/.exec(d);
    return m ? decodeURIComponent(m[1]) : fallback;
  };
  async function download(file, endpoint, query, label, fallback) {
    status.textContent = say("fetching", label);
    const response = await fetch(endpoint + "?" + query + "&lang=" + lang, { method: "POST", body: form(file) });
    if (!response.ok) { status.textContent = say("failed", file.name, await problem(response)); return; }
    const url = URL.createObjectURL(await response.blob());
    const a = el("a");
    a.href = url;
    a.download = fileName(response, fallback);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status.textContent = say("fetched", label);
  }
  function table(file, doc) {
    const t = el("table");
    t.appendChild(el("caption", say("verdicts", file.name)));
    const head = t.createTHead().insertRow();
    for (const key of ["target", "required", "status", "why"]) { const th = el("th", T[key]); th.scope = "col"; head.appendChild(th); }
    const body = t.createTBody();
    for (const target of doc.targets) {
      const row = body.insertRow();
      const th = el("th", target.label); th.scope = "row"; row.appendChild(th);
      row.appendChild(el("td", target.required ? T.yes : T.no));
      row.appendChild(el("td", T[target.status] || target.status, target.status));
      row.appendChild(el("td", target.why || ""));
    }
    return t;
  }
  function downloads(file, doc) {
    const box = el("div");
    box.appendChild(el("h3", T.downloads));
    const add = (label, endpoint, query, fallback) => {
      const b = el("button", label);
      b.type = "button";
      b.addEventListener("click", () => download(file, endpoint, query, label, fallback));
      box.appendChild(b);
    };
    add(T.json, "/check", "format=json", stem(file.name) + ".json");
    add(T.csv, "/check", "format=csv", stem(file.name) + ".csv");
    add(T.excel, "/check", "format=csv&excel=1", stem(file.name) + ".excel.csv");
    if (doc.format === "docx" || doc.format === "odt") {
      add(say("annotated", doc.format.toUpperCase()), "/annotate", "format=json", stem(file.name) + ".granskad." + doc.format);
    }
    return box;
  }
  async function check(file) {
    const section = el("section");
    section.appendChild(el("h2", file.name));
    let response;
    try { response = await fetch("/check?format=json&lang=" + lang, { method: "POST", body: form(file) }); }
    catch (e) { section.appendChild(el("p", say("failed", file.name, e.message), "error")); results.appendChild(section); return false; }
    const text = await response.text();
    let report = null;
    try { report = JSON.parse(text); } catch (e) { report = null; }
    const doc = report && report.documents ? report.documents[0] : null;
    if (!response.ok || !doc || doc.status !== "ok") {
      const why = doc && doc.error ? doc.error.message : report && report.error ? report.error : response.statusText;
      section.appendChild(el("p", say("failed", file.name, why), "error"));
      results.appendChild(section);
      return false;
    }
    section.appendChild(el("p", response.headers.get("X-Jamkoll-Result") === "complete" ? T.complete : T.gaps));
    section.appendChild(table(file, doc));
    section.appendChild(downloads(file, doc));
    results.appendChild(section);
    return true;
  }
  async function checkAll(files) {
    const list = Array.from(files);
    let n = 0;
    for (const file of list) {
      n += 1;
      status.textContent = say("checking", file.name, n, list.length);
      if (!(await check(file))) { status.textContent = say("failed", file.name, ""); continue; }
    }
    if (list.length) status.textContent = say("done", list.map((f) => f.name).join(", "));
  }
  input.addEventListener("change", () => { const files = Array.from(input.files); input.value = ""; checkAll(files); });
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); checkAll(e.dataTransfer.files); });
})();
</script>
</body>
</html>
)PAGE";

void replace_all(std::string& text, std::string_view key, std::string_view value) {
  for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size())) {
    text.replace(at, key.size(), value);
  }
}

}  // namespace

std::string page_nonce() {
  unsigned char bytes[16] = {};
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
    if (n > 0) got += static_cast<std::size_t>(n);
  }
  static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < sizeof bytes; i += 3) {
    const unsigned v = (bytes[i] << 16) | ((i + 1 < sizeof bytes ? bytes[i + 1] : 0) << 8) | (i + 2 < sizeof bytes ? bytes[i + 2] : 0);
    out += alphabet[(v >> 18) & 63];
    out += alphabet[(v >> 12) & 63];
    out += i + 1 < sizeof bytes ? alphabet[(v >> 6) & 63] : '=';
    out += i + 2 < sizeof bytes ? alphabet[v & 63] : '=';
  }
  return out;
}

std::string service_page_policy(const std::string& nonce) {
  return "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce +
         "'; connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
}

std::string service_page(Language language, const std::string& nonce) {
  const bool sv = language == Language::kSwedish;
  std::string page(kPage);
  replace_all(page, "@SCRIPTTEXT@", sv ? kScriptTextSv : kScriptTextEn);
  for (const PageText& text : kTexts) replace_all(page, text.key, sv ? text.sv : text.en);
  replace_all(page, "@NONCE@", nonce);
  return page;
}

}  // namespace jamkoll
