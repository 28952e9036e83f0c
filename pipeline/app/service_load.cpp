#include "app/service_load.h"

#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/TCPServer.h>

namespace jamkoll {

int ServiceLoad::queued() const { return server_ ? server_->queuedConnections() : 0; }

bool ServiceLoad::full() const { return active() + queued() >= workers_ + max_queued_; }

bool ServiceLoad::others_waiting() const { return active() >= workers_ && queued() > 0; }

void ServiceLoad::begin(Poco::Net::StreamSocket& socket) {
  std::lock_guard lock(mutex_);
  sockets_.insert(&socket);
  ++active_;
}

void ServiceLoad::end(Poco::Net::StreamSocket& socket) {
  std::lock_guard lock(mutex_);
  sockets_.erase(&socket);
  --active_;
}

void ServiceLoad::stop_all() {
  stopping_ = true;
  std::lock_guard lock(mutex_);
  for (Poco::Net::StreamSocket* socket : sockets_) {
    try {
      socket->shutdown();
    } catch (const Poco::Exception&) {
      // Already closed by the client: nothing to cut off.
    }
  }
}

}  // namespace jamkoll
