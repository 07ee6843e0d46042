#include "digest/conflicts.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>
#include <unordered_set>

#include "digest/timeline.h"
#include "digest/words.h"

namespace storyline {
namespace {

// Words between an event word and its number that qualify the number, not the event.
bool IsQualifier(const std::string& stem) {
  static const std::unordered_set<std::string> kWords = {
      "at", "least", "more", "than", "about", "around", "nearly", "almost", "some", "over",
      "up", "to", "roughly", "approx", "an", "estima", "as", "many", "much", "just", "only",
      "under", "fewer", "less", "a", "total", "of", "the", "by",
      "около", "более", "менее", "почти", "свыше", "порядк", "не", "до", "по", "уже", "всего",
      "лишь", "как", "минимум", "максим", "от", "на"};
  return kWords.count(stem) > 0;
}

// Words that cannot say what happened or what is counted.
bool IsWeak(const std::string& stem) {
  static const std::unordered_set<std::string> kWords = {
      "and", "or", "but", "the", "a", "an", "of", "in", "on", "at", "for", "with", "from",
      "by", "to", "than", "that", "this", "these", "those", "its", "his", "her", "their", "our",
      "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would",
      "per", "each", "every", "other", "another", "also", "who", "which", "after",
      "before", "since", "during", "until", "into", "out", "all", "both", "first", "last",
      "next", "new", "year", "years", "month", "months", "day", "days", "week", "weeks",
      "hour", "hours", "minute", "time", "times", "percen", "point", "points", "januar",
      "februa", "march", "april", "may", "june", "july", "august", "septem", "octobe",
      "novemb", "decemb", "monday", "tuesda", "wednes", "thursd", "friday", "saturd", "sunday",
      "и", "в", "на", "с", "по", "из", "за", "к", "о", "от", "для", "что", "это", "как", "год",
      "года", "лет", "году", "января", "феврал", "марта", "апреля", "мая", "июня", "июля",
      "август", "сентяб", "октябр", "ноября", "декабр", "тысяч", "процен", "раз", "числе"};
  return stem.size() < 2 || kWords.count(stem) > 0;
}

// Units of measure: "20 kilometers (12 miles)" is a conversion, so a unit is never the word that
// says what happened.
bool IsMeasure(const std::string& stem) {
  static const std::unordered_set<std::string> kWords = {
      "miles", "mile", "kilome", "km", "kph", "mph", "feet", "foot", "ft", "meters", "metres",
      "meter", "metre", "inches", "inch", "cm", "mm", "pounds", "lbs", "kg", "kilogr", "tons",
      "tonnes", "degree", "celsiu", "fahren", "knots", "acres", "hectar", "gallon", "liters",
      "litres", "barrel", "dlrs", "dollar", "euros", "pesos", "yuan", "yen", "rubles", "рублей",
      "рубля", "долл", "доллар", "евро", "км", "метров", "тонн", "градус", "minus", "plus"};
  return kWords.count(stem) > 0;
}

// Qualifiers a reader needs to see with the value ("at least 32"); "of", "by" and the like are
// grammar and are left out of the value.
bool ShowsQualifier(const std::string& stem) {
  static const std::unordered_set<std::string> kWords = {
      "least", "more", "than", "about", "around", "nearly", "almost", "some", "over", "up",
      "roughly", "approx", "estima", "as", "many", "much", "just", "only", "under", "fewer",
      "less", "около", "более", "менее", "почти", "свыше", "порядк", "минимум", "максим", "лишь",
      "всего", "уже", "не", "до"};
  return kWords.count(stem) > 0;
}

// Multiplier of a scale word following a number, 0 if it is none.
double ScaleOf(const std::string& stem) {
  static const std::map<std::string, double> kScales = {
      {"thousa", 1e3}, {"millio", 1e6}, {"billio", 1e9}, {"trilli", 1e12}, {"тыс", 1e3},
      {"тысяч", 1e3}, {"млн", 1e6}, {"миллио", 1e6}, {"млрд", 1e9}, {"миллиа", 1e9},
      {"трлн", 1e12}, {"bn", 1e9}, {"mn", 1e6}, {"m", 1e6}};
  auto it = kScales.find(stem);
  return it == kScales.end() ? 0.0 : it->second;
}

double ParseNumber(std::string_view digits) {
  std::string clean;
  // "1,100" and "1.100" are thousands separators when three digits follow; "6.5" is a decimal.
  for (std::size_t i = 0; i < digits.size(); ++i) {
    const char c = digits[i];
    if (c == ',' || c == '.') {
      std::size_t run = 0;
      while (i + 1 + run < digits.size() && std::isdigit(static_cast<unsigned char>(digits[i + 1 + run]))) ++run;
      if (run == 3) continue;
      clean += '.';
    } else {
      clean += c;
    }
  }
  return std::strtod(clean.c_str(), nullptr);
}

// The key form of a word: English inflections folded ("killing", "killed", "kills" → "kill"),
// then the digest's 6-letter stem. Other scripts keep the plain stem.
std::string KeyStem(std::string_view word, const std::string& stem) {
  std::string w;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return stem;
    w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view suffix : {"ing", "ed", "es", "s"}) {
    if (w.size() >= suffix.size() + 3 && w.ends_with(suffix)) {
      w.resize(w.size() - suffix.size());
      break;
    }
  }
  if (w.size() > 6) w.resize(6);
  return w;
}

struct Fact {
  std::string key;    // what is stated, compared across articles
  std::string about;  // the key for readers
  std::string value;  // as written
  double number = 0;  // scaled, for comparing values
  bool needs_context = true;  // counts must share other words with the rival value's sentence
  bool money = false;         // amounts of money need more shared words (stories quote many)
  double lo = 0, hi = 0;      // what the statement allows: "at least 32" is [32, ∞)
};

// The range a qualified number allows: "at least 32" → [32, ∞), "nearly 200" → [0, 200],
// "about 60" → [54, 66], a bare number → itself.
std::pair<double, double> RangeOf(std::string_view qualifier, double x) {
  static const std::unordered_set<std::string> kLower = {"least", "more", "over", "свыше", "более", "минимум"};
  static const std::unordered_set<std::string> kUpper = {"up", "under", "fewer", "less", "nearly", "almost",
                                                         "до", "менее", "почти", "максим"};
  static const std::unordered_set<std::string> kAbout = {"about", "around", "some", "roughly", "approx",
                                                         "estima", "около", "порядк"};
  for (const Word& w : SplitWords(qualifier)) {
    if (kLower.count(w.stem)) return {x, std::numeric_limits<double>::infinity()};
    if (kUpper.count(w.stem)) return {0.0, x};
    if (kAbout.count(w.stem)) return {0.9 * x, 1.1 * x};
  }
  return {x, x};
}

std::string_view Slice(std::string_view s, const Word& w) { return s.substr(w.begin, w.end - w.begin); }

// Counts and amounts of one sentence (see the header for the pattern).
struct EventWord {
  std::string key;        // its key form; "" when there is none
  std::string text;       // as written
  std::string qualifier;  // the qualifier to show with the value ("at least"), as written
};

// The word before number words[i] that says what happened: the nearest strong word within
// `max_words`, skipping qualifiers ("killed at least 32" → killed; qualifier "at least").
EventWord EventWordBefore(std::string_view s, const std::vector<Word>& words, std::size_t i,
                          std::size_t max_words) {
  EventWord out;
  const Word& n = words[i];
  std::size_t k = i, looked = 0;
  bool shown = true;  // qualifiers so far all belong in the value
  while (k > 0 && looked < max_words) {
    --k;
    const Word& w = words[k];
    if (w.number) break;
    if (IsQualifier(w.stem)) {
      // "at least", "up to", "an estimated" are shown; "at", "to", "an" alone are grammar.
      const bool pair = (w.stem == "at" && out.qualifier.starts_with("least")) ||
                        (w.stem == "to" && k > 0 && words[k - 1].stem == "up") ||
                        (w.stem == "an" && out.qualifier.starts_with("estima"));
      shown = shown && (pair || ShowsQualifier(w.stem));
      if (shown) out.qualifier = std::string(s.substr(w.begin, n.begin - w.begin));
      ++looked;
      continue;
    }
    if (k > 0 && s[w.begin - 1] == '(') break;
    // A name is not an event word, nor a unit ("20 kilometers (12 miles)").
    if (IsWeak(w.stem) || w.capitalized || IsMeasure(w.stem) || w.letters < 3) break;
    out.key = KeyStem(Slice(s, w), w.stem);
    out.text = std::string(Slice(s, w));
    break;
  }
  return out;
}

void CountFacts(std::string_view s, const std::vector<Word>& words, const ConflictOptions& options,
                std::vector<Fact>& out) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& n = words[i];
    if (!n.number) continue;
    const double raw = ParseNumber(Slice(s, n));
    // A clock time ("12:30") or a date ("10.01") is not a count.
    if (n.end < s.size() && s[n.end] == ':') continue;
    if (n.begin > 0 && s[n.begin - 1] == ':') continue;
    std::size_t j = i + 1;
    double scale = 1.0;
    if (j < words.size()) {
      if (const double sc = ScaleOf(words[j].stem); sc > 0) scale = sc, ++j;
    }
    const bool money = n.begin > 0 && (s[n.begin - 1] == '$' || s.substr(0, n.begin).ends_with("€") ||
                                       s.substr(0, n.begin).ends_with("£"));
    const bool percent = n.end < s.size() && s[n.end] == '%';
    std::string unit, unit_text;
    if (money) {
      unit = unit_text = "$";
    } else if (percent) {
      unit = unit_text = "%";
    } else if (j < words.size() && !words[j].number && !IsWeak(words[j].stem) &&
               !IsQualifier(words[j].stem) && words[j].begin - (j == i + 1 ? n.end : words[j - 1].end) <= 1) {
      unit = KeyStem(Slice(s, words[j]), words[j].stem);
      unit_text = std::string(Slice(s, words[j]));
    }
    if (unit.empty()) continue;
    // A value in parentheses restates the one before it in other units.
    if (n.begin > 0 && (s[n.begin - 1] == '(' || (money && n.begin > 1 && s[n.begin - 2] == '('))) continue;
    if (scale == 1.0 && !money && !percent && raw >= 1900 && raw <= 2100 &&
        Slice(s, n).find_first_of(",.") == std::string_view::npos) {
      continue;  // a year
    }
    const EventWord before = EventWordBefore(s, words, i, options.context_words + 2);
    if (before.key.empty()) continue;
    const std::string& qualifier = before.qualifier;
    Fact f;
    f.key = before.key + "|" + unit;
    f.about = before.text + " … " + unit_text;
    const std::size_t value_begin = qualifier.empty() ? n.begin - (money ? 1 : 0) : n.begin - qualifier.size();
    const std::size_t value_end = j > i + 1 ? words[j - 1].end : n.end + (percent ? 1 : 0);
    f.value = CleanSentence(s.substr(value_begin, value_end - value_begin), 80);
    if (money && qualifier.empty() && value_begin > 0 && s[value_begin] != '$') f.value = "$" + f.value;
    f.number = raw * scale;
    f.money = money;
    std::tie(f.lo, f.hi) = RangeOf(qualifier, f.number);
    out.push_back(std::move(f));
  }
}

// "Barra, 51, will be ..." → the age of Barra.
void AgeFacts(std::string_view s, const std::vector<Word>& words, std::vector<Fact>& out) {
  for (std::size_t i = 1; i < words.size(); ++i) {
    const Word& n = words[i];
    const Word& name = words[i - 1];
    if (!n.number || !name.capitalized || name.number || name.letters < 3) continue;
    // A surname alone may be two people of one family ("Bunch, 38" and "Bunch, 21").
    if (i < 2 || !words[i - 2].capitalized || words[i - 2].number ||
        s.substr(words[i - 2].end, name.begin - words[i - 2].end) != " ") {
      continue;
    }
    const Word& given = words[i - 2];
    if (s.substr(name.end, n.begin - name.end) != ", ") continue;
    if (n.end >= s.size() || s[n.end] != ',') continue;
    const double age = ParseNumber(Slice(s, n));
    if (age < 1 || age > 120 || Slice(s, n).find_first_of(",.") != std::string_view::npos) continue;
    out.push_back({"age|" + given.stem + " " + name.stem,
                   "age of " + std::string(s.substr(given.begin, name.end - given.begin)),
                   std::string(Slice(s, n)), age, false, false, age, age});
  }
}

// Content words of a sentence (4+ letters, not numbers, not the fact's own words): what the
// sentence is about besides the number.
std::set<std::string> ContextOf(const std::vector<Word>& words, const std::string& key) {
  std::set<std::string> out;
  for (const Word& w : words) {
    if (w.number || w.letters < 4 || IsWeak(w.stem) || IsQualifier(w.stem)) continue;
    if (key.find(w.stem) != std::string::npos) continue;
    out.insert(w.stem);
  }
  return out;
}

struct KeyState {
  std::string about;
  bool needs_context = true;
  std::vector<std::set<std::string>> context;      // per value: words of its sentences
  std::size_t first = 0;                            // order of first mention
  std::vector<std::pair<double, std::string>> values;  // distinct numbers, first spelling
  std::vector<std::pair<double, double>> ranges;      // per value: what its first spelling allows
  bool money = false;
  std::vector<std::set<std::size_t>> articles;      // per value
  std::map<std::size_t, std::set<double>> per_article;
};

bool EachValueSharesContext(const std::vector<std::set<std::string>>& context, std::size_t min) {
  for (std::size_t v = 0; v < context.size(); ++v) {
    bool shares = false;
    for (std::size_t u = 0; u < context.size() && !shares; ++u) {
      if (u == v) continue;
      std::size_t n = 0;
      for (const std::string& w : context[v]) n += context[u].count(w);
      shares = n >= min;
    }
    if (!shares) return false;
  }
  return true;
}

// One fact of article `a` into its key's record.
void Record(std::size_t a, const Fact& f, const std::vector<Word>& words, std::size_t& order,
            std::map<std::string, KeyState>& keys) {
  auto [it, inserted] = keys.try_emplace(f.key);
  KeyState& k = it->second;
  if (inserted) k.about = f.about, k.first = order++, k.needs_context = f.needs_context;
  k.per_article[a].insert(f.number);
  std::size_t v = 0;
  while (v < k.values.size() && std::abs(k.values[v].first - f.number) > 1e-9 * std::max(1.0, std::abs(f.number))) ++v;
  if (v == k.values.size()) {
    k.values.emplace_back(f.number, f.value);
    k.ranges.emplace_back(f.lo, f.hi);
    k.money = k.money || f.money;
    k.articles.emplace_back();
    k.context.emplace_back();
  }
  k.articles[v].insert(a);
  if (k.needs_context) {
    for (const std::string& w : ContextOf(words, f.key)) k.context[v].insert(w);
  }
}

// Whether a key's values are a disagreement worth reporting (see the header).
bool IsConflict(const KeyState& k, const ConflictOptions& options) {
  if (k.values.size() < 2 || k.values.size() > options.max_values) return false;
  for (const auto& [article, numbers] : k.per_article) {
    if (numbers.size() > 1) return false;  // one report changing its own figure
  }
  // Two reports of one fact rarely differ by more than a factor of two (32 or 40 dead, 19 or
  // 21 injured); values farther apart nearly always count different things (one strike's
  // dead and a whole war's, a town's and a country's).
  double lo = k.values[0].first, hi = lo;
  for (const auto& [number, text] : k.values) lo = std::min(lo, number), hi = std::max(hi, number);
  if (lo <= 0 || hi > options.max_ratio * lo) return false;
  // Each value's sentences must share words with another value's: "killed 86 people" in
  // the Nice attack and "killed 77 people" in a sentence about Breivik are different facts.
  const std::size_t shared = k.money ? options.min_shared_context_money : options.min_shared_context;
  if (k.needs_context && !EachValueSharesContext(k.context, shared)) return false;
  // "more than 100" and "116" agree: a conflict needs two values no number satisfies both.
  for (std::size_t u = 0; u < k.ranges.size(); ++u) {
    for (std::size_t v = u + 1; v < k.ranges.size(); ++v) {
      if (k.ranges[u].second < k.ranges[v].first || k.ranges[v].second < k.ranges[u].first) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Conflict> FindConflicts(const std::vector<std::string_view>& texts,
                                    const ConflictOptions& options) {
  std::map<std::string, KeyState> keys;
  std::size_t order = 0;
  for (std::size_t a = 0; a < texts.size(); ++a) {
    const std::string_view text = texts[a];
    for (const auto& [begin, end] : SplitSentences(text)) {
      const std::string_view s = text.substr(begin, end - begin);
      const std::vector<Word> words = SplitWords(s);
      std::vector<Fact> facts;
      CountFacts(s, words, options, facts);
      AgeFacts(s, words, facts);
      for (const Fact& f : facts) Record(a, f, words, order, keys);
    }
  }
  struct Found {
    std::size_t first;     // order of the key's first mention
    std::size_t involved;  // articles stating any of its values
    Conflict conflict;
  };
  std::vector<Found> found;
  for (const auto& [key, k] : keys) {
    if (!IsConflict(k, options)) continue;
    Conflict c;
    c.about = k.about;
    std::set<std::size_t> all;
    for (std::size_t v = 0; v < k.values.size(); ++v) {
      c.values.push_back({k.values[v].second, {k.articles[v].begin(), k.articles[v].end()}});
      all.insert(k.articles[v].begin(), k.articles[v].end());
    }
    found.push_back({k.first, all.size(), std::move(c)});
  }
  std::sort(found.begin(), found.end(), [](const Found& x, const Found& y) {
    return x.involved != y.involved ? x.involved > y.involved : x.first < y.first;
  });
  std::vector<Conflict> out;
  for (Found& f : found) {
    if (out.size() >= options.max_conflicts) break;
    out.push_back(std::move(f.conflict));
  }
  return out;
}

}  // namespace storyline
