// The stylesheet and script embedded in the HTML report (kept apart from the markup code).
#pragma once

namespace jamkoll {

extern const char* const kHtmlReportStyle;
extern const char* const kHtmlReportScript;

}  // namespace jamkoll
