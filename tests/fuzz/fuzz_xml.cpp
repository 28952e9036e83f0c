// Fuzzes the hardened XML parser, in both modes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/xml_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)jamkoll::parse_xml(bytes, "fuzz.xml");
  jamkoll::XmlParseOptions large;
  large.large_text_nodes = true;
  (void)jamkoll::parse_xml(bytes, "fuzz.xml", large);
  return 0;
}
