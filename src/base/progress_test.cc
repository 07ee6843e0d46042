#include "base/progress.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace storyline {
namespace {

std::string ReadAll(std::FILE* f) {
  std::rewind(f);
  std::string out;
  char buf[256];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return out;
}

TEST(Progress, FormatLineShowsCountRateAndEta) {
  struct Case {
    size_t done, total;
    double elapsed;
    int width;
    const char* expected;
  };
  const Case cases[] = {
      // 50 of 200 in 10 s: 5/s, 150 left → 30 s.
      {50, 200, 10.0, 0, "load 50/200 articles (25%)  5.0/s  ETA 30s"},
      {50, 200, 10.0, 8, "load [##......] 50/200 articles (25%)  5.0/s  ETA 30s"},
      // Unknown total: no percentage, elapsed instead of ETA.
      {30, 0, 3.0, 8, "load 30 articles  10.0/s  elapsed 3s"},
      // Done: elapsed.
      {200, 200, 125.0, 0, "load 200/200 articles (100%)  1.6/s  elapsed 2m05s"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Progress::FormatLine("load", c.done, c.total, c.elapsed, "articles", c.width),
              c.expected);
  }
}

TEST(Progress, LinesModePrintsPeriodicallyNotPerTick) {
  std::FILE* f = std::tmpfile();
  FakeClock clock;
  ProgressOptions opts;
  opts.mode = ProgressOptions::Mode::kLines;
  opts.log_interval_s = 5.0;
  {
    Progress p(f, &clock, opts);
    p.Start("cluster", 100);
    for (int i = 0; i < 100; ++i) {
      clock.Advance(0.125);  // 12.5 s in all → lines at 5 s and 10 s
      p.Advance();
    }
    p.Finish();
  }
  const std::string out = ReadAll(f);
  std::fclose(f);
  size_t lines = 0;
  for (char c : out) lines += c == '\n';
  EXPECT_EQ(lines, 3u) << out;  // two periodic lines and the final one
  EXPECT_EQ(out.find('\r'), std::string::npos);
  EXPECT_NE(out.find("100/100 articles"), std::string::npos);
}

TEST(Progress, EachPhaseNamesWhatItCounts) {
  std::FILE* f = std::tmpfile();
  FakeClock clock;
  ProgressOptions opts;
  opts.mode = ProgressOptions::Mode::kLines;
  {
    Progress p(f, &clock, opts);
    p.Start("analysing", 3);
    p.Advance(3);
    p.Finish();
    p.Start("consolidating stories", 2, "stories");
    p.Advance(2);
    p.Finish();
  }
  const std::string out = ReadAll(f);
  std::fclose(f);
  EXPECT_NE(out.find("3/3 articles"), std::string::npos) << out;
  EXPECT_NE(out.find("2/2 stories"), std::string::npos) << out;
}

TEST(Progress, QuietPrintsNothing) {
  std::FILE* f = std::tmpfile();
  FakeClock clock;
  ProgressOptions opts;
  opts.mode = ProgressOptions::Mode::kQuiet;
  {
    Progress p(f, &clock, opts);
    p.Start("x", 10);
    clock.Advance(100);
    p.Advance(10);
    p.Finish();
  }
  EXPECT_EQ(ReadAll(f), "");
  std::fclose(f);
}

TEST(Progress, BarModeRedrawsInPlace) {
  std::FILE* f = std::tmpfile();
  FakeClock clock;
  ProgressOptions opts;
  opts.mode = ProgressOptions::Mode::kBar;
  {
    Progress p(f, &clock, opts);
    p.Start("x", 4);
    for (int i = 0; i < 4; ++i) {
      clock.Advance(1);
      p.Advance();
    }
    p.Finish();
  }
  const std::string out = ReadAll(f);
  std::fclose(f);
  EXPECT_NE(out.find("\r\x1b[2K"), std::string::npos);
  EXPECT_EQ(out.back(), '\n');
}

}  // namespace
}  // namespace storyline
