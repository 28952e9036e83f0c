// The service's access log line: what it names, and what it never shows.
#include <gtest/gtest.h>

#include <sstream>

#include "app/access_log.h"

namespace jamkoll {
namespace {

TEST(AccessLog, NamesMethodPathStatusBytesAndTime) {
  const AccessEntry entry{"POST", "/check?format=json&name=utkast.docx", 200, 5321, std::chrono::milliseconds(42)};
  EXPECT_EQ(access_line(entry), "jamkoll serve: POST /check 200 5321 B 42 ms name=11");
}

TEST(AccessLog, NeverTheQueryOrTheName) {
  // A name can carry a person's name: only its length in characters is logged.
  const AccessEntry entry{"POST", "/check?name=Åsa%20Öberg%20utkast.docx&lang=sv", 422, 80, std::chrono::milliseconds(3)};
  const std::string line = access_line(entry);
  EXPECT_EQ(line, "jamkoll serve: POST /check 422 80 B 3 ms name=21");
  EXPECT_EQ(line.find("sa"), std::string::npos);
  EXPECT_EQ(line.find("lang"), std::string::npos);
}

TEST(AccessLog, NoNameNoLength) {
  EXPECT_EQ(access_line({"GET", "/health", 200, 120, std::chrono::milliseconds(0)}), "jamkoll serve: GET /health 200 120 B 0 ms");
}

TEST(AccessLog, BytesOfAPathCannotForgeALine) {
  const std::string line = access_line({"GET", "/a\nGET /b\\ c", 404, 1, std::chrono::milliseconds(0)});
  EXPECT_EQ(line, "jamkoll serve: GET /a\\x0aGET\\x20/b\\x5c\\x20c 404 1 B 0 ms");
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const std::string long_path = access_line({"GET", "/" + std::string(1000, 'p'), 404, 1, std::chrono::milliseconds(0)});
  EXPECT_LT(long_path.size(), 300u);
}

TEST(AccessLog, WritesWholeLinesAndNothingWhenQuiet) {
  std::ostringstream out;
  AccessLog log(&out);
  log.write({"GET", "/health", 200, 10, std::chrono::milliseconds(1)});
  log.write({"GET", "/metrics", 200, 20, std::chrono::milliseconds(2)});
  EXPECT_EQ(out.str(), "jamkoll serve: GET /health 200 10 B 1 ms\njamkoll serve: GET /metrics 200 20 B 2 ms\n");
  AccessLog quiet(nullptr);
  quiet.write({"GET", "/health", 200, 10, std::chrono::milliseconds(1)});  // no crash, nowhere
}

}  // namespace
}  // namespace jamkoll
