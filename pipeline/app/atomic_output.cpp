#include "app/atomic_output.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace jamkoll {

ReportOutput::ReportOutput(std::string path) : path_(std::move(path)) {
  if (path_.empty()) return;
  temp_path_ = path_ + ".tmp-" + std::to_string(::getpid());
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
}

ReportOutput::~ReportOutput() {
  if (!temp_path_.empty() && !committed_) {
    file_.close();
    std::error_code ec;
    std::filesystem::remove(temp_path_, ec);
  }
}

bool ReportOutput::ok() const { return path_.empty() || file_.is_open(); }

std::ostream& ReportOutput::stream() { return path_.empty() ? std::cout : file_; }

Outcome<void> ReportOutput::commit() {
  if (path_.empty()) {
    std::cout.flush();
    return {};
  }
  file_.flush();
  const bool written = file_.good();
  file_.close();
  if (!written) return Failure::write_failed("cannot write " + path_);
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) return Failure::write_failed("cannot move the report into " + path_);
  committed_ = true;
  return {};
}

}  // namespace jamkoll
