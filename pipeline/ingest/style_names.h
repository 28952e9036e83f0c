// What a paragraph style's *name* says, for every format that names styles: Word (DOCX, Word 2003
// XML) and OpenDocument. Names compared are lower-case ASCII; Swedish and LibreOffice spellings
// count alike ("heading 2", "rubrik 2"; "toc 1", "contents 1", "innehåll 1").
#pragma once

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

std::string lower_ascii(std::string text);

}  // namespace jamkoll
