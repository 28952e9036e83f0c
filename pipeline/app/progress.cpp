#include "app/progress.h"

#include <unistd.h>

#include <cstdio>

namespace jamkoll {

Progress::Progress(std::size_t total, bool quiet)
    : enabled_(!quiet && total > 1 && ::isatty(STDERR_FILENO)), total_(total), start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  if (enabled_ && done_ > 0) std::fprintf(stderr, "\n");
}

void Progress::advance() {
  ++done_;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done_ != total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0.0;
  const double left = rate > 0 ? static_cast<double>(total_ - done_) / rate : 0.0;
  std::fprintf(stderr, "\r%zu/%zu filer  %.1f filer/s  %.0f s kvar   ", done_, total_, rate, left);
  std::fflush(stderr);
}

}  // namespace jamkoll
