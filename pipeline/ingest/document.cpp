#include "ingest/document.h"

namespace jamkoll {

std::string_view block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle: return "title";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kListItem: return "list-item";
    case BlockKind::kTableCell: return "table-cell";
    case BlockKind::kFootnote: return "footnote";
    case BlockKind::kEndnote: return "endnote";
    case BlockKind::kHeader: return "header";
    case BlockKind::kFooter: return "footer";
    case BlockKind::kTextBox: return "text-box";
    case BlockKind::kTocEntry: return "toc-entry";
  }
  return "paragraph";
}

bool is_body_block(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle:
    case BlockKind::kHeading:
    case BlockKind::kParagraph:
    case BlockKind::kListItem:
    case BlockKind::kTableCell:
    case BlockKind::kTextBox:
      return true;
    default:
      return false;
  }
}

std::string plain_text(const Document& document) {
  std::string out;
  for (const Block& b : document.blocks) {
    if (is_body_block(b.kind)) out += b.text + '\n';
  }
  for (const BlockKind kind : {BlockKind::kFootnote, BlockKind::kEndnote}) {
    for (const Block& b : document.blocks) {
      if (b.kind == kind) out += b.text + '\n';
    }
  }
  return out;
}

}  // namespace jamkoll
