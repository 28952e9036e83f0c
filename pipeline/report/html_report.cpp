#include "report/html_report.h"

#include <algorithm>

#include "report/advice.h"
#include "report/document_labels.h"
#include "report/html_overview.h"
#include "report/html_page.h"
#include "report/html_style.h"
#include "report/labels.h"
#include "report/markup.h"

namespace jamkoll {
namespace {

// The CSS class of a status is its stable name: "addressed", "mentioned", "missing".
std::string status_class(Status s) { return status_name(s); }

// The evidence sentence with its matched terms in <mark>.
std::string highlighted(const Evidence& e) {
  std::vector<std::pair<std::size_t, std::size_t>> spans = e.highlights;
  std::sort(spans.begin(), spans.end());
  std::string out;
  std::size_t at = 0;
  for (const auto& [b, end] : spans) {
    if (b < at || end > e.text.size()) continue;  // overlapping or out of range: skip
    out += xml_escape(std::string_view(e.text).substr(at, b - at));
    out += "<mark>" + xml_escape(std::string_view(e.text).substr(b, end - b)) + "</mark>";
    at = end;
  }
  out += xml_escape(std::string_view(e.text).substr(std::min(at, e.text.size())));
  return out;
}

struct Words {
  bool sv;
  const char* title() const { return sv ? "Granskning av strategier för jämställdhetsintegrering" : "Review of gender-mainstreaming strategies"; }
  const char* back() const { return sv ? "Tillbaka till översikten" : "Back to the overview"; }
  const char* optional() const { return sv ? "valfritt" : "optional"; }
  const char* terms() const { return sv ? "träffar" : "terms"; }
  const char* unreadable() const { return sv ? "Kunde inte läsas" : "Could not be read"; }
  const char* skip() const { return sv ? "Hoppa till översikten" : "Skip to the overview"; }
};

void write_advice(std::ostream& out, const TargetVerdict& t, Language language) {
  out << "<ul class=\"advice\">";
  for (const std::string& line : advice_lines(advice_for(t, language))) out << "<li>" << xml_escape(line) << "</li>";
  out << "</ul>\n";
}

void write_to_fix_list(std::ostream& out, std::size_t d, const std::vector<const TargetVerdict*>& to_fix,
                       const ReportContext& context) {
  out << "<ol class=\"to-fix\">\n";
  for (const TargetVerdict* t : to_fix) {
    out << "<li><a href=\"#" << evidence_anchor(d, t->target->id) << "\">"
        << xml_escape(target_label(*t->target, context.language)) << "</a> <span class=\"badge " << status_class(t->status)
        << "\">" << status_symbol(t->status) << " " << status_label(t->status, context.language) << "</span>";
    if (t->status == Status::kMentioned) out << "<p class=\"why\">" << xml_escape(why_sentence(t->why, context.language)) << "</p>";
    write_advice(out, *t, context.language);
    out << "</li>\n";
  }
  out << "</ol>\n";
}

// One document's required targets not addressed, each linked to its evidence, with the advice. In a
// report of several documents each list is folded (<details>), so the keyboard reaches the overview
// past one summary per document, not every gap of every draft.
void write_document_to_fix(std::ostream& out, std::size_t d, const DocumentResult& r, const std::string& label,
                           const ReportContext& context, bool many) {
  if (r.error) return;
  const std::vector<const TargetVerdict*> to_fix = targets_to_fix(r);
  if (many) {
    out << "<details class=\"to-fix\"><summary>" << xml_escape(label) << " (" << to_fix.size()
        << ")</summary>\n";
  }
  if (to_fix.empty()) {
    out << "<p>" << nothing_to_fix(context.language, r.accepted_gaps.size()) << "</p>\n";
  } else {
    write_to_fix_list(out, d, to_fix, context);
  }
  if (many) out << "</details>\n";
}

// "Att åtgärda": the first section, what each document still has to write.
void write_to_fix(std::ostream& out, const std::vector<DocumentResult>& results, const std::vector<std::string>& labels,
                  const ReportContext& context) {
  out << "<section aria-labelledby=\"to-fix\"><h2 id=\"to-fix\">" << to_fix_title(context.language) << "</h2>\n";
  for (std::size_t d = 0; d < results.size(); ++d) write_document_to_fix(out, d, results[d], labels[d], context, results.size() > 1);
  out << "</section>\n";
}

// One quoted passage per evidence, with where it stands and the terms that matched.
void write_evidence_list(std::ostream& out, const TargetVerdict& t, const ReportContext& context, const Words& w) {
  out << "<ol class=\"evidence\">\n";
  for (const Evidence& e : t.evidence) {
    // The rule id is for tools (data-rule), not wording for a reader.
    out << "<li data-rule=\"" << xml_escape(e.rule) << "\"><blockquote>" << highlighted(e) << "</blockquote><p class=\"where\">"
        << xml_escape(statement_label(e.statement, e.reason, context.language)) << " · ";
    for (std::size_t i = 0; i < e.heading.size(); ++i) out << (i ? " › " : "") << xml_escape(e.heading[i]);
    const std::string page = page_label(e.part, context.language);
    out << (e.heading.empty() ? "" : " · ") << block_kind_label(e.kind, context.language) << " " << e.block
        << (page.empty() ? "" : " · " + page) << " · " << w.terms() << ": ";
    for (std::size_t i = 0; i < e.terms.size(); ++i) out << (i ? ", " : "") << "<q>" << xml_escape(e.terms[i]) << "</q>";
    out << "</p></li>\n";
  }
  out << "</ol>\n";
}

// One target's article: its verdict badge, the why/profile sentence, advice and evidence.
void write_target(std::ostream& out, std::size_t d, const TargetVerdict& t, const ReportContext& context, const Words& w) {
  out << "<article class=\"target " << status_class(t.status) << "\" id=\"" << evidence_anchor(d, t.target->id)
      << "\" tabindex=\"-1\">\n<h3><span class=\"badge " << status_class(t.status) << "\">" << status_symbol(t.status) << " "
      << status_label(t.status, context.language) << "</span>" << xml_escape(target_label(*t.target, context.language))
      << " <code>" << xml_escape(t.target->id) << "</code>" << (t.required ? "" : std::string(" (") + w.optional() + ")")
      << "</h3>\n";
  if (t.status == Status::kMentioned) out << "<p class=\"why\">" << xml_escape(why_sentence(t.why, context.language)) << "</p>\n";
  if (t.status == Status::kAddressed) {
    out << "<p class=\"profile\">" << xml_escape(profile_sentence(t.profile, context.language)) << "</p>\n";
  }
  if (t.status != Status::kAddressed) write_advice(out, t, context.language);
  if (!t.evidence.empty()) write_evidence_list(out, t, context, w);
  out << "<p class=\"back\"><a href=\"#overview\">" << w.back() << "</a></p>\n</article>\n";
}

void write_document(std::ostream& out, std::size_t d, const DocumentResult& r, const std::string& label,
                    const ReportContext& context, const Words& w) {
  out << "<section class=\"document\" id=\"doc" << d + 1 << "\" aria-labelledby=\"doc" << d + 1 << "-h\">\n<h2 id=\"doc"
      << d + 1 << "-h\">" << xml_escape(label) << "</h2>\n<p class=\"meta\">" << xml_escape(r.path);
  if (r.error) {
    out << "</p>\n<p class=\"error\">" << w.unreadable() << " [" << xml_escape(r.error->code.name()) << "]: "
        << xml_escape(error_sentence(*r.error, context.language)) << "</p>\n</section>\n";
    return;
  }
  out << " · " << xml_escape(r.format) << " · sha256 <code>" << xml_escape(r.sha256.substr(0, 12)) << "…</code></p>\n";
  for (const TargetVerdict& t : r.verdict.targets) write_target(out, d, t, context, w);
  out << "</section>\n";
}

}  // namespace

void write_html_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context) {
  const Words w{context.language == Language::kSwedish};
  write_html_head(out, context.language, w.title());
  out << "<a class=\"skip\" href=\"#overview\">" << w.skip() << "</a>\n<header>\n<h1>" << w.title() << "</h1>\n"
      << "<p class=\"meta\">" << results.size() << " " << (w.sv ? "dokument" : "documents") << " · " << html_run_line(context)
      << "</p>\n</header>\n<main>\n";
  std::vector<std::string> paths;
  for (const DocumentResult& r : results) paths.push_back(r.path);
  const std::vector<std::string> labels = relative_labels(paths);
  write_to_fix(out, results, labels, context);
  write_html_overview(out, results, labels, context);
  for (std::size_t d = 0; d < results.size(); ++d) write_document(out, d, results[d], labels[d], context, w);
  out << "</main>\n<script>" << kHtmlReportScript << "</script>\n</body>\n</html>\n";
}

}  // namespace jamkoll
