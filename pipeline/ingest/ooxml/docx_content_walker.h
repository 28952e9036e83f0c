// Turns WordprocessingML content (the body, a note, a header or footer) into blocks with the text
// a reader sees: accepted tracked changes only (w:ins and w:moveTo count; w:del and w:moveFrom do
// not), field results without field codes, content controls without their placeholder
// properties, text boxes read once, table-of-contents fields and styles marked as toc entries.
// Soft hyphens and symbol-font glyphs written as characters are dropped like w:softHyphen and
// w:sym (layout_characters.h).
//
// Word 2003 XML uses the same vocabulary with a few additions the walker also reads: wx: wrappers
// (sections), aml:annotation insertions (their text counts; deletions and comments do not),
// w:hlink, w:listPr, and notes written inline in the run (lifted out: lifted_notes()).
//
// The walker keeps field state across paragraphs (a TOC field spans many), so one walker reads
// one part from start to end. Not thread-safe; cheap to create.
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp, tests/ingest/word2003_test.cpp;
//   fuzzed by tests/fuzz/fuzz_docx.cpp
#pragma once

#include <libxml/tree.h>

#include <map>
#include <string>
#include <vector>

#include "ingest/ooxml/docx_styles.h"
#include "ingest/document.h"

namespace jamkoll {

class DocxContentWalker {
 public:
  // Blocks are appended to `out`; `part` is recorded on each.
  DocxContentWalker(const DocxStyles& styles, std::string part, std::vector<Block>& out);

  // Reads the children of w:body, w:hdr or w:ftr. `kind` forces a block kind for every block
  // (headers and footers); kParagraph lets paragraph styles decide (the body).
  void read_container(const xmlNode* container, BlockKind kind = BlockKind::kParagraph);

  // Reads one note (w:footnote/w:endnote) into a single block of `kind`, paragraphs joined by '\n'.
  void read_note(const xmlNode* note, BlockKind kind);

  // Footnote/endnote id → index (in `out`) of the block whose text carries the reference.
  const std::map<std::string, std::size_t>& footnote_anchors() const { return footnote_anchors_; }
  const std::map<std::string, std::size_t>& endnote_anchors() const { return endnote_anchors_; }

  // Word 2003 notes written inside the run that cites them, in reading order: a kFootnote or
  // kEndnote block each, and the index (in `out`) of the block that held the citation.
  struct LiftedNote {
    Block block;
    std::size_t anchor;
  };
  const std::vector<LiftedNote>& lifted_notes() const { return lifted_notes_; }

  // From now on, for every block appended to `out`, appends to `origins` the element it was read
  // from: the w:p of a paragraph, the w:tc of a table cell, nullptr for a text box or a note. The
  // annotator uses this to put a comment on the paragraph a block came from.
  void record_origins(std::vector<const xmlNode*>* origins) { origins_ = origins; }

 private:
  struct Field {
    std::string instruction;
    bool in_result = false;
    bool is_toc = false;
  };
  // Where the text of the paragraphs being read goes.
  struct Sink {
    BlockKind forced_kind = BlockKind::kParagraph;  // kParagraph: decide by paragraph style
    std::string* collect = nullptr;                 // non-null: append paragraph text here (cells, notes)
    bool in_toc_control = false;                    // inside a Table of Contents content control
  };
  struct ParagraphText {
    std::string text;
    bool toc = false;
    std::vector<Block> text_boxes;
  };

  void walk_blocks(const xmlNode* container, const Sink& sink);
  void read_paragraph(const xmlNode* p, const Sink& sink);
  void read_table(const xmlNode* table, const Sink& sink);
  void read_row(const xmlNode* row, int table, int row_index, const Sink& sink);
  void walk_inline(const xmlNode* parent, ParagraphText& para);
  void read_run_content(const xmlNode* run, ParagraphText& para);
  void read_field_char(const xmlNode* c);
  void read_symbol(const xmlNode* c, ParagraphText& para);
  void read_inline_note(const xmlNode* c, BlockKind kind);
  void read_text_boxes(const xmlNode* drawing, ParagraphText& para);
  void append_text(ParagraphText& para, std::string_view text);
  void emit(BlockKind kind, std::string text, int level, const xmlNode* origin = nullptr);
  bool in_field_instruction() const;

  const DocxStyles& styles_;
  std::string part_;
  std::vector<Block>& out_;
  std::vector<Field> fields_;
  int tables_ = 0;
  std::map<std::string, std::size_t> footnote_anchors_;
  std::map<std::string, std::size_t> endnote_anchors_;
  std::vector<LiftedNote> lifted_notes_;
  std::vector<const xmlNode*>* origins_ = nullptr;
};

}  // namespace jamkoll
