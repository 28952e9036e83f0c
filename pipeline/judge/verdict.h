// What the judge concludes per target, with the evidence a reviewer needs to see why.
// Language-neutral: labels and the `why` sentences are chosen by the report stage.
// Tests: tests/judge/verdict_cases_test.cpp, tests/app/fail_on_test.cpp
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "ingest/document.h"
#include "judge/rule_pack.h"
#include "judge/statement.h"

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
  kPassing,          // named as a cause, consequence or example in a statement about something else
  kFraming,          // a value or framing statement ("… är en mänsklig rättighet")
  kPurpose,          // the purpose of something else ("syftet med föräldraskapsstödet är att främja hälsa")
  kAudience,         // an audience, actor or body ("riktar sig till beslutsfattare", "kommunfullmäktige beslutar")
  kDefinition,       // a definition of the method or of a goal ("jämställdhetsintegrering innebär …")
  kLabel,            // a bare label or a list of perspectives ("perspektiv som folkhälsa, trygghet …")
  kNegation,         // "prioriteras inte", "är inte aktuellt"
  kDeferral,         // "tas upp i nästa strategi", "beskrivs i en separat handlingsplan"
  kFiller,           // a content-free line, or the same line under several headings
  kNameOnly,         // vocabulary that names the target without work on it (diskriminering, DO)
  kNoSubstance,      // a sentence that names it but carries no analysis, objective, activity, owner,
                     // indicator or timeframe ("Underlag till ledningsgruppen")
  kReported,         // a question, reported speech or what was done before ("Hur kan vi …?", "Deltagarna
                     // diskuterade …", "Den förra strategin drev …")
};

std::string status_name(Status status);             // "addressed", "mentioned", "missing"
std::string mention_reason_code(MentionReason r);   // "recitation", "toc", …
// Every reason but kNone, in a fixed order (for reports and tests that cover them all).
const std::vector<MentionReason>& all_mention_reasons();

// What kind of statement an evidence sentence is: the strongest kind of substance it carries,
// "description" (substantive running text with no cue of a kind), "heading" (a heading with
// content under it), or "not-substantive" (a mention; see `reason`).
enum class StatementType {
  kAnalysis, kObjective, kActivity, kResponsibility, kIndicator, kTimeframe, kDescription, kHeading, kNotSubstantive
};
std::string statement_type_name(StatementType t);  // "analysis", …, "not-substantive"

// Per target: how many substantive sentences about it carry each kind of substance.
using CommitmentProfile = std::array<int, kSubstanceCount>;

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
  StatementType statement = StatementType::kDescription;
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
  CommitmentProfile profile{};               // kinds of substance found for the target
};

struct DocumentVerdict {
  std::vector<TargetVerdict> targets;  // in pack order
};

}  // namespace jamkoll
