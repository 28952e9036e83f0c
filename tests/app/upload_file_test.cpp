// The private on-disk copy of an upload (app/upload_file.h): modes, names, removal, write errors.
#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>

#include <sys/resource.h>
#include <sys/stat.h>

#include "app/upload_file.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;

mode_t mode_of(const fs::path& path) {
  struct stat info {};
  EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
  return info.st_mode;
}

TEST(CheckServiceUpload, IsAFreshPrivateDirectoryWithAPrivateFile) {
  testing::TempDir parent;
  auto upload = UploadFile::create(parent.path(), ".docx");
  ASSERT_TRUE(upload) << upload.failure().message;
  const fs::path dir = (*upload)->directory();
  EXPECT_EQ(dir.parent_path(), parent.path());
  EXPECT_EQ(dir.filename().string().rfind("jamkoll-serve-", 0), 0u) << dir;
  EXPECT_TRUE(S_ISDIR(mode_of(dir)));
  EXPECT_EQ(mode_of(dir) & 07777, 0700u);
  EXPECT_EQ((*upload)->path(), dir / "upload.docx");  // fixed inner name, the client's extension
  EXPECT_TRUE(S_ISREG(mode_of((*upload)->path())));
  EXPECT_EQ(mode_of((*upload)->path()) & 07777, 0600u);

  ASSERT_TRUE((*upload)->write("PK\x03\x04", 4));
  ASSERT_TRUE((*upload)->finish());
  EXPECT_EQ(testing::read_file((*upload)->path()), "PK\x03\x04");
  upload.value().reset();
  EXPECT_FALSE(fs::exists(dir));
  EXPECT_TRUE(fs::is_empty(parent.path()));
}

TEST(CheckServiceUpload, TwoUploadsNeverShareADirectory) {
  testing::TempDir parent;
  auto a = UploadFile::create(parent.path(), ".txt");
  auto b = UploadFile::create(parent.path(), ".txt");
  ASSERT_TRUE(a && b);
  EXPECT_NE((*a)->directory(), (*b)->directory());
}

TEST(CheckServiceUpload, IsRemovedEvenWhenNeverFinished) {
  testing::TempDir parent;
  {
    auto upload = UploadFile::create(parent.path(), "");
    ASSERT_TRUE(upload);
    EXPECT_EQ((*upload)->path().filename(), "upload");
    ASSERT_TRUE((*upload)->write("x", 1));
  }  // an exception or an early return: the object dies with the file still open
  EXPECT_TRUE(fs::is_empty(parent.path()));
}

TEST(CheckServiceUpload, KeepsOnlyAPlainExtensionOfTheClientsName) {
  EXPECT_EQ(upload_extension("utkast.docx"), ".docx");
  EXPECT_EQ(upload_extension("../../etc/utkast.md"), ".md");
  EXPECT_EQ(upload_extension("arkiv.tar.gz"), ".gz");
  EXPECT_EQ(upload_extension("utkast"), "");
  EXPECT_EQ(upload_extension("utkast."), "");
  EXPECT_EQ(upload_extension(".docx"), "");  // a hidden file's name, not an extension
  EXPECT_EQ(upload_extension("utkast.d o"), "");
  EXPECT_EQ(upload_extension("utkast." + std::string(40, 'x')), "");
}

TEST(CheckServiceUpload, AFailedWriteIsAFailureNotAShortFile) {
  testing::TempDir parent;
  auto upload = UploadFile::create(parent.path(), ".txt");
  ASSERT_TRUE(upload);
  // A full disk, simulated: this process may not grow a file past 4 KiB.
  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto* old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = saved;
  small.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const std::string bytes(8192, 'a');
  const Outcome<void> written = (*upload)->write(bytes.data(), bytes.size());
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, old_handler);
  ASSERT_FALSE(written);
  EXPECT_EQ(written.failure().code, "upload-write");
  EXPECT_NE(written.failure().message.find("File too large"), std::string::npos) << written.failure().message;
}

}  // namespace
}  // namespace jamkoll
