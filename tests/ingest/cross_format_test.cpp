// Same text, same verdict: samples re-saved by LibreOffice (tests/fixtures/cross_format, made by
// make_cross_format.sh) as DOCX, ODT, flat ODT, Word 2003 XML, XHTML and PDF get the same target
// statuses and the same evidence sentences as the original DOCX.
//
// One exception: LibreOffice's XHTML export drops text boxes, so the text-box sample loses its
// only violence paragraph there and is not compared as XHTML.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using nlohmann::json;
using testing::run_jamkoll;
using testing::source_dir;

struct Reading {
  std::string format;
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> targets;  // id → status, evidence
};

Reading read(const std::string& path) {
  const json report = json::parse(run_jamkoll({"check", "--format", "json", path}).out);
  const json& d = report.at("documents")[0];
  Reading r;
  EXPECT_EQ(d.at("status"), "ok") << path << ": " << d;
  if (d.at("status") != "ok") return r;
  r.format = d.at("format");
  for (const json& t : d.at("targets")) {
    std::vector<std::string> evidence;
    for (const json& e : t.at("evidence")) evidence.push_back(e.at("text"));
    r.targets[t.at("id")] = {t.at("status"), evidence};
  }
  return r;
}

class CrossFormat : public ::testing::TestWithParam<std::string> {};

TEST_P(CrossFormat, SameVerdictsAndEvidenceInEveryFormat) {
  const std::string name = GetParam();
  const Reading original = read((source_dir() / "samples" / (name + ".docx")).string());
  const std::string dir = (source_dir() / "tests/fixtures/cross_format").string() + "/";
  const std::vector<std::pair<std::string, std::string>> copies = {
      {name + ".lo.docx", "docx"}, {name + ".odt", "odt"}, {name + ".fodt", "fodt"},
      {name + ".word2003.xml", "word2003"}, {name + ".html", "html"}, {name + ".pdf", "pdf"}};
  for (const auto& [file, format] : copies) {
    if (format == "html" && name == "fotnot_och_textruta") continue;  // LibreOffice drops text boxes in XHTML
    const Reading copy = read(dir + file);
    EXPECT_EQ(copy.format, format) << file;
    for (const auto& [id, verdict] : original.targets) {
      ASSERT_TRUE(copy.targets.count(id)) << file << " " << id;
      EXPECT_EQ(copy.targets.at(id).first, verdict.first) << file << " " << id;
      EXPECT_EQ(copy.targets.at(id).second, verdict.second) << file << " " << id;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, CrossFormat,
                         ::testing::Values("komplett_strategi", "partiell_rabblar_mal", "fotnot_och_textruta",
                                           "avgransningar_platshallare"));

}  // namespace
}  // namespace jamkoll
