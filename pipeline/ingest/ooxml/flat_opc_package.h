// An OPC package stored as one XML file (Flat OPC: Word's "Word XML Document", root pkg:package in
// http://schemas.microsoft.com/office/2006/xmlPackage). Each pkg:part holds its XML inline in
// pkg:xmlData, or base64 in pkg:binaryData (decoded and parsed on demand, bounded by
// ReadLimits::max_member_bytes like a zip member).
// Tests: end to end through read_document in tests/ingest/flat_opc_test.cpp
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/ooxml/opc_package.h"

namespace jamkoll {

inline constexpr std::string_view kFlatOpcNamespace = "http://schemas.microsoft.com/office/2006/xmlPackage";

class FlatOpcPackage : public OpcPackage {
 public:
  // Parses the whole file. Fails with xml-malformed / xml-forbidden, or not-a-document when the
  // root is not pkg:package.
  static Outcome<std::unique_ptr<FlatOpcPackage>> open(std::string_view bytes, const ReadLimits& limits);
  bool contains(const std::string& part) const override;
  Outcome<XmlPart> xml_part(const std::string& part) override;

 private:
  FlatOpcPackage(std::shared_ptr<xmlDoc> doc, const ReadLimits& limits) : doc_(std::move(doc)), limits_(limits) {}
  std::shared_ptr<xmlDoc> doc_;
  ReadLimits limits_;
  std::map<std::string, const xmlNode*> parts_;  // part name → its pkg:part element
};

}  // namespace jamkoll
