// Fuzzes the DOCX reader on whole files (zip container, relationships, styles, body walker).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/ooxml/docx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  jamkoll::ReadLimits limits;
  limits.max_member_bytes = 8 << 20;  // keep each run fast; the limits themselves are under test
  limits.max_total_unpacked_bytes = 16 << 20;
  (void)jamkoll::read_docx(std::string_view(reinterpret_cast<const char*>(data), size), limits);
  return 0;
}
