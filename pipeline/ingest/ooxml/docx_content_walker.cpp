#include "ingest/ooxml/docx_content_walker.h"

#include <algorithm>
#include <cctype>

#include "common/unicode.h"
#include "ingest/layout_characters.h"
#include "ingest/ooxml/ooxml_names.h"
#include "ingest/document_builder.h"

namespace jamkoll {
namespace {

using ooxml::is_w;
using ooxml::w_attr;
using ooxml::w_child;

bool starts_with_toc(const std::string& instruction) {
  const std::string_view s = trim(instruction);
  return s.size() >= 3 && std::toupper(static_cast<unsigned char>(s[0])) == 'T' &&
         std::toupper(static_cast<unsigned char>(s[1])) == 'O' && std::toupper(static_cast<unsigned char>(s[2])) == 'C' &&
         (s.size() == 3 || s[3] == ' ' || s[3] == '\\');
}

bool is_toc_gallery(const xmlNode* sdt) {
  const xmlNode* pr = w_child(sdt, "sdtPr");
  for (const char* holder : {"docPartObj", "docPartList"}) {
    if (const xmlNode* obj = w_child(pr, holder)) {
      if (w_attr(w_child(obj, "docPartGallery"), "val") == "Table of Contents") return true;
    }
  }
  return false;
}

int int_value(const xmlNode* node, int fallback) {
  const std::string v = w_attr(node, "val");
  if (v.empty() || v.size() > 6 || !std::all_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c) || c == '-'; })) {
    return fallback;
  }
  return std::stoi(v);
}

// Elements whose children are read as if they stood in their parent's place.
bool is_transparent_inline(const xmlNode* n) {
  return is_w(n, "ins") || is_w(n, "moveTo") || is_w(n, "hyperlink") || is_w(n, "hlink") || is_w(n, "smartTag") ||
         is_w(n, "customXml") || ooxml::is_foreign_wrapper(n) || is_w(n, "fldSimple") || is_w(n, "dir") ||
         is_w(n, "bdo") || is_w(n, "sdtContent");
}

// Math text (m:t) in reading order.
void collect_math_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (xml::local_name(c) == "t") {
      out += xml::child_text(c);
    } else {
      collect_math_text(c, out);
    }
  }
}

}  // namespace

DocxContentWalker::DocxContentWalker(const DocxStyles& styles, std::string part, std::vector<Block>& out)
    : styles_(styles), part_(std::move(part)), out_(out) {}

void DocxContentWalker::read_container(const xmlNode* container, BlockKind kind) {
  Sink sink;
  sink.forced_kind = kind;
  walk_blocks(container, sink);
}

void DocxContentWalker::read_note(const xmlNode* note, BlockKind kind) {
  std::string text;
  Sink sink;
  sink.forced_kind = kind;
  sink.collect = &text;
  walk_blocks(note, sink);
  emit(kind, std::move(text), 0);
}

void DocxContentWalker::walk_blocks(const xmlNode* container, const Sink& sink) {
  for (const xmlNode* c = container ? container->children : nullptr; c; c = c->next) {
    if (is_w(c, "p")) {
      read_paragraph(c, sink);
    } else if (is_w(c, "tbl")) {
      read_table(c, sink);
    } else if (is_w(c, "sdt")) {
      Sink inner = sink;
      inner.in_toc_control = sink.in_toc_control || is_toc_gallery(c);
      walk_blocks(w_child(c, "sdtContent"), inner);
    } else if (ooxml::is_mc(c, "AlternateContent")) {
      walk_blocks(ooxml::chosen_alternative(c), sink);
    } else if (is_w(c, "customXml") || is_w(c, "ins") || is_w(c, "moveTo") || ooxml::is_aux_hint_wrapper(c) ||
               ooxml::is_foreign_wrapper(c)) {
      walk_blocks(c, sink);
    } else if (const xmlNode* inserted = ooxml::inserted_content(c)) {
      walk_blocks(inserted, sink);
    }
    // w:del, w:moveFrom, w:sectPr, bookmarks and the like hold no accepted text.
  }
}

void DocxContentWalker::read_paragraph(const xmlNode* p, const Sink& sink) {
  const xmlNode* ppr = w_child(p, "pPr");
  ParagraphStyleTraits traits = styles_.traits(w_attr(w_child(ppr, "pStyle"), "val"));
  if (const xmlNode* outline = w_child(ppr, "outlineLvl")) {
    const int level = int_value(outline, 9);
    traits.heading_level = (level >= 0 && level <= 8) ? level + 1 : 0;
  }
  if (const xmlNode* num = w_child(ppr, "numPr")) {
    if (const xmlNode* id = w_child(num, "numId")) traits.is_list = int_value(id, 0) != 0;
    if (const xmlNode* ilvl = w_child(num, "ilvl")) traits.list_level = int_value(ilvl, 0);
  } else if (const xmlNode* list = w_child(ppr, "listPr")) {  // Word 2003: ilfo 0 means no list
    if (const xmlNode* ilfo = w_child(list, "ilfo")) traits.is_list = int_value(ilfo, 0) != 0;
    if (const xmlNode* ilvl = w_child(list, "ilvl")) traits.list_level = int_value(ilvl, 0);
  }

  ParagraphText para;
  walk_inline(p, para);
  std::string text(trim(para.text));

  if (sink.collect) {
    if (!text.empty()) *sink.collect += (sink.collect->empty() ? "" : "\n") + text;
  } else {
    BlockKind kind = sink.forced_kind;
    int level = 0;
    if (kind == BlockKind::kParagraph) {
      if (para.toc || sink.in_toc_control || traits.is_toc) {
        kind = BlockKind::kTocEntry;
      } else if (traits.is_title) {
        kind = BlockKind::kTitle;
      } else if (traits.heading_level > 0) {
        kind = BlockKind::kHeading;
        level = traits.heading_level;
      } else if (traits.is_list) {
        kind = BlockKind::kListItem;
        level = traits.list_level;
      }
    }
    emit(kind, std::move(text), level, p);
  }
  for (Block& box : para.text_boxes) {
    out_.push_back(std::move(box));
    if (origins_) origins_->push_back(nullptr);
  }
}

void DocxContentWalker::read_table(const xmlNode* table, const Sink& sink) {
  const int table_index = tables_++;
  int row_index = 0;
  // Rows may be wrapped in content controls or custom XML.
  std::vector<const xmlNode*> pending{table};
  auto walk_rows = [&](auto& self, const xmlNode* parent) -> void {
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (is_w(c, "tr")) {
        read_row(c, table_index, row_index++, sink);
      } else if (is_w(c, "sdt")) {
        if (const xmlNode* content = w_child(c, "sdtContent")) self(self, content);
      } else if (is_w(c, "customXml") || is_w(c, "ins") || is_w(c, "moveTo")) {
        self(self, c);
      }
    }
  };
  walk_rows(walk_rows, table);
}

void DocxContentWalker::read_row(const xmlNode* row, int table, int row_index, const Sink& sink) {
  int column = 0;
  auto walk_cells = [&](auto& self, const xmlNode* parent) -> void {
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (is_w(c, "tc")) {
        const int span = std::max(1, int_value(w_child(w_child(c, "tcPr"), "gridSpan"), 1));
        if (sink.collect) {
          walk_blocks(c, sink);  // a table inside a note joins the note's text
        } else {
          std::string text;
          Sink cell = sink;
          cell.collect = &text;
          walk_blocks(c, cell);
          const std::size_t first = out_.size();
          BlockKind kind = sink.forced_kind == BlockKind::kParagraph ? BlockKind::kTableCell : sink.forced_kind;
          if (sink.in_toc_control) kind = BlockKind::kTocEntry;
          emit(kind, std::move(text), 0, c);
          if (out_.size() > first) out_.back().table = TableLocation{table, row_index, column};
        }
        column += span;
      } else if (is_w(c, "sdt")) {
        if (const xmlNode* content = w_child(c, "sdtContent")) self(self, content);
      } else if (is_w(c, "customXml")) {
        self(self, c);
      }
    }
  };
  walk_cells(walk_cells, row);
}

void DocxContentWalker::walk_inline(const xmlNode* parent, ParagraphText& para) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (is_w(c, "r")) {
      read_run_content(c, para);
    } else if (is_w(c, "sdt")) {
      if (const xmlNode* content = w_child(c, "sdtContent")) walk_inline(content, para);
    } else if (is_w(c, "fldSimple")) {
      if (starts_with_toc(w_attr(c, "instr"))) para.toc = true;
      walk_inline(c, para);
    } else if (is_transparent_inline(c)) {
      walk_inline(c, para);
    } else if (ooxml::is_mc(c, "AlternateContent")) {
      if (const xmlNode* branch = ooxml::chosen_alternative(c)) walk_inline(branch, para);
    } else if (const xmlNode* inserted = ooxml::inserted_content(c)) {
      walk_inline(inserted, para);
    } else if (xml::local_name(c) == "oMath" || xml::local_name(c) == "oMathPara") {
      const std::string_view ns = xml::ns_href(c);
      if (ns == ooxml::kMath || ns == ooxml::kMathStrict) {
        std::string math;
        collect_math_text(c, math);
        append_text(para, math);
      }
    }
    // w:pPr, w:del, w:moveFrom, bookmarks, proofErr and comment marks add no text.
  }
}

void DocxContentWalker::read_run_content(const xmlNode* run, ParagraphText& para) {
  for (const xmlNode* c = run->children; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    const std::string_view name = xml::local_name(c);
    if (ooxml::is_mc(c, "AlternateContent")) {
      if (const xmlNode* branch = ooxml::chosen_alternative(c)) read_run_content(branch, para);
      continue;
    }
    if (!ooxml::is_word_ns(xml::ns_href(c))) continue;
    if (name == "t") {
      append_text(para, without_layout_characters(xml::child_text(c)));
    } else if (name == "r") {
      read_run_content(c, para);  // LibreOffice's Word 2003 export nests runs in hyperlinks
    } else if (name == "instrText") {
      if (!fields_.empty() && !fields_.back().in_result) fields_.back().instruction += xml::child_text(c);
    } else if (name == "fldChar") {
      read_field_char(c);
    } else if (name == "tab" || name == "ptab") {
      append_text(para, "\t");
    } else if (name == "br" || name == "cr") {
      append_text(para, "\n");
    } else if (name == "noBreakHyphen") {
      append_text(para, "-");
    } else if (name == "sym") {
      read_symbol(c, para);
    } else if (name == "footnoteReference") {
      footnote_anchors_.emplace(w_attr(c, "id"), out_.size());
    } else if (name == "endnoteReference") {
      endnote_anchors_.emplace(w_attr(c, "id"), out_.size());
    } else if (name == "drawing" || name == "pict" || name == "object") {
      read_text_boxes(c, para);
    } else if (name == "footnote" || name == "endnote") {  // Word 2003: the note itself, inline
      read_inline_note(c, name == "footnote" ? BlockKind::kFootnote : BlockKind::kEndnote);
    }
    // w:softHyphen is an optional hyphenation point: no text. w:delText and w:delInstrText only
    // occur inside deletions.
  }
}

// w:fldChar: a field begins, its shown result begins (separate) or it ends.
void DocxContentWalker::read_field_char(const xmlNode* c) {
  const std::string type = w_attr(c, "fldCharType");
  if (type == "begin") {
    fields_.push_back({});
  } else if (type == "separate" && !fields_.empty()) {
    fields_.back().in_result = true;
    fields_.back().is_toc = starts_with_toc(fields_.back().instruction);
  } else if (type == "end" && !fields_.empty()) {
    fields_.pop_back();
  }
}

// w:sym: the character its w:char attribute names in hex.
void DocxContentWalker::read_symbol(const xmlNode* c, ParagraphText& para) {
  const std::string hex = w_attr(c, "char");
  char32_t code = 0;
  bool ok = !hex.empty() && hex.size() <= 6;
  for (char h : hex) {
    const int v = std::isdigit(static_cast<unsigned char>(h)) ? h - '0'
                  : (std::tolower(static_cast<unsigned char>(h)) >= 'a' && std::tolower(static_cast<unsigned char>(h)) <= 'f')
                      ? std::tolower(static_cast<unsigned char>(h)) - 'a' + 10
                      : -1;
    if (v < 0) ok = false;
    code = code * 16 + static_cast<char32_t>(std::max(v, 0));
  }
  // Symbol fonts put their glyphs at F000–F0FF; those are not characters a reader sees as text.
  if (ok && !(code >= 0xF000 && code <= 0xF0FF) && code < 0x110000 && !(code >= 0xD800 && code <= 0xDFFF)) {
    std::string s;
    append_utf8(s, code);
    append_text(para, s);
  }
}

// Word 2003 puts a note's text inline in the run; it is read as a note block anchored here.
void DocxContentWalker::read_inline_note(const xmlNode* c, BlockKind kind) {
  std::vector<Block> note;
  DocxContentWalker inner(styles_, part_, note);
  inner.read_note(c, kind);
  for (Block& b : note) lifted_notes_.push_back({std::move(b), out_.size()});
}

void DocxContentWalker::read_text_boxes(const xmlNode* node, ParagraphText& para) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (is_w(c, "txbxContent")) {
      DocxContentWalker inner(styles_, part_, para.text_boxes);
      inner.read_container(c, BlockKind::kTextBox);
    } else if (ooxml::is_mc(c, "AlternateContent")) {
      if (const xmlNode* branch = ooxml::chosen_alternative(c)) read_text_boxes(branch, para);
    } else {
      read_text_boxes(c, para);
    }
  }
}

// Text counts only when every open field is showing its result: a field nested inside another
// field's instruction (IF, DOCPROPERTY) feeds that instruction, not the page.
bool DocxContentWalker::in_field_instruction() const {
  return std::any_of(fields_.begin(), fields_.end(), [](const Field& f) { return !f.in_result; });
}

void DocxContentWalker::append_text(ParagraphText& para, std::string_view text) {
  if (in_field_instruction()) return;
  for (const Field& f : fields_) para.toc = para.toc || (f.is_toc && f.in_result);
  para.text += text;
}

void DocxContentWalker::emit(BlockKind kind, std::string text, int level, const xmlNode* origin) {
  const std::size_t before = out_.size();
  append_block(out_, kind, std::move(text), level, part_);
  if (origins_ && out_.size() > before) origins_->push_back(origin);
}

}  // namespace jamkoll
