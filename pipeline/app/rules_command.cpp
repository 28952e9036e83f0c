// `jamkoll rules test [DIR]`: runs every rule's examples (sentences that must and must not match)
// for the pack in DIR, or the built-in pack. `jamkoll rules cases FILE [DIR]`: runs a table of
// verdict cases (judge/verdict_cases.h) against the pack.
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "app/commands.h"
#include "app/exit_codes.h"
#include "judge/data_source.h"
#include "judge/judge.h"
#include "judge/verdict_cases.h"

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

std::string case_verdict(Status status, const std::string& why) {
  return status_name(status) + (why.empty() ? "" : " (" + why + ")");
}

// Prints every failure and stale limit, then the totals per class; exit 1 on a failure.
int report_cases(const std::string& file, const std::vector<VerdictCaseResult>& results) {
  std::map<std::string, std::pair<int, int>> by_class;  // passed, total
  int failures = 0, limits = 0, stale = 0;
  for (const VerdictCaseResult& r : results) {
    const VerdictCase& c = *r.expected;
    auto& [passed, total] = by_class[c.case_class];
    ++total;
    passed += r.passed;
    if (c.known_limit) {
      ++limits;
      if (r.passed) {
        ++stale;
        std::cout << file << ":" << c.line << ": " << c.id << ": known limit now passes; remove its limit note\n";
      }
      continue;
    }
    if (r.passed) continue;
    ++failures;
    std::cout << file << ":" << c.line << ": " << c.id << " [" << c.case_class << "] " << c.target << ": expected "
              << case_verdict(c.status, c.why) << ", got " << case_verdict(r.status, r.why) << "\n";
  }
  for (const auto& [name, counts] : by_class) {
    std::cout << "  " << name << ": " << counts.first << "/" << counts.second << "\n";
  }
  std::cout << results.size() << " cases, " << results.size() - static_cast<std::size_t>(failures + limits) << " passed, "
            << failures << " failed, " << limits << " known limits\n";
  return failures || stale ? exit_code::kFindings : exit_code::kOk;
}

int run_cases(const Judge& judge, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "jamkoll rules: " << file << ": cannot be read\n";
    return exit_code::kUnreadable;
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto cases = parse_verdict_cases(text.str(), file);
  if (!cases) {
    std::cerr << "jamkoll rules: " << cases.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  auto results = run_verdict_cases(judge, *cases);
  if (!results) {
    std::cerr << "jamkoll rules: " << results.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  return report_cases(file, *results);
}

}  // namespace

const CommandSpec& rules_command_spec() {
  static const CommandSpec spec{
      "rules",
      {{"rules test",
        {"[MAPP]", "[DIR]"},
        {"kör varje regels exempelmeningar (standard: det inbyggda paketet)",
         "run every rule's example sentences (default: the built-in pack)"}},
       {"rules cases",
        {"FIL [MAPP]", "FILE [DIR]"},
        {"kör en tabell med bedömningsfall (tests/judge/verdict_cases*.tsv)",
         "run a table of verdict cases (tests/judge/verdict_cases*.tsv)"}}},
      {},
      {"Slutkoder: 0 allt stämmer; 1 något exempel eller fall stämmer inte (eller en känd begränsning klarar sig nu); "
       "2 paketet eller tabellen kunde inte läsas; 64 felaktig kommandorad. Mer: docs/rule-packs.md.",
       "Exit codes: 0 everything passes; 1 some example or case fails (or a known limit now passes); 2 the pack or "
       "the table could not be read; 64 usage error. More: docs/rule-packs.md."}};
  return spec;
}

int run_rules(const std::vector<std::string>& raw) {
  const ParsedArguments parsed = parse_command_line(raw, rules_command_spec());
  const std::vector<std::string>& args = parsed.positional;
  const bool test = !args.empty() && args[0] == "test" && args.size() <= 2;
  const bool cases = !args.empty() && args[0] == "cases" && (args.size() == 2 || args.size() == 3);
  if (!parsed.error.empty() || (!test && !cases)) {
    std::cerr << "usage: jamkoll rules test [DIR]\n       jamkoll rules cases FILE [DIR]\n"
              << (parsed.error.empty() ? "" : "(" + parsed.error + "; see jamkoll rules --help)\n");
    return exit_code::kUsage;
  }
  const std::size_t dir_arg = test ? 1 : 2;
  const bool built_in = args.size() == dir_arg;
  auto source = built_in ? embedded_pack_source("lansstrategi") : directory_pack_source(args[dir_arg]);
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
  if (cases) return run_cases(**judge, args[1]);
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
