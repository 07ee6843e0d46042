// Calendar helpers: ISO 8601 parsing and formatting in UTC, without locale or time zone database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storyline {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int year, unsigned month, unsigned day);

// Parses "YYYY-MM-DD", "YYYY-MM-DDThh:mm[:ss[.fff]]" with "Z", "+hh:mm", "+hhmm" or no zone
// (taken as UTC); a space may replace "T". Returns Unix seconds, or nullopt when malformed or
// out of range (years 1900..2200).
std::optional<int64_t> ParseIso8601(std::string_view s);

// "2019-11-01T00:32:00Z".
std::string FormatIso8601(int64_t unix_seconds);

}  // namespace storyline
