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
  std::string_view site_name;  // og:site_name: a segment naming it is no part of a headline
  std::string_view host;       // the page's host ("www.example.com"), from og:url or canonical
};

// The visible <h1> when it is a sentence of kHeadlineWords words sharing a word with a
// metadata title, or when it agrees with the metadata title; else og:title > twitter:title >
// JSON-LD headline > <h1> > <title>, site suffix removed. Spaces collapsed.
std::string ChooseTitle(const TitleCandidates& c);

// "News of the day | Site" → "News of the day": removes one trailing " | x", " - x", " — x" or
// " – x" when the part kept is longer than the part removed.
std::string StripSiteSuffix(std::string_view title);

// "Coffee - University of Wisconsin-Stevens Point" → "Coffee" when the site is called so:
// removes every trailing (and one leading) " | x", " - x", " — x", " – x" whose x names the site
// (its og:site_name or one that begins with x, the host, or a label of the host),
// whatever their lengths. The title unchanged when nothing names the site or nothing would be left.
std::string StripSiteName(std::string_view title, std::string_view site_name, std::string_view host);

// Whether `segment` of a title or an author field names the site itself: its og:site_name (or
// a site name that begins with it: "Thrive Internet Marketing" of "… Agency"), the host
// ("Cooperativa.cl"), or a label of the host other than its last ("RenoFi" on www.renofi.com).
// Compared on lower-cased letters and digits; segments under three of them name nothing.
bool NamesSite(std::string_view segment, std::string_view site_name, std::string_view host);

// Runs of white space (ASCII and U+00A0) collapsed to one space, trimmed.
std::string CollapseSpaces(std::string_view s);

}  // namespace storyline
