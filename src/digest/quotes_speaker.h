// Speaker names for attributions (quotes.h): the name inside a source span, pronouns resolved to
// the nearest preceding named person, surnames expanded to the fullest earlier mention.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "digest/quotes.h"
#include "digest/timex_tokens.h"

namespace storyline::quotes {

// Fills `Attribution::speaker` for `attributions` (sorted by cue offset) of `text`.
void ResolveSpeakers(std::string_view text, const std::vector<timex::Token>& tokens,
                     std::vector<Attribution>& attributions);

// A key under which inflected forms of one surname meet: lower case, a Russian case ending
// dropped ("Путина", "Путину" → "путин"; "Лаврова" → "лавров").
std::string SurnameKey(std::string_view lower_word);

}  // namespace storyline::quotes
