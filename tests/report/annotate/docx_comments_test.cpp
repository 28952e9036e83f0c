// What the comments of a reviewed DOCX say and where they stand (report/annotate/comment_plan.h,
// docx_annotator.h): a mentioned target's comment at its evidence, the summary at the start.
#include <gtest/gtest.h>

#include <set>

#include "report/annotate/annotate_test_support.h"

namespace jamkoll {
namespace {

using namespace annotate_testing;
using testing::source_dir;

TEST(DocxAnnotator, EachMentionedTargetGetsOneCommentAtItsEvidenceSayingWhyAndWhatWouldCount) {
  for (const char* sample :
       {"samples/tidigt_skelett.docx", "samples/partiell_rabblar_mal.docx", "samples/utfyllnad_under_rubriker.docx",
        "samples/inklistrad_webbsida.docx", "samples/perspektiv_och_diskriminering.docx"}) {
    SCOPED_TRACE(sample);
    const Checked before = check(testing::read_file(source_dir() / sample));
    const Checked after = annotated(before);
    const auto parts = members(after.bytes);
    const std::vector<WordComment> comments = comments_of(comments_part(parts));
    int mentioned_in_body = 0;
    for (const TargetVerdict& tv : before.verdict.targets) {
      if (tv.status != Status::kMentioned) continue;
      const std::string head = "jamkoll: ”" + target_label(*tv.target, Language::kSwedish) + "” nämns här";
      const WordComment* found = nullptr;
      for (const WordComment& c : comments) {
        if (c.text.rfind(head, 0) == 0) {
          EXPECT_EQ(found, nullptr) << "two comments for " << tv.target->id;
          found = &c;
        }
      }
      const bool in_body = std::any_of(tv.evidence.begin(), tv.evidence.end(),
                                       [&](const Evidence& e) { return e.part == main_part_name(parts); });
      if (!in_body) continue;
      ++mentioned_in_body;
      ASSERT_NE(found, nullptr) << tv.target->id;
      EXPECT_NE(found->text.find("Varför det inte räknas: "), std::string::npos) << found->text;
      EXPECT_NE(found->text.find("Det som skulle räknas: "), std::string::npos) << found->text;
      if (!tv.target->description.empty()) {
        EXPECT_NE(found->text.find(tv.target->description), std::string::npos);
      }
      const int block = block_of_comment(parts.at(main_part_name(parts)), found->id);
      EXPECT_TRUE(
          std::any_of(tv.evidence.begin(), tv.evidence.end(), [&](const Evidence& e) { return e.block == block; }))
          << tv.target->id << " commented at block " << block;
      // Not in the table of contents when the mention stands elsewhere too.
      const bool outside_toc = std::any_of(tv.evidence.begin(), tv.evidence.end(), [&](const Evidence& e) {
        return e.part == main_part_name(parts) && e.kind != BlockKind::kTocEntry && e.kind != BlockKind::kTextBox;
      });
      if (outside_toc && block >= 0) {
        EXPECT_NE(before.document.blocks[static_cast<std::size_t>(block)].kind, BlockKind::kTocEntry) << tv.target->id;
      }
    }
    EXPECT_GT(mentioned_in_body, 0);
  }
}

TEST(DocxAnnotator, TheSummaryAtTheStartOfTheBodyListsTheRequiredTargetsNotAddressed) {
  const Checked before = check(testing::read_file(source_dir() / "samples/tidigt_skelett.docx"));
  const Checked after = annotated(before);
  const auto parts = members(after.bytes);
  const std::vector<WordComment> comments = comments_of(comments_part(parts));
  ASSERT_FALSE(comments.empty());
  const WordComment& summary = comments.front();
  EXPECT_EQ(summary.text.rfind("jamkoll: granskning 2026-12-04", 0), 0u) << summary.text;
  int gaps = 0;
  for (const TargetVerdict& tv : before.verdict.targets) {
    const std::string line =
        "• " + target_label(*tv.target, Language::kSwedish) + " (" + status_label(tv.status, Language::kSwedish) + ")";
    if (tv.required && tv.status != Status::kAddressed) {
      ++gaps;
      EXPECT_NE(summary.text.find(line + ": " + tv.target->description), std::string::npos) << line;
    } else {
      EXPECT_EQ(summary.text.find(line), std::string::npos) << line;
    }
  }
  EXPECT_GT(gaps, 0);
  EXPECT_NE(summary.text.find("som inte behandlas (" + std::to_string(gaps) + "):"), std::string::npos);
  auto doc = parse_xml(parts.at("word/document.xml"), "document.xml");
  ASSERT_TRUE(doc);
  const xmlNode* first = nullptr;
  for (const xmlNode* c = ooxml::w_child(xmlDocGetRootElement(doc->get()), "body")->children; c && !first;
       c = c->next) {
    if (ooxml::is_w(c, "p")) first = c;
  }
  ASSERT_NE(first, nullptr);
  bool opens_here = false;
  for (const xmlNode* c = first->children; c; c = c->next) {
    opens_here =
        opens_here || (ooxml::is_w(c, "commentRangeStart") && ooxml::w_attr(c, "id") == std::to_string(summary.id));
  }
  EXPECT_TRUE(opens_here);
}

TEST(DocxAnnotator, CommentsAllAlsoMarksAddressedTargetsWithTheirProfile) {
  const Checked before = check(testing::read_file(source_dir() / "samples/komplett_strategi.docx"));
  const auto mentioned = comments_of(comments_part(members(annotated(before).bytes)));
  const auto all = comments_of(comments_part(members(annotated(before, CommentScope::kAll).bytes)));
  int addressed = 0;
  for (const TargetVerdict& tv : before.verdict.targets) addressed += tv.status == Status::kAddressed;
  ASSERT_GT(addressed, 0);
  EXPECT_EQ(all.size(), mentioned.size() + static_cast<std::size_t>(addressed));
  const bool has_profile = std::any_of(all.begin(), all.end(), [](const WordComment& c) {
    return c.text.find("behandlas här.") != std::string::npos && c.text.find("Innehåll: ") != std::string::npos &&
           c.text.find("Starkaste belägget: ") != std::string::npos;
  });
  EXPECT_TRUE(has_profile);
}

TEST(DocxAnnotator, EnglishOnRequest) {
  const Checked before = check(testing::read_file(source_dir() / "samples/tidigt_skelett.docx"));
  const auto comments =
      comments_of(comments_part(members(annotated(before, CommentScope::kMentioned, Language::kEnglish).bytes)));
  ASSERT_GE(comments.size(), 2u);
  EXPECT_EQ(comments.front().text.rfind("jamkoll: review 2026-12-04", 0), 0u) << comments.front().text;
  EXPECT_NE(comments[1].text.find("is mentioned here but not addressed."), std::string::npos) << comments[1].text;
  EXPECT_NE(comments[1].text.find("What would count: "), std::string::npos);
}

TEST(DocxAnnotator, ANewCommentsPartIsRegisteredOnce) {
  const Checked before = check(testing::read_file(source_dir() / "samples/tidigt_skelett.docx"));
  ASSERT_TRUE(comments_part(members(before.bytes)).empty());
  const auto parts = members(annotated(before).bytes);
  const std::string& types = parts.at("[Content_Types].xml");
  const std::string override_entry =
      "PartName=\"/word/comments.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"";
  EXPECT_NE(types.find(override_entry), std::string::npos) << types;
  const std::string& rels = parts.at("word/_rels/document.xml.rels");
  EXPECT_NE(rels.find("relationships/comments\" Target=\"comments.xml\""), std::string::npos) << rels;
  // Annotating the copy again appends to its comments part and adds no second relationship.
  const Checked twice = annotated(annotated(before));
  const auto twice_parts = members(twice.bytes);
  EXPECT_EQ(twice_parts.at("word/_rels/document.xml.rels"), rels);
  EXPECT_EQ(twice_parts.at("[Content_Types].xml"), types);
}

TEST(DocxAnnotator, EvidenceInATextBoxIsToldInTheSummaryInstead) {
  testing::TempDir dir;
  const std::string recital =
      "Strategin omfattar de jämställdhetspolitiska delmålen: makt och inflytande, ekonomisk jämställdhet, jämställd "
      "utbildning, jämställd hälsa, jämn fördelning av det obetalda hem- och omsorgsarbetet och att mäns våld mot "
      "kvinnor ska upphöra.";
  testing::write_zip(dir / "ruta.docx",
                     testing::minimal_docx("<w:p><w:r><w:t>Länsstrategi</w:t></w:r></w:p>"
                                           "<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>" +
                                           recital +
                                           "</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>"
                                           "<w:p><w:r><w:t>Länsstyrelsen ska genomföra utbildningar för kvinnor och "
                                           "män i länet.</w:t></w:r></w:p>"));
  const Checked before = check(testing::read_file(dir / "ruta.docx"));
  ASSERT_EQ(before.document.blocks.size(), 3u);
  ASSERT_EQ(before.document.blocks[1].kind, BlockKind::kTextBox);  // its paragraph has no text of its own
  const auto parts = members(annotated(before).bytes);
  const auto comments = comments_of(comments_part(parts));
  ASSERT_FALSE(comments.empty());
  EXPECT_NE(comments.front().text.find("Belägg utanför brödtexten"), std::string::npos) << comments.front().text;
  EXPECT_NE(comments.front().text.find("• Ekonomisk jämställdhet (nämns, i textruta): Nämns bara i en uppräkning"),
            std::string::npos)
      << comments.front().text;
  for (std::size_t i = 1; i < comments.size(); ++i) {
    EXPECT_EQ(comments[i].text.find("Ekonomisk jämställdhet"), std::string::npos);
    EXPECT_EQ(block_of_comment(parts.at("word/document.xml"), comments[i].id), 2);  // the last paragraph
  }
  EXPECT_EQ(parts.at("word/document.xml").find("<w:txbxContent><w:p><w:commentRangeStart"), std::string::npos);
}

TEST(DocxAnnotator, ADefaultWordNamespaceGetsPrefixedMarks) {
  testing::TempDir dir;
  auto parts = testing::minimal_docx("");
  parts[2].second =
      R"(<?xml version="1.0" encoding="UTF-8"?><document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body>)"
      R"(<p><r><t>Länsstrategi</t></r></p><p><r><t>Här ska det stå något om jämställd hälsa senare. TODO</t></r></p></body></document>)";
  testing::write_zip(dir / "standard.docx", parts);
  const Checked before = check(testing::read_file(dir / "standard.docx"));
  const Checked after = annotated(before);
  ASSERT_EQ(after.document.blocks.size(), before.document.blocks.size());
  const auto new_parts = members(after.bytes);
  auto doc = parse_xml(new_parts.at("word/document.xml"), "document.xml");
  ASSERT_TRUE(doc);
  std::map<int, std::array<int, 3>> marks;
  count_marks(xmlDocGetRootElement(doc->get()), marks);
  for (const WordComment& c : comments_of(comments_part(new_parts))) {
    EXPECT_EQ(marks[c.id], (std::array<int, 3>{1, 1, 1})) << c.id;
  }
  EXPECT_FALSE(marks.empty());
  EXPECT_NE(new_parts.at("word/document.xml").find("<w:commentRangeStart w:id=\""), std::string::npos);
}

}  // namespace
}  // namespace jamkoll
