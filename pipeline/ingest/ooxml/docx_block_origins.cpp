#include "ingest/ooxml/docx_block_origins.h"

#include "ingest/document_builder.h"
#include "ingest/ooxml/docx_content_walker.h"
#include "ingest/ooxml/docx_styles.h"
#include "ingest/ooxml/ooxml_names.h"

namespace jamkoll {

std::vector<const xmlNode*> docx_body_block_origins(const xmlNode* document_root, const xmlNode* styles_root) {
  const DocxStyles styles = styles_root ? DocxStyles(styles_root) : DocxStyles();
  std::vector<Block> raw;
  std::vector<const xmlNode*> raw_origins;
  DocxContentWalker walker(styles, "", raw);
  walker.record_origins(&raw_origins);
  walker.read_container(ooxml::w_child(document_root, "body"));
  if (raw_origins.size() != raw.size()) return {};  // cannot happen: every appended block records one
  std::vector<const xmlNode*> origins;
  for (std::size_t source : built_block_sources(std::move(raw))) origins.push_back(raw_origins[source]);
  return origins;
}

}  // namespace jamkoll
