// Helpers for the annotate tests: a draft judged with the built-in pack, its annotated copy read
// back, the zip members, the Word comments and their marks.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/xml_parser.h"
#include "ingest/ooxml/docx_block_origins.h"
#include "ingest/ooxml/ooxml_names.h"
#include "ingest/read_document.h"
#include "ingest/zip_archive.h"
#include "judge/judge.h"
#include "judge/pack_loader.h"
#include "report/annotate/docx_annotator.h"
#include "report/labels.h"
#include "support/test_support.h"

namespace jamkoll::annotate_testing {

using testing::source_dir;

inline constexpr const char* kDate = "2026-12-04T18:00:00Z";

// Every shipped sample and every DOCX fixture: between them existing comments, tracked changes,
// fields, content controls, text boxes, headers and footers, notes, tables, Strict OOXML, data
// descriptors, ZIP64, renamed parts and LibreOffice's output.
inline std::vector<std::string> every_docx() {
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

inline const std::vector<std::string> kDrafts = every_docx();

inline const Judge& default_judge() {
  static const std::shared_ptr<const Judge> judge = *Judge::create(*load_default_pack());
  return *judge;
}

struct Checked {
  std::string bytes;
  Document document;
  DocumentVerdict verdict;
};

// `name` gives the reader the format's extension.
inline Checked check(std::string bytes, const std::string& name = "draft.docx") {
  auto loaded = read_document_bytes(bytes, name, ReadLimits{});
  EXPECT_TRUE(loaded) << (loaded ? "" : loaded.failure().message);
  Checked out;
  out.bytes = std::move(bytes);
  if (!loaded) return out;
  out.document = loaded->document;
  out.verdict = default_judge().judge(out.document);
  return out;
}

inline Checked annotated(const Checked& original, CommentScope scope = CommentScope::kMentioned,
                         Language language = Language::kSwedish) {
  const ReportContext context{&default_judge().pack().pack, language};
  auto copy = annotate_docx(original.bytes, ReadLimits{}, original.verdict, context, {scope, kDate});
  EXPECT_TRUE(copy) << (copy ? "" : copy.failure().message);
  return copy ? check(*copy) : Checked{};
}

inline std::map<std::string, std::string> members(const std::string& bytes) {
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

inline std::string text_below(const xmlNode* node) {
  std::string out;
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (ooxml::is_w(c, "t")) out += xml::child_text(c);
    if (ooxml::is_w(c, "p") && !out.empty()) out += "\n";
    if (xml::is_element(c)) out += text_below(c);
  }
  return out;
}

inline std::vector<WordComment> comments_of(const std::string& comments_xml) {
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

inline std::string comments_part(const std::map<std::string, std::string>& parts) {
  for (const auto& [name, bytes] : parts) {
    if (name.find("comments") != std::string::npos && name.find("_rels") == std::string::npos &&
        name.find("Extended") == std::string::npos && name.find("Ids") == std::string::npos &&
        name.find("Extensible") == std::string::npos) {
      return bytes;
    }
  }
  return "";
}

inline std::string main_part_name(const std::map<std::string, std::string>& parts) {
  return parts.count("word/document.xml") ? "word/document.xml" : parts.count("word/main.xml") ? "word/main.xml" : "";
}

// Counts the comment marks per id in the document part: {start, end, reference}.
inline void count_marks(const xmlNode* node, std::map<int, std::array<int, 3>>& marks) {
  for (const xmlNode* c = node; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    const char* kinds[] = {"commentRangeStart", "commentRangeEnd", "commentReference"};
    for (int k = 0; k < 3; ++k) {
      if (ooxml::is_w(c, kinds[k])) ++marks[std::stoi(ooxml::w_attr(c, "id"))][k];
    }
    count_marks(c->children, marks);
  }
}

// The paragraph (or table cell) a comment's range opens in, as a body block index; -1 if none.
inline int block_of_comment(const std::string& document_xml, int id) {
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

}  // namespace jamkoll::annotate_testing
