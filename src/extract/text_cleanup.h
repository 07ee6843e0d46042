// Plain-text scrapes: headline, inline date marker, chrome lines, paragraphs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storyline {

struct PlainTextParts {
  std::string title;               // the headline line, or "" when the text has none
  std::string text;                // paragraphs separated by "\n\n"
  std::optional<int64_t> published;  // from an inline date marker (DateSource::kText)
};

// Splits UTF-8 text into headline, date and paragraphs:
// - a line in the first 15 that is only a date ("2021-03-04", "date 2021-03-04",
//   "Date: 2021-03-04T10:00Z", "Published: …", "Дата: …") gives `published` and is removed;
// - the article is found among the page's chrome (menus, credits, teasers, footers: see
//   SelectArticleLines in text_scrape.h); its headline, when found there, is the title;
// - chrome lines (see IsChromeLine) are removed;
// - blank lines separate paragraphs; inside a block, a line is joined to the next with a space
//   when it looks hard-wrapped (40..100 characters, the next at most 100, no sentence-final
//   punctuation), else each line is its own paragraph;
// - else the first paragraph is the headline when it is one line under 150 characters, does not end
//   with a period and is followed by a longer paragraph.
PlainTextParts ExtractPlainText(std::string_view utf8);

// The time a date-marker line names, or nullopt when the line is not only a date marker.
std::optional<int64_t> ParseDateMarker(std::string_view line);

// True for a short line of page furniture, matched case-insensitively against a fixed list:
// "Advertisement", "Log in to comment", "Sign up for our newsletter", "Share this article",
// lines starting "Photo:", "Photo credit", "Read more:", "Related:", "Фото:", "Читайте также",
// "Реклама", and a line that is only a URL.
bool IsChromeLine(std::string_view line);

// True for a line that is a date and nothing more: the date (with its time of day) of
// FindDateInText, beside at most weekday names, a year word ("г.", "года", "r."), "am"/"pm",
// a time zone, "on"/"at" and punctuation ("28 ноября 2011 г.", "Tuesday, January 17, 2012",
// "04 Января 2012 14:11"). Lines of 60 bytes or more are not.
bool IsDateOnlyLine(std::string_view line);

// Number of Unicode code points in UTF-8 text.
std::size_t CodePointCount(std::string_view utf8);

}  // namespace storyline
