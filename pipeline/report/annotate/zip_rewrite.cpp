#include "report/annotate/zip_rewrite.h"

#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace jamkoll {
namespace {

struct SourceDeleter {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceDeleter>;

Failure zip_failure(const std::string& what, zip_error_t* error) {
  Failure f{FailureCode::kWriteFailed, what + ": " + zip_error_strerror(error)};
  zip_error_fini(error);
  return f;
}

// Stages every replacement in `archive`. The contents must outlive zip_close().
Outcome<void> stage_replacements(zip_t* archive, const std::map<std::string, std::string>& replacements) {
  for (const auto& [name, content] : replacements) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!data) return Failure::write_failed("cannot stage " + name + ": " + zip_strerror(archive));
    zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
    if (index >= 0) {
      if (zip_file_replace(archive, static_cast<zip_uint64_t>(index), data, 0) != 0) {
        zip_source_free(data);
        return Failure::write_failed("cannot replace " + name + ": " + zip_strerror(archive));
      }
    } else {
      index = zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8);
      if (index < 0) {
        zip_source_free(data);
        return Failure::write_failed("cannot add " + name + ": " + zip_strerror(archive));
      }
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 0);
  }
  return {};
}

// The bytes libzip wrote into the buffer source.
Outcome<std::string> read_source(zip_source_t* source) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(source, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || zip_source_open(source) != 0) {
    return Failure::write_failed("cannot read back the rewritten archive");
  }
  std::string out(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t got = zip_source_read(source, out.data(), out.size());
  zip_source_close(source);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) {
    return Failure::write_failed("cannot read back the rewritten archive");
  }
  return out;
}

}  // namespace

Outcome<std::string> rewrite_zip(std::string_view original, const std::map<std::string, std::string>& replacements) {
  zip_error_t error;
  zip_error_init(&error);
  // libzip gets a copy of its own (freep = 1): once zip_close() has written into a buffer source,
  // libzip 1.7 frees the buffer it was created with, whoever owned it (seen with valgrind).
  void* copy = std::malloc(std::max<std::size_t>(original.size(), 1));
  if (!copy) return Failure::write_failed("out of memory copying the archive");
  std::memcpy(copy, original.data(), original.size());
  SourcePtr source(zip_source_buffer_create(copy, original.size(), 1, &error));
  if (!source) {
    std::free(copy);
    return zip_failure("cannot read the archive", &error);
  }
  zip_t* archive = zip_open_from_source(source.get(), 0, &error);
  if (!archive) return zip_failure("cannot open the archive", &error);
  zip_source_keep(source.get());  // zip_close() writes into it; keep it for reading back
  if (auto staged = stage_replacements(archive, replacements); !staged) {
    zip_discard(archive);
    return staged.failure();
  }
  if (zip_close(archive) != 0) {
    Failure f{FailureCode::kWriteFailed, std::string("cannot write the archive: ") + zip_strerror(archive)};
    zip_discard(archive);
    return f;
  }
  zip_error_fini(&error);
  return read_source(source.get());
}

}  // namespace jamkoll
