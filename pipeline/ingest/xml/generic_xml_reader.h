// XML of any other vocabulary (exports from case-management systems and the like): text in
// document order, a block at every element that holds text directly (inline children such as
// <em> stay in their parent's block), and — where a mapping says so — headings, list items, table
// cells, footnotes and parts to skip, chosen by XPath 1.0.
//
// Mapping file (UTF-8, one rule a line, '#' comments; example: tests/fixtures/xml/arende_export.mapping):
//   heading    = //rubrik | //kapitel/titel
//   section    = //kapitel          # heading level = enclosing sections + 1
//   list-item  = //punkt
//   table-cell = //cell
//   footnote   = //fotnot            # lifted out of the paragraph, like Word's notes
//   skip       = //metadata | //kommentar
// Tests: tests/ingest/generic_xml_test.cpp
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/limits.h"

namespace jamkoll {

struct XmlMapping {
  std::vector<std::pair<std::string, std::string>> rules;  // (kind, XPath), in file order
};

// Fails with code "usage" and "<source>:<line>: …" for a bad line.
Outcome<XmlMapping> parse_xml_mapping(const std::string& text, const std::string& source);

// Failure codes: xml-malformed, xml-forbidden, usage (an XPath that does not compile).
Outcome<Document> read_generic_xml(std::string_view bytes, const XmlMapping& mapping, const ReadLimits& limits);

}  // namespace jamkoll
