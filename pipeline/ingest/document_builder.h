// Final step shared by every reader: numbers the blocks, normalises their text to NFC and gives
// each block its heading path. Notes take the heading path of the block that references them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace jamkoll {

struct NoteAnchors {
  // Per note block (index into blocks): index of the body block holding its reference mark.
  std::map<std::size_t, std::size_t> anchor_of_note;
};

// What every reader does with a block it found: append it unless its text is blank.
void append_block(std::vector<Block>& blocks, BlockKind kind, std::string text, int level, const std::string& part);

Document build_document(std::string format, std::vector<Block> blocks, std::vector<Comment> comments,
                        const NoteAnchors& anchors = {});

}  // namespace jamkoll
