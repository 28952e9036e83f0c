// `jamkoll watch [options] IN_DIR OUT_DIR`: a watch folder for automation. Runs until SIGINT or
// SIGTERM; --once reports what is there now and exits.
#include <csignal>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/exit_codes.h"
#include "app/folder_watch.h"
#include "app/render_report.h"

namespace jamkoll {
namespace {

std::atomic<bool> stop_requested{false};
void request_stop(int) { stop_requested = true; }

}  // namespace

int run_watch(const std::vector<std::string>& raw) {
  std::set<std::string> with_value = {"--format", "--interval"};
  with_value.insert(pack_option_names().begin(), pack_option_names().end());
  with_value.insert(read_option_names().begin(), read_option_names().end());
  const ParsedArguments args = parse_arguments(raw, with_value, {"--once"});
  auto fail = [](const std::string& message) {
    std::cerr << "jamkoll watch: " << message << " (usage: jamkoll watch [--once] [--interval SECONDS] "
              << "[--format json,html] IN_DIR OUT_DIR)\n";
    return exit_code::kUsage;
  };
  if (!args.error.empty()) return fail(args.error);
  if (args.positional.size() != 2) return fail("name IN_DIR and OUT_DIR");
  WatchSettings settings;
  settings.in_dir = args.positional[0];
  settings.out_dir = args.positional[1];
  if (args.values.count("--format")) {
    settings.formats.clear();
    std::stringstream list(args.values.at("--format"));
    for (std::string f; std::getline(list, f, ',');) {
      if (!report_formats().count(f)) return fail("unknown format '" + f + "'");
      settings.formats.push_back(f);
    }
  }
  double interval = 2.0;
  if (args.values.count("--interval")) {
    try {
      interval = std::stod(args.values.at("--interval"));
    } catch (...) {
      interval = -1;
    }
    if (!(interval >= 0.05 && interval <= 3600)) return fail("--interval takes seconds from 0.05 to 3600");
  }
  auto language = language_from_options(args);
  auto read_options = read_options_from(args);
  if (!language) return fail(language.failure().message);
  if (!read_options) return fail(read_options.failure().message);
  settings.language = *language;
  settings.read = *read_options;
  if (!std::filesystem::is_directory(settings.in_dir)) {
    std::cerr << "jamkoll watch: " << settings.in_dir << ": not a directory\n";
    return exit_code::kUnreadable;
  }
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll watch: " << judge.failure().message << "\n";
    return judge.failure().code == "usage" ? exit_code::kUsage : exit_code::kUnreadable;
  }
  FolderWatch watch(settings, *judge);
  if (args.flags.count("--once")) {
    watch.scan(/*require_stable=*/false);
    return exit_code::kOk;
  }
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  std::cerr << "jamkoll watch: watching " << settings.in_dir << " → " << settings.out_dir << " (every " << interval
            << " s; Ctrl-C stops)\n";
  watch.run(std::chrono::milliseconds(static_cast<long>(interval * 1000)), stop_requested);
  std::cerr << "jamkoll watch: stopped\n";
  return exit_code::kOk;
}

}  // namespace jamkoll
