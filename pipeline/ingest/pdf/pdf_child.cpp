#include "ingest/pdf/pdf_child.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "ingest/pdf/pdf_blocks_codec.h"

extern char** environ;

namespace jamkoll {
namespace {

// A child that dies before reading all its input would raise SIGPIPE on the next write and end
// jamkoll with it; the write should fail with EPIPE instead.
void ignore_sigpipe() {
  static std::once_flag once;
  std::call_once(once, [] { ::signal(SIGPIPE, SIG_IGN); });
}

class Pipe {
 public:
  Pipe() {
    if (::pipe2(fds_, O_CLOEXEC) != 0) fds_[0] = fds_[1] = -1;
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  bool ok() const { return fds_[0] >= 0; }
  int read_end() const { return fds_[0]; }
  int write_end() const { return fds_[1]; }
  void close_read() { close_fd(fds_[0]); }
  void close_write() { close_fd(fds_[1]); }

 private:
  static void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  int fds_[2] = {-1, -1};
};

struct ChildOutput {
  std::string bytes;
  bool complete = false;  // the child closed its output
  bool timed_out = false;
  bool too_much = false;
};

// The child is killed unless it finished its output, and always waited for: no process outlives
// the file it was started for, whatever path (an error, an exception) leaves the function.
class ChildProcess {
 public:
  explicit ChildProcess(pid_t pid) : pid_(pid) {}
  ~ChildProcess() {
    if (!waited_) {
      ::kill(pid_, SIGKILL);
      wait();
    }
  }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  int wait() {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    waited_ = true;
    return status;
  }
  void kill() { ::kill(pid_, SIGKILL); }

 private:
  pid_t pid_;
  bool waited_ = false;
};

// Feeds `input` to the child's stdin while collecting its stdout, until it closes stdout, the
// deadline passes or it writes more than `max_output`.
ChildOutput exchange(Pipe& to_child, Pipe& from_child, std::string_view input, std::size_t max_output,
                     std::chrono::steady_clock::time_point deadline) {
  ChildOutput out;
  ::fcntl(to_child.write_end(), F_SETFL, O_NONBLOCK);
  std::size_t written = 0;
  if (input.empty()) to_child.close_write();
  char buffer[65536];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      out.timed_out = true;
      return out;
    }
    pollfd fds[2] = {{from_child.read_end(), POLLIN, 0}, {to_child.write_end(), POLLOUT, 0}};
    const nfds_t count = to_child.write_end() >= 0 ? 2 : 1;
    if (::poll(fds, count, static_cast<int>(std::min<long long>(left.count(), 1000))) < 0 && errno != EINTR) return out;
    if (count == 2 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t n = ::write(to_child.write_end(), input.data() + written, std::min<std::size_t>(input.size() - written, 65536));
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 && errno != EAGAIN && errno != EINTR) written = input.size();  // the child stopped reading
      if (written == input.size()) to_child.close_write();
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      const ssize_t n = ::read(from_child.read_end(), buffer, sizeof buffer);
      if (n == 0) {
        out.complete = true;
        return out;
      }
      if (n > 0) out.bytes.append(buffer, static_cast<std::size_t>(n));
      if (n < 0 && errno != EAGAIN && errno != EINTR) return out;
      if (out.bytes.size() > max_output) {
        out.too_much = true;
        return out;
      }
    }
  }
}

}  // namespace

Outcome<PdfBlocks> read_pdf_blocks_in_child(std::string_view bytes, const ReadLimits& limits) {
  ignore_sigpipe();
  Pipe to_child, from_child;
  if (!to_child.ok() || !from_child.ok()) return Failure::internal_error("cannot create a pipe for the PDF reader");
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  ::posix_spawn_file_actions_adddup2(&actions, to_child.read_end(), STDIN_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, from_child.write_end(), STDOUT_FILENO);
  // Whatever poppler or the C++ runtime print is not jamkoll's output.
  ::posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  // The child starts with default signals, whatever this thread blocks or ignores (serve blocks
  // SIGINT/SIGTERM; SIGPIPE is ignored above).
  posix_spawnattr_t attributes;
  ::posix_spawnattr_init(&attributes);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (int sig : {SIGPIPE, SIGINT, SIGTERM}) sigaddset(&defaults, sig);
  ::posix_spawnattr_setsigmask(&attributes, &none);
  ::posix_spawnattr_setsigdefault(&attributes, &defaults);
  ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  const std::string max_text = std::to_string(limits.max_total_unpacked_bytes);
  std::vector<std::string> args = {limits.pdf_helper, "__pdf-content", "--max-text-bytes", max_text};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, limits.pdf_helper.c_str(), &actions, &attributes, argv.data(), environ);
  ::posix_spawn_file_actions_destroy(&actions);
  ::posix_spawnattr_destroy(&attributes);
  if (spawned != 0) return Failure::internal_error("cannot start the PDF reader " + limits.pdf_helper);
  ChildProcess child(pid);
  to_child.close_read();
  from_child.close_write();

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.pdf_timeout_seconds);
  // Blocks carry the text plus a few fields each: twice the text limit is a generous backstop
  // (the child itself refuses more text than the limit).
  const ChildOutput output = exchange(to_child, from_child, bytes, 2 * limits.max_total_unpacked_bytes + (1u << 20), deadline);
  if (!output.complete) child.kill();
  from_child.close_read();
  const int status = child.wait();
  if (output.timed_out) {
    return Failure::timeout("reading the PDF took longer than " + std::to_string(limits.pdf_timeout_seconds) +
                                  " s (--pdf-timeout)");
  }
  if (output.too_much) return Failure::too_large("the PDF holds more text than --max-unpacked-size allows");
  if (WIFSIGNALED(status)) {
    return Failure::corrupt_pdf("the PDF reader (poppler) crashed on this file (signal " +
                                      std::to_string(WTERMSIG(status)) + "): it is damaged, or built to do harm");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !output.complete) {
    return Failure::internal_error("the PDF reader stopped with exit code " + std::to_string(WEXITSTATUS(status)));
  }
  return decode_pdf_blocks(output.bytes);
}

}  // namespace jamkoll
