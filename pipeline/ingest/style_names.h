// What a paragraph style's *name* says, for every format that names styles: Word (DOCX, Word 2003
// XML) and OpenDocument. Names compared are lower-case ASCII; Swedish and LibreOffice spellings
// count alike ("heading 2", "rubrik 2"; "toc 1", "contents 1", "innehåll 1").
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp (swedish_headings fixture),
//   tests/ingest/odf_test.cpp
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jamkoll {

// "heading 3" → 3; 0 when the name is not a numbered heading style.
int heading_level_from_style_name(std::string_view lower_name);

// "toc 1"…, "contents 1"…, "toc heading", "contents heading" and their Swedish names.
bool is_toc_style_name(std::string_view lower_name);

// "title" or Swedish "rubrik".
bool is_title_style_name(std::string_view lower_name);

// ODF style names escape characters as _XX_ (hex): "Heading_20_1" → "Heading 1". LibreOffice also
// writes these names into Word 2003 XML.
std::string decode_odf_style_name(std::string_view name);

// What the styles of one parent chain say by name, taken from the paragraph's own style up: the
// nearest heading (a numbered heading name, or else a heading level the style declares), a title
// name anywhere, a TOC name anywhere. Shared by the DOCX and ODF style resolvers, which differ
// only in how a style declares its level.
struct NamedStyleTraits {
  int heading_level = 0;  // 0 = not a heading
  bool is_title = false;
  bool is_toc = false;

  // The next style of the chain. `declared_level`: the heading level its own properties give
  // (1-based; 0 = declared as no heading), nullopt when it declares none.
  void add(std::string_view lower_name, std::optional<int> declared_level);

 private:
  bool heading_decided_ = false;
};

}  // namespace jamkoll
