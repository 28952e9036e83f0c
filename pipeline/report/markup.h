// Escaping for XML and HTML output.
// Tests: end to end through tests/app/report_formats_test.cpp (JUnit validated, HTML),
//   tests/report/swedish_labels_test.cpp
#pragma once

#include <string>
#include <string_view>

namespace jamkoll {

// Escapes & < > " ' and drops characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR).
std::string xml_escape(std::string_view text);

}  // namespace jamkoll
