#include "ingest/html/html_reader.h"

#include <libxml/HTMLparser.h>

#include <climits>
#include <memory>

#include "common/xml_node.h"
#include "ingest/document_builder.h"
#include "ingest/html/html_content_walker.h"
#include "ingest/plain/text_encoding.h"

namespace jamkoll {
namespace {

const xmlNode* find_body(const xmlNode* root) {
  for (const xmlNode* c = root ? root->children : nullptr; c; c = c->next) {
    if (xml::is_element(c) && xml::local_name(c) == "body") return c;
  }
  return root;
}

std::string grid_warning(const GridBudget& grid) {
  std::string which = "table " + std::to_string(grid.first_clipped_table + 1);
  if (grid.clipped_tables > 1) which += " and " + std::to_string(grid.clipped_tables - 1) + " later tables";
  return which + " passed the limit of " + std::to_string(kMaxGridSlotsPerTable) + " grid cells per table or " +
         std::to_string(kMaxGridSlotsPerDocument) +
         " per document (colspan and rowspan): the rest of each was read without spans, one column per cell";
}

}  // namespace

Outcome<Document> read_html(std::string_view bytes, const ReadLimits& limits, std::vector<std::string>* warnings) {
  (void)limits;  // the file size limit was applied before; one DOM holds the whole file
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return Failure::too_large("HTML file larger than 2 GiB");
  // An undeclared, valid UTF-8 file is UTF-8 (libxml2 would assume ISO-8859-1); with a BOM or
  // invalid UTF-8, libxml2 decides from the BOM or the declared charset.
  const bool bom = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") || bytes.starts_with("\xEF\xBB\xBF");
  const char* encoding = !bom && is_valid_utf8(bytes) ? "UTF-8" : nullptr;
  xmlInitParser();  // idempotent and guarded by libxml2's own lock; files may be read in parallel
  std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> ctxt(htmlNewParserCtxt(), htmlFreeParserCtxt);
  if (!ctxt) return Failure::too_large("out of memory parsing HTML");
  // XML_PARSE_HUGE lifts only the 10 MB text-node cap here: the HTML parser expands no entities of
  // its own making and keeps its nesting limit.
  const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | XML_PARSE_HUGE;
  std::shared_ptr<xmlDoc> doc(htmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), "document.html",
                                                 encoding, options),
                              xmlFreeDoc);
  if (!doc || !xmlDocGetRootElement(doc.get())) return Failure::not_a_document("no HTML content could be read");

  std::vector<Block> blocks;
  HtmlContentWalker walker(blocks);
  walker.read(find_body(xmlDocGetRootElement(doc.get())));
  if (const GridBudget& grid = walker.grid_budget(); grid.clipped_tables > 0 && warnings) {
    warnings->push_back(grid_warning(grid));
  }

  NoteAnchors anchors;
  for (const BlockKind kind : {BlockKind::kFootnote, BlockKind::kEndnote}) {
    for (const HtmlContentWalker::Note& note : walker.notes()) {
      if (note.block.kind != kind) continue;
      if (auto it = walker.citations().find(note.id); it != walker.citations().end()) {
        anchors.anchor_of_note[blocks.size()] = it->second;
      }
      blocks.push_back(note.block);
    }
  }
  for (Block& b : walker.page_blocks()) blocks.push_back(std::move(b));
  return build_document("html", std::move(blocks), {}, anchors);
}

}  // namespace jamkoll
