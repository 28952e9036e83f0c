// `check --baseline` over folders that move: entries keyed by the path relative to the checked
// folder, the SHA-256 when a file moved inside it, old jamkoll.baseline/1 files, a warning for
// entries that match nothing, and a summary that does not claim accepted gaps away.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::CommandResult;
using testing::source_dir;
using testing::TempDir;

// Runs jamkoll from `folder` as the working directory.
CommandResult run_in(const fs::path& folder, const std::vector<std::string>& args) {
  const fs::path back = fs::current_path();
  fs::current_path(folder);
  CommandResult r = testing::run_jamkoll(args);
  fs::current_path(back);
  return r;
}

// Three counties, one folder each, every draft named strategi.docx; two have gaps.
struct Counties {
  TempDir dir;
  fs::path lan = dir / "lan";
  Counties() {
    for (const auto& [county, sample] : {std::pair{"Uppsala", "tidigt_skelett.docx"},
                                         {"Dalarna", "partiell_rabblar_mal.docx"},
                                         {"Gotland", "komplett_strategi.docx"}}) {
      fs::create_directories(lan / county);
      fs::copy_file(source_dir() / "samples" / sample, lan / county / "strategi.docx");
    }
  }
};

std::size_t accepted_count(const fs::path& baseline) {
  return json::parse(testing::read_file(baseline)).at("accepted").size();
}

TEST(BaselinePaths, EntriesAreRelativeToTheCheckedFolderWithTheirSha256) {
  Counties c;
  ASSERT_EQ(run_in(c.dir.path(), {"check", "--write-baseline", "gaps.json", "lan"}).exit_code, 0);
  const json b = json::parse(testing::read_file(c.dir / "gaps.json"));
  EXPECT_EQ(b.at("schema"), "jamkoll.baseline/2");
  std::set<std::string> paths;
  for (const json& a : b.at("accepted")) {
    paths.insert(a.at("path").get<std::string>());
    EXPECT_EQ(a.at("sha256").get<std::string>().size(), 64u);
  }
  EXPECT_EQ(paths, (std::set<std::string>{"Dalarna/strategi.docx", "Uppsala/strategi.docx"}));
}

TEST(BaselinePaths, AMovedFolderCheckedFromElsewhereStillMatches) {
  Counties c;
  ASSERT_EQ(run_in(c.dir.path(), {"check", "--write-baseline", "gaps.json", "lan"}).exit_code, 0);
  const std::size_t accepted = accepted_count(c.dir / "gaps.json");
  ASSERT_GT(accepted, 0u);
  // Without the baseline the run fails; with it, from the same place, it passes.
  EXPECT_EQ(run_in(c.dir.path(), {"check", "lan"}).exit_code, 1);
  // The whole folder moves and the run starts inside it, then from elsewhere with an absolute path.
  fs::create_directories(c.dir / "arkiv");
  fs::rename(c.lan, c.dir / "arkiv" / "lan2024");
  const fs::path moved = c.dir / "arkiv" / "lan2024";
  const std::string gaps = (c.dir / "gaps.json").string();
  const auto inside = run_in(moved, {"check", "--baseline", gaps, "."});
  EXPECT_EQ(inside.exit_code, 0) << inside.out << inside.err;
  EXPECT_EQ(inside.err.find("warning"), std::string::npos) << inside.err;
  EXPECT_NE(inside.out.find("3 dokument: inga nya luckor (" + std::to_string(accepted) + " accepterade)"), std::string::npos)
      << inside.out;
  EXPECT_EQ(inside.out.find("behandlar alla obligatoriska"), std::string::npos) << inside.out;
  const auto elsewhere = run_in(source_dir(), {"check", "--lang", "en", "--baseline", gaps, moved.string()});
  EXPECT_EQ(elsewhere.exit_code, 0) << elsewhere.err;
  EXPECT_NE(elsewhere.out.find("3 documents: no new gaps (" + std::to_string(accepted) + " accepted)"), std::string::npos)
      << elsewhere.out;
  // JSON marks the accepted gaps wherever the run starts.
  const json report = json::parse(run_in(source_dir(), {"check", "--format", "json", "--baseline", gaps, moved.string()}).out);
  std::size_t marked = 0;
  for (const json& d : report.at("documents")) {
    for (const json& t : d.at("targets")) marked += t.value("accepted_gap", false);
  }
  EXPECT_EQ(marked, accepted);
}

TEST(BaselinePaths, AFileMovedInsideTheFolderIsFoundByItsSha256) {
  Counties c;
  ASSERT_EQ(run_in(c.dir.path(), {"check", "--write-baseline", "gaps.json", "lan"}).exit_code, 0);
  fs::create_directories(c.lan / "Uppsala" / "remiss");
  fs::rename(c.lan / "Uppsala" / "strategi.docx", c.lan / "Uppsala" / "remiss" / "strategi_v2.docx");
  const auto r = run_in(c.dir.path(), {"check", "--baseline", "gaps.json", "lan"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
  // Moved and changed: neither the path nor the content matches, so its gaps are new and the
  // entry that matched nothing is named on stderr.
  testing::write_file(c.lan / "Uppsala" / "remiss" / "strategi_v2.docx",
                      testing::read_file(source_dir() / "samples/delmal_nummer.docx"));
  const auto changed = run_in(c.dir.path(), {"check", "--baseline", "gaps.json", "lan"});
  EXPECT_EQ(changed.exit_code, 1) << changed.out;
  EXPECT_NE(changed.err.find("warning: baseline gaps.json: Uppsala/strategi.docx: "), std::string::npos) << changed.err;
  EXPECT_NE(changed.out.find("1 har nya luckor"), std::string::npos) << changed.out;
}

TEST(BaselinePaths, AnEntryThatMatchesNothingIsAWarningNotAFailure) {
  Counties c;
  ASSERT_EQ(run_in(c.dir.path(), {"check", "--write-baseline", "gaps.json", "lan"}).exit_code, 0);
  fs::remove_all(c.lan / "Dalarna");
  json b = json::parse(testing::read_file(c.dir / "gaps.json"));
  b["accepted"].push_back({{"path", "Uppsala/strategi.docx"}, {"target", "goal.borttaget"}, {"status", "missing"}});
  testing::write_file(c.dir / "gaps.json", b.dump());
  const auto r = run_in(c.dir.path(), {"check", "--baseline", "gaps.json", "lan"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("jamkoll check: warning: baseline gaps.json: Dalarna/strategi.docx: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("match no checked document"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Uppsala/strategi.docx: accepted target goal.borttaget is not in the rule pack"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("Gotland"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty() || r.out.find("warning") == std::string::npos);  // warnings stay off stdout
}

TEST(BaselinePaths, PathsMatchInNfcAndAfterTheDraftWasEdited) {
  TempDir dir;
  const std::string nfc = "V\u00e4sterbotten", nfd = "Va\u0308sterbotten";
  fs::create_directories(dir / "lan" / nfc);
  const std::string draft = "# Strategi\n\nLänsstyrelsen ska minska löneskillnaderna mellan kvinnor och män i länet till 2030.\n";
  testing::write_file(dir / "lan" / nfc / "strategi.md", draft);
  ASSERT_EQ(run_in(dir.path(), {"check", "--write-baseline", "gaps.json", "lan"}).exit_code, 0);
  const json b = json::parse(testing::read_file(dir / "gaps.json"));
  ASSERT_FALSE(b.at("accepted").empty());
  EXPECT_EQ(b.at("accepted")[0].at("path"), nfc + "/strategi.md");
  // The folder comes back with NFD names (as from a Mac) and the draft was edited without changing
  // a verdict: neither the bytes of the path nor the SHA-256 are the same, the NFC path is.
  fs::rename(dir / "lan" / nfc, dir / "lan" / nfd);
  testing::write_file(dir / "lan" / nfd / "strategi.md", draft + "\n\n");
  const auto r = run_in(dir.path(), {"check", "--baseline", "gaps.json", "lan"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
}

TEST(BaselinePaths, AVersionOneBaselineStillLoads) {
  Counties c;
  ASSERT_EQ(run_in(c.dir.path(), {"check", "--write-baseline", "gaps.json", "lan"}).exit_code, 0);
  // What jamkoll wrote before: the path as given, no SHA-256.
  json old = json::parse(testing::read_file(c.dir / "gaps.json"));
  old["schema"] = "jamkoll.baseline/1";
  for (json& a : old.at("accepted")) {
    a["path"] = "./lan/" + a.at("path").get<std::string>();
    a.erase("sha256");
  }
  testing::write_file(c.dir / "old.json", old.dump());
  const std::string file = (c.dir / "old.json").string();
  // From where it was written (the path as given) and from inside the folder (the relative path
  // ends the old one).
  EXPECT_EQ(run_in(c.dir.path(), {"check", "--baseline", file, "lan"}).exit_code, 0);
  const auto inside = run_in(c.lan, {"check", "--baseline", file, "."});
  EXPECT_EQ(inside.exit_code, 0) << inside.err;
  EXPECT_EQ(inside.err.find("warning"), std::string::npos) << inside.err;
  // An old entry cannot follow a moved file: without a SHA-256 that draft's gaps are new.
  fs::rename(c.lan / "Dalarna" / "strategi.docx", c.lan / "Dalarna" / "ny.docx");
  const auto moved = run_in(c.dir.path(), {"check", "--baseline", file, "lan"});
  EXPECT_EQ(moved.exit_code, 1);
  EXPECT_NE(moved.err.find("lan/Dalarna/strategi.docx: "), std::string::npos) << moved.err;
  // An unknown schema names the file.
  testing::write_file(c.dir / "bad.json", R"({"schema": "jamkoll.baseline/9", "accepted": []})");
  const auto bad = run_in(c.dir.path(), {"check", "--baseline", "bad.json", "lan"});
  EXPECT_EQ(bad.exit_code, 64);
  EXPECT_NE(bad.err.find("bad.json: not a jamkoll.baseline/2"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace jamkoll
