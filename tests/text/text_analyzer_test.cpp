// Sentences and tokens the way a Swedish reader sees them, with exact byte offsets.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "judge/pack_loader.h"
#include "support/test_support.h"
#include "text/text_analyzer.h"

namespace jamkoll {
namespace {

const TextAnalyzer& analyzer() {
  static const auto pack = load_default_pack();
  return *(*pack)->analyzer;
}

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : analyzer().analyze(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Sentences, DoNotEndAfterSwedishAbbreviations) {
  for (const std::string text : {
           "Kvinnor tar t.ex. ut fler föräldradagar än män. Nästa mening.",
           "Länet har bl.a. fyra kommuner med hög ohälsa. Nästa mening.",
           "Se skr. 2016/17:10 om målen. Nästa mening.",
           "Enl. SFS 2007:825 ska länsstyrelsen verka för målen. Nästa mening.",
           "Det framgår av kap. 3 i rapporten. Nästa mening.",
           "Åtgärden har nr. 5 i planen. Nästa mening.",
           "Länet har ca. 250 000 invånare. Nästa mening.",
           "Uppdraget gäller fr.o.m. 2025 och t.o.m. 2028. Nästa mening.",
       }) {
    const auto s = sentences(text);
    ASSERT_EQ(s.size(), 2u) << text;
    EXPECT_EQ(s[1], "Nästa mening.") << text;
  }
}

TEST(Sentences, StillEndAfterWordsThatMerelyEndLikeAbbreviations) {
  // "s." is an abbreviation, but "mäns." ends a sentence: the whole last word is compared.
  EXPECT_EQ(sentences("Det gäller kvinnors och mäns. Nästa mening.").size(), 2u);
  EXPECT_EQ(sentences("Våld i nära relationer ökar. Länsstyrelsen samordnar.").size(), 2u);
}

TEST(Sentences, ClosingAbbreviationsEndASentenceBeforeACapital) {
  EXPECT_EQ(sentences("Det gäller hälsa, utbildning m.m. Nästa mening.").size(), 2u);
  EXPECT_EQ(sentences("Det gäller hälsa, utbildning m.m. som länet ansvarar för.").size(), 1u);
}

TEST(Sentences, LineBreaksEndSentencesInCells) {
  EXPECT_EQ(sentences("Aktivitet\nAnsvarig").size(), 2u);
}

TEST(Tokens, CarryByteOffsetsIntoTheText) {
  const std::string text = "Våldsutsatta kvinnor i Älvby.";
  const auto s = analyzer().analyze(text);
  ASSERT_EQ(s.size(), 1u);
  std::vector<std::string> words;
  ASSERT_EQ(s[0].keys.size(), s[0].tokens.size());  // one key per token
  for (std::size_t i = 0; i < s[0].tokens.size(); ++i) {
    const Token& t = s[0].tokens[i];
    if (t.is_word) {
      words.push_back(text.substr(t.begin, t.end - t.begin));
      EXPECT_EQ(s[0].keys[i], fold_case(words.back()));
    }
  }
  EXPECT_EQ(words, (std::vector<std::string>{"Våldsutsatta", "kvinnor", "i", "Älvby"}));
}

TEST(Tokens, HyphenIsItsOwnTokenInCoordination) {
  const auto s = analyzer().analyze("hem- och omsorgsarbetet");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].keys, (std::vector<std::string>{"hem", "-", "och", "omsorgsarbetet"}));
}

TEST(FoldCase, IsFullCaseFoldingInNfcWithoutSoftHyphens) {
  EXPECT_EQ(fold_case("ÖVERSIKTSPLANERINGEN"), "översiktsplaneringen");
  EXPECT_EQ(fold_case("Ja\xCC\x88msta\xCC\x88lldhet"), "jämställdhet");  // NFD in, NFC out
  EXPECT_EQ(fold_case("jämställd\xC2\xADhet"), "jämställdhet");           // soft hyphen removed
  EXPECT_EQ(fold_case("STRASSE"), "strasse");
  EXPECT_EQ(fold_case("Straße"), "strasse");  // full folding, not just lower-casing
}

std::string utf8_of(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// fold_case folds ASCII and Latin-1 letters without ICU: the keys must be ICU's exactly, or a
// lexicon entry and a token would stop meeting.
TEST(FoldCase, TheLatinFastPathGivesIcusKeysLetterByLetter) {
  for (char32_t c = 1; c < 0x0800; ++c) {
    const std::string one = utf8_of(c);
    EXPECT_EQ(fold_case(one), fold_case_with_icu(one)) << "U+" << std::hex << static_cast<unsigned>(c);
    const std::string word = "Ab" + one + "Öx";
    EXPECT_EQ(fold_case(word), fold_case_with_icu(word)) << "U+" << std::hex << static_cast<unsigned>(c);
  }
  for (const std::string tricky : {"Straße", "µg", "jämställd\xC2\xADhet", "Ja\xCC\x88mt", "\xC3", "\xC3(", "\xC3\xC3"}) {
    EXPECT_EQ(fold_case(tricky), fold_case_with_icu(tricky)) << tricky;
  }
}

TEST(FoldCase, TheLatinFastPathGivesIcusKeysOverRealShapedText) {
  std::size_t words = 0;
  std::size_t non_ascii = 0;
  std::vector<std::filesystem::path> files = {testing::source_dir() / "tests/judge/verdict_cases_real.tsv",
                                              testing::source_dir() / "tests/judge/verdict_cases_core.tsv"};
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_dir() / "lexicons")) {
    files.push_back(entry.path());  // every term the matcher knows
  }
  for (const std::filesystem::path& file : files) {
    const std::string text = testing::read_file(file);
    std::size_t at = 0;
    while (at < text.size()) {
      const std::size_t end = std::min(text.find_first_of(" \t\n.,;:()\"", at), text.size());
      const std::string word = text.substr(at, end - at);
      at = end + 1;
      if (word.empty()) continue;
      ++words;
      if (std::any_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) ++non_ascii;
      ASSERT_EQ(fold_case(word), fold_case_with_icu(word)) << word;
    }
  }
  EXPECT_GT(words, 15000u);
  EXPECT_GT(non_ascii, 3000u);  // å, ä, ö and the rest are really there
}

TEST(Tokens, InvalidUtf8KeepsOffsetsInsideTheText) {
  // Found by fuzz_text: an ill-formed byte used to shift every later offset past the end.
  const std::string text = "Kvinnor \xAE och m\xC3\xA4n i \xE2\x82 l\xC3\xA4net.\xAE";
  for (const Sentence& s : analyzer().analyze(text)) {
    EXPECT_LE(s.end, text.size());
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      ASSERT_LE(t.end, text.size());
      if (t.is_word && s.keys[i] == "män") {
        EXPECT_EQ(text.substr(t.begin, t.end - t.begin), "m\xC3\xA4n");
      }
    }
  }
}

TEST(Tokens, AHugeParagraphIsAnalysedInWindowsWithExactOffsets) {
  // One "paragraph" of ~1 MB without sentence ends: analysed window by window (bounded memory),
  // still every token in order, inside the text and on its word.
  std::string text;
  for (int i = 0; text.size() < 4 * TextAnalyzer::kWindowBytes; ++i) text += (i % 7 == 0 ? "våldsutsatta " : "kvinnor ");
  const auto sentences = analyzer().analyze(text);
  ASSERT_GT(sentences.size(), 3u);
  std::size_t previous_end = 0, words = 0;
  for (const Sentence& s : sentences) {
    EXPECT_GE(s.begin, previous_end);
    for (const Token& t : s.tokens) {
      ASSERT_LE(t.end, text.size());
      EXPECT_GE(t.begin, previous_end);
      previous_end = t.end;
      const std::string word = text.substr(t.begin, t.end - t.begin);
      EXPECT_TRUE(word == "kvinnor" || word == "våldsutsatta") << word;
      ++words;
    }
  }
  std::size_t expected = 0;
  for (std::size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at + 1)) ++expected;
  EXPECT_EQ(words, expected);  // no word lost or split at a window edge

  // Handed out one at a time, the sentences are the same.
  std::vector<std::pair<std::size_t, std::size_t>> streamed;
  analyzer().analyze(text, [&](Sentence&& s) {
    EXPECT_EQ(s.keys.size(), s.tokens.size());
    streamed.emplace_back(s.begin, s.end);
  });
  ASSERT_EQ(streamed.size(), sentences.size());
  for (std::size_t i = 0; i < streamed.size(); ++i) {
    EXPECT_EQ(streamed[i], std::make_pair(sentences[i].begin, sentences[i].end));
  }
}

TEST(Tokens, NfdTextKeepsWordsWholeAndOffsetsExact) {
  const std::string text = "Va\xCC\x8Aldet mot kvinnor.";  // "Våldet" with a combining ring
  const auto s = analyzer().analyze(text);
  ASSERT_EQ(s.size(), 1u);
  ASSERT_FALSE(s[0].tokens.empty());
  const Token& first = s[0].tokens.front();
  EXPECT_EQ(text.substr(first.begin, first.end - first.begin), "Va\xCC\x8Aldet");
  EXPECT_EQ(s[0].keys.front(), "våldet");
}

}  // namespace
}  // namespace jamkoll
