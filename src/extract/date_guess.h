// A last-resort publication date for a page that marks none: the numeric date written most
// often anywhere in its markup (attributes, scripts, URLs, text), as date extractors do in their
// "extensive" search. A guess, used only when asked (ExtractOptions::date_fallback).
// Pure function over bytes; thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "extract/date_text.h"

namespace storyline {

// Counts the full numeric dates in `html`: "2019-11-01" (a time after it is ignored),
// "2019/11/01", "1.11.2019" / "01.11.2019" (day first) and "01-11-2019" (day first), each not
// glued to more digits, with a real day of a month of a year in [kMinDateYear, kMaxDateYear].
// Returns the day written most often, the earlier day on a tie; nullopt when there is none.
// Eight-digit runs ("20191101") are not counted: cache-busting build stamps look the same.
std::optional<LocalDate> GuessPageDate(std::string_view html);

}  // namespace storyline
