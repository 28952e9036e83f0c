// `jamkoll serve [options]`: the HTTP service (see check_service.h) until SIGINT or SIGTERM.
#include <cerrno>
#include <charconv>
#include <csignal>
#include <iostream>
#include <optional>

#include <Poco/Exception.h>

#include "app/check_service.h"
#include "app/commands.h"
#include "app/exit_codes.h"

namespace jamkoll {
namespace {

// Bounds of the numeric options. Uploads: up to 4 GiB, far above any draft (the default is 32 MiB).
constexpr unsigned long kMaxPort = 65535;
constexpr unsigned long kMaxThreads = 256;
constexpr unsigned long kMaxUploadMiB = 4096;

// Digits only (no sign, space or suffix), within [low, high]; std::stoi would take "8080x" and
// "70000" (then cut to 4464).
std::optional<unsigned long> parse_number(const std::string& text, unsigned long low, unsigned long high) {
  unsigned long value = 0;
  const char* end = text.data() + text.size();
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value < low || value > high) return std::nullopt;
  return value;
}

}  // namespace

int run_serve(const std::vector<std::string>& raw) {
  std::set<std::string> with_value = {"--host", "--port", "--max-upload", "--threads"};
  with_value.insert(pack_option_names().begin(), pack_option_names().end());
  with_value.insert(read_option_names().begin(), read_option_names().end());
  const ParsedArguments args = parse_arguments(raw, with_value, {"--quiet"});
  auto fail = [](const std::string& message) {
    std::cerr << "jamkoll serve: " << message
              << " (usage: jamkoll serve [--host 127.0.0.1] [--port 8080] [--max-upload MiB] [--threads N] [--quiet])\n";
    return exit_code::kUsage;
  };
  if (!args.error.empty()) return fail(args.error);
  if (!args.positional.empty()) return fail("takes no file arguments");
  ServiceSettings settings;
  std::string bad_number;
  auto number = [&](const std::string& name, unsigned long low, unsigned long high, unsigned long fallback) {
    if (!args.values.count(name)) return fallback;
    if (auto value = parse_number(args.values.at(name), low, high)) return *value;
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
