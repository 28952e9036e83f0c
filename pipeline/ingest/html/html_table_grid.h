// Places the cells of one HTML table on its grid (columns counting colspan and rowspan), within
// bounds a hostile file cannot lift. A cell's colspan and rowspan are clipped to HTML's own limits
// (colspan ≤ 1000, rowspan ≤ 65534, as the HTML standard's table model and browsers do). The
// reader's work is counted in grid slots: in each row, the columns it steps over up to the end of
// its last cell (a cell with colspan=3 fills three slots; a column that a rowspan above covers is
// one slot in every row that steps over it). Past kMaxGridSlotsPerTable slots in one table, or
// kMaxGridSlotsPerDocument in the whole document, the rest of the table is placed without spans:
// each later cell one column, after the cell before it in its row. Every cell's text is still read;
// only its grid column is then approximate. So bookkeeping memory is at most one int per column
// (≤ kMaxGridSlotsPerTable) and time at most one step per slot plus one per cell.
//
// One grid per table; the budget is shared by every table of a document. Not thread-safe.
// Tests: tests/ingest/html_test.cpp
#pragma once

#include <cstdint>
#include <vector>

namespace jamkoll {

// HTML's limits on a cell's spans (the standard's "rules for parsing" colspan and rowspan).
constexpr int kMaxHtmlColspan = 1000;
constexpr int kMaxHtmlRowspan = 65534;
// 1 048 576 slots: a table of 1 000 rows × 1 000 columns. Strategies' largest tables are some 50 rows
// × 10 columns; a statistics appendix of 5 000 rows × 20 columns is 100 000 slots.
constexpr std::int64_t kMaxGridSlotsPerTable = std::int64_t{1} << 20;
// Four such tables; a 4 MB hostile page once took 35 s and 656 MB here without a cap.
constexpr std::int64_t kMaxGridSlotsPerDocument = std::int64_t{1} << 22;

struct GridBudget {
  std::int64_t slots = 0;  // slots placed in every table so far
  int clipped_tables = 0;  // tables placed without spans past a limit
  int first_clipped_table = -1;
};

class HtmlTableGrid {
 public:
  // REQUIRES: `budget` outlives the grid.
  explicit HtmlTableGrid(GridBudget& budget);
  // The grid column of the next cell of the current row; claims its spans (clipped to HTML's
  // limits; values below 1 count as 1).
  int place(int colspan, int rowspan, int table_index);
  void next_row();
  int row() const { return row_; }

 private:
  bool charge(std::int64_t slots, int table_index);

  GridBudget& budget_;
  std::vector<int> busy_until_;  // per grid column: last row a rowspan above covers
  std::int64_t slots_ = 0;
  int row_ = 0;
  int column_ = 0;
  bool clipped_ = false;
};

}  // namespace jamkoll
