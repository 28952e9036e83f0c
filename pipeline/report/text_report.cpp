#include "report/text_report.h"

#include "report/labels.h"

namespace jamkoll {
namespace {

std::string heading_path(const std::vector<std::string>& path) {
  std::string out;
  for (const std::string& h : path) out += (out.empty() ? "" : " › ") + h;
  return out;
}

const char* marker(Status s) {
  switch (s) {
    case Status::kAddressed: return "✔";
    case Status::kMentioned: return "~";
    case Status::kMissing: return "✘";
  }
  return " ";
}

}  // namespace

void write_text_document(std::ostream& out, const DocumentResult& r, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  out << r.path;
  if (r.error) {
    out << "\n  " << (sv ? "FEL" : "ERROR") << " [" << r.error->code << "] " << r.error->message << "\n\n";
    return;
  }
  out << " (" << r.format << ")\n";
  int counts[3] = {0, 0, 0};
  int required_open = 0;
  for (const TargetVerdict& t : r.verdict.targets) {
    ++counts[static_cast<int>(t.status)];
    if (t.required && t.status != Status::kAddressed) ++required_open;
    out << "  " << marker(t.status) << " " << status_label(t.status, context.language);
    for (std::size_t pad = status_label(t.status, context.language).size(); pad < 10; ++pad) out << ' ';
    out << t.target->id << " – " << target_label(*t.target, context.language)
        << (t.required ? "" : (sv ? " (valfritt)" : " (optional)")) << "\n";
    if (!t.evidence.empty()) {
      const Evidence& e = t.evidence.front();
      out << "      «" << e.text << "»";
      const std::string where = heading_path(e.heading);
      if (!where.empty()) out << "  [" << where << "]";
      out << "\n";
    }
    if (t.status == Status::kMentioned) out << "      " << why_sentence(t.why, context.language) << "\n";
  }
  out << "  " << (sv ? "Summa: " : "Total: ") << counts[0] << ' ' << status_label(Status::kAddressed, context.language)
      << ", " << counts[1] << ' ' << status_label(Status::kMentioned, context.language) << ", " << counts[2] << ' '
      << status_label(Status::kMissing, context.language) << "; "
      << (sv ? "obligatoriska som inte behandlas: " : "required not addressed: ") << required_open << "\n\n";
}

void write_text_summary(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  std::size_t complete = 0, errors = 0;
  for (const DocumentResult& r : results) {
    if (r.error) {
      ++errors;
    } else if (r.verdict.all_required_addressed()) {
      ++complete;
    }
  }
  out << results.size() << (sv ? " dokument: " : " documents: ") << complete
      << (sv ? " behandlar alla obligatoriska mål och krav, " : " address every required target, ")
      << results.size() - complete - errors << (sv ? " har luckor, " : " have gaps, ") << errors
      << (sv ? " kunde inte läsas.\n" : " could not be read.\n");
}

}  // namespace jamkoll
