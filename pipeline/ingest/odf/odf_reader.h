// Reads OpenDocument text into a Document: a zipped .odt (content.xml and styles.xml; meta.xml is
// metadata and never read) or a flat .fodt (one XML file, root office:document). The body, its
// notes (lifted out of the paragraphs), then the headers and footers of every master page; comments
// apart. Both share OdfContentWalker, so the same document reads alike in either form. Blocks
// record the part they come from: content.xml / styles.xml (.odt), office:text /
// office:master-styles (.fodt).
//
// A .fodt is parsed whole as a DOM with XmlParseOptions::large_text_nodes: one paragraph may be
// larger than libxml2's 10 MB text-node cap; only the file size limit bounds it.
// Tests: tests/report/annotate/odt_annotator_test.cpp, tests/ingest/odf_test.cpp (through read_document)
#pragma once

#include <libxml/tree.h>

#include <string_view>
#include <vector>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/limits.h"

namespace jamkoll {

// `bytes` is the whole file. Failure codes: corrupt-zip, encrypted, not-a-document,
// unsupported-format (an OpenDocument spreadsheet or presentation), xml-malformed, xml-forbidden,
// too-large, zip-bomb. Format "odt".
Outcome<Document> read_odt(std::string_view bytes, const ReadLimits& limits);

// `bytes` is the whole .fodt file. Failure codes: not-a-document, unsupported-format,
// xml-malformed, xml-forbidden, too-large. Format "fodt".
Outcome<Document> read_fodt(std::string_view bytes, const ReadLimits& limits);

// Where each body block of an .odt came from, by the same walk as read_odt(): per body block, in
// block order, its text:p / text:h or table:table-cell, or nullptr for a text box. `content_root`
// is office:document-content; `styles_root` office:document-styles or nullptr. Notes, headers and
// footers come after the body blocks and have no origin here.
std::vector<const xmlNode*> odf_body_block_origins(const xmlNode* content_root, const xmlNode* styles_root);

}  // namespace jamkoll
