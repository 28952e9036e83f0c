// The draft inside a `multipart/form-data` upload (curl -F file=@utkast.docx, a browser's
// <input type=file>): the service first stores the whole body, bounded like a raw one, in its
// private upload directory (upload_file.h); form_draft() then reads that envelope with Poco's
// MultipartReader and copies the one file part into a second private UploadFile, named by the
// part's filename (its last path segment, validated like the query's `name`). Fields without a
// filename are skipped; no file part, two file parts, or an envelope that does not parse are the
// message of a 400.
//
//   auto draft = form_draft(envelope.path(), request.getContentType(), parent);
//   if (!draft) return answer_400(draft.failure().message);
//   check_file(draft->file->path().string(), …);
//
// Failure codes: bad-form (the client's fault), upload-write (the disk's).
// Thread-safety: none needed (no shared state).
// Tests: through the in-process service in tests/app/check_service_test.cpp (multipart/form-data POST /check);
//   fuzzed by tests/fuzz/fuzz_multipart.cpp
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "app/upload_file.h"
#include "common/outcome.h"

namespace jamkoll {

struct FormDraft {
  std::unique_ptr<UploadFile> file;
  std::string filename;  // the part's filename, its folders dropped; may be empty
};

// "C:\\Utkast\\plan.docx" (old browsers send the whole path) → "plan.docx"; "a/b.docx" → "b.docx".
std::string last_segment(const std::string& filename);

// True when `content_type` is multipart/form-data (any case, any parameters).
bool is_form_upload(const std::string& content_type);

// REQUIRES: `envelope` is complete (the whole body, already bounded by the upload limit).
Outcome<FormDraft> form_draft(const std::filesystem::path& envelope, const std::string& content_type,
                              const std::filesystem::path& parent);

}  // namespace jamkoll
