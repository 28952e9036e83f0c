// Paragraph styles of a WordprocessingML document (styles.xml), resolved through w:basedOn.
// Headings are recognised by the style *name* ("heading 1", "Title", "toc 1") or w:outlineLvl,
// never by the style id: Swedish Word writes ids like "Rubrik1" while names stay English.
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp (swedish_headings fixture)
#pragma once

#include <libxml/tree.h>

#include <map>
#include <optional>
#include <string>

namespace jamkoll {

// What a paragraph's style chain says about it.
struct ParagraphStyleTraits {
  int heading_level = 0;  // 1–9, 0 = not a heading
  bool is_title = false;
  bool is_toc = false;    // "toc N", "TOC Heading" and LibreOffice's "Contents N"
  bool is_list = false;   // the style carries w:numPr with numId ≠ 0
  int list_level = 0;
};

class DocxStyles {
 public:
  DocxStyles() = default;
  // REQUIRES: styles_root is the w:styles element (or nullptr for a document without styles).
  explicit DocxStyles(const xmlNode* styles_root);

  // Traits of style `style_id`, or of the default paragraph style when the id is empty/unknown.
  ParagraphStyleTraits traits(const std::string& style_id) const;

 private:
  struct Style {
    std::string name;  // lower-cased
    std::string based_on;
    std::optional<int> outline_level;  // 0–9 as written
    std::optional<int> num_id;
    int list_level = 0;
  };
  std::map<std::string, Style> styles_;
  std::string default_style_;
};

}  // namespace jamkoll
