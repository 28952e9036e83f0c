#include "ingest/html/html_table_grid.h"

#include <algorithm>

namespace jamkoll {

HtmlTableGrid::HtmlTableGrid(GridBudget& budget) : budget_(budget) {}

bool HtmlTableGrid::charge(std::int64_t slots, int table_index) {
  if (clipped_) return false;
  if (slots_ + slots > kMaxGridSlotsPerTable || budget_.slots + slots > kMaxGridSlotsPerDocument) {
    clipped_ = true;
    std::vector<int>().swap(busy_until_);
    if (budget_.clipped_tables++ == 0) budget_.first_clipped_table = table_index;
    return false;
  }
  slots_ += slots;
  budget_.slots += slots;
  return true;
}

int HtmlTableGrid::place(int colspan, int rowspan, int table_index) {
  colspan = std::clamp(colspan, 1, kMaxHtmlColspan);
  rowspan = std::clamp(rowspan, 1, kMaxHtmlRowspan);
  while (!clipped_ && column_ < static_cast<int>(busy_until_.size()) &&
         busy_until_[static_cast<std::size_t>(column_)] >= row_ && charge(1, table_index)) {
    ++column_;
  }
  if (!charge(colspan, table_index)) return column_++;
  const int column = column_;
  if (busy_until_.size() < static_cast<std::size_t>(column + colspan)) {
    busy_until_.resize(static_cast<std::size_t>(column + colspan), -1);
  }
  std::fill_n(busy_until_.begin() + column, colspan, row_ + rowspan - 1);
  column_ += colspan;
  return column;
}

void HtmlTableGrid::next_row() {
  ++row_;
  column_ = 0;
}

}  // namespace jamkoll
