#include "app/annotated_copy.h"

#include <cstdlib>
#include <ctime>

#include "report/annotate/odt_annotator.h"

namespace jamkoll {

bool annotatable(const std::string& format) { return format == "docx" || format == "odt"; }

std::string unsupported_annotate_message(const std::string& format, Language language) {
  return language == Language::kSwedish
             ? "annotate stöder bara Word-dokument (DOCX) och OpenDocument-text (ODT); filen lästes som " + format +
                   " (spara den som .docx i Word eller LibreOffice)"
             : "annotate supports Word documents (DOCX) and OpenDocument text (ODT) only; the file was read as " +
                   format + " (save it as .docx in Word or LibreOffice)";
}

std::string annotate_date() {
  std::time_t now = std::time(nullptr);
  if (const char* fixed = std::getenv("SOURCE_DATE_EPOCH")) {
    try {
      now = static_cast<std::time_t>(std::stoll(fixed));
    } catch (...) {
    }
  }
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::string annotated_content_type(const std::string& format) {
  return format == "odt" ? "application/vnd.oasis.opendocument.text"
                         : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

Outcome<std::string> annotated_copy(std::string_view bytes, const ReadLimits& limits, const DocumentResult& result,
                                    const ReportContext& context, const AnnotateOptions& options) {
  if (result.format == "odt") return annotate_odt(bytes, limits, result.verdict, context, options);
  return annotate_docx(bytes, limits, result.verdict, context, options);
}

}  // namespace jamkoll
