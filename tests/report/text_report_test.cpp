// The terminal report (report/text_report.h) on a verdict model built in code: Swedish by default, English on request, the evidence and where it stands, the error line with its code, colour, and the summary line.
#include <gtest/gtest.h>

#include <sstream>

#include "report/text_report.h"
#include "report/writer_fixture.h"

namespace jamkoll {
namespace {

namespace fx = writer_fixture;

std::string text(const DocumentResult& r, Language language = Language::kSwedish, bool colour = false) {
  std::ostringstream out;
  write_text_document(out, r, fx::context(language), colour);
  return out.str();
}

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// Missing targets: all but goal.economy and goal.health. Required not addressed: all required but goal.economy.
std::string counts_sv() {
  return std::to_string(fx::pack().targets.size() - 2) + " saknas; obligatoriska som inte behandlas: " +
         std::to_string(fx::required_count() - 1);
}

TEST(TextReportWriter, IsSwedishByDefault) {
  const std::string out = text(fx::checked_draft());
  EXPECT_EQ(out.rfind(fx::kDraftPath + " (docx)\n", 0), 0u) << out;
  // The status word padded to a column, then the id and the label.
  EXPECT_TRUE(has(out, "\n  ✔ behandlas goal.economy – Ekonomisk jämställdhet\n")) << out;
  EXPECT_TRUE(has(out, "\n  ~ nämns    goal.health – ")) << out;
  EXPECT_TRUE(has(out, "\n  ✘ saknas    area.planning – ")) << out;
  EXPECT_TRUE(has(out, "  Att åtgärda (" + std::to_string(fx::required_count() - 1) +
                           " obligatoriska mål och krav behandlas inte):\n"))
      << out;
  EXPECT_TRUE(has(out, "Nämns bara i en uppräkning av mål eller områden, inte som eget arbete.")) << out;
  EXPECT_TRUE(has(out, "area.rural – " + fx::target("area.rural").label_sv + " (valfritt)\n")) << out;
  EXPECT_TRUE(has(out, "  Summa: 1 behandlas, 1 nämns, " + counts_sv() + "\n\n")) << out;
  EXPECT_FALSE(has(out, "addressed")) << out;
  EXPECT_FALSE(has(out, "Total:")) << out;
}

TEST(TextReportWriter, IsEnglishWhenAsked) {
  const std::string out = text(fx::checked_draft(), Language::kEnglish);
  const std::string economy_en = fx::target("goal.economy").label_en;
  ASSERT_FALSE(economy_en.empty());
  EXPECT_TRUE(has(out, "\n  ✔ addressed goal.economy – " + economy_en + "\n")) << out;
  EXPECT_TRUE(has(out, "\n  ~ mentioned goal.health – ")) << out;
  EXPECT_TRUE(has(out, "  To fix (" + std::to_string(fx::required_count() - 1) +
                           " required goals and requirements not addressed):\n"))
      << out;
  EXPECT_TRUE(has(out, "Only named in a recitation of goals or areas, not worked on.")) << out;
  EXPECT_TRUE(has(out, " (optional)\n")) << out;
  EXPECT_TRUE(has(out, "  Total: 1 addressed, 1 mentioned, " + std::to_string(fx::pack().targets.size() - 2) +
                           " missing; required not addressed: " + std::to_string(fx::required_count() - 1) + "\n"))
      << out;
  EXPECT_FALSE(has(out, "behandlas")) << out;
  EXPECT_FALSE(has(out, "Summa:")) << out;
}

TEST(TextReportWriter, PrintsTheFirstEvidenceSentenceAndWhereItStands) {
  const std::string out = text(fx::checked_draft());
  // As written: a terminal report needs no escaping.
  EXPECT_TRUE(has(out, "\n      «" + fx::kAddressedText + "»  [3 Mål › 3.2 Ekonomisk jämställdhet]\n")) << out;
  EXPECT_TRUE(has(out, "«" + fx::kMentionedText + "»  [1 Inledning]\n")) << out;
  // The mentioned target under "Att åtgärda" says where it was named.
  EXPECT_TRUE(has(out, "Nämns under: 1 Inledning\n")) << out;
  // The addressed target's profile sentence.
  EXPECT_TRUE(has(out, "      Innehåll: analys, ")) << out;
}

TEST(TextReportWriter, AnUnreadableFileIsOneErrorLineWithItsCode) {
  EXPECT_EQ(text(fx::broken_file()), fx::kBrokenPath + "\n  FEL [corrupt-zip] filen är skadad (inget läsbart zip-arkiv): " +
                                         fx::kBrokenMessage + "\n\n");
  EXPECT_EQ(text(fx::broken_file(), Language::kEnglish),
            fx::kBrokenPath + "\n  ERROR [corrupt-zip] the file is damaged (not a readable zip archive): " +
                fx::kBrokenMessage + "\n\n");
}

TEST(TextReportWriter, ColoursTheStatusOnlyWhenAsked) {
  const std::string plain = text(fx::checked_draft());
  EXPECT_FALSE(has(plain, "\033[")) << plain;
  const std::string coloured = text(fx::checked_draft(), Language::kSwedish, true);
  EXPECT_TRUE(has(coloured, "\033[32m✔ behandlas\033[0m goal.economy")) << coloured;
  EXPECT_TRUE(has(coloured, "\033[33m~ nämns\033[0m    goal.health")) << coloured;
  EXPECT_TRUE(has(coloured, "\033[31m✘ saknas\033[0m    area.planning")) << coloured;
}

TEST(TextReportWriter, TheSummaryCountsDraftsWithGapsAndUnreadableFiles) {
  std::ostringstream sv, en;
  write_text_summary(sv, fx::both(), fx::context());
  write_text_summary(en, fx::both(), fx::context(Language::kEnglish));
  EXPECT_EQ(sv.str(), "2 dokument: 0 behandlar alla obligatoriska mål och krav, 1 har luckor, 1 kunde inte läsas.\n");
  EXPECT_EQ(en.str(), "2 documents: 0 address every required target, 1 have gaps, 1 could not be read.\n");
  // A draft whose gaps are all accepted by a baseline has no new ones.
  DocumentResult accepted = fx::checked_draft();
  for (const TargetVerdict& t : accepted.verdict.targets) {
    if (t.required && t.status != Status::kAddressed) accepted.accepted_gaps.insert(t.target->id);
  }
  std::ostringstream baseline;
  write_text_summary(baseline, {accepted}, fx::context());
  EXPECT_EQ(baseline.str(), "1 dokument: inga nya luckor (" + std::to_string(fx::required_count() - 1) +
                                " accepterade), 0 kunde inte läsas.\n");
}

}  // namespace
}  // namespace jamkoll
