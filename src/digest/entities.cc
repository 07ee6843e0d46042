#include "digest/entities.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <utility>
#include <unordered_map>

#include "digest/entity_roles.h"
#include "ner/features.h"

namespace storyline {
namespace {

constexpr std::size_t kMaxNameWords = 8;

// Words inside names that do not identify them ("Bank of America", "Charles de Gaulle").
bool IsConnector(std::string_view lower) {
  return lower == "of" || lower == "and" || lower == "the" || lower == "de" || lower == "&" ||
         lower == "и" || lower == "for" || lower == "la" || lower == "von" || lower == "van";
}

bool HasUpper(std::string_view s) { return NerShape(s).find('X') != std::string::npos; }

// The mention's surface with what is not part of the name trimmed.
std::string_view CleanSurface(std::string_view s) {
  auto drop_prefix = [&](std::string_view p) {
    if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
  };
  // A dateline glued to the first name of the text ("GENEVA - Russian"): the name is after it.
  for (std::string_view dash : {" - ", " – ", " — "}) {
    if (std::size_t at = s.find(dash); at != std::string_view::npos) s.remove_prefix(at + dash.size());
  }
  // A site name that ends a sentence swallowed the next sentence's first word ("NEWSru.com.
  // Такой", "Лента.ру. Деньги"): the name ends at the domain.
  for (std::size_t at = s.find(". "); at != std::string_view::npos; at = s.find(". ", at + 1)) {
    const std::size_t word = s.rfind(' ', at);
    const std::string_view last = s.substr(word == std::string_view::npos ? 0 : word + 1,
                                           at - (word == std::string_view::npos ? 0 : word + 1));
    // "NEWSru.com", "Лента.ру"; not "U.S" or "J.K" (letters around every dot).
    const std::size_t dot = last.rfind('.');
    const std::size_t before = dot == std::string_view::npos ? 0 : last.find_last_of('.', dot - 1);
    const std::size_t head = dot == std::string_view::npos ? 0
                             : before == std::string_view::npos ? dot : dot - before - 1;
    if (dot != std::string_view::npos && dot > 0 && head >= 2 && last.size() - dot - 1 >= 2) {
      s = s.substr(0, at);
      break;
    }
  }
  drop_prefix("the ");
  drop_prefix("The ");
  for (std::string_view q : {"\"", "«", "“", "'"}) drop_prefix(q);
  for (std::string_view q : {" 's", "'s", "’s", "\"", "»", "”", "'"}) {
    if (s.size() >= q.size() && s.substr(s.size() - q.size()) == q) s.remove_suffix(q.size());
  }
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool IsWordByte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// text[begin, end) widened over hyphens inside a word: a tagger that splits "Wal-Mart" at its
// hyphen may tag "Mart" alone; the name is the whole word.
// Only parts that could be a name's ("pro-Russian", "U.S.-led" stay as tagged): an ASCII part
// must be capitalised; other scripts are taken as they come ("Ростов-на-Дону").
bool NamePart(std::string_view part) {
  if (part.empty()) return false;
  const auto b = static_cast<unsigned char>(part[0]);
  return b >= 0x80 || (part[0] >= 'A' && part[0] <= 'Z');
}

std::string_view WholeHyphenated(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin >= 2 && text[begin - 1] == '-' && IsWordByte(text[begin - 2])) {
    std::size_t start = begin - 1;
    while (start > 0 && IsWordByte(text[start - 1])) --start;
    if (!NamePart(text.substr(start, begin - 1 - start))) break;
    begin = start;
  }
  while (end + 1 < text.size() && text[end] == '-' && IsWordByte(text[end + 1])) {
    std::size_t stop = end + 1;
    while (stop < text.size() && IsWordByte(text[stop])) ++stop;
    if (!NamePart(text.substr(end + 1, stop - end - 1))) break;
    end = stop;
  }
  return text.substr(begin, end - begin);
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// A distinct name: one key sequence.
struct Name {
  std::vector<std::string> keys;         // identifying words' keys
  std::string initials;                  // first letters of the words' keys
  std::string letters;                   // first letters of the words, lower case (UTF-8)
  std::string lower;                     // the whole name lower-cased, without spaces
  std::map<std::string, int> surfaces;   // spelling → mentions
  std::map<EntityKind, int> kinds;       // tagger's votes
  std::size_t first_seen = 0;            // order of first mention
  int mentions = 0;
  EntityKind kind() const {
    return std::max_element(kinds.begin(), kinds.end(),
                            [](auto& a, auto& b) { return a.second < b.second; })->first;
  }
};

struct Cluster {
  std::vector<std::size_t> names;  // indices into the names list; names[0] is the longest
  EntityKind kind;
  int mentions = 0;
};

// With `ru_lemmas`, a Russian word is keyed by its dictionary form, so that inflected spellings
// of one name meet ("Большого театра" and "Большой театр"; the skeleton alone keeps their
// adjective endings apart).
std::string WordKey(std::string_view word, std::string_view lang, NameKeyer& keyer,
                    const Lemmatizer* ru_lemmas = nullptr) {
  std::string lemma;
  if (ru_lemmas != nullptr && lang == "ru") lemma = ru_lemmas->NameLemma(word, true);
  const std::string_view keyed = lemma.empty() ? word : std::string_view(lemma);
  std::string key = keyer.Key(keyed, lang);
  return key.empty() ? NerLower(keyed) : key;
}

std::size_t CodePointCount(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string FirstCodePoint(std::string_view s) {
  std::size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return std::string(s.substr(0, n));
}

// Whether the shorter name `s` may stand for the longer `l` of kind `kind`.
bool Fits(const Name& s, const Name& l, EntityKind kind) {
  if (s.keys.size() >= l.keys.size()) return false;
  if (kind == EntityKind::kPerson) {
    // "Lavrov", "S. Lavrov", "Sergey Lavrov" for "Sergei Viktorovich Lavrov": same surname key,
    // and a first word that agrees at least in its initial.
    return s.keys.back() == l.keys.back() && (s.keys.size() < 2 || s.initials[0] == l.initials[0]);
  }
  if (std::equal(s.keys.begin(), s.keys.end(), l.keys.begin())) return true;
  // Acronym: "EADS" for "European Aeronautic Defence and Space (Company)", "МИД" for
  // "Министерство иностранных дел"; a trailing generic word may be left out of it.
  // Dotted acronyms count by their letters: "U.S." for "United States", "U.N." for "United
  // Nations".
  std::string acronym;
  for (char c : s.lower) {
    if (c != '.') acronym += c;
  }
  if (s.keys.size() != 1 || l.keys.size() < 2 || acronym.size() < 2) return false;
  const std::string& full = l.letters;
  return full.substr(0, acronym.size()) == acronym &&
         CodePointCount(full) - CodePointCount(acronym) <= 1;
}

bool IsInitialOnly(std::string_view w) {
  return w.size() <= 3 && !w.empty() && w.back() == '.';
}

}  // namespace

namespace {

bool HasCyrillic(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xD0 && b <= 0xD3;
  });
}

// "США", "МИД": capitals after the first letter; the dictionary has nothing to add.
bool IsAcronymLike(std::string_view w) {
  const std::size_t first = FirstCodePoint(std::string(w)).size();
  return first < w.size() && NerLower(w.substr(first)) != w.substr(first);
}

bool Checkable(std::string_view w) { return HasCyrillic(w) && !IsAcronymLike(w); }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The grammatical case of a Russian first name written `surface` whose dictionary form is
// `lemma` (both capitalised): "Юрия" of "Юрий" is a masculine genitive, "Анной" of "Анна" a
// feminine instrumental. kUnknown when the surface is the lemma or the ending is not a case's.
enum class NameCase { kUnknown, kMascGenitive, kMascDative, kMascInstrumental, kMascPrepositional, kFemOblique };

NameCase CaseOfFirstName(std::string_view surface, std::string_view lemma) {
  if (surface == lemma || lemma.size() < 4) return NameCase::kUnknown;
  const bool feminine = EndsWith(lemma, "а") || EndsWith(lemma, "я");
  std::string_view stem = lemma;
  if (feminine || EndsWith(lemma, "й") || EndsWith(lemma, "ь")) stem.remove_suffix(2);  // one Cyrillic letter
  if (surface.substr(0, stem.size()) != stem) return NameCase::kUnknown;
  const std::string_view ending = surface.substr(stem.size());
  if (feminine) {
    for (std::string_view e : {"ы", "и", "е", "у", "ю", "ой", "ей"}) {
      if (ending == e) return NameCase::kFemOblique;
    }
    return NameCase::kUnknown;
  }
  if (ending == "а" || ending == "я") return NameCase::kMascGenitive;
  if (ending == "у" || ending == "ю") return NameCase::kMascDative;
  if (ending == "ом" || ending == "ем") return NameCase::kMascInstrumental;
  if (ending == "е" || ending == "и") return NameCase::kMascPrepositional;
  return NameCase::kUnknown;
}

// A surname in the case of its first name, put in the nominative by its ending: "Лужкова"
// (genitive) → "Лужков", "Громовым" → "Громов", "Паулсу" → "Паулс", "Медведевой" → "Медведева";
// "" when the ending does not fit the case (an indeclinable "Шойгу" stays as written).
std::string SurnameInNominative(std::string_view surname, NameCase name_case) {
  auto drop = [&](std::size_t bytes) { return std::string(surname.substr(0, surname.size() - bytes)); };
  switch (name_case) {
    case NameCase::kMascGenitive:
      if (EndsWith(surname, "ого") || EndsWith(surname, "его")) return "";  // -ский/-ой: ambiguous
      return EndsWith(surname, "а") ? drop(2) : "";
    case NameCase::kMascDative:
      if (EndsWith(surname, "ому") || EndsWith(surname, "ему")) return "";
      return EndsWith(surname, "у") ? drop(2) : "";
    case NameCase::kMascInstrumental:
      if (EndsWith(surname, "ым") || EndsWith(surname, "им")) return drop(4);
      return EndsWith(surname, "ом") || EndsWith(surname, "ем") ? drop(4) : "";
    case NameCase::kMascPrepositional:
      return EndsWith(surname, "е") ? drop(2) : "";
    case NameCase::kFemOblique:
      if (EndsWith(surname, "ой") && surname.size() > 8) return drop(4) + "а";
      return "";
    case NameCase::kUnknown:
      break;
  }
  return "";
}

// Russian names in the nominative where the spellings allow: the first of the `preferred`
// spellings (the longest name's, in preference order) whose words are all dictionary forms;
// else the first spelling with each word replaced by its name lemma, when every word has one
// ("Дмитрия Медведева" → "Дмитрий Медведев"; a one-word name may take a common noun's lemma:
// "Совета" → "Совет"). Otherwise the first spelling as it is: adjectives and genitive
// attributes ("Вашингтонском аэропорту", "Совета Европы") are not re-inflected word by word.
std::string NominativeName(const std::vector<std::string>& spellings, std::size_t preferred,
                           const Lemmatizer& lemmas) {
  const std::string& top = spellings.front();
  if (!HasCyrillic(top)) return top;
  for (std::size_t i = 0; i < preferred && i < spellings.size(); ++i) {
    const std::vector<std::string_view> words = SplitWords(spellings[i]);
    if (std::all_of(words.begin(), words.end(), [&](std::string_view w) {
          return !Checkable(w) || lemmas.IsDictionaryForm(w);
        })) {
      return spellings[i];
    }
  }
  const std::vector<std::string_view> words = SplitWords(top);
  std::string built;
  NameCase name_case = NameCase::kUnknown;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    std::string lemma = Checkable(w) ? lemmas.NameLemma(w, words.size() == 1) : std::string(w);
    if (i == 0 && !lemma.empty()) name_case = CaseOfFirstName(w, lemma);
    // "Юрия Лужкова": a surname the dictionary does not know follows the first name's case.
    if (lemma.empty() && i > 0) lemma = SurnameInNominative(w, name_case);
    if (lemma.empty()) return top;
    built += (built.empty() ? "" : " ") + lemma;
  }
  return built.empty() ? top : built;
}

}  // namespace

namespace {

// A mention as a name: its surface without a role prefix, the role that prefix stated, and the
// kind it votes for. nullopt for a mention outside the text.
struct MentionName {
  std::string_view surface;
  std::string role;
  EntityKind kind;
};

std::optional<MentionName> ReadMention(const EntityArticle& art, const EntityMention& em) {
  if (em.begin >= em.end || em.end > art.text.size()) return std::nullopt;
  MentionName out{CleanSurface(WholeHyphenated(art.text, em.begin, em.end)), "", em.kind};
  const bool tagged_person = em.kind == EntityKind::kPerson;
  std::size_t r = digest_internal::LeadingRoleBytes(out.surface, art.lang, tagged_person);
  // A mention tagged as an organisation or place gives up its first words as a role only
  // when a full name remains ("Deputy Foreign Minister Sergei Ryabkov"), not "мэрии Москвы".
  if (r > 0 && !tagged_person && SplitWords(out.surface.substr(r)).size() < 2) r = 0;
  if (r == 0) return out;
  out.role = std::string(out.surface.substr(0, r - 1));
  out.surface.remove_prefix(r);
  // "Vice Chairman of Chrysler LLC": the mention names the organisation; the holder of the
  // role is someone else.
  if (digest_internal::RoleNamesItsOrganisation(out.role)) {
    out.role.clear();
    out.kind = EntityKind::kOrganization;
  } else {
    out.kind = EntityKind::kPerson;  // a role makes a person, whatever the tagger said
  }
  return out;
}

// The keys of a name's words (connectors skipped), and the same joined as the name's identity;
// nullopt when no word identifies anything.
std::optional<std::pair<Name, std::string>> NameOfWords(const std::vector<std::string_view>& words,
                                                        std::string_view lang, NameKeyer& keyer,
                                                        const Lemmatizer* ru_lemmas) {
  Name n;
  std::string joined;
  for (std::string_view w : words) {
    const std::string lower = NerLower(w);
    if (IsConnector(lower)) continue;
    // "S." identifies only through its initial: keyed so that it never equals a full word.
    const std::string k = WordKey(w, lang, keyer, ru_lemmas);
    n.keys.push_back(IsInitialOnly(w) ? "." + lower.substr(0, 1) : k);
    n.initials.push_back(k.empty() ? '?' : k[0]);
    n.letters += FirstCodePoint(lower);
    n.lower += lower;
    joined += n.keys.back() + ' ';
  }
  if (n.keys.empty()) return std::nullopt;
  return std::make_pair(std::move(n), std::move(joined));
}

// Every distinct name of the articles' mentions; for each (article, mention) its name index
// (-1: skipped) and the role stated with it.
struct NameTable {
  std::vector<Name> names;
  std::vector<std::vector<int>> mention_name;
  std::vector<std::vector<std::string>> roles;
};

NameTable CollectNames(const std::vector<EntityArticle>& articles, NameKeyer& keyer,
                       const Lemmatizer* ru_lemmas) {
  NameTable t;
  std::unordered_map<std::string, std::size_t> by_keys;
  t.mention_name.resize(articles.size());
  t.roles.resize(articles.size());
  std::size_t seen = 0;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    const EntityArticle& art = articles[a];
    t.mention_name[a].assign(art.mentions.size(), -1);
    t.roles[a].resize(art.mentions.size());
    for (std::size_t m = 0; m < art.mentions.size(); ++m) {
      const EntityMention& em = art.mentions[m];
      std::optional<MentionName> mention = ReadMention(art, em);
      if (!mention) continue;
      const std::vector<std::string_view> words = SplitWords(mention->surface);
      if (words.empty() || words.size() > kMaxNameWords || !HasUpper(mention->surface)) continue;
      auto keyed = NameOfWords(words, art.lang, keyer, ru_lemmas);
      if (!keyed) continue;
      auto [it, inserted] = by_keys.emplace(keyed->second, t.names.size());
      if (inserted) t.names.push_back(std::move(keyed->first)), t.names.back().first_seen = seen;
      Name& name = t.names[it->second];
      ++name.surfaces[std::string(mention->surface)];
      ++name.kinds[mention->kind];
      ++name.mentions;
      ++seen;
      t.mention_name[a][m] = static_cast<int>(it->second);
      if (!mention->role.empty()) {
        t.roles[a][m] = mention->role;
      } else if (mention->kind == EntityKind::kPerson) {
        const std::size_t floor = m > 0 ? art.mentions[m - 1].end : 0;
        const std::size_t ceiling = m + 1 < art.mentions.size() ? art.mentions[m + 1].begin
                                                                : art.text.size();
        t.roles[a][m] = digest_internal::FindRole(art.text, em.begin, em.end, art.lang, floor, ceiling);
      }
    }
  }
  return t;
}

// Names grouped into entities, longest names first so that short forms find the full name
// they stand for. Returns the clusters and each name's cluster.
std::pair<std::vector<Cluster>, std::vector<int>> ClusterNames(const std::vector<Name>& names) {
  std::vector<std::size_t> order(names.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    if (names[x].keys.size() != names[y].keys.size()) return names[x].keys.size() > names[y].keys.size();
    return names[x].mentions > names[y].mentions;
  });
  std::vector<Cluster> clusters;
  std::vector<int> name_cluster(names.size(), -1);
  for (std::size_t n : order) {
    const EntityKind kind = names[n].kind();
    int best = -1;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].kind != kind || !Fits(names[n], names[clusters[c].names[0]], kind)) continue;
      if (best < 0 || clusters[c].mentions > clusters[static_cast<std::size_t>(best)].mentions) {
        best = static_cast<int>(c);
      }
    }
    // Taggers often miss the kind of a lone surname ("Ryabkov" as an organization): it may join
    // a person whose surname it is when nothing of its own kind fits.
    for (std::size_t c = 0; best < 0 && names[n].keys.size() == 1 && c < clusters.size(); ++c) {
      const Name& full = names[clusters[c].names[0]];
      if (clusters[c].kind == EntityKind::kPerson && full.keys.size() >= 2 &&
          full.keys.back() == names[n].keys[0]) {
        best = static_cast<int>(c);
      }
    }
    // A lone first name ("Thank you, Steve") stands for the one person of the story whose full
    // name starts with it; with two such people ("Steve Jobs", "Steve Ballmer") it stays apart.
    if (best < 0 && kind == EntityKind::kPerson && names[n].keys.size() == 1) {
      int only = -1;
      for (std::size_t c = 0; c < clusters.size() && only != -2; ++c) {
        const Name& full = names[clusters[c].names[0]];
        if (clusters[c].kind != EntityKind::kPerson || full.keys.size() < 2 ||
            full.keys[0] != names[n].keys[0]) {
          continue;
        }
        only = only == -1 ? static_cast<int>(c) : -2;
      }
      if (only >= 0) best = only;
    }
    if (best < 0) {
      best = static_cast<int>(clusters.size());
      clusters.push_back({{}, kind, 0});
    }
    clusters[static_cast<std::size_t>(best)].names.push_back(n);
    clusters[static_cast<std::size_t>(best)].mentions += names[n].mentions;
    name_cluster[n] = best;
  }
  return {std::move(clusters), std::move(name_cluster)};
}

// An entity's name, aliases and role from its cluster's spellings (longest name first, then
// the most mentioned, shorter, earlier) and its mentions' role votes.
void NameEntity(StoryEntity& e, const Cluster& cluster, const std::vector<Name>& names,
                const std::map<std::string, std::pair<int, std::string>>& role_votes,
                const EntityOptions& options, const Lemmatizer* ru_lemmas) {
  e.kind = EntityKindName(cluster.kind);
  std::vector<std::tuple<bool, int, std::size_t, std::size_t, std::string>> spellings;
  const std::size_t longest = names[cluster.names[0]].keys.size();
  for (std::size_t n : cluster.names) {
    for (const auto& [s, count] : names[n].surfaces) {
      spellings.emplace_back(names[n].keys.size() != longest, -count, s.size(), names[n].first_seen, s);
    }
  }
  std::sort(spellings.begin(), spellings.end());
  std::vector<std::string> lowered, distinct;
  std::size_t preferred = 0;  // how many distinct spellings are of the longest name
  for (const auto& sp : spellings) {
    const std::string& s = std::get<4>(sp);
    const std::string low = NerLower(s);
    if (std::find(lowered.begin(), lowered.end(), low) != lowered.end()) continue;
    lowered.push_back(low);
    distinct.push_back(s);
    if (!std::get<0>(sp)) ++preferred;
  }
  e.name = distinct.empty() ? "" : distinct.front();
  if (ru_lemmas != nullptr && !distinct.empty()) {
    e.name = NominativeName(distinct, std::max<std::size_t>(preferred, 1), *ru_lemmas);
  }
  for (const std::string& s : distinct) {
    if (e.aliases.size() >= options.max_aliases) break;
    if (NerLower(s) != NerLower(e.name)) e.aliases.push_back(s);
  }
  int best_votes = 0;
  for (const auto& [low, vote] : role_votes) {
    if (vote.first > best_votes) best_votes = vote.first, e.role = vote.second;
  }
  if (ru_lemmas != nullptr) e.role = digest_internal::NominativeRole(e.role, *ru_lemmas);
}

}  // namespace

EntityClusters ClusterEntities(const std::vector<EntityArticle>& articles, NameKeyer& keyer,
                               const EntityOptions& options, const Lemmatizer* ru_lemmas) {
  const NameTable table = CollectNames(articles, keyer, ru_lemmas);
  const auto [clusters, name_cluster] = ClusterNames(table.names);
  EntityClusters out;
  out.entities.resize(clusters.size());
  std::vector<std::map<std::string, std::pair<int, std::string>>> role_votes(clusters.size());
  out.mention_entity.resize(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a) {
    out.mention_entity[a].assign(articles[a].mentions.size(), -1);
    for (std::size_t m = 0; m < table.mention_name[a].size(); ++m) {
      if (table.mention_name[a][m] < 0) continue;
      const int c = name_cluster[static_cast<std::size_t>(table.mention_name[a][m])];
      out.mention_entity[a][m] = c;
      StoryEntity& e = out.entities[static_cast<std::size_t>(c)];
      if (e.articles.empty() || e.articles.back() != a) e.articles.push_back(a);
      ++e.mentions;
      const std::string& role = table.roles[a][m];
      if (!role.empty()) {
        auto& vote = role_votes[static_cast<std::size_t>(c)][NerLower(role)];
        if (vote.first++ == 0) vote.second = role;
      }
    }
  }
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    NameEntity(out.entities[c], clusters[c], table.names, role_votes[c], options, ru_lemmas);
  }
  return out;
}

std::vector<StoryEntity> BuildEntities(const std::vector<EntityArticle>& articles,
                                       NameKeyer& keyer, const EntityOptions& options,
                                       const Lemmatizer* ru_lemmas) {
  std::vector<StoryEntity> entities = ClusterEntities(articles, keyer, options, ru_lemmas).entities;
  std::sort(entities.begin(), entities.end(), [](const StoryEntity& a, const StoryEntity& b) {
    if (a.articles.size() != b.articles.size()) return a.articles.size() > b.articles.size();
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.name < b.name;
  });
  if (entities.size() > options.max_entities) entities.resize(options.max_entities);
  return entities;
}

}  // namespace storyline
