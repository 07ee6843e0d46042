// Named days of the year ("Christmas", "Thanksgiving Day", "Easter", "День Победы") as a timex
// rule shared by the English and Russian rules. Fixed days and movable feasts (the fourth
// Thursday of November, Western and Orthodox Easter) are computed for the year chosen.
#pragma once

#include <optional>

#include "digest/timex_rules.h"

namespace storyline::timex {

// "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Election Day", "last
// Thanksgiving", "Новый год", "Рождество", "Дня Победы", "Пасху". English names must be
// capitalised. The year: "last"/"next" → the one before/after the DCT; otherwise of the DCT's
// year and its neighbours the one nearest the DCT that the tense allows (as for "10 January").
std::optional<Found> NamedDay(const Ctx& c, size_t i);

// Gregorian date of Western (Orthodox when `orthodox`) Easter Sunday in `year`.
CivilDate EasterSunday(int year, bool orthodox);

}  // namespace storyline::timex
