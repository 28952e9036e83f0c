// The document model every reader produces and every later stage consumes: an ordered list of
// blocks (headings, paragraphs, list items, table cells, notes, …) with their text and where they
// stand. Comments are kept apart: they are reviewers' words, never strategy text.
// Tests: tests/ingest/docx_fixtures_test.cpp,
//   tests/ingest/odf_test.cpp (blocks compared through tests/ingest/block_expectations.h)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jamkoll {

enum class BlockKind {
  kTitle,
  kHeading,
  kParagraph,
  kListItem,
  kTableCell,
  kFootnote,
  kEndnote,
  kHeader,
  kFooter,
  kTextBox,
  kTocEntry,
};

// The stable names used in JSON and text output ("list-item", "toc-entry", …).
std::string_view block_kind_name(BlockKind kind);

// Body blocks are the strategy's running text, in reading order; notes, headers and footers
// and table-of-contents entries are not.
bool is_body_block(BlockKind kind);

struct TableLocation {
  int table = 0;  // counts tables in the part from 0
  int row = 0;
  int column = 0;  // grid column, so merged cells keep their place
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // NFC UTF-8; '\n' for line breaks, '\t' for tabs
  int level = 0;     // heading level 1–9; list nesting level from 0 for list items
  std::string part;  // e.g. "word/document.xml", "word/footnotes.xml"
  int index = 0;     // position in Document::blocks, from 0
  // Headings the block stands under, outermost first; a heading's own path ends with itself.
  std::vector<std::string> heading_path;
  std::optional<TableLocation> table;
};

struct Comment {
  std::string id;
  std::string text;  // never reported: kept so tests can prove it stays out of the strategy text
};

struct Document {
  std::string format;  // "docx", …
  std::vector<Block> blocks;
  std::vector<Comment> comments;
};

// The document's reading text: body blocks one a line in document order, then footnotes, then
// endnotes. No headers, footers or table-of-contents entries; comments never. (`extract --plain`)
std::string plain_text(const Document& document);

}  // namespace jamkoll
