#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace storyline {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
};

class NormalizeTextTest : public testing::TestWithParam<Case> {};

TEST_P(NormalizeTextTest, Normalizes) {
  const Case& c = GetParam();
  const std::string out = NormalizeText(c.input);
  EXPECT_EQ(out, c.expected) << c.name;
  EXPECT_TRUE(IsValidUtf8(out)) << c.name;
  EXPECT_EQ(NormalizeText(out), out) << c.name << ": not idempotent";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormalizeTextTest,
    testing::Values(
        Case{"empty", "", ""},
        Case{"ascii unchanged", "Stocks fell.", "Stocks fell."},
        Case{"invalid byte replaced", "a\xFF" "b", "a\xEF\xBF\xBD" "b"},
        Case{"truncated sequence replaced", "a\xD0", "a\xEF\xBF\xBD"},
        Case{"overlong replaced", "\xC0\xAFx", "\xEF\xBF\xBD\xEF\xBF\xBDx"},
        Case{"surrogate replaced once per maximal subpart", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        Case{"nfc composes e + combining acute", "caf" "e\xCC\x81", "caf\xC3\xA9"},
        Case{"spaces collapsed and trimmed", "  hello   world \t ", "hello world"},
        Case{"crlf to newline", "a\r\nb\rc", "a\nb\nc"},
        Case{"paragraph kept", "a\n\nb", "a\n\nb"},
        Case{"three newlines to paragraph", "a\n\n\n\nb", "a\n\nb"},
        Case{"blank lines with spaces", "a  \n   \n  \n b", "a\n\nb"},
        Case{"lines trimmed", " one \n two ", "one\ntwo"},
        Case{"leading and trailing newlines", "\n\n  text  \n\n", "text"},
        Case{"controls dropped", "a\x01" "b\x7F" "c", "abc"},
        Case{"c1 control read as windows-1252", "she\xC2\x92s \xC2\x93new\xC2\x94 \xC2\x97 now\xC2\x85",
             "she\u2019s \u201Cnew\u201D \u2014 now\u2026"},
        Case{"c1 control undefined in windows-1252 dropped", "a\xC2\x81" "b\xC2\x9D" "c", "abc"},
        Case{"nbsp and thin space are spaces", "a\xC2\xA0\xE2\x80\x89" "b", "a b"},
        Case{"bom and zero-width space dropped", "\xEF\xBB\xBFhel\xE2\x80\x8Blo", "hello"},
        Case{"mojibake cp1252 of Russian", "ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"},
        Case{"mojibake cp1251 of Russian", "РџСЂРёРІРµС‚", "Привет"},
        Case{"mojibake cp1252 with undefined byte 0x81", "Ð\xC5\x93Ð¾Ñ\xC2\x81ÐºÐ²Ð°", "Москва"},
        Case{"mojibake cp1251 with quotes and dash", "В«Р’С‹Р±РѕСЂС‹В» вЂ” 2019", "«Выборы» — 2019"},
        Case{"mojibake cp1252 of French", "CafÃ© crÃ¨me", "Café crème"},
        Case{"mojibake cp1252 apostrophe", "Itâ€™s late", "It’s late"},
        Case{"mojibake latin-1 apostrophe (C1 controls kept)", "A DIY Investor\xC3\xA2\xC2\x80\xC2\x99s Guide",
             "A DIY Investor’s Guide"},
        Case{"mojibake latin-1 of Russian", "\xC3\x90\xC2\x9F\xC3\x91\xC2\x80\xC3\x90\xC2\xB8", "При"},
        Case{"mojibake on one line only", "Привет мир\nÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет мир\nПривет"},
        Case{"double mojibake", "Ã\xC2\x90Å¸Ã\xE2\x80\x98â\xE2\x80\x9A¬", "П\xD1\x80"},
        // A page that mixes misread UTF-8 with real windows-1252 punctuation (DAnIEL nto.pl): the
        // closing quote has no UTF-8 reading and stays; before, the whole line was left misread.
        Case{"mojibake beside a real closing quote", "doprowadzi\u00C5\u201Aa do \u00C5\u0161l\u00C4\u2026ska\u201D)",
             "doprowadzi\u0142a do \u015Al\u0105ska\u201D)"},
        Case{"mojibake beside real umlauts", "T\u00F6te 200 Antinoke\u00C2\u00B4s Claws", "T\u00F6te 200 Antinoke\u00B4s Claws"}));

// Real text must come out exactly as it went in (it is already clean and NFC).
class UntouchedTextTest : public testing::TestWithParam<std::string> {};

TEST_P(UntouchedTextTest, Unchanged) { EXPECT_EQ(NormalizeText(GetParam()), GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Cases, UntouchedTextTest,
    testing::Values("Всё её «Сёмга» — Рябков заявил в понедельник.", "Её", "Сё", "С» №1", "Рё",
                    "Рівне, Січ, Сім років і їжак, євро, ґанок.",
                    "Le garçon a mangé à l’école « déjà » vu, où ça ?",
                    "Größe, Übermäßig, Straße: Änderung für Öl.", "Ðóra og Þór fóru í bæinn.",
                    "Ã bientôt", "«café»", "Ça va? Très bien.",
                    "Gdybym ja miała skrzydełka jak gąska, poleciałabym za tobą do Śląska”."));

TEST(NormalizeLineTest, CollapsesNewlines) {
  EXPECT_EQ(NormalizeLine("a\n\nb\nc"), "a b c");
  EXPECT_EQ(NormalizeLine("  x  \n\n\n y "), "x y");
  EXPECT_EQ(NormalizeLine(""), "");
  EXPECT_EQ(NormalizeLine("Привет\r\nмир"), "Привет мир");
}

TEST(IsValidUtf8Test, Table) {
  const struct {
    std::string text;
    bool valid;
  } cases[] = {
      {"", true},
      {"plain ascii text of more than eight bytes", true},
      {"Привет, мир", true},
      {"\xF0\x9F\x98\x80", true},            // U+1F600
      {"\xC3\x28", false},                   // bad continuation
      {"\xC0\xAF", false},                   // overlong '/'
      {"\xED\xA0\x80", false},               // surrogate
      {"\xF4\x90\x80\x80", false},           // above U+10FFFF
      {"abcdefgh\xE2\x82", false},           // truncated after the fast path
      {"\x80", false},                       // lone continuation
  };
  for (const auto& c : cases) EXPECT_EQ(IsValidUtf8(c.text), c.valid) << c.text;
}

}  // namespace
}  // namespace storyline
