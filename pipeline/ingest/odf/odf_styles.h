// Paragraph styles of an OpenDocument text, resolved through style:parent-style-name. A style is
// a heading when its name is "Heading N" (display name, or the encoded name "Heading_20_N") or it
// sets style:default-outline-level, along the parent chain; "Title" makes a title, "Contents N" /
// "Contents Heading" a table-of-contents entry (the same names as for Word, see style_names.h).
//
// Automatic styles (P1, P2, …) live beside the content that uses them: content.xml's for the body,
// styles.xml's for headers and footers. So a reader keeps one OdfStyles per part; copies are cheap.
// Tests: end to end through read_document in tests/ingest/odf_test.cpp
#pragma once

#include <libxml/tree.h>

#include <map>
#include <optional>
#include <string>

namespace jamkoll {

struct OdfParagraphTraits {
  int heading_level = 0;  // 1–9 (ODF's 10 is read as 9), 0 = not a heading
  bool is_title = false;
  bool is_toc = false;
};

class OdfStyles {
 public:
  // Adds the paragraph styles (style:style, family "paragraph") of an office:styles or
  // office:automatic-styles element; a later definition of a name replaces an earlier one.
  void add(const xmlNode* styles_container);

  OdfParagraphTraits traits(const std::string& style_name) const;

 private:
  struct Style {
    std::string name;  // display name (or decoded name), lower-cased
    std::string parent;
    std::optional<int> outline_level;
  };
  std::map<std::string, Style> styles_;
};

}  // namespace jamkoll
