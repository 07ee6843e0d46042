#include "extract/date_guess.h"

#include <gtest/gtest.h>

#include <string>

namespace storyline {
namespace {

struct GuessCase {
  const char* name;
  std::string html;
  const char* want;  // "YYYY-MM-DD", or "" for no date
};

std::string Day(const std::optional<LocalDate>& d) { return d ? FormatLocalDate(*d) : ""; }

TEST(GuessPageDateTest, Table) {
  const GuessCase cases[] = {
      {"nothing", "<p>No dates here, only 42 and 2019.</p>", ""},
      {"iso in an attribute", "<span content=\"2022-01-28T12:45:46+00:00\"></span>", "2022-01-28"},
      {"day first with dots", "<dd>12.01.2017</dd>", "2017-01-12"},
      {"single-digit day and month", "<p>am 1.2.2018 erschienen</p>", "2018-02-01"},
      {"day first with dashes in a URL", "<link rel=\"canonical\" href=\"/meldungen/29-10-2021\">", "2021-10-29"},
      {"slashes year first", "<a href=\"/2019/11/01/story\">x</a>", "2019-11-01"},
      {"the most frequent wins",
       "<p>2020-03-18</p><p>2019-10-07</p><p>2020-03-18</p><p>18.03.2020</p>", "2020-03-18"},
      {"a tie goes to the earlier day", "<p>2021-05-02</p><p>2021-05-01</p>", "2021-05-01"},
      {"impossible days are not dates", "<p>2019-02-30 and 31.04.2019</p>", ""},
      {"leap day", "<p>29.02.2020</p>", "2020-02-29"},
      {"years out of range", "<p>1875-01-01 and 01.01.2099</p>", ""},
      {"glued to more digits", "<p>id=12019-11-01 and 2019-11-011</p>", ""},
      {"a version number is not a date", "<script src=\"lib-3.12.01.2017.js\"></script>", ""},
      {"eight digits alone are not counted", "<script src=\"app.js?v=20191101\"></script>", ""},
      {"one-digit day with dashes is left out", "<p>pages 1-11-2019</p>", ""},
      {"truncated at the end", "<p>2019-11-0", ""},
  };
  for (const GuessCase& c : cases) EXPECT_EQ(Day(GuessPageDate(c.html)), c.want) << c.name;
}

}  // namespace
}  // namespace storyline
