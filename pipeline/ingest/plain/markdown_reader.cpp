#include "ingest/plain/markdown_reader.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "common/unicode.h"
#include "ingest/document_builder.h"
#include "ingest/plain/markdown_inline.h"
#include "ingest/plain/plain_text_reader.h"

namespace jamkoll {
namespace {

constexpr const char* kPart = "text";
// CommonMark: a line indented 4 columns or more is an indented code block, not block syntax.
constexpr int kCodeIndent = 4;
// CommonMark: ATX headings have 1 to 6 '#'.
constexpr std::size_t kMaxHeadingLevel = 6;

// Columns of leading whitespace (a tab counts 4) and the rest of the line.
std::pair<int, std::string_view> indentation(std::string_view line) {
  int columns = 0;
  std::size_t i = 0;
  for (; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i) columns += line[i] == '\t' ? 4 : 1;
  return {columns, line.substr(i)};
}

bool all_of_chars(std::string_view text, std::string_view allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string_view::npos;
}

// "***", "- - -", "___": a thematic break.
bool is_thematic_break(std::string_view content) {
  std::string compact;
  for (const char c : content) {
    if (c != ' ' && c != '\t') compact += c;
  }
  return compact.size() >= 3 && (all_of_chars(compact, "-") || all_of_chars(compact, "*") || all_of_chars(compact, "_"));
}

// Length of a list marker with its following space at the start of `content`, 0 if none.
std::size_t list_marker(std::string_view content) {
  if (content.size() >= 2 && (content[0] == '-' || content[0] == '*' || content[0] == '+') &&
      (content[1] == ' ' || content[1] == '\t')) {
    return 2;
  }
  std::size_t digits = 0;
  while (digits < content.size() && digits < 9 && std::isdigit(static_cast<unsigned char>(content[digits]))) ++digits;
  if (digits > 0 && digits + 1 < content.size() && (content[digits] == '.' || content[digits] == ')') &&
      (content[digits + 1] == ' ' || content[digits + 1] == '\t')) {
    return digits + 2;
  }
  if (content.size() == 1 && (content[0] == '-' || content[0] == '*' || content[0] == '+')) return 1;  // empty item
  return literal_bullet_prefix(content);  // "• item" pasted from a web page or a PDF
}

// Cells of a "| a | b |" row; escaped pipes stay in the cell.
std::vector<std::string> table_cells(std::string_view row) {
  row = trim(row);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|' && (row.size() < 2 || row[row.size() - 2] != '\\')) row.remove_suffix(1);
  std::vector<std::string> cells(1);
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cells.back() += '|';
      ++i;
    } else if (row[i] == '|') {
      cells.emplace_back();
    } else {
      cells.back() += row[i];
    }
  }
  return cells;
}

bool is_table_separator(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
    const std::string_view t = trim(c);
    return t.find('-') != std::string_view::npos && all_of_chars(t, "-: ");
  });
}

class MarkdownReader {
 public:
  Document read(std::string_view utf8) {
    std::vector<std::string_view> lines = split_lines(utf8);
    std::size_t i = skip_front_matter(lines);
    for (; i < lines.size(); ++i) read_line(lines[i]);
    flush();
    if (fence_) emit(BlockKind::kParagraph, fence_text_, 0);

    NoteAnchors anchors;
    for (auto& [id, note] : notes_) {
      const std::size_t index = blocks_.size();
      note.part = kPart;
      if (trim(note.text).empty()) continue;
      if (auto it = citations_.find(id); it != citations_.end()) anchors.anchor_of_note[index] = it->second;
      blocks_.push_back(std::move(note));
    }
    return build_document("md", std::move(blocks_), {}, anchors);
  }

 private:
  // What the lines being gathered will become.
  struct Pending {
    BlockKind kind = BlockKind::kParagraph;
    int level = 0;
    std::string text;
    std::string note_id;  // for a footnote definition
    bool open = false;
  };

  static std::size_t skip_front_matter(const std::vector<std::string_view>& lines) {
    if (lines.empty() || trim(lines[0]) != "---") return 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (trim(lines[i]) == "---" || trim(lines[i]) == "...") return i + 1;
    }
    return 0;  // no closing line: not front matter but a thematic break
  }

  void read_line(std::string_view raw) {
    const std::string cleaned = without_control_characters(raw);
    const std::string_view line = cleaned;
    auto [indent, content] = indentation(line);

    if (fence_) {
      read_fenced_line(line, indent, content);
      return;
    }
    if (in_comment_) {
      if (content.find("-->") != std::string_view::npos) in_comment_ = false;
      return;
    }
    if (trim(content).empty()) {
      flush();
      in_table_ = false;
      return;
    }
    // Block syntax counts only when indented less than an indented code block.
    const bool block_syntax = indent < kCodeIndent;
    if (block_syntax && (read_comment_start(content) || read_fence_start(content) || read_atx_heading(content) ||
                         read_setext_underline(content))) {
      return;
    }
    if (block_syntax && is_thematic_break(content)) {
      flush();
      return;
    }
    if (block_syntax && content[0] == '|') {
      read_table_row(content);
      return;
    }
    in_table_ = false;
    if (block_syntax && (read_footnote_definition(content) || is_link_reference_definition(content))) return;
    if (const std::size_t marker = list_marker(content); marker > 0) {
      start_list_item(indent, content, marker);
      return;
    }
    read_text_line(line, indent, content);
  }

  // A line inside a ``` or ~~~ fence: kept literally until the closing fence.
  void read_fenced_line(std::string_view line, int indent, std::string_view content) {
    if (indent < kCodeIndent && content.substr(0, fence_marker_.size()) == fence_marker_ &&
        trim(content.substr(fence_marker_.size())).empty()) {
      emit(BlockKind::kParagraph, fence_text_, 0, /*literal=*/true);
      fence_ = false;
      fence_text_.clear();
    } else {
      fence_text_ += (fence_text_.empty() ? "" : "\n") + std::string(line);
    }
  }

  // "<!--": an HTML comment, no text until "-->".
  bool read_comment_start(std::string_view content) {
    if (content.substr(0, 4) != "<!--") return false;
    if (content.find("-->") == std::string_view::npos) in_comment_ = true;
    return true;
  }

  bool read_fence_start(std::string_view content) {
    if (content.substr(0, 3) != "```" && content.substr(0, 3) != "~~~") return false;
    flush();
    fence_ = true;
    fence_marker_ = std::string(content.substr(0, 3));
    return true;
  }

  // "## Title" (an ATX heading), with optional closing hashes.
  bool read_atx_heading(std::string_view content) {
    if (content[0] != '#') return false;
    std::size_t level = 0;
    while (level < content.size() && content[level] == '#') ++level;
    if (level > kMaxHeadingLevel || (level != content.size() && content[level] != ' ' && content[level] != '\t')) {
      return false;
    }
    flush();
    std::string_view title = trim(content.substr(level));
    std::size_t end = title.size();
    while (end > 0 && title[end - 1] == '#') --end;
    if (end == 0 || title[end - 1] == ' ') title = trim(title.substr(0, end));  // "## Mål ##", not "C#"
    emit(BlockKind::kHeading, std::string(title), static_cast<int>(level));
    return true;
  }

  // "===" or "---" under a paragraph: a setext heading.
  bool read_setext_underline(std::string_view content) {
    if (!pending_.open || pending_.kind != BlockKind::kParagraph || in_table_ ||
        !(all_of_chars(trim(content), "=") || all_of_chars(trim(content), "-"))) {
      return false;
    }
    pending_.kind = BlockKind::kHeading;  // setext heading: the paragraph above is its title
    pending_.level = trim(content)[0] == '=' ? 1 : 2;
    flush();
    return true;
  }

  // "| a | b |": one block per cell; the separator row is not text.
  void read_table_row(std::string_view content) {
    if (!in_table_) {
      flush();
      in_table_ = true;
      table_row_ = 0;
      table_index_ = tables_++;
    }
    const std::vector<std::string> cells = table_cells(content);
    if (is_table_separator(cells)) return;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::size_t before = blocks_.size();
      emit(BlockKind::kTableCell, cells[c], 0);
      if (blocks_.size() > before) blocks_.back().table = TableLocation{table_index_, table_row_, static_cast<int>(c)};
    }
    ++table_row_;
  }

  // "[^id]: text": a footnote's definition.
  bool read_footnote_definition(std::string_view content) {
    if (content.substr(0, 2) != "[^") return false;
    const std::size_t close = content.find("]:");
    if (close == std::string_view::npos) return false;
    flush();
    pending_ = {BlockKind::kFootnote, 0, std::string(trim(content.substr(close + 2))), std::string(content.substr(2, close - 2)), true};
    return true;
  }

  // "[ref]: url": a link reference definition, an address and not text.
  static bool is_link_reference_definition(std::string_view content) {
    return content[0] == '[' && content.find("]:") != std::string_view::npos && content.find("]:") < content.find(' ');
  }

  // "- item", "1. item", "• item": a list item, its level from the indentation of the open items.
  void start_list_item(int indent, std::string_view content, std::size_t marker) {
    flush();
    while (!list_indents_.empty() && list_indents_.back() >= indent) list_indents_.pop_back();
    const int level = static_cast<int>(list_indents_.size());
    list_indents_.push_back(indent);
    std::string_view item = trim(content.substr(std::min(marker, content.size())));
    if (item.substr(0, 4) == "[ ] " || item.substr(0, 4) == "[x] " || item.substr(0, 4) == "[X] ") item.remove_prefix(4);
    pending_ = {BlockKind::kListItem, level, std::string(item), "", true};
  }

  // Any other line: a quote's text, or text continuing or opening a paragraph.
  void read_text_line(std::string_view line, int indent, std::string_view content) {
    if (indent < kCodeIndent && content[0] == '>') {
      while (!content.empty() && (content[0] == '>' || content[0] == ' ')) content.remove_prefix(1);
      if (pending_.open && pending_.kind != BlockKind::kParagraph) flush();
      if (content.empty()) {
        flush();
        return;
      }
    } else if (pending_.open && pending_.kind == BlockKind::kListItem && indent == 0) {
      // Lazy continuation of a list item: allowed by CommonMark, kept with the item.
    } else if (!pending_.open) {
      list_indents_.clear();
    }
    append(line, content);
  }

  void append(std::string_view line, std::string_view content) {
    if (!pending_.open) pending_ = {BlockKind::kParagraph, 0, "", "", true};
    if (!pending_.text.empty()) pending_.text += hard_break_ ? "\n" : " ";
    std::string_view text = trim(content);
    hard_break_ = line.size() >= 2 && line.substr(line.size() - 2) == "  ";
    if (!text.empty() && text.back() == '\\') {
      hard_break_ = true;
      text.remove_suffix(1);
    }
    pending_.text += text;
  }

  void flush() {
    hard_break_ = false;
    if (!pending_.open) return;
    Pending done = std::move(pending_);
    pending_ = {};
    if (done.kind == BlockKind::kFootnote) {
      std::vector<std::string> ignored;
      Block note;
      note.kind = BlockKind::kFootnote;
      note.text = std::string(trim(markdown_inline_text(done.text, &ignored)));
      notes_.emplace_back(done.note_id, std::move(note));
      return;
    }
    emit(done.kind, done.text, done.level);
  }

  void emit(BlockKind kind, const std::string& source, int level, bool literal = false) {
    std::vector<std::string> cited;
    std::string text = literal ? source : markdown_inline_text(source, &cited);
    for (const std::string& id : cited) citations_.emplace(id, blocks_.size());
    append_block(blocks_, kind, std::string(trim(text)), level, kPart);
  }

  std::vector<Block> blocks_;
  std::vector<std::pair<std::string, Block>> notes_;
  std::map<std::string, std::size_t> citations_;  // note id → block holding its first citation
  Pending pending_;
  bool hard_break_ = false;
  bool fence_ = false;
  std::string fence_marker_;
  std::string fence_text_;
  bool in_comment_ = false;
  bool in_table_ = false;
  int tables_ = 0;
  int table_index_ = 0;
  int table_row_ = 0;
  std::vector<int> list_indents_;
};

}  // namespace

Document read_markdown(std::string_view utf8) { return MarkdownReader().read(utf8); }

}  // namespace jamkoll
