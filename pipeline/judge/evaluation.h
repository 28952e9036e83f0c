// Agreement of verdicts with expected verdicts (NAME.expected.json beside each sample): the
// confusion table, three-class accuracy, per-target accuracy and precision/recall/F1 of
// "addressed".
// Tests: end to end through tests/judge/eval_samples_test.cpp (jamkoll eval)
#pragma once

#include <map>
#include <string>

#include "judge/verdict.h"

namespace jamkoll {

class Evaluation {
 public:
  void add(const std::string& target, Status expected, Status got);

  std::size_t total() const { return total_; }
  double accuracy() const;
  double addressed_precision() const;
  double addressed_recall() const;
  double addressed_f1() const;
  // confusion[expected][got]
  const std::map<Status, std::map<Status, std::size_t>>& confusion() const { return confusion_; }
  // target id → (correct, total)
  const std::map<std::string, std::pair<std::size_t, std::size_t>>& per_target() const { return per_target_; }

 private:
  std::size_t total_ = 0;
  std::size_t correct_ = 0;
  std::map<Status, std::map<Status, std::size_t>> confusion_;
  std::map<std::string, std::pair<std::size_t, std::size_t>> per_target_;
};

// "addressed" → kAddressed, …; false for anything else.
bool parse_status(const std::string& name, Status& out);

}  // namespace jamkoll
