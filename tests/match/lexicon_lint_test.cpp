// `jamkoll lexicon lint`: the shipped lexicons are clean, and each kind of finding is caught with
// its file and line.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::run_jamkoll;
using testing::TempDir;

TEST(LexiconLint, ShippedLexiconsAreClean) {
  const auto r = run_jamkoll({"lexicon", "lint"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find(" 0 findings"), std::string::npos) << r.out;
}

TEST(LexiconLint, FindsDuplicatesNfdNeverMatchingAndMergedEntries) {
  TempDir dir;
  const std::string nfd_a_ring = "a\xCC\x8A";  // "å" decomposed
  testing::write_file(dir / "test.lex",
                      "# kommentar\n"
                      "kvinnofrid ; compound=any\n"                  // 2
                      "kvinnofrid ; compound=any\n"                  // 3 duplicate
                      "v" + nfd_a_ring + "ld\n"                      // 4 NFD
                      "kvinnor & män\n"                              // 5 "&" is no word
                      "våld ; except=våld\n"                         // 6 excluded by itself
                      "lönegap, löneskillnad\n"                      // 7 merged
                      "jämställdhetsintegreringsarbetsgruppsmötesprotokoll\n");  // 8 run together
  const auto r = run_jamkoll({"lexicon", "lint", (dir / "test.lex").string()});
  EXPECT_EQ(r.exit_code, 1);
  for (const char* expected : {"test.lex:3: duplicate of line 2", "test.lex:4: text is not in Unicode NFC",
                               "test.lex:5: can never match", "test.lex:6: can never match",
                               "test.lex:7: looks like several entries merged", "test.lex:8: looks like words run together"}) {
    EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
  }
}

TEST(LexiconLint, SyntaxErrorIsAFinding) {
  TempDir dir;
  testing::write_file(dir / "fel.lex", "våld ; compound=ibland\n");
  const auto r = run_jamkoll({"lexicon", "lint", (dir / "fel.lex").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("fel.lex:1:"), std::string::npos) << r.out;
}

TEST(LexiconLint, UnreadableFileIsExitTwo) {
  EXPECT_EQ(run_jamkoll({"lexicon", "lint", "/finns/inte.lex"}).exit_code, 2);
  EXPECT_EQ(run_jamkoll({"lexicon"}).exit_code, 64);
}

}  // namespace
}  // namespace jamkoll
