// Report wording in Swedish (default) and English: status names, target labels, and the
// sentence that explains why a naming does not count.
#pragma once

#include <string>

#include "judge/rule_pack.h"
#include "judge/verdict.h"
#include "report/document_result.h"

namespace jamkoll {

std::string status_label(Status status, Language language);         // "behandlas" / "addressed"
std::string target_label(const Target& target, Language language);  // label_sv / label_en
std::string why_sentence(MentionReason reason, Language language);   // "" for kNone
const char* status_symbol(Status status);                            // ✔ ~ ✘: the status without colour
// "sida 3" / "page 3" for a PDF block's part ("page 3"); "" for other parts (word/document.xml …),
// which say nothing to a reader of the report.
std::string page_label(const std::string& part, Language language);

}  // namespace jamkoll
