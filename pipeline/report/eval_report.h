// What `jamkoll eval` prints: the agreement of jamkoll's verdicts and the naive keyword baseline's
// with the expected verdicts, as text (a table for people) or as `jamkoll.eval/1` JSON.
// Tests: end to end through tests/judge/eval_samples_test.cpp (jamkoll eval, jamkoll.eval/1)
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "judge/evaluation.h"
#include "judge/rule_pack.h"

namespace jamkoll {

// One target of one document on which jamkoll and the expected verdict differ.
struct Disagreement {
  std::string path, target, expected, got;
};

// What an evaluation run found; `labels_left_out` are the labels two labellers disagree on.
struct EvalRun {
  std::size_t documents = 0;
  std::size_t labels_left_out = 0;
  Evaluation tool, baseline;
  std::vector<Disagreement> disagreements;
  bool totals_only = false;  // a blind set: no per-draft disagreement is shown
};

void write_eval_text(std::ostream& out, const EvalRun& run);
nlohmann::ordered_json eval_json(const EvalRun& run, const RulePack& pack);

}  // namespace jamkoll
