// When a report was written, for a reader: "2026-12-04 21:30 UTC". SOURCE_DATE_EPOCH (seconds,
// the reproducible-builds convention) overrides the clock, so a report or screenshot can be made
// byte for byte again.
// Tests: end to end through tests/report/html_overview_test.cpp (SOURCE_DATE_EPOCH)
#pragma once

#include <string>

namespace jamkoll {

std::string report_time();

}  // namespace jamkoll
