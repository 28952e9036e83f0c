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

namespace jamkoll {
namespace {

namespace fs = std::filesystem;

struct Disagreement {
  std::string path, target, expected, got;
};

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

nlohmann::ordered_json summary_json(const Evaluation& e) {
  nlohmann::ordered_json j;
  j["verdicts"] = e.total();
  j["accuracy"] = e.accuracy();
  j["addressed_precision"] = e.addressed_precision();
  j["addressed_recall"] = e.addressed_recall();
  j["addressed_f1"] = e.addressed_f1();
  nlohmann::ordered_json confusion;
  for (Status expected : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
    nlohmann::ordered_json row;
    for (Status got : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
      auto r = e.confusion().find(expected);
      std::size_t n = 0;
      if (r != e.confusion().end() && r->second.count(got)) n = r->second.at(got);
      row[status_name(got)] = n;
    }
    confusion[status_name(expected)] = row;
  }
  j["confusion"] = confusion;
  nlohmann::ordered_json per_target;
  for (const auto& [id, counts] : e.per_target()) {
    per_target[id] = static_cast<double>(counts.first) / static_cast<double>(counts.second);
  }
  j["per_target_accuracy"] = per_target;
  return j;
}

void print_text(std::ostream& out, std::size_t documents, const Evaluation& tool, const Evaluation& baseline,
                const std::vector<Disagreement>& disagreements) {
  out << std::fixed << std::setprecision(3);
  out << documents << " documents, " << tool.total() << " verdicts\n\n";
  out << "                       jamkoll  keyword baseline\n";
  out << "three-class accuracy   " << tool.accuracy() << "    " << baseline.accuracy() << "\n";
  out << "addressed precision    " << tool.addressed_precision() << "    " << baseline.addressed_precision() << "\n";
  out << "addressed recall       " << tool.addressed_recall() << "    " << baseline.addressed_recall() << "\n";
  out << "addressed F1           " << tool.addressed_f1() << "    " << baseline.addressed_f1() << "\n\n";
  out << "confusion (rows: expected, columns: jamkoll)\n             addressed  mentioned  missing\n";
  for (Status e : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
    out << std::left << std::setw(13) << status_name(e) << std::right;
    for (Status g : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
      std::size_t n = 0;
      auto r = tool.confusion().find(e);
      if (r != tool.confusion().end() && r->second.count(g)) n = r->second.at(g);
      out << std::setw(9) << n << "  ";
    }
    out << "\n";
  }
  out << "\nper-target accuracy (jamkoll / baseline)\n";
  for (const auto& [id, counts] : tool.per_target()) {
    const auto& b = baseline.per_target().at(id);
    out << "  " << std::left << std::setw(24) << id << std::right << counts.first << "/" << counts.second << "  "
        << static_cast<double>(counts.first) / static_cast<double>(counts.second) << " / "
        << static_cast<double>(b.first) / static_cast<double>(b.second) << "\n";
  }
  if (!disagreements.empty()) {
    out << "\ndisagreements (document, target, expected → jamkoll)\n";
    for (const Disagreement& d : disagreements) {
      out << "  " << d.path << "  " << d.target << "  " << d.expected << " → " << d.got << "\n";
    }
  }
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
  Evaluation tool, baseline;
  std::vector<Disagreement> disagreements;
  std::size_t documents = 0, left_out = 0;
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
    ++documents;
    const DocumentVerdict verdict = (*judge)->judge(loaded->document);
    const DocumentVerdict naive = keyword_baseline(**judge, loaded->document);
    for (std::size_t i = 0; i < verdict.targets.size(); ++i) {
      const std::string& id = verdict.targets[i].target->id;
      Status want;
      if (!expected.contains(id) || !parse_status(expected[id].get<std::string>(), want)) continue;
      if (second.contains(id) && second[id] != expected[id]) {
        ++left_out;  // the two labellers disagree: the label is left out, as in the measurement
        continue;
      }
      tool.add(id, want, verdict.targets[i].status);
      baseline.add(id, want, naive.targets[i].status);
      if (want != verdict.targets[i].status && !totals_only) {
        disagreements.push_back({path, id, status_name(want), status_name(verdict.targets[i].status)});
      }
    }
  }
  if (documents == 0) {
    std::cerr << "jamkoll eval: no documents with a NAME.expected.json beside them\n";
    return exit_code::kUnreadable;
  }
  if (format == "json") {
    nlohmann::ordered_json j;
    j["schema"] = "jamkoll.eval/1";
    j["rulepack"] = {{"id", (*judge)->pack().pack.id}, {"version", (*judge)->pack().pack.version}};
    j["documents"] = documents;
    j["labels_left_out"] = left_out;
    j["jamkoll"] = summary_json(tool);
    j["keyword_baseline"] = summary_json(baseline);
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Disagreement& d : disagreements) {
      list.push_back({{"path", d.path}, {"target", d.target}, {"expected", d.expected}, {"got", d.got}});
    }
    j["disagreements"] = list;
    if (totals_only) j["disagreements_hidden"] = true;
    std::cout << j.dump(2) << "\n";
  } else {
    print_text(std::cout, documents, tool, baseline, disagreements);
    if (left_out > 0) std::cout << "\nlabels left out (the labellers disagreed): " << left_out << "\n";
    if (totals_only) std::cout << "\ndisagreements: hidden (--totals-only)\n";
  }
  return unreadable ? exit_code::kUnreadable : exit_code::kOk;
}

}  // namespace jamkoll
