// common/unicode.h: NFC with a fast path for ASCII and Latin-1 text that must give ICU's answer.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "common/unicode.h"

namespace jamkoll {
namespace {

TEST(Nfc, TheLatin1FastPathGivesIcusAnswerForEveryCodePointUpToU07FF) {
  for (char32_t c = 1; c < 0x800; ++c) {
    std::string one;
    append_utf8(one, c);
    for (const std::string& text : {one, "a" + one + "ö", one + "\xCC\x8A"}) {  // also before a combining ring
      EXPECT_EQ(to_nfc(text), to_nfc_with_icu(text)) << "U+" << std::hex << static_cast<unsigned>(c);
    }
  }
}

TEST(Nfc, DecomposedAndIllFormedTextStillGoesThroughIcu) {
  EXPECT_EQ(to_nfc("Ja\xCC\x88mtland"), "Jämtland");  // a + combining diaeresis composes
  EXPECT_EQ(to_nfc("Jämtland"), "Jämtland");
  for (const std::string bad : {"\xC3", "\xC3(", "a\xC2", "\xFF", "\xC3\xC3\xA5", "\xE2\x82"}) {
    EXPECT_EQ(to_nfc(bad), to_nfc_with_icu(bad)) << bad;
    EXPECT_NE(to_nfc(bad).find("\xEF\xBF\xBD"), std::string::npos) << bad;  // U+FFFD, as ICU writes it
  }
}

TEST(Nfc, RandomByteStringsGetIcusAnswer) {
  std::mt19937 random(20261205);
  const std::string alphabet[] = {"a", "Ö", "å", "\xC3", "\xC2", "\xA5", "\xCC\x8A", "\xE2\x80\x93", " ", "\x80"};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 8);
    for (int i = 0; i < length; ++i) text += alphabet[random() % std::size(alphabet)];
    ASSERT_EQ(to_nfc(text), to_nfc_with_icu(text)) << text;
  }
}

}  // namespace
}  // namespace jamkoll
