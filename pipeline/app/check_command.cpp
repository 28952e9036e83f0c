// `jamkoll check [options] PATH...`: judges every document and writes the report.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>
#include <variant>

#include "app/atomic_output.h"
#include "app/baseline.h"
#include "app/checked_folder.h"
#include "app/command_options.h"
#include "app/commands.h"
#include "app/document_checker.h"
#include "app/exit_codes.h"
#include "app/fail_on.h"
#include "app/input_files.h"
#include "app/parallel_checks.h"
#include "app/progress.h"
#include "app/option_values.h"
#include "app/render_report.h"
#include "app/standard_input.h"
#include "report/json_report.h"
#include "report/text_report.h"

namespace jamkoll {
namespace {

int usage(const std::string& message) {
  std::cerr << "jamkoll check: " << message << " (see jamkoll check --help)\n";
  return exit_code::kUsage;
}

constexpr unsigned long long kMaxJobs = 256;

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

// The draft on standard input as a result: read within the limit, then judged under `name`.
DocumentResult check_standard_input(const std::string& name, const Judge& judge, const ReadOptions& options) {
  auto bytes = read_standard_input(options.limits);
  if (!bytes) {
    DocumentResult unread;
    unread.path = name;
    unread.error = bytes.failure();
    return unread;
  }
  return check_bytes(name, *bytes, judge, options);
}

// Stands in the file list for "-": no path holds a NUL, so it never equals a file's.
const std::string kStdinEntry("\0-", 2);

// check's own settings from its command line, checked before anything is read (the shared
// options are read by command_options.h). Failure: the usage error's message.
struct CheckSettings {
  ReportFormat format = ReportFormat::kText;
  bool excel = false;
  unsigned jobs = 1;
  FailOn fail_on = FailOn::kMentioned;
  bool quiet = false;
  std::vector<std::string> paths;  // the operands but "-"
  bool reads_stdin = false;        // "-" among them
  std::string stdin_name;          // --name, or "-"
  std::string output_path;         // "" = stdout
};

Outcome<CheckSettings> check_settings_from(const ParsedArguments& args) {
  CheckSettings s;
  if (args.values.count("--format")) {
    const std::optional<ReportFormat> format = report_format_named(args.values.at("--format"));
    if (!format) return Failure::usage("--format takes " + report_format_names());
    s.format = *format;
  }
  s.excel = args.flags.count("--excel") > 0;
  if (s.excel && !report_format_info(s.format).excel) {
    return Failure::usage("--excel goes with --format csv or matrix-csv");
  }
  if (args.positional.empty()) return Failure::usage("name at least one file or directory (or - for standard input)");
  for (const std::string& operand : args.positional) {
    if (operand != kStandardInput) {
      s.paths.push_back(operand);
    } else if (s.reads_stdin) {
      return Failure::usage("- (standard input) can be named once");
    } else {
      s.reads_stdin = true;
    }
  }
  auto name = standard_input_name(args, s.reads_stdin);
  if (!name) return name.failure();
  s.stdin_name = *name;
  const auto fail_on = fail_on_from_name(args.values.count("--fail-on") ? args.values.at("--fail-on") : "mentioned");
  if (!fail_on) return Failure::usage("--fail-on takes mentioned, missing or never");
  s.fail_on = *fail_on;
  s.jobs = default_jobs();
  if (args.values.count("--jobs")) {
    const auto jobs = whole_number_in(args.values.at("--jobs"), 1, kMaxJobs);
    if (!jobs) return Failure::usage("-j/--jobs takes a number from 1 to " + std::to_string(kMaxJobs));
    s.jobs = static_cast<unsigned>(*jobs);
  }
  s.quiet = args.flags.count("--quiet") > 0;
  s.output_path = args.values.count("--output") ? args.values.at("--output") : "";
  return s;
}

}  // namespace

const CommandSpec& check_command_spec() {
  static const CommandSpec spec{
      "check",
      {{"check",
        {"[flaggor] SÖKVÄG...", "[options] PATH..."},
        {"bedömer dokument (filer, eller mappar som gås igenom rekursivt); - läser ett utkast från standard in",
         "judge documents (files, or directories walked recursively); - reads a draft from standard input"}}},
      {{{},
        {{{"--format"}, {"FORMAT"}, {"rapportens format: " + report_format_names(), "the report's format: " + report_format_names()}, {"text"}},
         {{"--excel"},
          {},
          {"csv/matrix-csv som svenska Excel öppnar med dubbelklick (BOM, ';', decimalkomma)",
           "csv/matrix-csv that Swedish Excel opens by double-click (BOM, ';', decimal comma)"},
          {}},
         {{"-o", "--output"},
          {"FIL", "FILE"},
          {"skriv rapporten till FIL, via en temporär fil som sedan byter namn",
           "write the report to FILE, through a temporary file then renamed"},
          {"standard ut", "standard output"}},
         {{"--fail-on"},
          {"mentioned|missing|never"},
          {"när slutkoden blir 1: mentioned – ett obligatoriskt mål behandlas inte (nämns eller saknas); missing – "
           "ett obligatoriskt mål saknas helt; never – aldrig för luckor (oläsbar indata ger ändå 2)",
           "when the exit code is 1: mentioned – a required target is not addressed (mentioned or missing); "
           "missing – a required target is missing altogether; never – never for gaps (unreadable input still "
           "gives 2)"},
          {"mentioned"}},
         {{"--baseline"},
          {"FIL", "FILE"},
          {"godtagna luckor: bara nya luckor räknas för slutkoden", "accepted gaps: only new gaps count for the exit code"},
          {}},
         {{"--write-baseline"},
          {"FIL", "FILE"},
          {"spara dagens luckor som godtagna (slutkod 0)", "record the current gaps as accepted (exit 0)"},
          {}},
         {{"-j", "--jobs"},
          {"N"},
          {"filer som läses parallellt (1–256)", "files checked in parallel (1–256)"},
          {"antalet kärnor, här " + std::to_string(default_jobs()), "the number of cores, here " + std::to_string(default_jobs())}},
         name_option(),
         {{"--quiet"},
          {},
          {"ingen förloppsrad på stderr (varningar och fel skrivs ändå)", "no progress line on stderr (warnings and errors still are)"},
          {}}}},
       language_option_group(),
       pack_option_group(),
       read_option_group()},
      {"Slutkoder: 0 alla obligatoriska mål behandlas i alla dokument; 1 något obligatoriskt mål behandlas inte "
       "(se --fail-on); 2 någon sökväg kunde inte läsas eller fanns inte, eller inget dokument hittades (2 går före "
       "1; allt som kunde läsas rapporteras ändå); 64 felaktig kommandorad. Rapporten skrivs på standard ut, "
       "förlopp, varningar och fel på standard fel. Mer: docs/reports.md, docs/formats.md.",
       "Exit codes: 0 every required target addressed in every document; 1 some required target not addressed "
       "(see --fail-on); 2 some path could not be read or did not exist, or no document was found (2 wins over 1; "
       "everything readable is still reported); 64 usage error. The report goes to standard output; progress, "
       "warnings and errors to standard error. More: docs/reports.md, docs/formats.md."}};
  return spec;
}

namespace {

// Everything check needs before it reads a document, read from its command line.
struct CheckSetup {
  CheckSettings settings;
  Language language = Language::kSwedish;
  ReadOptions read_options;
  std::optional<Baseline> baseline;
  std::shared_ptr<const Judge> judge;
};

// The setup, or the exit code of why there is none (its message already on stderr).
std::variant<CheckSetup, int> set_up_check(const ParsedArguments& args) {
  auto settings = check_settings_from(args);
  if (!settings) return usage(settings.failure().message);
  auto language = language_from_options(args);
  if (!language) return usage(language.failure().message);
  auto read_options = read_options_from(args);
  if (!read_options) return usage(read_options.failure().message);
  CheckSetup setup{std::move(*settings), *language, std::move(*read_options), std::nullopt, nullptr};
  if (args.values.count("--baseline")) {
    auto read = Baseline::read(args.values.at("--baseline"));
    if (!read) {
      std::cerr << "jamkoll check: " << read.failure().message << "\n";
      return exit_code::for_setup_failure(read.failure());
    }
    setup.baseline = std::move(*read);
  }
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll check: " << judge.failure().message << "\n";
    return exit_code::for_setup_failure(judge.failure());
  }
  setup.judge = std::move(*judge);
  return setup;
}

// What the documents came to, for the exit code.
struct CheckTally {
  std::vector<DocumentResult> results;
  bool any_error = false;
  bool any_gap = false;
};

// Checks every input in order (in parallel with -j), streaming the per-document formats to `out`
// and every warning and error to stderr.
CheckTally check_inputs(const InputList& inputs, CheckSetup& setup, const CheckedFolder& folder,
                        const ReportContext& context, std::ostream& out, bool colour) {
  CheckTally tally;
  const CheckSettings& settings = setup.settings;
  Progress progress(inputs.files.size(), settings.quiet);
  check_in_order(
      inputs.files, settings.jobs,
      [&](const std::string& path) {
        if (path == kStdinEntry) return check_standard_input(settings.stdin_name, *setup.judge, setup.read_options);
        if (auto walk_error = inputs.walk_errors.find(path); walk_error != inputs.walk_errors.end()) {
          DocumentResult unreadable_folder;
          unreadable_folder.path = path;
          unreadable_folder.error = walk_error->second;
          return unreadable_folder;
        }
        return check_file(path, *setup.judge, setup.read_options);
      },
      [&](DocumentResult& r) {
        progress.advance();
        if (setup.baseline) setup.baseline->apply(r, folder);
        for (const std::string& w : r.warnings) std::cerr << "jamkoll: " << r.path << ": warning: " << w << "\n";
        if (r.error) {
          tally.any_error = true;
          std::cerr << "jamkoll: " << r.path << ": " << r.error->code << ": " << r.error->message << "\n";
        } else if (fails_check(r, settings.fail_on)) {
          tally.any_gap = true;
        }
        if (settings.format == ReportFormat::kJsonl) {
          write_jsonl_line(out, r, context);
        } else if (settings.format == ReportFormat::kText) {
          write_text_document(out, r, context, colour);
        }
        tally.results.push_back(std::move(r));
      });
  return tally;
}

// The report's end (the text summary, or the whole report of a batch format), the output
// committed, the baseline written; the exit code.
int finish_check(const ParsedArguments& args, const CheckSetup& setup, const CheckTally& tally,
                 const CheckedFolder& folder, const ReportContext& context, ReportOutput& output) {
  const ReportFormat format = setup.settings.format;
  if (setup.baseline) {
    for (const std::string& line : setup.baseline->unmatched()) std::cerr << "jamkoll check: warning: baseline " << line << "\n";
  }
  if (format == ReportFormat::kText) {
    write_text_summary(output.stream(), tally.results, context);  // the documents were streamed
  } else if (!report_format_info(format).per_document) {
    render_report(output.stream(), tally.results, context, format, setup.settings.excel);
  }
  if (auto committed = output.commit(); !committed) {
    std::cerr << "jamkoll check: " << committed.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  if (args.values.count("--write-baseline")) {
    if (auto written = Baseline::from_results(tally.results, folder).write(args.values.at("--write-baseline")); !written) {
      std::cerr << "jamkoll check: " << written.failure().message << "\n";
      return exit_code::kUnreadable;
    }
    return tally.any_error ? exit_code::kUnreadable : exit_code::kOk;  // recording gaps is not a failure
  }
  if (tally.any_error) return exit_code::kUnreadable;
  return tally.any_gap ? exit_code::kFindings : exit_code::kOk;
}

}  // namespace

// Parse and set up, stream the documents, finish the report.
int run_check(const std::vector<std::string>& raw) {
  const ParsedArguments args = parse_command_line(raw, check_command_spec());
  if (!args.error.empty()) return usage(args.error);
  auto set_up = set_up_check(args);
  if (const int* code = std::get_if<int>(&set_up)) return *code;
  CheckSetup& setup = std::get<CheckSetup>(set_up);
  const ReportFormat format = setup.settings.format;
  const ReportContext context{&setup.judge->pack().pack, setup.language};
  ReportOutput output(setup.settings.output_path);
  if (!output.ok()) {
    std::cerr << "jamkoll check: cannot write " << setup.settings.output_path << "\n";
    return exit_code::kUnreadable;
  }
  const bool colour = format == ReportFormat::kText && !output.to_file() && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
  InputList inputs = collect_inputs(setup.settings.paths);
  if (setup.settings.reads_stdin) inputs.files.insert(inputs.files.begin(), kStdinEntry);  // reported first
  const CheckedFolder checked_folder(setup.settings.paths);  // what baseline paths are relative to
  if (inputs.files.empty()) {
    std::cerr << "jamkoll check: no documents found in " << args.positional.front()
              << (args.positional.size() > 1 ? " …" : "") << " (known extensions: docx odt fodt xml html htm xhtml txt md pdf)\n";
    if (format == ReportFormat::kJson) write_json_report(output.stream(), {}, context);
    (void)output.commit();
    return exit_code::kUnreadable;
  }
  const CheckTally tally = check_inputs(inputs, setup, checked_folder, context, output.stream(), colour);
  return finish_check(args, setup, tally, checked_folder, context, output);
}

}  // namespace jamkoll
