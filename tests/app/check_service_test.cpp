// The HTTP service, served in-process on a free loopback port and called as a client would.
#include <gtest/gtest.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "app/check_service.h"
#include "judge/pack_loader.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

using nlohmann::json;
using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;

struct Reply {
  int status = 0;
  std::string body;
  std::string result;  // X-Jamkoll-Result
};

class Service : public ::testing::Test {
 protected:
  void SetUp() override {
    ServiceSettings settings;
    settings.port = 0;
    settings.max_upload_bytes = 2 << 20;
    service_ = std::make_unique<CheckService>(settings, *Judge::create(*load_default_pack()));
    port_ = service_->start();
  }
  void TearDown() override { service_->stop(); }

  // `declared_length` > 0: announce that length but send `body` (a client about to upload a lot).
  Reply call(const std::string& method, const std::string& uri, const std::string& body = "", bool chunked = false,
             Poco::Int64 declared_length = 0) {
    Poco::Net::HTTPClientSession session("127.0.0.1", port_);
    session.setTimeout(Poco::Timespan(30, 0));
    HTTPRequest request(method, uri, HTTPRequest::HTTP_1_1);
    if (chunked) {
      request.setChunkedTransferEncoding(true);
    } else if (method == HTTPRequest::HTTP_POST) {
      request.setContentLength64(declared_length > 0 ? declared_length : static_cast<Poco::Int64>(body.size()));
    }
    session.sendRequest(request) << body;
    HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    Reply reply;
    reply.status = response.getStatus();
    Poco::StreamCopier::copyToString(in, reply.body);
    reply.result = response.get("X-Jamkoll-Result", "");
    return reply;
  }

  std::unique_ptr<CheckService> service_;
  unsigned short port_ = 0;
};

TEST_F(Service, HealthNamesTheRulePack) {
  const Reply r = call(HTTPRequest::HTTP_GET, "/health");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body).at("rulepack").at("id"), "lansstrategi");
}

TEST_F(Service, ChecksAnUploadedDraft) {
  const std::string draft = testing::read_file(testing::source_dir() / "samples/tidigt_skelett.docx");
  const Reply r = call(HTTPRequest::HTTP_POST, "/check?name=skelett.docx&format=json", draft);
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.result, "gaps");
  const json report = json::parse(r.body);
  EXPECT_EQ(report.at("schema"), "jamkoll.report/1");
  EXPECT_EQ(report.at("documents")[0].at("path"), "skelett.docx");
  EXPECT_EQ(report.at("documents")[0].at("status"), "ok");
}

TEST_F(Service, SameVerdictsAsTheCommandLine) {
  const std::string path = (testing::source_dir() / "samples/komplett_strategi.docx").string();
  const Reply r = call(HTTPRequest::HTTP_POST, "/check?name=komplett_strategi.docx&format=json", testing::read_file(path));
  json served = json::parse(r.body).at("documents")[0];
  json cli = json::parse(testing::run_jamkoll({"check", "--format", "json", path}).out).at("documents")[0];
  served.erase("path");
  cli.erase("path");
  EXPECT_EQ(served, cli);
  EXPECT_EQ(r.result, "complete");
}

TEST_F(Service, ChunkedUploadAndHtml) {
  const std::string draft = testing::read_file(testing::source_dir() / "samples/komplett_strategi.docx");
  const Reply r = call(HTTPRequest::HTTP_POST, "/check?name=k.docx&format=html&lang=en", draft, /*chunked=*/true);
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<html lang=\"en\">"), std::string::npos);
}

TEST_F(Service, BrokenDraftIs422WithAnErrorEntry) {
  const Reply r = call(HTTPRequest::HTTP_POST, "/check?name=trasig.docx", "PK\x03\x04 inte en zip");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.result, "error");
  EXPECT_EQ(json::parse(r.body).at("documents")[0].at("error").at("code"), "corrupt-zip");
}

TEST_F(Service, UploadAboveTheLimitIs413EvenWhenChunked) {
  // Refused from the declared length, before any of the body is read.
  EXPECT_EQ(call(HTTPRequest::HTTP_POST, "/check?name=stor.txt", "", false, 3 << 20).status, 413);
  // A chunked upload declares nothing: refused once the bytes read pass the limit (2 MiB here).
  const std::string big((2 << 20) + 1000, 'x');
  EXPECT_EQ(call(HTTPRequest::HTTP_POST, "/check?name=stor.txt", big, /*chunked=*/true).status, 413);
}

TEST_F(Service, BadRequestsAreRefused) {
  EXPECT_EQ(call(HTTPRequest::HTTP_POST, "/check?format=yaml", "x").status, 400);
  EXPECT_EQ(call(HTTPRequest::HTTP_GET, "/check").status, 405);
  EXPECT_EQ(call(HTTPRequest::HTTP_GET, "/annat").status, 404);
  // A hostile name lends only its last component: nothing is written outside the temp folder.
  const Reply r = call(HTTPRequest::HTTP_POST, "/check?name=../../../etc/utkast.docx", "PK\x03\x04");
  EXPECT_EQ(r.status, 422);
}

}  // namespace
}  // namespace jamkoll
