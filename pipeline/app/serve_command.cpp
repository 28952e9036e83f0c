// `jamkoll serve [options]`: the HTTP service (see check_service.h) until SIGINT or SIGTERM.
#include <csignal>
#include <iostream>

#include <Poco/Exception.h>

#include "app/check_service.h"
#include "app/commands.h"
#include "app/exit_codes.h"

namespace jamkoll {

int run_serve(const std::vector<std::string>& raw) {
  std::set<std::string> with_value = {"--host", "--port", "--max-upload", "--threads"};
  with_value.insert(pack_option_names().begin(), pack_option_names().end());
  with_value.insert(read_option_names().begin(), read_option_names().end());
  const ParsedArguments args = parse_arguments(raw, with_value, {});
  auto fail = [](const std::string& message) {
    std::cerr << "jamkoll serve: " << message
              << " (usage: jamkoll serve [--host 127.0.0.1] [--port 8080] [--max-upload MiB] [--threads N])\n";
    return exit_code::kUsage;
  };
  if (!args.error.empty()) return fail(args.error);
  if (!args.positional.empty()) return fail("takes no file arguments");
  ServiceSettings settings;
  try {
    if (args.values.count("--host")) settings.host = args.values.at("--host");
    if (args.values.count("--port")) settings.port = static_cast<unsigned short>(std::stoi(args.values.at("--port")));
    if (args.values.count("--max-upload")) settings.max_upload_bytes = std::stoull(args.values.at("--max-upload")) << 20;
    if (args.values.count("--threads")) settings.threads = std::stoi(args.values.at("--threads"));
  } catch (...) {
    return fail("--port, --max-upload and --threads take numbers");
  }
  if (settings.threads < 1 || settings.threads > 256 || settings.max_upload_bytes == 0) return fail("numbers out of range");
  auto read_options = read_options_from(args);
  if (!read_options) return fail(read_options.failure().message);
  settings.read = *read_options;
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll serve: " << judge.failure().message << "\n";
    return judge.failure().code == "usage" ? exit_code::kUsage : exit_code::kUnreadable;
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
    std::cerr << "jamkoll serve: listening on http://" << settings.host << ":" << port << " (POST /check, GET /health)\n";
  } catch (const Poco::Exception& e) {
    std::cerr << "jamkoll serve: cannot listen on " << settings.host << ":" << settings.port << ": " << e.displayText() << "\n";
    return exit_code::kUnreadable;
  }
  int received = 0;
  sigwait(&signals, &received);
  service.stop();
  std::cerr << "jamkoll serve: stopped\n";
  return exit_code::kOk;
}

}  // namespace jamkoll
