#include "ingest/read_document.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <optional>

#include "common/sha256.h"
#include "ingest/ooxml/docx_reader.h"
#include "ingest/format_detection.h"
#include "ingest/html/html_reader.h"
#include "ingest/plain/markdown_reader.h"
#include "ingest/odf/odf_reader.h"
#include "ingest/pdf/pdf_reader.h"
#include "ingest/plain/plain_text_reader.h"
#include "ingest/plain/text_encoding.h"
#include "ingest/ooxml/word2003_reader.h"

namespace jamkoll {
namespace {

bool permission_denied(const std::error_code& ec) {
  return ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted;
}

}  // namespace

Outcome<std::string> read_file_bytes(const std::string& path, const ReadLimits& limits) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (permission_denied(ec)) return Failure::permission_denied("no permission to reach this file: " + ec.message());
  if (ec || !std::filesystem::exists(status)) return Failure::not_found("no such file");
  if (!std::filesystem::is_regular_file(status)) return Failure::not_found("not a regular file");
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Failure::not_found("cannot read file: " + ec.message());
  if (size > limits.max_file_bytes) {
    return Failure::too_large("file is " + std::to_string(size >> 20) + " MiB, above the limit of " +
                                    std::to_string(limits.max_file_bytes >> 20) + " MiB (--max-file-size)");
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in && (errno == EACCES || errno == EPERM)) return Failure::permission_denied("no permission to read this file");
  if (!in) return Failure::not_found("cannot open file for reading");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::uint64_t>(in.gcount()) != size) return Failure::not_found("file changed or could not be read whole");
  return bytes;
}

namespace {

Outcome<Document> read_text(InputFormat format, std::string_view bytes, std::vector<std::string>& warnings) {
  auto text = decode_text(bytes);
  if (!text) return text.failure();
  if (!text->warning.empty()) warnings.push_back(text->warning);
  return format == InputFormat::kMarkdown ? read_markdown(text->utf8) : read_plain_text(text->utf8);
}

Outcome<Document> read_as(InputFormat format, std::string_view bytes, const ReadLimits& limits,
                          const XmlMapping& xml_mapping, std::vector<std::string>& warnings) {
  switch (format) {
    case InputFormat::kDocx: return read_docx(bytes, limits);
    case InputFormat::kFlatOpc: return read_flat_opc(bytes, limits);
    case InputFormat::kOdt: return read_odt(bytes, limits);
    case InputFormat::kFodt: return read_fodt(bytes, limits);
    case InputFormat::kWord2003: return read_word2003(bytes, limits);
    case InputFormat::kHtml: return read_html(bytes, limits, &warnings);
    case InputFormat::kXml: return read_generic_xml(bytes, xml_mapping, limits);
    case InputFormat::kPdf: return read_pdf(bytes, limits);
    case InputFormat::kText:
    case InputFormat::kMarkdown: return read_text(format, bytes, warnings);
  }
  return Failure::internal_error("no reader for format " + std::string(input_format_name(format)));
}

}  // namespace

Outcome<LoadedDocument> read_document(const std::string& path, const ReadLimits& limits,
                                      const std::string& input_format, const XmlMapping& xml_mapping) {
  if (!input_format.empty() && !input_format_from_name(input_format)) {
    return Failure::usage("unknown input format \"" + input_format + "\": use one of " + input_format_names());
  }
  auto bytes = read_file_bytes(path, limits);
  if (!bytes) return bytes.failure();
  return read_document_bytes(*bytes, path, limits, input_format, xml_mapping);
}

Outcome<LoadedDocument> read_document_bytes(std::string_view bytes, const std::string& path, const ReadLimits& limits,
                                            const std::string& input_format, const XmlMapping& xml_mapping) {
  std::optional<InputFormat> forced;
  if (!input_format.empty()) {
    forced = input_format_from_name(input_format);
    if (!forced) {
      return Failure::usage("unknown input format \"" + input_format + "\": use one of " + input_format_names());
    }
  }
  if (bytes.empty()) return Failure::not_a_document("file is empty");

  LoadedDocument out;
  out.sha256 = sha256_hex(bytes);
  Outcome<InputFormat> format = forced ? Outcome<InputFormat>(*forced) : detect_input_format(bytes, path, limits);
  if (!format) return format.failure();
  auto doc = read_as(*format, bytes, limits, xml_mapping, out.warnings);
  if (!doc) return doc.failure();
  out.document = std::move(*doc);
  return out;
}

}  // namespace jamkoll
