// `jamkoll diff OLD_DIR NEW_DIR` (issue 12 item 3): drafts paired by their path relative to each
// folder, per draft the targets gained, lost or unchanged, drafts added, removed or unreadable; text,
// JSON ("jamkoll.diff-folders/1") and HTML; exit 1 when a required target got worse in any draft.
#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

// Last year's and this year's folder of county drafts, copies of shipped samples:
//   Uppsala  complete → skeleton     (worse)
//   Dalarna  skeleton → complete     (better)
//   Gotland  partial  → partial      (unchanged)
//   Halland  only last year          (removed)
//   Skåne    only this year          (added)
class TwoYears : public ::testing::Test {
 protected:
  void put(const std::string& year, const std::string& county, const std::string& sample) {
    fs::create_directories(dir / year / county);
    fs::copy_file(source_dir() / "samples" / sample, dir / year / county / "strategi.docx");
  }
  void SetUp() override {
    put("2024", "Uppsala", "komplett_strategi.docx");
    put("2025", "Uppsala", "tidigt_skelett.docx");
    put("2024", "Dalarna", "tidigt_skelett.docx");
    put("2025", "Dalarna", "komplett_strategi.docx");
    put("2024", "Gotland", "partiell_rabblar_mal.docx");
    put("2025", "Gotland", "partiell_rabblar_mal.docx");
    put("2024", "Halland", "aktivitetsplan.docx");
    put("2025", "Skåne", "tidigt_skelett.docx");
  }
  std::string old_dir() const { return (dir / "2024").string(); }
  std::string new_dir() const { return (dir / "2025").string(); }
  static const json& draft(const json& diff, const std::string& path) {
    for (const json& d : diff.at("drafts")) {
      if (d.at("path") == path) return d;
    }
    throw std::runtime_error("no draft " + path);
  }
  static const json& target(const json& draft, const std::string& id) {
    for (const json& t : draft.at("targets")) {
      if (t.at("id") == id) return t;
    }
    throw std::runtime_error("no target " + id);
  }
  TempDir dir;
};

TEST_F(TwoYears, PairsDraftsByRelativePathInJson) {
  const auto r = run_jamkoll({"diff", "--format", "json", old_dir(), new_dir()});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // Uppsala lost required targets
  const json diff = json::parse(r.out);
  EXPECT_EQ(diff.at("schema"), "jamkoll.diff-folders/1");
  EXPECT_EQ(diff.at("old").at("path"), old_dir());
  std::vector<std::string> paths;
  for (const json& d : diff.at("drafts")) paths.push_back(d.at("path"));
  EXPECT_EQ(paths, (std::vector<std::string>{"Dalarna/strategi.docx", "Gotland/strategi.docx", "Halland/strategi.docx",
                                             "Skåne/strategi.docx", "Uppsala/strategi.docx"}));
  const json& uppsala = draft(diff, "Uppsala/strategi.docx");
  EXPECT_EQ(uppsala.at("change"), "changed");
  EXPECT_TRUE(uppsala.at("worse"));
  EXPECT_EQ(target(uppsala, "goal.economy").at("change"), "lost");
  EXPECT_EQ(target(uppsala, "goal.economy").at("old"), "addressed");
  EXPECT_FALSE(target(uppsala, "goal.economy").at("old_evidence").empty());
  EXPECT_EQ(uppsala.at("old").at("gaps"), 0);
  EXPECT_EQ(uppsala.at("new").at("gaps"), 14);
  const json& dalarna = draft(diff, "Dalarna/strategi.docx");
  EXPECT_EQ(dalarna.at("change"), "changed");
  EXPECT_FALSE(dalarna.at("worse"));
  EXPECT_EQ(target(dalarna, "goal.economy").at("change"), "gained");
  EXPECT_EQ(draft(diff, "Gotland/strategi.docx").at("change"), "unchanged");
  const json& halland = draft(diff, "Halland/strategi.docx");
  EXPECT_EQ(halland.at("change"), "removed");
  EXPECT_TRUE(halland.at("new").is_null());
  EXPECT_TRUE(halland.at("targets").empty());
  const json& skane = draft(diff, "Skåne/strategi.docx");
  EXPECT_EQ(skane.at("change"), "added");
  EXPECT_TRUE(skane.at("old").is_null());
  EXPECT_EQ(skane.at("new").at("gaps"), 14);
  EXPECT_EQ(diff.at("summary"), json::parse(R"({"changed": 2, "unchanged": 1, "added": 1, "removed": 1,
                                                "unreadable": 0, "worse": 1})"));
}

TEST_F(TwoYears, TextListsEveryDraftInSwedishAndEnglish) {
  const auto r = run_jamkoll({"diff", old_dir(), new_dir()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("Jämförelse av mappar: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Uppsala/strategi.docx: ändrat (försämrat)\n  ↓ goal.power"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Dalarna/strategi.docx: ändrat\n  ↑ goal.power"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Gotland/strategi.docx: oförändrat\n"), std::string::npos);
  EXPECT_NE(r.out.find("− Halland/strategi.docx: borttaget\n"), std::string::npos);
  EXPECT_NE(r.out.find("+ Skåne/strategi.docx: nytt utkast (14 obligatoriska mål och krav behandlas inte)\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("Summa: 2 ändrade, 1 oförändrat, 1 nytt, 1 borttaget, 0 kunde inte läsas; 1 med"), std::string::npos);
  const auto en = run_jamkoll({"diff", "--lang", "en", old_dir(), new_dir()});
  EXPECT_NE(en.out.find("Uppsala/strategi.docx: changed (worse)"), std::string::npos) << en.out;
  EXPECT_NE(en.out.find("Total: 2 changed, 1 unchanged, 1 added, 1 removed, 0 unreadable; 1 with"), std::string::npos);
}

TEST_F(TwoYears, OnlyGainsAddedAndRemovedDraftsAreExitZero) {
  fs::remove_all(dir / "2025" / "Uppsala");  // Uppsala removed: no required target got worse
  const auto r = run_jamkoll({"diff", "--format", "json", old_dir(), new_dir()});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(draft(json::parse(r.out), "Uppsala/strategi.docx").at("change"), "removed");
  // The same folder on both sides: nothing changed.
  const auto same = run_jamkoll({"diff", "--format", "json", old_dir(), old_dir()});
  EXPECT_EQ(same.exit_code, 0);
  EXPECT_EQ(json::parse(same.out).at("summary").at("unchanged"), 4);
}

TEST_F(TwoYears, AnUnreadableDraftIsReportedAndExitTwo) {
  testing::write_file(dir / "2025" / "Gotland" / "strategi.docx", std::string("PK\x03\x04trasig", 10));
  const auto r = run_jamkoll({"diff", "--format", "json", old_dir(), new_dir()});
  EXPECT_EQ(r.exit_code, 2);  // 2 wins over Uppsala's 1
  const json diff = json::parse(r.out);
  const json& gotland = draft(diff, "Gotland/strategi.docx");
  EXPECT_EQ(gotland.at("change"), "unreadable");
  EXPECT_EQ(gotland.at("new").at("error").at("code"), "corrupt-zip");
  EXPECT_NE(r.err.find("corrupt-zip"), std::string::npos);
  const auto text = run_jamkoll({"diff", old_dir(), new_dir()});
  EXPECT_NE(text.out.find("! Gotland/strategi.docx: kunde inte läsas ("), std::string::npos) << text.out;
}

TEST_F(TwoYears, FolderAgainstFileIsAUsageErrorAndAMissingFolderUnreadable) {
  EXPECT_EQ(run_jamkoll({"diff", old_dir(), (dir / "2025" / "Skåne" / "strategi.docx").string()}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"diff", old_dir(), (dir / "2026").string()}).exit_code, 2);
  EXPECT_EQ(run_jamkoll({"diff", "--format", "csv", old_dir(), new_dir()}).exit_code, 64);
  fs::create_directories(dir / "tom-a");
  fs::create_directories(dir / "tom-b");
  const auto empty = run_jamkoll({"diff", (dir / "tom-a").string(), (dir / "tom-b").string()});
  EXPECT_EQ(empty.exit_code, 2);  // two folders without drafts: most likely the wrong folders
  EXPECT_NE(empty.err.find("no documents found"), std::string::npos);
}

TEST_F(TwoYears, HtmlIsOneSelfContainedPage) {
  const auto r = run_jamkoll({"diff", "--format", "html", old_dir(), new_dir()});
  EXPECT_EQ(r.exit_code, 1);
  const std::string& html = r.out;
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"sv\">", 0), 0u);
  EXPECT_EQ(html.find("src=\""), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("<h3 id=\"draft2\">Uppsala/strategi.docx <span class=\"badge missing\">↓ försämrat</span></h3>"),
            std::string::npos);
  EXPECT_NE(html.find("<th scope=\"row\">↓ Ekonomisk jämställdhet</th>"), std::string::npos);
  EXPECT_NE(html.find("<h2 id=\"added\">Nya utkast</h2>\n<ul>\n<li>Skåne/strategi.docx – 14 obligatoriska"),
            std::string::npos);
  EXPECT_NE(html.find("<h2 id=\"removed\">Borttagna utkast</h2>\n<ul>\n<li>Halland/strategi.docx</li>"), std::string::npos);
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "d.html", "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  ASSERT_NE(doc, nullptr);
  xmlFreeDoc(doc);
  // Two files: the same page, one draft.
  const std::string old_file = (dir / "2024" / "Uppsala" / "strategi.docx").string();
  const auto files = run_jamkoll({"diff", "--format", "html", "--lang", "en", old_file,
                                  (dir / "2025" / "Uppsala" / "strategi.docx").string()});
  EXPECT_EQ(files.exit_code, 1);
  EXPECT_NE(files.out.find("<h3 id=\"draft1\">strategi.docx <span class=\"badge missing\">↓ worse</span></h3>"),
            std::string::npos);
}

}  // namespace
}  // namespace jamkoll
