// `jamkoll diff OLD_DIR NEW_DIR` as text and as JSON ("jamkoll.diff-folders/1").
#include "report/advice.h"
#include "report/diff_report.h"
#include "report/json_report.h"
#include "report/labels.h"

namespace jamkoll {
namespace {

// "1 ändrat" / "2 ändrade": Swedish neuter (utkast) singular or plural; English has one form.
std::string count_words(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void write_draft_text(std::ostream& out, const DraftPair& pair, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  switch (draft_change(pair)) {
    case DraftChange::kChanged: {
      const std::vector<TargetChange> changes = pair_changes(pair);
      out << pair.path << ": " << (sv ? "ändrat" : "changed")
          << (required_target_got_worse(changes) ? (sv ? " (försämrat)" : " (worse)") : "") << "\n";
      write_target_changes_text(out, changes, context);
      break;
    }
    case DraftChange::kUnchanged: out << pair.path << ": " << (sv ? "oförändrat" : "unchanged") << "\n"; break;
    case DraftChange::kAdded: {
      const std::size_t gaps = targets_to_fix(*pair.after).size();
      out << "+ " << pair.path << ": " << (sv ? "nytt utkast (" : "added (") << gaps
          << (sv ? " obligatoriska mål och krav behandlas inte)" : " required targets not addressed)") << "\n";
      break;
    }
    case DraftChange::kRemoved: out << "− " << pair.path << ": " << (sv ? "borttaget" : "removed") << "\n"; break;
    case DraftChange::kUnreadable: {
      const DocumentResult& r = unreadable_side(pair);
      out << "! " << pair.path << ": " << (sv ? "kunde inte läsas" : "could not be read") << " (" << r.path << "): ["
          << r.error->code << "] " << error_sentence(*r.error, context.language) << "\n";
      break;
    }
  }
}

OrderedJson side_json(const std::optional<DocumentResult>& r) {
  if (!r) return nullptr;
  OrderedJson side = {{"path", r->path}};
  if (r->error) {
    side["error"] = {{"code", r->error->code.name()}, {"message", r->error->message}};
  } else {
    side["sha256"] = r->sha256;
    side["gaps"] = targets_to_fix(*r).size();
  }
  return side;
}

}  // namespace

void write_folder_diff_text(std::ostream& out, const FolderDiff& diff, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  out << (sv ? "Jämförelse av mappar: " : "Comparison of folders: ") << diff.old_dir << " → " << diff.new_dir << "\n";
  for (const DraftPair& pair : diff.drafts) write_draft_text(out, pair, context);
  const FolderDiffSummary s = summarize(diff);
  if (sv) {
    out << "Summa: " << count_words(s.changed, "ändrat", "ändrade") << ", " << count_words(s.unchanged, "oförändrat", "oförändrade")
        << ", " << count_words(s.added, "nytt", "nya") << ", " << count_words(s.removed, "borttaget", "borttagna") << ", "
        << s.unreadable << " kunde inte läsas; " << s.worse << " med ett obligatoriskt mål eller krav som försämrats\n";
  } else {
    out << "Total: " << s.changed << " changed, " << s.unchanged << " unchanged, " << s.added << " added, " << s.removed
        << " removed, " << s.unreadable << " unreadable; " << s.worse << " with a required target that got worse\n";
  }
}

void write_folder_diff_json(std::ostream& out, const FolderDiff& diff, const ReportContext& context) {
  const FolderDiffSummary s = summarize(diff);
  OrderedJson j;
  j["schema"] = kFolderDiffSchema;
  j["rulepack"] = {{"id", context.pack->id}, {"version", context.pack->version}};
  j["old"] = {{"path", diff.old_dir}};
  j["new"] = {{"path", diff.new_dir}};
  j["summary"] = {{"changed", s.changed}, {"unchanged", s.unchanged}, {"added", s.added},
                  {"removed", s.removed}, {"unreadable", s.unreadable}, {"worse", s.worse}};
  OrderedJson drafts = OrderedJson::array();
  for (const DraftPair& pair : diff.drafts) {
    const std::vector<TargetChange> changes = pair_changes(pair);
    OrderedJson d;
    d["path"] = pair.path;
    d["change"] = draft_change_name(draft_change(pair));
    d["worse"] = required_target_got_worse(changes);
    d["old"] = side_json(pair.before);
    d["new"] = side_json(pair.after);
    d["targets"] = target_changes_json(changes, context);
    drafts.push_back(std::move(d));
  }
  j["drafts"] = std::move(drafts);
  out << j.dump(2) << "\n";
}

}  // namespace jamkoll
