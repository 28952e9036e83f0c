// The HTTP service for automation (Poco::Net::HTTPServer):
//   GET  /health                       → 200 {"status": "ok", "rulepack": …}
//   POST /check?name=utkast.docx&format=json|jsonl|html|text|csv|matrix-csv|junit&lang=sv|en
//        body: the draft's bytes       → 200 the report; 422 with the report's error entry when the
//                                        draft cannot be read
// Every other answer is a JSON error {"status": "error", "error": "…"} with a correct reason
// phrase: 400 bad query or a body broken off, 404/405, 408 body not received within
// `body_deadline`, 411 a POST with neither Content-Length nor Transfer-Encoding (an empty body by
// RFC 9112, answered at once instead of waiting for the socket timeout), 413 above the upload
// limit (declared or counted while read: chunked uploads have no length), 415 a form upload
// (multipart), 500 when the upload cannot be stored. A connection whose body was not read to its
// end is closed after the answer.
// Header X-Jamkoll-Result: complete | gaps | error, mirroring check's exit codes 0 / 1 / 2.
// Uploads are stored by UploadFile (upload_file.h): a fresh mkdtemp directory (0700) per request
// with a fixed inner name (0600), removed on every path; `name` only lends its extension and the
// report's path, never a place on disk.
//
// Thread-safety: start()/stop() from one thread; requests are served on Poco's worker threads.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "app/command_options.h"
#include "judge/judge.h"

namespace Poco::Net {
class HTTPServer;
}

namespace jamkoll {

struct ServiceSettings {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (tests)
  std::uint64_t max_upload_bytes = 32ull << 20;
  int threads = 4;
  // The whole body must arrive within this time (32 MiB at about 2 Mbit/s); a client trickling
  // bytes cannot hold a worker longer.
  std::chrono::milliseconds body_deadline{std::chrono::seconds(120)};
  // Where the private upload directories are made; empty: the system temp directory (TMPDIR).
  std::filesystem::path upload_parent;
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

 private:
  ServiceSettings settings_;
  std::shared_ptr<const Judge> judge_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace jamkoll
