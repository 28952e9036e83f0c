// Turns a document into verdicts per target: addressed (substantive statements), mentioned (only
// named: recitations, table of contents, empty headings, placeholders, exclusions) or missing.
// The rules of judgement are in README "Verdicts".
//
// Thread-safety: a Judge is immutable; judge() may run concurrently on different documents.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "common/outcome.h"
#include "ingest/document.h"
#include "judge/pack_loader.h"
#include "judge/rule_evaluator.h"
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
  std::map<std::string, bool> required_override_;
};

// Maximum evidence sentences kept per target.
inline constexpr std::size_t kMaxEvidence = 5;
// Evidence text is cut to about this many bytes around the first match.
inline constexpr std::size_t kMaxEvidenceBytes = 400;

}  // namespace jamkoll
