// Shared by the report writer tests (json/text/csv/junit/html): the default pack and a verdict
// model built in code — one checked draft (an addressed, a mentioned and missing targets) and one
// unreadable file with corrupt-zip.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "judge/pack_loader.h"
#include "report/document_result.h"

namespace jamkoll::writer_fixture {

inline const RulePack& pack() {
  static const auto loaded = load_default_pack();
  return (*loaded)->pack;
}

inline ReportContext context(Language language = Language::kSwedish) { return ReportContext{&pack(), language}; }

inline const Target& target(const std::string& id) {
  for (const Target& t : pack().targets) {
    if (t.id == id) return t;
  }
  throw std::runtime_error("no target " + id);
}

// The addressed target's evidence: a comma and quotes for CSV, < & " for HTML and XML.
inline const std::string kAddressedText =
    "Lönegapet mellan kvinnor & män ska halveras, enligt \"Mål <2030>\" i den regionala planen.";
inline const std::string kAddressedTerm = "Lönegapet";
// The mentioned target's evidence: a line break inside the sentence.
inline const std::string kMentionedText = "Strategin omfattar målen:\nmakt, ekonomi, hälsa och våld.";
inline const std::string kDraftPath = "lan/Uppsala/strategi.docx";
inline const std::string kBrokenPath = "lan/Gotland/R&D <gammal>.docx";
inline const std::string kBrokenMessage = "not a readable zip archive: end of central directory not found";

// Every target of the pack in pack order (the HTML overview and the matrix index by pack order):
// goal.economy addressed with evidence, goal.health mentioned (recitation), the rest missing.
inline DocumentResult checked_draft() {
  DocumentResult r;
  r.path = kDraftPath;
  r.format = "docx";
  r.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  for (const Target& t : pack().targets) {
    TargetVerdict v;
    v.target = &t;
    v.required = t.required;
    if (t.id == "goal.economy") {
      v.status = Status::kAddressed;
      v.score = 0.875;
      Evidence e;
      e.text = kAddressedText;
      e.heading = {"3 Mål", "3.2 Ekonomisk jämställdhet"};
      e.block = 12;
      e.part = "word/document.xml";
      e.kind = BlockKind::kParagraph;
      e.rule = "goal.economy.terms";
      e.terms = {kAddressedTerm};
      e.highlights = {{0, kAddressedTerm.size()}};
      e.statement = StatementType::kObjective;
      e.strength = 1.0;
      v.evidence.push_back(e);
      v.profile[static_cast<std::size_t>(Substance::kAnalysis)] = 1;
      v.profile[static_cast<std::size_t>(Substance::kObjective)] = 2;
    } else if (t.id == "goal.health") {
      v.status = Status::kMentioned;
      v.score = 0.1;
      v.why = MentionReason::kRecitation;
      Evidence e;
      e.text = kMentionedText;
      e.heading = {"1 Inledning"};
      e.block = 3;
      e.part = "word/document.xml";
      e.kind = BlockKind::kListItem;
      e.rule = "goal.health.terms";
      e.terms = {"hälsa"};
      e.reason = MentionReason::kRecitation;
      e.statement = StatementType::kNotSubstantive;
      v.evidence.push_back(e);
    } else {
      v.status = Status::kMissing;
      for (const Rule& rule : t.rules) v.tried.push_back(rule.id);
    }
    r.verdict.targets.push_back(v);
  }
  return r;
}

inline DocumentResult broken_file() {
  DocumentResult r;
  r.path = kBrokenPath;
  r.error = Failure::corrupt_zip(kBrokenMessage);
  return r;
}

inline std::vector<DocumentResult> both() { return {checked_draft(), broken_file()}; }

inline std::size_t required_count() {
  std::size_t n = 0;
  for (const Target& t : pack().targets) n += t.required;
  return n;
}

}  // namespace jamkoll::writer_fixture
