// Hardened XML parsing with libxml2 for untrusted documents. No network, no external DTDs or
// entities (a deny-all entity loader is installed process-wide), no entity expansion (never
// XML_PARSE_NOENT/DTDLOAD), libxml2's default depth and size limits kept. Document parts never
// need a DOCTYPE, so by default one is refused as "xml-forbidden": the parse stops at the
// DOCTYPE's name, before a single declaration of its internal subset is read.
//
// Thread-safety: parse_xml may be called from several threads at once.
// Tests: tests/report/annotate/odt_annotator_test.cpp, tests/ingest/hostile_input_test.cpp (DOCTYPE refused);
//   fuzzed by tests/fuzz/fuzz_xml.cpp
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "common/outcome.h"

namespace jamkoll {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

struct XmlParseOptions {
  bool allow_doctype = false;  // true: a DOCTYPE is tolerated, its entities are never expanded
  // true: text nodes may pass libxml2's 10 MB cap, for single-file documents (.fodt, Flat OPC,
  // Word 2003 XML) whose one long paragraph is legal. This sets XML_PARSE_HUGE, which would also
  // lift libxml2's entity-amplification and depth limits; so it is ignored unless allow_doctype is
  // false (no DOCTYPE, hence no entity can be declared) and nesting stays capped at 256 here.
  bool large_text_nodes = false;
};

// Fails with "xml-malformed" (message names `part` and the line) or "xml-forbidden".
Outcome<std::shared_ptr<xmlDoc>> parse_xml(std::string_view bytes, const std::string& part,
                                           XmlParseOptions options = {});

}  // namespace jamkoll
