// Clock: the injected source of "now". Production uses SystemClock; tests use FakeClock.
#pragma once

#include <chrono>
#include <cstdint>

namespace storyline {

class Clock {
 public:
  virtual ~Clock() = default;
  // Wall time, Unix seconds, UTC.
  virtual int64_t NowSeconds() const = 0;
  // Monotonic time in seconds (for rates and progress), arbitrary origin.
  virtual double MonotonicSeconds() const = 0;
};

class SystemClock final : public Clock {
 public:
  int64_t NowSeconds() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
  double MonotonicSeconds() const override {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
};

// A clock the test moves by hand. Not thread safe.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(int64_t now = 0) : now_(now) {}
  int64_t NowSeconds() const override { return now_; }
  double MonotonicSeconds() const override { return mono_; }
  void Advance(double seconds) {
    mono_ += seconds;
    now_ += static_cast<int64_t>(seconds);
  }

 private:
  int64_t now_;
  double mono_ = 0;
};

}  // namespace storyline
