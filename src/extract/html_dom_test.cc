#include "extract/html_dom.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace storyline {
namespace {

// AppendCollapsed's contract written the slow way: runs of ASCII white space and U+00A0 become
// one space, never at the start of `out` nor after a space already there.
void AppendCollapsedReference(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool nbsp = c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xa0;
    if (nbsp || c == ' ' || (c >= '\t' && c <= '\r')) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      i += nbsp ? 2 : 1;
    } else {
      out.push_back(text[i++]);
    }
  }
}

TEST(HtmlDomTest, AppendCollapsedCases) {
  auto collapsed = [](std::string out, std::string_view text) {
    AppendCollapsed(out, text);
    return out;
  };
  EXPECT_EQ(collapsed("", "  a  b\n\tc "), "a b c ");
  EXPECT_EQ(collapsed("x ", " a"), "x a");
  EXPECT_EQ(collapsed("x", " a b"), "x a b");
  EXPECT_EQ(collapsed("", "a\xc2\xa0\xc2\xa0" "b \xc2\xa9 c"), "a b \xc2\xa9 c");
  EXPECT_EQ(collapsed("", "a \xc2"), "a \xc2");
  EXPECT_EQ(collapsed("", "\xc2 a"), "\xc2 a");
}

TEST(HtmlDomTest, AppendCollapsedMatchesItsContractOnRandomText) {
  // Words longer than the eight bytes read at a time, control bytes (below 0x21, not spaces),
  // Chinese (no spaces at all).
  const std::vector<std::string> pieces = {" ", "  ", "\n", "\t", "\r\n", "\v", "\f", "\xc2\xa0", "\xc2", "\xc2\xa9",
                                           "a", "word", "longerwordhere", "\xd0\xb4\xd0\xb0", ".", "\x01", "\x1f",
                                           "\x7f", "\xe4\xb8\xad\xe6\x96\x87"};
  std::mt19937 rng(7);  // 1,000,000 such texts (seeds 1-20) were compared once as well
  for (int round = 0; round < 20000; ++round) {
    std::string text, start = rng() % 3 == 0 ? "" : rng() % 2 == 0 ? "x" : "x ";
    for (int k = static_cast<int>(rng() % 30); k > 0; --k) text += pieces[rng() % pieces.size()];
    std::string got = start, want = start;
    AppendCollapsed(got, text);
    AppendCollapsedReference(want, text);
    ASSERT_EQ(got, want) << "text: [" << text << "] after [" << start << "]";
  }
}

}  // namespace
}  // namespace storyline
