#include "ingest/plain/plain_text_reader.h"

#include <algorithm>

#include "common/unicode.h"
#include "common/utf8.h"
#include "ingest/document_builder.h"

namespace jamkoll {
namespace {

constexpr const char* kPart = "text";
constexpr std::size_t kMaxWrapWidth = 100;  // code points; hard-wrapped text stays well below

bool is_blank(std::string_view line) { return trim(without_control_characters(line)).empty(); }

// Length of a bullet glyph and its space at the start of `text` (Word's and LibreOffice's plain
// text exports write list labels so), 0 if none.
std::size_t bullet(std::string_view text) {
  for (const std::string_view glyph : {"\u2022", "\u25E6", "\u25AA", "\u25AB", "\u2023", "\u2043", "\u25CB",
                                       "\u25A0", "\u25A1", "\u00B7"}) {
    if (text.substr(0, glyph.size()) == glyph && text.size() > glyph.size() &&
        (text[glyph.size()] == ' ' || text[glyph.size()] == '\t')) {
      return glyph.size() + 1;
    }
  }
  return 0;
}

int indent_columns(std::string_view line) {
  int columns = 0;
  for (const char c : line) {
    if (c != ' ' && c != '\t') break;
    columns += c == '\t' ? 4 : 1;
  }
  return columns;
}

// Hard-wrapped text breaks lines inside sentences: at least a fifth of the breaks between two text
// lines fall before a word in lower case after a line with no closing punctuation. A file of one
// paragraph a line with a stray blank line in it has (almost) none, and must not be joined.
bool breaks_mid_sentence(const std::vector<std::string_view>& lines) {
  std::size_t breaks = 0, inside = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    const std::string_view next = trim(lines[i + 1]);
    if (line.empty() || next.empty()) continue;
    ++breaks;
    const char end = line.back();
    const bool closed = end == '.' || end == '!' || end == '?' || end == ':' || end == ';';
    inside += !closed && starts_in_lower_case(next);
  }
  return breaks > 0 && inside * 5 >= breaks;
}

}  // namespace

std::string without_control_characters(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (const char c : line) {
    const auto u = static_cast<unsigned char>(c);
    if (u == '\f' || u == '\v') {
      out += ' ';  // a page break between words
    } else if ((u >= 0x20 && u != 0x7F) || u == '\t' || u >= 0x80) {
      out += c;
    }
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view utf8) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] != '\n' && utf8[i] != '\r') continue;
    lines.push_back(utf8.substr(start, i - start));
    if (utf8[i] == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < utf8.size()) lines.push_back(utf8.substr(start));
  return lines;
}

Document read_plain_text(std::string_view utf8) {
  const std::vector<std::string_view> lines = split_lines(utf8);
  // Is there a blank line between the first and the last line of text?
  std::size_t first = 0, last = lines.size();
  while (first < lines.size() && is_blank(lines[first])) ++first;
  while (last > first && is_blank(lines[last - 1])) --last;
  bool has_blank_line = false;
  for (std::size_t i = first; i < last; ++i) has_blank_line = has_blank_line || is_blank(lines[i]);
  // A line longer than any hard wrap means the file is not wrapped: every line is a paragraph.
  bool long_line = false;
  for (const std::string_view line : lines) long_line = long_line || code_points(trim(line)) > kMaxWrapWidth;
  const bool line_per_paragraph = !has_blank_line || long_line || !breaks_mid_sentence(lines);

  std::vector<Block> blocks;
  Block pending;
  auto flush = [&] {
    if (!pending.text.empty()) {
      pending.part = kPart;
      blocks.push_back(std::move(pending));
    }
    pending = Block{};
  };
  for (const std::string_view line : lines) {
    const std::string cleaned = without_control_characters(line);
    std::string_view text = trim(cleaned);
    if (text.empty()) {
      flush();
      continue;
    }
    if (const std::size_t label = bullet(text)) {
      flush();
      pending.kind = BlockKind::kListItem;
      pending.level = std::max(0, indent_columns(cleaned) / 4 - 1);
      text = trim(text.substr(label));
    }
    if (!pending.text.empty()) pending.text += ' ';
    pending.text += text;
    if (line_per_paragraph) flush();
  }
  flush();
  return build_document("txt", std::move(blocks), {});
}

}  // namespace jamkoll
