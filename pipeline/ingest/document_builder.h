// Final step shared by every reader: numbers the blocks, normalises their text to NFC and gives
// each block its heading path. Notes take the heading path of the block that references them.
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp (block numbers, heading paths),
//   tests/ingest/odf_test.cpp
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace jamkoll {

struct NoteAnchors {
  // Per note block (index into blocks): index of the body block holding its reference mark.
  std::map<std::size_t, std::size_t> anchor_of_note;
};

// The length of a leading literal bullet (•, ◦, ▪, –, o, *, Word's Symbol bullet …) and the blanks
// after it; 0 when the line has none. A bullet must be followed by a space or a tab: "-5 %" and
// "ordet" are not list items. Every reader's paragraphs that begin with one become list items.
std::size_t literal_bullet_prefix(std::string_view line);

// What every reader does with a block it found: append it unless its text is blank.
void append_block(std::vector<Block>& blocks, BlockKind kind, std::string text, int level, const std::string& part);

// For every block build_document() makes from `raw_blocks`, the index in `raw_blocks` of the block
// it came from (a paragraph of literal bullets becomes several list items of one source).
std::vector<std::size_t> built_block_sources(std::vector<Block> raw_blocks);

Document build_document(std::string format, std::vector<Block> blocks, std::vector<Comment> comments,
                        const NoteAnchors& anchors = {});

}  // namespace jamkoll
