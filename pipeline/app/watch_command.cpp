// `jamkoll watch [options] IN_DIR OUT_DIR`: a watch folder for automation. Runs until SIGINT or
// SIGTERM (it stops after the draft it is reading); --once reports what is there now and exits:
// 0 when every report was written, 2 when some could not be (or it was stopped first).
#include <csignal>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/exit_codes.h"
#include "app/folder_watch.h"
#include "app/option_values.h"
#include "app/render_report.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> stop_requested{false};
void request_stop(int) { stop_requested = true; }

bool inside(const fs::path& inner, const fs::path& outer) {
  auto mismatch = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return mismatch.first == outer.end();
}

// IN_DIR and OUT_DIR must be apart: a report written inside IN_DIR would be read as a draft at
// the next scan (out/out/out/…), and a cleanup of OUT_DIR must never touch a draft.
bool folders_overlap(const std::string& in_dir, const std::string& out_dir) {
  std::error_code ec;
  const fs::path in = fs::weakly_canonical(fs::absolute(in_dir, ec), ec);
  const fs::path out = fs::weakly_canonical(fs::absolute(out_dir, ec), ec);
  return inside(out, in) || inside(in, out);
}

Outcome<std::vector<ReportFormat>> formats_from(const std::string& list) {
  std::vector<ReportFormat> formats;
  std::stringstream items(list);
  for (std::string f; std::getline(items, f, ',');) {
    const std::optional<ReportFormat> format = report_format_named(f);
    if (!format) return Failure::usage("unknown format '" + f + "'");
    formats.push_back(*format);
  }
  if (formats.empty()) return Failure::usage("--format names at least one format");
  return formats;
}

Outcome<std::chrono::milliseconds> interval_from(const ParsedArguments& args) {
  double interval = 2.0;
  if (args.values.count("--interval")) {
    const std::optional<double> seconds = decimal_in(args.values.at("--interval"), 0.05, 3600);
    if (!seconds) return Failure::usage("--interval takes seconds from 0.05 to 3600");
    interval = *seconds;
  }
  return std::chrono::milliseconds(static_cast<long>(interval * 1000));
}

}  // namespace

const CommandSpec& watch_command_spec() {
  const WatchSettings defaults;
  std::ostringstream interval;
  interval << std::chrono::duration<double>(defaults.interval).count();
  static const CommandSpec spec{
      "watch",
      {{"watch",
        {"[flaggor] IN_MAPP UT_MAPP", "[options] IN_DIR OUT_DIR"},
        {"bevakad mapp: rapporter i UT_MAPP för utkast som läggs i IN_MAPP (docs/automation.md)",
         "watch folder: reports in OUT_DIR for drafts dropped into IN_DIR (docs/automation.md)"}}},
      {{{},
        {{{"--once"},
          {},
          {"rapportera det som finns nu och avsluta (slutkod 2 om någon rapport inte kunde skrivas)",
           "report what is there now and exit (exit 2 when some report could not be written)"},
          {}},
         {{"--interval"},
          {"SEKUNDER", "SECONDS"},
          {"hur ofta mappen läses (0,05–3600)", "how often the folder is scanned (0.05–3600)"},
          {interval.str()}},
         {{"--format"},
          {"FORMAT,..."},
          {"rapporterna som skrivs per utkast, av " + report_format_names(),
           "the reports written per draft, of " + report_format_names()},
          {defaults.format_list()}},
         {{"--removed-to"},
          {"MAPP", "DIR"},
          {"flytta rapporterna för ett borttaget utkast hit i stället för att ta bort dem",
           "move the reports of a removed draft here instead of deleting them"},
          {}},
         {{"--quiet"},
          {},
          {"inga loggrader för det som gick bra (varningar och fel skrivs ändå)",
           "no log lines for what went well (warnings and errors still are)"},
          {}}}},
       language_option_group(),
       pack_option_group(),
       read_option_group()},
      {"Körs tills SIGINT eller SIGTERM (avslutar efter utkastet som läses). Slutkoder: 0 stoppad, eller med --once "
       "alla rapporter skrivna; 2 IN_MAPP saknas, UT_MAPP kan inte skapas, eller med --once någon rapport kunde inte "
       "skrivas; 64 felaktig kommandorad.",
       "Runs until SIGINT or SIGTERM (it stops after the draft it is reading). Exit codes: 0 stopped, or with --once "
       "every report written; 2 IN_DIR is missing, OUT_DIR cannot be made, or with --once some report could not be "
       "written; 64 usage error."}};
  return spec;
}

int run_watch(const std::vector<std::string>& raw) {
  const ParsedArguments args = parse_command_line(raw, watch_command_spec());
  auto fail = [](const std::string& message) {
    std::cerr << "jamkoll watch: " << message << " (see jamkoll watch --help)\n";
    return exit_code::kUsage;
  };
  if (!args.error.empty()) return fail(args.error);
  if (args.positional.size() != 2) return fail("name IN_DIR and OUT_DIR");
  WatchSettings settings;
  settings.in_dir = args.positional[0];
  settings.out_dir = args.positional[1];
  if (args.values.count("--format")) {
    auto formats = formats_from(args.values.at("--format"));
    if (!formats) return fail(formats.failure().message);
    settings.formats = *formats;
  }
  auto interval = interval_from(args);
  if (!interval) return fail(interval.failure().message);
  settings.interval = *interval;
  if (args.values.count("--removed-to")) settings.removed_to = args.values.at("--removed-to");
  auto language = language_from_options(args);
  auto read_options = read_options_from(args);
  if (!language) return fail(language.failure().message);
  if (!read_options) return fail(read_options.failure().message);
  settings.language = *language;
  settings.read = *read_options;
  settings.quiet = args.flags.count("--quiet") > 0;
  if (folders_overlap(settings.in_dir, settings.out_dir)) {
    return fail(settings.out_dir + " and " + settings.in_dir +
                " overlap: OUT_DIR must not be IN_DIR or lie inside it (its reports would be read as drafts), "
                "nor IN_DIR inside OUT_DIR");
  }
  if (!settings.removed_to.empty() && folders_overlap(settings.in_dir, settings.removed_to)) {
    return fail("--removed-to " + settings.removed_to + " must lie outside " + settings.in_dir);
  }
  if (!std::filesystem::is_directory(settings.in_dir)) {
    std::cerr << "jamkoll watch: " << settings.in_dir << ": not a directory\n";
    return exit_code::kUnreadable;
  }
  std::error_code ec;
  std::filesystem::create_directories(settings.out_dir, ec);
  if (ec || !std::filesystem::is_directory(settings.out_dir)) {
    std::cerr << "jamkoll watch: " << settings.out_dir << ": cannot create the folder" << (ec ? ": " + ec.message() : "")
              << "\n";
    return exit_code::kUnreadable;
  }
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll watch: " << judge.failure().message << "\n";
    return exit_code::for_setup_failure(judge.failure());
  }
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  FolderWatch watch(settings, *judge);
  if (args.flags.count("--once")) {
    const ScanSummary summary = watch.scan(/*require_stable=*/false, &stop_requested);
    if (summary.failed > 0) {
      std::cerr << "jamkoll watch: " << summary.failed << " draft(s) without a written report\n";
      return exit_code::kUnreadable;
    }
    if (stop_requested) {
      std::cerr << "jamkoll watch: stopped before every draft was read\n";
      return exit_code::kUnreadable;
    }
    return exit_code::kOk;
  }
  if (!settings.quiet) {
    std::cerr << "jamkoll watch: watching " << settings.in_dir << " → " << settings.out_dir << " (every "
              << settings.interval.count() / 1000.0 << " s; Ctrl-C stops)\n";
  }
  watch.run(stop_requested);
  if (!settings.quiet) std::cerr << "jamkoll watch: stopped\n";
  return exit_code::kOk;
}

}  // namespace jamkoll
