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
  }
  return "";
}


}  // namespace jamkoll
