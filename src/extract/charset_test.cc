#include "extract/charset.h"

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace storyline {
namespace {

using testing::ReadFixture;

struct DecodeCase {
  std::string file;
  bool is_html;
  std::string expected_substring;
};

TEST(DecodeToUtf8Test, Fixtures) {
  const DecodeCase cases[] = {
      {"cp1251_declared.html", true, "Администрация Самары в понедельник"},
      {"cp1251_undeclared.html", true, "Администрация Самары в понедельник"},
      {"cp1251_mislabelled.html", true, "Администрация Самары в понедельник"},
      {"koi8r.txt", false, "Сильный снегопад, начавшийся в четверг"},
      {"utf16le.txt", false, "Tram line extended to the airport\n"},
      {"utf16be.txt", false, "Tram line extended to the airport\n"},
      {"utf8_bom.txt", false, "Tram line extended to the airport\n"},
  };
  for (const auto& c : cases) {
    Result<std::string> r = DecodeToUtf8(ReadFixture(c.file), c.is_html);
    ASSERT_TRUE(r.ok()) << c.file << ": " << r.status().ToString();
    EXPECT_NE(r->find(c.expected_substring), std::string::npos) << c.file << ":\n" << r->substr(0, 400);
    EXPECT_TRUE(IsValidUtf8(*r)) << c.file;
    EXPECT_NE(r->substr(0, 3), "\xef\xbb\xbf") << c.file << ": BOM kept";
  }
}

TEST(DecodeToUtf8Test, InlineCases) {
  // "Привет" in windows-1251 declared by <meta charset>.
  std::string cp1251 = "<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
  EXPECT_EQ(*DecodeToUtf8(cp1251, true), "<meta charset=\"windows-1251\"><p>Привет</p>");
  // Valid UTF-8 wins over a (wrong) legacy declaration.
  std::string mislabelled = "<meta charset=\"windows-1251\"><p>Привет</p>";
  EXPECT_EQ(*DecodeToUtf8(mislabelled, true), mislabelled);
  // iso-8859-1 is decoded as windows-1252 (0x93/0x94 are curly quotes there).
  std::string latin = "<meta charset=iso-8859-1><p>\x93" "caf\xe9\x94</p>";
  EXPECT_EQ(*DecodeToUtf8(latin, true), "<meta charset=iso-8859-1><p>\xe2\x80\x9c" "caf\xc3\xa9\xe2\x80\x9d</p>");
  // One stray byte in long UTF-8 text is replaced, not a reason to re-detect the page.
  std::string mostly = std::string(20, 'x') + "Привет мир, как дела? Всё хорошо." + "\xff";
  Result<std::string> r = DecodeToUtf8(mostly, false);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->find("Привет мир"), 20u);
  EXPECT_TRUE(r->ends_with("\xef\xbf\xbd"));
  EXPECT_EQ(*DecodeToUtf8("plain ascii", false), "plain ascii");
}

TEST(SniffMetaCharsetTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"<meta charset=\"UTF-8\">", "utf-8"},
      {"<META CHARSET=windows-1251>", "windows-1251"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", "koi8-r"},
      {"<meta name=x content=y><meta charset='cp1251'/>", "cp1251"},
      {"<p>charset=utf-8 in text</p>", ""},
      {std::string(3000, ' ') + "<meta charset=utf-8>", ""},  // beyond the first 2 KB
  };
  for (const auto& [html, label] : cases) EXPECT_EQ(SniffMetaCharset(html), label) << html.substr(0, 80);
}

TEST(IsValidUtf8Test, Table) {
  EXPECT_TRUE(IsValidUtf8("ascii"));
  EXPECT_TRUE(IsValidUtf8("Ёлка €"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xd0"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xcf\xf0\xe8\xe2"));  // windows-1251
}

// Utf8AsIs reads a page in place exactly when it is well-formed UTF-8: random mixes of ASCII
// runs (shorter and longer than the bytes read at a time), good and broken sequences.
TEST(Utf8AsIsTest, AgreesWithIsValidUtf8OnRandomBytes) {
  const std::vector<std::string> pieces = {"a", "abcdefg", std::string(40, 'x'), "\xd0\xb4", "\xe2\x82\xac",
                                           "\xf0\x9f\x98\x80", "\xc0\xaf", "\xed\xa0\x80", "\xd0", "\xe2\x82",
                                           "\xf4\x90\x80\x80", "\x80", "\xff", " ", "\xce\xb1\xce\xb2"};
  std::mt19937 rng(5);
  for (int round = 0; round < 20000; ++round) {
    std::string text = "<";
    for (int k = static_cast<int>(rng() % 20); k > 0; --k) text += pieces[rng() % pieces.size()];
    ASSERT_EQ(Utf8AsIs(text).has_value(), IsValidUtf8(text)) << text;
  }
}

TEST(ConvertToUtf8Test, UnknownCharset) {
  Result<std::string> r = ConvertToUtf8("abc", "no-such-charset");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace storyline
