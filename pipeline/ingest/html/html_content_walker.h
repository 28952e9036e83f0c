// Turns a parsed HTML tree (libxml2's HTML DOM, element names lower-case) into blocks; see
// html_reader.h for the conventions. Block elements end the paragraph being read and start their
// own; inline elements add to it. Notes, headers and footers are kept apart for the reader to put
// after the body, as every format does.
//
// One walker reads one document. Not thread-safe; cheap to create.
// Tests: end to end through read_document in tests/ingest/html_test.cpp
#pragma once

#include <libxml/tree.h>

#include <map>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/html/html_table_grid.h"

namespace jamkoll {

class HtmlContentWalker {
 public:
  struct Note {
    Block block;     // kFootnote or kEndnote
    std::string id;  // the id its citation points at, normalised (see note_key in the .cpp)
  };

  // Body blocks are appended to `out`. REQUIRES: `out` outlives the walker.
  explicit HtmlContentWalker(std::vector<Block>& out);

  // Reads the children of `body` (the body element, or the root of a fragment).
  void read(const xmlNode* body);

  const std::vector<Note>& notes() const { return notes_; }
  // Citation target (normalised) → index in `out` of the block that held the citation.
  const std::map<std::string, std::size_t>& citations() const { return citations_; }
  // How much table grid the document used, and which tables were placed without spans past a
  // limit (html_table_grid.h).
  const GridBudget& grid_budget() const { return grid_budget_; }
  // Header and footer blocks, headers first.
  std::vector<Block> page_blocks() const;

 private:
  struct Sink {
    BlockKind kind = BlockKind::kParagraph;
    int level = 0;
    bool forced = false;             // kind set by a container (toc, header, footer): children keep it
    std::string* collect = nullptr;  // non-null: paragraphs join here with '\n' (table cells, notes)
    std::vector<Block>* target = nullptr;  // where blocks go (null: out_)
    int list_depth = -1;
    bool pre = false;       // whitespace kept as written
    bool note_list = false;  // inside a DPUB/pandoc list of notes: each li is a note
  };

  void walk(const xmlNode* parent, const Sink& sink, int depth);
  void read_element(const xmlNode* element, const Sink& sink, int depth);
  bool read_mark(const xmlNode* c, const std::string& name, const std::string& element);
  bool read_note_element(const xmlNode* c, const std::string& name, const std::string& element, const std::string& id,
                         const std::string& role, const Sink& sink, int depth);
  Sink container_sink(const xmlNode* c, const std::string& name, const std::string& lower_id, const std::string& role,
                      const Sink& sink);
  static void set_block_kind(const xmlNode* c, const std::string& name, const Sink& sink, Sink& inner);
  void read_table(const xmlNode* table, const Sink& sink, int depth);
  void read_note(const xmlNode* element, BlockKind kind, const std::string& id, int depth);
  void append_text(std::string_view text, const Sink& sink);
  void append_explicit(std::string_view text);
  void flush(const Sink& sink);
  void emit(std::vector<Block>& target, BlockKind kind, std::string text, int level);

  std::vector<Block>& out_;
  std::string para_;
  bool after_space_ = true;
  int tables_ = 0;
  GridBudget grid_budget_;
  std::vector<Note> notes_;
  std::map<std::string, std::size_t> citations_;
  std::vector<Block> headers_;
  std::vector<Block> footers_;
};

}  // namespace jamkoll
