#include "report/annotate/comment_plan.h"

#include "report/advice.h"
#include "report/labels.h"

namespace jamkoll {
namespace {

bool swedish(const ReportContext& context) { return context.language == Language::kSwedish; }

std::string quoted(const std::string& s, bool sv) { return sv ? "”" + s + "”" : "“" + s + "”"; }

MentionReason reason_of(const TargetVerdict& tv, const Evidence& e) {
  return e.reason != MentionReason::kNone ? e.reason : tv.why;
}

// The strongest evidence that can carry a comment, or nullptr. A table-of-contents entry only when
// nothing else can: Word rebuilds the table of contents, and the text under the heading is where
// the work is missing.
const Evidence* anchor_evidence(const TargetVerdict& tv, const std::function<bool(int)>& anchorable) {
  const Evidence* toc = nullptr;
  for (const Evidence& e : tv.evidence) {
    if (!anchorable(e.block)) continue;
    if (e.kind != BlockKind::kTocEntry) return &e;
    if (!toc) toc = &e;
  }
  return toc;
}

std::vector<std::string> mentioned_comment(const TargetVerdict& tv, const Evidence* e, const ReportContext& context) {
  const bool sv = swedish(context);
  const std::string label = quoted(target_label(*tv.target, context.language), sv);
  std::vector<std::string> out;
  out.push_back(sv ? "jamkoll: " + label + " nämns här men behandlas inte."
                   : "jamkoll: " + label + " is mentioned here but not addressed.");
  const MentionReason reason = e ? reason_of(tv, *e) : tv.why;
  if (reason != MentionReason::kNone) {
    out.push_back((sv ? "Varför det inte räknas: " : "Why it does not count: ") +
                  why_sentence(reason, context.language));
  }
  const Advice advice = advice_for(tv, context.language);
  if (!advice.lacking_sentence.empty()) out.push_back(advice.lacking_sentence);
  out.push_back(advice.what_counts);
  if (!advice.description.empty()) out.push_back(advice.description);
  return out;
}

std::vector<std::string> addressed_comment(const TargetVerdict& tv, const Evidence& e, const ReportContext& context) {
  const bool sv = swedish(context);
  const std::string label = quoted(target_label(*tv.target, context.language), sv);
  return {
      sv ? "jamkoll: " + label + " behandlas här." : "jamkoll: " + label + " is addressed here.",
      (sv ? "Starkaste belägget: " : "Strongest evidence: ") + statement_label(e.statement, e.reason, context.language),
      profile_sentence(tv.profile, context.language)};
}

// The summary's list of the required targets not addressed.
void list_gaps(const DocumentVerdict& verdict, const ReportContext& context, std::vector<std::string>& out) {
  const bool sv = swedish(context);
  std::vector<std::string> gaps;
  for (const TargetVerdict& tv : verdict.targets) {
    if (!tv.required || tv.status == Status::kAddressed) continue;
    std::string line =
        "• " + target_label(*tv.target, context.language) + " (" + status_label(tv.status, context.language) + ")";
    if (const std::string d = target_description(*tv.target, context.language); !d.empty()) line += ": " + d;
    gaps.push_back(std::move(line));
  }
  if (gaps.empty()) {
    out.push_back(nothing_to_fix(context.language));
    return;
  }
  out.push_back(sv ? "Obligatoriska mål och krav som inte behandlas (" + std::to_string(gaps.size()) + "):"
                   : "Required goals and requirements not addressed (" + std::to_string(gaps.size()) + "):");
  out.insert(out.end(), gaps.begin(), gaps.end());
}

// Where a block outside the body text stands, for a reader: "i fotnot", "in a text box".
std::string place_of(BlockKind kind, bool sv) {
  switch (kind) {
    case BlockKind::kHeader:
      return sv ? "i sidhuvud" : "in a header";
    case BlockKind::kFooter:
      return sv ? "i sidfot" : "in a footer";
    case BlockKind::kFootnote:
      return sv ? "i fotnot" : "in a footnote";
    case BlockKind::kEndnote:
      return sv ? "i slutnot" : "in an endnote";
    case BlockKind::kTextBox:
      return sv ? "i textruta" : "in a text box";
    default:
      return sv ? "utanför brödtexten" : "outside the body text";
  }
}

// The summary's line for a target whose evidence has no place in the body text.
std::string outside_body_line(const TargetVerdict& tv, const Evidence& e, const ReportContext& context) {
  const bool sv = swedish(context);
  std::string line = "• " + target_label(*tv.target, context.language) + " (" +
                     status_label(tv.status, context.language) + ", " + place_of(e.kind, sv) + "): ";
  if (tv.status == Status::kMentioned) {
    line += why_sentence(reason_of(tv, e), context.language);
  } else {
    line += statement_label(e.statement, e.reason, context.language) + ". " +
            profile_sentence(tv.profile, context.language);
  }
  return line;
}

void list_outside_body(const std::vector<std::string>& elsewhere, const ReportContext& context,
                       std::vector<std::string>& out) {
  if (elsewhere.empty()) return;
  out.push_back(swedish(context) ? "Belägg utanför brödtexten, där en kommentar inte kan stå:"
                                 : "Evidence outside the body text, where a comment cannot stand:");
  out.insert(out.end(), elsewhere.begin(), elsewhere.end());
}

std::vector<std::string> summary_comment(const DocumentVerdict& verdict, const ReportContext& context,
                                         CommentScope scope, const std::vector<std::string>& elsewhere,
                                         const std::string& date) {
  const bool sv = swedish(context);
  std::string pack =
      context.pack ? (sv || context.pack->label_en.empty() ? context.pack->label_sv : context.pack->label_en) : "";
  if (context.pack && !context.pack->version.empty()) pack += " " + context.pack->version;
  std::vector<std::string> out;
  out.push_back((sv ? "jamkoll: granskning " : "jamkoll: review ") + date +
                (pack.empty() ? "" : (sv ? ", regelpaket " : ", rule pack ") + pack) + ".");
  list_gaps(verdict, context, out);
  out.push_back(sv ? "Ett mål eller krav behandlas när texten arbetar med det: analys av läget i länet, mål, insatser, "
                     "ansvar eller uppföljning. Att bara nämna det räknas inte."
                   : "A goal or requirement is addressed when the text works on it: analysis of the situation in the "
                     "county, objectives, activities, responsibility or follow-up. Only naming it does not count.");
  list_outside_body(elsewhere, context, out);
  if (scope == CommentScope::kAll) {
    out.push_back(sv ? "Kommentarerna i texten visar var ett mål bara nämns och vad som skulle räknas, och var ett mål "
                       "behandlas och med vilket innehåll."
                     : "The comments in the text show where a target is only mentioned and what would count, and "
                       "where a target is addressed and with what content.");
  } else {
    out.push_back(sv ? "Kommentarerna i texten visar var ett mål bara nämns och vad som skulle räknas."
                     : "The comments in the text show where a target is only mentioned and what would count.");
  }
  return out;
}

}  // namespace

std::vector<PlannedComment> plan_comments(const DocumentVerdict& verdict, const ReportContext& context,
                                          CommentScope scope, const std::function<bool(int)>& anchorable,
                                          const std::string& date) {
  std::vector<PlannedComment> at_blocks;
  std::vector<std::string> elsewhere;
  for (const TargetVerdict& tv : verdict.targets) {
    const bool mentioned = tv.status == Status::kMentioned;
    if (!mentioned && !(scope == CommentScope::kAll && tv.status == Status::kAddressed)) continue;
    if (tv.evidence.empty()) continue;
    if (const Evidence* e = anchor_evidence(tv, anchorable)) {
      at_blocks.push_back(
          {e->block, mentioned ? mentioned_comment(tv, e, context) : addressed_comment(tv, *e, context)});
    } else {
      elsewhere.push_back(outside_body_line(tv, tv.evidence.front(), context));
    }
  }
  std::vector<PlannedComment> out;
  out.push_back({-1, summary_comment(verdict, context, scope, elsewhere, date)});
  for (PlannedComment& c : at_blocks) out.push_back(std::move(c));
  return out;
}

}  // namespace jamkoll
