// `jamkoll serve [options]`: the HTTP service (see check_service.h) until SIGINT or SIGTERM.
#include <cerrno>
#include <csignal>
#include <iostream>
#include <optional>

#include <Poco/Exception.h>

#include "app/check_service.h"
#include "app/commands.h"
#include "app/exit_codes.h"
#include "app/option_values.h"

namespace jamkoll {
namespace {

// Bounds of the numeric options. Uploads: up to 4 GiB, far above any draft (the default is 32 MiB).
constexpr unsigned long kMaxPort = 65535;
constexpr unsigned long kMaxThreads = 256;
constexpr unsigned long kMaxUploadMiB = 4096;

}  // namespace

const CommandSpec& serve_command_spec() {
  const ServiceSettings defaults;
  static const CommandSpec spec{
      "serve",
      {{"serve",
        {"[flaggor]", "[options]"},
        {"HTTP-tjänst: GET / (en sida för webbläsaren), POST /check, POST /annotate (filen som kropp eller curl -F "
         "file=@F), GET /health, GET /metrics (docs/automation.md)",
         "HTTP service: GET / (a page for the browser), POST /check, POST /annotate (the file as the body or curl "
         "-F file=@F), GET /health, GET /metrics (docs/automation.md)"}}},
      {{{},
        {{{"--host"}, {"ADRESS", "ADDRESS"}, {"adressen att lyssna på", "the address to listen on"}, {defaults.host}},
         {{"--port"}, {"PORT"}, {"porten att lyssna på (" + range_text(1, kMaxPort) + ")", "the port to listen on (" + range_text(1, kMaxPort) + ")"}, {std::to_string(defaults.port)}},
         {{"--max-upload"},
          {"MiB"},
          {"största uppladdade utkast (" + range_text(1, kMaxUploadMiB) + ")", "largest uploaded draft (" + range_text(1, kMaxUploadMiB) + ")"},
          {std::to_string(defaults.max_upload_bytes >> 20)}},
         {{"--threads"},
          {"N"},
          {"förfrågningar som behandlas samtidigt (" + range_text(1, kMaxThreads) + ")",
           "requests handled at once (" + range_text(1, kMaxThreads) + ")"},
          {std::to_string(defaults.threads)}},
         {{"--quiet"},
          {},
          {"ingen åtkomstlogg på stderr (start, stopp och fel skrivs ändå)",
           "no access log on stderr (start, stop and failures still are)"},
          {}}}},
       pack_option_group(),
       read_option_group()},
      {"Körs tills SIGINT eller SIGTERM. Slutkoder: 0 stoppad; 2 porten är upptagen eller regelpaketet kunde inte "
       "läsas; 64 felaktig kommandorad.",
       "Runs until SIGINT or SIGTERM. Exit codes: 0 stopped; 2 the port is in use or the rule pack could not be "
       "read; 64 usage error."}};
  return spec;
}

int run_serve(const std::vector<std::string>& raw) {
  const ParsedArguments args = parse_command_line(raw, serve_command_spec());
  auto fail = [](const std::string& message) {
    std::cerr << "jamkoll serve: " << message << " (see jamkoll serve --help)\n";
    return exit_code::kUsage;
  };
  if (!args.error.empty()) return fail(args.error);
  if (!args.positional.empty()) return fail("takes no file arguments");
  ServiceSettings settings;
  std::string bad_number;
  auto number = [&](const std::string& name, unsigned long low, unsigned long high, unsigned long fallback) {
    if (!args.values.count(name)) return fallback;
    if (auto value = whole_number_in(args.values.at(name), low, high)) return static_cast<unsigned long>(*value);
    if (bad_number.empty()) {
      bad_number = name + " takes a whole number from " + std::to_string(low) + " to " + std::to_string(high) + ", not '" +
                   args.values.at(name) + "'";
    }
    return fallback;
  };
  settings.port = static_cast<unsigned short>(number("--port", 1, kMaxPort, settings.port));
  settings.threads = static_cast<int>(number("--threads", 1, kMaxThreads, static_cast<unsigned long>(settings.threads)));
  settings.max_upload_bytes = static_cast<std::uint64_t>(number("--max-upload", 1, kMaxUploadMiB, settings.max_upload_bytes >> 20)) << 20;
  if (!bad_number.empty()) return fail(bad_number);
  if (args.values.count("--host")) settings.host = args.values.at("--host");
  if (args.flags.count("--quiet")) settings.access_log = nullptr;  // start, stop and failures are still reported
  auto read_options = read_options_from(args);
  if (!read_options) return fail(read_options.failure().message);
  settings.read = *read_options;
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll serve: " << judge.failure().message << "\n";
    return exit_code::for_setup_failure(judge.failure());
  }
  // Block the stop signals in every thread; this one waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  CheckService service(settings, *judge);
  try {
    const unsigned short port = service.start();
    std::cerr << "jamkoll serve: listening on http://" << settings.host << ":" << port << " (GET /, POST /check, POST /annotate, GET /health, GET /metrics)\n";
  } catch (const Poco::Exception& e) {
    std::cerr << "jamkoll serve: cannot listen on " << settings.host << ":" << settings.port << ": "
              << (e.code() == EADDRINUSE ? "port " + std::to_string(settings.port) + " is already in use (another jamkoll serve?)"
                                         : e.displayText())
              << "\n";
    return exit_code::kUnreadable;
  }
  int received = 0;
  sigwait(&signals, &received);
  service.stop();
  std::cerr << "jamkoll serve: stopped\n";
  return exit_code::kOk;
}

}  // namespace jamkoll
