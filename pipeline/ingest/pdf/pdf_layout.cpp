#include "ingest/pdf/pdf_layout.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "common/unicode.h"
#include "ingest/document_builder.h"
#include "ingest/pdf/pdf_lines.h"
#include "ingest/pdf/pdf_tables.h"

namespace jamkoll {
namespace {

// Share of the page height at top and bottom where running headers, footers and page numbers sit.
constexpr double kMarginZone = 0.08;
// Lines at most this share of the body size at a page's foot are footnote text.
constexpr double kNoteScale = 0.88;
// A line set this much larger than the body text is a heading (without an outline to say so).
constexpr double kHeadingScale = 1.12;
// Longest heading, in bytes; anything longer is a paragraph however it is set.
constexpr std::size_t kMaxHeadingBytes = 160;
// The tolerances below are the values the layout tests were written against (the hand-set pages
// of tests/ingest/pdf_layout_test.cpp, the exports in tests/fixtures/pdf/ and
// samples/aktivitetsplan_pdf.pdf); changing one changes which lines join. Sizes and distances are
// in points unless the name says ems.
// Font sizes this close are one size.
constexpr double kSameSize = 0.25;
// A line in the header or footer band is furniture when set at least this much below the body size.
constexpr double kSmallerSize = 0.5;
// A font-size change larger than this starts a new paragraph.
constexpr double kSizeChange = 0.75;
// Footnote text stands in the lower part of the page: below this share of its height.
constexpr double kNoteArea = 0.5;
// An outline title is looked for among this many next entries, joined from at most this many lines.
constexpr std::size_t kOutlineLookahead = 5;
constexpr std::size_t kMaxOutlineHeadingLines = 3;
// A heading's second line follows within this many line heights.
constexpr double kWrappedHeadingPitch = 1.5;
// The title is set at least this much larger than the body text.
constexpr double kTitleScale = 1.4;
// An unmarked list item is indented at least this many ems from the page's left margin.
constexpr double kListIndentEms = 1.5;
// Left edges this close are the same edge.
constexpr double kSameEdgePoints = 2;
// Line pitch assumed for a size with no measured pitch, in ems.
constexpr double kDefaultPitchEms = 1.3;
// A gap larger than the pitch times this, plus this many points, starts a new paragraph.
constexpr double kParagraphGapScale = 1.2;
constexpr double kParagraphGapPoints = 0.5;
// A line ending a sentence this many ems short of the column's right edge ends its paragraph.
constexpr double kShortLineEms = 6;

enum class Role { kBody, kHeader, kFooter, kDropped, kFootnote, kToc, kHeading, kTitle, kTable };

struct PlacedLine {
  PdfLine line;
  Role role = Role::kBody;
  int level = 0;   // headings
  int table = -1;  // Role::kTable: index into the document's tables
};

// The font size most of the text is set in.
double body_font_size(const std::vector<PlacedLine>& lines) {
  std::map<long, std::size_t> bytes_by_size;  // half points
  for (const PlacedLine& p : lines) {
    if (p.role == Role::kBody) bytes_by_size[std::lround(p.line.font_size * 2)] += p.line.text.size();
  }
  long best = 24;
  std::size_t most = 0;
  for (const auto& [size, bytes] : bytes_by_size) {
    if (bytes > most) best = size, most = bytes;
  }
  return best / 2.0;
}

bool is_page_number(std::string_view text) {
  static const RE2 kPageNumber(R"(\s*((?i:sida|page)\s+)?\d+(\s*(av|of|/)\s*\d+)?\s*)");
  return RE2::FullMatch(text, kPageNumber);
}

std::string digits_masked(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= '0' && c <= '9') c = '#';
  }
  return out;
}

void mark_page_furniture(std::vector<PlacedLine>& lines, const PdfContent& content) {
  auto zone = [&](const PdfLine& l) {
    const double height = content.pages[static_cast<std::size_t>(l.page)].height;
    if (height <= 0) return Role::kBody;
    if (l.bottom < kMarginZone * height) return Role::kHeader;
    if (l.top > (1 - kMarginZone) * height) return Role::kFooter;
    return Role::kBody;
  };
  std::map<std::string, std::set<int>> pages_of_text;
  for (const PlacedLine& p : lines) {
    if (zone(p.line) != Role::kBody) pages_of_text[digits_masked(p.line.text)].insert(p.line.page);
  }
  for (PlacedLine& p : lines) {
    if (zone(p.line) == Role::kBody) continue;
    if (is_page_number(p.line.text)) {
      p.role = Role::kDropped;
    } else if (pages_of_text[digits_masked(p.line.text)].size() > 1) {
      p.role = zone(p.line);
    }
  }
  const double body = body_font_size(lines);
  for (PlacedLine& p : lines) {
    if (p.role == Role::kBody && zone(p.line) != Role::kBody && p.line.font_size < body - kSmallerSize) p.role = zone(p.line);
  }
}

// The number a footnote line starts with ("" when it does not start a note).
std::string note_number(const PdfLine& l) {
  if (!l.own_number.empty()) return l.own_number;
  const std::string first_word = l.text.substr(0, l.text.find(' '));
  return first_word.size() <= 3 && all_digits(first_word) ? first_word : "";
}

// Footnotes: the run of small lines at the foot of each page, when it holds a note number.
void mark_footnotes(std::vector<PlacedLine>& lines, const PdfContent& content, double body) {
  std::size_t end = lines.size();
  while (end > 0) {
    const int page = lines[end - 1].line.page;
    std::size_t begin = end;
    while (begin > 0 && lines[begin - 1].line.page == page) --begin;
    std::size_t run = end;
    while (run > begin) {
      const PlacedLine& p = lines[run - 1];
      if (p.role == Role::kFooter || p.role == Role::kDropped) {
        --run;
        continue;
      }
      const double height = content.pages[static_cast<std::size_t>(page)].height;
      if (p.role != Role::kBody || p.line.font_size > kNoteScale * body || p.line.top < kNoteArea * height) break;
      --run;
    }
    // Footnotes when some line of the run carries a note number (poppler may hand the number of
    // the first note over after its text, as a line of its own).
    bool numbered = false;
    for (std::size_t i = run; i < end; ++i) {
      if (lines[i].role == Role::kBody && !note_number(lines[i].line).empty()) numbered = true;
    }
    for (std::size_t i = run; i < end && numbered; ++i) {
      if (lines[i].role != Role::kBody) continue;
      lines[i].role = all_digits(lines[i].line.text) ? Role::kDropped : Role::kFootnote;
    }
    end = begin;
  }
}

std::optional<std::string> toc_entry_text(std::string_view text) {
  static const RE2 kLeader(R"((.*?)\s*(?:\.{3,}|(?:\. ){3,}|…{2,})\s*\.?\s*\d+\s*)");
  std::string entry;
  if (RE2::FullMatch(text, kLeader, &entry)) return entry;
  return std::nullopt;
}

void mark_toc_entries(std::vector<PlacedLine>& lines) {
  for (PlacedLine& p : lines) {
    if (p.role != Role::kBody) continue;
    if (auto entry = toc_entry_text(p.line.text)) {
      p.role = Role::kToc;
      p.line.text = *entry;
    }
  }
}

// Headings named by the outline, in order; a heading may wrap over a few lines. Returns how many
// outline items were found in the text.
std::size_t mark_outline_headings(std::vector<PlacedLine>& lines, const std::vector<PdfOutlineItem>& outline, double body) {
  // Titles as the text would show them; one longer than any heading can be none ("").
  std::vector<std::string> titles;
  for (const PdfOutlineItem& item : outline) {
    titles.push_back(item.title.size() > 2 * kMaxHeadingBytes ? "" : collapse_spaces(without_ligatures(item.title)));
  }
  std::size_t next = 0, found = 0;
  for (std::size_t i = 0; i < lines.size() && next < outline.size(); ++i) {
    PlacedLine& p = lines[i];
    if (p.role != Role::kBody || (p.line.font_size < body - kSameSize && !p.line.bold)) continue;
    if (p.line.text.size() > 2 * kMaxHeadingBytes) continue;
    for (std::size_t k = next; k < std::min(outline.size(), next + kOutlineLookahead); ++k) {
      const std::string& title = titles[k];
      if (title.empty()) continue;
      std::string text = collapse_spaces(p.line.text);
      std::size_t last = i;
      while (text != title && title.rfind(text + " ", 0) == 0 && last + 1 < lines.size() && last < i + kMaxOutlineHeadingLines &&
             lines[last + 1].role == Role::kBody) {
        text += " " + collapse_spaces(lines[++last].line.text);
      }
      if (text != title) continue;
      p.role = Role::kHeading;
      p.level = outline[k].level;
      p.line.text = title;
      for (std::size_t j = i + 1; j <= last; ++j) lines[j].role = Role::kDropped;  // joined into the heading
      next = k + 1;
      ++found;
      break;
    }
  }
  return found;
}

// Without an outline: short lines larger than the body text, or bold at body size, ranked by size.
void mark_styled_headings(std::vector<PlacedLine>& lines, double body) {
  auto styled = [&](const PlacedLine& p) {
    return p.role == Role::kBody && p.line.text.size() <= kMaxHeadingBytes && !ends_sentence(p.line.text) &&
           (p.line.font_size >= kHeadingScale * body || (p.line.bold && p.line.font_size >= body - kSameSize));
  };
  PlacedLine* last = nullptr;  // the last line kept, furniture aside
  for (PlacedLine& p : lines) {
    if (p.role == Role::kHeader || p.role == Role::kFooter || p.role == Role::kDropped) continue;
    const bool subtitle = last && last->role == Role::kTitle;  // set large under the title: not a heading
    if (styled(p) && !subtitle) {
      // A heading wrapped over two lines: same size, next line at the heading's own spacing.
      const bool wrapped = last && last->role == Role::kHeading && last->line.page == p.line.page &&
                           std::abs(last->line.font_size - p.line.font_size) < kSameSize &&
                           p.line.top - last->line.top < kWrappedHeadingPitch * (last->line.bottom - last->line.top);
      if (wrapped) {
        last->line.text += " " + p.line.text;
        last->line.bottom = p.line.bottom;
        p.role = Role::kDropped;
        continue;
      }
      p.role = Role::kHeading;
    }
    last = &p;
  }
  // Levels by size, largest first.
  std::map<long, int, std::greater<long>> level_of_size;
  for (const PlacedLine& p : lines) {
    if (p.role == Role::kHeading) level_of_size[std::lround(p.line.font_size * 2)] = 0;
  }
  int level = 0;
  for (auto& [size, l] : level_of_size) l = ++level;
  for (PlacedLine& p : lines) {
    if (p.role == Role::kHeading) p.level = level_of_size[std::lround(p.line.font_size * 2)];
  }
}

// The title: the first lines of page one when they are set larger than anything else.
void mark_title(std::vector<PlacedLine>& lines, double body) {
  std::size_t first = 0;
  while (first < lines.size() && lines[first].line.page == 0 && lines[first].role != Role::kBody) ++first;
  if (first == lines.size() || lines[first].line.page != 0) return;
  const double size = lines[first].line.font_size;
  if (size < kTitleScale * body) return;
  std::size_t end = first;
  while (end < lines.size() && lines[end].role == Role::kBody && std::abs(lines[end].line.font_size - size) < kSameSize) ++end;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if ((i < first || i >= end) && lines[i].line.font_size > size - kSameSize) return;
  }
  for (std::size_t i = first; i < end; ++i) lines[i].role = Role::kTitle;
}

bool is_bullet(char32_t c) {
  switch (c) {
    case U'•': case U'●': case U'○': case U'◦': case U'▪': case U'▫': case U'■': case U'□': case U'‣':
    case U'⁃': case U'–': case U'-': case U'·': case U'*':
    case U'\uF0B7': case U'\uF0A7':  // Symbol and Wingdings bullets as Word embeds them
      return true;
    default: return false;
  }
}

// "• text", "1. text", "a) text" → the text after the marker.
std::optional<std::string> list_item_text(std::string_view text) {
  const char32_t first = first_code_point(text);
  if (is_bullet(first)) {
    std::string utf8;
    append_utf8(utf8, first);
    const std::string_view rest = text.substr(utf8.size());
    // A dash or star needs its space ("-20 %" is no item); a bullet glyph may touch its text.
    const bool dash = first == U'-' || first == U'–' || first == U'*';
    if (!trim(rest).empty() && (rest.front() == ' ' || !dash)) return std::string(trim(rest));
    return std::nullopt;
  }
  // RE2, not std::regex: linear in the line, whatever a hostile PDF puts on one.
  static const RE2 kNumbered(R"((?:\d{1,2}|[a-z])[.)] (.+))");
  std::string rest;
  if (RE2::FullMatch(text, kNumbered, &rest)) return rest;
  // A browser sets the number of an ordered list apart without a space: "2.all statistik …". Only
  // a number before a letter ("1.5 procent" and "t.ex." are no items).
  static const RE2 kGluedNumber(R"(\d{1,2}[.)](\pL.*))");
  if (RE2::FullMatch(text, kGluedNumber, &rest)) return rest;
  return std::nullopt;
}

// Per page, the left edge most body lines start at (the text column's margin).
std::map<int, double> left_margins(const std::vector<PlacedLine>& lines) {
  std::map<int, std::map<long, std::size_t>> counts;  // page → left (whole points) → lines
  for (const PlacedLine& p : lines) {
    if (p.role == Role::kBody) counts[p.line.page][std::lround(p.line.left)]++;
  }
  std::map<int, double> out;
  for (const auto& [page, lefts] : counts) {
    out[page] = static_cast<double>(std::max_element(lefts.begin(), lefts.end(), [](const auto& a, const auto& b) {
                                      return a.second < b.second;
                                    })->first);
  }
  return out;
}

// The typical distance from one line's top to the next inside a paragraph, per font size.
std::map<long, double> line_pitches(const std::vector<PlacedLine>& lines) {
  std::map<long, std::map<long, std::size_t>> counts;  // size → pitch (tenths) → count
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const PdfLine& a = lines[i - 1].line;
    const PdfLine& b = lines[i].line;
    if (lines[i - 1].role != Role::kBody || lines[i].role != Role::kBody || a.page != b.page) continue;
    if (std::abs(a.font_size - b.font_size) > kSameSize || b.top <= a.top) continue;
    counts[std::lround(a.font_size * 2)][std::lround((b.top - a.top) * 10)]++;
  }
  std::map<long, double> out;
  for (const auto& [size, pitches] : counts) {
    const auto most = std::max_element(pitches.begin(), pitches.end(),
                                       [](const auto& x, const auto& y) { return x.second < y.second; });
    out[size] = most->first / 10.0;
  }
  return out;
}

struct BlockDraft {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  int page = 0;
  std::string text;
  std::vector<std::string> reference_marks;
  std::optional<TableLocation> table;
};

// A table that goes on over a page break repeats its header row on the new page (Word's and
// LibreOffice's "repeat heading rows"): the copy is not text of its own.
void drop_repeated_header_row(const PdfTable& previous, PdfTable& next) {
  auto first_row = [](const PdfTable& t) {
    std::vector<std::string> cells;
    for (const PdfTableCell& c : t.cells) {
      if (c.row == 0) cells.push_back(c.text);
    }
    return cells;
  };
  if (first_row(next).empty() || first_row(next) != first_row(previous)) return;
  std::erase_if(next.cells, [](const PdfTableCell& c) { return c.row == 0; });
}

// Grids of side-by-side lines become tables (pdf_tables.h), page by page.
std::vector<PdfTable> mark_tables(std::vector<PlacedLine>& lines) {
  std::vector<PdfTable> tables;
  int last_table_page = -2;
  for (std::size_t begin = 0; begin < lines.size();) {
    std::size_t end = begin;
    const int page = lines[begin].line.page;
    while (end < lines.size() && lines[end].line.page == page) ++end;
    std::vector<std::size_t> body;
    std::vector<const PdfLine*> page_lines;
    for (std::size_t i = begin; i < end; ++i) {
      if (lines[i].role != Role::kBody) continue;
      body.push_back(i);
      page_lines.push_back(&lines[i].line);
    }
    for (PdfTable& t : find_pdf_tables(page_lines)) {
      // A header row repeated: the table opens the page that follows the previous table's.
      const bool continues = !tables.empty() && page == last_table_page + 1 && !t.lines.empty() && t.lines.front() == 0;
      if (continues) drop_repeated_header_row(tables.back(), t);
      last_table_page = page;
      for (std::size_t k : t.lines) {
        lines[body[k]].role = Role::kTable;
        lines[body[k]].table = static_cast<int>(tables.size());
      }
      tables.push_back(std::move(t));
    }
    begin = end;
  }
  return tables;
}

std::string page_part(int page) { return "page " + std::to_string(page + 1); }

BlockKind kind_of(Role role) {
  switch (role) {
    case Role::kHeader: return BlockKind::kHeader;
    case Role::kFooter: return BlockKind::kFooter;
    case Role::kToc: return BlockKind::kTocEntry;
    case Role::kHeading: return BlockKind::kHeading;
    case Role::kTitle: return BlockKind::kTitle;
    case Role::kFootnote: return BlockKind::kFootnote;
    default: return BlockKind::kParagraph;
  }
}

// A bullet the PDF sets apart from its item's text (Word's Symbol-font bullets): the line holding
// it is dropped and the text line beside it starts a list item. Key: page and rounded top.
std::set<std::pair<int, long>> take_bullet_rows(std::vector<PlacedLine>& lines) {
  std::set<std::pair<int, long>> rows;
  for (PlacedLine& p : lines) {
    const std::string_view text = trim(p.line.text);
    std::string glyph;
    append_utf8(glyph, first_code_point(text));
    if (p.role == Role::kBody && !text.empty() && is_bullet(first_code_point(text)) && text.size() == glyph.size()) {
      p.role = Role::kDropped;
      rows.emplace(p.line.page, std::lround(p.line.top));
    }
  }
  return rows;
}

// Lines → block drafts in reading order. A paragraph stays open across page furniture and the
// footnotes at a page's foot, so it can run on over a page break.
class BlockAssembler {
 public:
  BlockAssembler(std::map<long, double> pitches, std::map<int, double> page_margins,
                 std::set<std::pair<int, long>> bullet_rows, std::vector<PdfTable> tables)
      : pitches_(std::move(pitches)),
        page_margins_(std::move(page_margins)),
        bullet_rows_(std::move(bullet_rows)),
        tables_(std::move(tables)) {}

  void add(const PlacedLine& p) {
    if (p.role == Role::kDropped) return;
    if (p.role == Role::kTable) {
      add_table(p);
    } else if (p.role == Role::kBody) {
      add_body(p.line);
    } else {
      add_other(p);
    }
  }

  std::vector<BlockDraft> take() { return std::move(drafts_); }

 private:
  // A table's cells, row by row, where its first line stands.
  void add_table(const PlacedLine& p) {
    if (p.table == last_table_) return;
    last_table_ = p.table;
    open_.reset();
    for (const PdfTableCell& cell : tables_[static_cast<std::size_t>(p.table)].cells) {
      BlockDraft d;
      d.kind = BlockKind::kTableCell;
      d.page = p.line.page;
      d.text = cell.text;
      d.table = TableLocation{p.table, cell.row, cell.column};
      drafts_.push_back(std::move(d));
    }
  }

  void add_other(const PlacedLine& p) {
    const PdfLine& l = p.line;
    const bool furniture = p.role == Role::kHeader || p.role == Role::kFooter || p.role == Role::kFootnote;
    if (!furniture) open_.reset();
    BlockDraft d;
    d.kind = kind_of(p.role);
    d.page = l.page;
    d.level = p.level;
    d.text = l.text;
    if (d.kind == BlockKind::kFootnote) {
      // A footnote goes on until the next line that starts with a note number.
      const std::string number = note_number(l);
      BlockDraft* last = drafts_.empty() ? nullptr : &drafts_.back();
      if (number.empty() && last && last->kind == BlockKind::kFootnote && last->page == l.page) {
        join_line(last->text, l.text);
        return;
      }
      if (!number.empty() && l.own_number.empty()) d.text = std::string(trim(std::string_view(l.text).substr(number.size())));
      if (!number.empty()) d.reference_marks = {number};
    }
    if (d.kind == BlockKind::kTitle && !drafts_.empty() && drafts_.back().kind == BlockKind::kTitle) {
      join_line(drafts_.back().text, l.text);
      return;
    }
    drafts_.push_back(std::move(d));
  }

  void add_body(const PdfLine& l) {
    std::optional<std::string> item = list_item_text(l.text);
    if (!item && bullet_rows_.count({l.page, std::lround(l.top)})) item = l.text;
    if (!open_ || l.page != open_line_.page) column_right_ = 0;
    column_right_ = std::max(column_right_, l.right);
    const bool starts = item || !open_ || starts_paragraph(l);
    if (starts && !item && continues_an_unmarked_list(l)) item = l.text;
    if (starts) {
      open_left_ = l.left;
      BlockDraft d;
      d.kind = item ? BlockKind::kListItem : BlockKind::kParagraph;
      d.page = l.page;
      d.text = item ? *item : l.text;
      drafts_.push_back(std::move(d));
      open_ = drafts_.size() - 1;
    } else {
      join_line(drafts_[*open_].text, l.text);
    }
    BlockDraft& d = drafts_[*open_];
    d.reference_marks.insert(d.reference_marks.end(), l.reference_marks.begin(), l.reference_marks.end());
    open_line_ = l;
  }

  // A list whose bullets are drawn, not written (a browser's PDF): indented lines after a
  // paragraph that ends with a colon, and the indented lines that go on at the same edge.
  bool continues_an_unmarked_list(const PdfLine& l) const {
    const auto margin = page_margins_.find(l.page);
    if (!open_ || margin == page_margins_.end() || l.left < margin->second + kListIndentEms * l.font_size) return false;
    const BlockDraft& before = drafts_[*open_];
    const std::string_view text = trim(before.text);
    if (before.kind == BlockKind::kParagraph) return !text.empty() && text.back() == ':';
    return before.kind == BlockKind::kListItem && std::abs(open_left_ - l.left) < kSameEdgePoints;
  }

  // Does body line `l` start a new paragraph after the open one?
  bool starts_paragraph(const PdfLine& l) const {
    const PdfLine& before = open_line_;
    if (l.page != before.page) return ends_sentence(drafts_[*open_].text) || !continues_sentence(l.text);
    const auto pitch = pitches_.find(std::lround(l.font_size * 2));
    const double expected = pitch != pitches_.end() ? pitch->second : kDefaultPitchEms * l.font_size;
    return l.top <= before.top || l.top - before.top > kParagraphGapScale * expected + kParagraphGapPoints ||
           std::abs(l.font_size - before.font_size) > kSizeChange || l.bold != before.bold ||
           (ends_sentence(before.text) && before.right < column_right_ - kShortLineEms * l.font_size);
  }

  std::map<long, double> pitches_;
  std::map<int, double> page_margins_;  // page → the left edge most body lines start at
  std::set<std::pair<int, long>> bullet_rows_;
  std::vector<PdfTable> tables_;
  int last_table_ = -1;
  std::vector<BlockDraft> drafts_;
  std::optional<std::size_t> open_;  // the paragraph or list item the next body line may continue
  PdfLine open_line_;                   // its last line
  double open_left_ = 0;                // its first line's left edge
  double column_right_ = 0;          // right edge of the text column on this page so far
};

// Blocks in the document model's order, as the other readers give it: the body, then the notes,
// then the page furniture.
PdfBlocks build_blocks(std::vector<BlockDraft> drafts) {
  auto rank = [](const BlockDraft& d) {
    if (d.kind == BlockKind::kFootnote) return 1;
    if (d.kind == BlockKind::kHeader || d.kind == BlockKind::kFooter) return 2;
    return 0;
  };
  std::stable_sort(drafts.begin(), drafts.end(), [&](const BlockDraft& a, const BlockDraft& b) { return rank(a) < rank(b); });
  std::vector<Block> blocks;
  NoteAnchors anchors;
  std::map<std::string, std::size_t> referencing_block;  // note number → the block that cites it
  for (const BlockDraft& d : drafts) {
    const std::size_t before = blocks.size();
    append_block(blocks, d.kind, d.text, d.level, page_part(d.page));
    if (blocks.size() == before) continue;
    blocks.back().table = d.table;
    if (d.kind == BlockKind::kFootnote) {
      const auto it = d.reference_marks.empty() ? referencing_block.end() : referencing_block.find(d.reference_marks.front());
      if (it != referencing_block.end()) anchors.anchor_of_note[before] = it->second;
    } else {
      for (const std::string& mark : d.reference_marks) referencing_block[mark] = before;
    }
  }
  return {std::move(blocks), std::move(anchors)};
}

}  // namespace

Document layout_pdf(const PdfContent& content) {
  PdfBlocks laid_out = layout_pdf_blocks(content);
  return build_document("pdf", std::move(laid_out.blocks), {}, laid_out.anchors);
}

PdfBlocks layout_pdf_blocks(const PdfContent& content) {
  std::vector<PlacedLine> lines;
  for (std::size_t page = 0; page < content.pages.size(); ++page) {
    for (PdfLine& l : pdf_lines_of(content.pages[page], static_cast<int>(page))) lines.push_back({std::move(l)});
  }
  mark_page_furniture(lines, content);
  const double body = body_font_size(lines);
  mark_footnotes(lines, content, body);
  mark_toc_entries(lines);
  std::vector<PdfTable> tables = mark_tables(lines);  // before headings: a table's bold header row is not one
  mark_title(lines, body);
  // An outline whose titles the text does not show (bookmarks not made from the headings) is no
  // guide: the type sizes are.
  if (content.outline.empty() || mark_outline_headings(lines, content.outline, body) == 0) mark_styled_headings(lines, body);
  std::set<std::pair<int, long>> bullet_rows = take_bullet_rows(lines);
  BlockAssembler assembler(line_pitches(lines), left_margins(lines), std::move(bullet_rows), std::move(tables));
  for (const PlacedLine& p : lines) assembler.add(p);
  return build_blocks(assembler.take());
}

}  // namespace jamkoll
