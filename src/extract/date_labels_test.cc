#include "extract/date_labels.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace storyline {
namespace {

std::string Day(const std::optional<LocalDate>& d) {
  if (!d) return "none";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
  return buf;
}

TEST(DateLabels, FindsLabelsInEitherCase) {
  std::size_t size = 0;
  EXPECT_EQ(FindPublishedLabel("Text. PUBLISHED: 3 May 2021", 0, &size), 6u);
  EXPECT_EQ(size, 9u);
  EXPECT_EQ(FindPublishedLabel("Erschienen am 01.11.2023", 0, &size), 0u);
  EXPECT_EQ(FindPublishedLabel("nothing here", 0, &size), std::string_view::npos);
  EXPECT_EQ(FindPublishedLabel("", 0, &size), std::string_view::npos);
  EXPECT_EQ(FindPublishedLabel("p", 0, &size), std::string_view::npos) << "one byte: no pair to look up";
  EXPECT_EQ(FindPublishedLabel("publishe", 0, &size), std::string_view::npos) << "cut short at the end";
  EXPECT_EQ(FindPublishedLabel("published published", 1, &size), 10u) << "searches from `from`";
}

TEST(DateLabels, TheEarliestLabelFollowedByADateWins) {
  // The update comes first; the labelled publication after it is the answer.
  EXPECT_EQ(Day(LabelledPublicationDate(
                "Letzte \xc3\x84nderung: 31.10.2023 Erschienen am: 01.11.2023")),
            "2023-11-01");
  // A label with no date after it is passed over for the next one.
  EXPECT_EQ(Day(LabelledPublicationDate("Published by our desk. Published on 3 May 2021")),
            "2021-05-03");
  // Too far after the label: not its date.
  EXPECT_EQ(Day(LabelledPublicationDate("Published in the print edition of 3 May 2021")), "none");
  EXPECT_EQ(Day(LabelledPublicationDate(
                "\xd0\x9e\xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0"
                "\xd0\xbd\xd0\xbe: 7 \xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f 2020")),
            "2020-06-07");
  EXPECT_EQ(Day(LabelledPublicationDate("")), "none");
  EXPECT_EQ(Day(LabelledPublicationDate("\xff\xfe published \xff")), "none") << "invalid UTF-8";
}

}  // namespace
}  // namespace storyline
