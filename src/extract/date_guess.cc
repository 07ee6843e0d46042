#include "extract/date_guess.h"

#include <cstdint>
#include <unordered_map>

namespace storyline {
namespace {

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool RealDay(int y, int m, int d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < kMinDateYear || y > kMaxDateYear || m < 1 || m > 12 || d < 1) return false;
  return d <= kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
}

// The number made of the `n` digits at s[i..i+n), or -1 when one of them is not a digit.
int DigitsAt(std::string_view s, std::size_t i, std::size_t n) {
  if (i + n > s.size()) return -1;
  int v = 0;
  for (std::size_t k = i; k < i + n; ++k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (!IsDigit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool DigitAt(std::string_view s, std::size_t i) {
  return i < s.size() && IsDigit(static_cast<unsigned char>(s[i]));
}

// The date starting at s[i] (a digit not preceded by one), and the bytes it takes.
struct Read {
  int y = 0, m = 0, d = 0;
  std::size_t size = 0;
};

std::optional<Read> ReadDateAt(std::string_view s, std::size_t i) {
  // Year first: "2019-11-01", "2019/11/01".
  if (int y = DigitsAt(s, i, 4); y >= 0 && i + 10 <= s.size()) {
    const char sep = s[i + 4];
    if ((sep == '-' || sep == '/') && s[i + 7] == sep) {
      const int m = DigitsAt(s, i + 5, 2), d = DigitsAt(s, i + 8, 2);
      if (m >= 0 && d >= 0 && !DigitAt(s, i + 10) && RealDay(y, m, d)) return Read{y, m, d, 10};
    }
  }
  // Day first: "1.11.2019", "01.11.2019", "01-11-2019".
  for (std::size_t day_digits = 1; day_digits <= 2; ++day_digits) {
    const int d = DigitsAt(s, i, day_digits);
    if (d < 0 || i + day_digits >= s.size()) continue;
    const char sep = s[i + day_digits];
    if (sep != '.' && sep != '-') continue;
    if (sep == '-' && day_digits != 2) continue;  // "1-11-2019" reads too much like a range
    for (std::size_t month_digits = sep == '.' ? 1 : 2; month_digits <= 2; ++month_digits) {
      const std::size_t at = i + day_digits + 1;
      const int m = DigitsAt(s, at, month_digits);
      if (m < 0 || at + month_digits >= s.size() || s[at + month_digits] != sep) continue;
      const std::size_t year_at = at + month_digits + 1;
      const int y = DigitsAt(s, year_at, 4);
      if (y < 0 || DigitAt(s, year_at + 4) || !RealDay(y, m, d)) continue;
      return Read{y, m, d, year_at + 4 - i};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<LocalDate> GuessPageDate(std::string_view html) {
  std::unordered_map<int32_t, int> counts;  // yyyymmdd → times written
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (!IsDigit(static_cast<unsigned char>(html[i]))) continue;
    // A date starts a run of digits, not after a '.' (a version "1.2.3.2019" or a decimal).
    if (i > 0 && (IsDigit(static_cast<unsigned char>(html[i - 1])) || html[i - 1] == '.')) continue;
    if (std::optional<Read> r = ReadDateAt(html, i)) {
      ++counts[r->y * 10000 + r->m * 100 + r->d];
      i += r->size - 1;
    } else {
      while (i + 1 < html.size() && IsDigit(static_cast<unsigned char>(html[i + 1]))) ++i;
    }
  }
  int32_t best = 0;
  int best_count = 0;
  for (const auto& [day, n] : counts) {
    if (n > best_count || (n == best_count && day < best)) best = day, best_count = n;
  }
  if (best_count == 0) return std::nullopt;
  LocalDate date;
  date.year = best / 10000;
  date.month = best / 100 % 100;
  date.day = best % 100;
  return date;
}

}  // namespace storyline
