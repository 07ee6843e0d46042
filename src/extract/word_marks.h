// Which of a few fixed words occur in a string, in one pass: the class and id names that the
// metadata and main-text walks read on every element. Each position is compared only with the
// words whose first three bytes it holds (one table of bits per byte position), so that a
// common first letter costs three table reads, not a comparison per word.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace storyline {

template <std::size_t N>
class WordMarks {
  static_assert(N <= 32, "marks are bits of a uint32_t");

 public:
  // `words`: bytes compared as they are (lower case for the lower-cased names), 3 bytes or more.
  consteval explicit WordMarks(const std::array<std::string_view, N>& words) : words_(words) {
    for (std::size_t k = 0; k < N; ++k) {
      if (words[k].size() < 3) throw "a mark word needs at least three bytes";
      if (words[k].size() < min_size_) min_size_ = words[k].size();
      for (std::size_t b = 0; b < 3; ++b) bytes_[b][static_cast<unsigned char>(words[k][b])] |= 1u << k;
    }
  }

  // Bit k set when words[k] occurs in `s`.
  uint32_t In(std::string_view s) const {
    uint32_t found = 0;
    if (s.size() < min_size_) return found;
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i + min_size_ <= s.size(); ++i) {
      uint32_t candidates = bytes_[0][u[i]] & bytes_[1][u[i + 1]] & bytes_[2][u[i + 2]] & ~found;
      while (candidates != 0) {
        const int k = __builtin_ctz(candidates);
        candidates &= candidates - 1;
        const std::string_view word = words_[k];
        if (s.size() - i >= word.size() && s.substr(i + 3, word.size() - 3) == word.substr(3)) found |= 1u << k;
      }
    }
    return found;
  }

 private:
  std::array<std::string_view, N> words_;
  std::size_t min_size_ = SIZE_MAX;
  std::array<std::array<uint32_t, 256>, 3> bytes_{};
};

}  // namespace storyline
