// News filter for tgnews: decides whether an article is news at all.
//
// Heuristics, in order (the first that fires gives the reason):
//   1. too short: the body has fewer than `min_words` word tokens (numbers not counted);
//   2. the title matches a pattern of a non-news genre (case-insensitive, ASCII and Cyrillic,
//      "ё" read as "е"; title split into words at anything that is not a letter or digit):
//        how-to    — starting "how to", "how do i", "how do you", "как сделать", "как выбрать",
//                    "как приготовить", "как правильно", "что такое", ...; anywhere
//                    "step by step", "лайфхак*";
//        listicle  — starting "<number> best|ways|things|tips|reasons|rules|movies|...",
//                    "top <number>", "<number> лучших|способ*|причин*|правил*|...", "топ <number>";
//        recipe    — "recipe*", "рецепт*" anywhere;
//        horoscope — "horoscope*", "гороскоп*", "zodiac*", "знак* зодиака", "астролог*" anywhere;
//        puzzle    — "sudoku", "судоку", "crossword*", "кроссворд*" anywhere;
//        advert    — "купить", "скидк*", "промокод*", "распродаж*", "promo code", "coupon*",
//                    "buy now", "sponsored", "на правах рекламы" anywhere.
// ("*" = any word beginning with this.) Anchoring how-to and listicles at the title start keeps
// news such as "Ministers argue over how to fund pensions" and "10 killed as storm hits" in.
// The full list is kTitlePatterns in news_filter.cc.
// Thread safety: pure functions.
#pragma once

#include <cstddef>

#include "storyline/article.h"
#include "text/analyzer.h"

namespace storyline {

struct NewsFilterOptions {
  // Bodies with fewer word tokens (numbers excluded) are not news: teasers, captions, stubs.
  // Default 20: at 40, short wire notes ("Биржи США закрылись преимущественно в плюсе", a
  // police brief) were dropped although tgcontest-toloka's gold calls them news (tuning pools,
  // docs/QUALITY.md "Categories and the news filter").
  std::size_t min_words = 20;
};

enum class NotNewsReason { kNone, kTooShort, kHowTo, kListicle, kRecipe, kHoroscope, kPuzzle, kAdvert };

// "none" | "too short" | "how-to" | "listicle" | "recipe" | "horoscope" |
// "puzzle" | "advert".
const char* NotNewsReasonName(NotNewsReason reason);

// Why `article` (with its analysed body) is not news, or kNone when it is.
NotNewsReason CheckNews(const Article& article, const AnalyzedText& body,
                        const NewsFilterOptions& options = {});

// CheckNews(...) == NotNewsReason::kNone.
bool IsNews(const Article& article, const AnalyzedText& body,
            const NewsFilterOptions& options = {});

}  // namespace storyline
