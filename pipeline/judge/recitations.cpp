#include "judge/recitations.h"

#include <algorithm>

#include "common/unicode.h"

namespace jamkoll {
namespace {

// List items longer than this are statements of their own, not entries of a recited list
// (unless they recite a goal's definition).
constexpr std::size_t kRecitedItemMaxWords = 10;
// Names in an enumeration stand at most this many words apart.
constexpr std::size_t kEnumerationMaxGapWords = 3;

}  // namespace

bool enumerates_targets(const AnalyzedSentence& s, std::vector<NamedSpan> names) {
  std::sort(names.begin(), names.end(), [](const NamedSpan& a, const NamedSpan& b) { return a.begin < b.begin; });
  // Word tokens in text order, so the words between two names are counted by binary search.
  std::vector<std::size_t> word_begins;
  for (const Token& t : s.sentence().tokens) {
    if (t.is_word) word_begins.push_back(t.begin);
  }
  auto words_between = [&](std::size_t from, std::size_t to) {
    return static_cast<std::size_t>(std::lower_bound(word_begins.begin(), word_begins.end(), to) -
                                    std::lower_bound(word_begins.begin(), word_begins.end(), from));
  };
  std::set<const Target*> chain;
  std::size_t chain_end = 0;
  for (const NamedSpan& n : names) {
    if (chain.empty() || (n.begin > chain_end && words_between(chain_end, n.begin) > kEnumerationMaxGapWords)) {
      chain.clear();
    }
    chain.insert(n.target);
    chain_end = std::max(chain_end, n.end);
    if (chain.size() >= kRecitationTargets) return true;
  }
  return false;
}

std::set<std::size_t> recited_list_items(const DocumentAnalysis& a, const std::vector<std::set<std::string>>& named) {
  std::set<std::size_t> out;
  std::size_t i = 0;
  while (i < a.blocks.size()) {
    if (a.blocks[i].block->kind != BlockKind::kListItem) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::set<std::string> targets;
    std::vector<std::size_t> short_naming;
    while (j < a.blocks.size() && a.blocks[j].block->kind == BlockKind::kListItem) {
      const auto& sentences = a.blocks[j].sentences;
      const bool recites_definition =
          std::any_of(sentences.begin(), sentences.end(), [](const auto& s) { return s->definition; });
      if ((a.blocks[j].word_count <= kRecitedItemMaxWords || recites_definition) && !named[j].empty()) {
        short_naming.push_back(j);
        targets.insert(named[j].begin(), named[j].end());
      }
      ++j;
    }
    if (targets.size() >= kRecitationTargets) out.insert(short_naming.begin(), short_naming.end());
    i = j;
  }
  return out;
}

std::set<std::size_t> items_after_recitation_lead(const DocumentAnalysis& a) {
  std::set<std::size_t> out;
  for (std::size_t i = 0; i + 1 < a.blocks.size(); ++i) {
    const AnalyzedBlock& lead = a.blocks[i];
    if (lead.block->kind != BlockKind::kParagraph) continue;
    const bool recites = std::any_of(lead.sentences.begin(), lead.sentences.end(), [](const auto& s) { return s->recitation; });
    if (!introduces_list(lead.block->text) || !recites) continue;
    for (std::size_t j = i + 1; j < a.blocks.size() && a.blocks[j].block->kind == BlockKind::kListItem; ++j) out.insert(j);
  }
  return out;
}

}  // namespace jamkoll
