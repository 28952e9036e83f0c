#include "ingest/pdf/pdf_tables.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "common/unicode.h"

namespace jamkoll {
namespace {

constexpr int kMinColumns = 3;
constexpr double kSameEdge = 4.0;  // points: left edges this close are one column
constexpr std::size_t kLongWordBytes = 11;
// A page with more lines than this is no document page (a hostile or generated one): no tables
// are looked for, which keeps the search within a bound.
constexpr std::size_t kMaxLinesPerPage = 5000;
// Like the layout tolerances in pdf_layout.cpp: the values the table tests were written against
// (tests/ingest/pdf_layout_test.cpp, tests/fixtures/pdf/). Points unless the name says otherwise.
// Two lines stand side by side when they overlap this share of the lower one's height vertically
// and this many points of space separate them.
constexpr double kSideBySideOverlap = 0.3;
constexpr double kColumnGap = 2;
// A table's lines are set in one size, within this much.
constexpr double kSameFontSize = 0.5;
// A cell's next line may stand this many line heights below the run (a cell's padding).
constexpr double kCellPaddingLines = 1.5;
// A gap wider than this many line heights in a column starts a new cell.
constexpr double kCellGapLines = 0.25;
// A line this share of its column's width wide may end in a word broken over two lines.
constexpr double kFullColumnWidth = 0.9;
// Cell starts this close are one row.
constexpr double kSameRow = 2.0;

bool side_by_side(const PdfLine& a, const PdfLine& b) {
  const double overlap = std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
  const double height = std::min(a.bottom - a.top, b.bottom - b.top);
  return overlap > kSideBySideOverlap * height && (a.right + kColumnGap < b.left || b.right + kColumnGap < a.left);
}

// The lines of a table being gathered, in reading order.
struct Run {
  double top = 0, bottom = 0;
  std::vector<double> lefts;  // of the lines taken so far
  double font_size = 0;
  // A line that stands beside nothing may still be the next line of a cell whose row neighbours
  // have no line at that height: it starts at a column edge already seen, in the table's font,
  // inside the run or just below it (within a cell's padding). A heading or a list after the
  // table differs in font or edge.
  bool holds(const PdfLine& l) const {
    const double middle = (l.top + l.bottom) / 2;
    const bool known_edge = std::any_of(lefts.begin(), lefts.end(), [&](double x) { return std::abs(x - l.left) <= kSameEdge; });
    return known_edge && std::abs(l.font_size - font_size) < kSameFontSize && middle >= top &&
           middle <= bottom + kCellPaddingLines * (l.bottom - l.top);
  }
  void add(const PdfLine& l) {
    if (lefts.empty()) top = l.top, bottom = l.bottom, font_size = l.font_size;
    top = std::min(top, l.top);
    bottom = std::max(bottom, l.bottom);
    lefts.push_back(l.left);
  }
};

// Sorted values, those within `tolerance` of the previous kept value merged into it.
std::vector<double> clustered(std::vector<double> values, double tolerance) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  for (double v : values) {
    if (out.empty() || v - out.back() > tolerance) out.push_back(v);
  }
  return out;
}

// Index of the last edge at or before `value` (with tolerance).
int slot(const std::vector<double>& edges, double value, double tolerance) {
  int found = 0;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (edges[i] <= value + tolerance) found = static_cast<int>(i);
  }
  return found;
}

// "42", "12,6", "58 %": a figure. A year alone ("2025") is not one: it is as often the second
// line of a date cell ("Hösten" / "2025").
bool is_figure(std::string_view text) {
  if (text.size() == 4 && (text.substr(0, 2) == "19" || text.substr(0, 2) == "20") && all_digits(text)) return false;
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ' ' && c != ',' && c != '.' && c != '%' && c != '-' && c != '+') {
      return false;
    }
  }
  return digit;
}

// A narrow column breaks a word too long for it without a hyphen ("Samhällsplaneri" / "ng"): the
// line above is one word as wide as the column's widest line, and the text goes on in lower case
// with a fragment: the rest of a long word (compounds are what get broken), or a few letters that
// are no word of their own.
bool broken_word(const PdfLine& above, double column_width, const std::string& next) {
  static const std::set<std::string> kShortWords = {"av", "de", "den", "det", "en", "ett", "för", "i",
                                                    "med", "och", "om", "på", "som", "till", "är"};
  const std::string first = next.substr(0, next.find(' '));
  const bool fragment = above.text.size() >= kLongWordBytes || (first.size() <= 3 && !kShortWords.count(first));
  return fragment && above.text.find(' ') == std::string::npos && above.right - above.left >= kFullColumnWidth * column_width &&
         starts_in_lower_case(next);
}

std::optional<PdfTable> grid_of(const std::vector<const PdfLine*>& lines, std::vector<std::size_t> members) {
  std::vector<double> lefts;
  for (std::size_t i : members) lefts.push_back(lines[i]->left);
  const std::vector<double> columns = clustered(lefts, kSameEdge);
  if (columns.size() < static_cast<std::size_t>(kMinColumns)) return std::nullopt;

  // Cell starts: a column's first line, one after a gap wider than a quarter line, or a figure (a
  // number is a whole cell: in an indicator table without cell padding, only the figures show
  // where the rows are).
  std::map<int, std::vector<std::size_t>> by_column;
  for (std::size_t i : members) by_column[slot(columns, lines[i]->left, kSameEdge)].push_back(i);
  std::vector<double> starts;
  for (auto& [column, in_column] : by_column) {
    std::sort(in_column.begin(), in_column.end(), [&](std::size_t a, std::size_t b) { return lines[a]->top < lines[b]->top; });
    for (std::size_t k = 0; k < in_column.size(); ++k) {
      const PdfLine& l = *lines[in_column[k]];
      const PdfLine* above = k ? lines[in_column[k - 1]] : nullptr;
      if (!above || l.top - above->bottom > kCellGapLines * (above->bottom - above->top) || is_figure(l.text)) {
        starts.push_back(l.top);
      }
    }
  }
  // A height where every column has a line starting is a row of one-line cells.
  std::map<long, std::size_t> columns_at;  // top in half points → columns with a line there
  // (Unless a line there goes on in lower case: then the cells wrapped together.)
  std::set<long> continued;
  for (const auto& [column, in_column] : by_column) {
    std::set<long> tops;
    for (std::size_t i : in_column) {
      tops.insert(std::lround(lines[i]->top * 2));
      if (starts_in_lower_case(lines[i]->text)) continued.insert(std::lround(lines[i]->top * 2));
    }
    for (long top : tops) columns_at[top]++;
  }
  for (const auto& [top, count] : columns_at) {
    if (count == columns.size() && !continued.count(top)) starts.push_back(top / 2.0);
  }
  const std::vector<double> rows = clustered(starts, kSameRow);

  PdfTable table;
  table.lines = std::move(members);
  std::map<std::pair<int, int>, std::string> cells;
  for (const auto& [column, in_column] : by_column) {
    double widest = 0;
    for (std::size_t i : in_column) widest = std::max(widest, lines[i]->right - lines[i]->left);
    const PdfLine* above = nullptr;
    int above_row = -1;
    for (std::size_t i : in_column) {
      const int row = slot(rows, lines[i]->top, kSameRow);
      std::string& text = cells[{row, column}];
      if (text.empty()) {
        text = lines[i]->text;
      } else if (above_row == row && broken_word(*above, widest, lines[i]->text)) {
        text += lines[i]->text;
      } else {
        join_line(text, lines[i]->text);
      }
      above = lines[i];
      above_row = row;
    }
  }
  for (auto& [at, text] : cells) table.cells.push_back({at.first, at.second, std::move(text)});
  return table;
}

}  // namespace

std::vector<PdfTable> find_pdf_tables(const std::vector<const PdfLine*>& lines) {
  const std::size_t n = lines.size();
  if (n > kMaxLinesPerPage) return {};
  // Which lines stand beside another: a sweep down the page, comparing only lines that overlap.
  std::vector<std::size_t> by_top(n);
  for (std::size_t i = 0; i < n; ++i) by_top[i] = i;
  std::sort(by_top.begin(), by_top.end(), [&](std::size_t a, std::size_t b) { return lines[a]->top < lines[b]->top; });
  std::vector<bool> beside(n, false);
  for (std::size_t k = 0; k < n; ++k) {
    const PdfLine& a = *lines[by_top[k]];
    for (std::size_t m = k + 1; m < n && lines[by_top[m]]->top < a.bottom; ++m) {
      if (side_by_side(a, *lines[by_top[m]])) beside[by_top[k]] = beside[by_top[m]] = true;
    }
  }
  std::vector<PdfTable> out;
  for (std::size_t i = 0; i < n;) {
    if (!beside[i]) {
      ++i;
      continue;
    }
    Run run;
    run.add(*lines[i]);
    std::vector<std::size_t> members{i};
    std::size_t j = i + 1;
    for (; j < n && (beside[j] || run.holds(*lines[j])); ++j) {
      run.add(*lines[j]);
      members.push_back(j);
    }
    if (auto table = grid_of(lines, std::move(members))) out.push_back(std::move(*table));
    i = j;
  }
  return out;
}

}  // namespace jamkoll
