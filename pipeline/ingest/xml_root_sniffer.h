// Finds the root element of an XML or HTML file from its first bytes, without parsing the file:
// skips a byte order mark, the XML declaration, processing instructions, comments and a DOCTYPE,
// then reads the root's name and the namespace its prefix is bound to in the same start tag.
// UTF-8 and UTF-16 (with or without a BOM) are understood; names and namespaces are ASCII.
//
// Only a hint for format detection: the reader chosen still parses the file and checks its root.
// Tests: end to end through read_document in tests/ingest/format_detection_test.cpp
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jamkoll {

struct XmlRootHint {
  std::string local_name;  // "document", "html", …
  std::string ns;          // namespace URI bound to its prefix ("" when none is declared there)
  std::string doctype;     // name after <!DOCTYPE, lower-cased ("html"), "" without a DOCTYPE
  bool xml_declaration = false;  // the file starts with <?xml
};

// nullopt when the bytes do not start like markup (after a BOM and whitespace, something other
// than '<'), or the root's start tag is not within the first `max_scan` bytes.
std::optional<XmlRootHint> sniff_xml_root(std::string_view bytes, std::size_t max_scan = 1u << 20);

}  // namespace jamkoll
