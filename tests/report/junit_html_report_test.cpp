// The JUnit and HTML writers (report/junit_report.h, report/html_report.h) on a verdict model built in code: well-formed JUnit XML with a failure per unaddressed required target and an error for an unreadable file; HTML that escapes the draft's text and names the document.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <sstream>

#include "report/html_report.h"
#include "report/junit_report.h"
#include "report/writer_fixture.h"

namespace jamkoll {
namespace {

namespace fx = writer_fixture;

std::string junit(const std::vector<DocumentResult>& results, Language language = Language::kSwedish) {
  std::ostringstream out;
  write_junit_report(out, results, fx::context(language));
  return out.str();
}

std::string html(const std::vector<DocumentResult>& results, Language language = Language::kSwedish) {
  std::ostringstream out;
  write_html_report(out, results, fx::context(language));
  return out.str();
}

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

XmlDoc parse_xml(const std::string& text) {
  return XmlDoc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "junit.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return "<none>";
  std::string out = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return out;
}

std::string content(xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

std::string name_of(xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::vector<xmlNode*> children(xmlNode* node, const std::string& name) {
  std::vector<xmlNode*> out;
  for (xmlNode* c = xmlFirstElementChild(node); c; c = xmlNextElementSibling(c)) {
    if (name_of(c) == name) out.push_back(c);
  }
  return out;
}

TEST(JunitReportWriter, IsWellFormedXmlWithOneSuitePerDocument) {
  const std::string out = junit(fx::both());
  const XmlDoc doc = parse_xml(out);
  ASSERT_TRUE(doc) << out;
  xmlNode* root = xmlDocGetRootElement(doc.get());
  ASSERT_EQ(name_of(root), "testsuites");
  EXPECT_EQ(attribute(root, "name"), "jamkoll");
  EXPECT_EQ(attribute(root, "tests"), std::to_string(fx::required_count() + 1));
  EXPECT_EQ(attribute(root, "failures"), std::to_string(fx::required_count() - 1));
  EXPECT_EQ(attribute(root, "errors"), "1");
  const auto suites = children(root, "testsuite");
  ASSERT_EQ(suites.size(), 2u);
  EXPECT_EQ(attribute(suites[0], "name"), fx::kDraftPath);
  EXPECT_EQ(attribute(suites[1], "name"), fx::kBrokenPath);  // & and < escaped, read back as written
}

TEST(JunitReportWriter, FailsEveryRequiredTargetNotAddressed) {
  const XmlDoc doc = parse_xml(junit({fx::checked_draft()}));
  ASSERT_TRUE(doc);
  xmlNode* suite = children(xmlDocGetRootElement(doc.get()), "testsuite").at(0);
  EXPECT_EQ(attribute(suite, "tests"), std::to_string(fx::required_count()));
  EXPECT_EQ(attribute(suite, "failures"), std::to_string(fx::required_count() - 1));
  EXPECT_EQ(attribute(suite, "errors"), "0");
  const auto cases = children(suite, "testcase");
  ASSERT_EQ(cases.size(), fx::required_count());  // optional targets are no test cases
  std::size_t failures = 0;
  for (xmlNode* c : cases) {
    const std::string name = attribute(c, "name");
    EXPECT_EQ(attribute(c, "classname"), fx::kDraftPath);
    EXPECT_EQ(name.find("area.rural"), std::string::npos);
    const auto failed = children(c, "failure");
    if (name == "goal.economy – Ekonomisk jämställdhet") {
      EXPECT_TRUE(failed.empty());
      ASSERT_EQ(children(c, "system-out").size(), 1u);
      EXPECT_EQ(content(children(c, "system-out")[0]).rfind("Innehåll: analys, mål", 0), 0u);
      continue;
    }
    ASSERT_EQ(failed.size(), 1u) << name;
    ++failures;
    if (name.rfind("goal.health – ", 0) == 0) {
      EXPECT_EQ(attribute(failed[0], "type"), "mentioned");
      EXPECT_EQ(attribute(failed[0], "message"), "nämns");
      const std::string detail = content(failed[0]);
      EXPECT_EQ(detail.rfind("Nämns bara i en uppräkning av mål eller områden, inte som eget arbete.\n«" + fx::kMentionedText + "»", 0), 0u)
          << detail;
    } else {
      EXPECT_EQ(attribute(failed[0], "type"), "missing") << name;
      EXPECT_EQ(attribute(failed[0], "message"), "saknas") << name;
    }
  }
  EXPECT_EQ(failures, fx::required_count() - 1);
}

TEST(JunitReportWriter, AnUnreadableFileIsAnErrorWithItsCode) {
  const std::string out = junit({fx::broken_file()});
  const XmlDoc doc = parse_xml(out);
  ASSERT_TRUE(doc) << out;
  xmlNode* suite = children(xmlDocGetRootElement(doc.get()), "testsuite").at(0);
  EXPECT_EQ(attribute(suite, "errors"), "1");
  const auto cases = children(suite, "testcase");
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(attribute(cases[0], "name"), "read");
  const auto errors = children(cases[0], "error");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(attribute(errors[0], "type"), "corrupt-zip");
  EXPECT_EQ(attribute(errors[0], "message"), "filen är skadad (inget läsbart zip-arkiv): " + fx::kBrokenMessage);
  EXPECT_NE(out.find("<error type=\"corrupt-zip\""), std::string::npos);
  // English wording, the same code.
  const XmlDoc en = parse_xml(junit({fx::broken_file()}, Language::kEnglish));
  ASSERT_TRUE(en);
  xmlNode* error = children(children(children(xmlDocGetRootElement(en.get()), "testsuite").at(0), "testcase").at(0), "error").at(0);
  EXPECT_EQ(attribute(error, "type"), "corrupt-zip");
  EXPECT_EQ(attribute(error, "message"), "the file is damaged (not a readable zip archive): " + fx::kBrokenMessage);
}

TEST(HtmlReportWriter, EscapesTheDraftsTextAndHighlightsTheMatchedTerm) {
  const std::string page = html(fx::both());
  EXPECT_EQ(page.find(fx::kAddressedText), std::string::npos);  // never the raw sentence
  EXPECT_EQ(page.find("\"Mål <2030>\""), std::string::npos);
  EXPECT_NE(page.find("<blockquote><mark>Lönegapet</mark> mellan kvinnor &amp; män ska halveras, enligt &quot;Mål "
                      "&lt;2030&gt;&quot; i den regionala planen.</blockquote>"),
            std::string::npos);
  EXPECT_NE(page.find("data-rule=\"goal.economy.terms\""), std::string::npos);
  EXPECT_NE(page.find("<q>Lönegapet</q>"), std::string::npos);
  // The unreadable file's path is escaped wherever it stands.
  EXPECT_EQ(page.find("R&D <gammal>"), std::string::npos);
  EXPECT_NE(page.find("R&amp;D &lt;gammal&gt;.docx"), std::string::npos);
}

TEST(HtmlReportWriter, NamesEachDocumentAndTheErrorWithItsCode) {
  const std::string page = html(fx::both());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"sv\"", 0), 0u);
  EXPECT_NE(page.find("<p class=\"meta\">" + fx::kDraftPath + " · docx · sha256 <code>0123456789ab…</code></p>"),
            std::string::npos);
  EXPECT_NE(page.find("<p class=\"meta\">lan/Gotland/R&amp;D &lt;gammal&gt;.docx</p>\n<p class=\"error\">Kunde inte läsas "
                      "[corrupt-zip]: filen är skadad (inget läsbart zip-arkiv): " +
                      fx::kBrokenMessage + "</p>"),
            std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"to-fix\">Att åtgärda</h2>"), std::string::npos);
  EXPECT_NE(page.find("Nämns bara i en uppräkning av mål eller områden, inte som eget arbete."), std::string::npos);
  EXPECT_NE(page.find("</html>\n"), std::string::npos);
  const std::string en = html(fx::both(), Language::kEnglish);
  EXPECT_EQ(en.rfind("<!DOCTYPE html>\n<html lang=\"en\"", 0), 0u);
  EXPECT_NE(en.find("<p class=\"error\">Could not be read [corrupt-zip]: the file is damaged (not a readable zip archive): "),
            std::string::npos);
  EXPECT_EQ(en.find("Kunde inte läsas"), std::string::npos);
}

}  // namespace
}  // namespace jamkoll
