#include "app/check_service.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "app/document_checker.h"
#include "app/render_report.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

std::string content_type(const std::string& format) {
  if (format == "json") return "application/json; charset=utf-8";
  if (format == "jsonl") return "application/x-ndjson; charset=utf-8";
  if (format == "html") return "text/html; charset=utf-8";
  if (format == "csv" || format == "matrix-csv") return "text/csv; charset=utf-8";
  if (format == "junit") return "application/xml; charset=utf-8";
  return "text/plain; charset=utf-8";
}

void send(HTTPServerResponse& response, HTTPResponse::HTTPStatus status, const std::string& type, const std::string& body) {
  response.setStatus(status);
  response.setContentType(type);
  response.setContentLength64(static_cast<Poco::Int64>(body.size()));
  response.send() << body;
}

void send_error(HTTPServerResponse& response, HTTPResponse::HTTPStatus status, const std::string& message) {
  nlohmann::json j = {{"status", "error"}, {"error", message}};
  send(response, status, "application/json; charset=utf-8", j.dump() + "\n");
}

// Only the last path component, and only characters that are safe in a file name.
std::string safe_name(const std::string& name) {
  std::string out;
  for (char c : fs::path(name).filename().string()) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_') out += c;
  }
  return out.empty() || out[0] == '.' ? "utkast" + out : out;
}

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(const ServiceSettings& settings, const Judge& judge) : settings_(settings), judge_(judge) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    const Poco::URI uri(request.getURI());
    if (uri.getPath() == "/health") {
      if (request.getMethod() != "GET") return send_error(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED, "use GET");
      nlohmann::json j = {{"status", "ok"}, {"tool", {{"name", "jamkoll"}, {"version", JAMKOLL_VERSION}}},
                          {"rulepack", {{"id", judge_.pack().pack.id}, {"version", judge_.pack().pack.version}}}};
      return send(response, HTTPResponse::HTTP_OK, "application/json; charset=utf-8", j.dump() + "\n");
    }
    if (uri.getPath() != "/check") return send_error(response, HTTPResponse::HTTP_NOT_FOUND, "no such endpoint: use /check or /health");
    if (request.getMethod() != "POST") return send_error(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED, "use POST with the draft as body");
    std::string format = "json", name = "utkast", lang = "sv";
    for (const auto& [key, value] : uri.getQueryParameters()) {
      if (key == "format") format = value;
      if (key == "name") name = value;
      if (key == "lang") lang = value;
    }
    if (!report_formats().count(format)) return send_error(response, HTTPResponse::HTTP_BAD_REQUEST, "unknown format '" + format + "'");
    if (lang != "sv" && lang != "en") return send_error(response, HTTPResponse::HTTP_BAD_REQUEST, "lang takes sv or en");
    const std::uint64_t limit = settings_.max_upload_bytes;
    if (request.hasContentLength() && static_cast<std::uint64_t>(request.getContentLength64()) > limit) {
      return send_error(response, HTTPResponse::HTTP_REQUESTENTITYTOOLARGE, "upload above " + std::to_string(limit >> 20) + " MiB");
    }
    // Read the body, counting: a chunked upload has no declared length.
    static std::atomic<unsigned> counter{0};
    const fs::path dir = fs::temp_directory_path() / ("jamkoll-serve-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(dir);
    const fs::path file = dir / safe_name(name);
    bool too_large = false;
    {
      std::ofstream out(file, std::ios::binary);
      std::istream& in = request.stream();
      char buffer[1 << 16];
      std::uint64_t total = 0;
      while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        total += static_cast<std::uint64_t>(in.gcount());
        if (total > limit) {
          too_large = true;
          break;
        }
        out.write(buffer, in.gcount());
      }
    }
    if (too_large) {
      std::error_code ec;
      fs::remove_all(dir, ec);
      return send_error(response, HTTPResponse::HTTP_REQUESTENTITYTOOLARGE, "upload above " + std::to_string(limit >> 20) + " MiB");
    }
    DocumentResult result = check_file(file.string(), judge_, settings_.read);
    std::error_code ec;
    fs::remove_all(dir, ec);
    result.path = name;
    const ReportContext context{&judge_.pack().pack, lang == "en" ? Language::kEnglish : Language::kSwedish};
    std::ostringstream body;
    render_report(body, {result}, context, format);
    response.set("X-Jamkoll-Result", result.error ? "error" : result.has_new_gaps() ? "gaps" : "complete");
    send(response, result.error ? HTTPResponse::HTTP_UNPROCESSABLE_ENTITY : HTTPResponse::HTTP_OK, content_type(format), body.str());
  }

 private:
  const ServiceSettings& settings_;
  const Judge& judge_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(const ServiceSettings& settings, const Judge& judge) : settings_(settings), judge_(judge) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override {
    return new Handler(settings_, judge_);
  }

 private:
  const ServiceSettings& settings_;
  const Judge& judge_;
};

}  // namespace

CheckService::CheckService(ServiceSettings settings, std::shared_ptr<const Judge> judge)
    : settings_(std::move(settings)), judge_(std::move(judge)) {}

CheckService::~CheckService() { stop(); }

unsigned short CheckService::start() {
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(settings_.host, settings_.port));
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(settings_.threads);
  params->setMaxQueued(64);
  params->setTimeout(Poco::Timespan(30, 0));
  const unsigned short port = socket.address().port();
  server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(settings_, *judge_), socket, params);
  server_->start();
  return port;
}

void CheckService::stop() {
  if (server_) {
    server_->stopAll(true);
    server_.reset();
  }
}

}  // namespace jamkoll
