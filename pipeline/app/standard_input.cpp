#include "app/standard_input.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace jamkoll {

Outcome<std::string> read_bounded(int fd, std::uint64_t max_bytes) {
  std::string bytes;
  std::string chunk(std::size_t{1} << 16, '\0');
  for (;;) {
    const ssize_t got = ::read(fd, chunk.data(), chunk.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Failure::not_found(std::string("standard input could not be read: ") + std::strerror(errno));
    if (got == 0) return bytes;
    if (bytes.size() + static_cast<std::size_t>(got) > max_bytes) {
      return Failure::too_large("standard input holds more than the limit of " + std::to_string(max_bytes >> 20) +
                                      " MiB (--max-file-size)");
    }
    bytes.append(chunk.data(), static_cast<std::size_t>(got));
  }
}

Outcome<std::string> read_standard_input(const ReadLimits& limits) { return read_bounded(STDIN_FILENO, limits.max_file_bytes); }

OptionSpec name_option() {
  return {{"--name"},
          {"NAMN", "NAME"},
          {"utkastets namn i rapporten när det läses från standard in (-); dess filändelse hjälper till att "
           "känna igen formatet",
           "the draft's name in the report when it is read from standard input (-); its extension helps "
           "detect the format"},
          {"-"}};
}

Outcome<std::string> standard_input_name(const ParsedArguments& args, bool reads_stdin) {
  const auto name = args.values.find("--name");
  if (name == args.values.end()) return std::string(kStandardInput);
  if (!reads_stdin) return Failure::usage("--name goes with - (a draft on standard input)");
  if (name->second.empty()) return Failure::usage("--name takes a name that is not empty");
  return name->second;
}

}  // namespace jamkoll
