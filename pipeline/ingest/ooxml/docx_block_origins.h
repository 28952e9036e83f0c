// Where each body block of a WordprocessingML document came from: the w:p of a paragraph, the
// w:tc of a table cell. Computed by the same walker the reader uses, so block i here is block i of
// read_docx() (body blocks come first there). Used to anchor comments on a block's paragraph.
// Tests: tests/report/annotate/docx_annotator_test.cpp, tests/report/annotate/docx_comments_test.cpp
#pragma once

#include <libxml/tree.h>

#include <vector>

namespace jamkoll {

// `document_root`: the w:document element; `styles_root`: w:styles or nullptr. Per body block, in
// block order: its w:p or w:tc, or nullptr for a text box (its text sits in a shape, not in the
// paragraph flow). Blocks past the end (notes, headers, footers) have no origin in the body.
std::vector<const xmlNode*> docx_body_block_origins(const xmlNode* document_root, const xmlNode* styles_root);

}  // namespace jamkoll
