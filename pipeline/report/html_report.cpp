#include "report/html_report.h"

#include <algorithm>
#include <array>
#include <filesystem>

#include "report/advice.h"
#include "report/html_style.h"
#include "report/labels.h"
#include "report/markup.h"

namespace jamkoll {
namespace {

// The CSS class of a status is its stable name: "addressed", "mentioned", "missing".
std::string status_class(Status s) { return status_name(s); }

// "goal.power" → "goal-power": ids safe in fragments.
std::string anchor(std::size_t document, const std::string& target) {
  std::string id = "d" + std::to_string(document + 1) + "-";
  for (char c : target) id += (c == '.' ? '-' : c);
  return id;
}

std::string file_name(const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  return name.empty() ? path : name;
}

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

// The error in the reader's words, or its code when it has none.
std::string error_or_code(const Failure& error, Language language) {
  const std::string label = error_label(error.code, language);
  return label.empty() ? error.code : label;
}

struct Words {
  bool sv;
  const char* title() const { return sv ? "Granskning av strategier för jämställdhetsintegrering" : "Review of gender-mainstreaming strategies"; }
  const char* overview() const { return sv ? "Översikt" : "Overview"; }
  const char* caption() const {
    return sv ? "Status per dokument och mål. Välj en cell för att se beläggen."
              : "Status per document and target. Choose a cell to see the evidence.";
  }
  const char* document() const { return sv ? "Dokument" : "Document"; }
  const char* total() const { return sv ? "Summa" : "Total"; }
  const char* back() const { return sv ? "Tillbaka till översikten" : "Back to the overview"; }
  const char* legend() const { return sv ? "Teckenförklaring:" : "Legend:"; }
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
    out << "<li><a href=\"#" << anchor(d, t->target->id) << "\">"
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
void write_document_to_fix(std::ostream& out, std::size_t d, const DocumentResult& r, const ReportContext& context,
                           bool many) {
  if (r.error) return;
  const std::vector<const TargetVerdict*> to_fix = targets_to_fix(r);
  if (many) {
    out << "<details class=\"to-fix\"><summary>" << xml_escape(file_name(r.path)) << " (" << to_fix.size()
        << ")</summary>\n";
  }
  if (to_fix.empty()) {
    out << "<p>" << nothing_to_fix(context.language) << "</p>\n";
  } else {
    write_to_fix_list(out, d, to_fix, context);
  }
  if (many) out << "</details>\n";
}

// "Att åtgärda": the first section, what each document still has to write.
void write_to_fix(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context) {
  out << "<section aria-labelledby=\"to-fix\"><h2 id=\"to-fix\">" << to_fix_title(context.language) << "</h2>\n";
  for (std::size_t d = 0; d < results.size(); ++d) write_document_to_fix(out, d, results[d], context, results.size() > 1);
  out << "</section>\n";
}

void write_overview(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context,
                    const Words& w) {
  const auto& targets = context.pack->targets;
  out << "<section aria-labelledby=\"overview\"><h2 id=\"overview\">" << w.overview() << "</h2>\n"
      << "<div class=\"scroll\" role=\"region\" aria-labelledby=\"overview\" tabindex=\"0\">\n"
      << "<table class=\"heatmap\"><caption>" << w.caption() << "</caption>\n<thead><tr><th scope=\"col\">"
      << w.document() << "</th>";
  for (const Target& t : targets) {
    out << "<th scope=\"col\" title=\"" << xml_escape(target_label(t, context.language) + " (" + t.id + ")") << "\"><span class=\"vertical\">"
        << xml_escape(target_label(t, context.language)) << (t.required ? "" : std::string(" (") + w.optional() + ")")
        << "</span></th>";
  }
  out << "<th scope=\"col\">" << w.total() << "</th></tr></thead>\n<tbody>\n";
  std::vector<std::array<int, 3>> column_counts(targets.size(), {0, 0, 0});
  for (std::size_t d = 0; d < results.size(); ++d) {
    const DocumentResult& r = results[d];
    out << "<tr><th scope=\"row\"><a href=\"#doc" << d + 1 << "\">" << xml_escape(file_name(r.path)) << "</a></th>";
    if (r.error) {
      out << "<td class=\"error\" colspan=\"" << targets.size() + 1 << "\"><a href=\"#doc" << d + 1 << "\">"
          << w.unreadable() << ": " << xml_escape(error_or_code(*r.error, context.language)) << "</a></td></tr>\n";
      continue;
    }
    int counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < r.verdict.targets.size(); ++i) {
      const TargetVerdict& t = r.verdict.targets[i];
      const int s = static_cast<int>(t.status);
      ++counts[s];
      ++column_counts[i][static_cast<std::size_t>(s)];
      const std::string label = status_label(t.status, context.language);
      out << "<td class=\"" << status_class(t.status) << (t.required ? "" : " optional") << "\"><a href=\"#"
          << anchor(d, t.target->id) << "\" aria-label=\"" << xml_escape(file_name(r.path)) << ", "
          << xml_escape(target_label(*t.target, context.language)) << ": " << label << "\"><span aria-hidden=\"true\">"
          << status_symbol(t.status) << "<span class=\"cell-word\">" << label << "</span></span></a></td>";
    }
    out << "<td class=\"sum\">" << counts[0] << " " << status_symbol(Status::kAddressed) << " · " << counts[1] << " "
        << status_symbol(Status::kMentioned) << " · " << counts[2] << " " << status_symbol(Status::kMissing) << "</td></tr>\n";
  }
  out << "</tbody>\n<tfoot><tr><th scope=\"row\">" << w.total() << "</th>";
  for (const auto& c : column_counts) {
    out << "<td class=\"sum\">" << c[0] << " " << status_symbol(Status::kAddressed) << "<br>" << c[1] << " "
        << status_symbol(Status::kMentioned) << "<br>" << c[2] << " " << status_symbol(Status::kMissing) << "</td>";
  }
  out << "<td></td></tr></tfoot></table></div></section>\n";
}

void write_document(std::ostream& out, std::size_t d, const DocumentResult& r, const ReportContext& context,
                    const Words& w) {
  out << "<section class=\"document\" id=\"doc" << d + 1 << "\" aria-labelledby=\"doc" << d + 1 << "-h\">\n<h2 id=\"doc"
      << d + 1 << "-h\">" << xml_escape(file_name(r.path)) << "</h2>\n<p class=\"meta\">" << xml_escape(r.path);
  if (r.error) {
    out << "</p>\n<p class=\"error\">" << w.unreadable() << " [" << xml_escape(r.error->code) << "]: "
        << xml_escape(error_sentence(*r.error, context.language)) << "</p>\n</section>\n";
    return;
  }
  out << " · " << xml_escape(r.format) << " · sha256 <code>" << xml_escape(r.sha256.substr(0, 12)) << "…</code></p>\n";
  for (const TargetVerdict& t : r.verdict.targets) {
    out << "<article class=\"target " << status_class(t.status) << "\" id=\"" << anchor(d, t.target->id)
        << "\" tabindex=\"-1\">\n<h3><span class=\"badge " << status_class(t.status) << "\">" << status_symbol(t.status) << " "
        << status_label(t.status, context.language) << "</span>" << xml_escape(target_label(*t.target, context.language))
        << " <code>" << xml_escape(t.target->id) << "</code>" << (t.required ? "" : std::string(" (") + w.optional() + ")")
        << "</h3>\n";
    if (t.status == Status::kMentioned) out << "<p class=\"why\">" << xml_escape(why_sentence(t.why, context.language)) << "</p>\n";
    if (t.status == Status::kAddressed) {
      out << "<p class=\"profile\">" << xml_escape(profile_sentence(t.profile, context.language)) << "</p>\n";
    }
    if (t.status != Status::kAddressed) write_advice(out, t, context.language);
    if (!t.evidence.empty()) {
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
    out << "<p class=\"back\"><a href=\"#overview\">" << w.back() << "</a></p>\n</article>\n";
  }
  out << "</section>\n";
}

}  // namespace

void write_html_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context) {
  const Words w{context.language == Language::kSwedish};
  out << "<!DOCTYPE html>\n<html lang=\"" << (w.sv ? "sv" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>jamkoll – " << w.title()
      << "</title>\n<style>" << kHtmlReportStyle << "</style>\n</head>\n<body>\n"
      << "<a class=\"skip\" href=\"#overview\">" << w.skip() << "</a>\n<header>\n<h1>" << w.title() << "</h1>\n"
      << "<p class=\"meta\">" << results.size() << " " << (w.sv ? "dokument" : "documents") << " · "
      << (w.sv ? "regelpaket " : "rule pack ") << xml_escape(context.pack->id) << " " << xml_escape(context.pack->version)
      << " · jamkoll " << JAMKOLL_VERSION << "</p>\n<p class=\"legend\">" << w.legend();
  for (Status s : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
    out << " <span class=\"" << status_class(s) << "\">" << status_symbol(s) << " " << status_label(s, context.language) << "</span>";
  }
  out << "</p>\n</header>\n<main>\n";
  write_to_fix(out, results, context);
  write_overview(out, results, context, w);
  for (std::size_t d = 0; d < results.size(); ++d) write_document(out, d, results[d], context, w);
  out << "</main>\n<script>" << kHtmlReportScript << "</script>\n</body>\n</html>\n";
}

}  // namespace jamkoll
