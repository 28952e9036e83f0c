#include "judge/verdict.h"

namespace jamkoll {

std::string status_name(Status status) {
  switch (status) {
    case Status::kAddressed: return "addressed";
    case Status::kMentioned: return "mentioned";
    case Status::kMissing: return "missing";
  }
  return "missing";
}

std::string mention_reason_code(MentionReason r) {
  switch (r) {
    case MentionReason::kNone: return "";
    case MentionReason::kRecitation: return "recitation";
    case MentionReason::kTableOfContents: return "toc";
    case MentionReason::kEmptyHeading: return "empty-heading";
    case MentionReason::kPlaceholder: return "placeholder";
    case MentionReason::kExclusion: return "exclusion";
    case MentionReason::kTitle: return "title";
    case MentionReason::kPartial: return "partial";
    case MentionReason::kPassing: return "passing";
    case MentionReason::kFraming: return "framing";
    case MentionReason::kPurpose: return "purpose";
    case MentionReason::kAudience: return "audience";
    case MentionReason::kDefinition: return "definition";
    case MentionReason::kLabel: return "label";
    case MentionReason::kNegation: return "negation";
    case MentionReason::kDeferral: return "deferral";
    case MentionReason::kFiller: return "filler";
    case MentionReason::kNameOnly: return "name-only";
    case MentionReason::kNoSubstance: return "no-substance";
    case MentionReason::kReported: return "reported";
  }
  return "";
}

const std::vector<MentionReason>& all_mention_reasons() {
  static const std::vector<MentionReason> all = {
      MentionReason::kRecitation, MentionReason::kTableOfContents, MentionReason::kEmptyHeading,
      MentionReason::kPlaceholder, MentionReason::kExclusion, MentionReason::kTitle, MentionReason::kPartial,
      MentionReason::kPassing, MentionReason::kFraming, MentionReason::kPurpose, MentionReason::kAudience,
      MentionReason::kDefinition, MentionReason::kLabel, MentionReason::kNegation, MentionReason::kDeferral,
      MentionReason::kFiller, MentionReason::kNameOnly, MentionReason::kNoSubstance,
      MentionReason::kReported};
  return all;
}

std::string statement_type_name(StatementType t) {
  switch (t) {
    case StatementType::kAnalysis: return "analysis";
    case StatementType::kObjective: return "objective";
    case StatementType::kActivity: return "activity";
    case StatementType::kResponsibility: return "responsibility";
    case StatementType::kIndicator: return "indicator";
    case StatementType::kTimeframe: return "timeframe";
    case StatementType::kDescription: return "description";
    case StatementType::kHeading: return "heading";
    case StatementType::kNotSubstantive: return "not-substantive";
  }
  return "description";
}


}  // namespace jamkoll
