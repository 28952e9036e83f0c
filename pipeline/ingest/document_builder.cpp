#include "ingest/document_builder.h"

#include "common/unicode.h"

namespace jamkoll {

void append_block(std::vector<Block>& blocks, BlockKind kind, std::string text, int level, const std::string& part) {
  if (trim(text).empty()) return;
  Block block;
  block.kind = kind;
  block.text = std::move(text);
  block.level = level;
  block.part = part;
  blocks.push_back(std::move(block));
}

Document build_document(std::string format, std::vector<Block> blocks, std::vector<Comment> comments,
                        const NoteAnchors& anchors) {
  Document doc;
  doc.format = std::move(format);
  std::vector<std::string> path;  // titles of the open headings, index = level - 1
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    b.index = static_cast<int>(i);
    b.text = to_nfc(b.text);
    if (b.kind == BlockKind::kHeading) {
      const std::size_t level = static_cast<std::size_t>(std::max(1, std::min(b.level, 9)));
      path.resize(std::min(path.size(), level - 1));
      while (path.size() < level - 1) path.emplace_back();  // a skipped level stays visible as ""
      std::string title = b.text;
      for (char& c : title) {
        if (c == '\n' || c == '\t') c = ' ';
      }
      path.push_back(title);
      b.heading_path = path;
    } else if (is_body_block(b.kind) || b.kind == BlockKind::kTocEntry) {
      b.heading_path = path;
    }
  }
  for (const auto& [note, anchor] : anchors.anchor_of_note) {
    if (note < blocks.size() && anchor < blocks.size()) {
      const Block& a = blocks[anchor];
      blocks[note].heading_path = a.heading_path;
    }
  }
  for (Comment& c : comments) c.text = to_nfc(c.text);
  doc.blocks = std::move(blocks);
  doc.comments = std::move(comments);
  return doc;
}

}  // namespace jamkoll
