#include "app/check_query.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <unicode/utf8.h>

#include "app/render_report.h"

namespace jamkoll {

std::optional<Words> name_problem(const std::string& name) {
  if (name.size() > kMaxNameBytes) {
    const std::string n = std::to_string(kMaxNameBytes);
    return Words{"namnet är längre än " + n + " byte", "name is longer than " + n + " bytes"};
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(name.data());
  const auto length = static_cast<std::int32_t>(name.size());
  for (std::int32_t at = 0; at < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, at, length, c);
    if (c < 0) return Words{"namnet är inte UTF-8", "name is not UTF-8"};
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return Words{"namnet innehåller ett styrtecken", "name holds a control character"};
  }
  return std::nullopt;
}

std::optional<Words> parse_check_query(const std::string& target, CheckQuery& query) {
  std::string format(report_format_name(query.format));
  try {
    for (const auto& [key, value] : Poco::URI(target).getQueryParameters()) {
      if (key == "format") format = value;
      if (key == "name") query.name = value;
      if (key == "lang") query.lang = value;
      if (key == "excel") {
        if (value != "" && value != "1" && value != "true" && value != "0" && value != "false") {
          return Words{"excel tar 1 eller true (eller 0 eller false)", "excel takes 1 or true (or 0 or false)"};
        }
        query.excel = value == "" || value == "1" || value == "true";
      }
    }
  } catch (const Poco::Exception& e) {
    return Words{"felaktig fråga: " + e.displayText(), "bad query: " + e.displayText()};
  }
  if (const std::optional<ReportFormat> known = report_format_named(format)) {
    query.format = *known;
  } else {
    return Words{"okänt format '" + format + "'", "unknown format '" + format + "'"};
  }
  if (query.lang != "sv" && query.lang != "en") return Words{"lang tar sv eller en", "lang takes sv or en"};
  return name_problem(query.name);
}

}  // namespace jamkoll
