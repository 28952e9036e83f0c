// Numbers on the command line, parsed one way for every command: the whole value or nothing, and
// within the option's range. std::stoi and std::stod would take "8x" as 8 and "70000" for a port
// (then cut to 4464); here both are usage errors.
// Tests: tests/app/option_values_test.cpp
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jamkoll {

// Digits only (no sign, space, suffix or decimals), within [low, high].
std::optional<unsigned long long> whole_number_in(std::string_view text, unsigned long long low,
                                                  unsigned long long high);

// A decimal number, "2", "0.5" or the Swedish "0,5" (no sign, exponent, space or suffix), within
// [low, high].
std::optional<double> decimal_in(std::string_view text, double low, double high);

// "1–256": how a usage message names a range.
std::string range_text(unsigned long long low, unsigned long long high);

}  // namespace jamkoll
