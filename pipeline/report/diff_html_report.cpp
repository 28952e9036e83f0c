// `jamkoll diff --format html OLD_DIR NEW_DIR`: one self-contained page (no script, no external
// assets) — a summary, then per changed draft a table of the targets that changed with the
// strongest evidence on each side, then the drafts added, removed, unchanged and unreadable.
#include "report/advice.h"
#include "report/diff_report.h"
#include "report/html_page.h"
#include "report/labels.h"
#include "report/markup.h"

namespace jamkoll {
namespace {

std::string status_badge(Status s, Language language) {
  return std::string("<span class=\"badge ") + status_name(s) + "\">" + status_symbol(s) + " " +
         status_label(s, language) + "</span>";
}

void write_side_cell(std::ostream& out, const TargetVerdict& t, Language language) {
  out << "<td>" << status_badge(t.status, language);
  if (!t.evidence.empty()) out << "<blockquote>" << xml_escape(t.evidence.front().text) << "</blockquote>";
  out << "</td>";
}

void write_changed_draft(std::ostream& out, std::size_t n, const DraftPair& pair, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  const std::vector<TargetChange> changes = pair_changes(pair);
  const bool worse = required_target_got_worse(changes);
  out << "<section class=\"draft\" aria-labelledby=\"draft" << n << "\"><h3 id=\"draft" << n << "\">" << xml_escape(pair.path)
      << (worse ? std::string(" <span class=\"badge missing\">↓ ") + (sv ? "försämrat" : "worse") + "</span>" : "")
      << "</h3>\n<table class=\"changes\"><caption>" << (sv ? "Mål och krav som ändrats" : "Targets that changed")
      << "</caption>\n<thead><tr><th scope=\"col\">" << (sv ? "Mål eller krav" : "Target") << "</th><th scope=\"col\">"
      << (sv ? "Före" : "Before") << "</th><th scope=\"col\">" << (sv ? "Efter" : "After") << "</th></tr></thead>\n<tbody>\n";
  std::size_t unchanged = 0;
  for (const Change kind : {Change::kLost, Change::kGained}) {
    for (const TargetChange& c : changes) {
      if (c.change != kind) continue;
      out << "<tr><th scope=\"row\">" << (kind == Change::kLost ? "↓ " : "↑ ")
          << xml_escape(target_label(*c.after->target, context.language))
          << (c.after->required ? "" : (sv ? " (valfritt)" : " (optional)")) << "</th>";
      write_side_cell(out, *c.before, context.language);
      write_side_cell(out, *c.after, context.language);
      out << "</tr>\n";
    }
  }
  for (const TargetChange& c : changes) unchanged += c.change == Change::kUnchanged;
  out << "</tbody></table>\n<p>" << unchanged << (sv ? " oförändrade." : " unchanged.") << "</p>\n</section>\n";
}

// The drafts of one kind as a list: "Nya utkast", "Borttagna utkast", ….
void write_draft_list(std::ostream& out, const FolderDiff& diff, DraftChange kind, const char* id, const char* title,
                      const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  std::string items;
  for (const DraftPair& pair : diff.drafts) {
    if (draft_change(pair) != kind) continue;
    items += "<li>" + xml_escape(pair.path);
    if (kind == DraftChange::kAdded) {
      const std::size_t gaps = targets_to_fix(*pair.after).size();
      items += " – " + std::to_string(gaps) +
               (sv ? " obligatoriska mål och krav behandlas inte" : " required targets not addressed");
    } else if (kind == DraftChange::kUnreadable) {
      const DocumentResult& r = unreadable_side(pair);
      items += " (" + xml_escape(r.path) + "): " + xml_escape(error_sentence(*r.error, context.language));
    }
    items += "</li>\n";
  }
  if (items.empty()) return;
  out << "<section aria-labelledby=\"" << id << "\"><h2 id=\"" << id << "\">" << title << "</h2>\n<ul>\n"
      << items << "</ul>\n</section>\n";
}

}  // namespace

void write_folder_diff_html(std::ostream& out, const FolderDiff& diff, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  const char* title = sv ? "Jämförelse av utkast" : "Comparison of drafts";
  write_html_head(out, context.language, title);
  const FolderDiffSummary s = summarize(diff);
  out << "<header>\n<h1>" << title << "</h1>\n<p class=\"meta\">" << xml_escape(diff.old_dir) << " → "
      << xml_escape(diff.new_dir) << " · " << html_run_line(context) << "</p>\n</header>\n<main>\n"
      << "<section aria-labelledby=\"summary\"><h2 id=\"summary\">" << (sv ? "Sammanfattning" : "Summary") << "</h2>\n<ul>\n"
      << "<li>" << s.changed << (sv ? " ändrade, varav " : " changed, ") << s.worse
      << (sv ? " med ett obligatoriskt mål eller krav som försämrats" : " with a required target that got worse") << "</li>\n"
      << "<li>" << s.unchanged << (sv ? " oförändrade" : " unchanged") << "</li>\n"
      << "<li>" << s.added << (sv ? " nya" : " added") << "</li>\n"
      << "<li>" << s.removed << (sv ? " borttagna" : " removed") << "</li>\n"
      << "<li>" << s.unreadable << (sv ? " kunde inte läsas" : " could not be read") << "</li>\n</ul>\n</section>\n";
  if (s.changed > 0) {
    out << "<section aria-labelledby=\"changed\"><h2 id=\"changed\">" << (sv ? "Ändrade utkast" : "Changed drafts") << "</h2>\n";
    std::size_t n = 0;
    for (const DraftPair& pair : diff.drafts) {
      if (draft_change(pair) == DraftChange::kChanged) write_changed_draft(out, ++n, pair, context);
    }
    out << "</section>\n";
  }
  write_draft_list(out, diff, DraftChange::kAdded, "added", sv ? "Nya utkast" : "Added drafts", context);
  write_draft_list(out, diff, DraftChange::kRemoved, "removed", sv ? "Borttagna utkast" : "Removed drafts", context);
  write_draft_list(out, diff, DraftChange::kUnreadable, "unreadable", sv ? "Kunde inte läsas" : "Could not be read", context);
  write_draft_list(out, diff, DraftChange::kUnchanged, "unchanged", sv ? "Oförändrade utkast" : "Unchanged drafts", context);
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace jamkoll
