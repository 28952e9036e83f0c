// `jamkoll diff [options] OLD NEW`: what changed between two versions of a draft, or, with two
// folders, between two batches of drafts paired by their path relative to each folder. Exit 1 when
// a required target got worse (in any paired draft), 2 when a draft or folder could not be read.
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/document_checker.h"
#include "app/exit_codes.h"
#include "app/input_files.h"
#include "app/parallel_checks.h"
#include "report/diff_report.h"

namespace jamkoll {
namespace {
namespace fs = std::filesystem;

int usage(const std::string& message) {
  std::cerr << "usage: jamkoll diff [--format text|json|html] [--lang sv|en] [--rules DIR] OLD NEW"
            << (message.empty() ? "" : " (" + message + ")") << " (see jamkoll diff --help)\n";
  return exit_code::kUsage;
}

void report_error(const DocumentResult& r) {
  std::cerr << "jamkoll: " << r.path << ": " << r.error->code << ": " << r.error->message << "\n";
}

// The drafts a folder holds, by their path relative to it ('/'-separated), as a check walks them.
struct FolderDrafts {
  InputList inputs;
  std::map<std::string, std::string> by_relative_path;  // relative → the path to read
};

FolderDrafts folder_drafts(const std::string& folder) {
  FolderDrafts drafts{collect_inputs({folder}), {}};
  const fs::path base(normalised_path(folder));
  for (const std::string& file : drafts.inputs.files) {
    std::string relative = fs::path(file).lexically_relative(base).generic_string();
    if (relative.empty() || relative == ".") relative = fs::path(file).filename().generic_string();  // the folder itself
    drafts.by_relative_path.emplace(relative, file);
  }
  return drafts;
}

// Both folders' drafts, checked (in parallel) and paired by relative path.
FolderDiff diff_folders(const std::string& old_dir, const std::string& new_dir, const Judge& judge,
                        const ReadOptions& options) {
  const FolderDrafts before = folder_drafts(old_dir);
  const FolderDrafts after = folder_drafts(new_dir);
  std::vector<std::string> files = before.inputs.files;
  files.insert(files.end(), after.inputs.files.begin(), after.inputs.files.end());
  std::map<std::string, DocumentResult> results;
  check_in_order(
      files, std::max(1u, std::thread::hardware_concurrency()),
      [&](const std::string& path) {
        for (const FolderDrafts* side : {&before, &after}) {
          if (auto walk_error = side->inputs.walk_errors.find(path); walk_error != side->inputs.walk_errors.end()) {
            DocumentResult folder;
            folder.path = path;
            folder.error = walk_error->second;
            return folder;
          }
        }
        return check_file(path, judge, options);
      },
      [&](DocumentResult& r) { results.emplace(r.path, std::move(r)); });
  FolderDiff diff{old_dir, new_dir, {}};
  std::map<std::string, DraftPair> pairs;
  for (const auto& [relative, path] : before.by_relative_path) pairs[relative].before = results.at(path);
  for (const auto& [relative, path] : after.by_relative_path) pairs[relative].after = results.at(path);
  for (auto& [relative, pair] : pairs) {
    pair.path = relative;
    diff.drafts.push_back(std::move(pair));
  }
  return diff;
}

int run_folder_diff(const std::string& old_dir, const std::string& new_dir, const std::string& format, const Judge& judge,
                    const ReadOptions& options, const ReportContext& context) {
  const FolderDiff diff = diff_folders(old_dir, new_dir, judge, options);
  if (diff.drafts.empty()) {
    std::cerr << "jamkoll diff: no documents found in " << old_dir << " or " << new_dir << "\n";
    return exit_code::kUnreadable;
  }
  if (format == "json") {
    write_folder_diff_json(std::cout, diff, context);
  } else if (format == "html") {
    write_folder_diff_html(std::cout, diff, context);
  } else {
    write_folder_diff_text(std::cout, diff, context);
  }
  bool unreadable = false;
  for (const DraftPair& pair : diff.drafts) {
    for (const auto* side : {&pair.before, &pair.after}) {
      if (*side && (*side)->error) {
        report_error(**side);
        unreadable = true;
      }
    }
  }
  if (unreadable) return exit_code::kUnreadable;
  return any_required_target_got_worse(diff) ? exit_code::kFindings : exit_code::kOk;
}

int run_file_diff(const std::string& old_file, const std::string& new_file, const std::string& format, const Judge& judge,
                  const ReadOptions& options, const ReportContext& context) {
  DocumentResult before = check_file(old_file, judge, options);
  DocumentResult after = check_file(new_file, judge, options);
  for (const DocumentResult* r : {&before, &after}) {
    if (r->error) {
      report_error(*r);
      return exit_code::kUnreadable;
    }
  }
  const std::vector<TargetChange> changes = compare_verdicts(before.verdict, after.verdict);
  if (format == "json") {
    write_diff_json(std::cout, before, after, changes, context);
  } else if (format == "html") {
    const std::string name = fs::path(new_file).filename().string();
    write_folder_diff_html(std::cout, FolderDiff{old_file, new_file, {DraftPair{name, before, after}}}, context);
  } else {
    write_diff_text(std::cout, before, after, changes, context);
  }
  return required_target_got_worse(changes) ? exit_code::kFindings : exit_code::kOk;
}

}  // namespace

const CommandSpec& diff_command_spec() {
  static const CommandSpec spec{
      "diff",
      {{"diff",
        {"[flaggor] GAMMAL NY", "[options] OLD NEW"},
        {"vad som ändrats mellan två utkast, eller mellan två mappar med utkast (parade efter sökväg i "
         "mappen, också tillagda och borttagna utkast); slutkod 1 när ett obligatoriskt mål blivit sämre",
         "what changed between two drafts, or between two folders of drafts (paired by path inside the folder, "
         "also the drafts added or removed); exit 1 when a required target got worse"}}},
      {{{},
        {{{"--format"},
          {"text|json|html"},
          {"utdatans format (json: jamkoll.diff/1, för mappar jamkoll.diff-folders/1)",
           "the output's format (json: jamkoll.diff/1, for folders jamkoll.diff-folders/1)"},
          {"text"}}}},
       language_option_group(),
       pack_option_group(),
       read_option_group()},
      {"Slutkoder: 0 inget obligatoriskt mål blev sämre; 1 något blev det; 2 ett av utkasten kunde inte läsas; 64 "
       "felaktig kommandorad. Mer: docs/reports.md.",
       "Exit codes: 0 no required target got worse; 1 some did; 2 a draft or folder could not be read; 64 usage "
       "error. More: docs/reports.md."}};
  return spec;
}

int run_diff(const std::vector<std::string>& raw) {
  const ParsedArguments args = parse_command_line(raw, diff_command_spec());
  const std::string format = args.values.count("--format") ? args.values.at("--format") : "text";
  if (!args.error.empty()) return usage(args.error);
  if (args.positional.size() != 2) return usage("");
  if (format != "text" && format != "json" && format != "html") return usage("--format takes text, json or html");
  std::error_code ec;
  const bool old_is_folder = fs::is_directory(args.positional[0], ec);
  const bool new_is_folder = fs::is_directory(args.positional[1], ec);
  if (old_is_folder != new_is_folder) {
    const std::string& other = args.positional[old_is_folder ? 1 : 0];
    if (fs::exists(other, ec)) return usage("OLD and NEW must both be files or both be folders");
    std::cerr << "jamkoll diff: " << other << ": not-found: no such folder\n";
    return exit_code::kUnreadable;
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
  const ReportContext context{&(*judge)->pack().pack, *language};
  if (old_is_folder) {
    return run_folder_diff(args.positional[0], args.positional[1], format, **judge, *read_options, context);
  }
  return run_file_diff(args.positional[0], args.positional[1], format, **judge, *read_options, context);
}

}  // namespace jamkoll
