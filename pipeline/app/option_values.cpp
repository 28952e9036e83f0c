#include "app/option_values.h"

#include <charconv>
#include <cmath>

namespace jamkoll {

std::optional<unsigned long long> whole_number_in(std::string_view text, unsigned long long low,
                                                  unsigned long long high) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  unsigned long long value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value < low || value > high) return std::nullopt;
  return value;
}

std::optional<double> decimal_in(std::string_view text, double low, double high) {
  std::string number(text);
  const std::size_t comma = number.find(',');
  if (comma != std::string::npos) number[comma] = '.';
  const std::size_t point = number.find('.');
  if (number.empty() || number.find_first_not_of("0123456789.") != std::string::npos ||
      (point != std::string::npos && number.find('.', point + 1) != std::string::npos) || number.front() == '.' ||
      number.back() == '.') {
    return std::nullopt;
  }
  double value = 0;
  const char* end = number.data() + number.size();
  const auto [ptr, ec] = std::from_chars(number.data(), end, value, std::chars_format::fixed);
  if (ec != std::errc() || ptr != end || !std::isfinite(value) || value < low || value > high) return std::nullopt;
  return value;
}

std::string range_text(unsigned long long low, unsigned long long high) {
  return std::to_string(low) + "–" + std::to_string(high);
}

}  // namespace jamkoll
