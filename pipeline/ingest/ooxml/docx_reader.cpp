#include "ingest/ooxml/docx_reader.h"

#include <memory>

#include "ingest/ooxml/docx_content_walker.h"
#include "ingest/ooxml/docx_styles.h"
#include "ingest/document_builder.h"
#include "ingest/ooxml/flat_opc_package.h"
#include "ingest/ooxml/ooxml_names.h"
#include "ingest/ooxml/opc_relationships.h"

namespace jamkoll {
namespace {

// Reads w:footnotes / w:endnotes; separator notes are Word's furniture, not text.
Outcome<void> read_notes(OpcPackage& package, const Relationship* rel, BlockKind kind, const DocxStyles& styles,
                         std::vector<Block>& blocks, const std::map<std::string, std::size_t>& anchors,
                         NoteAnchors& note_anchors) {
  if (!rel || !package.contains(rel->target)) return {};
  auto part = package.xml_part(rel->target);
  if (!part) return part.failure();
  DocxContentWalker walker(styles, rel->target, blocks);
  const std::string_view element = kind == BlockKind::kFootnote ? "footnote" : "endnote";
  for (const xmlNode* n = part->root ? part->root->children : nullptr; n; n = n->next) {
    if (!ooxml::is_w(n, element)) continue;
    const std::string type = ooxml::w_attr(n, "type");
    if (!type.empty() && type != "normal") continue;
    const std::size_t before = blocks.size();
    walker.read_note(n, kind);
    auto anchor = anchors.find(ooxml::w_attr(n, "id"));
    if (blocks.size() > before && anchor != anchors.end()) note_anchors.anchor_of_note[before] = anchor->second;
  }
  return {};
}

}  // namespace

Outcome<Document> read_docx(std::string_view bytes, const ReadLimits& limits) {
  auto package = ZipOpcPackage::open(bytes, limits);
  if (!package) return package.failure();
  return read_wordprocessing_package(**package, "docx");
}

Outcome<Document> read_flat_opc(std::string_view bytes, const ReadLimits& limits) {
  auto package = FlatOpcPackage::open(bytes, limits);
  if (!package) return package.failure();
  return read_wordprocessing_package(**package, "flat-opc");
}

Outcome<Document> read_wordprocessing_package(OpcPackage& package, std::string format) {
  auto package_rels = read_relationships(package, "");
  if (!package_rels) return package_rels.failure();
  const Relationship* main = find_relationship(*package_rels, "officeDocument");
  if (!main || !package.contains(main->target)) {
    return Failure::not_a_document("package has no Office document part (no officeDocument relationship "
                                     "in _rels/.rels); is it really a Word document?");
  }
  auto body_part = package.xml_part(main->target);
  if (!body_part) return body_part.failure();
  const xmlNode* root = body_part->root;
  if (!ooxml::is_w(root, "document")) {
    return Failure::not_a_document(main->target + " is not a WordprocessingML document (root element <" +
                                         std::string(xml::local_name(root)) + ">); only Word documents are read");
  }

  auto rels = read_relationships(package, main->target);
  if (!rels) return rels.failure();

  DocxStyles styles;
  std::shared_ptr<xmlDoc> styles_doc;
  if (const Relationship* r = find_relationship(*rels, "styles"); r && package.contains(r->target)) {
    auto part = package.xml_part(r->target);
    if (!part) return part.failure();
    styles_doc = part->doc;
    styles = DocxStyles(part->root);
  }

  std::vector<Block> blocks;
  DocxContentWalker body(styles, main->target, blocks);
  body.read_container(ooxml::w_child(root, "body"));

  NoteAnchors anchors;
  auto footnotes = read_notes(package, find_relationship(*rels, "footnotes"), BlockKind::kFootnote, styles, blocks,
                              body.footnote_anchors(), anchors);
  if (!footnotes) return footnotes.failure();
  auto endnotes = read_notes(package, find_relationship(*rels, "endnotes"), BlockKind::kEndnote, styles, blocks,
                             body.endnote_anchors(), anchors);
  if (!endnotes) return endnotes.failure();

  for (const BlockKind kind : {BlockKind::kHeader, BlockKind::kFooter}) {
    for (const Relationship& r : *rels) {
      if (!relationship_is(r, kind == BlockKind::kHeader ? "header" : "footer") || !package.contains(r.target)) continue;
      auto part = package.xml_part(r.target);
      if (!part) return part.failure();
      DocxContentWalker walker(styles, r.target, blocks);
      walker.read_container(part->root, kind);
    }
  }

  std::vector<Comment> comments;
  if (const Relationship* r = find_relationship(*rels, "comments"); r && package.contains(r->target)) {
    auto part = package.xml_part(r->target);
    if (!part) return part.failure();
    for (const xmlNode* n = part->root ? part->root->children : nullptr; n; n = n->next) {
      if (!ooxml::is_w(n, "comment")) continue;
      std::vector<Block> comment_blocks;
      DocxContentWalker walker(styles, r->target, comment_blocks);
      walker.read_note(n, BlockKind::kParagraph);
      Comment c;
      c.id = ooxml::w_attr(n, "id");
      for (const Block& b : comment_blocks) c.text += b.text;
      comments.push_back(std::move(c));
    }
  }
  return build_document(std::move(format), std::move(blocks), std::move(comments), anchors);
}

}  // namespace jamkoll
