// Progress: a bar on a terminal, periodic log lines otherwise.
//
// On a TTY: one line redrawn in place ("\r\x1b[2K"), at most 10 times a second, with count,
// rate and ETA. Not a TTY (CI, pipes): a plain line every `log_interval_s` seconds and one at
// the end. Quiet: nothing. Thread safety: Advance() may be called from several threads; the
// drawing is serialised by a mutex.
#pragma once

#include <cstddef>
#include <cstdio>
#include <mutex>
#include <string>

#include "base/clock.h"

namespace storyline {

struct ProgressOptions {
  enum class Mode { kAuto, kBar, kLines, kQuiet };
  Mode mode = Mode::kAuto;      // kAuto: bar if the stream is a terminal, else lines
  double redraw_interval_s = 0.1;  // bar redraw throttle (seconds)
  double log_interval_s = 5.0;     // seconds between plain lines when not a terminal
  std::string unit = "articles";   // what is being counted
};

class Progress {
 public:
  // `out` is not owned and must outlive the Progress (stderr in production).
  Progress(std::FILE* out, const Clock* clock, ProgressOptions options);
  ~Progress();

  // Sets the label and the expected total (0: unknown, no ETA). `unit` names what this phase
  // counts ("stories"); empty: ProgressOptions::unit.
  void Start(const std::string& label, std::size_t total, const std::string& unit = "");
  void SetTotal(std::size_t total);
  void Advance(std::size_t n = 1);
  // Draws the final state and ends the bar line.
  void Finish();
  // Prints a message line without corrupting the bar (clears it, prints, redraws).
  void Message(const std::string& line);

  // "[#####.....]  512/1000 articles  230.5/s  ETA 2s", exposed for tests.
  static std::string FormatLine(const std::string& label, std::size_t done, std::size_t total,
                                double elapsed_s, const std::string& unit, int bar_width);

 private:
  void DrawLocked(bool force);
  bool bar_mode() const { return mode_ == ProgressOptions::Mode::kBar; }

  std::FILE* out_;
  const Clock* clock_;
  ProgressOptions options_;
  ProgressOptions::Mode mode_;
  std::mutex mu_;
  std::string label_;
  std::string unit_;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  double start_ = 0;
  double last_draw_ = -1e9;
  bool active_ = false;
  bool bar_drawn_ = false;
};

}  // namespace storyline
