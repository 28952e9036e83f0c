// What the judge concludes per target, with the evidence a reviewer needs to see why.
// Language-neutral: labels and the `why` sentences are chosen by the report stage.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ingest/document.h"
#include "judge/rule_pack.h"

namespace jamkoll {

enum class Status { kAddressed, kMentioned, kMissing };

// Why a naming of a target does not count as working on it.
enum class MentionReason {
  kNone,             // substantive: it counts
  kRecitation,       // a sentence or list naming three or more goals/areas, or reciting the assignment
  kTableOfContents,  // a table-of-contents entry
  kEmptyHeading,     // a heading (or a label cell) with nothing or only a placeholder under it
  kPlaceholder,      // the sentence itself is placeholder text ("TODO", "Text kommer")
  kExclusion,        // "omfattas inte", "ingår inte"
  kTitle,            // only in the document title
  kPartial,          // a target needing several aspects (req.conditions) found only some
};

std::string status_name(Status status);             // "addressed", "mentioned", "missing"
std::string mention_reason_code(MentionReason r);   // "recitation", "toc", …

struct Evidence {
  std::string text;                  // the sentence, at most ~400 characters around the match
  std::vector<std::string> heading;  // heading path
  int block = 0;
  std::string part;
  BlockKind kind = BlockKind::kParagraph;
  std::string rule;
  std::vector<std::string> terms;    // the words that matched, as written
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // byte ranges of `terms` in `text`
  MentionReason reason = MentionReason::kNone;
  double strength = 0.0;
};

struct TargetVerdict {
  const Target* target = nullptr;
  bool required = true;  // after --require/--optional
  Status status = Status::kMissing;
  double score = 0.0;    // 0–1: missing 0; mentioned below 0.25; addressed from 0.5, more evidence higher
  std::vector<Evidence> evidence;
  MentionReason why = MentionReason::kNone;  // for mentioned: the main reason
  std::vector<std::string> tried;            // for missing: the rules looked for
};

struct DocumentVerdict {
  std::vector<TargetVerdict> targets;  // in pack order
};

}  // namespace jamkoll
