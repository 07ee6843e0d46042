// Article metadata from an HTML tree: headline, publication time, URL, site, author.
#pragma once

#include <myhtml/api.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storyline {

struct HtmlMetadata {
  // Headline: og:title > twitter:title > JSON-LD headline > first <h1> > <title> without a site
  // suffix. Empty when none.
  std::string title;
  // Unix seconds: article:published_time > datePublished (meta/itemprop) > JSON-LD
  // datePublished > first <time datetime>; values ParseIso8601 rejects are skipped.
  std::optional<int64_t> published;
  std::string url;     // og:url > <link rel=canonical> (absolute http(s) only)
  std::string source;  // og:site_name > the URL's host without "www."
  std::string author;  // <meta name=author> > JSON-LD author name
};

// Reads the metadata of a parsed document. Never fails; absent fields stay empty.
HtmlMetadata ExtractHtmlMetadata(myhtml_tree_t* tree);

// "News of the day | Site" → "News of the day": removes one trailing " | x", " - x", " — x" or
// " – x" when the part kept is longer than the part removed.
std::string StripSiteSuffix(std::string_view title);

// "https://www.example.com:8080/a" → "example.com"; "" when not an http(s) URL.
std::string HostOf(std::string_view url);

}  // namespace storyline
