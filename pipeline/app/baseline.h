// Accepted gaps: a JSON file listing, per document and required target, the status a team has
// accepted for now ("jamkoll.baseline/2"). With --baseline only gaps that are new — not listed, or
// worse than the accepted status — fail a check. --write-baseline records the current gaps.
//
//   {"schema": "jamkoll.baseline/2",
//    "accepted": [{"path": "Uppsala/strategi.docx", "sha256": "…", "target": "area.planning",
//                  "status": "mentioned"}]}
//
// A document is found by its path relative to the checked folder (checked_folder.h), so a run
// from another working directory or after moving the whole folder still matches; a document
// whose path has no entries is found by its SHA-256 (it moved inside the folder). Old
// "jamkoll.baseline/1" files (the path as given, no SHA-256) still load: such an entry matches the
// document with that path as given, or with that relative path, or — when only one entry ends so
// — the document whose relative path ends it ("lan/Uppsala/a.docx" for "Uppsala/a.docx").
// Entries that match no checked document are reported by unmatched().
//
// Not thread-safe: apply() records what matched; call it from one thread.
// Tests: end to end through tests/app/baseline_paths_test.cpp, tests/app/diff_baseline_test.cpp (check --baseline,
//   --write-baseline)
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/checked_folder.h"
#include "common/outcome.h"
#include "report/document_result.h"

namespace jamkoll {

class Baseline {
 public:
  static Outcome<Baseline> read(const std::string& file);
  static Baseline from_results(const std::vector<DocumentResult>& results, const CheckedFolder& folder);
  Outcome<void> write(const std::string& file) const;

  // Marks in `result.accepted_gaps` the required, unaddressed targets the baseline accepts.
  void apply(DocumentResult& result, const CheckedFolder& folder);

  // After every apply(): one line per entry that matched nothing — a document no checked file
  // matched, or a target the rule pack does not have ("Gotland/strategi.docx: 3 accepted gaps
  // match no checked document").
  std::vector<std::string> unmatched() const;

 private:
  struct Document {
    std::string path;    // relative to the checked folder (as given in a jamkoll.baseline/1 file)
    std::string sha256;  // "" when not known (jamkoll.baseline/1, or written by hand)
    std::map<std::string, Status> accepted;  // target → accepted status
    bool legacy = false;                     // read from jamkoll.baseline/1
    bool matched = false;
    std::vector<std::string> unknown_targets;  // accepted targets the checked document does not have
  };
  Document* find(const DocumentResult& result, const std::string& relative);

  std::string file_;  // where it was read from, for the warnings
  std::vector<Document> documents_;
};

}  // namespace jamkoll
