// The reviewed copy of a DOCX (report/annotate/docx_annotator.h): comments where the verdicts
// are, and nothing else changed — the other members byte for byte, the blocks and the verdicts.
#include "report/annotate/docx_annotator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "common/xml_parser.h"
#include "ingest/ooxml/docx_block_origins.h"
#include "ingest/ooxml/ooxml_names.h"
#include "ingest/read_document.h"
#include "ingest/zip_archive.h"
#include "judge/judge.h"
#include "judge/pack_loader.h"
#include "report/labels.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::source_dir;

constexpr const char* kDate = "2026-12-04T18:00:00Z";

// Every shipped sample and every DOCX fixture: between them existing comments, tracked changes,
// fields, content controls, text boxes, headers and footers, notes, tables, Strict OOXML, data
// descriptors, ZIP64, renamed parts and LibreOffice's output.
std::vector<std::string> every_docx() {
  std::vector<std::string> out;
  for (const char* folder : {"samples", "tests/fixtures/docx", "tests/fixtures/docx/lo"}) {
    if (!std::filesystem::is_directory(source_dir() / folder)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / folder)) {
      if (entry.path().extension() == ".docx")
        out.push_back(std::string(folder) + "/" + entry.path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<std::string> kDrafts = every_docx();

const Judge& default_judge() {
  static const std::shared_ptr<const Judge> judge = *Judge::create(*load_default_pack());
  return *judge;
}

struct Checked {
  std::string bytes;
  Document document;
  DocumentVerdict verdict;
};

Checked check(std::string bytes) {
  auto loaded = read_document_bytes(bytes, "draft.docx", ReadLimits{});
  EXPECT_TRUE(loaded) << (loaded ? "" : loaded.failure().message);
  Checked out;
  out.bytes = std::move(bytes);
  if (!loaded) return out;
  out.document = loaded->document;
  out.verdict = default_judge().judge(out.document);
  return out;
}

Checked annotated(const Checked& original, CommentScope scope = CommentScope::kMentioned,
                  Language language = Language::kSwedish) {
  const ReportContext context{&default_judge().pack().pack, language};
  auto copy = annotate_docx(original.bytes, ReadLimits{}, original.verdict, context, {scope, kDate});
  EXPECT_TRUE(copy) << (copy ? "" : copy.failure().message);
  return copy ? check(*copy) : Checked{};
}

std::map<std::string, std::string> members(const std::string& bytes) {
  auto archive = ZipArchive::open(bytes, ReadLimits{});
  EXPECT_TRUE(archive);
  std::map<std::string, std::string> out;
  if (!archive) return out;
  for (const std::string& name : (*archive)->names()) out[name] = *(*archive)->read(name);
  return out;
}

struct WordComment {
  int id = -1;
  std::string author, initials, date, text;
};

std::string text_below(const xmlNode* node) {
  std::string out;
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (ooxml::is_w(c, "t")) out += xml::child_text(c);
    if (ooxml::is_w(c, "p") && !out.empty()) out += "\n";
    if (xml::is_element(c)) out += text_below(c);
  }
  return out;
}

std::vector<WordComment> comments_of(const std::string& comments_xml) {
  auto doc = parse_xml(comments_xml, "comments.xml");
  EXPECT_TRUE(doc);
  std::vector<WordComment> out;
  if (!doc) return out;
  for (const xmlNode* c = xmlDocGetRootElement(doc->get())->children; c; c = c->next) {
    if (!ooxml::is_w(c, "comment")) continue;
    out.push_back({std::stoi(ooxml::w_attr(c, "id")), ooxml::w_attr(c, "author"), ooxml::w_attr(c, "initials"),
                   ooxml::w_attr(c, "date"), text_below(c)});
  }
  return out;
}

std::string comments_part(const std::map<std::string, std::string>& parts) {
  for (const auto& [name, bytes] : parts) {
    if (name.find("comments") != std::string::npos && name.find("_rels") == std::string::npos &&
        name.find("Extended") == std::string::npos && name.find("Ids") == std::string::npos &&
        name.find("Extensible") == std::string::npos) {
      return bytes;
    }
  }
  return "";
}

std::string main_part_name(const std::map<std::string, std::string>& parts) {
  return parts.count("word/document.xml") ? "word/document.xml" : parts.count("word/main.xml") ? "word/main.xml" : "";
}

// Counts the comment marks per id in the document part: {start, end, reference}.
void count_marks(const xmlNode* node, std::map<int, std::array<int, 3>>& marks) {
  for (const xmlNode* c = node; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    const char* kinds[] = {"commentRangeStart", "commentRangeEnd", "commentReference"};
    for (int k = 0; k < 3; ++k) {
      if (ooxml::is_w(c, kinds[k])) ++marks[std::stoi(ooxml::w_attr(c, "id"))][k];
    }
    count_marks(c->children, marks);
  }
}

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

// The paragraph (or table cell) a comment's range opens in, as a body block index; -1 if none.
int block_of_comment(const std::string& document_xml, int id) {
  auto doc = parse_xml(document_xml, "document.xml");
  if (!doc) return -1;
  const std::vector<const xmlNode*> origins = docx_body_block_origins(xmlDocGetRootElement(doc->get()), nullptr);
  for (std::size_t b = 0; b < origins.size(); ++b) {
    std::vector<const xmlNode*> stack = {origins[b]};
    while (!stack.empty()) {
      const xmlNode* n = stack.back();
      stack.pop_back();
      if (!n) continue;
      if (ooxml::is_w(n, "commentRangeStart") && ooxml::w_attr(n, "id") == std::to_string(id))
        return static_cast<int>(b);
      for (const xmlNode* c = n->children; c; c = c->next) {
        if (xml::is_element(c)) stack.push_back(c);
      }
    }
  }
  return -1;
}

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
