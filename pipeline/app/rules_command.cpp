// `jamkoll rules test [DIR]`: runs every rule's examples (sentences that must and must not match)
// for the pack in DIR, or the built-in pack.
#include <iostream>

#include "app/commands.h"
#include "app/exit_codes.h"
#include "judge/data_source.h"
#include "judge/judge.h"

namespace jamkoll {
namespace {

bool rule_matches_text(const Judge& judge, const Rule& rule, const std::string& text) {
  const LoadedPack& pack = judge.pack();
  MatchCache cache;
  const TextFacts facts = gather_facts(text, *pack.analyzer, *pack.matcher, cache);
  for (const auto& sentence : facts.sentences) {
    if (auto m = judge.evaluator().evaluate(rule, *sentence, *facts.paragraph); m && counts_on_its_own(*m)) {
      return true;
    }
  }
  return false;
}

}  // namespace

int run_rules(const std::vector<std::string>& args) {
  if (args.empty() || args[0] != "test" || args.size() > 2) {
    std::cerr << "usage: jamkoll rules test [DIR]\n";
    return exit_code::kUsage;
  }
  const bool built_in = args.size() == 1;
  auto source = built_in ? embedded_pack_source("lansstrategi") : directory_pack_source(args[1]);
  auto pack = load_pack(*source);
  if (!pack) {
    std::cerr << "jamkoll rules: " << pack.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  auto judge = Judge::create(*pack);
  if (!judge) {
    std::cerr << "jamkoll rules: " << judge.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  const std::string file = source->describe("pack.xml");
  int examples = 0;
  int failures = 0;
  for (const Target& target : (*pack)->pack.targets) {
    for (const Rule& rule : target.rules) {
      for (const RuleExample& example : rule.examples) {
        ++examples;
        const bool matched = rule_matches_text(**judge, rule, example.text);
        if (matched != example.should_match) {
          ++failures;
          std::cout << file << ":" << example.line << ": rule " << rule.id << " "
                    << (example.should_match ? "should match but does not" : "matches but should not") << ": «"
                    << example.text << "»\n";
        }
      }
    }
  }
  std::cout << "rule pack " << (*pack)->pack.id << " " << (*pack)->pack.version << ": " << examples << " examples, "
            << examples - failures << " passed, " << failures << " failed\n";
  return failures ? exit_code::kFindings : exit_code::kOk;
}

}  // namespace jamkoll
