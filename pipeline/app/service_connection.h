// One client connection of the HTTP service (check_service.h), run on a worker of Poco's
// TCPServer in place of Poco's HTTPServerConnection, whose worker stays with an idle keep-alive
// connection for the whole keep-alive timeout (four idle clients stalled a 4-worker service 15 s).
// Here a connection waits for each request head itself, in short slices, and:
//   - gives its worker back as soon as it is idle while another client waits (ServiceLoad),
//     and answers with "Connection: close" while others wait, so workers rotate;
//   - closes after `keep_alive_timeout` idle (`first_request_timeout` before its first request);
//   - answers 431 to a head above kMaxHeadBytes, 408 to a head not complete within
//     `head_deadline` of its first byte (1 s while others wait), 400 / 431 to a head Poco's parser
//     refuses; a client that closes after part of a head frees its worker at once;
// and hands every parsed request to the service's one handler. Every answer is logged (AccessLog)
// and counted (ServiceStats).
// OverloadFilter answers 503 with Retry-After, on the acceptor thread, to a connection beyond the
// workers and the queue.
//
// Thread-safety: one ServiceConnection per connection and thread; the handler must be callable
// from several threads at once.
// Tests: through the in-process service in tests/app/check_service_test.cpp (keep-alive, Connection: close)
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include "app/access_log.h"
#include "app/check_service.h"
#include "app/service_load.h"
#include "app/service_stats.h"

namespace jamkoll {

// Seconds a refused client is asked to wait (Retry-After of the 503).
constexpr int kRetryAfterSeconds = 2;

// What every connection works with. All references must outlive the server.
struct ServiceParts {
  const ServiceSettings& settings;
  ServiceLoad& load;
  AccessLog& log;
  ServiceStats& stats;
  Poco::Net::HTTPRequestHandler& handler;
};

class ServiceConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
 public:
  explicit ServiceConnectionFactory(const ServiceParts& parts);
  Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override;

 private:
  ServiceParts parts_;
  Poco::Net::HTTPServerParams::Ptr params_;
};

class OverloadFilter : public Poco::Net::TCPServerConnectionFilter {
 public:
  explicit OverloadFilter(const ServiceParts& parts) : parts_(parts) {}
  bool accept(const Poco::Net::StreamSocket& socket) override;

 private:
  ServiceParts parts_;
};

}  // namespace jamkoll
