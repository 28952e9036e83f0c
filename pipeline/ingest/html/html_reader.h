// Reads HTML and XHTML into a Document with libxml2's HTML parser (no network, errors and warnings
// silenced: HTML is read as browsers read it, never refused as malformed). h1–h6 are headings, p,
// div and other block elements paragraphs, li list items (their depth from nested ul/ol), td/th
// table cells (grid columns counting colspan and rowspan); <br> is a line break, other whitespace
// collapses except in <pre>. Never text: <head> (its <title> is metadata), script, style, nav,
// footer, templates, forms' option lists, <del> (deleted text) and HTML comments.
//
// Notes are lifted out of the sentence when the file says which links are citations: LibreOffice
// (a.sdfootnoteanc → div#sdfootnoteN), Word (mso-footnote-id → mso-element:footnote) and DPUB-ARIA
// / pandoc (role=doc-noteref → the items of a doc-endnotes section). LibreOffice's table of
// contents (div#"Table of Contents…", h1.contents-heading) gives toc entries and its
// div[title=header|footer] headers and footers; Word's list labels (mso-list:Ignore) are not text.
//
// Encoding: a file that is valid UTF-8 is read as UTF-8 (libxml2 would assume ISO-8859-1 when no
// charset is declared); otherwise its byte order mark or declared charset decides. Blocks record
// the part "body".
// Tests: end to end through read_document in tests/ingest/html_test.cpp
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/limits.h"

namespace jamkoll {

// `bytes` is the whole file. Failure codes: not-a-document (nothing the parser can read), too-large.
// Format "html". A table whose grid passes a limit of html_table_grid.h is still read, its later
// cells without spans, and a sentence saying so is added to `warnings` (when not null).
Outcome<Document> read_html(std::string_view bytes, const ReadLimits& limits, std::vector<std::string>* warnings = nullptr);

}  // namespace jamkoll
