#include "common/xml_parser.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <mutex>

namespace jamkoll {
namespace {

xmlParserInputPtr deny_external_entities(const char* url, const char*, xmlParserCtxtPtr ctxt) {
  // Any external resource (DTD, entity, XInclude) would let a document read local files.
  if (ctxt) ctxt->wellFormed = 0;
  (void)url;
  return nullptr;
}

void ignore_errors(void*, const char*, ...) {}

constexpr int kMaxDepth = 256;  // libxml2's own default, kept when XML_PARSE_HUGE is set

// Why a parse was stopped from a SAX callback (ctxt->_private points here).
struct StopReason {
  bool doctype = false;
  bool too_deep = false;
};

// Called at "<!DOCTYPE name": stopping here means no declaration of the internal subset (entities
// for XXE or billion laughs) is ever parsed.
void refuse_doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  static_cast<StopReason*>(ctxt->_private)->doctype = true;
  xmlStopParser(ctxt);
}

void start_element_with_depth_cap(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri,
                                  int nb_namespaces, const xmlChar** namespaces, int nb_attributes,
                                  int nb_defaulted, const xmlChar** attributes) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
  xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes, nb_defaulted,
                        attributes);
  if (ctxt->nodeNr > kMaxDepth) {
    static_cast<StopReason*>(ctxt->_private)->too_deep = true;
    xmlStopParser(ctxt);
  }
}

void init_libxml_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(deny_external_entities);
  });
}

}  // namespace

Outcome<std::shared_ptr<xmlDoc>> parse_xml(std::string_view bytes, const std::string& part,
                                           XmlParseOptions options) {
  init_libxml_once();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Failure::too_large(part + " is larger than 2 GiB");
  }
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) return Failure::too_large("out of memory parsing " + part);
  // Silence libxml2's default printing to stderr; the error is reported as a value below.
  ctxt->sax->error = ignore_errors;
  ctxt->sax->warning = ignore_errors;
  ctxt->vctxt.error = ignore_errors;
  ctxt->vctxt.warning = ignore_errors;
  StopReason stop;
  ctxt->_private = &stop;
  if (!options.allow_doctype) ctxt->sax->internalSubset = refuse_doctype;
  int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  if (options.large_text_nodes && !options.allow_doctype) {
    flags |= XML_PARSE_HUGE;
    ctxt->sax->startElementNs = start_element_with_depth_cap;
  }
  xmlDoc* raw = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()), part.c_str(), nullptr, flags);
  std::shared_ptr<xmlDoc> doc(raw, XmlDocDeleter{});
  if (stop.doctype) {
    xmlFreeParserCtxt(ctxt);
    return Failure::xml_forbidden(part + " declares a DOCTYPE, which document parts never need (refused to "
                                           "rule out entity expansion and external entities)");
  }
  if (stop.too_deep) {
    xmlFreeParserCtxt(ctxt);
    return Failure::xml_malformed(part + " is not well-formed XML (elements nested more than " +
                                        std::to_string(kMaxDepth) + " deep)");
  }
  if (!doc || !ctxt->wellFormed) {
    const xmlError* error = xmlCtxtGetLastError(ctxt);
    std::string message = part + " is not well-formed XML";
    Failure failure{FailureCode::kXmlMalformed, ""};
    if (error && error->message) {
      std::string detail = error->message;
      while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
      message += " (line " + std::to_string(error->line) + ": " + detail + ")";
      if (error->code == XML_ERR_ENTITY_LOOP || error->code == XML_ERR_ENTITY_BOUNDARY ||
          error->code == XML_ERR_EXT_ENTITY_STANDALONE || error->code == XML_IO_LOAD_ERROR ||
          error->code == XML_ERR_UNDECLARED_ENTITY || error->code == XML_WAR_UNDECLARED_ENTITY) {
        failure.code = FailureCode::kXmlForbidden;
      }
    }
    xmlFreeParserCtxt(ctxt);
    failure.message = message;
    return failure;
  }
  xmlFreeParserCtxt(ctxt);
  if (!options.allow_doctype && (doc->intSubset || doc->extSubset)) {
    return Failure::xml_forbidden(part + " declares a DOCTYPE, which document parts never need (refused to "
                                           "rule out entity expansion and external entities)");
  }
  return doc;
}

}  // namespace jamkoll
