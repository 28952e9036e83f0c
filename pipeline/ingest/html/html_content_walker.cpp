#include "ingest/html/html_content_walker.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "common/ascii.h"
#include "common/unicode.h"
#include "common/xml_node.h"
#include "ingest/layout_characters.h"
#include "ingest/document_builder.h"

namespace jamkoll {
namespace {

constexpr int kMaxDepth = 512;  // libxml2's HTML parser already stops nesting at 256
constexpr const char* kPart = "body";

std::string attr(const xmlNode* node, std::string_view name) { return xml::attribute(node, name); }

bool has_class(const xmlNode* node, std::string_view wanted) {
  const std::string classes = ascii_lower(attr(node, "class"));
  std::size_t start = 0;
  while (start < classes.size()) {
    std::size_t end = classes.find_first_of(" \t\n\r", start);
    if (end == std::string::npos) end = classes.size();
    if (std::string_view(classes).substr(start, end - start) == wanted) return true;
    start = end + 1;
  }
  return false;
}

bool class_starts_with(const xmlNode* node, std::string_view prefix) {
  return ascii_lower(attr(node, "class")).rfind(prefix, 0) == 0;
}

// The style attribute lower-cased without spaces ("mso-list:ignore").
std::string compact_style(const xmlNode* node) {
  std::string style = ascii_lower(attr(node, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), [](unsigned char c) { return std::isspace(c); }), style.end());
  return style;
}

// Word's mso-element:NAME from the style attribute, "" if none.
std::string mso_element(const xmlNode* node) {
  const std::string style = compact_style(node);
  const std::size_t at = style.find("mso-element:");
  if (at == std::string::npos) return {};
  const std::size_t start = at + 12;
  return style.substr(start, style.find(';', start) - start);
}

// A colspan or rowspan: digits only, else 1; a large value saturates at `max` (HTML's limit).
int count(const xmlNode* node, std::string_view name, int max) {
  const std::string value = attr(node, name);
  if (value.empty() || !std::all_of(value.begin(), value.end(), [](unsigned char ch) { return std::isdigit(ch); })) {
    return 1;
  }
  int n = 0;
  for (const char ch : value) n = std::min(max, n * 10 + (ch - '0'));
  return std::max(1, n);
}

// A note's id and the target of its citation link agree once "#", leading "_" and LibreOffice's
// "sym" suffix are dropped: #sdfootnote1sym ~ sdfootnote1, #_ftn1 ~ ftn1 (Word), #fn1 ~ fn1.
std::string note_key(std::string id) {
  while (!id.empty() && (id.front() == '#' || id.front() == '_')) id.erase(0, 1);
  if (id.size() > 3 && id.compare(id.size() - 3, 3, "sym") == 0) id.resize(id.size() - 3);
  return id;
}

bool is_skipped(std::string_view name) {
  static const char* const kSkipped[] = {"head",   "title", "script", "style",  "noscript", "template", "nav",
                                         "footer", "iframe", "object", "embed", "svg",      "canvas",   "select",
                                         "datalist", "del",  "button", "map"};
  return std::any_of(std::begin(kSkipped), std::end(kSkipped), [&](const char* s) { return name == s; });
}

bool is_block(std::string_view name) {
  static const char* const kBlocks[] = {
      "p",     "div",   "h1",      "h2",   "h3",         "h4",      "h5",     "h6",      "li",     "ul",
      "ol",    "menu",  "dl",      "dt",   "dd",         "section", "article", "main",   "aside",  "header",
      "blockquote", "pre", "address", "figure", "figcaption", "caption", "hr", "form", "fieldset", "legend",
      "details", "summary", "center", "body", "html",   "tr",      "td",     "th",      "thead",  "tbody",
      "tfoot", "hgroup", "dialog"};
  return std::any_of(std::begin(kBlocks), std::end(kBlocks), [&](const char* s) { return name == s; });
}

// A link that only cites a note: its mark ("1", "[1]", "i") is not text.
bool is_citation(const xmlNode* a) {
  const std::string style = compact_style(a);
  const std::string id = ascii_lower(attr(a, "id"));
  return has_class(a, "sdfootnoteanc") || has_class(a, "sdendnoteanc") || has_class(a, "footnote-ref") ||
         has_class(a, "noteref") || ascii_lower(attr(a, "role")) == "doc-noteref" ||
         id.rfind("body_ftn", 0) == 0 || id.rfind("body_edn", 0) == 0 ||  // LibreOffice's XHTML export
         style.find("mso-footnote-id:") != std::string::npos || style.find("mso-endnote-id:") != std::string::npos;
}

// LibreOffice's XHTML export opens a note paragraph with <span class="footnodeNumber"><a id="ftnN">:
// the note's id, or "" when the paragraph is not such a note.
std::string libreoffice_xhtml_note_id(const xmlNode* p) {
  for (const xmlNode* span = p->children; span; span = span->next) {
    if (!xml::is_element(span) || !has_class(span, "footnodenumber")) continue;
    for (const xmlNode* a = span->children; a; a = a->next) {
      if (xml::is_element(a) && ascii_lower(std::string(xml::local_name(a))) == "a" && !attr(a, "id").empty()) return attr(a, "id");
    }
  }
  return "";
}

// The mark inside a note that links back to its citation.
bool is_back_link(const xmlNode* a) {
  return has_class(a, "sdfootnotesym") || has_class(a, "sdendnotesym") || has_class(a, "footnote-back") ||
         ascii_lower(attr(a, "role")) == "doc-backlink";
}

bool is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Word's "downlevel-revealed" conditional comments (<![if !supportLists]> … <![endif]>) reach the
// tree as text: drop the markers, keep what stands between them.
std::string without_conditional_markers(std::string_view text) {
  std::string out(text);
  for (std::size_t at = out.find("<!["); at != std::string::npos; at = out.find("<![", at)) {
    const std::size_t end = out.find("]>", at);
    const std::string_view marker = std::string_view(out).substr(at + 3, 5);
    if (end == std::string::npos || (marker.substr(0, 2) != "if" && marker != "endif")) {
      at += 3;
      continue;
    }
    out.erase(at, end + 2 - at);
  }
  return out;
}

}  // namespace

HtmlContentWalker::HtmlContentWalker(std::vector<Block>& out) : out_(out) {}

void HtmlContentWalker::read(const xmlNode* body) {
  Sink sink;
  walk(body, sink, 0);
  flush(sink);
}

std::vector<Block> HtmlContentWalker::page_blocks() const {
  std::vector<Block> out = headers_;
  out.insert(out.end(), footers_.begin(), footers_.end());
  return out;
}

void HtmlContentWalker::walk(const xmlNode* parent, const Sink& sink, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* c = parent ? parent->children : nullptr; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      append_text(xml::node_text(c), sink);
    } else if (xml::is_element(c)) {
      read_element(c, sink, depth + 1);
    }
    // Comments (LibreOffice writes document comments as HTML comments), PIs: never text.
  }
}

void HtmlContentWalker::read_element(const xmlNode* c, const Sink& sink, int depth) {
  const std::string name = ascii_lower(std::string(xml::local_name(c)));
  if (is_skipped(name)) return;
  const std::string element = mso_element(c);
  if (read_mark(c, name, element)) return;
  const std::string id = attr(c, "id");
  const std::string lower_id = ascii_lower(id);
  const std::string role = ascii_lower(attr(c, "role"));
  if (read_note_element(c, name, element, id, role, sink, depth)) return;

  Sink inner = container_sink(c, name, lower_id, role, sink);
  if (name == "table" && !sink.collect) {
    read_table(c, inner, depth);
    return;
  }
  if (!is_block(name)) {
    walk(c, inner, depth);  // inline: spans, links, emphasis, Word's o:p, math
    return;
  }
  if (!inner.forced) set_block_kind(c, name, sink, inner);
  if (name == "ul" || name == "ol" || name == "menu") ++inner.list_depth;
  if (name == "pre") inner.pre = true;
  flush(sink);  // the text before this block belongs to the enclosing one
  walk(c, inner, depth);
  flush(inner);
}

// Elements that are marks, not text: comments, note separators, citations (remembered), back
// links, list labels; <br> is a line break. True when `c` was one of them.
bool HtmlContentWalker::read_mark(const xmlNode* c, const std::string& name, const std::string& element) {
  if (element == "comment-list" || element == "comment" || element.find("separator") != std::string::npos ||
      has_class(c, "msocomanchor") || has_class(c, "msocommentreference")) {
    return true;  // Word's comments and note separators
  }
  if (name == "a" && is_citation(c)) {
    citations_[note_key(attr(c, "href"))] = out_.size();
    return true;
  }
  if (name == "a" && is_back_link(c)) return true;
  if (name == "span" && compact_style(c).find("mso-list:ignore") != std::string::npos) return true;  // Word's list label
  if (name == "span" && (class_starts_with(c, "listlabel") || has_class(c, "footnodenumber"))) {
    return true;  // LibreOffice XHTML: list labels ("2.") and the number that opens a note
  }
  if (name == "br") {
    append_explicit("\n");
    return true;
  }
  return false;
}

// Notes: LibreOffice's div#sdfootnoteN, Word's mso-element:footnote, DPUB/pandoc list items.
// True when `c` was a note (read as one).
bool HtmlContentWalker::read_note_element(const xmlNode* c, const std::string& name, const std::string& element,
                                          const std::string& id, const std::string& role, const Sink& sink, int depth) {
  const std::string lower_id = ascii_lower(id);
  if (name == "div" && (lower_id.rfind("sdfootnote", 0) == 0 || lower_id.rfind("sdendnote", 0) == 0)) {
    read_note(c, lower_id.rfind("sdendnote", 0) == 0 ? BlockKind::kEndnote : BlockKind::kFootnote, id, depth);
    return true;
  }
  if (element == "footnote" || element == "endnote") {
    read_note(c, element == "endnote" ? BlockKind::kEndnote : BlockKind::kFootnote, id, depth);
    return true;
  }
  if (name == "p" && (has_class(c, "footnote") || has_class(c, "endnote"))) {
    // LibreOffice XHTML: <p class="Footnote"><span class="footnodeNumber"><a id="ftn3" …>2</a></span> …
    if (const std::string note_id = libreoffice_xhtml_note_id(c); !note_id.empty()) {
      read_note(c, has_class(c, "endnote") ? BlockKind::kEndnote : BlockKind::kFootnote, note_id, depth);
      return true;
    }
  }
  if (role == "doc-footnote" || role == "doc-endnote" || (sink.note_list && name == "li")) {
    read_note(c, role == "doc-endnote" ? BlockKind::kEndnote : BlockKind::kFootnote, id, depth);
    return true;
  }
  return false;
}

// The sink for the children of `c`: a list of notes, a page header or footer, or a table of
// contents changes what their text becomes.
HtmlContentWalker::Sink HtmlContentWalker::container_sink(const xmlNode* c, const std::string& name,
                                                          const std::string& lower_id, const std::string& role,
                                                          const Sink& sink) {
  Sink inner = sink;
  if (role == "doc-endnotes" || role == "doc-footnotes" || has_class(c, "footnotes") || has_class(c, "endnotes")) {
    inner.note_list = true;
  } else if (name == "div" && (attr(c, "title") == "header" || attr(c, "title") == "footer")) {
    inner.forced = true;  // LibreOffice's page header and footer
    inner.kind = attr(c, "title") == "header" ? BlockKind::kHeader : BlockKind::kFooter;
    inner.target = inner.kind == BlockKind::kHeader ? &headers_ : &footers_;
  } else if (!sink.forced && (lower_id.rfind("table of contents", 0) == 0 || role == "doc-toc" ||
                              has_class(c, "toc") || has_class(c, "table-of-contents"))) {
    inner.forced = true;
    inner.kind = BlockKind::kTocEntry;
  }
  return inner;
}

// The kind (and level) of a block element: a heading, a list item (HTML's or Word's), a title or
// a table-of-contents entry; anything else stays a paragraph.
void HtmlContentWalker::set_block_kind(const xmlNode* c, const std::string& name, const Sink& sink, Sink& inner) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
    inner.kind = has_class(c, "contents-heading") ? BlockKind::kTocEntry : BlockKind::kHeading;
    inner.level = name[1] - '0';
  } else if (name == "li") {
    inner.kind = BlockKind::kListItem;
    inner.level = std::max(0, sink.list_depth);
  } else if (class_starts_with(c, "msolistparagraph") || compact_style(c).find("mso-list:") != std::string::npos) {
    const std::string style = compact_style(c);
    const std::size_t at = style.find("level");
    inner.kind = BlockKind::kListItem;
    const bool numbered = at != std::string::npos && at + 5 < style.size() &&
                          std::isdigit(static_cast<unsigned char>(style[at + 5]));
    inner.level = numbered ? std::max(0, style[at + 5] - '1') : 0;
  } else if (has_class(c, "msotitle")) {
    inner.kind = BlockKind::kTitle;
  } else if (class_starts_with(c, "msotoc")) {
    inner.kind = BlockKind::kTocEntry;
  }
}

void HtmlContentWalker::read_table(const xmlNode* table, const Sink& sink, int depth) {
  flush(sink);
  const int table_index = tables_++;
  HtmlTableGrid grid(grid_budget_);
  auto read_row = [&](const xmlNode* tr) {
    for (const xmlNode* cell = tr->children; cell; cell = cell->next) {
      const std::string name = ascii_lower(std::string(xml::local_name(cell)));
      if (!xml::is_element(cell) || (name != "td" && name != "th")) continue;
      const int column =
          grid.place(count(cell, "colspan", kMaxHtmlColspan), count(cell, "rowspan", kMaxHtmlRowspan), table_index);
      std::string text;
      Sink inner = sink;
      inner.collect = &text;
      inner.list_depth = -1;
      walk(cell, inner, depth + 1);
      flush(inner);
      std::vector<Block>& target = sink.target ? *sink.target : out_;
      const std::size_t first = target.size();
      emit(target, sink.forced ? sink.kind : BlockKind::kTableCell, std::move(text), 0);
      if (target.size() > first) target.back().table = TableLocation{table_index, grid.row(), column};
    }
    grid.next_row();
  };
  for (const xmlNode* c = table->children; c; c = c->next) {
    const std::string name = ascii_lower(std::string(xml::local_name(c)));
    if (!xml::is_element(c)) continue;
    if (name == "tr") {
      read_row(c);
    } else if (name == "thead" || name == "tbody" || name == "tfoot") {
      for (const xmlNode* tr = c->children; tr; tr = tr->next) {
        if (xml::is_element(tr) && ascii_lower(std::string(xml::local_name(tr))) == "tr") read_row(tr);
      }
    } else if (name == "caption") {
      read_element(c, sink, depth + 1);
    }
  }
}

void HtmlContentWalker::read_note(const xmlNode* element, BlockKind kind, const std::string& id, int depth) {
  const std::string saved = std::exchange(para_, std::string());
  const bool saved_space = std::exchange(after_space_, true);
  std::string text;
  Sink sink;
  sink.collect = &text;
  walk(element, sink, depth);
  flush(sink);
  para_ = saved;
  after_space_ = saved_space;
  text = std::string(trim(text));
  if (text.empty()) return;
  Block block;
  block.kind = kind;
  block.text = std::move(text);
  block.part = kPart;
  notes_.push_back({std::move(block), note_key(id)});
}

void HtmlContentWalker::append_text(std::string_view raw, const Sink& sink) {
  const std::string text = without_layout_characters(
      raw.find("<![") == std::string_view::npos ? std::string(raw) : without_conditional_markers(raw));
  if (sink.pre) {
    for (const char c : text) {
      if (c != '\r') para_ += c;
    }
    after_space_ = !text.empty() && is_whitespace(text.back());
    return;
  }
  for (const char c : text) {
    if (is_whitespace(c)) {
      if (!after_space_) para_ += ' ';
      after_space_ = true;
    } else {
      para_ += c;
      after_space_ = false;
    }
  }
}

void HtmlContentWalker::append_explicit(std::string_view text) {
  // A line break swallows the space before it: "rad<br>\nnästa" is "rad\nnästa".
  if (!para_.empty() && para_.back() == ' ') para_.pop_back();
  para_ += text;
  after_space_ = true;
}

void HtmlContentWalker::flush(const Sink& sink) {
  std::string text(trim(para_));
  para_.clear();
  after_space_ = true;
  if (text.empty()) return;
  if (sink.collect) {
    *sink.collect += (sink.collect->empty() ? "" : "\n") + text;
  } else {
    const bool has_level = sink.kind == BlockKind::kHeading || sink.kind == BlockKind::kListItem;
    emit(sink.target ? *sink.target : out_, sink.kind, std::move(text), has_level ? sink.level : 0);
  }
}

void HtmlContentWalker::emit(std::vector<Block>& target, BlockKind kind, std::string text, int level) {
  append_block(target, kind, std::move(text), level, kPart);
}

}  // namespace jamkoll
