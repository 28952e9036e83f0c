// Fuzzes the lexicon loader, and the matcher built from whatever it accepts.
#include <cstddef>
#include <cstdint>
#include <string>

#include "judge/data_source.h"
#include "judge/pack_loader.h"
#include "match/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto pack = *jamkoll::load_default_pack();
  static const std::string endings =
      *jamkoll::embedded_pack_source("lansstrategi")->read("lexicons/inflection.txt");
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto lexicon = jamkoll::parse_lexicon("fuzz", text, "fuzz.lex");
  if (!lexicon) return 0;
  const jamkoll::TermMatcher matcher({*lexicon}, jamkoll::parse_word_list(endings));
  jamkoll::MatchCache cache;
  for (const std::string& sample : {std::string("Mäns våld mot kvinnor i nära relationer och hem- och omsorgsarbetet."), text}) {
    for (const jamkoll::Sentence& s : pack->analyzer->analyze(sample)) (void)matcher.match(s, cache);
  }
  return 0;
}
