#include "app/document_checker.h"

#include <exception>

#include "ingest/read_document.h"

namespace jamkoll {
namespace {

// Runs `step` (reading and judging), turning an exception into the result's error.
template <typename Step>
DocumentResult guarded(const std::string& path, Step step) {
  DocumentResult result;
  result.path = path;
  try {
    step(result);
  } catch (const std::bad_alloc&) {
    result.error = Failure::too_large("out of memory while reading this file");
  } catch (const std::exception& e) {
    // A bug, not the user's fault; still never lose the rest of the batch.
    result.error = Failure::internal_error(std::string("internal error: ") + e.what());
  }
  return result;
}

void judge_loaded(Outcome<LoadedDocument>& loaded, const Judge& judge, DocumentResult& result) {
  if (!loaded) {
    result.error = loaded.failure();
    return;
  }
  result.format = loaded->document.format;
  result.sha256 = loaded->sha256;
  result.warnings = loaded->warnings;
  result.verdict = judge.judge(loaded->document);
}

}  // namespace

DocumentResult check_file(const std::string& path, const Judge& judge, const ReadOptions& options) {
  return guarded(path, [&](DocumentResult& result) {
    auto loaded = read_document(path, options.limits, options.input_format, options.xml_mapping);
    judge_loaded(loaded, judge, result);
  });
}

DocumentResult check_bytes(const std::string& path, std::string_view bytes, const Judge& judge,
                           const ReadOptions& options) {
  return guarded(path, [&](DocumentResult& result) {
    auto loaded = read_document_bytes(bytes, path, options.limits, options.input_format, options.xml_mapping);
    judge_loaded(loaded, judge, result);
  });
}

}  // namespace jamkoll
