// Hardened XML parsing with libxml2 for untrusted documents. No network, no external DTDs or
// entities (a deny-all entity loader is installed process-wide), no entity expansion (never
// XML_PARSE_NOENT/DTDLOAD/HUGE), libxml2's default depth and size limits kept. OOXML parts never
// need a DOCTYPE, so by default a part with one is refused as "xml-forbidden".
//
// Thread-safety: parse_xml may be called from several threads at once.
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
};

// Fails with "xml-malformed" (message names `part` and the line) or "xml-forbidden".
Outcome<std::shared_ptr<xmlDoc>> parse_xml(std::string_view bytes, const std::string& part,
                                           XmlParseOptions options = {});

}  // namespace jamkoll
