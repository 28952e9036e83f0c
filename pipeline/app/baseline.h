// Accepted gaps: a JSON file listing, per document path and required target, the status a team
// has accepted for now ("jamkoll.baseline/1"). With --baseline only gaps that are new — not
// listed, or worse than the accepted status — fail a check. --write-baseline records the current
// gaps.
//
//   {"schema": "jamkoll.baseline/1",
//    "accepted": [{"path": "utkast.docx", "target": "area.planning", "status": "mentioned"}]}
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/outcome.h"
#include "report/document_result.h"

namespace jamkoll {

class Baseline {
 public:
  static Outcome<Baseline> read(const std::string& file);
  static Baseline from_results(const std::vector<DocumentResult>& results);
  Outcome<bool> write(const std::string& file) const;

  // Marks in `result.accepted_gaps` the required, unaddressed targets the baseline accepts.
  void apply(DocumentResult& result) const;

 private:
  std::map<std::pair<std::string, std::string>, Status> accepted_;  // (path, target) → accepted status
};

}  // namespace jamkoll
