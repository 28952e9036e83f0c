#include "report/html_page.h"

#include "report/html_style.h"
#include "report/markup.h"
#include "report/run_date.h"

namespace jamkoll {

void write_html_head(std::ostream& out, Language language, const std::string& title) {
  out << "<!DOCTYPE html>\n<html lang=\"" << (language == Language::kSwedish ? "sv" : "en")
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>jamkoll – " << xml_escape(title)
      << "</title>\n<style>" << kHtmlReportStyle << "</style>\n</head>\n<body>\n";
}

std::string html_run_line(const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  return std::string(sv ? "regelpaket " : "rule pack ") + xml_escape(context.pack->id) + " " +
         xml_escape(context.pack->version) + " · jamkoll " + JAMKOLL_VERSION + " · " + (sv ? "granskad " : "checked ") +
         report_time();
}

}  // namespace jamkoll
