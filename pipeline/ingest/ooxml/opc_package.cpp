#include "ingest/ooxml/opc_package.h"

#include "common/xml_parser.h"

namespace jamkoll {

Outcome<std::unique_ptr<ZipOpcPackage>> ZipOpcPackage::open(std::string_view bytes, const ReadLimits& limits) {
  auto archive = ZipArchive::open(bytes, limits);
  if (!archive) return archive.failure();
  return std::unique_ptr<ZipOpcPackage>(new ZipOpcPackage(std::move(*archive)));
}

bool ZipOpcPackage::contains(const std::string& part) const { return archive_->contains(part); }

Outcome<XmlPart> ZipOpcPackage::xml_part(const std::string& part) {
  Outcome<std::string> bytes = archive_->read(part);
  if (!bytes) return bytes.failure();
  auto doc = parse_xml(*bytes, part);
  if (!doc) return doc.failure();
  XmlPart out;
  out.doc = *doc;
  out.root = xmlDocGetRootElement(out.doc.get());
  return out;
}

}  // namespace jamkoll
