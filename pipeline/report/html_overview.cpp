#include "report/html_overview.h"

#include <array>

#include "report/labels.h"
#include "report/markup.h"

namespace jamkoll {
namespace {

// How many of the last columns show their full name leftwards: a name box is at most 16rem wide and
// a column about 3.3rem, so five columns cover it.
constexpr std::size_t kLeftwardTips = 5;

// A column group of the overview: a kind of required target, or every optional one.
struct ColumnGroup {
  std::string name;
  std::vector<std::size_t> targets;  // indices into the pack's targets, in pack order
};

std::vector<ColumnGroup> column_groups(const std::vector<Target>& targets, bool sv) {
  std::vector<ColumnGroup> groups = {{sv ? "Mål" : "Goals", {}},
                                     {sv ? "Områden" : "Areas", {}},
                                     {sv ? "Krav" : "Requirements", {}},
                                     {sv ? "Valfria (inga luckor)" : "Optional (never gaps)", {}}};
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    std::size_t g = 3;
    if (t.required && t.kind == TargetKind::kGoal) g = 0;
    if (t.required && t.kind == TargetKind::kArea) g = 1;
    if (t.required && t.kind == TargetKind::kRequirement) g = 2;
    groups[g].targets.push_back(i);
  }
  std::erase_if(groups, [](const ColumnGroup& g) { return g.targets.empty(); });
  return groups;
}

// "goal.power" → "goal-power": ids safe in fragments.
std::string id_part(const std::string& target) {
  std::string id;
  for (char c : target) id += (c == '.' ? '-' : c);
  return id;
}

// The label with a line-break opportunity after each '/', so a narrow column breaks at folders.
std::string breakable(const std::string& label) {
  std::string out;
  for (char c : xml_escape(label)) {
    out += c;
    if (c == '/') out += "<wbr>";
  }
  return out;
}

// Required targets per status, not addressed ones no baseline accepts, and accepted ones.
struct RowCounts {
  std::array<int, 3> required{0, 0, 0};
  int gaps = 0;
  int accepted = 0;
};

RowCounts row_counts(const DocumentResult& r) {
  RowCounts c;
  for (const TargetVerdict& t : r.verdict.targets) {
    if (!t.required) continue;
    ++c.required[static_cast<std::size_t>(t.status)];
    if (r.is_new_gap(t)) ++c.gaps;
    else if (t.status != Status::kAddressed) ++c.accepted;
  }
  return c;
}

std::string verdict_words(const RowCounts& c, bool sv) {
  std::string words;
  if (c.gaps == 0) {
    words = std::string(status_symbol(Status::kAddressed)) + (sv ? " inga luckor" : " no gaps");
  } else {
    words = std::string(status_symbol(Status::kMissing)) + " " + std::to_string(c.gaps) +
            (sv ? (c.gaps == 1 ? " lucka" : " luckor") : (c.gaps == 1 ? " gap" : " gaps"));
  }
  if (c.accepted > 0) words += " (" + std::to_string(c.accepted) + (sv ? " accepterade)" : " accepted)");
  return words;
}

const char* status_meaning(Status s, bool sv) {
  switch (s) {
    case Status::kAddressed:
      return sv ? "utkastet arbetar med målet: analys av läget, mål, insatser, ansvar eller uppföljning."
                : "the draft works on the target: analysis of the situation, objectives, activities, owners or follow-up.";
    case Status::kMentioned:
      return sv ? "målet nämns men räknas inte – till exempel bara i en uppräkning, en rubrik eller i förbigående; "
                  "beläggen säger varför."
                : "the target is named but does not count – for example only in a list, a heading or in passing; "
                  "the evidence says why.";
    case Status::kMissing:
      return sv ? "utkastet tar inte upp målet alls." : "the draft does not take the target up at all.";
  }
  return "";
}

void write_status_legend(std::ostream& out, bool sv, Language language) {
  out << "<dl class=\"legend\" aria-label=\"" << (sv ? "Teckenförklaring" : "Legend") << "\">\n";
  for (Status s : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
    out << "<div><dt><span class=\"" << status_name(s) << "\">" << status_symbol(s) << " " << status_label(s, language)
        << "</span></dt><dd>" << status_meaning(s, sv) << "</dd></div>\n";
  }
  out << "<div><dt>" << (sv ? "Lucka" : "Gap") << "</dt><dd>"
      << (sv ? "ett obligatoriskt mål eller krav som inte behandlas. Valfria mål räknas aldrig som luckor."
             : "a required target that is not addressed. Optional targets never count as gaps.")
      << "</dd></div>\n</dl>\n";
}

void write_controls(std::ostream& out, bool sv, std::size_t documents) {
  out << "<div class=\"controls\" role=\"group\" aria-label=\"" << (sv ? "Ordna översikten" : "Arrange the overview")
      << "\" hidden>\n"
      << "<button type=\"button\" data-sort=\"name\" aria-pressed=\"true\">" << (sv ? "Sortera efter namn" : "Sort by name")
      << "</button>\n<button type=\"button\" data-sort=\"gaps\" aria-pressed=\"false\">"
      << (sv ? "Sortera efter antal luckor" : "Sort by number of gaps")
      << "</button>\n<button type=\"button\" data-filter=\"gaps\" aria-pressed=\"false\">"
      << (sv ? "Visa bara dokument med luckor" : "Show only documents with gaps") << "</button>\n"
      << "<p class=\"shown\" role=\"status\" data-template=\"" << (sv ? "Visar {n} av {total} dokument." : "Showing {n} of {total} documents.")
      << "\" data-sorted-name=\"" << (sv ? "Sorterade efter namn." : "Sorted by name.") << "\" data-sorted-gaps=\""
      << (sv ? "Sorterade efter antal luckor, flest först." : "Sorted by number of gaps, most first.") << "\">" << (sv ? "Visar " : "Showing ") << documents << (sv ? " av " : " of ") << documents
      << (sv ? " dokument." : " documents.") << "</p>\n</div>\n";
}

void write_head(std::ostream& out, const std::vector<ColumnGroup>& groups, const std::vector<Target>& targets,
                Language language, bool sv) {
  out << "<colgroup><col class=\"doc\"></colgroup>";
  for (const ColumnGroup& g : groups) out << "<colgroup span=\"" << g.targets.size() << "\"></colgroup>";
  out << "<colgroup><col class=\"sum\"></colgroup>\n<thead>\n<tr class=\"groups\"><th scope=\"col\" rowspan=\"2\" class=\"corner\">"
      << (sv ? "Dokument och omdöme" : "Document and verdict") << "</th>";
  for (std::size_t i = 0; i < groups.size(); ++i) {
    out << "<th scope=\"colgroup\" colspan=\"" << groups[i].targets.size() << "\" class=\"group-start"
        << (i + 1 == groups.size() && !targets[groups[i].targets.front()].required ? " optional" : "") << "\">"
        << xml_escape(groups[i].name) << "</th>";
  }
  out << "<th scope=\"col\" rowspan=\"2\" class=\"sum\"><span class=\"vertical\">"
      << (sv ? "Summa obligatoriska" : "Total required") << "</span></th></tr>\n"
      << "<tr class=\"names\">";
  std::size_t column = 0;
  for (const ColumnGroup& g : groups) {
    for (std::size_t k = 0; k < g.targets.size(); ++k, ++column) {
      const Target& t = targets[g.targets[k]];
      const std::string label = target_label(t, language);
      // The last columns' names open leftwards, so a name never widens the table past the window.
      const bool near_end = column + kLeftwardTips >= targets.size();
      out << "<th scope=\"col\" class=\"name" << (k == 0 ? " group-start" : "") << (t.required ? "" : " optional")
          << "\"><a class=\"colhead" << (near_end ? " end" : "") << "\" href=\"#legend-" << id_part(t.id) << "\"><span class=\"vertical\">" << xml_escape(label)
          << "</span><span class=\"tip\">" << xml_escape(label) << (t.required ? "" : (sv ? " (valfritt)" : " (optional)"))
          << "</span></a></th>";
    }
  }
  out << "</tr>\n</thead>\n";
}

// "5 ✔ / 3 ~ / 7 ✘", one count a line (narrow, so the totals stay in view).
void write_counts_cell(std::ostream& out, const std::array<int, 3>& counts, bool group_start) {
  out << "<td class=\"sum" << (group_start ? " group-start" : "") << "\">" << counts[0] << " "
      << status_symbol(Status::kAddressed) << "<br>" << counts[1] << " " << status_symbol(Status::kMentioned) << "<br>"
      << counts[2] << " " << status_symbol(Status::kMissing) << "</td>";
}

void write_row(std::ostream& out, std::size_t d, const DocumentResult& r, const std::string& label,
               const std::vector<ColumnGroup>& groups, std::vector<std::array<int, 3>>& column_counts,
               const ReportContext& context, bool sv) {
  const std::size_t columns = column_counts.size();
  if (r.error) {
    out << "<tr data-name=\"" << xml_escape(label) << "\" data-gaps=\"error\"><th scope=\"row\"><a href=\"#doc" << d + 1
        << "\">" << breakable(label) << "</a><span class=\"verdict gaps\">" << status_symbol(Status::kMissing) << (sv ? " fel" : " error")
        << "</span></th><td class=\"error\" colspan=\"" << columns + 1 << "\"><a href=\"#doc" << d + 1 << "\">"
        << (sv ? "Kunde inte läsas: " : "Could not be read: ") << xml_escape(error_label(r.error->code, context.language)) << "</a></td></tr>\n";
    return;
  }
  const RowCounts counts = row_counts(r);
  out << "<tr data-name=\"" << xml_escape(label) << "\" data-gaps=\"" << counts.gaps << "\"><th scope=\"row\"><a href=\"#doc"
      << d + 1 << "\">" << breakable(label) << "</a><span class=\"verdict " << (counts.gaps ? "gaps" : "done") << "\">"
      << verdict_words(counts, sv) << "</span></th>";
  for (const ColumnGroup& g : groups) {
    for (std::size_t k = 0; k < g.targets.size(); ++k) {
      const std::size_t i = g.targets[k];
      const TargetVerdict& t = r.verdict.targets[i];
      ++column_counts[i][static_cast<std::size_t>(t.status)];
      const std::string word = status_label(t.status, context.language);
      out << "<td class=\"" << status_name(t.status) << (k == 0 ? " group-start" : "") << (t.required ? "" : " optional")
          << "\"><a href=\"#" << evidence_anchor(d, t.target->id) << "\" aria-label=\"" << xml_escape(label) << ", "
          << xml_escape(target_label(*t.target, context.language)) << ": " << word << "\"><span aria-hidden=\"true\">"
          << status_symbol(t.status) << "<span class=\"cell-word\">" << word << "</span></span></a></td>";
    }
  }
  write_counts_cell(out, counts.required, false);
  out << "</tr>\n";
}

void write_foot(std::ostream& out, const std::vector<ColumnGroup>& groups,
                const std::vector<std::array<int, 3>>& column_counts, bool sv) {
  out << "<tfoot><tr><th scope=\"row\">" << (sv ? "Summa" : "Total") << "</th>";
  for (const ColumnGroup& g : groups) {
    for (std::size_t k = 0; k < g.targets.size(); ++k) {
      write_counts_cell(out, column_counts[g.targets[k]], k == 0);
    }
  }
  out << "<td></td></tr></tfoot>";
}

// Every target's full name, by group, each the target of its column header's link.
void write_target_legend(std::ostream& out, const std::vector<ColumnGroup>& groups, const std::vector<Target>& targets,
                         Language language, bool sv) {
  out << "<div class=\"target-legend\" aria-labelledby=\"target-names\"><h3 id=\"target-names\">"
      << (sv ? "Kolumnerna" : "The columns") << "</h3>\n";
  for (const ColumnGroup& g : groups) {
    out << "<div><h4>" << xml_escape(g.name) << "</h4><ul>";
    for (std::size_t i : g.targets) {
      out << "<li id=\"legend-" << id_part(targets[i].id) << "\">" << xml_escape(target_label(targets[i], language)) << "</li>";
    }
    out << "</ul></div>\n";
  }
  out << "</div>\n";
}

}  // namespace

std::string evidence_anchor(std::size_t document, const std::string& target) {
  return "d" + std::to_string(document + 1) + "-" + id_part(target);
}

void write_html_overview(std::ostream& out, const std::vector<DocumentResult>& results,
                         const std::vector<std::string>& labels, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  const std::vector<Target>& targets = context.pack->targets;
  const std::vector<ColumnGroup> groups = column_groups(targets, sv);
  out << "<section aria-labelledby=\"overview\"><h2 id=\"overview\">" << (sv ? "Översikt" : "Overview") << "</h2>\n";
  write_status_legend(out, sv, context.language);
  write_controls(out, sv, results.size());
  out << "<div class=\"scroll\" role=\"region\" aria-labelledby=\"overview\" tabindex=\"0\">\n<table class=\"heatmap\"><caption>"
      << (sv ? "Status per dokument och mål. Välj en cell för att se beläggen."
             : "Status per document and target. Choose a cell to see the evidence.")
      << "</caption>\n";
  write_head(out, groups, targets, context.language, sv);
  out << "<tbody>\n";
  std::vector<std::array<int, 3>> column_counts(targets.size(), {0, 0, 0});
  for (std::size_t d = 0; d < results.size(); ++d) write_row(out, d, results[d], labels[d], groups, column_counts, context, sv);
  out << "</tbody>\n";
  write_foot(out, groups, column_counts, sv);
  out << "</table></div>\n";
  write_target_legend(out, groups, targets, context.language, sv);
  out << "</section>\n";
}

}  // namespace jamkoll
