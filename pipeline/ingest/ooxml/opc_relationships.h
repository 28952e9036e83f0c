// Open Packaging Conventions relationships: how an OOXML package names its parts. Parts are found
// through _rels/.rels and <part>.rels, never by fixed names (Word, LibreOffice and Strict OOXML
// writers differ).
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp (renamed_part fixture),
//   tests/ingest/hostile_input_test.cpp
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/outcome.h"
#include "ingest/ooxml/opc_package.h"

namespace jamkoll {

struct Relationship {
  std::string id;
  std::string type;    // full type URI
  std::string target;  // resolved part name inside the package, e.g. "word/footnotes.xml"
};

// The .rels part that belongs to `part` ("" for the package itself → "_rels/.rels").
std::string relationships_part_for(const std::string& part);

// Resolves a relationship target relative to the part that holds it ("../x", "/word/x.xml").
std::string resolve_part_name(const std::string& source_part, const std::string& target);

// Reads the relationships of `part`; a missing .rels part gives an empty list. External targets
// (hyperlinks) are left out.
Outcome<std::vector<Relationship>> read_relationships(OpcPackage& package, const std::string& part);

// True when the relationship type URI ends in "/<kind>" (transitional and strict URIs differ
// only before that).
bool relationship_is(const Relationship& relationship, std::string_view kind);

// The first relationship of that kind, or nullptr.
const Relationship* find_relationship(const std::vector<Relationship>& rels, std::string_view kind);

}  // namespace jamkoll
