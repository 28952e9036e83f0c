// `jamkoll check [options] PATH...`: judges every document and writes the report.
#include <iostream>
#include <thread>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/document_checker.h"
#include "app/exit_codes.h"
#include "app/input_files.h"
#include "app/parallel_checks.h"
#include "report/json_report.h"
#include "report/text_report.h"

namespace jamkoll {

int run_check(const std::vector<std::string>& raw) {
  std::set<std::string> with_value = {"--format", "-j", "--jobs"};
  with_value.insert(pack_option_names().begin(), pack_option_names().end());
  with_value.insert(limit_option_names().begin(), limit_option_names().end());
  const ParsedArguments args = parse_arguments(raw, with_value, {});
  if (!args.error.empty()) {
    std::cerr << "jamkoll check: " << args.error << " (see jamkoll --help)\n";
    return exit_code::kUsage;
  }
  const std::string format = args.values.count("--format") ? args.values.at("--format") : "text";
  if (format != "text" && format != "json" && format != "jsonl") {
    std::cerr << "jamkoll check: --format takes text, json or jsonl\n";
    return exit_code::kUsage;
  }
  if (args.positional.empty()) {
    std::cerr << "jamkoll check: name at least one file or directory\n";
    return exit_code::kUsage;
  }
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  for (const char* option : {"-j", "--jobs"}) {
    if (!args.values.count(option)) continue;
    try {
      const int n = std::stoi(args.values.at(option));
      if (n < 1 || n > 256) throw std::out_of_range("jobs");
      jobs = static_cast<unsigned>(n);
    } catch (...) {
      std::cerr << "jamkoll check: " << option << " takes a number from 1 to 256\n";
      return exit_code::kUsage;
    }
  }
  auto language = language_from_options(args);
  auto limits = limits_from_options(args);
  for (const Failure* f : {language ? nullptr : &language.failure(), limits ? nullptr : &limits.failure()}) {
    if (f) {
      std::cerr << "jamkoll check: " << f->message << "\n";
      return exit_code::kUsage;
    }
  }
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll check: " << judge.failure().message << "\n";
    return judge.failure().code == "usage" ? exit_code::kUsage : exit_code::kUnreadable;
  }

  const InputList inputs = collect_inputs(args.positional);
  if (inputs.files.empty()) {
    std::cerr << "jamkoll check: no documents found in " << args.positional.front()
              << (args.positional.size() > 1 ? " …" : "") << " (known extensions: docx odt fodt xml html htm xhtml txt md)\n";
    if (format == "json") {
      ReportContext context{&(*judge)->pack().pack, *language};
      write_json_report(std::cout, {}, context);
    }
    return exit_code::kUnreadable;
  }

  const ReportContext context{&(*judge)->pack().pack, *language};
  std::vector<DocumentResult> results;
  bool any_error = false;
  bool any_gap = false;
  check_in_order(
      inputs.files, jobs, [&](const std::string& path) { return check_file(path, **judge, *limits); },
      [&](DocumentResult& r) {
        if (r.error) {
          any_error = true;
          std::cerr << "jamkoll: " << r.path << ": " << r.error->code << ": " << r.error->message << "\n";
        } else if (!r.verdict.all_required_addressed()) {
          any_gap = true;
        }
        if (format == "jsonl") {
          write_jsonl_line(std::cout, r, context);
        } else if (format == "text") {
          write_text_document(std::cout, r, context);
        }
        if (format != "jsonl") results.push_back(std::move(r));
      });
  if (format == "json") write_json_report(std::cout, results, context);
  if (format == "text") write_text_summary(std::cout, results, context);
  std::cout.flush();
  if (any_error) return exit_code::kUnreadable;
  return any_gap ? exit_code::kFindings : exit_code::kOk;
}

}  // namespace jamkoll
