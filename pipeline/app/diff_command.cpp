// `jamkoll diff [options] OLD NEW`: what changed between two versions of a draft. Exit 1 when a
// required target got worse.
#include <iostream>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/document_checker.h"
#include "app/exit_codes.h"
#include "report/diff_report.h"

namespace jamkoll {

const CommandSpec& diff_command_spec() {
  static const CommandSpec spec{
      "diff",
      {{"diff",
        {"[flaggor] GAMMAL NY", "[options] OLD NEW"},
        {"vad som ändrats mellan två utkast; slutkod 1 när ett obligatoriskt mål blivit sämre",
         "what changed between two drafts; exit 1 when a required target got worse"}}},
      {{{}, {{{"--format"}, {"text|json"}, {"utdatans format (json: jamkoll.diff/1)", "the output's format (json: jamkoll.diff/1)"}, {"text"}}}},
       language_option_group(),
       pack_option_group(),
       read_option_group()},
      {"Slutkoder: 0 inget obligatoriskt mål blev sämre; 1 något blev det; 2 ett av utkasten kunde inte läsas; 64 "
       "felaktig kommandorad. Mer: docs/reports.md.",
       "Exit codes: 0 no required target got worse; 1 some did; 2 one of the drafts could not be read; 64 usage "
       "error. More: docs/reports.md."}};
  return spec;
}

int run_diff(const std::vector<std::string>& raw) {
  const ParsedArguments args = parse_command_line(raw, diff_command_spec());
  const std::string format = args.values.count("--format") ? args.values.at("--format") : "text";
  if (!args.error.empty() || args.positional.size() != 2 || (format != "text" && format != "json")) {
    std::cerr << "usage: jamkoll diff [--format text|json] [--lang sv|en] [--rules DIR] OLD NEW"
              << (args.error.empty() ? "" : " (" + args.error + ")") << " (see jamkoll diff --help)\n";
    return exit_code::kUsage;
  }
  auto language = language_from_options(args);
  auto read_options = read_options_from(args);
  if (!language || !read_options) {
    std::cerr << "jamkoll diff: " << (!language ? language.failure().message : read_options.failure().message) << "\n";
    return exit_code::kUsage;
  }
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll diff: " << judge.failure().message << "\n";
    return exit_code::for_setup_failure(judge.failure());
  }
  const DocumentResult before = check_file(args.positional[0], **judge, *read_options);
  const DocumentResult after = check_file(args.positional[1], **judge, *read_options);
  for (const DocumentResult* r : {&before, &after}) {
    if (r->error) {
      std::cerr << "jamkoll: " << r->path << ": " << r->error->code << ": " << r->error->message << "\n";
      return exit_code::kUnreadable;
    }
  }
  const std::vector<TargetChange> changes = compare_verdicts(before.verdict, after.verdict);
  const ReportContext context{&(*judge)->pack().pack, *language};
  if (format == "json") {
    write_diff_json(std::cout, before, after, changes, context);
  } else {
    write_diff_text(std::cout, before, after, changes, context);
  }
  for (const TargetChange& c : changes) {
    if (c.change == Change::kLost && c.after->required) return exit_code::kFindings;
  }
  return exit_code::kOk;
}

}  // namespace jamkoll
