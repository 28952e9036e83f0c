#include "ingest/zip_archive.h"

#include <zip.h>

#include <algorithm>

namespace jamkoll {
namespace {

std::string mib(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

ZipArchive::ZipArchive(zip* archive, const ReadLimits& limits) : archive_(archive), limits_(limits) {
  const zip_int64_t count = zip_get_num_entries(archive_, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    names_.push_back(name ? name : "");
  }
}

ZipArchive::~ZipArchive() { zip_discard(archive_); }

Outcome<std::shared_ptr<ZipArchive>> ZipArchive::open(std::string_view bytes, const ReadLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    Failure failure{FailureCode::kCorruptZip, std::string("cannot read zip: ") + zip_error_strerror(&error)};
    zip_error_fini(&error);
    return failure;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    Failure failure{FailureCode::kCorruptZip, std::string("not a readable zip archive: ") + zip_error_strerror(&error)};
    zip_error_fini(&error);
    return failure;
  }
  zip_error_fini(&error);
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  if (count < 0 || static_cast<std::uint64_t>(count) > limits.max_zip_entries) {
    zip_discard(archive);
    return Failure::too_large("zip archive has " + std::to_string(count) + " entries, more than the limit of " +
                                    std::to_string(limits.max_zip_entries));
  }
  return std::shared_ptr<ZipArchive>(new ZipArchive(archive, limits));
}

bool ZipArchive::contains(const std::string& name) const {
  return std::find(names_.begin(), names_.end(), name) != names_.end();
}

Outcome<std::string> ZipArchive::read(const std::string& name) {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return Failure::corrupt_zip("zip member " + name + " is missing");
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return Failure::corrupt_zip("cannot read the directory entry of " + name);
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    return Failure::encrypted("zip member " + name + " is encrypted");
  }
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(archive_));
    if (code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD) {
      return Failure::encrypted("zip member " + name + " is encrypted");
    }
    return Failure::corrupt_zip("cannot open zip member " + name + ": " + zip_strerror(archive_));
  }
  // Declared sizes can lie: the caps are enforced on the bytes actually inflated.
  const double packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? static_cast<double>(stat.comp_size) : 0.0;
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      Failure failure{FailureCode::kCorruptZip, "zip member " + name + " is damaged: " + zip_file_strerror(file)};
      zip_fclose(file);
      return failure;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    unpacked_so_far_ += static_cast<std::uint64_t>(n);
    if (out.size() > limits_.max_member_bytes) {
      zip_fclose(file);
      return Failure::too_large("zip member " + name + " unpacks to more than " + mib(limits_.max_member_bytes) +
                                      " (limit --max-member-size)");
    }
    if (unpacked_so_far_ > limits_.max_total_unpacked_bytes) {
      zip_fclose(file);
      return Failure::too_large("zip members unpack to more than " + mib(limits_.max_total_unpacked_bytes) +
                                      " in total (limit --max-unpacked-size)");
    }
    if (out.size() > limits_.ratio_check_after_bytes &&
        static_cast<double>(out.size()) > limits_.max_compression_ratio * std::max(packed, 1.0)) {
      zip_fclose(file);
      return Failure::zip_bomb("zip member " + name + " expands more than " +
                                     std::to_string(static_cast<int>(limits_.max_compression_ratio)) +
                                     ":1 (" + std::to_string(static_cast<long long>(packed)) +
                                     " bytes packed; limit --max-ratio)");
    }
  }
  zip_fclose(file);
  return out;
}

}  // namespace jamkoll
