#include "judge/evidence_builder.h"

#include <algorithm>
#include <set>

#include "common/unicode.h"
#include "common/utf8.h"

namespace jamkoll {
namespace {

// A heading with content under it shows the topic, but the sentences under it show the work; so
// does a label cell of a few words ("Uppföljningsrapport") beside the row's sentences.
constexpr double kHeadingStrengthFactor = 0.3;
constexpr std::size_t kLabelEvidenceMaxWords = 3;
// Each kind of substance a sentence carries makes it this much stronger as evidence.
constexpr double kSubstanceStrengthStep = 0.25;

// Cuts `text` to at most kMaxEvidenceBytes around [focus_begin, focus_end) on character
// boundaries, with "…" where it was cut; shifts `spans` accordingly.
std::string cut_evidence(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  if (end > kMaxEvidenceBytes) {
    const std::size_t focus = spans.empty() ? 0 : spans.front().first;
    begin = focus > kMaxEvidenceBytes / 3 ? focus - kMaxEvidenceBytes / 3 : 0;
    end = std::min(text.size(), begin + kMaxEvidenceBytes);
    while (begin > 0 && is_utf8_continuation(text[begin])) --begin;
    while (end < text.size() && is_utf8_continuation(text[end])) ++end;
  }
  std::string out = begin > 0 ? "…" : "";
  const std::size_t shift = out.size();
  out += text.substr(begin, end - begin);
  if (end < text.size()) out += "…";
  std::vector<std::pair<std::size_t, std::size_t>> kept;
  for (auto [b, e] : spans) {
    if (b >= begin && e <= end) kept.emplace_back(b - begin + shift, e - begin + shift);
  }
  spans = std::move(kept);
  return out;
}

std::size_t substance_kinds(const Statement& s) {
  return static_cast<std::size_t>(std::count(s.substance.begin(), s.substance.end(), true));
}

}  // namespace

StatementType statement_type_of(const Statement& s) {
  // Strongest first: what the draft commits to, then how it is measured, then the situation.
  static constexpr std::pair<Substance, StatementType> kOrder[] = {
      {Substance::kObjective, StatementType::kObjective},   {Substance::kActivity, StatementType::kActivity},
      {Substance::kIndicator, StatementType::kIndicator},   {Substance::kResponsibility, StatementType::kResponsibility},
      {Substance::kAnalysis, StatementType::kAnalysis},     {Substance::kTimeframe, StatementType::kTimeframe}};
  for (const auto& [kind, type] : kOrder) {
    if (s.substance[static_cast<std::size_t>(kind)]) return type;
  }
  return StatementType::kDescription;
}

Evidence make_evidence(const AnalyzedBlock& ab, const AnalyzedSentence& as, const RuleMatch& m) {
  Evidence e;
  const Block& b = *ab.block;
  const Sentence& s = as.sentence();
  std::string_view sentence = std::string_view(b.text).substr(s.begin, s.end - s.begin);
  const std::string_view trimmed = trim(sentence);
  const std::size_t offset = s.begin + static_cast<std::size_t>(trimmed.data() - sentence.data());
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::set<std::string> seen;
  for (auto [from, to] : m.spans) {
    if (from < offset || to > offset + trimmed.size()) continue;
    spans.emplace_back(from - offset, to - offset);
    const std::string term(b.text.substr(from, to - from));
    if (seen.insert(term).second) e.terms.push_back(term);
  }
  e.text = cut_evidence(trimmed, spans);
  for (char& c : e.text) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  e.highlights = std::move(spans);
  e.heading = b.heading_path;
  e.block = b.index;
  e.part = b.part;
  e.kind = b.kind;
  e.rule = m.rule->id;
  const bool heading = b.kind == BlockKind::kHeading ||
                       (b.kind == BlockKind::kTableCell && ab.word_count <= kLabelEvidenceMaxWords);
  e.statement = b.kind == BlockKind::kHeading ? StatementType::kHeading : statement_type_of(as.statement);
  e.strength = m.rule->weight * (m.strong ? 1.0 : 0.5) *
               (1.0 + 0.1 * static_cast<double>(std::min<std::size_t>(m.distinct_terms, 5))) *
               (1.0 + kSubstanceStrengthStep * static_cast<double>(heading ? 0 : substance_kinds(as.statement))) *
               (heading ? kHeadingStrengthFactor : 1.0);
  return e;
}

}  // namespace jamkoll
