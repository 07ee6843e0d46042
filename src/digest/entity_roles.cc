#include "digest/entity_roles.h"

#include <algorithm>
#include <array>
#include <vector>

#include "ner/features.h"

namespace storyline::digest_internal {
namespace {

// Role nouns: a run of role words must contain one to be a role ("former" alone is not).
constexpr std::array<std::string_view, 52> kEnHeads = {
    "president", "minister", "secretary", "chairman", "chairwoman", "ceo", "director",
    "spokesman", "spokeswoman", "spokesperson", "head", "leader", "senator", "governor", "mayor",
    "ambassador", "chancellor", "analyst", "founder", "commander", "officer", "executive", "king",
    "queen", "pope", "judge", "coach", "manager", "representative", "envoy", "premier",
    "prosecutor", "attorney", "vice-president", "prince", "cardinal", "bishop", "economist",
    "professor", "editor", "correspondent", "candidate", "chairperson", "cfo", "coo", "cto",
    "president-elect", "secretary-general", "congressman", "congresswoman", "lawmaker", "general"};
constexpr std::array<std::string_view, 26> kEnModifiers = {
    "deputy", "foreign", "prime", "vice", "first", "state", "defence", "defense", "finance",
    "interior", "justice", "economy", "trade", "energy", "health", "former", "acting", "chief",
    "managing", "financial", "operating", "press", "senior", "assistant", "of", "general"};
// Russian role stems (lower case); inflected forms start with them.
constexpr std::array<std::string_view, 33> kRuHeads = {
    "президент", "министр", "замминистр", "заместител", "глав", "мэр", "губернатор",
    "председател", "директор", "гендиректор", "представител", "пресс-секретар", "спикер",
    "премьер", "лидер", "депутат", "посол", "руководител", "начальник", "советник", "помощник",
    "сенатор", "канцлер", "вице-", "генсек", "секретар", "командующ", "прокурор", "судь",
    "аналитик", "эксперт", "основател", "владел"};
constexpr std::size_t kMaxRoleWords = 6;

template <std::size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Institutions and adjectives that start like a role stem: "мэрии" (city hall), "посольства",
// "представительства", "президентских выборов".
constexpr std::array<std::string_view, 8> kRuNotHeads = {
    "мэри", "посольств", "представительств", "председательств", "президентск", "депутатск",
    "губернаторск", "секретариат"};

bool IsRuHead(std::string_view lower) {
  auto starts = [&](std::string_view s) { return lower.substr(0, s.size()) == s; };
  return std::any_of(kRuHeads.begin(), kRuHeads.end(), starts) &&
         std::none_of(kRuNotHeads.begin(), kRuNotHeads.end(), starts);
}

struct Word {
  std::string_view text;
  std::string lower;
};

bool IsPunct(char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' ||
                              c == '"' || c == '!' || c == '?' || c == '\n'; }

// Words of text[from, to) in order; a punctuation mark ends the list when `stop_at_punct_back`
// (only the words after the last mark are kept), else the words before the first mark.
std::vector<Word> WordsBefore(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<Word> words;
  std::size_t i = to;
  while (i > from && words.size() < kMaxRoleWords + 1) {
    while (i > from && text[i - 1] == ' ') --i;
    if (i == from || IsPunct(text[i - 1])) break;
    std::size_t j = i;
    while (j > from && text[j - 1] != ' ' && !IsPunct(text[j - 1])) --j;
    std::string_view w = text.substr(j, i - j);
    words.push_back({w, NerLower(w)});
    i = j;
  }
  std::reverse(words.begin(), words.end());
  return words;
}

std::string Join(const std::vector<Word>& words, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i].text;
  }
  return out;
}

std::string EnglishRoleBefore(const std::vector<Word>& words) {
  std::size_t start = words.size();
  bool head = false;
  while (start > 0 && (In(kEnHeads, words[start - 1].lower) || In(kEnModifiers, words[start - 1].lower))) {
    --start;
    head |= In(kEnHeads, words[start].lower);
  }
  while (start < words.size() && words[start].lower == "of") ++start;
  return head && start < words.size() ? Join(words, start) : "";
}

// ", the deputy foreign minister," / ", chief executive of Apple," after the mention.
std::string EnglishApposition(std::string_view text, std::size_t end, std::size_t ceiling) {
  std::string_view rest = text.substr(end, std::min(ceiling, text.size()) - end);
  if (rest.substr(0, 2) != ", ") return "";
  rest.remove_prefix(2);
  std::size_t stop = rest.find_first_of(",.;:()\n");
  if (stop == std::string_view::npos) return "";
  std::string_view phrase = rest.substr(0, stop);
  std::vector<Word> words = WordsBefore(phrase, 0, phrase.size());
  if (words.empty() || words.size() > kMaxRoleWords || Join(words, 0).size() != phrase.size()) {
    return "";  // longer than a role or not the whole phrase
  }
  std::size_t i = (words[0].lower == "the" || words[0].lower == "a" || words[0].lower == "an");
  const std::size_t first = i;
  bool head = false;
  for (; i < words.size() && words[i].lower != "of"; ++i) {
    if (!In(kEnHeads, words[i].lower) && !In(kEnModifiers, words[i].lower)) return "";
    head |= In(kEnHeads, words[i].lower);
  }
  return head ? Join(words, first) : "";
}

std::string RussianRoleBefore(const std::vector<Word>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (IsRuHead(words[i].lower)) return Join(words, i);
  }
  return "";
}

}  // namespace

std::size_t LeadingRoleBytes(std::string_view surface, std::string_view lang, bool tagged_person) {
  std::size_t pos = 0, role_end = 0;
  bool head = false;
  while (pos < surface.size()) {
    std::size_t space = surface.find(' ', pos);
    if (space == std::string_view::npos) break;  // the last word is never role
    const std::string lower = NerLower(surface.substr(pos, space - pos));
    const bool is_head = lang == "ru" ? IsRuHead(lower)
                                      : In(kEnHeads, lower) && (tagged_person || lower != "general");
    if (!is_head && (lang == "ru" || !In(kEnModifiers, lower))) break;
    head |= is_head;
    pos = space + 1;
    if (head) role_end = pos;
  }
  return role_end;
}

bool RoleNamesItsOrganisation(std::string_view role) {
  return role.size() >= 3 && NerLower(role.substr(role.size() - 3)) == " of";
}

// A Russian role in the nominative by its first word, the head ("губернатора" → "губернатор",
// "председателя правительства" → "председатель правительства"); a role that starts with an
// adjective ("главного редактора") stays as written, as its noun would have to agree.
std::string NominativeRole(const std::string& role, const Lemmatizer& lemmas) {
  if (std::none_of(role.begin(), role.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xFE) == 0xD0; })) return role;
  const std::size_t space = role.find(' ');
  const std::string_view first = std::string_view(role).substr(0, space);
  if (lemmas.IsDictionaryForm(first)) return role;
  std::vector<std::string> forms = lemmas.Lemmas(first);
  if (forms.empty()) return role;
  const std::string lemma = NerLower(forms.front());
  for (std::string_view adjective : {"ый", "ий", "ой"}) {
    if (lemma.size() > adjective.size() && lemma.compare(lemma.size() - adjective.size(), adjective.size(), adjective) == 0) {
      return role;
    }
  }
  const std::size_t head_bytes = static_cast<unsigned char>(first[0]) < 0x80 ? 1 : 2;  // Cyrillic: 2
  const bool capital = NerLower(first.substr(0, head_bytes)) != first.substr(0, head_bytes);
  std::string out = capital ? lemmas.NameLemma(first, true) : lemma;
  if (out.empty()) return role;
  return space == std::string::npos ? out : out + role.substr(space);
}


std::string FindRole(std::string_view text, std::size_t begin, std::size_t end,
                     std::string_view lang, std::size_t floor, std::size_t ceiling) {
  if (begin > end || end > text.size()) return "";
  std::vector<Word> words = WordsBefore(text, std::min(floor, begin), begin);
  if (words.size() > kMaxRoleWords) words.erase(words.begin());
  if (lang == "ru") return RussianRoleBefore(words);
  std::string role = EnglishRoleBefore(words);
  return role.empty() ? EnglishApposition(text, end, std::max(ceiling, end)) : role;
}

}  // namespace storyline::digest_internal
