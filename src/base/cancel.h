// CancelToken: a flag that long work polls so that Ctrl-C (or a server shutdown) stops it cleanly.
// Thread safe: Cancel() may be called from a signal handler.
#pragma once

#include <atomic>

namespace storyline {

class CancelToken {
 public:
  void Cancel() { flag_.store(true, std::memory_order_relaxed); }
  bool cancelled() const { return flag_.load(std::memory_order_relaxed); }

 private:
  std::atomic<bool> flag_{false};
};

}  // namespace storyline
