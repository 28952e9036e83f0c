#include "ingest/pdf/pdf_lines.h"

#include <algorithm>
#include <set>

#include "common/unicode.h"

namespace jamkoll {
namespace {

// A word this much smaller than the line it stands in, made of digits, is a note reference mark.
constexpr double kReferenceMarkScale = 0.8;
// A gap between two words wider than this many font sizes separates table columns.
constexpr double kColumnGapEms = 2.0;
// ... or this many where the PDF puts no space between them (cells set close together).
constexpr double kUnspacedGapEms = 0.5;

}  // namespace

std::string without_ligatures(std::string text) {
  static const std::pair<std::string_view, std::string_view> kLigatures[] = {
      {"\uFB00", "ff"}, {"\uFB01", "fi"}, {"\uFB02", "fl"}, {"\uFB03", "ffi"}, {"\uFB04", "ffl"}, {"\uFB06", "st"}};
  for (const auto& [glyph, letters] : kLigatures) {
    for (std::size_t at = text.find(glyph); at != std::string::npos; at = text.find(glyph, at + letters.size())) {
      text.replace(at, glyph.size(), letters);
    }
  }
  return text;
}


bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}


std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}


bool ends_sentence(std::string_view text) {
  const std::string_view t = trim(text);
  return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ':');
}



void join_line(std::string& text, std::string_view next) {
  static const std::set<std::string> kCoordinating = {"och", "eller", "samt", "respektive", "till", "som"};
  // "2025–" / "2027", "Kvinnor/" / "flickor": no space after a dash between figures or a slash.
  const bool en_dash = text.size() > 3 && text.compare(text.size() - 3, 3, "\u2013") == 0;
  if (en_dash && text[text.size() - 4] != ' ' && !next.empty() && next[0] >= '0' && next[0] <= '9') {
    text += next;
    return;
  }
  if (text.size() > 1 && text.back() == '/' && text[text.size() - 2] != ' ' && !next.empty() && next[0] != ' ') {
    text += next;
    return;
  }
  if (text.size() > 1 && text.back() == '-' && text[text.size() - 2] != ' ' && continues_sentence(next)) {
    const std::string_view first_word = next.substr(0, next.find(' '));
    if (!kCoordinating.count(std::string(first_word))) {
      text += next;
      return;
    }
  }
  if (text.size() >= 2 && text.compare(text.size() - 2, 2, "\u00AD") == 0) {
    text.resize(text.size() - 2);
    text += next;
    return;
  }
  text += ' ';
  text += next;
}

std::vector<PdfLine> pdf_lines_of(const PdfPage& page, int page_number) {
  std::vector<PdfLine> out;
  bool space_pending = false;
  for (const PdfWord& w : page.words) {
    const std::string text = without_ligatures(w.text);
    if (trim(text).empty()) continue;
    PdfLine* line = out.empty() ? nullptr : &out.back();
    const double middle = (w.top + w.bottom) / 2;
    // A wide gap, or a visible gap where the PDF puts no space, separates table columns.
    const double gap = line ? w.left - line->right : 0;
    const double em = line ? std::max(w.font_size, line->font_size) : w.font_size;
    const bool column_break = gap > kColumnGapEms * em || (!space_pending && gap > kUnspacedGapEms * em);
    const bool same_line = line && middle > line->top && middle < line->bottom && gap >= -1 && !column_break;
    if (same_line && all_digits(trim(text)) && w.font_size < kReferenceMarkScale * line->font_size) {
      line->reference_marks.emplace_back(trim(text));
      continue;
    }
    if (!same_line) {
      out.push_back(PdfLine{});
      line = &out.back();
      line->page = page_number;
      line->left = w.left;
      line->top = w.top;
      line->bottom = w.bottom;
      line->font_size = w.font_size;
      space_pending = false;
    } else if (line->own_number.empty() && all_digits(line->text) && line->font_size < kReferenceMarkScale * w.font_size) {
      // A small number followed by text set larger is a footnote's own number: kept apart, and
      // the line takes the font of its text.
      line->own_number = line->text;
      line->text.clear();
      line->font_size = w.font_size;
    } else if (space_pending) {
      line->text += ' ';
    }
    line->text += text;
    line->right = w.right;
    line->top = std::min(line->top, w.top);
    line->bottom = std::max(line->bottom, w.bottom);
    line->bold = line->bold && w.bold;
    space_pending = w.space_after;
  }
  return out;
}

}  // namespace jamkoll
