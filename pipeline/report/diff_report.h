// The reports of `jamkoll diff`: for two drafts (OLD NEW) the targets gained, lost or unchanged,
// with the evidence on each side, as text (Swedish by default) or JSON ("jamkoll.diff/1"); for two
// folders of drafts (OLD_DIR NEW_DIR, paired by relative path) the same per draft plus the drafts
// added, removed or unreadable, as text, JSON ("jamkoll.diff-folders/1") or one self-contained HTML
// file. docs/json-contract.md has both schemas.
// Tests: end to end through tests/app/diff_folders_test.cpp, tests/app/diff_baseline_test.cpp (jamkoll diff)
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "judge/verdict_diff.h"
#include "report/document_result.h"

namespace jamkoll {

inline constexpr const char* kDiffSchema = "jamkoll.diff/1";
inline constexpr const char* kFolderDiffSchema = "jamkoll.diff-folders/1";

void write_diff_text(std::ostream& out, const DocumentResult& before, const DocumentResult& after,
                     const std::vector<TargetChange>& changes, const ReportContext& context);
void write_diff_json(std::ostream& out, const DocumentResult& before, const DocumentResult& after,
                     const std::vector<TargetChange>& changes, const ReportContext& context);

// Building blocks the folder reports share with the two-draft ones: the lost and gained targets
// (each with the evidence on both sides) and the count unchanged, as indented text lines; the
// "targets" array of jamkoll.diff/1.
void write_target_changes_text(std::ostream& out, const std::vector<TargetChange>& changes, const ReportContext& context);
nlohmann::ordered_json target_changes_json(const std::vector<TargetChange>& changes, const ReportContext& context);

// One draft of a folder diff: the same relative path in the old and the new folder.
struct DraftPair {
  std::string path;                      // relative to both folders, '/'-separated
  std::optional<DocumentResult> before;  // none: the draft was added
  std::optional<DocumentResult> after;   // none: the draft was removed
};

enum class DraftChange { kChanged, kUnchanged, kAdded, kRemoved, kUnreadable };
const char* draft_change_name(DraftChange change);  // "changed", "unchanged", "added", "removed", "unreadable"
DraftChange draft_change(const DraftPair& pair);
// REQUIRES: draft_change(pair) == kUnreadable. The side whose error it is (the old one when both).
const DocumentResult& unreadable_side(const DraftPair& pair);
// The target changes of a pair read on both sides (empty otherwise); points into `pair`.
std::vector<TargetChange> pair_changes(const DraftPair& pair);

struct FolderDiff {
  std::string old_dir;
  std::string new_dir;
  std::vector<DraftPair> drafts;  // sorted by path
};

// true when some paired draft lost a required target.
bool any_required_target_got_worse(const FolderDiff& diff);

// How many drafts of each kind; `worse`: paired drafts that lost a required target.
struct FolderDiffSummary {
  int changed = 0, unchanged = 0, added = 0, removed = 0, unreadable = 0, worse = 0;
};
FolderDiffSummary summarize(const FolderDiff& diff);

void write_folder_diff_text(std::ostream& out, const FolderDiff& diff, const ReportContext& context);
void write_folder_diff_json(std::ostream& out, const FolderDiff& diff, const ReportContext& context);
void write_folder_diff_html(std::ostream& out, const FolderDiff& diff, const ReportContext& context);

}  // namespace jamkoll
