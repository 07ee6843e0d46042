#include "digest/timex_lexicon.h"

#include <deque>
#include <string>
#include <unordered_map>

namespace storyline::timex {
namespace {

using Table = std::unordered_map<std::string_view, int>;

template <typename T>
std::optional<T> Find(const std::unordered_map<std::string_view, T>& table, std::string_view w) {
  auto it = table.find(w);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

// Russian month forms are built from a stem and the case endings that news text uses.
void AddRussianMonths(Table& t) {
  static const std::string kSoft[] = {"январ", "феврал", "апрел", "июн", "июл",
                                      "сентябр", "октябр", "ноябр", "декабр"};
  static const int kSoftNum[] = {1, 2, 4, 6, 7, 9, 10, 11, 12};
  static std::deque<std::string> storage;  // keeps the keys alive; a deque never moves them
  for (int i = 0; i < 9; ++i) {
    for (const char* e : {"ь", "я", "е", "ем", "ём"}) {
      storage.push_back(kSoft[i] + e);
      t.emplace(storage.back(), kSoftNum[i]);
    }
  }
  for (auto [stem, n] : {std::pair{"март", 3}, std::pair{"август", 8}}) {
    for (const char* e : {"", "а", "е", "ом"}) {
      storage.push_back(std::string(stem) + e);
      t.emplace(storage.back(), n);
    }
  }
  for (const char* f : {"май", "мая", "мае", "маем"}) t.emplace(f, 5);
}

const Table& Months() {
  static const Table table = [] {
    Table t = {{"january", 1},  {"jan", 1},     {"february", 2}, {"feb", 2},    {"march", 3},
               {"mar", 3},      {"april", 4},   {"apr", 4},      {"may", 5},    {"june", 6},
               {"jun", 6},      {"july", 7},    {"jul", 7},      {"august", 8}, {"aug", 8},
               {"september", 9}, {"sep", 9},    {"sept", 9},     {"october", 10}, {"oct", 10},
               {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12}};
    AddRussianMonths(t);
    return t;
  }();
  return table;
}

}  // namespace

std::optional<int> MonthNumber(std::string_view w) { return Find(Months(), w); }

std::optional<int> WeekdayNumber(std::string_view w) {
  static const Table table = {
      {"monday", 1},      {"mon", 1},        {"tuesday", 2},     {"tue", 2},     {"tues", 2},
      {"wednesday", 3},   {"wed", 3},        {"thursday", 4},    {"thu", 4},     {"thurs", 4},
      {"friday", 5},      {"fri", 5},        {"saturday", 6},    {"sat", 6},     {"sunday", 7},
      {"sun", 7},         {"понедельник", 1}, {"понедельника", 1}, {"вторник", 2}, {"вторника", 2},
      {"среда", 3},       {"среду", 3},      {"среды", 3},       {"четверг", 4}, {"четверга", 4},
      {"пятница", 5},     {"пятницу", 5},    {"пятницы", 5},     {"суббота", 6}, {"субботу", 6},
      {"субботы", 6},     {"воскресенье", 7}, {"воскресенья", 7}};
  return Find(table, w);
}

std::optional<Unit> UnitOf(std::string_view w) {
  static const std::unordered_map<std::string_view, Unit> table = {
      {"minute", Unit::kMinute}, {"minutes", Unit::kMinute}, {"hour", Unit::kHour},
      {"hours", Unit::kHour},    {"day", Unit::kDay},        {"days", Unit::kDay},
      {"week", Unit::kWeek},     {"weeks", Unit::kWeek},     {"weekend", Unit::kWeekend},
      {"month", Unit::kMonth},   {"months", Unit::kMonth},   {"quarter", Unit::kQuarter},
      {"quarters", Unit::kQuarter}, {"year", Unit::kYear},   {"years", Unit::kYear},
      {"decade", Unit::kDecade}, {"decades", Unit::kDecade}, {"century", Unit::kCentury},
      {"centuries", Unit::kCentury},
      {"минута", Unit::kMinute}, {"минуту", Unit::kMinute},  {"минуты", Unit::kMinute},
      {"минут", Unit::kMinute},  {"час", Unit::kHour},       {"часа", Unit::kHour},
      {"часов", Unit::kHour},    {"день", Unit::kDay},       {"дня", Unit::kDay},
      {"дней", Unit::kDay},      {"дни", Unit::kDay},        {"сутки", Unit::kDay},
      {"суток", Unit::kDay},     {"месяцы", Unit::kMonth},
      {"неделя", Unit::kWeek},   {"неделю", Unit::kWeek},    {"недели", Unit::kWeek},
      {"недель", Unit::kWeek},   {"неделе", Unit::kWeek},    {"выходные", Unit::kWeekend},
      {"выходных", Unit::kWeekend}, {"месяц", Unit::kMonth}, {"месяца", Unit::kMonth},
      {"месяцев", Unit::kMonth}, {"месяце", Unit::kMonth},   {"квартал", Unit::kQuarter},
      {"квартале", Unit::kQuarter}, {"квартала", Unit::kQuarter}, {"год", Unit::kYear},
      {"года", Unit::kYear},     {"лет", Unit::kYear},       {"году", Unit::kYear},
      {"годы", Unit::kYear},     {"годом", Unit::kYear},     {"десятилетие", Unit::kDecade},
      {"десятилетия", Unit::kDecade}, {"десятилетий", Unit::kDecade}, {"век", Unit::kCentury},
      {"века", Unit::kCentury},  {"веков", Unit::kCentury},  {"веке", Unit::kCentury}};
  return Find(table, w);
}

std::optional<int> NumberWord(std::string_view w) {
  static const Table table = {
      {"a", 1},         {"an", 1},        {"one", 1},       {"two", 2},       {"three", 3},
      {"four", 4},      {"five", 5},      {"six", 6},       {"seven", 7},     {"eight", 8},
      {"nine", 9},      {"ten", 10},      {"eleven", 11},   {"twelve", 12},   {"thirteen", 13},
      {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},   {"forty", 40},    {"fifty", 50},
      {"sixty", 60},    {"seventy", 70},  {"eighty", 80},   {"ninety", 90},   {"hundred", 100},
      {"один", 1},      {"одна", 1},      {"одну", 1},      {"одного", 1},    {"одной", 1},
      {"два", 2},       {"две", 2},       {"двух", 2},      {"три", 3},       {"трех", 3},
      {"четыре", 4},    {"четырех", 4},   {"пять", 5},      {"пяти", 5},      {"шесть", 6},
      {"шести", 6},     {"семь", 7},      {"семи", 7},      {"восемь", 8},    {"восьми", 8},
      {"девять", 9},    {"девяти", 9},    {"десять", 10},   {"десяти", 10},   {"двенадцать", 12},
      {"двенадцати", 12}, {"пятнадцать", 15}, {"двадцать", 20}, {"двадцати", 20},
      {"тридцать", 30}, {"тридцати", 30}, {"сорок", 40},    {"пятьдесят", 50}, {"сто", 100}};
  return Find(table, w);
}

std::optional<int> OrdinalWord(std::string_view w) {
  static const Table table = {
      {"first", 1},    {"second", 2},   {"third", 3},    {"fourth", 4},   {"1st", 1},
      {"первый", 1},   {"первом", 1},   {"первого", 1},  {"первая", 1},   {"первой", 1},
      {"второй", 2},   {"втором", 2},   {"второго", 2},  {"третий", 3},   {"третьем", 3},
      {"третьего", 3}, {"четвертый", 4}, {"четвертом", 4}, {"четвертого", 4}};
  return Find(table, w);
}

std::optional<int> SeasonIndex(std::string_view w) {
  static const Table table = {{"spring", 0}, {"summer", 1}, {"fall", 2},   {"autumn", 2},
                              {"winter", 3}, {"весной", 0}, {"летом", 1},  {"осенью", 2},
                              {"зимой", 3},  {"весна", 0},  {"лето", 1},   {"осень", 2},
                              {"зима", 3}};
  return Find(table, w);
}

std::optional<std::string_view> PartOfDay(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"},
      {"утром", "MO"},   {"днем", "AF"},      {"вечером", "EV"}, {"ночью", "NI"}};
  return Find(table, w);
}

std::string_view UnitLetter(Unit u) {
  switch (u) {
    case Unit::kMinute: return "M";
    case Unit::kHour: return "H";
    case Unit::kDay: return "D";
    case Unit::kWeek: return "W";
    case Unit::kWeekend: return "WE";
    case Unit::kMonth: return "M";
    case Unit::kQuarter: return "Q";
    case Unit::kYear: return "Y";
    case Unit::kDecade: return "DE";
    case Unit::kCentury: return "CE";
  }
  return "";
}

bool IsTimeUnit(Unit u) { return u == Unit::kMinute || u == Unit::kHour; }

}  // namespace storyline::timex
