// The parts of an Open Packaging Conventions package, however the file stores them: a zip (.docx)
// or one XML file (Flat OPC, Word's "Word XML Document"). The WordprocessingML reader asks for
// parts by name and gets them parsed, so it reads both alike.
//
// Part names carry no leading slash ("word/document.xml"). Not thread-safe: one package per reader.
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp, tests/ingest/flat_opc_test.cpp
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>

#include "common/outcome.h"
#include "ingest/limits.h"
#include "ingest/zip_archive.h"

namespace jamkoll {

// A parsed XML part: `root` is its root element, kept alive by `doc` (for Flat OPC the part is a
// subtree of the whole file's document).
struct XmlPart {
  std::shared_ptr<xmlDoc> doc;
  const xmlNode* root = nullptr;
};

class OpcPackage {
 public:
  virtual ~OpcPackage() = default;
  virtual bool contains(const std::string& part) const = 0;
  // Fails with the container's codes (corrupt-zip, too-large, zip-bomb, …) or parse_xml's.
  // REQUIRES: contains(part).
  virtual Outcome<XmlPart> xml_part(const std::string& part) = 0;
};

// A package stored as a zip archive (.docx).
class ZipOpcPackage : public OpcPackage {
 public:
  // REQUIRES: bytes outlives the package.
  static Outcome<std::unique_ptr<ZipOpcPackage>> open(std::string_view bytes, const ReadLimits& limits);
  bool contains(const std::string& part) const override;
  Outcome<XmlPart> xml_part(const std::string& part) override;

 private:
  explicit ZipOpcPackage(std::shared_ptr<ZipArchive> archive) : archive_(std::move(archive)) {}
  std::shared_ptr<ZipArchive> archive_;
};

}  // namespace jamkoll
