// How busy the HTTP service (check_service.h) is, shared by the acceptor and the worker threads:
// connections being served, connections waiting in Poco's queue, and the sockets being served so
// that stop() can end them. It decides the two questions of overload:
//   full()            a new connection finds every worker and the whole queue taken → 503
//   others_waiting()  every worker is taken and a client waits → an idle keep-alive connection
//                     gives its worker back (so idle clients cannot hold the service)
//
// Thread-safety: every member may be called from any thread. REQUIRES: attach() before the
// server starts.
// Tests: through the in-process service in tests/app/check_service_test.cpp (503 when workers and queue are full)
#pragma once

#include <atomic>
#include <mutex>
#include <set>

namespace Poco::Net {
class StreamSocket;
class TCPServer;
}  // namespace Poco::Net

namespace jamkoll {

class ServiceLoad {
 public:
  ServiceLoad(int workers, int max_queued) : workers_(workers), max_queued_(max_queued) {}
  ServiceLoad(const ServiceLoad&) = delete;
  ServiceLoad& operator=(const ServiceLoad&) = delete;

  void attach(const Poco::Net::TCPServer* server) { server_ = server; }

  bool full() const;
  bool others_waiting() const;
  int active() const { return active_.load(); }
  int queued() const;

  // A served connection registers for as long as it runs (ServiceConnection does).
  void begin(Poco::Net::StreamSocket& socket);
  void end(Poco::Net::StreamSocket& socket);

  // From now on connections stop at their next wait; the ones reading are cut off (their sockets
  // shut down) so that stop() does not wait for a slow client.
  void stop_all();
  bool stopping() const { return stopping_.load(); }

 private:
  const int workers_;
  const int max_queued_;
  const Poco::Net::TCPServer* server_ = nullptr;
  std::atomic<int> active_{0};
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::set<Poco::Net::StreamSocket*> sockets_;  // guarded by mutex_
};

}  // namespace jamkoll
