// Resource limits for reading untrusted input. Plain struct with safe defaults; every field is a
// command-line option (see docs/formats.md, "Limits").
// Tests: tests/ingest/hostile_input_test.cpp (ReadLimits), tests/app/annotate_command_test.cpp
#pragma once

#include <cstdint>
#include <string>

namespace jamkoll {

struct ReadLimits {
  // Largest input file read at all, and largest single unpacked zip member / all members together.
  std::uint64_t max_file_bytes = 256ull << 20;
  std::uint64_t max_member_bytes = 256ull << 20;
  std::uint64_t max_total_unpacked_bytes = 256ull << 20;
  // Unpacked:packed ratio above which a member is a zip bomb. Checked once a member has produced
  // more than ratio_check_after_bytes, so small, very repetitive XML parts are not refused.
  double max_compression_ratio = 200.0;
  std::uint64_t ratio_check_after_bytes = 1ull << 20;
  std::uint64_t max_zip_entries = 10000;
  // PDFs are parsed by poppler, third-party code, in a child process so that a PDF that crashes or
  // hangs it costs one error entry, not the batch: the executable run as `HELPER __pdf-content`
  // (the jamkoll binary itself; "" parses in this process, as tests and fuzzers do), and how long
  // it may take.
  std::string pdf_helper;
  unsigned pdf_timeout_seconds = 30;  // a 293-page PDF is read in 0.75 s
};

}  // namespace jamkoll
