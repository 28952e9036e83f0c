// The reviewed copy of an .odt (report/annotate/odt_annotator.h): annotations where the verdicts
// are; content.xml changes only by them, every other member stays byte for byte.
#include "report/annotate/odt_annotator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "common/xml_parser.h"
#include "ingest/odf/odf_names.h"
#include "ingest/odf/odf_reader.h"
#include "ingest/read_document.h"
#include "ingest/zip_archive.h"
#include "judge/judge.h"
#include "judge/pack_loader.h"
#include "report/annotate/annotate_test_support.h"
#include "report/labels.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

using annotate_testing::Checked;
using annotate_testing::default_judge;
using annotate_testing::kDate;
using testing::source_dir;

// A draft read as .odt and judged.
Checked check(std::string bytes) { return annotate_testing::check(std::move(bytes), "draft.odt"); }

std::vector<std::string> every_odt() {
  std::vector<std::string> out;
  for (const char* folder : {"tests/fixtures/odf", "tests/fixtures/cross_format"}) {
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / folder)) {
      if (entry.path().extension() == ".odt")
        out.push_back(std::string(folder) + "/" + entry.path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The .odt's reviewed copy with every comment (not named annotated(): ADL would also find the
// DOCX helper of that name for a Checked).
Checked annotated_odt(const Checked& original) {
  const ReportContext context{&default_judge().pack().pack, Language::kSwedish};
  auto copy = annotate_odt(original.bytes, ReadLimits{}, original.verdict, context, {CommentScope::kAll, kDate});
  EXPECT_TRUE(copy) << (copy ? "" : copy.failure().message);
  return copy ? check(*copy) : Checked{};
}

std::vector<std::pair<std::string, std::string>> members(const std::string& bytes) {
  auto archive = ZipArchive::open(bytes, ReadLimits{});
  EXPECT_TRUE(archive);
  std::vector<std::pair<std::string, std::string>> out;
  if (!archive) return out;
  for (const std::string& name : (*archive)->names()) out.emplace_back(name, *(*archive)->read(name));
  return out;
}

std::string member(const std::string& bytes, const std::string& name) {
  for (const auto& [n, b] : members(bytes)) {
    if (n == name) return b;
  }
  return "";
}

struct Annotation {
  std::string name, creator, text;
  const xmlNode* node = nullptr;
};

std::string text_below(const xmlNode* node) {
  std::string out;
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) out += xml::node_text(c);
    if (odf::is_text(c, "p") && !out.empty()) out += "\n";
    if (xml::is_element(c) && xml::ns_href(c) == odf::kText) out += text_below(c);
  }
  return out;
}

void collect(const xmlNode* node, std::vector<Annotation>& annotations, std::map<std::string, int>& ends) {
  for (const xmlNode* c = node; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (odf::is_office(c, "annotation")) {
      Annotation a;
      a.name = odf::attr(c, odf::kOffice, "name");
      a.creator = xml::child_text(odf::child(c, "http://purl.org/dc/elements/1.1/", "creator"));
      a.text = text_below(c);
      a.node = c;
      annotations.push_back(a);
      continue;
    }
    if (odf::is_office(c, "annotation-end")) ++ends[odf::attr(c, odf::kOffice, "name")];
    collect(c->children, annotations, ends);
  }
}

class EveryOdt : public ::testing::TestWithParam<std::string> {};

TEST_P(EveryOdt, OnlyContentXmlChangesAndTheCopyReadsTheSame) {
  const Checked before = check(testing::read_file(source_dir() / GetParam()));
  const Checked after = annotated_odt(before);
  const auto old_members = members(before.bytes);
  const auto new_members = members(after.bytes);
  ASSERT_EQ(new_members.size(), old_members.size());
  for (std::size_t i = 0; i < old_members.size(); ++i) {
    EXPECT_EQ(new_members[i].first, old_members[i].first);  // same order: mimetype stays first
    if (old_members[i].first != "content.xml") {
      EXPECT_EQ(new_members[i].second, old_members[i].second) << old_members[i].first;
    }
  }
  ASSERT_EQ(after.document.blocks.size(), before.document.blocks.size());
  for (std::size_t i = 0; i < before.document.blocks.size(); ++i) {
    EXPECT_EQ(after.document.blocks[i].text, before.document.blocks[i].text) << i;
    EXPECT_EQ(after.document.blocks[i].kind, before.document.blocks[i].kind) << i;
  }
  ASSERT_EQ(after.verdict.targets.size(), before.verdict.targets.size());
  for (std::size_t t = 0; t < before.verdict.targets.size(); ++t) {
    EXPECT_EQ(after.verdict.targets[t].status, before.verdict.targets[t].status)
        << before.verdict.targets[t].target->id;
    EXPECT_EQ(after.verdict.targets[t].evidence.size(), before.verdict.targets[t].evidence.size());
  }
}

TEST_P(EveryOdt, OldAnnotationsStayAndEveryNewOneHasAFreshNameAndOneEnd) {
  const Checked before = check(testing::read_file(source_dir() / GetParam()));
  const Checked after = annotated_odt(before);
  auto old_doc = parse_xml(member(before.bytes, "content.xml"), "content.xml");
  auto new_doc = parse_xml(member(after.bytes, "content.xml"), "content.xml");
  ASSERT_TRUE(old_doc && new_doc);
  std::vector<Annotation> old_notes, new_notes;
  std::map<std::string, int> old_ends, new_ends;
  collect(xmlDocGetRootElement(old_doc->get()), old_notes, old_ends);
  collect(xmlDocGetRootElement(new_doc->get()), new_notes, new_ends);
  std::set<std::string> old_names;
  for (const Annotation& a : old_notes) old_names.insert(a.name);
  int ours = 0;
  std::set<std::string> names;
  for (const Annotation& a : new_notes) {
    if (a.creator != "jamkoll") continue;
    ++ours;
    EXPECT_FALSE(old_names.count(a.name)) << a.name;
    EXPECT_TRUE(names.insert(a.name).second) << a.name;
    EXPECT_EQ(new_ends[a.name], 1) << a.name;
  }
  EXPECT_EQ(new_notes.size(), old_notes.size() + static_cast<std::size_t>(ours));
  EXPECT_GE(ours, 1);
  EXPECT_EQ(after.document.comments.size(), before.document.comments.size() + static_cast<std::size_t>(ours));
}

INSTANTIATE_TEST_SUITE_P(Drafts, EveryOdt, ::testing::ValuesIn(every_odt()), [](const auto& info) {
  std::string name = std::filesystem::path(info.param).parent_path().filename().string() + "_" +
                     std::filesystem::path(info.param).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
});

TEST(OdtAnnotator, AMentionedTargetsCommentStandsAtItsEvidence) {
  const Checked before =
      check(testing::read_file(source_dir() / "tests/fixtures/cross_format/avgransningar_platshallare.odt"));
  const Checked after = annotated_odt(before);
  auto doc = parse_xml(member(after.bytes, "content.xml"), "content.xml");
  ASSERT_TRUE(doc);
  std::vector<Annotation> notes;
  std::map<std::string, int> ends;
  collect(xmlDocGetRootElement(doc->get()), notes, ends);
  const auto origins = odf_body_block_origins(xmlDocGetRootElement(doc->get()), nullptr);
  int checked = 0;
  for (const TargetVerdict& tv : before.verdict.targets) {
    if (tv.status != Status::kMentioned) continue;
    const std::string head = "jamkoll: ”" + target_label(*tv.target, Language::kSwedish) + "” nämns här";
    for (const Annotation& a : notes) {
      if (a.text.rfind(head, 0) != 0) continue;
      int block = -1;
      for (std::size_t b = 0; b < origins.size(); ++b) {
        if (origins[b] && (a.node->parent == origins[b] || a.node->parent->parent == origins[b]))
          block = static_cast<int>(b);
      }
      EXPECT_TRUE(
          std::any_of(tv.evidence.begin(), tv.evidence.end(), [&](const Evidence& e) { return e.block == block; }))
          << tv.target->id << " at block " << block;
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace jamkoll
