// A page's title: which of its headline candidates to show, with the site suffix removed.
// Pure functions over UTF-8; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace storyline {

// What a page offers as its title, each as written ("" when absent).
struct TitleCandidates {
  std::string_view og_title, twitter_title, ld_headline;
  std::string_view h1;         // the longest <h1> outside nav/footer/aside
  std::string_view title_tag;  // <title>
};

// The visible <h1> when it is a sentence of kHeadlineWords words sharing a word with a
// metadata title, or when it agrees with the metadata title; else og:title > twitter:title >
// JSON-LD headline > <h1> > <title>, site suffix removed. Spaces collapsed.
std::string ChooseTitle(const TitleCandidates& c);

// "News of the day | Site" → "News of the day": removes one trailing " | x", " - x", " — x" or
// " – x" when the part kept is longer than the part removed.
std::string StripSiteSuffix(std::string_view title);

// Runs of white space (ASCII and U+00A0) collapsed to one space, trimmed.
std::string CollapseSpaces(std::string_view s);

}  // namespace storyline
