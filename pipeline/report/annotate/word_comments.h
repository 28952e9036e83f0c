// WordprocessingML comments written into a parsed package (../shared/pitfalls.md, "Word comments"): a
// w:comment in the comments part, and in the document a w:commentRangeStart / w:commentRangeEnd
// pair with the same id around a paragraph's content, followed by a run with w:commentReference.
// Ids never collide with the comments, bookmarks and tracked changes already in the document.
// Tests: tests/report/annotate/docx_comments_test.cpp,
//   tests/report/annotate/docx_annotator_test.cpp (through annotate_docx)
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/xml_parser.h"
#include "report/annotate/comment_plan.h"

namespace jamkoll {

// The lowest id above every w:id in the two parts (either may be nullptr): comments, comment
// ranges and references, bookmarks, tracked changes.
int next_comment_id(const xmlNode* document_root, const xmlNode* comments_root);

// An empty w:comments part in the namespace `word_namespace` (Transitional or Strict).
XmlDocPtr new_comments_part(std::string_view word_namespace);

// Appends a w:comment with one w:p per entry of `paragraphs` (lines split at '\n' become w:br).
// REQUIRES: comments_root is a w:comments element.
void append_comment(xmlNode* comments_root, int id, const CommentAuthor& author,
                    const std::vector<std::string>& paragraphs);

// Marks the content of `target` (a w:p, or a w:tc whose first to last paragraph is marked) as the
// range of comment `id`. False when `target` holds no paragraph to anchor in.
bool anchor_comment(xmlNode* target, int id);

// The first w:p of w:body in document order, or nullptr.
xmlNode* first_body_paragraph(xmlNode* document_root);

}  // namespace jamkoll
