// Reads Markdown (already decoded to UTF-8) into blocks, CommonMark and GitHub style where it
// matters for reading text:
//   "# " … "###### " and setext underlines (===, ---) → heading (level = number of #);
//   "- ", "* ", "+ ", "1. ", "1) " → list-item (marker not text; level from indentation);
//   lines starting with "|" → table rows, one table-cell per cell (the |---| row is layout);
//   "[^id]: text" → footnote (after the body; its [^id] citation is not text);
//   "> " quotes and paragraphs → paragraph; fenced code → paragraph with its line breaks;
//   YAML front matter, HTML comments, link reference definitions and images → never text.
// Lines of one paragraph or item join with a space (a line ending in two spaces or "\" is a line
// break). Inline markup: markdown_inline.h. Blocks record the part "text".
// Tests: end to end through read_document in tests/ingest/text_test.cpp (Markdown)
#pragma once

#include <string_view>

#include "ingest/document.h"

namespace jamkoll {

// Format "md". Never fails: any UTF-8 text is a document, possibly without blocks.
Document read_markdown(std::string_view utf8);

}  // namespace jamkoll
