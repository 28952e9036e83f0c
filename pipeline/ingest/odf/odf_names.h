// Namespaces and element tests for OpenDocument (ODF 1.0–1.3): the vocabularies of content.xml,
// styles.xml and a flat .fodt file.
// Tests: tests/report/annotate/odt_annotator_test.cpp, tests/ingest/odf_test.cpp (through read_document)
#pragma once

#include <string>
#include <string_view>

#include "common/xml_node.h"

namespace jamkoll::odf {

inline constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr std::string_view kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr std::string_view kDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
inline constexpr std::string_view kTextMimeType = "application/vnd.oasis.opendocument.text";

inline bool is(const xmlNode* node, std::string_view ns, std::string_view name) {
  return xml::is_element(node) && xml::local_name(node) == name && xml::ns_href(node) == ns;
}
inline bool is_text(const xmlNode* node, std::string_view name) { return is(node, kText, name); }
inline bool is_office(const xmlNode* node, std::string_view name) { return is(node, kOffice, name); }
inline bool is_style(const xmlNode* node, std::string_view name) { return is(node, kStyle, name); }
inline bool is_table(const xmlNode* node, std::string_view name) { return is(node, kTable, name); }

// First child element ns:name, or nullptr.
inline const xmlNode* child(const xmlNode* node, std::string_view ns, std::string_view name) {
  for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (is(c, ns, name)) return c;
  }
  return nullptr;
}

// Attribute in namespace `ns` ("" if absent).
inline std::string attr(const xmlNode* node, std::string_view ns, std::string_view name) {
  return xml::attribute(node, name, {ns});
}

// A non-negative count attribute (text:c, table:number-columns-repeated, …), `fallback` when
// absent or not a number; capped so hostile values cannot make loops run for ever.
inline int count_attr(const xmlNode* node, std::string_view ns, std::string_view name, int fallback, int cap) {
  const std::string value = attr(node, ns, name);
  if (value.empty() || value.size() > 9) return fallback;
  int n = 0;
  for (const char c : value) {
    if (c < '0' || c > '9') return fallback;
    n = n * 10 + (c - '0');
  }
  return n < 1 ? fallback : (n > cap ? cap : n);
}

}  // namespace jamkoll::odf
