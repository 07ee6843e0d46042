// Temporal expressions: find dates, times, durations and sets in text and normalise them to
// TIMEX3 values (TimeML 1.2), in the spirit of HeidelTime. English and Russian rules.
//
// Contract:
// - Offsets are UTF-8 byte offsets into the text given; `text` is the matched substring.
// - `dct` is the document creation time, the anchor of relative expressions ("yesterday",
//   "on Thursday", "10 January"). Without it, relative values keep their unknown parts as X
//   ("XXXX-01-10", "XXXX-XX-XX"); references such as "now" still give PRESENT_REF.
// - Conventions follow TimeBank/TempEval-3 for English: "the" is part of the extent ("the third
//   quarter"), prepositions are not ("on Thursday" → "Thursday"); "in two weeks" gives the
//   DURATION "two weeks". Russian follows the same layout: "10 января 2019 года", "прошлом году",
//   "3 дня назад"; "через 3 дня" is a DATE at the unit's granularity (a day, "2019-W46" for weeks).
// - Weekdays, months and day-month dates without a year are resolved by tense: a past-tense verb
//   nearby → the latest one on or before the DCT, a future cue ("will", "будет") → the next one;
//   with no cue the news default is the most recent (weekdays) or the DCT's year (months).
// - Anaphors ("the next day", "the following month", "later that year", "на следующий день",
//   "в том же году") count from the date the text named last, from the DCT when it named none;
//   "a year earlier" in an earnings report is the quarter a year before the last quarter named.
// - Named days ("Thanksgiving Day", "Easter", "День Победы") get the year the tense allows
//   nearest the DCT, like "10 January"; "last Thanksgiving" the one before it.
// - Thread safety: TagTimex is a pure function over immutable tables; call it from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// A proleptic Gregorian calendar date.
struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

struct Timex {
  uint32_t begin = 0;  // byte offset of the first byte
  uint32_t end = 0;    // byte offset one past the last byte
  std::string text;    // text[begin, end)
  std::string type;    // DATE | TIME | DURATION | SET
  std::string value;   // TIMEX3 value: 2019-11-01, 2019-W44, 2019-11, XXXX-11-01, PRESENT_REF,
                       // P3D, 2019-11-01T15:30, 2019-Q3, 2019-SU, 199 (the 1990s), ...
};

// Finds the temporal expressions of `text`, in text order, never overlapping. `lang` is "en" or
// "ru"; any other value uses the English rules. Never fails: text without dates gives {}.
std::vector<Timex> TagTimex(std::string_view text, std::string_view lang,
                            std::optional<CivilDate> dct);

// "YYYY-MM-DD" → CivilDate; nullopt when malformed.
std::optional<CivilDate> ParseCivilDate(std::string_view s);

}  // namespace storyline
