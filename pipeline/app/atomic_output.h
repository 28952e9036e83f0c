// Where a report goes: stdout, or with -o FILE a temporary file beside FILE that is renamed over
// it only when the report is complete, so a reader never sees half a report.
// Tests: end to end through tests/app/report_formats_test.cpp (check -o written atomically)
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <string>

#include "common/outcome.h"

namespace jamkoll {

class ReportOutput {
 public:
  // `path` empty: stdout.
  explicit ReportOutput(std::string path);
  ~ReportOutput();  // removes the temporary file unless commit() succeeded
  ReportOutput(const ReportOutput&) = delete;
  ReportOutput& operator=(const ReportOutput&) = delete;

  bool ok() const;  // the temporary file could be created
  std::ostream& stream();
  bool to_file() const { return !path_.empty(); }
  // Flushes and, for a file, renames the temporary file into place.
  Outcome<void> commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace jamkoll
