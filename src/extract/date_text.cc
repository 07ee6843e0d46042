#include "extract/date_text.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "base/time_util.h"

namespace storyline {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int DigitsValue(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

std::optional<LocalDate> MakeDate(int y, int m, int d) {
  if (y < kMinDateYear || y > kMaxDateYear || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  LocalDate date;
  date.year = y, date.month = m, date.day = d;
  return date;
}

// Howard Hinnant's civil_from_days, the inverse of DaysFromCivil.
LocalDate CivilFromUnix(int64_t seconds) {
  int64_t z = (seconds >= 0 ? seconds : seconds - 86399) / 86400 + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  LocalDate d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  int64_t in_day = seconds - DaysFromCivil(d.year, d.month, d.day) * 86400;
  d.hour = static_cast<int>(in_day / 3600), d.minute = static_cast<int>(in_day / 60 % 60);
  d.second = static_cast<int>(in_day % 60);
  d.utc_offset_minutes = 0;
  return d;
}

// ---------------------------------------------------------------- month names

const std::unordered_map<std::string, int>& MonthNames() {
  static const auto* names = [] {
    auto* m = new std::unordered_map<std::string, int>;
    const std::vector<std::vector<std::string_view>> by_month = {
        {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
         "januari", "января", "январь", "янв", "січня", "січень", "січ", "stycznia", "styczeń", "sty", "ocak", "oca"},
        {"february", "feb", "februar", "février", "fevrier", "févr", "fév", "febrero", "febbraio", "fevereiro",
         "februari", "февраля", "февраль", "фев", "февр", "лютого", "лютий", "лют", "lutego", "luty", "lut", "şubat", "subat", "şub"},
        {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "maart", "mrt", "марта", "март", "мар",
         "березня", "березень", "бер", "marca", "marzec", "mart"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр", "квітня", "квітень", "квіт",
         "kwietnia", "kwiecień", "kwi", "nisan", "nis"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "мая", "май", "травня", "травень", "трав", "maja", "maj",
         "mayıs", "mayis", "may"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "июня", "июнь", "июн", "червня", "червень", "черв",
         "czerwca", "czerwiec", "cze", "haziran", "haz"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "июля", "июль", "июл", "липня",
         "липень", "лип", "lipca", "lipiec", "lip", "temmuz", "tem"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "августа", "август", "авг", "серпня",
         "серпень", "серп", "sierpnia", "sierpień", "sie", "ağustos", "agustos", "ağu"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
         "сентября", "сентябрь", "сен", "сент", "вересня", "вересень", "вер", "września", "wrzesień", "wrz", "eylül",
         "eylul", "eyl"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "октября",
         "октябрь", "окт", "жовтня", "жовтень", "жовт", "października", "październik", "paź", "ekim", "eki"},
        {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "нояб", "листопада",
         "листопад", "лист", "listopada", "listopad", "lis", "kasım", "kasim", "kas"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
         "dezembro", "декабря", "декабрь", "дек", "грудня", "грудень", "груд", "grudnia", "grudzień", "gru", "aralık",
         "aralik", "ara"},
    };
    for (std::size_t i = 0; i < by_month.size(); ++i) {
      for (std::string_view name : by_month[i]) m->emplace(std::string(name), static_cast<int>(i) + 1);
    }
    return m;
  }();
  return *names;
}

std::string FoldWord(std::string_view word) {
  std::string out;
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    out.resize(word.size());
    std::transform(word.begin(), word.end(), out.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
    return out;
  }
  icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))).toLower().toUTF8String(out);
  return out;
}

int MonthOf(std::string_view word) {
  if (word.size() < 3 || word.size() > 24) return 0;
  auto it = MonthNames().find(FoldWord(word));
  return it == MonthNames().end() ? 0 : it->second;
}

// ---------------------------------------------------------------- tokens

enum class Kind { kNum, kWord, kPunct };

struct Token {
  Kind kind;
  std::string_view text;
  bool space_before;
};

// U+00A0 and the general punctuation spaces count as white space.
std::size_t SpaceBytes(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xa0) return 2;
  if (c == 0xe2 && i + 2 < s.size() && s[i + 1] == '\x80' && static_cast<unsigned char>(s[i + 2]) <= 0x8b) return 3;
  return 0;
}

bool IsWordByte(char c) { return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  bool space = true;
  std::size_t i = 0;
  while (i < s.size()) {
    if (std::size_t n = SpaceBytes(s, i)) {
      i += n, space = true;
      continue;
    }
    std::size_t start = i;
    Kind kind = IsDigit(s[i]) ? Kind::kNum : IsWordByte(s[i]) ? Kind::kWord : Kind::kPunct;
    if (kind == Kind::kNum) {
      while (i < s.size() && IsDigit(s[i])) ++i;
    } else if (kind == Kind::kWord) {
      while (i < s.size() && IsWordByte(s[i]) && SpaceBytes(s, i) == 0) ++i;
    } else {
      ++i;
    }
    out.push_back({kind, s.substr(start, i - start), space});
    space = false;
  }
  return out;
}

// A cursor over tokens with the small matchers the date patterns are written in.
class Cursor {
 public:
  Cursor(const std::vector<Token>& t, std::size_t i) : t_(t), i_(i) {}
  std::size_t pos() const { return i_; }
  const Token* Peek() const { return i_ < t_.size() ? &t_[i_] : nullptr; }
  // A number of min..max digits; its value, or -1 (the cursor does not move then).
  int Num(std::size_t min_digits, std::size_t max_digits, bool allow_space = true) {
    const Token* t = Peek();
    if (t == nullptr || t->kind != Kind::kNum || t->text.size() < min_digits || t->text.size() > max_digits) return -1;
    if (!allow_space && t->space_before) return -1;
    ++i_;
    return DigitsValue(t->text);
  }
  bool Punct(char c, bool allow_space = true) {
    const Token* t = Peek();
    if (t == nullptr || t->kind != Kind::kPunct || t->text[0] != c || (!allow_space && t->space_before)) return false;
    ++i_;
    return true;
  }
  int Month() {
    const Token* t = Peek();
    int m = t != nullptr && t->kind == Kind::kWord ? MonthOf(t->text) : 0;
    if (m != 0) {
      ++i_;
      Punct('.', false);
    }
    return m;
  }
  bool Word(std::string_view w) {
    const Token* t = Peek();
    if (t == nullptr || t->kind != Kind::kWord || FoldWord(t->text) != w) return false;
    ++i_;
    return true;
  }

 private:
  const std::vector<Token>& t_;
  std::size_t i_;
};

// "1 November 2019", "1. November 2019", "01 ноября 2019", "1er mars 2019", "1 de marzo de 2019",
// "17-Jan-2012", "17-January-2012".
std::optional<LocalDate> DayMonthYear(Cursor& c) {
  int d = c.Num(1, 2);
  if (d < 0) return std::nullopt;
  const bool hyphens = c.Punct('-', false);
  if (!hyphens) c.Punct('.', false) || c.Word("er") || c.Word("th") || c.Word("st") || c.Word("nd") || c.Word("rd");
  if (!hyphens) c.Word("de");
  int m = c.Month();
  if (m == 0) return std::nullopt;
  if (hyphens) {
    if (!c.Punct('-', false)) return std::nullopt;
  } else {
    c.Punct(',') || c.Word("de") || c.Word("del");
  }
  int y = c.Num(4, 4, !hyphens);
  return y < 0 ? std::nullopt : MakeDate(y, m, d);
}

// "November 1, 2019", "Nov. 1st, 2019".
std::optional<LocalDate> MonthDayYear(Cursor& c) {
  int m = c.Month();
  if (m == 0) return std::nullopt;
  int d = c.Num(1, 2);
  if (d < 0) return std::nullopt;
  c.Word("st") || c.Word("nd") || c.Word("rd") || c.Word("th");
  c.Punct(',');
  int y = c.Num(4, 4);
  return y < 0 ? std::nullopt : MakeDate(y, m, d);
}

// Day `d` of month `m`, marked ambiguous when `m` and `d` could swap places.
std::optional<LocalDate> DayFirst(int y, int m, int d) {
  std::optional<LocalDate> date = MakeDate(y, m, d);
  if (date) date->day_month_ambiguous = m != d && d <= 12;
  return date;
}

// "2019-11-01", "2019/11/01", "2019.11.01"; "01.11.2019", "1/11/2019", "11/25/2019";
// "2019年11月1日".
std::optional<LocalDate> Numeric(Cursor& c) {
  const Token* first = c.Peek();
  if (first == nullptr || first->kind != Kind::kNum) return std::nullopt;
  bool year_first = first->text.size() == 4;
  int a = c.Num(year_first ? 4 : 1, year_first ? 4 : 2);
  const Token* sep = c.Peek();
  if (a < 0 || sep == nullptr || sep->space_before) return std::nullopt;
  if (year_first && sep->kind == Kind::kWord && sep->text == "\xe5\xb9\xb4") {  // 年
    c.Word("\xe5\xb9\xb4");
    int m = c.Num(1, 2);
    if (m < 0 || !c.Word("\xe6\x9c\x88")) return std::nullopt;  // 月
    int d = c.Num(1, 2);
    return d < 0 ? std::nullopt : MakeDate(a, m, d);
  }
  char s = sep->kind == Kind::kPunct ? sep->text[0] : '\0';
  if (s != '-' && s != '/' && s != '.') return std::nullopt;
  c.Punct(s);
  const Token* middle = c.Peek();
  int b = c.Num(1, 2, false);
  if (b < 0 || !c.Punct(s, false)) return std::nullopt;
  // "28.01.22": a two-digit year only with dots and two-digit day and month (German and
  // Russian datelines write it so); "1.2.20" is as likely a version number.
  const Token* year = c.Peek();
  if (!year_first && s == '.' && first->text.size() == 2 && middle->text.size() == 2 && year != nullptr &&
      year->kind == Kind::kNum && year->text.size() == 2) {
    int yy = c.Num(2, 2, false);
    if (yy < 0) return std::nullopt;
    return DayFirst(yy + (yy + 2000 <= kMaxDateYear ? 2000 : 1900), b, a);
  }
  int last = c.Num(year_first ? 1 : 4, year_first ? 2 : 4, false);
  if (last < 0) return std::nullopt;
  if (year_first) return MakeDate(a, b, last);
  if (s == '/' && b > 12 && a <= 12) return MakeDate(last, a, b);
  return DayFirst(last, b, a);
}

// Skips one token that may join a date to its time: ",", ".", "-", "|", "/", "at", "um", "в",
// "о", "à", "saat", "г" / "р" (Russian/Ukrainian "year").
bool SkipJoiner(Cursor& c) {
  return c.Punct(',') || c.Punct('.') || c.Punct('-') || c.Punct('|') || c.Punct('/') || c.Word("at") ||
         c.Word("um") || c.Word("\xd0\xb2") || c.Word("\xd0\xbe") || c.Word("\xc3\xa0") || c.Word("saat") ||
         c.Word("\xd0\xb3") || c.Word("\xd1\x80");
}

// "12:30" or "12:30:15" right after the date or after at most two joining tokens.
void TakeTime(Cursor& c, LocalDate& date) {
  for (int joiners = 0; joiners <= 3; ++joiners) {
    Cursor probe = c;
    int h = probe.Num(1, 2);
    if (h >= 0 && h < 24 && probe.Punct(':', false)) {
      int m = probe.Num(2, 2, false);
      if (m < 0 || m > 59) return;
      date.hour = h, date.minute = m;
      if (probe.Punct(':', false)) date.second = std::clamp(probe.Num(2, 2, false), 0, 59);
      return;
    }
    if (!SkipJoiner(c)) return;
  }
}

bool GluedToDigits(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].space_before) return false;
  if (tokens[i].kind == Kind::kNum) return true;
  bool joiner = tokens[i].text == "." || tokens[i].text == "-" || tokens[i].text == "/";
  return joiner && i + 1 < tokens.size() && !tokens[i + 1].space_before && tokens[i + 1].kind == Kind::kNum;
}

std::optional<LocalDate> DateAt(const std::vector<Token>& tokens, std::size_t i, std::size_t& end) {
  using Matcher = std::optional<LocalDate> (*)(Cursor&);
  for (Matcher match : {&Numeric, &DayMonthYear, &MonthDayYear}) {
    Cursor c(tokens, i);
    if (auto date = match(c)) {
      // "2019-11-01-5" or "1.11.2019.3" continues with digits: a version or an id, not a date.
      if (GluedToDigits(tokens, c.pos())) continue;
      TakeTime(c, *date);
      end = c.pos();
      return date;
    }
  }
  return std::nullopt;
}

// "+03:00", "+0300", "-05", "Z", "GMT", "UTC" → minutes east of UTC.
std::optional<int> ParseZone(std::string_view z) {
  if (z == "Z" || z == "z" || z == "GMT" || z == "UTC") return 0;
  if (z.size() < 3 || (z[0] != '+' && z[0] != '-')) return std::nullopt;
  std::string digits;
  for (char ch : z.substr(1)) {
    if (IsDigit(ch)) digits.push_back(ch);
    else if (ch != ':') return std::nullopt;
  }
  if (digits.size() != 2 && digits.size() != 4) return std::nullopt;
  int minutes = DigitsValue(digits.substr(0, 2)) * 60 + (digits.size() == 4 ? DigitsValue(digits.substr(2)) : 0);
  if (minutes > 14 * 60) return std::nullopt;
  return z[0] == '-' ? -minutes : minutes;
}

// ISO 8601 and relatives, the whole value: "2019-11-01T12:30:00.000+03:00", "2019/11/01 12:30".
std::optional<LocalDate> ParseIsoLike(std::string_view v) {
  if (v.size() < 8 || !IsDigit(v[0])) return std::nullopt;
  std::size_t i = 0;
  auto digits = [&](std::size_t n) {
    if (i + n > v.size() || !std::all_of(v.begin() + i, v.begin() + i + n, IsDigit)) return -1;
    i += n;
    return DigitsValue(v.substr(i - n, n));
  };
  int y = digits(4);
  char sep = i < v.size() ? v[i] : '\0';
  bool compact = IsDigit(sep);
  if (!compact && sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  if (!compact) ++i;
  int m = digits(2);
  if (!compact && (i >= v.size() || v[i] != sep)) return std::nullopt;
  if (!compact) ++i;
  int d = digits(2);
  std::optional<LocalDate> date = y < 0 || m < 0 || d < 0 ? std::nullopt : MakeDate(y, m, d);
  if (!date || i == v.size()) return date;
  if (v[i] != 'T' && v[i] != ' ') return compact ? std::nullopt : date;
  ++i;
  int h = digits(2);
  if (h < 0 || h > 23 || i >= v.size() || v[i] != ':') return date;
  ++i;
  int mi = digits(2);
  if (mi < 0 || mi > 59) return date;
  date->hour = h, date->minute = mi;
  if (i < v.size() && v[i] == ':') {
    ++i;
    date->second = std::clamp(digits(2), 0, 59);
  }
  if (i < v.size() && (v[i] == '.' || v[i] == ',')) {
    for (++i; i < v.size() && IsDigit(v[i]);) ++i;
  }
  std::string_view zone = v.substr(i);
  while (!zone.empty() && zone.front() == ' ') zone.remove_prefix(1);
  date->utc_offset_minutes = ParseZone(zone);
  return date;
}

}  // namespace

std::optional<LocalDate> ParseDateValue(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\n' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\n' || value.back() == '\t')) value.remove_suffix(1);
  if (auto d = ParseIsoLike(value)) return d;
  if ((value.size() == 10 || value.size() == 13) && std::all_of(value.begin(), value.end(), IsDigit)) {
    int64_t seconds = std::stoll(std::string(value.substr(0, 10)));
    LocalDate d = CivilFromUnix(seconds);
    if (d.year >= kMinDateYear && d.year <= kMaxDateYear) return d;
    return std::nullopt;
  }
  std::optional<LocalDate> d = FindDateInText(value, 256);
  // A whole attribute "11/01/2023 12:43:42" is a program's output, and programs write slash
  // dates month first (.NET's and JavaScript's en-US default); running text is read day first.
  if (d && value.size() >= 8 && IsDigit(value[0])) {
    std::size_t s1 = value.find('/');
    std::size_t s2 = s1 == std::string_view::npos ? s1 : value.find('/', s1 + 1);
    if (s1 != std::string_view::npos && s1 <= 2 && s2 != std::string_view::npos && s2 - s1 - 1 <= 2 &&
        s2 - s1 - 1 >= 1 && value.size() >= s2 + 5 &&
        std::all_of(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(s1), IsDigit) &&
        std::all_of(value.begin() + static_cast<std::ptrdiff_t>(s1 + 1), value.begin() + static_cast<std::ptrdiff_t>(s2), IsDigit) &&
        std::all_of(value.begin() + static_cast<std::ptrdiff_t>(s2 + 1), value.begin() + static_cast<std::ptrdiff_t>(s2 + 5), IsDigit)) {
      const int first = DigitsValue(value.substr(0, s1));
      const int second = DigitsValue(value.substr(s1 + 1, s2 - s1 - 1));
      const int year = DigitsValue(value.substr(s2 + 1, 4));
      if (first <= 12) {
        if (auto us = MakeDate(year, first, second)) {
          us->hour = d->hour, us->minute = d->minute, us->second = d->second;
          d = us;
        }
      }
    }
  }
  // RFC 1123 "… 12:30:00 GMT" and "… 12:30 +0300" name their zone after the time.
  if (d && d->hour >= 0) {
    std::size_t colon = value.rfind(':');
    std::size_t space = value.find(' ', colon == std::string_view::npos ? value.size() : colon);
    if (space != std::string_view::npos) d->utc_offset_minutes = ParseZone(value.substr(space + 1));
  }
  return d;
}

std::optional<LocalDate> FindDateInUrl(std::string_view url) {
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  url = url.substr(path, 512);
  auto boundary = [&](std::size_t i) { return i >= url.size() || !IsDigit(url[i]); };
  for (std::size_t i = 1; i + 8 <= url.size(); ++i) {
    if (IsDigit(url[i - 1]) || !IsDigit(url[i])) continue;
    std::string_view rest = url.substr(i);
    // /2019/11/01/ and /2019-11-01-: year, month, day with one repeated separator.
    if (rest.size() >= 10 && !IsDigit(rest[4]) && std::string_view("/-_.").find(rest[4]) != std::string_view::npos &&
        rest[7] == rest[4] && std::all_of(rest.begin(), rest.begin() + 4, IsDigit) && IsDigit(rest[5]) &&
        IsDigit(rest[6]) && IsDigit(rest[8]) && IsDigit(rest[9]) && boundary(i + 10)) {
      if (auto d = MakeDate(DigitsValue(rest.substr(0, 4)), DigitsValue(rest.substr(5, 2)), DigitsValue(rest.substr(8, 2)))) {
        return d;
      }
    }
    // /20191101/: exactly eight digits.
    if (std::all_of(rest.begin(), rest.begin() + 8, IsDigit) && boundary(i + 8)) {
      if (auto d = MakeDate(DigitsValue(rest.substr(0, 4)), DigitsValue(rest.substr(4, 2)), DigitsValue(rest.substr(6, 2)))) {
        return d;
      }
    }
  }
  return std::nullopt;
}

std::vector<DateMatch> FindDatesInText(std::string_view text, std::size_t max_bytes, std::size_t max_count) {
  if (text.size() > max_bytes) {
    text = text.substr(0, max_bytes);
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xc0) == 0x80) text.remove_suffix(1);
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xc0) text.remove_suffix(1);
  }
  std::vector<Token> tokens = Tokenize(text);
  std::vector<DateMatch> out;
  for (std::size_t i = 0; i < tokens.size() && out.size() < max_count; ++i) {
    if (tokens[i].kind == Kind::kPunct) continue;
    // A word starts a date only as "Month 1, 2019": skip the month lookup unless a number follows.
    if (tokens[i].kind == Kind::kWord) {
      std::size_t next = i + 1 < tokens.size() && tokens[i + 1].text == "." ? i + 2 : i + 1;
      if (next >= tokens.size() || tokens[next].kind != Kind::kNum) continue;
    }
    // A number glued to a preceding digit group ("1.01.11.2019") is inside something else.
    if (i >= 2 && tokens[i].kind == Kind::kNum && !tokens[i].space_before && tokens[i - 1].kind == Kind::kPunct &&
        !tokens[i - 1].space_before && tokens[i - 2].kind == Kind::kNum && tokens[i - 1].text != ",") {
      continue;
    }
    std::size_t end = i;
    if (auto d = DateAt(tokens, i, end)) {
      std::size_t last = std::min(end, tokens.size()) - 1;
      out.push_back({*d, static_cast<std::size_t>(tokens[i].text.data() - text.data()),
                     static_cast<std::size_t>(tokens[last].text.data() + tokens[last].text.size() - text.data())});
      i = std::max(i, end - 1);
    }
  }
  return out;
}

namespace {

// 0 = Sunday … 6 = Saturday; -1 when `word` is no weekday name.
int WeekdayOf(std::string_view word) {
  static const std::unordered_map<std::string, int> kNames = {
      {"sunday", 0}, {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
      {"saturday", 6}, {"воскресенье", 0}, {"понедельник", 1}, {"вторник", 2}, {"среду", 3}, {"среда", 3},
      {"четверг", 4}, {"пятницу", 5}, {"пятница", 5}, {"субботу", 6}, {"суббота", 6}};
  if (word.size() < 5 || word.size() > 24) return -1;
  auto it = kNames.find(FoldWord(word));
  return it == kNames.end() ? -1 : it->second;
}

int WeekdayOfDate(int y, int m, int d) {
  const int64_t days = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  return static_cast<int>(((days % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday
}

}  // namespace

std::optional<LocalDate> FindWeekdayDateInText(std::string_view text, int64_t anchor, int max_days,
                                               std::size_t max_bytes) {
  if (text.size() > max_bytes) {
    text = text.substr(0, max_bytes);
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xc0) == 0x80) text.remove_suffix(1);
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xc0) text.remove_suffix(1);
  }
  const std::vector<Token> tokens = Tokenize(text);
  const LocalDate near = CivilFromUnix(anchor);
  const int64_t anchor_day = DaysFromCivil(near.year, static_cast<unsigned>(near.month), static_cast<unsigned>(near.day));
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != Kind::kWord) continue;
    const int weekday = WeekdayOf(tokens[i].text);
    if (weekday < 0) continue;
    Cursor c(tokens, i + 1);
    c.Punct(',');
    int month = c.Month(), day = -1;
    if (month != 0) {
      day = c.Num(1, 2);
    } else {
      day = c.Num(1, 2);
      if (day > 0) {
        c.Punct('.', false);
        month = c.Month();
      }
    }
    if (month == 0 || day < 1) continue;
    Cursor after = c;
    after.Punct(',');
    if (after.Num(4, 4) > 0) continue;  // a full date: FindDateInText reads it
    std::optional<LocalDate> best;
    int64_t best_gap = 0;
    for (int y = near.year - 1; y <= near.year + 1; ++y) {
      std::optional<LocalDate> d = MakeDate(y, month, day);
      if (!d || WeekdayOfDate(y, month, day) != weekday) continue;
      const int64_t gap = std::abs(DaysFromCivil(y, static_cast<unsigned>(month), static_cast<unsigned>(day)) - anchor_day);
      if (!best || gap < best_gap) best = d, best_gap = gap;
    }
    if (best && best_gap <= max_days) return best;
  }
  return std::nullopt;
}

std::optional<LocalDate> FindDateInText(std::string_view text, std::size_t max_bytes) {
  std::vector<DateMatch> found = FindDatesInText(text, max_bytes, 1);
  if (found.empty()) return std::nullopt;
  return found.front().date;
}

int64_t ToUnixSeconds(const LocalDate& date) {
  int64_t s = DaysFromCivil(date.year, static_cast<unsigned>(date.month), static_cast<unsigned>(date.day)) * 86400;
  if (date.hour >= 0) s += date.hour * 3600 + date.minute * 60 + date.second;
  return s - int64_t{date.utc_offset_minutes.value_or(0)} * 60;
}

std::string FormatLocalDate(const LocalDate& date) {
  char buf[40];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  if (date.hour >= 0) n += std::snprintf(buf + n, sizeof buf - n, "T%02d:%02d:%02d", date.hour, date.minute, date.second);
  if (date.hour >= 0 && date.utc_offset_minutes) {
    int off = *date.utc_offset_minutes, a = off < 0 ? -off : off;
    if (off == 0) std::snprintf(buf + n, sizeof buf - n, "Z");
    else std::snprintf(buf + n, sizeof buf - n, "%c%02d:%02d", off < 0 ? '-' : '+', a / 60, a % 60);
  }
  return buf;
}

}  // namespace storyline
