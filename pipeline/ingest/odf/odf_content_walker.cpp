#include "ingest/odf/odf_content_walker.h"

#include "common/unicode.h"
#include "ingest/layout_characters.h"
#include "ingest/odf/odf_names.h"
#include "ingest/document_builder.h"

namespace jamkoll {
namespace {

using odf::is_table;
using odf::is_text;

constexpr int kMaxRepeat = 1000;  // repeated columns/rows/spaces beyond this are layout, not text

// Namespaces whose elements inside a paragraph carry no reading text of their own (drawings are
// read separately as text boxes; forms, charts and 3D scenes hold none).
bool is_non_text_namespace(std::string_view ns) {
  return ns == odf::kDraw || ns == odf::kOffice || ns == odf::kStyle || ns == odf::kTable ||
         ns == "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ||
         ns == "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" ||
         ns == "urn:oasis:names:tc:opendocument:xmlns:chart:1.0" ||
         ns == "urn:oasis:names:tc:opendocument:xmlns:form:1.0" ||
         ns == "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
}

bool is_index(const xmlNode* n) {
  if (!xml::is_element(n) || xml::ns_href(n) != odf::kText) return false;
  const std::string_view name = xml::local_name(n);
  return name == "table-of-content" || name == "illustration-index" || name == "table-index" ||
         name == "object-index" || name == "user-index" || name == "alphabetical-index" || name == "bibliography";
}

bool is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::set<std::string> odf_deletion_ids(const xmlNode* container) {
  std::set<std::string> ids;
  for (const xmlNode* c = container ? container->children : nullptr; c; c = c->next) {
    if (!is_text(c, "tracked-changes")) continue;
    for (const xmlNode* region = c->children; region; region = region->next) {
      if (!is_text(region, "changed-region") || !odf::child(region, odf::kText, "deletion")) continue;
      for (const std::string& id : {odf::attr(region, odf::kText, "id"),
                                    xml::attribute(region, "id", {"http://www.w3.org/XML/1998/namespace"})}) {
        if (!id.empty()) ids.insert(id);
      }
    }
  }
  return ids;
}

OdfContentWalker::OdfContentWalker(const OdfStyles& styles, const std::set<std::string>& deletions, std::string part,
                                   std::vector<Block>& out)
    : styles_(styles), deletions_(deletions), part_(std::move(part)), out_(out) {}

void OdfContentWalker::read_container(const xmlNode* container, BlockKind kind) {
  Sink sink;
  sink.forced_kind = kind;
  walk_blocks(container, sink);
}

void OdfContentWalker::walk_blocks(const xmlNode* container, const Sink& sink) {
  for (const xmlNode* c = container ? container->children : nullptr; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (is_text(c, "p") || is_text(c, "h")) {
      read_paragraph(c, sink);
    } else if (is_text(c, "list")) {
      read_list(c, sink);
    } else if (is_text(c, "numbered-paragraph")) {
      Sink item = sink;
      item.list_depth = std::max(0, odf::count_attr(c, odf::kText, "level", 1, 10) - 1);
      walk_blocks(c, item);
    } else if (is_table(c, "table")) {
      read_table(c, sink);
    } else if (is_index(c)) {
      Sink index = sink;
      index.in_index = true;
      walk_blocks(odf::child(c, odf::kText, "index-body"), index);
    } else if (is_text(c, "section") || is_text(c, "index-body") || is_text(c, "index-title")) {
      walk_blocks(c, sink);
    } else if (xml::ns_href(c) == odf::kDraw) {
      // A frame anchored to the page or paragraph area rather than to a character.
      std::vector<Block> boxes;
      read_drawing(c, boxes);
      if (!in_deletion()) append_boxes(boxes);
    } else {
      track_change_mark(c);
    }
    // text:tracked-changes (deleted text lives there), declarations, forms: no reading text.
  }
}

void OdfContentWalker::read_paragraph(const xmlNode* p, const Sink& sink) {
  ParagraphText para;
  walk_inline(p, para);
  std::string text(trim(para.text));

  if (sink.collect) {
    if (!text.empty()) *sink.collect += (sink.collect->empty() ? "" : "\n") + text;
  } else {
    const OdfParagraphTraits traits = styles_.traits(odf::attr(p, odf::kText, "style-name"));
    BlockKind kind = sink.forced_kind;
    int level = 0;
    if (kind == BlockKind::kParagraph) {
      if (sink.in_index || traits.is_toc) {
        kind = BlockKind::kTocEntry;
      } else if (traits.is_title) {
        kind = BlockKind::kTitle;
      } else if (is_text(p, "h")) {
        kind = BlockKind::kHeading;
        level = odf::count_attr(p, odf::kText, "outline-level", 1, 9);
      } else if (traits.heading_level > 0) {
        kind = BlockKind::kHeading;
        level = traits.heading_level;
      } else if (sink.list_depth >= 0) {
        kind = BlockKind::kListItem;
        level = sink.list_depth;
      }
    }
    emit(kind, std::move(text), level, p);
  }
  append_boxes(para.text_boxes);
}

void OdfContentWalker::read_list(const xmlNode* list, const Sink& sink) {
  Sink item = sink;
  item.list_depth = sink.list_depth + 1;
  for (const xmlNode* c = list->children; c; c = c->next) {
    if (is_text(c, "list-item") || is_text(c, "list-header")) walk_blocks(c, item);
  }
}

void OdfContentWalker::read_table(const xmlNode* table, const Sink& sink) {
  const int table_index = tables_++;
  int row_index = 0;
  auto walk_rows = [&](auto& self, const xmlNode* parent) -> void {
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (is_table(c, "table-row")) {
        read_row(c, table_index, row_index, sink);
        row_index += odf::count_attr(c, odf::kTable, "number-rows-repeated", 1, kMaxRepeat);
      } else if (is_table(c, "table-header-rows") || is_table(c, "table-rows") || is_table(c, "table-row-group")) {
        self(self, c);
      } else {
        track_change_mark(c);
      }
    }
  };
  walk_rows(walk_rows, table);
}

void OdfContentWalker::read_row(const xmlNode* row, int table, int row_index, const Sink& sink) {
  int column = 0;
  for (const xmlNode* c = row->children; c; c = c->next) {
    const bool cell = is_table(c, "table-cell");
    if (!cell && !is_table(c, "covered-table-cell")) continue;
    if (cell) {
      if (sink.collect) {
        walk_blocks(c, sink);  // a table inside a cell or note joins that text
      } else {
        std::string text;
        Sink inner = sink;
        inner.collect = &text;
        walk_blocks(c, inner);
        BlockKind kind = sink.forced_kind == BlockKind::kParagraph ? BlockKind::kTableCell : sink.forced_kind;
        if (sink.in_index) kind = BlockKind::kTocEntry;
        const std::size_t first = out_.size();
        emit(kind, std::move(text), 0, c);
        if (out_.size() > first) out_.back().table = TableLocation{table, row_index, column};
      }
    }
    column += odf::count_attr(c, odf::kTable, "number-columns-repeated", 1, kMaxRepeat);
  }
}

void OdfContentWalker::walk_inline(const xmlNode* parent, ParagraphText& para) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (!in_deletion()) append_text(para, xml::node_text(c));
      continue;
    }
    if (!xml::is_element(c) || track_change_mark(c)) continue;
    const std::string_view ns = xml::ns_href(c);
    const std::string_view name = xml::local_name(c);
    if (ns == odf::kText) {
      read_inline_text_element(c, name, para);
    } else if (ns == odf::kOffice) {
      if (name == "annotation") read_annotation(c);
      // office:annotation-end marks where a comment's range ends: no text.
    } else if (ns == odf::kDraw) {
      if (!in_deletion()) read_drawing(c, para.text_boxes);
    } else if (!is_non_text_namespace(ns)) {
      walk_inline(c, para);  // extensions such as LibreOffice's loext:content-control
    }
  }
}

// One text: element inside a paragraph: spaces, tabs, breaks, notes, or markup to walk into.
void OdfContentWalker::read_inline_text_element(const xmlNode* c, std::string_view name, ParagraphText& para) {
  if (name == "s") {
    if (!in_deletion()) append_explicit(para, std::string(static_cast<std::size_t>(odf::count_attr(c, odf::kText, "c", 1, kMaxRepeat)), ' '));
  } else if (name == "tab") {
    if (!in_deletion()) append_explicit(para, "\t");
  } else if (name == "line-break") {
    if (!in_deletion()) append_explicit(para, "\n");
  } else if (name == "note") {
    if (!in_deletion()) read_note(c);
  } else if (name != "soft-page-break" && name != "ruby-text" && name != "tracked-changes") {
    walk_inline(c, para);  // spans, links, fields (their shown result), ruby bases, meta
  }
}

// text:change-start / text:change-end / text:change; true when `node` was one of them.
bool OdfContentWalker::track_change_mark(const xmlNode* node) {
  if (is_text(node, "change-start")) {
    const std::string id = odf::attr(node, odf::kText, "change-id");
    if (deletions_.count(id)) open_deletions_.insert(id);
    return true;
  }
  if (is_text(node, "change-end")) {
    open_deletions_.erase(odf::attr(node, odf::kText, "change-id"));
    return true;
  }
  return is_text(node, "change");
}

void OdfContentWalker::read_note(const xmlNode* note) {
  std::string text;
  Sink sink;
  sink.collect = &text;
  walk_blocks(odf::child(note, odf::kText, "note-body"), sink);
  text = std::string(trim(text));
  if (text.empty()) return;
  Block block;
  block.kind = odf::attr(note, odf::kText, "note-class") == "endnote" ? BlockKind::kEndnote : BlockKind::kFootnote;
  block.text = std::move(text);
  block.part = part_;
  notes_.push_back({std::move(block), out_.size()});
}

void OdfContentWalker::read_annotation(const xmlNode* annotation) {
  // Read with a walker of its own: a comment must not open or close the text's deletion ranges.
  std::vector<Block> unused;
  OdfContentWalker inner(styles_, deletions_, part_, unused);
  std::string text;
  Sink sink;
  sink.collect = &text;
  inner.walk_blocks(annotation, sink);
  comments_.push_back({odf::attr(annotation, odf::kOffice, "name"), std::move(text)});
}

void OdfContentWalker::read_drawing(const xmlNode* drawing, std::vector<Block>& boxes) {
  const std::string_view name = xml::local_name(drawing);
  if (name == "object" || name == "object-ole" || name == "applet" || name == "plugin") return;  // embedded documents
  OdfContentWalker inner(styles_, deletions_, part_, boxes);
  Sink sink;
  sink.forced_kind = BlockKind::kTextBox;
  inner.walk_blocks(drawing, sink);  // draw:text-box in draw:frame, text in shapes, shapes in draw:g
  for (const Note& n : inner.notes_) notes_.push_back({n.block, out_.size()});
  for (Comment& c : inner.comments_) comments_.push_back(std::move(c));
}

void OdfContentWalker::append_text(ParagraphText& para, std::string_view raw) {
  for (const char c : without_layout_characters(raw)) {
    if (is_whitespace(c)) {
      if (!para.after_space) para.text += ' ';
      para.after_space = true;
    } else {
      para.text += c;
      para.after_space = false;
    }
  }
}

void OdfContentWalker::append_explicit(ParagraphText& para, std::string_view text) {
  para.text += text;
  para.after_space = true;
}

void OdfContentWalker::emit(BlockKind kind, std::string text, int level, const xmlNode* origin) {
  const std::size_t before = out_.size();
  append_block(out_, kind, std::move(text), level, part_);
  if (origins_ && out_.size() > before) origins_->push_back(origin);
}

void OdfContentWalker::append_boxes(std::vector<Block>& boxes) {
  for (Block& box : boxes) {
    out_.push_back(std::move(box));
    if (origins_) origins_->push_back(nullptr);
  }
}

}  // namespace jamkoll
