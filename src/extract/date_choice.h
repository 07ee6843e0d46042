// Choosing a page's publication date among the candidates the metadata walk collects
// (html_metadata.cc): how far each source is trusted, the day/month reading of ambiguous
// numeric dates, and the choice against the date shown under the headline.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/date_text.h"

namespace storyline {

// How much a date candidate is believed: lower wins; equal ranks keep document order.
enum DateRank : int {
  kRankUrl = 0,            // /2019/11/01/ in the canonical URL: editors rarely move it
  kRankPublishedMeta = 1,  // article:published_time and its synonyms, datePublished
  kRankJsonLd = 2,         // JSON-LD datePublished of an Article-like object
  kRankPublishedElement = 3,  // itemprop=datePublished, <time pubdate>, class "published"
  kRankOtherJsonLd = 4,    // JSON-LD datePublished of another type
  kRankDateline = 5,       // visible text of an element named like a date, by the headline
  kRankTime = 6,           // any other <time>
  // dc.date, date, pubdate, dcterms.*: CMSs fill these with the last save as often as with the
  // publication, so a date the page shows in a date-named element or <time> goes first.
  kRankGenericMeta = 7,
  kRankTextAfterH1 = 8,    // the first date in the visible text after the headline
  kRankModified = 9,       // modification dates: better than none for a story window
  kRankPageText = 10,      // the first date anywhere in the page's visible text
};

struct DateCandidate {
  int rank;
  std::string source;  // e.g. "meta:article:published_time", "json-ld", "url", "text"
  LocalDate date;
};

bool SameDay(const LocalDate& a, const LocalDate& b);

// Whether any candidate ranks better (lower) than `rank`.
bool HasRankBelow(const std::vector<DateCandidate>& dates, int rank);

// A numeric date that reads either way ("09.10.2024", "8/1/2025") takes the month-first reading
// when that is the day of an unambiguous date of the same page (an ISO time in the metadata, a
// <time datetime>) and the day-first reading is the day of none: the page writes the month first.
void ResolveDayMonth(std::vector<DateCandidate>& dates, std::optional<LocalDate>& shown);

// The best-ranked candidate, unless the page shows a date under its headline that another
// candidate names too: then the best-ranked of those, since metadata disagreeing with the shown
// date is mostly a re-publication, a UTC time a day off the local one, or another article's
// date. A shown date that a modification date names is the update, not the publication: the
// ranks decide then. (html_metadata.cc's LabelCouldBeChosen follows these rules and
// ResolveDayMonth's: change them together.)
const DateCandidate* BestDate(const std::vector<DateCandidate>& dates, const std::optional<LocalDate>& shown);

}  // namespace storyline
