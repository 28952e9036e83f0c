// The HTTP service for automation (Poco::Net::HTTPServer):
//   GET  /health                       → 200 {"status": "ok", "rulepack": …}
//   POST /check?name=utkast.docx&format=json|jsonl|html|text|csv|matrix-csv|junit&lang=sv|en
//        body: the draft's bytes       → 200 the report (422 when the draft cannot be read,
//                                        413 above the upload limit, 400 for a bad query)
// Header X-Jamkoll-Result: complete | gaps | error, mirroring check's exit codes 0 / 1 / 2.
// Uploads are counted while read (chunked uploads have no length) and written to a private
// temporary file that is removed afterwards; the name only lends its extension and the report's
// path, never a place on disk.
//
// Thread-safety: start()/stop() from one thread; requests are served on Poco's worker threads.
#pragma once

#include <cstdint>
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
  ReadOptions read;
};

class CheckService {
 public:
  CheckService(ServiceSettings settings, std::shared_ptr<const Judge> judge);
  ~CheckService();
  CheckService(const CheckService&) = delete;
  CheckService& operator=(const CheckService&) = delete;

  // Binds and starts serving; returns the port. Throws Poco::Exception when it cannot bind.
  unsigned short start();
  void stop();

 private:
  ServiceSettings settings_;
  std::shared_ptr<const Judge> judge_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace jamkoll
