#include "app/check_service.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/String.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <algorithm>
#include <cctype>
#include <csignal>
#include <mutex>
#include <optional>
#include <sstream>

#include "app/access_log.h"
#include "app/annotated_copy.h"
#include "app/check_query.h"
#include "app/document_checker.h"
#include "app/form_upload.h"
#include "app/http_answer.h"
#include "app/render_report.h"
#include "app/service_connection.h"
#include "app/service_load.h"
#include "app/service_page.h"
#include "report/labels.h"
#include "app/service_stats.h"
#include "app/upload_file.h"
#include "ingest/read_document.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;
using Status = HttpStatus;

// One receive may wait this long for the next bytes of the body before the connection is
// dropped; the body as a whole is bounded by ServiceSettings::body_deadline.
const Poco::Timespan kIdleTimeout(30, 0);
constexpr int kListenBacklog = 64;
// Room in the pool and in Poco's own queue beyond ours, so that OverloadFilter, which answers 503,
// refuses first (a thread ending and one starting overlap for a moment).
constexpr int kSlack = 4;

Language language_of(const CheckQuery& query) { return query.lang == "en" ? Language::kEnglish : Language::kSwedish; }

// A request the service refuses: the status and the message of its JSON error.
struct Refusal {
  Status status;
  Words message;
};

const Words kUseGet{"använd GET", "use GET"};

Words upload_limit_message(std::uint64_t limit) {
  const std::string mib = std::to_string(limit >> 20);
  return {"uppladdningen är större än " + mib + " MiB (--max-upload)", "upload above " + mib + " MiB (--max-upload)"};
}

// A failure of the service's own storage (a full disk, no temporary folder): the system's words
// after a Swedish lead.
Words storage_failure(const std::string& detail) {
  return {"uppladdningen kunde inte sparas: " + detail, detail};
}

// The language a request asks for (?lang=en), Swedish otherwise or when the query cannot be read.
Language request_language(const HTTPServerRequest& request) {
  try {
    for (const auto& [key, value] : Poco::URI(request.getURI()).getQueryParameters()) {
      if (key == "lang" && value == "en") return Language::kEnglish;
    }
  } catch (const Poco::Exception&) {
    // An undecodable query: Swedish.
  }
  return Language::kSwedish;
}

// What the request's headers already rule out, before any of the body is read.
std::optional<Refusal> check_headers(const HTTPServerRequest& request, std::uint64_t limit) {
  // multipart/mixed, /related, …: judged, it would be the envelope, not the draft.
  const std::string& type = request.getContentType();
  if (Poco::icompare(type.substr(0, 10), "multipart/") == 0 && !is_form_upload(type)) {
    return Refusal{HTTPResponse::HTTP_UNSUPPORTED_MEDIA_TYPE,
                   {"skicka utkastet som innehåll (curl --data-binary @utkast.docx) eller som en fil i ett formulär (curl -F file=@utkast.docx)",
                    "send the draft as the body (curl --data-binary @utkast.docx) or as one file of a form (curl -F file=@utkast.docx)"}};
  }
  // Without either header the body is empty (RFC 9112 6.3); reading it would wait for the socket
  // timeout.
  if (!request.hasContentLength() && !request.getChunkedTransferEncoding()) {
    return Refusal{HTTPResponse::HTTP_LENGTH_REQUIRED,
                   {"inget innehåll: skicka utkastet med Content-Length eller Transfer-Encoding: chunked",
                    "no body: send the draft with Content-Length or Transfer-Encoding: chunked"}};
  }
  if (request.hasContentLength() && static_cast<std::uint64_t>(request.getContentLength64()) > limit) {
    return Refusal{HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, upload_limit_message(limit)};
  }
  return std::nullopt;
}

// Content-Disposition of a reviewed copy: NAME's stem + ".granskad." + format, as a plain ASCII
// filename (every other byte an underscore) and as RFC 8187 UTF-8 (filename*).
std::string attachment_disposition(const std::string& name, const std::string& format) {
  std::string base = last_segment(name);
  const std::size_t dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base.resize(dot);
  if (base.empty()) base = "utkast";
  const std::string file = base + ".granskad." + format;
  std::string ascii;
  std::string encoded;
  static const char* hex = "0123456789ABCDEF";
  for (const char ch : file) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = std::isalnum(c) || c == '.' || c == '-' || c == '_';
    ascii += c < 0x80 && plain ? ch : '_';
    if (c < 0x80 && plain) {
      encoded += ch;
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

// Puts the socket's receive timeout back when the body has been read (the connection may serve
// more requests).
class ReceiveTimeoutGuard {
 public:
  explicit ReceiveTimeoutGuard(Poco::Net::StreamSocket* socket)
      : socket_(socket), saved_(socket ? socket->getReceiveTimeout() : Poco::Timespan()) {}
  ~ReceiveTimeoutGuard() {
    if (socket_) socket_->setReceiveTimeout(saved_);
  }
  ReceiveTimeoutGuard(const ReceiveTimeoutGuard&) = delete;
  ReceiveTimeoutGuard& operator=(const ReceiveTimeoutGuard&) = delete;

 private:
  Poco::Net::StreamSocket* socket_;
  Poco::Timespan saved_;
};

// How much of the body must have arrived by `elapsed`: nothing during the grace, then the minimum
// rate (the stricter one while others wait).
struct BodyPace {
  const ServiceSettings& settings;
  const ServiceLoad& load;

  std::chrono::milliseconds grace() const {
    return load.others_waiting() ? std::min(settings.body_grace, settings.busy_body_grace) : settings.body_grace;
  }
  std::uint64_t rate() const {
    return load.others_waiting() ? std::max(settings.min_body_bytes_per_second, settings.busy_min_body_bytes_per_second)
                                 : settings.min_body_bytes_per_second;
  }
  bool behind(std::uint64_t total, std::chrono::microseconds elapsed) const {
    const auto over = elapsed - std::chrono::duration_cast<std::chrono::microseconds>(grace());
    return over.count() > 0 && static_cast<double>(total) < static_cast<double>(rate()) * static_cast<double>(over.count()) / 1e6;
  }
  // How long the next receive may wait before `total` falls behind.
  std::chrono::microseconds patience(std::uint64_t total, std::chrono::microseconds elapsed) const {
    const double due_s = std::chrono::duration<double>(grace()).count() + static_cast<double>(total) / static_cast<double>(std::max<std::uint64_t>(rate(), 1));
    const auto due = std::chrono::microseconds(static_cast<std::int64_t>(due_s * 1e6));
    return std::max(std::chrono::microseconds(1000), due - elapsed);
  }
};

// Copies the body into `upload`, counting bytes against the limit and time against the deadline
// and the minimum rate (BodyPace): each receive waits at most until the client would be too slow.
std::optional<Refusal> store_body(HTTPServerRequest& request, UploadFile& upload, const ServiceSettings& settings,
                                  const ServiceLoad& load) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  const Clock::time_point deadline = start + settings.body_deadline;
  const BodyPace pace{settings, load};
  auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request);
  Poco::Net::StreamSocket* socket = impl ? &impl->socket() : nullptr;
  ReceiveTimeoutGuard restore(socket);
  const auto ms = settings.body_deadline.count();
  const std::string limit = ms % 1000 ? std::to_string(ms) + " ms" : std::to_string(ms / 1000) + " s";
  const Refusal too_slow{HTTPResponse::HTTP_REQUEST_TIMEOUT,
                         {"innehållet kom inte fram inom " + limit + ", eller långsammare än " +
                              std::to_string(settings.min_body_bytes_per_second / 1024) + " KiB/s",
                          "the body did not arrive within " + limit + ", or slower than " +
                              std::to_string(settings.min_body_bytes_per_second / 1024) + " KiB/s"}};
  std::istream& in = request.stream();
  in.exceptions(std::ios::badbit);  // a failed receive rethrows Poco's exception
  char buffer[1 << 16];
  std::uint64_t total = 0;
  try {
    for (;;) {
      const auto now = Clock::now();
      const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - now);
      const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(now - start);
      if (left.count() <= 0 || pace.behind(total, elapsed)) return too_slow;
      const auto wait = std::min(left, pace.patience(total, elapsed));
      if (socket) socket->setReceiveTimeout(std::min(kIdleTimeout, Poco::Timespan(wait.count())));
      // peek() receives at most once (a chunk header a few times); readsome() takes what came.
      if (in.peek() == std::char_traits<char>::eof()) break;
      const std::streamsize n = in.readsome(buffer, sizeof buffer);
      total += static_cast<std::uint64_t>(n);
      if (total > settings.max_upload_bytes) return Refusal{HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, upload_limit_message(settings.max_upload_bytes)};
      if (auto written = upload.write(buffer, static_cast<std::size_t>(n)); !written) {
        return Refusal{HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, storage_failure(written.failure().message)};
      }
    }
  } catch (const Poco::TimeoutException&) {
    return too_slow;
  } catch (const Poco::Exception& e) {
    return Refusal{HTTPResponse::HTTP_BAD_REQUEST, {"uppladdningen bröts: " + e.displayText(), "the upload broke off: " + e.displayText()}};
  }
  if (request.hasContentLength() && total != static_cast<std::uint64_t>(request.getContentLength64())) {
    const std::string got = std::to_string(total) + " av " + std::to_string(request.getContentLength64());
    const std::string got_en = std::to_string(total) + " of " + std::to_string(request.getContentLength64());
    return Refusal{HTTPResponse::HTTP_BAD_REQUEST, {"uppladdningen bröts efter " + got + " byte", "the upload broke off after " + got_en + " bytes"}};
  }
  if (auto closed = upload.finish(); !closed) return Refusal{HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, storage_failure(closed.failure().message)};
  return std::nullopt;
}

// A received draft on disk: the raw body, or the file taken out of a form.
struct Draft {
  std::unique_ptr<UploadFile> body;
  std::unique_ptr<UploadFile> part;
  const UploadFile& file() const { return part ? *part : *body; }
};

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(const ServiceSettings& settings, const Judge& judge, const ServiceStats& stats, const ServiceLoad& load)
      : settings_(settings), judge_(judge), info_(service_info(judge)), stats_(stats), load_(load) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    try {
      handle(request, response);
    } catch (const std::exception& e) {
      // A bug, or the system failing (out of memory): still an answer with a JSON error.
      if (!response.sent()) {
        response.setKeepAlive(false);
        send_error(response, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                   {std::string("internt fel: ") + e.what(), std::string("internal error: ") + e.what()}, request_language(request));
      }
    }
  }

 private:
  void handle(HTTPServerRequest& request, HTTPServerResponse& response) {
    // Until the body is read to its end, what is left of it would be taken for the next request.
    const bool keep_alive = response.getKeepAlive();
    if (request.getChunkedTransferEncoding() || request.getContentLength64() > 0) response.setKeepAlive(false);
    std::optional<Poco::URI> uri;
    try {
      uri.emplace(request.getURI());
    } catch (const Poco::Exception& e) {
      return send_error(response, HTTPResponse::HTTP_BAD_REQUEST,
                        {"felaktig adress: " + e.displayText(), "bad request URI: " + e.displayText()}, Language::kSwedish);
    }
    const std::string& path = uri->getPath();
    if (path == "/health" || path == "/metrics") return serve_status(request, response, path);
    if (path == "/") return serve_page(request, response, *uri);
    if (path == "/annotate") return serve_annotate(request, response, keep_alive);
    if (path != "/check") {
      return send_error(response, HTTPResponse::HTTP_NOT_FOUND,
                        {"ingen sådan adress: använd /, /check, /annotate, /health eller /metrics",
                         "no such endpoint: use /, /check, /annotate, /health or /metrics"},
                        request_language(request));
    }
    serve_check(request, response, keep_alive);
  }

  // GET /: the page for people (service_page.h), Swedish or with ?lang=en English.
  void serve_page(const HTTPServerRequest& request, HTTPServerResponse& response, const Poco::URI& uri) {
    if (request.getMethod() != "GET") return send_error(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED, kUseGet, request_language(request));
    Language language = Language::kSwedish;
    try {
      for (const auto& [key, value] : uri.getQueryParameters()) {
        if (key == "lang" && value == "en") language = Language::kEnglish;
      }
    } catch (const Poco::Exception&) {
      // An undecodable query: the Swedish page.
    }
    const std::string nonce = page_nonce();
    response.set("Content-Security-Policy", service_page_policy(nonce));
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Referrer-Policy", "no-referrer");
    response.set("Cache-Control", "no-store");
    send_answer(response, HTTPResponse::HTTP_OK, "text/html; charset=utf-8", service_page(language, nonce));
  }

  // GET /health (JSON) or /metrics (Prometheus text): the counts before this request.
  void serve_status(const HTTPServerRequest& request, HTTPServerResponse& response, const std::string& path) {
    if (request.getMethod() != "GET") return send_error(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED, kUseGet, request_language(request));
    ServiceCounts counts = stats_.counts();
    counts.active_connections = load_.active();
    counts.queued_connections = load_.queued();
    if (path == "/health") return send_answer(response, HTTPResponse::HTTP_OK, "application/json; charset=utf-8", health_json(info_, counts));
    send_answer(response, HTTPResponse::HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", metrics_text(info_, counts));
  }

  // The draft of a POST: the raw body, or the one file of a multipart/form-data body (whose
  // filename becomes query.name unless the query gave one). Both are bounded by the upload limit and
  // the body deadline and live only in private upload directories.
  std::optional<Refusal> receive_draft(HTTPServerRequest& request, CheckQuery& query, Draft& draft) {
    std::error_code ec;
    const fs::path parent = settings_.upload_parent.empty() ? fs::temp_directory_path(ec) : settings_.upload_parent;
    if (ec) return Refusal{HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, storage_failure("no temporary directory: " + ec.message())};
    const bool form = is_form_upload(request.getContentType());
    auto upload = UploadFile::create(parent, form ? "" : upload_extension(query.name));
    if (!upload) return Refusal{HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, storage_failure(upload.failure().message)};
    if (auto failed = store_body(request, **upload, settings_, load_)) return failed;
    draft.body = std::move(*upload);
    if (!form) return std::nullopt;
    auto inner = form_draft(draft.body->path(), request.getContentType(), parent);
    draft.body.reset();  // the envelope is not needed once its file is out
    if (!inner) {
      const bool client = inner.failure().code == FailureCode::kBadForm;
      const std::string& detail = inner.failure().message;
      if (!client) return Refusal{HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, storage_failure(detail)};
      return Refusal{HTTPResponse::HTTP_BAD_REQUEST, {"formuläret kunde inte läsas: " + detail, detail}};
    }
    draft.part = std::move(inner->file);
    if (query.name.empty()) query.name = inner->filename;
    return std::nullopt;
  }

  // A POST with a draft (raw body or a form): its query and headers checked and the draft stored.
  // False when the request was refused (the error is answered).
  bool receive_post(HTTPServerRequest& request, HTTPServerResponse& response, CheckQuery& query, Draft& draft) {
    if (request.getMethod() != "POST") {
      send_error(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED,
                 {"använd POST med utkastet som innehåll", "use POST with the draft as body"}, request_language(request));
      return false;
    }
    std::optional<Refusal> refusal;
    if (auto error = parse_check_query(request.getURI(), query)) refusal = Refusal{HTTPResponse::HTTP_BAD_REQUEST, *error};
    if (!refusal) refusal = check_headers(request, settings_.max_upload_bytes);
    if (!refusal) refusal = receive_draft(request, query, draft);
    if (refusal) send_error(response, refusal->status, refusal->message, language_of(query));
    return !refusal;
  }

  // POST /check: stores the body, judges it, answers the report.
  void serve_check(HTTPServerRequest& request, HTTPServerResponse& response, bool keep_alive) {
    CheckQuery query;
    Draft draft;
    if (!receive_post(request, response, query, draft)) return;
    response.setKeepAlive(keep_alive);

    DocumentResult result = check_file(draft.file().path().string(), judge_, settings_.read);
    draft = Draft{};  // the draft leaves the disk before the answer is sent
    result.path = query.report_name();
    const ReportContext context{&judge_.pack().pack, language_of(query)};
    std::ostringstream body;
    render_report(body, {result}, context, query.format, query.excel);
    response.set("X-Jamkoll-Result", result.error ? "error" : result.has_new_gaps() ? "gaps" : "complete");
    send_answer(response, result.error ? HTTPResponse::HTTP_UNPROCESSABLE_ENTITY : HTTPResponse::HTTP_OK, std::string(report_format_info(query.format).mime), body.str());
  }

  // POST /annotate: stores the body (raw or a form), judges it, answers the reviewed DOCX or ODT.
  void serve_annotate(HTTPServerRequest& request, HTTPServerResponse& response, bool keep_alive) {
    CheckQuery query;
    Draft draft;
    if (!receive_post(request, response, query, draft)) return;
    response.setKeepAlive(keep_alive);

    const std::string stored = draft.file().path().string();
    auto bytes = read_file_bytes(stored, settings_.read.limits);
    draft = Draft{};  // the draft leaves the disk before the answer is sent
    const Language language = language_of(query);
    auto unreadable = [&](const Failure& failure) {
      response.set("X-Jamkoll-Result", "error");
      send_error(response, HTTPResponse::HTTP_UNPROCESSABLE_ENTITY,
                 {failure.code.name() + ": " + error_sentence(failure, Language::kSwedish), failure.code.name() + ": " + failure.message}, language);
    };
    if (!bytes) return unreadable(bytes.failure());
    DocumentResult result = check_bytes(stored, *bytes, judge_, settings_.read);
    if (result.error) return unreadable(*result.error);
    if (!annotatable(result.format)) {
      const std::string refused = unsupported_annotate_message(result.format, language);
      return send_error(response, HTTPResponse::HTTP_UNSUPPORTED_MEDIA_TYPE, {refused}, language);
    }
    const ReportContext context{&judge_.pack().pack, language};
    auto copy = annotated_copy(*bytes, settings_.read.limits, result, context, {CommentScope::kMentioned, annotate_date()});
    if (!copy) return unreadable(copy.failure());
    response.set("Content-Disposition", attachment_disposition(query.report_name(), result.format));
    response.set("X-Jamkoll-Result", result.has_new_gaps() ? "gaps" : "complete");
    send_answer(response, HTTPResponse::HTTP_OK, annotated_content_type(result.format), *copy);
  }

  const ServiceSettings& settings_;
  const Judge& judge_;
  const ServiceInfo info_;
  const ServiceStats& stats_;
  const ServiceLoad& load_;
};

}  // namespace

CheckService::CheckService(ServiceSettings settings, std::shared_ptr<const Judge> judge)
    : settings_(std::move(settings)), judge_(std::move(judge)) {}

CheckService::~CheckService() { stop(); }

unsigned short CheckService::start() {
  // A client that goes away before its answer is written must not end the process.
  static std::once_flag ignore_sigpipe;
  std::call_once(ignore_sigpipe, [] { std::signal(SIGPIPE, SIG_IGN); });
  // Poco's ServerSocket(address) binds with SO_REUSEPORT too: a second service would then share
  // the port and the kernel split the clients between the two. SO_REUSEADDR alone only allows a
  // restart while old connections linger in TIME_WAIT.
  Poco::Net::ServerSocket socket;
  socket.bind(Poco::Net::SocketAddress(settings_.host, settings_.port), /*reuseAddress=*/true, /*reusePort=*/false);
  socket.listen(kListenBacklog);
  const unsigned short port = socket.address().port();
  load_ = std::make_unique<ServiceLoad>(settings_.threads, settings_.max_queued);
  log_ = std::make_unique<AccessLog>(settings_.access_log);
  stats_ = std::make_unique<ServiceStats>();
  handler_ = std::make_unique<Handler>(settings_, *judge_, *stats_, *load_);
  pool_ = std::make_unique<Poco::ThreadPool>(1, settings_.threads + kSlack);
  const ServiceParts parts{settings_, *load_, *log_, *stats_, *handler_};
  auto* params = new Poco::Net::TCPServerParams;
  params->setMaxThreads(settings_.threads);
  params->setMaxQueued(settings_.max_queued + kSlack);
  server_ = std::make_unique<Poco::Net::TCPServer>(new ServiceConnectionFactory(parts), *pool_, socket, params);
  load_->attach(server_.get());
  server_->setConnectionFilter(new OverloadFilter(parts));
  server_->start();
  return port;
}

void CheckService::stop() {
  if (!server_) return;
  server_->stop();     // no new connections; the queued ones are closed
  load_->stop_all();   // the served ones end at their next wait or read
  pool_->joinAll();
  server_.reset();
  pool_.reset();
  handler_.reset();
  log_.reset();
  stats_.reset();
  load_.reset();
}

int CheckService::active_connections() const { return load_ ? load_->active() : 0; }

int CheckService::queued_connections() const { return load_ ? load_->queued() : 0; }

}  // namespace jamkoll
