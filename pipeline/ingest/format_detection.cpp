#include "ingest/format_detection.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "common/ascii.h"
#include "ingest/odf/odf_names.h"
#include "ingest/xml_root_sniffer.h"
#include "ingest/zip_archive.h"

namespace jamkoll {
namespace {

constexpr std::array<std::pair<InputFormat, std::string_view>, 10> kNames{{
    {InputFormat::kDocx, "docx"},
    {InputFormat::kOdt, "odt"},
    {InputFormat::kFodt, "fodt"},
    {InputFormat::kFlatOpc, "flat-opc"},
    {InputFormat::kWord2003, "word2003"},
    {InputFormat::kHtml, "html"},
    {InputFormat::kXml, "xml"},
    {InputFormat::kPdf, "pdf"},
    {InputFormat::kText, "txt"},
    {InputFormat::kMarkdown, "md"},
}};

constexpr std::string_view kFlatOpc = "http://schemas.microsoft.com/office/2006/xmlPackage";
constexpr std::string_view kWord2003 = "http://schemas.microsoft.com/office/word/2003/wordml";

// Password-protected OOXML is an OLE compound file holding an "EncryptionInfo" stream; its
// directory names are UTF-16LE.
bool looks_like_encrypted_ooxml(std::string_view bytes) {
  static const std::string name = [] {
    std::string s;
    for (char c : std::string("EncryptionInfo")) {
      s += c;
      s += '\0';
    }
    return s;
  }();
  return bytes.find(name) != std::string_view::npos;
}

Outcome<InputFormat> detect_zip(std::string_view bytes, const ReadLimits& limits) {
  auto opened = ZipArchive::open(bytes, limits);
  if (!opened) return opened.failure();
  ZipArchive& archive = **opened;
  if (archive.contains("mimetype")) {
    auto mime = archive.read("mimetype");
    if (!mime) return mime.failure();
    std::string type = *mime;
    while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back()))) type.pop_back();
    // text, text-template, text-master (a master document also has its own text)
    if (type.starts_with(odf::kTextMimeType)) return InputFormat::kOdt;
    if (type.starts_with("application/vnd.oasis.opendocument.")) {
      return Failure::unsupported_format("OpenDocument file of type " + type +
                                               " is not a text document: jamkoll reads text documents (.odt)");
    }
  }
  if (archive.contains("[Content_Types].xml") || archive.contains("_rels/.rels")) return InputFormat::kDocx;
  if (archive.contains("content.xml") && archive.contains("META-INF/manifest.xml")) return InputFormat::kOdt;
  return Failure::not_a_document("zip archive holds neither a Word document (.docx) nor an OpenDocument text (.odt)");
}

bool is_html_element(const std::string& name) {
  static const char* const kNames[] = {"html", "head", "body", "meta", "title", "p", "div", "h1", "h2",
                                       "h3", "h4", "h5", "h6", "table", "ul", "ol", "section", "article"};
  const std::string n = ascii_lower(name);
  return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* k) { return n == k; });
}

// A markup file: decided by its root element and namespace.
Outcome<InputFormat> detect_markup(const XmlRootHint& root) {
  if (root.doctype == "html" || ascii_lower(root.local_name) == "html") return InputFormat::kHtml;
  if (root.ns == odf::kOffice && (root.local_name == "document" || root.local_name == "document-content")) {
    return InputFormat::kFodt;
  }
  if (root.ns == kFlatOpc && root.local_name == "package") return InputFormat::kFlatOpc;
  if (root.ns == kWord2003 && root.local_name == "wordDocument") return InputFormat::kWord2003;
  if (!root.xml_declaration && root.ns.empty() && is_html_element(root.local_name)) return InputFormat::kHtml;
  return InputFormat::kXml;  // another vocabulary: text in document order (ingest/xml/generic_xml_reader.h)
}

// Names that promise a container or binary format: such a file that turned out to be none is
// damaged or renamed, not text.
bool has_binary_extension(const std::string& extension) {
  static const char* const kBinary[] = {".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".odt", ".ott",
                                        ".pdf",  ".rtf",  ".zip",  ".xlsx", ".pptx", ".ods", ".odp"};
  return std::any_of(std::begin(kBinary), std::end(kBinary), [&](const char* b) { return extension == b; });
}

bool has_utf16_or_32_bom(std::string_view bytes) {
  return bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") ||
         bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4));
}

}  // namespace

std::string_view input_format_name(InputFormat format) {
  for (const auto& [f, name] : kNames) {
    if (f == format) return name;
  }
  return "txt";
}

std::optional<InputFormat> input_format_from_name(std::string_view name) {
  for (const auto& [f, n] : kNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

std::string input_format_names() {
  std::string out;
  for (const auto& [f, name] : kNames) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

Outcome<InputFormat> detect_input_format(std::string_view bytes, const std::string& path, const ReadLimits& limits) {
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with(std::string_view("PK\x05\x06", 4))) {
    return detect_zip(bytes, limits);
  }
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (looks_like_encrypted_ooxml(bytes)) {
      return Failure::encrypted("password-protected Word document: open it in Word, remove the password "
                                  "(File > Info > Protect Document) and save again");
    }
    return Failure::unsupported_format("legacy binary Word (.doc) file: save it as .docx (Word: Save As; or "
                                         "soffice --headless --convert-to docx FILE)");
  }
  // The PDF header may follow a little junk (the specification allows it within the first 1 KiB).
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputFormat::kPdf;
  if (bytes.starts_with("{\\rtf")) {
    return Failure::unsupported_format("RTF is not read: save it as .docx or .odt (Word: Save As; or "
                                         "soffice --headless --convert-to docx FILE)");
  }
  const std::string extension = ascii_lower(std::filesystem::path(path).extension().string());
  const bool text_name = extension == ".txt" || extension == ".md" || extension == ".markdown";
  if (auto root = sniff_xml_root(bytes)) {
    auto format = detect_markup(*root);
    // "<Utkast> …" in a .txt file is text that happens to start with '<', not an XML document.
    const bool generic = format && *format == InputFormat::kXml;
    if (!generic || !text_name || root->xml_declaration || !root->ns.empty()) return format;
  }

  if (has_binary_extension(extension)) {
    return Failure::unsupported_format("named " + extension + " but not in that format (damaged, or renamed?); "
                                         "jamkoll reads .docx, .odt, .fodt, Word XML, HTML, other XML, PDF, text and Markdown");
  }
  if (!has_utf16_or_32_bom(bytes) && bytes.substr(0, 1u << 16).find('\0') != std::string_view::npos) {
    return Failure::unsupported_format("binary file of unknown format: jamkoll reads .docx, .odt, .fodt, Word XML, "
                                         "HTML, PDF, text and Markdown");
  }
  if (extension == ".md" || extension == ".markdown") return InputFormat::kMarkdown;
  return InputFormat::kText;
}

}  // namespace jamkoll
