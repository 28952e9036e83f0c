// The reading text of one Markdown block (a paragraph, heading, list item or table cell): markup
// removed, words kept. Emphasis (*, _, **, __, ~~) and code backticks go; a link [text](url) is its
// text; images ![alt](src) and HTML tags are not text (<br> is a line break); backslash escapes and
// the common character references (&amp;, &nbsp;, &#233;) are resolved. Footnote citations [^id]
// are not text either: their ids are handed back so the note can be placed.
// Tests: end to end through read_document in tests/ingest/text_test.cpp (Markdown)
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jamkoll {

// `citations`, when given, receives the ids of the [^id] marks in order.
std::string markdown_inline_text(std::string_view source, std::vector<std::string>* citations = nullptr);

}  // namespace jamkoll
