#include "base/progress.h"

#include <unistd.h>

#include <cmath>

namespace storyline {
namespace {

std::string FormatDuration(double seconds) {
  char buf[32];
  long s = std::lround(seconds);
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, s / 60 % 60);
  } else if (s >= 60) {
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%lds", s);
  }
  return buf;
}

ProgressOptions::Mode ResolveMode(ProgressOptions::Mode mode, std::FILE* out) {
  if (mode != ProgressOptions::Mode::kAuto) return mode;
  return isatty(fileno(out)) ? ProgressOptions::Mode::kBar : ProgressOptions::Mode::kLines;
}

}  // namespace

Progress::Progress(std::FILE* out, const Clock* clock, ProgressOptions options)
    : out_(out), clock_(clock), options_(std::move(options)),
      mode_(ResolveMode(options_.mode, out)), unit_(options_.unit) {}

Progress::~Progress() {
  std::lock_guard<std::mutex> lock(mu_);
  if (bar_drawn_) std::fputc('\n', out_);
}

void Progress::Start(const std::string& label, std::size_t total, const std::string& unit) {
  std::lock_guard<std::mutex> lock(mu_);
  label_ = label;
  unit_ = unit.empty() ? options_.unit : unit;
  total_ = total;
  done_ = 0;
  start_ = clock_->MonotonicSeconds();
  last_draw_ = start_;  // first periodic line after one interval
  active_ = true;
}

void Progress::SetTotal(std::size_t total) {
  std::lock_guard<std::mutex> lock(mu_);
  total_ = total;
}

void Progress::Advance(std::size_t n) {
  std::lock_guard<std::mutex> lock(mu_);
  done_ += n;
  DrawLocked(false);
}

void Progress::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!active_) return;
  if (mode_ != ProgressOptions::Mode::kQuiet) DrawLocked(true);
  if (bar_drawn_) std::fputc('\n', out_);
  bar_drawn_ = false;
  active_ = false;
  std::fflush(out_);
}

void Progress::Message(const std::string& line) {
  std::lock_guard<std::mutex> lock(mu_);
  if (bar_drawn_) std::fputs("\r\x1b[2K", out_);
  std::fprintf(out_, "%s\n", line.c_str());
  if (bar_drawn_) DrawLocked(true);
  std::fflush(out_);
}

void Progress::DrawLocked(bool force) {
  if (!active_ || mode_ == ProgressOptions::Mode::kQuiet) return;
  const double now = clock_->MonotonicSeconds();
  const double interval = bar_mode() ? options_.redraw_interval_s : options_.log_interval_s;
  if (!force && now - last_draw_ < interval) return;
  last_draw_ = now;
  const std::string line =
      FormatLine(label_, done_, total_, now - start_, unit_, bar_mode() ? 24 : 0);
  if (bar_mode()) {
    std::fprintf(out_, "\r\x1b[2K%s", line.c_str());
    bar_drawn_ = true;
  } else {
    std::fprintf(out_, "%s\n", line.c_str());
  }
  std::fflush(out_);
}

std::string Progress::FormatLine(const std::string& label, std::size_t done, std::size_t total,
                                 double elapsed_s, const std::string& unit, int bar_width) {
  std::string line = label.empty() ? "" : label + " ";
  const double fraction = total > 0 ? std::min(1.0, static_cast<double>(done) / total) : 0.0;
  if (bar_width > 0 && total > 0) {
    const int filled = static_cast<int>(fraction * bar_width);
    line += "[" + std::string(filled, '#') + std::string(bar_width - filled, '.') + "] ";
  }
  char buf[160];
  const double rate = elapsed_s > 0 ? done / elapsed_s : 0.0;
  if (total > 0) {
    std::snprintf(buf, sizeof buf, "%zu/%zu %s (%.0f%%)  %.1f/s", done, total, unit.c_str(),
                  fraction * 100.0, rate);
  } else {
    std::snprintf(buf, sizeof buf, "%zu %s  %.1f/s", done, unit.c_str(), rate);
  }
  line += buf;
  if (total > 0 && rate > 0 && done < total) {
    line += "  ETA " + FormatDuration((total - done) / rate);
  } else {
    line += "  elapsed " + FormatDuration(elapsed_s);
  }
  return line;
}

}  // namespace storyline
