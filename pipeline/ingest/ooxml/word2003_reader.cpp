#include "ingest/ooxml/word2003_reader.h"

#include "common/xml_parser.h"
#include "ingest/document_builder.h"
#include "ingest/ooxml/docx_content_walker.h"
#include "ingest/ooxml/docx_styles.h"
#include "ingest/ooxml/ooxml_names.h"

namespace jamkoll {
namespace {

constexpr const char* kBodyPart = "w:body";
constexpr const char* kSectionPart = "w:sectPr";

// Every w:sectPr of the body in document order: between blocks, in wx: section wrappers, and in
// the properties of a section's last paragraph.
void collect_sections(const xmlNode* node, std::vector<const xmlNode*>& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (ooxml::is_w(c, "sectPr")) {
      out.push_back(c);
    } else if (ooxml::is_aux_hint_wrapper(c)) {
      collect_sections(c, out);
    } else if (ooxml::is_w(c, "p")) {
      if (const xmlNode* section = ooxml::w_child(ooxml::w_child(c, "pPr"), "sectPr")) out.push_back(section);
    }
  }
}

// Comments are aml:annotation elements of type Word.Comment wherever a run may stand.
void collect_comments(const xmlNode* node, const DocxStyles& styles, std::vector<Comment>& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (ooxml::is_annotation(c) && ooxml::w_attr(c, "type") == "Word.Comment") {
      std::vector<Block> blocks;
      DocxContentWalker walker(styles, kBodyPart, blocks);
      for (const xmlNode* content = c->children; content; content = content->next) {
        if (xml::is_element(content) && xml::local_name(content) == "content") walker.read_note(content, BlockKind::kParagraph);
      }
      Comment comment;
      comment.id = xml::attribute(c, "id", {ooxml::kAnnotationMarkup});
      for (const Block& b : blocks) comment.text += b.text;
      out.push_back(std::move(comment));
    } else {
      collect_comments(c, styles, out);
    }
  }
}

}  // namespace

Outcome<Document> read_word2003(std::string_view bytes, const ReadLimits& limits) {
  (void)limits;  // the file size limit was applied before; one DOM holds the whole file
  auto doc = parse_xml(bytes, "the Word 2003 XML file", {.large_text_nodes = true});
  if (!doc) return doc.failure();
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  if (!xml::is_element(root) || xml::local_name(root) != "wordDocument" || xml::ns_href(root) != ooxml::kWord2003) {
    return Failure::not_a_document("not a Word 2003 XML document (root element <" + std::string(xml::local_name(root)) +
                                         ">, expected w:wordDocument)");
  }
  const DocxStyles styles(ooxml::w_child(root, "styles"));
  const xmlNode* body = ooxml::w_child(root, "body");

  std::vector<Block> blocks;
  DocxContentWalker walker(styles, kBodyPart, blocks);
  walker.read_container(body);

  NoteAnchors anchors;
  for (const BlockKind kind : {BlockKind::kFootnote, BlockKind::kEndnote}) {
    for (const auto& note : walker.lifted_notes()) {
      if (note.block.kind != kind) continue;
      anchors.anchor_of_note[blocks.size()] = note.anchor;
      blocks.push_back(note.block);
    }
  }

  std::vector<const xmlNode*> sections;
  if (body) collect_sections(body, sections);
  DocxContentWalker pages(styles, kSectionPart, blocks);
  for (const BlockKind kind : {BlockKind::kHeader, BlockKind::kFooter}) {
    for (const xmlNode* section : sections) {
      for (const xmlNode* c = section->children; c; c = c->next) {
        if (ooxml::is_w(c, kind == BlockKind::kHeader ? "hdr" : "ftr")) pages.read_container(c, kind);
      }
    }
  }

  std::vector<Comment> comments;
  if (body) collect_comments(body, styles, comments);
  return build_document("word2003", std::move(blocks), std::move(comments), anchors);
}

}  // namespace jamkoll
