// The checked folder a baseline's paths are relative to: the deepest folder holding every named
// path, whatever the working directory and however the paths are spelled.
#include "app/checked_folder.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;

struct Lan {
  testing::TempDir dir;
  Lan() {
    fs::create_directories(dir / "lan" / "Uppsala");
    fs::create_directories(dir / "lan" / "Dalarna");
    testing::write_file(dir / "lan" / "Uppsala" / "a.docx", "x");
  }
};

TEST(CheckedFolder, ANamedFolderIsTheFolderHoweverItIsSpelled) {
  Lan l;
  const std::string lan = (l.dir / "lan").string();
  for (const std::string& spelled : {lan, lan + "/", lan + "/./Uppsala/..", lan + "//"}) {
    EXPECT_EQ(CheckedFolder({spelled}).relative(lan + "/Uppsala/a.docx"), "Uppsala/a.docx") << spelled;
  }
}

TEST(CheckedFolder, RelativeNamesResolveAgainstTheWorkingDirectory) {
  Lan l;
  const fs::path back = fs::current_path();
  fs::current_path(l.dir / "lan");
  const CheckedFolder here({"."});
  const std::string from_here = here.relative("Uppsala/a.docx");
  const CheckedFolder up({"../lan/Uppsala/a.docx", "Dalarna"});
  const std::string from_up = up.relative("../lan/Uppsala/a.docx");
  fs::current_path(back);
  EXPECT_EQ(from_here, "Uppsala/a.docx");
  EXPECT_EQ(from_up, "Uppsala/a.docx");  // the deepest folder holding lan/Uppsala and lan/Dalarna
}

TEST(CheckedFolder, ANamedFileCountsAsItsFolder) {
  Lan l;
  const std::string file = (l.dir / "lan" / "Uppsala" / "a.docx").string();
  EXPECT_EQ(CheckedFolder({file}).relative(file), "a.docx");
  // A path outside the folder (never one a run checks) stays as given.
  EXPECT_EQ(CheckedFolder({file}).relative("/någon/annan/b.docx"), "/någon/annan/b.docx");
}

}  // namespace
}  // namespace jamkoll
