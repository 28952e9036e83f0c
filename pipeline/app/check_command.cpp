// `jamkoll check [options] PATH...`: judges every document and writes the report.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <thread>

#include "app/atomic_output.h"
#include "app/baseline.h"
#include "app/checked_folder.h"
#include "app/command_options.h"
#include "app/commands.h"
#include "app/document_checker.h"
#include "app/exit_codes.h"
#include "app/input_files.h"
#include "app/parallel_checks.h"
#include "app/progress.h"
#include "app/render_report.h"
#include "report/json_report.h"
#include "report/text_report.h"

namespace jamkoll {
namespace {

int usage(const std::string& message) {
  std::cerr << "jamkoll check: " << message << " (see jamkoll --help)\n";
  return exit_code::kUsage;
}

}  // namespace

int run_check(const std::vector<std::string>& raw) {
  std::set<std::string> with_value = {"--format", "-j", "--jobs", "-o", "--output", "--baseline", "--write-baseline"};
  with_value.insert(pack_option_names().begin(), pack_option_names().end());
  with_value.insert(read_option_names().begin(), read_option_names().end());
  const ParsedArguments args = parse_arguments(raw, with_value, {"--excel"});
  if (!args.error.empty()) return usage(args.error);
  const std::string format = args.values.count("--format") ? args.values.at("--format") : "text";
  if (!report_formats().count(format)) return usage("--format takes text, json, jsonl, csv, matrix-csv, html or junit");
  if (args.flags.count("--excel") && format != "csv" && format != "matrix-csv") {
    return usage("--excel goes with --format csv or matrix-csv");
  }
  if (args.positional.empty()) return usage("name at least one file or directory");
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  for (const char* option : {"-j", "--jobs"}) {
    if (!args.values.count(option)) continue;
    try {
      const int n = std::stoi(args.values.at(option));
      if (n < 1 || n > 256) throw std::out_of_range("jobs");
      jobs = static_cast<unsigned>(n);
    } catch (...) {
      return usage(std::string(option) + " takes a number from 1 to 256");
    }
  }
  auto language = language_from_options(args);
  if (!language) return usage(language.failure().message);
  auto read_options = read_options_from(args);
  if (!read_options) return usage(read_options.failure().message);
  std::optional<Baseline> baseline;
  if (args.values.count("--baseline")) {
    auto read = Baseline::read(args.values.at("--baseline"));
    if (!read) {
      std::cerr << "jamkoll check: " << read.failure().message << "\n";
      return exit_code::for_setup_failure(read.failure());
    }
    baseline = std::move(*read);
  }
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll check: " << judge.failure().message << "\n";
    return exit_code::for_setup_failure(judge.failure());
  }
  const ReportContext context{&(*judge)->pack().pack, *language};
  std::string output_path;
  for (const char* option : {"-o", "--output"}) {
    if (args.values.count(option)) output_path = args.values.at(option);
  }
  ReportOutput output(output_path);
  if (!output.ok()) {
    std::cerr << "jamkoll check: cannot write " << output_path << "\n";
    return exit_code::kUnreadable;
  }
  std::ostream& out = output.stream();
  const bool colour = format == "text" && !output.to_file() && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");

  const InputList inputs = collect_inputs(args.positional);
  const CheckedFolder checked_folder(args.positional);  // what baseline paths are relative to
  if (inputs.files.empty()) {
    std::cerr << "jamkoll check: no documents found in " << args.positional.front()
              << (args.positional.size() > 1 ? " …" : "") << " (known extensions: docx odt fodt xml html htm xhtml txt md pdf)\n";
    if (format == "json") write_json_report(out, {}, context);
    (void)output.commit();
    return exit_code::kUnreadable;
  }

  std::vector<DocumentResult> results;
  bool any_error = false;
  bool any_gap = false;
  {
    Progress progress(inputs.files.size());
    check_in_order(
        inputs.files, jobs,
        [&](const std::string& path) {
          if (auto walk_error = inputs.walk_errors.find(path); walk_error != inputs.walk_errors.end()) {
            DocumentResult folder;
            folder.path = path;
            folder.error = walk_error->second;
            return folder;
          }
          return check_file(path, **judge, *read_options);
        },
        [&](DocumentResult& r) {
          progress.advance();
          if (baseline) baseline->apply(r, checked_folder);
          for (const std::string& w : r.warnings) std::cerr << "jamkoll: " << r.path << ": warning: " << w << "\n";
          if (r.error) {
            any_error = true;
            std::cerr << "jamkoll: " << r.path << ": " << r.error->code << ": " << r.error->message << "\n";
          } else if (r.has_new_gaps()) {
            any_gap = true;
          }
          if (format == "jsonl") {
            write_jsonl_line(out, r, context);
          } else if (format == "text") {
            write_text_document(out, r, context, colour);
          }
          results.push_back(std::move(r));
        });
  }
  if (baseline) {
    for (const std::string& line : baseline->unmatched()) std::cerr << "jamkoll check: warning: baseline " << line << "\n";
  }
  if (format == "text") {
    write_text_summary(out, results, context);  // the documents were streamed above
  } else if (format != "jsonl") {
    render_report(out, results, context, format, args.flags.count("--excel") > 0);
  }
  if (auto committed = output.commit(); !committed) {
    std::cerr << "jamkoll check: " << committed.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  if (args.values.count("--write-baseline")) {
    if (auto written = Baseline::from_results(results, checked_folder).write(args.values.at("--write-baseline")); !written) {
      std::cerr << "jamkoll check: " << written.failure().message << "\n";
      return exit_code::kUnreadable;
    }
    return any_error ? exit_code::kUnreadable : exit_code::kOk;  // recording gaps is not a failure
  }
  if (any_error) return exit_code::kUnreadable;
  return any_gap ? exit_code::kFindings : exit_code::kOk;
}

}  // namespace jamkoll
