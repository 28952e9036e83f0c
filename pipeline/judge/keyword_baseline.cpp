#include "judge/keyword_baseline.h"

namespace jamkoll {

DocumentVerdict keyword_baseline(const Judge& judge, const Document& document) {
  const LoadedPack& pack = judge.pack();
  DocumentVerdict verdict;
  for (const Target& t : pack.pack.targets) {
    TargetVerdict tv;
    tv.target = &t;
    tv.required = judge.is_required(t);
    verdict.targets.push_back(tv);
  }
  MatchCache cache;
  for (const Block& block : document.blocks) {
    const TextFacts text = gather_facts(block.text, *pack.analyzer, *pack.matcher, cache);
    for (const auto& facts : text.sentences) {
      for (TargetVerdict& tv : verdict.targets) {
        if (tv.status == Status::kAddressed) continue;
        for (const Rule& r : tv.target->rules) {
          if (judge.evaluator().evaluate(r, *facts, *text.paragraph)) {
            tv.status = Status::kAddressed;
            tv.score = 1.0;
            break;
          }
        }
      }
    }
  }
  return verdict;
}

}  // namespace jamkoll
