#include "report/text_report.h"

#include <algorithm>

#include "report/advice.h"
#include "report/labels.h"

namespace jamkoll {
namespace {

const char* colour_of(Status s) {
  switch (s) {
    case Status::kAddressed: return "\033[32m";
    case Status::kMentioned: return "\033[33m";
    case Status::kMissing: return "\033[31m";
  }
  return "";
}

void write_advice(std::ostream& out, const TargetVerdict& t, Language language, const char* indent) {
  for (const std::string& line : advice_lines(advice_for(t, language))) out << indent << line << "\n";
}

// "Att åtgärda": the required targets not addressed, first, with what to write for each.
void write_to_fix(std::ostream& out, const std::vector<const TargetVerdict*>& to_fix, Language language) {
  if (to_fix.empty()) return;
  const bool sv = language == Language::kSwedish;
  out << "  " << to_fix_title(language) << " (" << to_fix.size()
      << (sv ? " obligatoriska mål och krav behandlas inte):\n" : " required goals and requirements not addressed):\n");
  for (const TargetVerdict* t : to_fix) {
    out << "    " << status_symbol(t->status) << " " << target_label(*t->target, language) << " ("
        << status_label(t->status, language) << ")\n";
    if (t->status == Status::kMentioned) {
      out << "        " << why_sentence(t->why, language) << "\n";
      if (!t->evidence.empty() && !t->evidence.front().heading.empty()) {
        out << "        " << (sv ? "Nämns under: " : "Mentioned under: ") << heading_path_label(t->evidence.front().heading) << "\n";
      }
    }
    write_advice(out, *t, language, "        ");
  }
  out << "\n";
}

// One target's line, its first evidence with where it stands, and the sentence that goes with it.
void write_target(std::ostream& out, const DocumentResult& r, const TargetVerdict& t,
                  const std::vector<const TargetVerdict*>& to_fix, const ReportContext& context, bool colour) {
  const bool sv = context.language == Language::kSwedish;
  const std::string label = status_label(t.status, context.language);
  out << "  " << (colour ? colour_of(t.status) : "") << status_symbol(t.status) << " " << label << (colour ? "\033[0m" : "");
  for (std::size_t pad = label.size(); pad < 10; ++pad) out << ' ';
  out << t.target->id << " – " << target_label(*t.target, context.language)
      << (t.required ? "" : (sv ? " (valfritt)" : " (optional)"))
      << (r.accepted_gaps.count(t.target->id) ? (sv ? " [accepterad lucka]" : " [accepted gap]") : "") << "\n";
  if (!t.evidence.empty()) {
    const Evidence& e = t.evidence.front();
    out << "      «" << e.text << "»";
    std::string where = heading_path_label(e.heading);
    if (const std::string page = page_label(e.part, context.language); !page.empty()) {
      where += (where.empty() ? "" : " · ") + page;
    }
    if (!where.empty()) out << "  [" << where << "]";
    out << "\n";
  }
  if (t.status == Status::kMentioned) out << "      " << why_sentence(t.why, context.language) << "\n";
  // Targets listed under "Att åtgärda" have their advice there; the others (optional ones,
  // accepted gaps) get it here.
  if (t.status != Status::kAddressed && std::find(to_fix.begin(), to_fix.end(), &t) == to_fix.end()) {
    write_advice(out, t, context.language, "      ");
  }
  if (t.status == Status::kAddressed) out << "      " << profile_sentence(t.profile, context.language) << "\n";
}

}  // namespace

void write_text_document(std::ostream& out, const DocumentResult& r, const ReportContext& context, bool colour) {
  const bool sv = context.language == Language::kSwedish;
  out << r.path;
  if (r.error) {
    out << "\n  " << (sv ? "FEL" : "ERROR") << " [" << r.error->code << "] " << error_sentence(*r.error, context.language)
        << "\n\n";
    return;
  }
  out << " (" << r.format << ")\n";
  const std::vector<const TargetVerdict*> to_fix = targets_to_fix(r);
  write_to_fix(out, to_fix, context.language);
  int counts[3] = {0, 0, 0};
  int required_open = 0;
  for (const TargetVerdict& t : r.verdict.targets) {
    ++counts[static_cast<int>(t.status)];
    if (t.required && t.status != Status::kAddressed && !r.accepted_gaps.count(t.target->id)) ++required_open;
    write_target(out, r, t, to_fix, context, colour);
  }
  out << "  " << (sv ? "Summa: " : "Total: ") << counts[0] << ' ' << status_label(Status::kAddressed, context.language)
      << ", " << counts[1] << ' ' << status_label(Status::kMentioned, context.language) << ", " << counts[2] << ' '
      << status_label(Status::kMissing, context.language) << "; "
      << (sv ? "obligatoriska som inte behandlas: " : "required not addressed: ") << required_open;
  if (!r.accepted_gaps.empty()) out << (sv ? "; accepterade luckor: " : "; accepted gaps: ") << r.accepted_gaps.size();
  out << "\n\n";
}

void write_text_summary(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  std::size_t complete = 0, errors = 0, accepted = 0;
  for (const DocumentResult& r : results) {
    accepted += r.accepted_gaps.size();
    if (r.error) {
      ++errors;
    } else if (!r.has_new_gaps()) {
      ++complete;
    }
  }
  const std::size_t with_gaps = results.size() - complete - errors;
  out << results.size() << (sv ? " dokument: " : " documents: ");
  if (accepted == 0) {
    out << complete << (sv ? " behandlar alla obligatoriska mål och krav, " : " address every required target, ")
        << with_gaps << (sv ? " har luckor, " : " have gaps, ");
  } else if (with_gaps == 0) {
    // With a baseline "every required target" would not be true: the accepted gaps are still gaps.
    out << (sv ? "inga nya luckor (" : "no new gaps (") << accepted << (sv ? " accepterade), " : " accepted), ");
  } else {
    out << with_gaps << (sv ? " har nya luckor, " : " have new gaps, ") << complete
        << (sv ? " inga nya luckor (" : " no new gaps (") << accepted
        << (sv ? " accepterade luckor i alla), " : " accepted gaps in all), ");
  }
  out << errors << (sv ? " kunde inte läsas.\n" : " could not be read.\n");
}

}  // namespace jamkoll
