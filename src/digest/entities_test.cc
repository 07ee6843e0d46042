#include "digest/entities.h"

#include <gtest/gtest.h>

#include <map>

#include "digest/entity_roles.h"

namespace storyline {
namespace {

// An article whose mentions are given as substrings (each the first occurrence at or after the
// previous one), so that tests do not depend on a trained tagger.
struct Doc {
  std::string text;
  std::string lang;
  std::vector<std::pair<std::string, EntityKind>> mentions;
};

std::vector<EntityArticle> Articles(const std::vector<Doc>& docs) {
  std::vector<EntityArticle> out;
  for (const Doc& d : docs) {
    EntityArticle a{d.text, d.lang, {}};
    std::size_t from = 0;
    for (const auto& [s, kind] : d.mentions) {
      std::size_t at = d.text.find(s, from);
      EXPECT_NE(at, std::string::npos) << s;
      a.mentions.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size()), kind, ""});
      from = at + s.size();
    }
    out.push_back(std::move(a));
  }
  return out;
}

constexpr EntityKind kPer = EntityKind::kPerson;
constexpr EntityKind kOrg = EntityKind::kOrganization;
constexpr EntityKind kLoc = EntityKind::kPlace;

TEST(BuildEntities, MergesShortFormsSpellingsAndScripts) {
  std::vector<Doc> docs = {
      {"Deputy Foreign Minister Sergei Ryabkov met US officials. Ryabkov said talks went well.",
       "en", {{"Sergei Ryabkov", kPer}, {"US", kLoc}, {"Ryabkov", kPer}}},
      {"Sergey Ryabkov, the deputy foreign minister, spoke in Geneva.", "en",
       {{"Sergey Ryabkov", kPer}, {"Geneva", kLoc}}},
      {"Замминистра иностранных дел России Сергей Рябков заявил, что Рябкова никто не звал.", "ru",
       {{"России", kLoc}, {"Сергей Рябков", kPer}, {"Рябкова", kPer}}},
  };
  NameKeyer keyer;
  std::vector<StoryEntity> entities = BuildEntities(Articles(docs), keyer);
  ASSERT_FALSE(entities.empty());
  const StoryEntity& e = entities[0];
  EXPECT_EQ(e.kind, "person");
  EXPECT_EQ(e.articles, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_EQ(e.mentions, 5u);
  // Two-word spellings tie at one mention each: the shorter, then the first seen, is the name.
  EXPECT_EQ(e.name, "Sergei Ryabkov");
  for (const char* alias : {"Sergey Ryabkov", "Сергей Рябков", "Ryabkov", "Рябкова"}) {
    EXPECT_NE(std::find(e.aliases.begin(), e.aliases.end(), alias), e.aliases.end()) << alias;
  }
  EXPECT_EQ(e.role, "Deputy Foreign Minister");
  // US, Geneva and Россия are three places, each in one article.
  EXPECT_EQ(entities.size(), 4u);
}

TEST(BuildEntities, KeepsDifferentPeopleApart) {
  std::vector<Doc> docs = {
      {"John Smith and Jane Doe met. Later Smith left, and Mary Smith arrived.", "en",
       {{"John Smith", kPer}, {"Jane Doe", kPer}, {"Smith", kPer}, {"Mary Smith", kPer}}},
  };
  NameKeyer keyer;
  EntityClusters c = ClusterEntities(Articles(docs), keyer);
  ASSERT_EQ(c.mention_entity[0].size(), 4u);
  const auto& me = c.mention_entity[0];
  EXPECT_NE(me[0], me[1]);
  EXPECT_NE(me[0], me[3]) << "John Smith and Mary Smith share a surname only";
  EXPECT_TRUE(me[2] == me[0] || me[2] == me[3]) << "Smith joins one of the Smiths";
  EXPECT_EQ(c.entities.size(), 3u);
}

// Regression: "Steve" was a person of its own beside "Steve Jobs" in the bundled sample.
TEST(BuildEntities, ALoneFirstNameJoinsTheOnePersonItStartsWith) {
  std::vector<Doc> docs = {
      {"Steve Jobs unveiled the phone. \"Thank you, Steve,\" said Tim Cook.", "en",
       {{"Steve Jobs", kPer}, {"Steve", kPer}, {"Tim Cook", kPer}}},
  };
  NameKeyer keyer;
  EntityClusters c = ClusterEntities(Articles(docs), keyer);
  const auto& me = c.mention_entity[0];
  EXPECT_EQ(me[0], me[1]);
  EXPECT_NE(me[0], me[2]);
  docs.push_back({"Steve Ballmer answered.", "en", {{"Steve Ballmer", kPer}}});
  c = ClusterEntities(Articles(docs), keyer);
  EXPECT_NE(c.mention_entity[0][1], c.mention_entity[0][0]) << "two Steves: Steve stays apart";
  EXPECT_NE(c.mention_entity[0][1], c.mention_entity[1][0]);
}

TEST(BuildEntities, OrganisationsByPrefixAndAcronym) {
  std::vector<Doc> docs = {
      {"European Aeronautic Defence and Space Company said EADS and Lockheed Martin bid. Lockheed lost.",
       "en", {{"European Aeronautic Defence and Space Company", kOrg}, {"EADS", kOrg},
              {"Lockheed Martin", kOrg}, {"Lockheed", kOrg}}},
  };
  NameKeyer keyer;
  EntityClusters c = ClusterEntities(Articles(docs), keyer);
  const auto& me = c.mention_entity[0];
  EXPECT_EQ(me[0], me[1]) << "acronym";
  EXPECT_EQ(me[2], me[3]) << "prefix";
  EXPECT_NE(me[0], me[2]);
}

TEST(BuildEntities, SameNameOfTwoKindsIsOneEntityAndJunkIsSkipped) {
  std::vector<Doc> docs = {
      {"Apple sued. Apple won. the apple fell. The Kremlin's view.", "en",
       {{"Apple", kOrg}, {"Apple", kLoc}, {"apple", kOrg}, {"The Kremlin's", kOrg}}},
      {"Apple again.", "en", {{"Apple", kOrg}}},
  };
  NameKeyer keyer;
  EntityClusters c = ClusterEntities(Articles(docs), keyer);
  const auto& me = c.mention_entity[0];
  EXPECT_EQ(me[0], me[1]);
  EXPECT_EQ(me[2], -1) << "no capital letter: not a name";
  std::vector<StoryEntity> e = BuildEntities(Articles(docs), keyer);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].name, "Apple");
  EXPECT_EQ(e[0].kind, "organization") << "two votes of three";
  EXPECT_EQ(e[1].name, "Kremlin");
}

TEST(BuildEntities, BadMentionsNeverCrash) {
  std::string text = "Short text";
  EntityArticle a{text, "en", {{5, 3, kPer, ""}, {0, 999, kPer, ""}, {0, 0, kPer, ""}}};
  NameKeyer keyer;
  EntityClusters c = ClusterEntities({a}, keyer);
  EXPECT_TRUE(c.entities.empty());
  EXPECT_EQ(c.mention_entity[0], (std::vector<int>{-1, -1, -1}));
  EXPECT_TRUE(BuildEntities({}, keyer).empty());
}

TEST(BuildEntities, RoleInsideTheMentionAndDatelinesAreCut) {
  std::vector<Doc> docs = {
      {"GENEVA - Russian diplomats came. Deputy Foreign Minister Sergei Ryabkov spoke.", "en",
       {{"GENEVA - Russian", kOrg}, {"Deputy Foreign Minister Sergei Ryabkov", kOrg}}},
  };
  NameKeyer keyer;
  std::vector<StoryEntity> e = BuildEntities(Articles(docs), keyer);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].name, "Russian");  // one mention each: by name
  EXPECT_EQ(e[1].name, "Sergei Ryabkov");
  EXPECT_EQ(e[1].kind, "person") << "a role makes a person";
  EXPECT_EQ(e[1].role, "Deputy Foreign Minister");
  // The last word is always kept as the name, and "Deputy" alone holds no role noun.
  EXPECT_EQ(digest_internal::LeadingRoleBytes("Deputy Minister", "en"), 0u);
  EXPECT_EQ(digest_internal::LeadingRoleBytes("Minister Lavrov", "en"), 9u);
  EXPECT_EQ(digest_internal::LeadingRoleBytes("Foreign Ministry", "en"), 0u);
  EXPECT_EQ(digest_internal::LeadingRoleBytes("президент Владимир Путин", "ru"),
            std::string_view("президент ").size());
}

TEST(BuildEntities, GeneralIsARankOnlyBeforeAPerson) {
  std::vector<Doc> docs = {
      {"General Motors named a chief. General Petraeus spoke. Vice Chairman of Chrysler LLC left.",
       "en",
       {{"General Motors", kOrg}, {"General Petraeus", kPer}, {"Vice Chairman of Chrysler LLC", kPer}}},
  };
  NameKeyer keyer;
  std::vector<StoryEntity> e = BuildEntities(Articles(docs), keyer);
  ASSERT_EQ(e.size(), 3u);
  std::map<std::string, const StoryEntity*> by_name;
  for (const StoryEntity& x : e) by_name[x.name] = &x;
  ASSERT_TRUE(by_name.count("General Motors")) << "not the person \"Motors\" with the rank General";
  EXPECT_EQ(by_name["General Motors"]->kind, "organization");
  EXPECT_EQ(by_name["General Motors"]->role, "");
  ASSERT_TRUE(by_name.count("Petraeus"));
  EXPECT_EQ(by_name["Petraeus"]->kind, "person");
  EXPECT_EQ(by_name["Petraeus"]->role, "General");
  // "Vice Chairman of" belongs to someone else: the rest is the company.
  ASSERT_TRUE(by_name.count("Chrysler LLC"));
  EXPECT_EQ(by_name["Chrysler LLC"]->kind, "organization");
  EXPECT_EQ(by_name["Chrysler LLC"]->role, "");
  EXPECT_EQ(digest_internal::LeadingRoleBytes("General Motors", "en", false), 0u);
  EXPECT_EQ(digest_internal::LeadingRoleBytes("General Petraeus", "en", true), 8u);
  EXPECT_TRUE(digest_internal::RoleNamesItsOrganisation("Vice Chairman of"));
  // Russian institutions that start like a role stem are not roles.
  EXPECT_EQ(digest_internal::LeadingRoleBytes("мэрии Москвы", "ru"), 0u);
  EXPECT_EQ(digest_internal::LeadingRoleBytes("посольства США", "ru"), 0u);
  EXPECT_EQ(digest_internal::LeadingRoleBytes("мэр Москвы Собянин", "ru"),
            std::string_view("мэр ").size());
  EXPECT_FALSE(digest_internal::RoleNamesItsOrganisation("Secretary of State"));
}

TEST(BuildEntities, RussianNamesInTheNominative) {
  std::unique_ptr<Lemmatizer> ru = Lemmatizer::Open("ru");
  if (!ru) GTEST_SKIP() << "hunspell-ru not installed";
  std::vector<Doc> docs = {
      {"Визит Дмитрия Медведева в Японии. В Японии ждут Медведева. Посол Барри Лоуенкрона "
       "выступил в Парламентской ассамблее Совета Европы.",
       "ru",
       {{"Дмитрия Медведева", kPer}, {"Японии", kLoc}, {"Японии", kLoc}, {"Медведева", kPer},
        {"Барри Лоуенкрона", kPer}, {"Парламентской ассамблее Совета Европы", kOrg}}},
  };
  NameKeyer keyer;
  std::map<std::string, std::vector<std::string>> with, without;
  for (const StoryEntity& e : BuildEntities(Articles(docs), keyer, {}, ru.get())) with[e.name] = e.aliases;
  for (const StoryEntity& e : BuildEntities(Articles(docs), keyer)) without[e.name] = e.aliases;
  EXPECT_TRUE(without.count("Дмитрия Медведева")) << "without a dictionary: as written";
  ASSERT_TRUE(with.count("Дмитрий Медведев"));
  EXPECT_NE(std::find(with["Дмитрий Медведев"].begin(), with["Дмитрий Медведев"].end(),
                      "Дмитрия Медведева"),
            with["Дмитрий Медведев"].end())
      << "the written form stays as an alias";
  EXPECT_TRUE(with.count("Япония"));
  // Surnames the dictionary does not know follow their first name's case.
  {
    std::vector<Doc> people = {{"Визит Юрия Лужкова. Встреча с Борисом Громовым. Письмо Анны "
                                "Смирновой. Слова Сергея Шойгу.",
                                "ru",
                                {{"Юрия Лужкова", kPer}, {"Борисом Громовым", kPer},
                                 {"Анны Смирновой", kPer}, {"Сергея Шойгу", kPer}}}};
    std::map<std::string, std::string> kind_of;
    for (const StoryEntity& e : BuildEntities(Articles(people), keyer, {}, ru.get())) kind_of[e.name] = e.kind;
    EXPECT_TRUE(kind_of.count("Юрий Лужков"));
    EXPECT_TRUE(kind_of.count("Борис Громов"));
    EXPECT_TRUE(kind_of.count("Анна Смирнова"));
    EXPECT_TRUE(kind_of.count("Сергея Шойгу")) << "an indeclinable surname: left as written";
  }
  // Inflected spellings of one name are one entity when keyed by their dictionary forms.
  {
    std::vector<Doc> theatre = {{"Большой театр открылся. Зрители Большого театра пришли.", "ru",
                                 {{"Большой театр", kOrg}, {"Большого театра", kOrg}}}};
    EXPECT_EQ(BuildEntities(Articles(theatre), keyer, {}, ru.get()).size(), 1u);
    EXPECT_EQ(BuildEntities(Articles(theatre), keyer).size(), 2u) << "the skeletons alone differ";
  }
  // Roles by their head's nominative; an adjective-first role stays as written.
  EXPECT_EQ(digest_internal::NominativeRole("губернатора", *ru), "губернатор");
  EXPECT_EQ(digest_internal::NominativeRole("Губернатора", *ru), "Губернатор");
  EXPECT_EQ(digest_internal::NominativeRole("председателя правительства", *ru),
            "председатель правительства");
  EXPECT_EQ(digest_internal::NominativeRole("главного редактора", *ru), "главного редактора");
  EXPECT_EQ(digest_internal::NominativeRole("президент", *ru), "президент");
  EXPECT_EQ(digest_internal::NominativeRole("Deputy Foreign Minister", *ru), "Deputy Foreign Minister");
  // An unknown surname cannot be re-inflected, and attributes are not re-inflected word by word.
  EXPECT_TRUE(with.count("Барри Лоуенкрона"));
  EXPECT_TRUE(with.count("Парламентской ассамблее Совета Европы"));
}

TEST(BuildEntities, ASiteNameEndsAtItsDomain) {
  std::vector<Doc> docs = {
      {"Об этом пишет NEWSru.com. Такой вывод сделали эксперты. Сообщил J. K. Rowling из "
       "U.S. Treasury.",
       "ru",
       {{"NEWSru.com. Такой", kOrg}, {"J. K. Rowling", kPer}, {"U.S. Treasury", kOrg}}},
  };
  NameKeyer keyer;
  std::map<std::string, std::string> kinds;
  for (const StoryEntity& e : BuildEntities(Articles(docs), keyer)) kinds[e.name] = e.kind;
  EXPECT_TRUE(kinds.count("NEWSru.com")) << "not \"NEWSru.com. Такой\"";
  EXPECT_TRUE(kinds.count("J. K. Rowling")) << "initials are not domains";
  EXPECT_TRUE(kinds.count("U.S. Treasury")) << "nor is an abbreviation";
}

TEST(BuildEntities, AHyphenatedNameIsWhole) {
  std::vector<Doc> docs = {
      {"Shoppers at Wal-Mart queued. Hewlett-Packard said so. Coca-Cola fell. The pro-Russian "
       "rebels met U.S.-led forces.",
       "en",
       {{"Mart", kOrg}, {"Hewlett", kOrg}, {"Coca-Cola", kOrg}, {"Russian", EntityKind::kOther}, {"U.S.", kLoc}}},
  };
  NameKeyer keyer;
  std::map<std::string, std::string> kinds;
  for (const StoryEntity& e : BuildEntities(Articles(docs), keyer)) kinds[e.name] = e.kind;
  EXPECT_TRUE(kinds.count("Wal-Mart"));
  EXPECT_TRUE(kinds.count("Hewlett-Packard"));
  EXPECT_TRUE(kinds.count("Coca-Cola"));
  EXPECT_TRUE(kinds.count("Russian")) << "a lower-case prefix is not part of the name";
  EXPECT_TRUE(kinds.count("U.S.")) << "nor a lower-case suffix";
  EXPECT_EQ(kinds.size(), 5u);
}

TEST(BuildEntities, DottedAcronymsMeetTheirFullNames) {
  std::vector<Doc> docs = {
      {"The United States said no. U.S. officials agreed. The United Nations met; U.N. staff left.",
       "en",
       {{"United States", kLoc}, {"U.S.", kLoc}, {"United Nations", kOrg}, {"U.N.", kOrg}}},
  };
  NameKeyer keyer;
  std::map<std::string, std::vector<std::string>> aliases;
  for (const StoryEntity& e : BuildEntities(Articles(docs), keyer)) aliases[e.name] = e.aliases;
  ASSERT_EQ(aliases.size(), 2u);
  EXPECT_EQ(aliases["United States"], std::vector<std::string>{"U.S."});
  EXPECT_EQ(aliases["United Nations"], std::vector<std::string>{"U.N."});
}

TEST(FindRole, BeforeAndAfterTheName) {
  struct Case {
    const char* text;
    const char* name;
    const char* lang;
    const char* want;
  } cases[] = {
      {"Deputy Foreign Minister Sergei Ryabkov said", "Sergei Ryabkov", "en", "Deputy Foreign Minister"},
      {"Yesterday Ryabkov, the deputy foreign minister, said", "Ryabkov", "en", "deputy foreign minister"},
      {"Tim Cook, chief executive of Apple, said", "Tim Cook", "en", "chief executive of Apple"},
      {"US Secretary of State John Kerry", "John Kerry", "en", "Secretary of State"},
      {"Then John Kerry, who arrived late, spoke", "John Kerry", "en", ""},
      {"Yesterday Smith said", "Smith", "en", ""},
      {"В понедельник заместитель министра иностранных дел России Сергей Рябков заявил", "Сергей Рябков",
       "ru", "заместитель министра иностранных дел России"},
      {"Об этом заявил президент Владимир Путин", "Владимир Путин", "ru", "президент"},
      {"Об этом заявил Владимир Путин", "Владимир Путин", "ru", ""},
  };
  for (const Case& c : cases) {
    std::string_view text = c.text;
    std::size_t at = text.find(c.name);
    EXPECT_EQ(digest_internal::FindRole(text, at, at + std::string_view(c.name).size(), c.lang, 0,
                                        text.size()),
              c.want)
        << c.text;
  }
  EXPECT_EQ(digest_internal::FindRole("abc", 5, 2, "en", 0, 3), "");
}

}  // namespace
}  // namespace storyline
