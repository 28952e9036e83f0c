#include "app/service_connection.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include <poll.h>
#include <sys/socket.h>

#include "app/http_answer.h"
#include "app/request_head.h"

namespace jamkoll {
namespace {

using Clock = std::chrono::steady_clock;
using Poco::Net::HTTPResponse;
using Poco::Net::Socket;
using Poco::Net::StreamSocket;

// An idle connection looks every kIdleSlice whether others wait: the delay a waiting client sees.
const Poco::Timespan kIdleSlice(0, 50'000);
// A head that came in part is looked at again after this (poll for input would return at once:
// bytes wait), or as soon as the client closes its side.
constexpr int kPartialHeadSliceMs = 10;
// While every worker is taken and others wait, a head still coming in part after this long is cut
// off (408) instead of after the whole head deadline: slow clients cannot hold every worker.
constexpr std::chrono::milliseconds kBusyHeadDeadline(1000);
// nginx's keepalive_requests default: then the client connects again.
constexpr int kMaxRequestsPerConnection = 1000;
// What is read and dropped after an answer to a refused head, so that the close does not reset the
// connection before the client has read the answer.
constexpr int kDrainBytes = 1 << 20;
const Poco::Timespan kDrainTime(0, 500'000);

std::string duration_text(std::chrono::milliseconds ms) {
  return ms.count() % 1000 ? std::to_string(ms.count()) + " ms" : std::to_string(ms.count() / 1000) + " s";
}

// Poco's session, with a look at what it has already read past the last request (pipelining).
class Session : public Poco::Net::HTTPServerSession {
 public:
  using HTTPServerSession::HTTPServerSession;
  bool has_buffered() const { return buffered() > 0; }
};

// Ends our side, then reads what the client still sends for a moment: closing with unread bytes
// would reset the connection and could lose the answer on its way.
void drain_and_close(StreamSocket& socket, Poco::Timespan patience) {
  try {
    socket.shutdownSend();
    char buffer[4096];
    for (int total = 0; total < kDrainBytes && socket.poll(patience, Socket::SELECT_READ);) {
      const int n = socket.receiveBytes(buffer, sizeof buffer);
      if (n <= 0) break;
      total += n;
    }
  } catch (const Poco::Exception&) {
    // The client is gone: nothing to drain.
  }
}

// Sleeps one slice; true when the client has closed its side meanwhile (Linux POLLRDHUP: a head
// sent in part and then FIN would otherwise wait for the head deadline).
bool client_closed_within_slice(const StreamSocket& socket) {
  pollfd fd{socket.impl()->sockfd(), POLLRDHUP, 0};
  return ::poll(&fd, 1, kPartialHeadSliceMs) > 0 && (fd.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

// Registers a connection with ServiceLoad for as long as it runs, whatever ends it.
class LoadGuard {
 public:
  LoadGuard(ServiceLoad& load, StreamSocket& socket) : load_(load), socket_(socket) { load_.begin(socket_); }
  ~LoadGuard() { load_.end(socket_); }
  LoadGuard(const LoadGuard&) = delete;
  LoadGuard& operator=(const LoadGuard&) = delete;

 private:
  ServiceLoad& load_;
  StreamSocket& socket_;
};

std::chrono::milliseconds since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

// Every answer to a request, logged and counted.
void record(ServiceParts& parts, const AccessEntry& entry, std::optional<CheckResult> check = std::nullopt) {
  parts.log.write(entry);
  parts.stats.count_answer(entry.status, check);
}

// A refusal before a request could be read has no language to ask for: Swedish, then English.
std::string both(const Words& words) { return words.sv + " (" + words.en + ")"; }

// A refusal before a request could be parsed: logged with "-" for method and path.
void refuse_raw(StreamSocket& socket, ServiceParts& parts, HttpStatus status, const std::string& message) {
  const std::string body = error_json(message);
  const std::string answer = raw_json_response(status, body);
  record(parts, {"-", "-", static_cast<int>(status), body.size(), std::chrono::milliseconds(0)});
  try {
    socket.sendBytes(answer.data(), static_cast<int>(answer.size()));
  } catch (const Poco::Exception&) {
    return;
  }
  drain_and_close(socket, kDrainTime);
}

class ServiceConnection : public Poco::Net::TCPServerConnection {
 public:
  ServiceConnection(const StreamSocket& socket, const ServiceParts& parts, Poco::Net::HTTPServerParams::Ptr params)
      : TCPServerConnection(socket), parts_(parts), params_(std::move(params)) {}

  void run() override {
    const LoadGuard registered(parts_.load, socket());
    try {
      serve_requests();
    } catch (const Poco::Exception&) {
      // The client reset or timed out mid-request: nothing left to answer.
    }
  }

 private:
  enum class Wait { kHead, kClosed, kIdle, kTooLarge, kTooSlow };

  void serve_requests() {
    Session session(socket(), params_);
    for (int served = 0; served < kMaxRequestsPerConnection; ++served) {
      const auto idle_limit = served == 0 ? parts_.settings.first_request_timeout : parts_.settings.keep_alive_timeout;
      switch (wait_for_head(session, idle_limit)) {
        case Wait::kHead:
          break;
        case Wait::kClosed:
        case Wait::kIdle:
          return;
        case Wait::kTooLarge:
          return refuse_raw(socket(), parts_, HTTPResponse::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE,
                            both({"begärans huvud är större än " + std::to_string(kMaxHeadBytes >> 10) + " KiB",
                                  "the request head is above " + std::to_string(kMaxHeadBytes >> 10) + " KiB"}));
        case Wait::kTooSlow:
          return refuse_raw(socket(), parts_, HTTPResponse::HTTP_REQUEST_TIMEOUT,
                            both({"begärans huvud kom inte fram inom " + duration_text(parts_.settings.head_deadline) + " (" +
                                      duration_text(kBusyHeadDeadline) + " när andra klienter väntar)",
                                  "the request head did not arrive within " + duration_text(parts_.settings.head_deadline) + " (" +
                                      duration_text(kBusyHeadDeadline) + " while other clients wait)"}));
      }
      if (!serve_request(session, served + 1 < kMaxRequestsPerConnection)) return;
    }
  }

  // Waits until a whole head has arrived (peeking, so Poco's parser reads it afterwards).
  Wait wait_for_head(Session& session, std::chrono::milliseconds idle_limit) {
    if (session.has_buffered()) return Wait::kHead;
    StreamSocket& s = socket();
    const Clock::time_point start = Clock::now();
    std::optional<Clock::time_point> first_byte;
    std::string peeked(kMaxHeadBytes + 1, '\0');
    for (;;) {
      if (parts_.load.stopping()) return Wait::kClosed;
      if (!first_byte) {
        if (!s.poll(kIdleSlice, Socket::SELECT_READ)) {
          if (parts_.load.others_waiting() || Clock::now() - start >= idle_limit) return Wait::kIdle;
          continue;
        }
      } else if (client_closed_within_slice(s)) {
        return Wait::kClosed;
      }
      const int n = s.receiveBytes(peeked.data(), static_cast<int>(peeked.size()), MSG_PEEK);
      if (n <= 0) return Wait::kClosed;
      const HeadProgress progress = scan_head(std::string_view(peeked.data(), static_cast<std::size_t>(n)), kMaxHeadBytes);
      if (progress == HeadProgress::kComplete) return Wait::kHead;
      if (progress == HeadProgress::kTooLarge) return Wait::kTooLarge;
      if (!first_byte) first_byte = Clock::now();
      if (head_too_slow(*first_byte)) return Wait::kTooSlow;
    }
  }

  bool head_too_slow(Clock::time_point first_byte) const {
    const auto waited = Clock::now() - first_byte;
    return waited >= parts_.settings.head_deadline || (waited >= kBusyHeadDeadline && parts_.load.others_waiting());
  }

  // Parses and answers one request; true when the connection may serve another.
  bool serve_request(Session& session, bool may_keep_alive) {
    const Clock::time_point start = Clock::now();
    Poco::Net::HTTPServerResponseImpl response(session);
    std::unique_ptr<Poco::Net::HTTPServerRequestImpl> request;
    try {
      request = std::make_unique<Poco::Net::HTTPServerRequestImpl>(response, session, params_.get());
    } catch (const Poco::Net::NoMessageException&) {
      return false;
    } catch (const Poco::Net::MessageException& e) {
      return refuse_head(response, head_refusal_status(e.message()),
                         both({"felaktigt huvud i begäran: " + e.message(), "malformed request head: " + e.message()}));
    }
    if (!is_http_request_line(request->getMethod(), request->getVersion())) {
      return refuse_head(response, HTTPResponse::HTTP_BAD_REQUEST, both({"ingen HTTP/1.x-begäran", "not an HTTP/1.x request"}));
    }
    response.setDate(Poco::Timestamp());
    response.setVersion(request->getVersion());
    response.setKeepAlive(may_keep_alive && request->getKeepAlive() && !parts_.load.others_waiting());
    if (request->getExpectContinue() && response.getStatus() == HTTPResponse::HTTP_OK) response.sendContinue();
    parts_.handler.handleRequest(*request, response);
    record(parts_,
           {request->getMethod(), request->getURI(), static_cast<int>(response.getStatus()),
            static_cast<std::uint64_t>(std::max<Poco::Int64>(response.getContentLength64(), 0)), since(start)},
           check_result_from_header(response.get("X-Jamkoll-Result", "")));
    return response.sent() && response.getKeepAlive();
  }

  bool refuse_head(Poco::Net::HTTPServerResponse& response, HttpStatus status, const std::string& message) {
    const std::string body = error_json(message);
    response.setVersion(HTTPResponse::HTTP_1_1);
    response.setKeepAlive(false);
    send_answer(response, status, "application/json; charset=utf-8", body);
    record(parts_, {"-", "-", static_cast<int>(status), body.size(), std::chrono::milliseconds(0)});
    return false;
  }

  ServiceParts parts_;
  Poco::Net::HTTPServerParams::Ptr params_;
};

}  // namespace

ServiceConnectionFactory::ServiceConnectionFactory(const ServiceParts& parts)
    : parts_(parts), params_(new Poco::Net::HTTPServerParams) {
  // Each receive of a body waits at most this long (store_body bounds the body as a whole).
  params_->setTimeout(Poco::Timespan(30, 0));
}

Poco::Net::TCPServerConnection* ServiceConnectionFactory::createConnection(const StreamSocket& socket) {
  return new ServiceConnection(socket, parts_, params_);
}

bool OverloadFilter::accept(const StreamSocket& socket) {
  if (!parts_.load.full()) return true;
  StreamSocket refused(socket);
  const std::string body = error_json(both({"upptagen: alla arbetare och hela kön är upptagna; försök igen om en stund",
                                            "busy: every worker and the whole queue are taken; try again shortly"}));
  const std::string answer = raw_json_response(HTTPResponse::HTTP_SERVICE_UNAVAILABLE, body,
                                               "Retry-After: " + std::to_string(kRetryAfterSeconds) + "\r\n");
  parts_.log.write({"-", "-", static_cast<int>(HTTPResponse::HTTP_SERVICE_UNAVAILABLE), body.size(), std::chrono::milliseconds(0)});
  parts_.stats.count_rejected();
  try {
    refused.setSendTimeout(Poco::Timespan(0, 100'000));
    refused.sendBytes(answer.data(), static_cast<int>(answer.size()));
  } catch (const Poco::Exception&) {
    return false;
  }
  // On the acceptor thread: only what has already come is drained, without waiting.
  drain_and_close(refused, Poco::Timespan(0));
  return false;
}

}  // namespace jamkoll
