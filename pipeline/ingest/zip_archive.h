// Read-only view of a zip container held in memory (DOCX, ODT). Backed by libzip, which reads
// data-descriptor and ZIP64 members correctly (Poco's reader returns them empty). Nothing is ever
// written to disk, so member names such as "../x" are just names.
//
// Every read is bounded while inflating: a member larger than ReadLimits::max_member_bytes or the
// archive's running total above max_total_unpacked_bytes fails with "too-large", a ratio above
// max_compression_ratio with "zip-bomb"; CRC errors and truncation fail with "corrupt-zip".
//
// Thread-safety: one ZipArchive per thread.
// Tests: tests/report/annotate/odt_annotator_test.cpp, tests/app/annotate_command_test.cpp,
//   tests/ingest/hostile_input_test.cpp (zip bomb)
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/outcome.h"
#include "ingest/limits.h"

struct zip;

namespace jamkoll {

class ZipArchive {
 public:
  // REQUIRES: bytes outlives the archive.
  static Outcome<std::shared_ptr<ZipArchive>> open(std::string_view bytes, const ReadLimits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool contains(const std::string& name) const;
  const std::vector<std::string>& names() const { return names_; }
  Outcome<std::string> read(const std::string& name);

 private:
  ZipArchive(zip* archive, const ReadLimits& limits);
  zip* archive_;
  ReadLimits limits_;
  std::vector<std::string> names_;
  std::uint64_t unpacked_so_far_ = 0;
};

}  // namespace jamkoll
