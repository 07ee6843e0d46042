// Page furniture in a scrape known by its repeated shape (internal to the extract stage): teaser
// cards (a headline, a summary, a time stamp, again and again), teasers under a heading of other
// stories, and readers' comment threads by their stamps. Each marks the lines' prose as chrome
// for the best-block choice (text_scrape.cc). Pure functions; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "extract/text_lines.h"

namespace storyline::scrape {

// Runs of at least three teaser or comment cards of one shape (see text_cards.cc).
void MarkTeaserCards(const std::vector<std::string_view>& lines, std::vector<LineInfo>& info);

// Headline and summary pairs right after a short heading that opens other content.
void MarkHeadedTeasers(const std::vector<std::string_view>& lines, std::vector<LineInfo>& info);

// The page's comment threads, when the best block holds three stamps or starts inside a long
// thread; true when it marked them (the block is then chosen again).
bool MarkCommentThreadsAround(const std::vector<std::string_view>& lines, std::vector<LineInfo>& info,
                              const Block& block);

}  // namespace storyline::scrape
