// The reviewed copy of every DOCX (report/annotate/docx_annotator.h): nothing changed but the
// comments — the other members byte for byte, the document part but for its comment marks, the
// blocks and the verdicts when the copy is read again.
#include <gtest/gtest.h>

#include <set>

#include "report/annotate/annotate_test_support.h"

namespace jamkoll {
namespace {

using namespace annotate_testing;
using testing::source_dir;

class EveryDraft : public ::testing::TestWithParam<std::string> {
 protected:
  Checked original() const { return check(testing::read_file(source_dir() / GetParam())); }
};

TEST_P(EveryDraft, OnlyTheDocumentCommentsRelationshipsAndContentTypesChange) {
  const Checked before = original();
  const Checked after = annotated(before);
  const auto old_parts = members(before.bytes);
  const auto new_parts = members(after.bytes);
  const std::string main = main_part_name(old_parts);
  const std::set<std::string> may_change = {main, "word/_rels/" + main.substr(5) + ".rels", "[Content_Types].xml",
                                            "word/comments.xml"};
  for (const auto& [name, bytes] : old_parts) {
    ASSERT_TRUE(new_parts.count(name)) << name << " is gone";
    if (!may_change.count(name) && name.find("comments") == std::string::npos) {
      EXPECT_EQ(new_parts.at(name), bytes) << name << " changed";
    }
  }
  for (const auto& [name, bytes] : new_parts) {
    if (!old_parts.count(name)) {
      EXPECT_EQ(name.find("comments"), std::string_view("word/").size()) << name << " added";
    }
  }
}

TEST_P(EveryDraft, TheCopyReadsTheSameBlocksAndGetsTheSameVerdicts) {
  const Checked before = original();
  const Checked after = annotated(before);
  ASSERT_EQ(after.document.blocks.size(), before.document.blocks.size());
  for (std::size_t i = 0; i < before.document.blocks.size(); ++i) {
    const Block& a = before.document.blocks[i];
    const Block& b = after.document.blocks[i];
    EXPECT_EQ(b.text, a.text) << "block " << i;
    EXPECT_EQ(b.kind, a.kind) << "block " << i;
    EXPECT_EQ(b.part, a.part) << "block " << i;
    EXPECT_EQ(b.heading_path, a.heading_path) << "block " << i;
  }
  ASSERT_EQ(after.verdict.targets.size(), before.verdict.targets.size());
  for (std::size_t t = 0; t < before.verdict.targets.size(); ++t) {
    const TargetVerdict& a = before.verdict.targets[t];
    const TargetVerdict& b = after.verdict.targets[t];
    EXPECT_EQ(b.status, a.status) << a.target->id;
    EXPECT_EQ(b.why, a.why) << a.target->id;
    EXPECT_DOUBLE_EQ(b.score, a.score) << a.target->id;
    ASSERT_EQ(b.evidence.size(), a.evidence.size()) << a.target->id;
    for (std::size_t e = 0; e < a.evidence.size(); ++e) {
      EXPECT_EQ(b.evidence[e].block, a.evidence[e].block);
      EXPECT_EQ(b.evidence[e].text, a.evidence[e].text);
    }
  }
}

TEST_P(EveryDraft, OldCommentsStayAndEveryNewOneHasFreshIdAndOneAnchor) {
  const Checked before = original();
  const Checked after = annotated(before);
  const auto old_parts = members(before.bytes);
  const auto new_parts = members(after.bytes);
  const std::vector<WordComment> old_comments =
      comments_of(comments_part(old_parts).empty()
                      ? "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                      : comments_part(old_parts));
  const std::vector<WordComment> new_comments = comments_of(comments_part(new_parts));
  ASSERT_GE(new_comments.size(), old_comments.size() + 1);  // at least the summary
  std::set<int> old_ids;
  for (std::size_t i = 0; i < old_comments.size(); ++i) {
    EXPECT_EQ(new_comments[i].id, old_comments[i].id);
    EXPECT_EQ(new_comments[i].text, old_comments[i].text);
    old_ids.insert(old_comments[i].id);
  }
  auto doc = parse_xml(new_parts.at(main_part_name(new_parts)), "document.xml");
  ASSERT_TRUE(doc);
  std::map<int, std::array<int, 3>> marks;
  count_marks(xmlDocGetRootElement(doc->get()), marks);
  int highest_old = -1;  // of any annotation: comments, bookmarks, tracked changes
  auto old_doc = parse_xml(old_parts.at(main_part_name(old_parts)), "document.xml");
  ASSERT_TRUE(old_doc);
  std::vector<const xmlNode*> stack = {xmlDocGetRootElement(old_doc->get())};
  while (!stack.empty()) {
    const xmlNode* n = stack.back();
    stack.pop_back();
    const std::string id = ooxml::is_word_ns(xml::ns_href(n)) ? ooxml::w_attr(n, "id") : "";
    if (!id.empty() && id.size() < 9 && std::all_of(id.begin(), id.end(), ::isdigit))
      highest_old = std::max(highest_old, std::stoi(id));
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (xml::is_element(c)) stack.push_back(c);
    }
  }
  for (const WordComment& c : old_comments) highest_old = std::max(highest_old, c.id);
  std::set<int> new_ids;
  for (std::size_t i = old_comments.size(); i < new_comments.size(); ++i) {
    EXPECT_GT(new_comments[i].id, highest_old);
    const WordComment& c = new_comments[i];
    EXPECT_EQ(c.author, "jamkoll");
    EXPECT_EQ(c.initials, "JK");
    EXPECT_EQ(c.date, kDate);
    EXPECT_FALSE(old_ids.count(c.id)) << c.id;
    EXPECT_TRUE(new_ids.insert(c.id).second) << c.id;
    EXPECT_EQ(marks[c.id], (std::array<int, 3>{1, 1, 1})) << "comment " << c.id;
  }
}

// Removes the comment marks of the ids in `ids` (and the runs that hold only a reference).
void strip_marks(xmlNode* node, const std::set<std::string>& ids) {
  for (xmlNode* c = node ? node->children : nullptr; c;) {
    xmlNode* next = c->next;
    const xmlNode* ref = ooxml::is_w(c, "r") ? ooxml::w_child(c, "commentReference") : nullptr;
    const bool ours =
        (ooxml::is_w(c, "commentRangeStart") || ooxml::is_w(c, "commentRangeEnd")) && ids.count(ooxml::w_attr(c, "id"));
    if (ours || (ref && ids.count(ooxml::w_attr(ref, "id")))) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
    } else {
      strip_marks(c, ids);
    }
    c = next;
  }
}

std::string dump(xmlDoc* doc) {
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc, &buffer, &size, "UTF-8");
  std::string out(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
  xmlFree(buffer);
  return out;
}

TEST_P(EveryDraft, TheDocumentPartChangesOnlyByTheCommentMarks) {
  const Checked before = original();
  const Checked after = annotated(before);
  const auto old_parts = members(before.bytes);
  const auto new_parts = members(after.bytes);
  const std::string main = main_part_name(old_parts);
  std::set<std::string> ours;
  for (const WordComment& c : comments_of(comments_part(new_parts))) {
    if (c.author == "jamkoll") ours.insert(std::to_string(c.id));
  }
  ASSERT_FALSE(ours.empty());
  auto old_doc = parse_xml(old_parts.at(main), main);
  auto new_doc = parse_xml(new_parts.at(main), main);
  ASSERT_TRUE(old_doc && new_doc);
  strip_marks(xmlDocGetRootElement(new_doc->get()), ours);
  EXPECT_EQ(dump(new_doc->get()), dump(old_doc->get()));
}

INSTANTIATE_TEST_SUITE_P(Drafts, EveryDraft, ::testing::ValuesIn(kDrafts), [](const auto& info) {
  std::string name = std::filesystem::path(info.param).stem().string();
  if (info.param.rfind("tests/fixtures/docx/lo/", 0) == 0) {
    name = "lo_fixture_" + name;
  } else if (info.param.rfind("tests/", 0) == 0) {
    name = "fixture_" + name;
  }
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
});
TEST(DocxBlockOrigins, OneOriginPerBodyBlock) {
  for (const std::string& draft : kDrafts) {
    SCOPED_TRACE(draft);
    const Checked c = check(testing::read_file(source_dir() / draft));
    const auto parts = members(c.bytes);
    const std::string main = main_part_name(parts);
    auto doc = parse_xml(parts.at(main), main);
    ASSERT_TRUE(doc);
    std::shared_ptr<xmlDoc> styles;
    if (parts.count("word/styles.xml")) styles = *parse_xml(parts.at("word/styles.xml"), "styles.xml");
    const auto origins = docx_body_block_origins(xmlDocGetRootElement(doc->get()),
                                                 styles ? xmlDocGetRootElement(styles.get()) : nullptr);
    std::size_t body = 0;
    for (const Block& b : c.document.blocks) body += b.part == main;
    EXPECT_EQ(origins.size(), body);
    for (std::size_t i = 0; i < origins.size(); ++i) {
      if (origins[i]) {
        EXPECT_TRUE(ooxml::is_w(origins[i], "p") || ooxml::is_w(origins[i], "tc")) << i;
        EXPECT_EQ(ooxml::is_w(origins[i], "tc"), c.document.blocks[i].table.has_value()) << i;
      } else {
        EXPECT_EQ(c.document.blocks[i].kind, BlockKind::kTextBox) << i;
      }
    }
  }
}

}  // namespace
}  // namespace jamkoll
