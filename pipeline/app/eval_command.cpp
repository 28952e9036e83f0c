// `jamkoll eval [--rules DIR] [--format text|json] PATH...`: compares verdicts with the expected
// verdicts in NAME.expected.json beside each document, for jamkoll and for the naive keyword
// baseline, and lists every disagreement.
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/exit_codes.h"
#include "app/input_files.h"
#include "ingest/read_document.h"
#include "judge/evaluation.h"
#include "judge/keyword_baseline.h"
#include "report/eval_report.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;

std::string expected_path(const std::string& document) {
  fs::path p(document);
  return (p.parent_path() / (p.stem().string() + ".expected.json")).string();
}

// A second, independent labeller's labels of DIR/NAME.ext, if any, in DIR/../second/NAME.json
// ({"targets": {id: status}}); an empty object when there are none.
nlohmann::json second_labels(const std::string& document) {
  const fs::path p(document);
  const fs::path file = p.parent_path().parent_path() / "second" / (p.stem().string() + ".json");
  if (!fs::exists(file)) return nlohmann::json::object();
  std::ifstream in(file);
  return nlohmann::json::parse(in).at("targets");
}

}  // namespace

const CommandSpec& eval_command_spec() {
  static const CommandSpec spec{
      "eval",
      {{"eval",
        {"[flaggor] SÖKVÄG...", "[options] PATH..."},
        {"jämför bedömningarna med filerna NAMN.expected.json", "compare verdicts with NAME.expected.json files"}}},
      {{{},
        {{{"--format"}, {"text|json"}, {"utdatans format (json: jamkoll.eval/1)", "the output's format (json: jamkoll.eval/1)"}, {"text"}},
         {{"--totals-only"},
          {},
          {"bara summorna, inga oenigheter per utkast (för blinda testmängder)",
           "totals only, no disagreements per draft (for blind sets)"},
          {}}}},
       pack_option_group(),
       read_option_group()},
      {"Slutkoder: 0 jämförelsen gjordes; 2 ett dokument eller dess förväntade bedömning kunde inte läsas, eller "
       "inget dokument hade någon; 64 felaktig kommandorad. Mer: docs/accuracy.md.",
       "Exit codes: 0 the comparison was made; 2 a document or its expected verdicts could not be read, or no "
       "document had any; 64 usage error. More: docs/accuracy.md."}};
  return spec;
}

int run_eval(const std::vector<std::string>& raw) {
  const ParsedArguments args = parse_command_line(raw, eval_command_spec());
  // Blind sets (tests/holdout2 … holdout4) are read in totals only: no per-draft disagreements.
  const bool totals_only = args.flags.count("--totals-only") > 0;
  const std::string format = args.values.count("--format") ? args.values.at("--format") : "text";
  if (!args.error.empty() || args.positional.empty() || (format != "text" && format != "json")) {
    std::cerr << "usage: jamkoll eval [--rules DIR] [--format text|json] [--totals-only] PATH..."
              << (args.error.empty() ? "" : " (" + args.error + ")") << " (see jamkoll eval --help)\n";
    return exit_code::kUsage;
  }
  auto read_options = read_options_from(args);
  if (!read_options) {
    std::cerr << "jamkoll eval: " << read_options.failure().message << "\n";
    return exit_code::kUsage;
  }
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll eval: " << judge.failure().message << "\n";
    return exit_code::for_setup_failure(judge.failure());
  }
  EvalRun run;
  run.totals_only = totals_only;
  bool unreadable = false;
  for (const std::string& path : collect_inputs(args.positional).files) {
    const std::string expected_file = expected_path(path);
    if (!fs::exists(expected_file)) continue;  // not an evaluation document
    nlohmann::json expected, second;
    try {
      std::ifstream in(expected_file);
      expected = nlohmann::json::parse(in).at("targets");
      second = second_labels(path);
    } catch (const std::exception& e) {
      std::cerr << "jamkoll eval: " << expected_file << ": " << e.what() << "\n";
      unreadable = true;
      continue;
    }
    auto loaded = read_document(path, read_options->limits, read_options->input_format, read_options->xml_mapping);
    if (!loaded) {
      std::cerr << "jamkoll eval: " << path << ": " << loaded.failure().code << ": " << loaded.failure().message << "\n";
      unreadable = true;
      continue;
    }
    ++run.documents;
    const DocumentVerdict verdict = (*judge)->judge(loaded->document);
    const DocumentVerdict naive = keyword_baseline(**judge, loaded->document);
    for (std::size_t i = 0; i < verdict.targets.size(); ++i) {
      const std::string& id = verdict.targets[i].target->id;
      Status want;
      if (!expected.contains(id) || !parse_status(expected[id].get<std::string>(), want)) continue;
      if (second.contains(id) && second[id] != expected[id]) {
        ++run.labels_left_out;  // the two labellers disagree: the label is left out, as in the measurement
        continue;
      }
      run.tool.add(id, want, verdict.targets[i].status);
      run.baseline.add(id, want, naive.targets[i].status);
      if (want != verdict.targets[i].status && !totals_only) {
        run.disagreements.push_back({path, id, status_name(want), status_name(verdict.targets[i].status)});
      }
    }
  }
  if (run.documents == 0) {
    std::cerr << "jamkoll eval: no documents with a NAME.expected.json beside them\n";
    return exit_code::kUnreadable;
  }
  if (format == "json") {
    std::cout << eval_json(run, (*judge)->pack().pack).dump(2) << "\n";
  } else {
    write_eval_text(std::cout, run);
  }
  return unreadable ? exit_code::kUnreadable : exit_code::kOk;
}

}  // namespace jamkoll
