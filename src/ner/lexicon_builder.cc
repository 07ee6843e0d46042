#include "ner/lexicon_builder.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/translit.h>
#include <unicode/tznames.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <fstream>
#include <memory>

#include "ner/features.h"
#include "ner/ner_tokenizer.h"

namespace storyline {
namespace {

// UN M49 region codes ICU names ("Europe", "Latin America", "Southeast Asia", ...).
constexpr const char* kRegions[] = {"001", "002", "005", "009", "011", "013", "014", "015",
                                    "017", "018", "019", "021", "029", "030", "034", "035",
                                    "039", "053", "054", "057", "061", "142", "143", "145",
                                    "150", "151", "154", "155", "419"};

// Hand-written closed-class words (not taken from any corpus).
struct CueWords {
  const char* org_cues;
  const char* titles;
  const char* place_cues;
  const char* orgs;    // '|'-separated names of well-known institutions
  const char* places;  // '|'-separated places ICU does not name (usual short forms, states)
};

const CueWords kEnglish = {
    "inc inc. corp corp. corporation co co. ltd ltd. llc plc ag gmbh s.a. nv group holdings "
    "holding bank university college institute ministry department party council committee "
    "commission association federation union agency authority airlines airways motors company "
    "foundation society league club court parliament congress senate assembly army navy police "
    "times news post journal herald tribune press service board office bureau organisation "
    "organization network systems technologies technology industries international fund exchange "
    "school hospital church fc securities capital partners electric energy petroleum oil telecom "
    "communications media television radio broadcasting records pictures studios labs "
    "laboratories pharmaceuticals insurance trust brothers airport",
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady president vice-president minister "
    "secretary chancellor premier governor senator sen. rep. gov. mayor king queen prince "
    "princess pope judge justice general gen. col. capt. lt. sgt. admiral chairman chairwoman "
    "spokesman spokeswoman ceo director coach manager striker midfielder defender goalkeeper "
    "leader ambassador envoy commissioner chief founder analyst executive president-elect "
    "candidate officer professor economist player captain champion actor singer author",
    "river lake mountain mountains mount mt. island islands sea ocean bay gulf valley county "
    "province state region city street st. avenue road square district republic kingdom "
    "peninsula desert strait canal park bridge coast heights hills beach",
    "united nations|un|nato|european union|eu|imf|international monetary fund|world bank|opec|"
    "wto|world trade organization|world health organization|fifa|uefa|ioc|red cross|unicef|"
    "unesco|interpol|fbi|cia|nasa|pentagon|kremlin|white house|european commission|"
    "security council|federal reserve|nyse|nasdaq|reuters|associated press|afp|bbc|cnn|"
    "wikinews|wikipedia|european central bank|ecb|african union|arab league|asean|g8|g20|"
    "european parliament|supreme court|labour party|conservative party|democratic party|"
    "republican party|new york stock exchange|dow jones|ftse|nikkei|xinhua|itar-tass|interfax",
    "u.s.|u.s.a.|usa|america|u.k.|britain|great britain|england|scotland|wales|"
    "northern ireland|soviet union|ussr|holland|middle east|west bank|gaza|gaza strip|"
    "kosovo|chechnya|siberia|tibet|kashmir|darfur|balkans|scandinavia|alabama|alaska|"
    "arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|"
    "minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|"
    "new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|"
    "rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|"
    "washington|west virginia|wisconsin|wyoming|ontario|quebec|british columbia|alberta|"
    "bavaria|catalonia|sicily|sardinia|corsica|crimea|tatarstan|"
    // cities that are no time-zone city
    "geneva|washington|ottawa|bonn|frankfurt|munich|hamburg|cologne|milan|naples|florence|"
    "venice|barcelona|seville|marseille|lyon|strasbourg|basel|davos|the hague|rotterdam|"
    "antwerp|krakow|gdansk|st. petersburg|saint petersburg|odessa|kharkiv|donetsk|ankara|"
    "izmir|tel aviv|basra|mosul|islamabad|lahore|mumbai|bombay|delhi|new delhi|bangalore|"
    "chennai|beijing|peking|guangzhou|shenzhen|osaka|kyoto|hanoi|ho chi minh city|"
    "san francisco|boston|houston|dallas|miami|atlanta|seattle|philadelphia|baltimore|"
    "san diego|las vegas|brasilia|rio de janeiro|cape town|durban|mecca|medina|kandahar|"
    "aleppo|benghazi|tripoli|kyiv|bethlehem|ramallah|hebron|oxford|cambridge|manchester|"
    "liverpool|birmingham|leeds|glasgow|edinburgh|cardiff|belfast|quebec city"};

const CueWords kRussian = {
    "ооо оао зао пао ао нко гк компания корпорация банк министерство ведомство партия "
    "университет институт академия служба агентство комитет комиссия совет дума правительство "
    "администрация мэрия суд прокуратура полиция фонд союз ассоциация федерация клуб группа "
    "холдинг концерн завод театр музей школа больница управление департамент инспекция "
    "общество организация движение фракция центр объединение биржа телеканал газета",
    "г-н господин президент премьер премьер-министр министр глава губернатор мэр депутат "
    "сенатор председатель директор гендиректор замминистра заместитель посол спикер лидер "
    "король королева папа патриарх генерал полковник судья представитель пресс-секретарь "
    "тренер эксперт аналитик вице-премьер вице-президент руководитель основатель канцлер "
    "премьер-министра министра президента главы губернатора",
    "город г. село деревня поселок посёлок область обл. край республика район округ улица ул. "
    "проспект площадь река озеро гора остров море залив штат провинция регион столица",
    "оон|нато|ес|евросоюз|европейский союз|мвф|всемирный банк|опек|вто|воз|фифа|уефа|мок|"
    "кремль|белый дом|госдума|государственная дума|совфед|совет федерации|мид|фсб|мвд|"
    "минобороны|цб|центробанк|газпром|роснефть|сбербанк|ржд|единая россия|кпрф|лдпр|"
    "итар-тасс|интерфакс|риа новости|тасс",
    "рф|сша|англия|великобритания|шотландия|ссср|советский союз|ближний восток|"
    "сибирь|урал|дальний восток|кавказ|северный кавказ|чечня|дагестан|татарстан|башкирия|"
    "башкортостан|крым|подмосковье|петербург|санкт-петербург|ленинградская область|"
    "московская область|краснодарский край|приморье|якутия|камчатка|сахалин|донбасс|"
    "новосибирск|екатеринбург|нижний новгород|казань|самара|омск|челябинск|ростов|"
    "ростов-на-дону|уфа|красноярск|пермь|воронеж|волгоград|краснодар|саратов|тюмень|"
    "иркутск|хабаровск|владивосток|ярославль|томск|мурманск|архангельск|сочи|севастополь|"
    "симферополь|грозный|махачкала|киев|минск|астана|алма-ата|ташкент|тбилиси|ереван|баку|"
    "кишинев|кишинёв|рига|вильнюс|таллин|варшава|берлин|париж|лондон|вашингтон|нью-йорк|"
    "пекин|токио|стамбул|анкара|тегеран|багдад|дамаск|каир|иерусалим|брюссель|женева|вена|рим"};

std::string Utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Adds a name, and its forms with "&" spelled out, without a parenthesised part, and before a
// " - " ("Congo - Kinshasa" → "Congo").
void AddName(NerLexicon* lex, std::string name, uint16_t classes) {
  if (name.empty()) return;
  lex->Add(LexiconPhrase(name), classes);
  if (std::size_t amp = name.find(" & "); amp != std::string::npos) {
    lex->Add(LexiconPhrase(name.substr(0, amp) + " and " + name.substr(amp + 3)), classes);
  }
  if (std::size_t paren = name.find(" ("); paren != std::string::npos) {
    lex->Add(LexiconPhrase(name.substr(0, paren)), classes);
  }
  if (std::size_t dash = name.find(" - "); dash != std::string::npos) {
    lex->Add(LexiconPhrase(name.substr(0, dash)), classes);
  }
}

void AddWords(NerLexicon* lex, std::string_view words, uint16_t classes) {
  while (!words.empty()) {
    const std::size_t sp = words.find(' ');
    lex->Add(NerLower(words.substr(0, sp)), classes);
    words = sp == std::string_view::npos ? std::string_view() : words.substr(sp + 1);
  }
}

void AddPhrases(NerLexicon* lex, std::string_view phrases, uint16_t classes) {
  while (!phrases.empty()) {
    const std::size_t bar = phrases.find('|');
    AddName(lex, std::string(phrases.substr(0, bar)), classes);
    phrases = bar == std::string_view::npos ? std::string_view() : phrases.substr(bar + 1);
  }
}

void AddCountriesAndLanguages(NerLexicon* lex, const icu::Locale& in) {
  UDisplayContext contexts[] = {UDISPCTX_LENGTH_SHORT};
  std::unique_ptr<icu::LocaleDisplayNames> short_names(
      icu::LocaleDisplayNames::createInstance(in, contexts, 1));
  icu::UnicodeString name;
  auto add_region = [&](const char* code) {
    const std::string display = Utf8(icu::Locale("", code).getDisplayCountry(in, name));
    if (display != code) AddName(lex, display, kLexPlace);
    if (short_names) {
      AddName(lex, Utf8(short_names->regionDisplayName(code, name)), kLexPlace);
    }
  };
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) add_region(*c);
  for (const char* code : kRegions) add_region(code);
  for (const char* const* l = icu::Locale::getISOLanguages(); *l != nullptr; ++l) {
    // ICU answers with the code itself when it has no name in this language.
    const std::string display = Utf8(icu::Locale(*l).getDisplayLanguage(in, name));
    if (NerLower(display) != *l) AddName(lex, display, kLexLanguage);
  }
}

void AddTimeZoneCities(NerLexicon* lex, const icu::Locale& in) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(in, status));
  std::unique_ptr<icu::StringEnumeration> ids(
      icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status) || !names || !ids) return;
  for (const icu::UnicodeString* id = ids->snext(status); id != nullptr && U_SUCCESS(status);
       id = ids->snext(status)) {
    icu::UnicodeString city;
    names->getExemplarLocationName(*id, city);
    AddName(lex, Utf8(city), kLexPlace);
  }
}

void AddCalendar(NerLexicon* lex, const icu::Locale& in) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(in, status);
  if (U_FAILURE(status)) return;
  using S = icu::DateFormatSymbols;
  for (S::DtContextType context : {S::FORMAT, S::STANDALONE}) {
    int32_t n = 0;
    const icu::UnicodeString* months = symbols.getMonths(n, context, S::WIDE);
    for (int32_t i = 0; i < n; ++i) AddName(lex, Utf8(months[i]), kLexCalendar);
    const icu::UnicodeString* days = symbols.getWeekdays(n, context, S::WIDE);
    for (int32_t i = 0; i < n; ++i) AddName(lex, Utf8(days[i]), kLexCalendar);
  }
}

// A word listed in lower case is common; one listed capitalised is a proper noun (both are
// possible: "Bush", "bush"). Possessives ("Aaron's") are left out.
Status AddDictionary(NerLexicon* lex, const std::string& path) {
  std::ifstream f(path);
  if (!f) return Status::NotFound(path + ": no such word list");
  for (std::string word; std::getline(f, word);) {
    if (word.empty() || word.find('\'') != std::string::npos) continue;
    const bool capital = word[0] >= 'A' && word[0] <= 'Z';
    lex->Add(NerLower(word), capital ? kLexProper : kLexCommon);
  }
  return Status::Ok();
}

// Name tables list "June", "Paris", "Company" too: a word that is already a place, month,
// language, organisation or cue word, or a dictionary word only in lower case, stays that.
void AddPerson(NerLexicon* lex, const std::string& name) {
  const std::string phrase = LexiconPhrase(name);
  const uint16_t known = lex->Find(lex->Key(phrase));
  if ((known & ~(kLexCommon | kLexProper)) != 0) return;
  if ((known & kLexCommon) && !(known & kLexProper)) return;
  lex->Add(phrase, kLexPerson);
}

bool AllLatin(const std::string& s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (c < 0 || (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)) {
      return false;
    }
  }
  return true;
}

// For an English lexicon, names in other scripts are added as English news spells them
// (approximately): "Сергей" → "Sergey", "Γιώργος" → "Giorgos".
Status AddNames(NerLexicon* lex, const std::string& path, bool latin) {
  std::ifstream f(path);
  if (!f) return Status::NotFound(path + ": no such name list");
  std::unique_ptr<icu::Transliterator> to_latin;
  if (latin) {
    UErrorCode status = U_ZERO_ERROR;
    to_latin.reset(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) to_latin.reset();
  }
  for (std::string name; std::getline(f, name);) {
    if (!latin || AllLatin(name)) AddPerson(lex, name);
    if (!to_latin || AllLatin(name)) continue;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
    to_latin->transliterate(u);
    AddPerson(lex, Utf8(u));
  }
  return Status::Ok();
}

}  // namespace

std::string LexiconPhrase(std::string_view name) {
  std::string out;
  for (const NerSentence& s : SplitForNer(name)) {
    for (const NerToken& t : s) {
      if (!out.empty()) out.push_back(' ');
      out += NerLower(t.text);
    }
  }
  return out;
}

Result<NerLexicon> BuildLexicon(const LexiconSources& sources) {
  const CueWords* cues = sources.lang == "en" ? &kEnglish : sources.lang == "ru" ? &kRussian : nullptr;
  if (cues == nullptr) return Status::InvalidArgument("no lexicon for language '" + sources.lang + "'");
  NerLexicon lex(sources.lang == "ru" ? LexFold::kRussianEndings : LexFold::kNone);
  if (!sources.dictionary_path.empty()) {
    if (Status s = AddDictionary(&lex, sources.dictionary_path); !s.ok()) return s;
  }
  const icu::Locale in(sources.lang.c_str());
  AddCountriesAndLanguages(&lex, in);
  AddTimeZoneCities(&lex, in);
  AddCalendar(&lex, in);
  AddWords(&lex, cues->org_cues, kLexOrgCue);
  AddWords(&lex, cues->titles, kLexTitle);
  AddWords(&lex, cues->place_cues, kLexPlaceCue);
  AddPhrases(&lex, cues->orgs, kLexOrg);
  AddPhrases(&lex, cues->places, kLexPlace);
  if (!sources.names_path.empty()) {  // last: AddPerson looks at what the others made of a word
    if (Status s = AddNames(&lex, sources.names_path, sources.lang != "ru"); !s.ok()) return s;
  }
  return lex;
}

}  // namespace storyline
