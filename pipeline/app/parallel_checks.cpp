#include "app/parallel_checks.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace jamkoll {

void check_in_order(const std::vector<std::string>& files, unsigned jobs,
                    const std::function<DocumentResult(const std::string&)>& check,
                    const std::function<void(DocumentResult&)>& on_result_in_order) {
  std::vector<std::optional<DocumentResult>> done(files.size());
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      DocumentResult r = check(files[i]);
      std::lock_guard<std::mutex> lock(mutex);
      done[i] = std::move(r);
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  const unsigned n = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));
  for (unsigned t = 0; t < n; ++t) threads.emplace_back(worker);
  for (std::size_t i = 0; i < files.size(); ++i) {
    DocumentResult r;
    {
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] { return done[i].has_value(); });
      r = std::move(*done[i]);
      done[i].reset();
    }
    on_result_in_order(r);
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace jamkoll
