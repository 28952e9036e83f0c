// Escaping for XML and HTML output.
#pragma once

#include <string>
#include <string_view>

namespace jamkoll {

// Escapes & < > " ' and drops characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR).
std::string xml_escape(std::string_view text);

}  // namespace jamkoll
