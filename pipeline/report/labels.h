// Report wording in Swedish (default) and English: status names, target labels, and the
// sentence that explains why a naming does not count.
// Tests: tests/report/swedish_labels_test.cpp, tests/judge/statement_test.cpp, tests/common/failure_test.cpp
#pragma once

#include <string>
#include <vector>

#include "judge/rule_pack.h"
#include "judge/verdict.h"
#include "report/document_result.h"

namespace jamkoll {

std::string status_label(Status status, Language language);         // "behandlas" / "addressed"
std::string target_label(const Target& target, Language language);  // label_sv / label_en
// The pack's description in the language (the Swedish one when the pack has no English one).
std::string target_description(const Target& target, Language language);
std::string why_sentence(MentionReason reason, Language language);   // "" for kNone
const char* status_symbol(Status status);  // ✔ ~ ✘: the status without colour
// The kinds of substance found, as codes joined by ';' ("analysis;activity"); "" for none.
std::string profile_codes(const CommitmentProfile& profile);
// "Innehåll: analys, insatser · saknas: mål, ansvar, indikatorer, tidsram" (English on request).
std::string profile_sentence(const CommitmentProfile& profile, Language language);
std::string substance_label(Substance s, Language language);  // "analys" / "analysis"
// What an evidence sentence is, for a reader: "Insats", "Analys", … or, for a mention, "Räknas
// inte: i förbigående".
std::string statement_label(StatementType type, MentionReason reason, Language language);
// Why a naming does not count, in a few words: "i förbigående" / "in passing" ("" for kNone).
std::string mention_reason_label(MentionReason reason, Language language);
// "mål", "område", "krav", "valfritt" / "goal", "area", "requirement", "optional".
std::string target_kind_label(TargetKind kind, Language language);
// A heading path for a reader: "3 Mål › 3.2 Ekonomisk jämställdhet" ("" for none).
std::string heading_path_label(const std::vector<std::string>& path);
// What a failure code means, for a reader: "filen finns inte" / "the file does not exist" (every
// code has words in both languages; the reader's own message stays beside them).
std::string error_label(FailureCode code, Language language);
// The same by the code's name ("corrupt-zip"); "" for a name that is no code.
std::string error_label(std::string_view code, Language language);
// The error for a reader: "filen är skadad (…): <the reader's message>".
std::string error_sentence(const Failure& error, Language language);
// What kind of block an evidence sentence stands in, for a reader: "rubrik", "tabellcell" / "heading",
// "table cell" (JSON keeps block_kind_name's stable codes).
std::string block_kind_label(BlockKind kind, Language language);
// "sida 3" / "page 3" for a PDF block's part ("page 3"); "" for other parts (word/document.xml …),
// which say nothing to a reader of the report.
std::string page_label(const std::string& part, Language language);

}  // namespace jamkoll
