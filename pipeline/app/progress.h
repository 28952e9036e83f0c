// A progress line on stderr while many files are checked — files done / total, rate and time left —
// only when stderr is a terminal and not `quiet` (check --quiet); nothing at all otherwise (logs and
// pipes stay clean).
// Tests: end to end through tests/app/report_formats_test.cpp (no progress noise off a terminal),
//   tests/app/quiet_test.cpp
#pragma once

#include <chrono>
#include <cstddef>

namespace jamkoll {

class Progress {
 public:
  explicit Progress(std::size_t total, bool quiet = false);
  ~Progress();  // ends the line
  void advance();

 private:
  bool enabled_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace jamkoll
