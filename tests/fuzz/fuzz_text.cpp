// Fuzzes Swedish text analysis and term matching on arbitrary bytes (invalid UTF-8 included).
#include <cstddef>
#include <cstdint>
#include <string>

#include "judge/pack_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto pack = *jamkoll::load_default_pack();
  const std::string text(reinterpret_cast<const char*>(data), size);
  jamkoll::MatchCache cache;
  for (const jamkoll::Sentence& s : pack->analyzer->analyze(text)) {
    for (const jamkoll::Token& t : s.tokens) {
      if (t.begin > t.end || t.end > text.size()) __builtin_trap();  // offsets must stay inside the text
    }
    (void)pack->matcher->match(s, cache);
  }
  return 0;
}
