#include "digest/quotes_lexicon.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace storyline::quotes {
namespace {

using WordSet = std::unordered_set<std::string_view>;

struct CueEntry {
  std::vector<std::string_view> words;
  CueShape shape;
  bool russian;
};

// Reporting verbs, chosen by reading the cues of PolNeAR train (said, says, told, according to,
// wrote, added ... cover most attributions). Words that are more often nouns or adjectives
// ("states", "reports", "claims", "notes", "thought") are left out, and so are cues that were
// right less than a fifth of the time on PolNeAR train ("expected", "pledged", "tell").
constexpr std::string_view kEnglishVerbs[] = {
    "say", "says", "said", "saying", "add", "adds", "added", "adding", "noted", "noting",
    "argue", "argues", "argued", "arguing", "claimed", "claiming", "stated", "write", "writes",
    "wrote", "writing", "explain", "explains", "explained", "explaining", "insist", "insists",
    "insisted", "insisting", "warn", "warns", "warned", "warning", "believe", "believes",
    "believed", "think", "thinks", "announced", "announces", "reported", "suggest", "suggests",
    "suggested", "suggesting", "acknowledged", "acknowledges", "acknowledging", "recalled",
    "recalls", "responded", "tweeted", "tweets", "declared", "predicted", "predicts",
    "confirmed", "denied", "denies", "admitted", "admits", "contended", "contends", "asserted",
    "asserts", "alleged", "alleges", "concluded", "agreed", "agrees", "hopes", "wants",
    "feared", "fears", "emphasized", "stressed", "complained", "conceded", "concedes",
    "boasted", "vowed", "vows", "testified", "remarked", "replied", "estimated",
    "countered", "cautioned", "lamented", "quipped", "joked", "speculated", "insisted",
    "maintained", "maintains", "promised", "promises", "accused", "criticized", "blamed",
    "praised", "called", "described", "expects", "worried", "knows", "knew",
    "showed", "shows", "found", "revealed", "indicated", "demanded", "proposed", "urged"};
constexpr std::string_view kEnglishObjectVerbs[] = {"told", "tells", "telling",
                                                    "asked", "asks", "assured", "reminded",
                                                    "informed", "warned"};
// Russian past forms (m/f/pl) and present forms of the common reporting verbs.
constexpr std::string_view kRussianVerbs[] = {
    "заявил", "заявила", "заявили", "заявляет", "заявляют", "сказал", "сказала", "сказали",
    "сообщил", "сообщила", "сообщили", "сообщает", "сообщают", "отметил", "отметила",
    "отметили", "отмечает", "подчеркнул", "подчеркнула", "подчеркнули", "подчеркивает",
    "добавил", "добавила", "добавили", "пояснил", "пояснила", "пояснили", "рассказал",
    "рассказала", "рассказали", "считает", "считают", "уверен", "уверена", "уверены",
    "признал", "признала", "признали", "объявил", "объявила", "объявили", "говорит",
    "говорят", "написал", "написала", "написали", "пишет", "ответил", "ответила",
    "ответили", "предупредил", "предупредила", "предупредили", "указал", "указала",
    "указали", "уточнил", "уточнила", "уточнили", "напомнил", "напомнила", "напомнили",
    "заверил", "заверила", "заверили", "полагает", "подтвердил", "подтвердила",
    "подтвердили", "заметил", "заметила", "передает", "убежден", "убеждена", "призвал",
    "призвала", "призвали", "опроверг", "опровергла", "констатировал", "возразил"};

std::vector<CueEntry> BuildCues() {
  std::vector<CueEntry> cues;
  for (std::string_view w : kEnglishVerbs) cues.push_back({{w}, CueShape::kVerb, false});
  for (std::string_view w : kEnglishObjectVerbs) cues.push_back({{w}, CueShape::kObject, false});
  for (std::string_view w : kRussianVerbs) cues.push_back({{w}, CueShape::kVerb, true});
  cues.push_back({{"according", "to"}, CueShape::kAccordingTo, false});
  for (std::string_view w : {"словам", "мнению", "данным", "сообщению", "информации"}) {
    cues.push_back({{"по", w}, CueShape::kAccordingTo, true});
  }
  cues.push_back({{"со", "слов"}, CueShape::kAccordingTo, true});
  return cues;
}

// First word → the cues that start with it, longest first.
const std::unordered_map<std::string_view, std::vector<CueEntry>>& CueIndex() {
  static const auto* index = [] {
    auto* m = new std::unordered_map<std::string_view, std::vector<CueEntry>>();
    for (CueEntry& c : BuildCues()) (*m)[c.words.front()].push_back(std::move(c));
    for (auto& [word, list] : *m) {
      std::sort(list.begin(), list.end(),
                [](const CueEntry& a, const CueEntry& b) { return a.words.size() > b.words.size(); });
    }
    return m;
  }();
  return *index;
}

bool In(const WordSet& set, std::string_view w) { return set.count(w) > 0; }

}  // namespace

CueMatch MatchCue(const std::vector<timex::Token>& tokens, std::size_t i) {
  const auto& index = CueIndex();
  auto it = index.find(tokens[i].lower);
  if (it == index.end()) return {};
  for (const CueEntry& c : it->second) {
    if (i + c.words.size() > tokens.size()) continue;
    bool match = true;
    for (std::size_t k = 1; k < c.words.size() && match; ++k) {
      match = tokens[i + k].lower == c.words[k];
    }
    if (!match) continue;
    // "showed off the phone", "called off the strike", "found out": a phrasal verb, not a
    // reporting one.
    static const WordSet kParticles = {"off", "up", "out", "around", "away", "down"};
    const std::size_t next = i + c.words.size();
    if (c.shape == CueShape::kVerb && !c.russian && next < tokens.size() &&
        In(kParticles, tokens[next].lower)) {
      return {};
    }
    // "applications, commonly called “apps”", "a feature is called FaceTime": naming.
    static const WordSet kNamingBefore = {"commonly", "often", "sometimes", "usually", "so",
                                          "is", "are", "was", "were", "be", "been", "being"};
    if (tokens[i].lower == "called" && i > 0 && In(kNamingBefore, tokens[i - 1].lower)) return {};
    return {c.words.size(), c.shape, c.russian};
  }
  return {};
}

bool IsCueAuxiliary(std::string_view w) {
  static const WordSet kSet = {"also", "has", "have", "had", "также"};
  return In(kSet, w);
}

bool IsClauseBoundary(std::string_view w) {
  static const WordSet kSet = {
      "and", "but", "or", "because", "while", "when", "as", "if", "so", "since", "although",
      "though", "after", "before", "where", "whereas", "than", "then", "yet", "unless", "until",
      "whether", "nor", "и", "но", "а", "или", "потому", "поскольку", "когда", "если", "хотя",
      "чтобы", "что", "как", "где"};
  return In(kSet, w);
}

bool IsRelativeSource(std::string_view w) {
  static const WordSet kSet = {"who",     "which",   "that",    "который", "которая",
                               "которое", "которые", "которых", "кто"};
  return In(kSet, w);
}

bool IsPersonPronoun(std::string_view w) {
  static const WordSet kSet = {"he", "she", "он", "она"};
  return In(kSet, w);
}

bool IsTitle(std::string_view w) {
  static const WordSet kSet = {
      "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
      "president", "pres", "secretary", "sec", "gen", "general", "prof", "professor", "judge",
      "justice", "rev", "mayor", "chairman", "chairwoman", "candidate", "minister", "lt", "col",
      "sgt", "capt", "adm", "vice", "former", "democratic", "republican", "gop", "speaker",
      "democrat", "sir", "lord", "nominee", "президент", "премьер", "министр", "глава",
      "спикер", "представитель", "директор", "губернатор", "мэр", "председатель", "депутат",
      "сенатор", "генсек", "посол", "замминистра", "официальный"};
  return In(kSet, w);
}

bool IsNameStopWord(std::string_view w) {
  static const WordSet kSet = {
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
      "my", "your", "in", "on", "at", "but", "and", "for", "of", "with", "by", "from", "to",
      "as", "after", "before", "when", "while", "if", "so", "it", "he", "she", "they", "we",
      "i", "however", "meanwhile", "also", "there", "then", "now", "today", "yesterday", "both",
      "many", "some", "most", "several", "other", "others", "one", "two", "three", "no", "not",
      "in", "в", "на", "и", "но", "по", "как", "об", "это", "этот", "эта", "при", "он", "она",
      "они", "мы", "я", "так", "также", "однако", "по", "с", "со", "у", "к", "officials",
      "critics", "analysts", "experts", "sources", "aides", "advisers", "voters", "police",
      "authorities", "witnesses", "residents", "observers", "investigators", "prosecutors",
      "researchers", "scientists", "doctors", "lawyers", "supporters", "opponents", "protesters",
      "engineers", "workers", "officers", "volunteers", "teachers", "students", "parents",
      "farmers", "economists", "diplomats", "residents", "democrats", "republicans",
      "эксперты", "власти", "аналитики", "источник", "источники", "представители", "очевидцы",
      "полиция", "врачи", "ученые", "наблюдатели", "сми",
      // Sentence-initial prepositions and adverbs ("During his speech he stated …").
      "during", "despite", "although", "though", "since", "until", "under", "over", "about",
      "among", "against", "without", "within", "through", "throughout", "because", "according",
      "earlier", "later", "last", "next", "yet", "still", "thus", "instead", "indeed", "finally",
      "initially", "previously", "recently", "после", "во", "за", "до", "из", "для", "от", "под",
      "перед", "между", "через", "ранее", "позже", "затем", "тогда"};
  return In(kSet, w);
}

bool IsAbbreviation(std::string_view w) {
  static const WordSet kSet = {"mr",   "mrs", "ms",  "dr",  "sen", "rep", "gov", "gen", "col",
                               "lt",   "sgt", "capt", "st", "jr",  "sr",  "inc", "co",  "corp",
                               "ltd",  "no",  "vs",  "jan", "feb", "mar", "apr", "jun", "jul",
                               "aug",  "sep", "sept", "oct", "nov", "dec", "prof", "rev", "ft",
                               "mt",   "gg",  "г",   "гг",  "им",  "ул",  "т",   "д",   "ст"};
  return In(kSet, w);
}

bool IsTrailingAdjunctStart(std::string_view w) {
  static const WordSet kSet = {
      "on", "in", "at", "during", "last", "this", "yesterday", "today", "tonight", "earlier",
      "later", "recently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "after", "before", "while", "when", "as", "to", "from", "via", "through",
      "from", "of", "about", "with", "in", "в", "на", "во", "журналистам", "агентству",
      "изданию", "телеканалу", "газете", "радио", "корреспонденту", "после", "накануне",
      "сегодня", "вчера", "также", "ранее"};
  return In(kSet, w);
}

}  // namespace storyline::quotes
