#include "app/document_checker.h"

#include <exception>

#include "ingest/read_document.h"

namespace jamkoll {

DocumentResult check_file(const std::string& path, const Judge& judge, const ReadOptions& options) {
  DocumentResult result;
  result.path = path;
  try {
    auto loaded = read_document(path, options.limits, options.input_format, options.xml_mapping);
    if (!loaded) {
      result.error = loaded.failure();
      return result;
    }
    result.format = loaded->document.format;
    result.sha256 = loaded->sha256;
    result.warnings = loaded->warnings;
    result.verdict = judge.judge(loaded->document);
  } catch (const std::bad_alloc&) {
    result.error = Failure{"too-large", "out of memory while reading this file"};
  } catch (const std::exception& e) {
    // A bug, not the user's fault; still never lose the rest of the batch.
    result.error = Failure{"internal-error", std::string("internal error: ") + e.what()};
  }
  return result;
}

}  // namespace jamkoll
