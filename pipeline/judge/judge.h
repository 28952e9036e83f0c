// Turns a document into verdicts per target: addressed (a substantive statement whose topic is
// the target), mentioned (only named: recitations, framing, definitions, passing mentions,
// audiences, negations, deferrals, filler, table of contents, empty headings, placeholders,
// exclusions) or missing. The steps: analyse the document (document_analysis.h), collect every
// rule match, find recitations and what each passage is about, classify each match
// (mention_classifier.h), decide per target. The rules of judgement are in docs/verdicts.md.
//
// Thread-safety: a Judge is immutable; judge() may run concurrently on different documents.
// Tests: tests/judge/verdict_cases_test.cpp, tests/judge/statement_test.cpp; fuzzed by tests/fuzz/fuzz_rulepack.cpp
#pragma once

#include <map>
#include <memory>
#include <string>

#include "common/outcome.h"
#include "ingest/document.h"
#include "judge/pack_loader.h"
#include "judge/rule_evaluator.h"
#include "judge/statement.h"
#include "judge/verdict.h"

namespace jamkoll {

class Judge {
 public:
  // `required_override`: target id → required, from --require/--optional.
  static Outcome<std::shared_ptr<const Judge>> create(std::shared_ptr<const LoadedPack> pack,
                                                      std::map<std::string, bool> required_override = {});

  DocumentVerdict judge(const Document& document) const;

  const LoadedPack& pack() const { return *pack_; }
  const RuleEvaluator& evaluator() const { return *evaluator_; }
  bool is_required(const Target& target) const;

 private:
  Judge() = default;
  std::shared_ptr<const LoadedPack> pack_;
  std::shared_ptr<const RuleEvaluator> evaluator_;
  std::shared_ptr<const StatementReader> statements_;
  std::map<std::string, bool> required_override_;
};

}  // namespace jamkoll
