// Turns OpenDocument text content (office:text, a header or footer) into blocks with the text a
// reader sees. ODF keeps notes, comments and frames inline in the paragraph; the walker lifts them
// out so they never splice into the sentence:
//   - text:note → a footnote/endnote (notes()), the body keeps no citation mark;
//   - office:annotation → a comment (comments()), never text;
//   - draw:frame / draw:text-box / shapes → text-box blocks right after the anchoring paragraph.
// Tracked changes: text between text:change-start and text:change-end of a deletion region does
// not count (LibreOffice writes deletions that way); text:change marks and the deleted text kept in
// text:tracked-changes never do; insertions count. Whitespace is collapsed as ODF says; text:s,
// text:tab and text:line-break are the explicit spaces, tabs and line breaks; soft hyphens and
// symbol-font glyphs are dropped (see layout_characters.h).
//
// One walker reads one part from start to end (deletion ranges may span paragraphs). Not
// thread-safe; cheap to create.
// Tests: end to end through read_document in tests/ingest/odf_test.cpp
#pragma once

#include <libxml/tree.h>

#include <set>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/odf/odf_styles.h"

namespace jamkoll {

// Ids (text:id / xml:id) of the text:changed-region elements under `container` (office:text, or
// any element holding text:tracked-changes) that record a deletion.
std::set<std::string> odf_deletion_ids(const xmlNode* container);

class OdfContentWalker {
 public:
  struct Note {
    Block block;         // kind kFootnote or kEndnote, paragraphs joined by '\n'
    std::size_t anchor;  // index in `out` of the block that held the citation
  };

  // Blocks are appended to `out`; `part` is recorded on each. REQUIRES: styles and deletions
  // outlive the walker.
  OdfContentWalker(const OdfStyles& styles, const std::set<std::string>& deletions, std::string part,
                   std::vector<Block>& out);

  // Reads the children of office:text, style:header, style:footer, … `kind` forces a block kind
  // for every block (headers, footers); kParagraph lets element and style decide (the body).
  void read_container(const xmlNode* container, BlockKind kind = BlockKind::kParagraph);

  const std::vector<Note>& notes() const { return notes_; }
  const std::vector<Comment>& comments() const { return comments_; }

  // From now on, for every block appended to `out`, appends to `origins` the element it was read
  // from: the text:p or text:h of a paragraph, the table:table-cell of a cell, nullptr for a text
  // box. The annotator uses this to put a comment on the paragraph a block came from.
  void record_origins(std::vector<const xmlNode*>* origins) { origins_ = origins; }

 private:
  // Where the text of the paragraphs being read goes.
  struct Sink {
    BlockKind forced_kind = BlockKind::kParagraph;  // kParagraph: decide by element and style
    std::string* collect = nullptr;                 // non-null: append paragraph text here (cells, notes)
    bool in_index = false;                          // inside a table of contents (or another index)
    int list_depth = -1;                            // nesting of text:list, -1 outside lists
  };
  struct ParagraphText {
    std::string text;
    bool after_space = true;  // collapsible whitespace is dropped after whitespace and at the start
    std::vector<Block> text_boxes;
  };

  void walk_blocks(const xmlNode* container, const Sink& sink);
  void read_paragraph(const xmlNode* p, const Sink& sink);
  void read_list(const xmlNode* list, const Sink& sink);
  void read_table(const xmlNode* table, const Sink& sink);
  void read_row(const xmlNode* row, int table, int row_index, const Sink& sink);
  void walk_inline(const xmlNode* parent, ParagraphText& para);
  void read_inline_text_element(const xmlNode* c, std::string_view name, ParagraphText& para);
  void read_note(const xmlNode* note);
  void read_annotation(const xmlNode* annotation);
  void read_drawing(const xmlNode* drawing, std::vector<Block>& boxes);
  bool track_change_mark(const xmlNode* node);
  bool in_deletion() const { return !open_deletions_.empty(); }
  void append_text(ParagraphText& para, std::string_view text);
  void append_explicit(ParagraphText& para, std::string_view text);
  void emit(BlockKind kind, std::string text, int level, const xmlNode* origin = nullptr);
  void append_boxes(std::vector<Block>& boxes);

  const OdfStyles& styles_;
  const std::set<std::string>& deletions_;
  std::string part_;
  std::vector<Block>& out_;
  std::set<std::string> open_deletions_;
  int tables_ = 0;
  std::vector<Note> notes_;
  std::vector<Comment> comments_;
  std::vector<const xmlNode*>* origins_ = nullptr;
};

}  // namespace jamkoll
