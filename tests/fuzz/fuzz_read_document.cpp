// Fuzzes format detection and every reader behind it (the bytes are written to a file, as users
// hand jamkoll files).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "ingest/read_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/jamkoll-fuzz-" + std::to_string(::getpid());
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  jamkoll::ReadLimits limits;
  limits.max_member_bytes = 8 << 20;
  limits.max_total_unpacked_bytes = 16 << 20;
  (void)jamkoll::read_document(path, limits);
  return 0;
}
