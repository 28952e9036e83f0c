// Small edits of the package parts that list other parts: a relationship in a .rels part and a
// content-type override in [Content_Types].xml, plus writing a parsed part back as bytes.
// Tests: tests/report/annotate/docx_annotator_test.cpp (through annotate_docx: the .rels and [Content_Types].xml
//   changes)
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

#include "common/xml_parser.h"

namespace jamkoll {

inline constexpr std::string_view kCommentsContentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

// An empty Relationships part.
XmlDocPtr new_relationships_part();

// Adds <Relationship Id=… Type=`type` Target=`target`/> with an Id no other relationship uses;
// returns the Id. REQUIRES: `rels` is a Relationships part.
std::string add_relationship(xmlDoc* rels, std::string_view type, std::string_view target);

// Adds <Override PartName=`part_name` ContentType=`content_type`/> unless one for that part exists.
// `part_name` starts with '/'. REQUIRES: `types` is a [Content_Types].xml part.
void ensure_content_type_override(xmlDoc* types, std::string_view part_name, std::string_view content_type);

// The part as UTF-8 XML with its declaration (standalone="yes" kept when the part had it).
std::string serialize_part(xmlDoc* doc);

}  // namespace jamkoll
