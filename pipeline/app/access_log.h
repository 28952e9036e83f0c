// The HTTP service's access log (check_service.h): one line per answered request on stderr,
//   jamkoll serve: POST /check 200 5321 B 42 ms name=14
// method, path (without the query), status, bytes of the answer's body, milliseconds from the
// head's arrival to the answer, and the length in characters of `name` when one was given. Never
// the draft's content, the query or the name itself: a name can carry a person's name. Bytes of
// the path outside printable ASCII are written \xNN, so a client cannot forge log lines.
//
// Thread-safety: write() may be called from any thread; each line is written whole.
// Tests: tests/app/access_log_test.cpp; fuzzed by tests/fuzz/fuzz_request.cpp
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>

namespace jamkoll {

struct AccessEntry {
  std::string method;
  std::string target;  // as the client sent it; only the part before '?' is logged
  int status = 0;
  std::uint64_t bytes = 0;
  std::chrono::milliseconds elapsed{0};
};

// The line for `entry` (without a newline).
std::string access_line(const AccessEntry& entry);

class AccessLog {
 public:
  // `out`: where lines go (std::cerr in the service); nullptr: nowhere (serve --quiet).
  explicit AccessLog(std::ostream* out) : out_(out) {}
  void write(const AccessEntry& entry);

 private:
  std::ostream* out_;
  std::mutex mutex_;
};

}  // namespace jamkoll
