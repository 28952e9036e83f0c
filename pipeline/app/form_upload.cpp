#include "app/form_upload.h"

#include <Poco/Exception.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/MultipartReader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/String.h>

#include <fstream>

#include "app/check_query.h"

namespace jamkoll {

std::string last_segment(const std::string& filename) {
  const std::size_t slash = filename.find_last_of("/\\");
  return slash == std::string::npos ? filename : filename.substr(slash + 1);
}

namespace {

// More fields than a form for one draft needs; Poco sets no limit of its own.
constexpr int kMaxParts = 64;

Failure bad_form(const std::string& message) { return Failure::bad_form(message); }

// Reads what is left of a part we do not keep; Poco refuses the next part until this one is read.
void drain(std::istream& part) {
  char buffer[1 << 14];
  while (part.read(buffer, sizeof buffer) || part.gcount() > 0) {
  }
}

Outcome<void> copy_part(std::istream& part, UploadFile& file) {
  char buffer[1 << 16];
  while (part.read(buffer, sizeof buffer) || part.gcount() > 0) {
    if (auto written = file.write(buffer, static_cast<std::size_t>(part.gcount())); !written) return written.failure();
  }
  return file.finish();
}

}  // namespace

bool is_form_upload(const std::string& content_type) {
  return Poco::icompare(content_type.substr(0, 19), "multipart/form-data") == 0;
}

Outcome<FormDraft> form_draft(const std::filesystem::path& envelope, const std::string& content_type,
                              const std::filesystem::path& parent) {
  std::string media_type;
  Poco::Net::NameValueCollection parameters;
  Poco::Net::MessageHeader::splitParameters(content_type, media_type, parameters);
  const std::string boundary = parameters.get("boundary", "");
  if (boundary.empty() || boundary.size() > 70) return bad_form("the form's Content-Type names no usable boundary");
  std::ifstream in(envelope, std::ios::binary);
  if (!in) return Failure::upload_write("cannot reopen the stored upload");
  FormDraft draft;
  bool found = false;
  try {
    Poco::Net::MultipartReader reader(in, boundary);
    for (int parts = 0; reader.hasNextPart(); ++parts) {
      // Poco's reader finds an endless row of empty parts after the end of an unterminated form.
      if (in.eof()) return bad_form("the form ends before its closing boundary");
      if (parts == kMaxParts) return bad_form("the form has more than " + std::to_string(kMaxParts) + " fields");
      Poco::Net::MessageHeader header;
      reader.nextPart(header);
      std::string disposition;
      Poco::Net::NameValueCollection fields;
      Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, fields);
      if (!fields.has("filename")) {
        drain(reader.stream());
        continue;
      }
      if (found) return bad_form("the form holds more than one file: send one draft per request");
      found = true;
      draft.filename = last_segment(fields.get("filename"));
      if (auto problem = name_problem(draft.filename)) return bad_form("the file's name: " + problem->en);
      auto file = UploadFile::create(parent, upload_extension(draft.filename));
      if (!file) return file.failure();
      if (auto copied = copy_part(reader.stream(), **file); !copied) return copied.failure();
      draft.file = std::move(*file);
    }
  } catch (const Poco::Exception& e) {
    return bad_form("the form cannot be read: " + e.displayText());
  }
  if (!found) return bad_form("the form holds no file: send the draft as a file field (curl -F file=@utkast.docx)");
  return draft;
}

}  // namespace jamkoll
