// The HTTP service for automation (Poco::Net::TCPServer with Poco's HTTP parser):
//   GET  /?lang=sv|en                  → 200 the page for people (service_page.h): choose or drop
//                                        drafts, see the verdicts, download reports and copies
//   GET  /health                       → 200 {"status": "ok", "tool", "rulepack" (id, version,
//                                        sha256), "uptime_seconds", "counts", …} (service_stats.h)
//   GET  /metrics                      → 200 the same counts in Prometheus text format
//   POST /check?name=utkast.docx&format=json|jsonl|html|text|csv|matrix-csv|junit&lang=sv|en
//        body: the draft's bytes, or a multipart/form-data form with one file (curl -F
//        file=@utkast.docx; its filename is the report's name unless `name` is given)
//                                      → 200 the report; 422 with the report's error entry when the
//                                        draft cannot be read
//   POST /annotate?name=utkast.docx&lang=sv|en, body as for /check (a DOCX or ODT)
//                                      → 200 the reviewed copy with the verdicts as comments
//                                        (annotated_copy.h; Content-Disposition: attachment;
//                                        filename="utkast.granskad.docx"); 422 + JSON error when
//                                        the draft cannot be read, 415 when it is no DOCX or ODT
// Every other answer is a JSON error {"status": "error", "error": "…"} with a correct reason
// phrase: 400 bad query, a body broken off or a malformed head, 404/405, 408 body not received
// within `body_deadline` or head not within `head_deadline`, 411 a POST with neither Content-Length nor Transfer-Encoding (an empty body by
// RFC 9112, answered at once instead of waiting for the socket timeout), 413 above the upload
// limit (declared or counted while read: chunked uploads have no length), 400 also a form with no file or
// two, 415 another multipart body (mixed, related), 431 a head above 32 KiB (or a field above Poco's limits), 500 when the upload
// cannot be stored, 503 + Retry-After when every worker and the queue are taken. A connection whose body was not read to its
// end is closed after the answer.
// Each answer is logged on stderr (access_log.h: method, path, status, bytes, ms; never the draft,
// the query or the name).
// Header X-Jamkoll-Result: complete | gaps | error, mirroring check's exit codes 0 / 1 / 2.
// Uploads are stored by UploadFile (upload_file.h): a fresh mkdtemp directory (0700) per request
// with a fixed inner name (0600), removed on every path; `name` only lends its extension and the
// report's path, never a place on disk.
//
// Connections are served by ServiceConnection (service_connection.h) on Poco's TCPServer: idle
// keep-alive connections give their worker back while others wait, so no client can hold the
// service.
//
// Thread-safety: start()/stop() from one thread; requests are served on Poco's worker threads.
// Tests: tests/app/check_service_test.cpp
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <memory>
#include <ostream>
#include <string>

#include "app/command_options.h"
#include "judge/judge.h"

namespace Poco {
class ThreadPool;
namespace Net {
class HTTPRequestHandler;
class TCPServer;
}  // namespace Net
}  // namespace Poco

namespace jamkoll {

class AccessLog;
class ServiceLoad;
class ServiceStats;

struct ServiceSettings {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (tests)
  std::uint64_t max_upload_bytes = 32ull << 20;
  int threads = 4;
  // Connections that may wait for a worker; one more is answered 503 with Retry-After.
  int max_queued = 64;
  // A connection that sends no request within this time is closed (at once while others wait).
  std::chrono::milliseconds first_request_timeout{std::chrono::seconds(10)};
  // An idle kept-alive connection is closed after this (at once while others wait). Poco's 15 s
  // let four idle clients stall the default four workers.
  std::chrono::milliseconds keep_alive_timeout{std::chrono::seconds(5)};
  // A request head must be complete this long after its first byte (a slow client, "slowloris").
  std::chrono::milliseconds head_deadline{std::chrono::seconds(10)};
  // The whole body must arrive within this time (32 MiB at about 2 Mbit/s); a client trickling
  // bytes cannot hold a worker longer.
  std::chrono::milliseconds body_deadline{std::chrono::seconds(120)};
  // And at this average rate once its grace is over (408 when it falls behind): a trickling client
  // gives its worker back after the grace, not after the whole deadline. While every worker is
  // taken and others wait, the stricter pair applies. A draft of a few hundred KiB arrives within
  // any grace; 8 KiB/s is a 64 kbit/s line.
  std::uint64_t min_body_bytes_per_second = 8 * 1024;
  std::chrono::milliseconds body_grace{std::chrono::seconds(10)};
  std::uint64_t busy_min_body_bytes_per_second = 64 * 1024;
  std::chrono::milliseconds busy_body_grace{std::chrono::seconds(2)};
  // Where the private upload directories are made; empty: the system temp directory (TMPDIR).
  std::filesystem::path upload_parent;
  // The access log (access_log.h), a line per request; nullptr: none (serve --quiet).
  std::ostream* access_log = &std::cerr;
  ReadOptions read;
};

class CheckService {
 public:
  CheckService(ServiceSettings settings, std::shared_ptr<const Judge> judge);
  ~CheckService();
  CheckService(const CheckService&) = delete;
  CheckService& operator=(const CheckService&) = delete;

  // Binds (SO_REUSEADDR, never SO_REUSEPORT: a port in use is an error, not shared) and starts
  // serving; returns the port. Throws Poco::Exception when it cannot bind (EADDRINUSE: the code()).
  unsigned short start();
  void stop();

  // Connections being served / waiting for a worker now (0 when stopped).
  int active_connections() const;
  int queued_connections() const;

 private:
  ServiceSettings settings_;
  std::shared_ptr<const Judge> judge_;
  std::unique_ptr<ServiceLoad> load_;
  std::unique_ptr<AccessLog> log_;
  std::unique_ptr<ServiceStats> stats_;
  std::unique_ptr<Poco::Net::HTTPRequestHandler> handler_;
  std::unique_ptr<Poco::ThreadPool> pool_;
  std::unique_ptr<Poco::Net::TCPServer> server_;
};

}  // namespace jamkoll
