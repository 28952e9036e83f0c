#include "report/labels.h"

namespace jamkoll {

std::string status_label(Status status, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (status) {
    case Status::kAddressed: return sv ? "behandlas" : "addressed";
    case Status::kMentioned: return sv ? "nämns" : "mentioned";
    case Status::kMissing: return sv ? "saknas" : "missing";
  }
  return "";
}

const char* status_symbol(Status status) {
  switch (status) {
    case Status::kAddressed: return "✔";
    case Status::kMentioned: return "~";
    case Status::kMissing: return "✘";
  }
  return "";
}

std::string target_label(const Target& target, Language language) {
  if (language == Language::kEnglish && !target.label_en.empty()) return target.label_en;
  return target.label_sv;
}

std::string why_sentence(MentionReason reason, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (reason) {
    case MentionReason::kNone:
      return "";
    case MentionReason::kRecitation:
      return sv ? "Nämns bara i en uppräkning av mål eller områden, inte som eget arbete."
                : "Only named in a recitation of goals or areas, not worked on.";
    case MentionReason::kTableOfContents:
      return sv ? "Nämns bara i innehållsförteckningen." : "Only named in the table of contents.";
    case MentionReason::kEmptyHeading:
      return sv ? "Rubriken saknar innehåll eller har bara platshållartext under sig."
                : "A heading with nothing or only placeholder text under it.";
    case MentionReason::kPlaceholder:
      return sv ? "Nämns bara i platshållartext." : "Only named in placeholder text.";
    case MentionReason::kExclusion:
      return sv ? "Uttryckligen avgränsat bort från strategin." : "Explicitly excluded from the strategy.";
    case MentionReason::kTitle:
      return sv ? "Nämns bara i dokumentets titel." : "Only named in the document title.";
    case MentionReason::kPartial:
      return sv ? "Bara en del av kravet behandlas (t.ex. kvinnor och män men inte flickor och pojkar)."
                : "Only part of the requirement is covered (e.g. women and men but not girls and boys).";
  }
  return "";
}

std::string page_label(const std::string& part, Language language) {
  const std::string prefix = "page ";
  if (part.compare(0, prefix.size(), prefix) != 0) return "";
  return (language == Language::kSwedish ? "sida " : "page ") + part.substr(prefix.size());
}

}  // namespace jamkoll
