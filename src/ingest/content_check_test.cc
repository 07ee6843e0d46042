#include "ingest/content_check.h"

#include <string>

#include <gtest/gtest.h>

namespace storyline {
namespace {

struct BinaryCase {
  std::string name;
  std::string bytes;
  bool binary;
};

TEST(LooksBinaryTest, Table) {
  const BinaryCase cases[] = {
      {"plain ascii", "Hello, world.\nSecond line.\r\n", false},
      {"utf8 cyrillic", "Привет, мир", false},
      {"cp1251 high bytes", "\xcf\xf0\xe8\xe2\xe5\xf2", false},
      {"nul byte", std::string("abc\0def", 7), true},
      {"many controls", "\x01\x02\x03\x04 text", true},
      {"one control in long text", "\x01" + std::string(100, 'a'), false},
      {"utf16le bom with nuls", std::string("\xff\xfeH\0i\0", 6), false},
      {"nul after 4 KB is not seen", std::string(5000, 'a') + std::string(1, '\0'), false},
  };
  for (const auto& c : cases) EXPECT_EQ(LooksBinary(c.bytes), c.binary) << c.name;
}

TEST(IsBlankTest, Table) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \t\r\n\f"));
  EXPECT_TRUE(IsBlank("\xef\xbb\xbf  \n"));
  EXPECT_FALSE(IsBlank("  x "));
  EXPECT_FALSE(IsBlank("\xd0\x90"));
}

}  // namespace
}  // namespace storyline
