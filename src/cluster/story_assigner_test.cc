#include "cluster/story_assigner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

#include "base/clock.h"
#include "dedup/test_text.h"

namespace storyline {
namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kT0 = 1700000000;

// Three articles about each of two events, plus one about another event of A's kind.
struct TestArticle {
  const char* key;
  const char* title;
  const char* body;
};

const TestArticle kArticles[] = {
    {"A1", "Strong earthquake hits Izmir, buildings collapse",
     "A magnitude 6.8 earthquake struck the Turkish city of Izmir on Friday afternoon, "
     "toppling at least twenty buildings in the Bayrakli district. Governor Yavuz Kosger said "
     "rescue teams from AFAD were searching the rubble for survivors. The quake was also felt "
     "on the Greek island of Samos, where a small tsunami flooded the harbour."},
    {"A2", "Izmir quake: rescuers pull survivors from rubble",
     "Rescuers in Izmir worked through the night after Friday's earthquake, pulling survivors "
     "from collapsed apartment blocks in Bayrakli. AFAD said the death toll had risen to 39. "
     "Governor Yavuz Kosger thanked volunteers, and Samos authorities reported damage to the "
     "port after the tsunami."},
    {"A3", "Death toll rises after Aegean earthquake",
     "The number of people killed by the earthquake that shook Izmir and the island of Samos "
     "rose to 58 on Sunday. Teams from AFAD rescued a girl from a collapsed building in "
     "Bayrakli after 65 hours. Governor Yavuz Kosger said temporary tents had been set up for "
     "families whose homes were destroyed."},
    {"B1", "Orbital Systems chief Laura Chen resigns",
     "Laura Chen, the chief executive of chip maker Orbital Systems, resigned on Monday after "
     "the board rejected her plan to buy rival Nanolith for 12 billion dollars. Orbital shares "
     "fell 8 percent in early trading in New York. Chairman David Okafor will run the company "
     "until a successor is found."},
    {"B2", "Orbital shares slide as Chen steps down",
     "Shares of Orbital Systems slid on Monday after Laura Chen stepped down as chief "
     "executive. Analysts said the failed Nanolith deal had divided the board. David Okafor, "
     "the chairman, takes over as interim chief while the search for a successor begins."},
    {"B3", "Who will replace Laura Chen at Orbital?",
     "Orbital Systems has hired a search firm to replace Laura Chen, who quit as chief "
     "executive after the board blocked the Nanolith acquisition. Interim chief David Okafor "
     "told staff that the chip maker's strategy would not change. Orbital shares recovered "
     "slightly on Tuesday."},
    {"C1", "Earthquake shakes northern Chile",
     "A magnitude 6.2 earthquake struck northern Chile on Friday near the port of Antofagasta. "
     "The national emergency office Senapred said there were no immediate reports of damage "
     "or casualties, and no tsunami warning was issued. Copper mines in the region briefly "
     "halted operations as a precaution."},
};

struct Fixture {
  std::map<std::string, std::pair<AnalyzedText, AnalyzedText>> texts;  // key → title, body
  std::size_t next_index = 0;

  ClusterDoc Doc(const std::string& key, std::optional<int64_t> time, std::string lang = "en") {
    if (texts.count(key) == 0) {
      for (const TestArticle& a : kArticles) {
        if (key == a.key) texts[key] = {MakeTestText(a.title), MakeTestText(a.body)};
      }
    }
    auto& [title, body] = texts.at(key);
    return ClusterDoc{next_index++, time, std::move(lang), &title, &body};
  }
};

struct Arrival {
  const char* key;
  int64_t offset;  // seconds after kT0
};

// Story id of each arrival, in order.
std::vector<uint64_t> AddAll(StoryAssigner& assigner, Fixture& fx, const std::vector<Arrival>& in) {
  std::vector<uint64_t> ids;
  for (const Arrival& a : in) ids.push_back(assigner.Add(fx.Doc(a.key, kT0 + a.offset)).story_id);
  return ids;
}

// The streaming step alone, at the join threshold the fixtures were written for: these tests
// pin the mechanics of Add (joins, ids, windows), not the batch defaults, which join less in
// the stream and leave the rest to Consolidate (tested below).
ClusterOptions Streaming() {
  ClusterOptions o;
  o.threshold = 0.3;
  o.consolidate_threshold = 0;
  return o;
}

const std::vector<Arrival> kInterleaved = {{"A1", 0},          {"B1", 3600},  {"A2", 7200},
                                           {"C1", 9000},       {"B2", 10800}, {"A3", kDay},
                                           {"B3", kDay + 3600}};

TEST(StoryAssigner, GroupsEventsAndKeepsOthersApart) {
  StoryAssigner assigner(Streaming());
  Fixture fx;
  const std::vector<uint64_t> ids = AddAll(assigner, fx, kInterleaved);
  // A1 B1 A2 C1 B2 A3 B3
  EXPECT_EQ(ids[0], 1u);
  EXPECT_EQ(ids[1], 2u);
  EXPECT_EQ(ids[2], ids[0]);
  EXPECT_EQ(ids[3], 3u) << "another earthquake is another story";
  EXPECT_EQ(ids[4], ids[1]);
  EXPECT_EQ(ids[5], ids[0]);
  EXPECT_EQ(ids[6], ids[1]);
  EXPECT_EQ(assigner.NumStories(), 3u);
  const std::vector<StoryGroup> stories = assigner.Stories();
  ASSERT_EQ(stories.size(), 3u);
  EXPECT_EQ(stories[0].members, (std::vector<std::size_t>{0, 2, 5}));
  EXPECT_EQ(stories[1].members, (std::vector<std::size_t>{1, 4, 6}));
  EXPECT_EQ(stories[2].members, (std::vector<std::size_t>{3}));
}

TEST(StoryAssigner, BatchModeWithObservedIdfGroupsTheSame) {
  StoryAssigner assigner(Streaming());
  Fixture fx;
  std::vector<ClusterDoc> docs;
  for (const Arrival& a : kInterleaved) docs.push_back(fx.Doc(a.key, kT0 + a.offset));
  for (const ClusterDoc& d : docs) assigner.ObserveForIdf(d);
  std::vector<uint64_t> ids;
  for (const ClusterDoc& d : docs) ids.push_back(assigner.Add(d).story_id);
  EXPECT_EQ(ids, (std::vector<uint64_t>{1, 2, 1, 3, 2, 1, 2}));
}

TEST(StoryAssigner, StoryIdsStayStableAsArticlesArrive) {
  StoryAssigner assigner(Streaming());
  Fixture fx;
  const std::vector<uint64_t> first = AddAll(assigner, fx, {{"A1", 0}, {"B1", 60}});
  const std::vector<uint64_t> later =
      AddAll(assigner, fx, {{"C1", 120}, {"A2", 180}, {"B2", 240}, {"B3", 300}, {"A3", 360}});
  EXPECT_EQ(later[0], 3u);
  EXPECT_EQ(later[1], first[0]);
  EXPECT_EQ(later[2], first[1]);
  EXPECT_EQ(later[3], first[1]);
  EXPECT_EQ(later[4], first[0]);
}

TEST(StoryAssigner, ReportsSimilarityOfJoins) {
  StoryAssigner assigner(Streaming());
  Fixture fx;
  const Assignment a1 = assigner.Add(fx.Doc("A1", kT0));
  EXPECT_TRUE(a1.new_story);
  EXPECT_EQ(a1.similarity, 0.0);
  const Assignment a2 = assigner.Add(fx.Doc("A2", kT0 + 60));
  EXPECT_FALSE(a2.new_story);
  EXPECT_GE(a2.similarity, assigner.options().threshold);
  EXPECT_LE(a2.similarity, 1.0 + 1e-9);
  const Assignment copy = assigner.Add(fx.Doc("A1", kT0 + 120));
  EXPECT_FALSE(copy.new_story);
  EXPECT_GT(copy.similarity, 0.8) << "a reprint joins with a high score";
}

struct LangCase {
  const char* name;
  const char* first_lang;
  const char* second_lang;
  bool same_story;
};

TEST(StoryAssigner, MergesOnlyCompatibleLanguages) {
  const LangCase cases[] = {
      {"same language", "en", "en", true},        {"different languages", "en", "de", false},
      {"unknown joins known", "en", "und", true}, {"known joins unknown", "und", "fr", true},
      {"empty is unknown", "", "ru", true},
  };
  ClusterOptions same_language_only;
  same_language_only.cross_threshold = 0;  // the cross-language path has its own test
  for (const auto& c : cases) {
    StoryAssigner assigner(same_language_only);
    Fixture fx;
    const uint64_t first = assigner.Add(fx.Doc("B1", kT0, c.first_lang)).story_id;
    const uint64_t second = assigner.Add(fx.Doc("B2", kT0 + 60, c.second_lang)).story_id;
    EXPECT_EQ(first == second, c.same_story) << c.name;
  }
}

TEST(StoryAssigner, StoryTakesTheFirstKnownLanguage) {
  ClusterOptions same_language_only;
  same_language_only.cross_threshold = 0;
  StoryAssigner assigner(same_language_only);
  Fixture fx;
  const uint64_t id = assigner.Add(fx.Doc("B1", kT0, "und")).story_id;
  EXPECT_EQ(assigner.Add(fx.Doc("B2", kT0 + 60, "en")).story_id, id);
  EXPECT_NE(assigner.Add(fx.Doc("B3", kT0 + 120, "de")).story_id, id);
}

struct TimeCase {
  const char* name;
  std::optional<int64_t> first;
  std::optional<int64_t> second;
  bool same_story;
};

// The window is measured from the story's time span, with a short window here so that the
// cases stay small; the default is long (see DefaultsKeepQuietStoriesOpenForWeeks).
TEST(StoryAssigner, RespectsTheTimeWindow) {
  const TimeCase cases[] = {
      {"an hour later", kT0, kT0 + 3600, true},
      {"two days later", kT0, kT0 + 2 * kDay, true},
      {"ten days later", kT0, kT0 + 10 * kDay, false},
      {"ten days earlier", kT0, kT0 - 10 * kDay, false},
      {"unknown new time", kT0, std::nullopt, true},
      {"unknown story time", std::nullopt, kT0 + 10 * kDay, true},
  };
  ClusterOptions options = Streaming();
  options.window_days = 3;
  for (const auto& c : cases) {
    StoryAssigner assigner(options);
    Fixture fx;
    const uint64_t first = assigner.Add(fx.Doc("A1", c.first)).story_id;
    const uint64_t second = assigner.Add(fx.Doc("A2", c.second)).story_id;
    EXPECT_EQ(first == second, c.same_story) << c.name;
  }
}

// Stories in sampled or slow feeds go quiet for weeks (docs/TUNING.md): within the 30-day
// grace a follow-up scores as if it came the same hour; past the 730-day window it is new.
// With the defaults the stream alone may leave the follow-up apart; the batch's consolidation
// decides, so both steps run here.
TEST(StoryAssigner, DefaultsKeepQuietStoriesOpenForWeeks) {
  const TimeCase cases[] = {
      {"three weeks later", kT0, kT0 + 21 * kDay, true},
      {"three weeks earlier", kT0, kT0 - 21 * kDay, true},
      {"past the window", kT0, kT0 + 731 * kDay, false},
  };
  for (const auto& c : cases) {
    StoryAssigner assigner;
    Fixture fx;
    assigner.Add(fx.Doc("A1", c.first));
    assigner.Add(fx.Doc("A2", c.second));
    assigner.Consolidate();
    EXPECT_EQ(assigner.NumStories() == 1, c.same_story) << c.name;
  }
  StoryAssigner now;
  StoryAssigner later;
  Fixture fx;
  now.Add(fx.Doc("A1", kT0));
  later.Add(fx.Doc("A1", kT0));
  const double soon = now.Add(fx.Doc("A2", kT0 + 3600)).best_candidate;
  EXPECT_GT(soon, 0.1);
  EXPECT_DOUBLE_EQ(soon, later.Add(fx.Doc("A2", kT0 + 29 * kDay)).best_candidate)
      << "no decay inside the grace period";
}

struct DecayCase {
  const char* name;
  double grace_days;
  int64_t gap_days;  // from the story's last article
  double factor;     // expected late / soon similarity: 0.5^((gap - grace) / 7), 1 inside grace
};

TEST(StoryAssigner, DecayRaisesTheBarForQuietStories) {
  const DecayCase cases[] = {
      {"one half-life, no grace", 0, 7, 0.5},
      {"two half-lives, no grace", 0, 14, 0.25},
      {"inside the grace", 3, 2, 1.0},
      {"one half-life past the grace", 3, 10, 0.5},
  };
  for (const auto& c : cases) {
    ClusterOptions options;
    options.window_days = 30;
    options.threshold = 0.1;  // low enough that the decayed reprint still joins
    options.decay_half_life_days = 7;
    options.decay_grace_days = c.grace_days;
    StoryAssigner assigner(options);
    Fixture fx;
    assigner.Add(fx.Doc("A1", kT0));
    // A reprint scores ~1 however many copies the story has, so only the decay differs.
    const double soon = assigner.Add(fx.Doc("A1", kT0 + 60)).similarity;
    const double late = assigner.Add(fx.Doc("A1", kT0 + 60 + c.gap_days * kDay)).similarity;
    EXPECT_NEAR(late, soon * c.factor, 0.02) << c.name;
  }
}

TEST(StoryAssigner, IdenticalInputGivesIdenticalOutput) {
  auto run = [] {
    StoryAssigner assigner;
    Fixture fx;
    std::vector<std::pair<uint64_t, double>> out;
    for (int round = 0; round < 3; ++round) {
      for (const Arrival& a : kInterleaved) {
        const Assignment got = assigner.Add(fx.Doc(a.key, kT0 + round * 3 * kDay + a.offset));
        out.emplace_back(got.story_id, got.similarity);
      }
    }
    return std::make_pair(out, assigner.Stories().size());
  };
  const auto first = run();
  const auto second = run();
  EXPECT_EQ(first.first, second.first);
  EXPECT_EQ(first.second, second.second);
}

TEST(StoryAssigner, ArticleWithoutFeaturesStartsAStory) {
  StoryAssigner assigner;
  Fixture fx;
  AnalyzedText empty;
  const ClusterDoc doc{0, kT0, "en", &empty, &empty};
  const Assignment a = assigner.Add(doc);
  const Assignment b = assigner.Add(doc);
  EXPECT_TRUE(a.new_story);
  EXPECT_TRUE(b.new_story);
  EXPECT_NE(a.story_id, b.story_id);
  const ClusterDoc no_title{1, kT0, "en", nullptr, &empty};
  EXPECT_TRUE(assigner.Add(no_title).new_story);
}

TEST(StoryAssigner, ExplainsWithSharedNames) {
  StoryAssigner assigner;
  Fixture fx;
  const uint64_t id = assigner.Add(fx.Doc("B1", kT0)).story_id;
  const ClusterDoc b2 = fx.Doc("B2", kT0 + 60);
  ASSERT_EQ(assigner.Add(b2).story_id, id);
  const auto shared = assigner.TopSharedTerms(id, b2, 5);
  ASSERT_EQ(shared.size(), 5u);
  std::vector<std::string> terms;
  for (const auto& [term, weight] : shared) terms.push_back(term);
  EXPECT_NE(std::find(terms.begin(), terms.end(), "orbital"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "chen"), terms.end());
  for (std::size_t i = 1; i < shared.size(); ++i) EXPECT_GE(shared[i - 1].second, shared[i].second);
  EXPECT_TRUE(assigner.TopSharedTerms(id + 100, b2).empty());
  EXPECT_TRUE(assigner.TopSharedTerms(0, b2).empty());
}

TEST(StoryAssigner, ValidatesOptions) {
  EXPECT_TRUE(ValidateClusterOptions({}).ok());
  ClusterOptions bad;
  bad.threshold = 0;
  EXPECT_EQ(ValidateClusterOptions(bad).code(), StatusCode::kInvalidArgument);
  bad = {};
  bad.window_days = -1;
  EXPECT_FALSE(ValidateClusterOptions(bad).ok());
  bad = {};
  bad.decay_grace_days = -1;
  EXPECT_FALSE(ValidateClusterOptions(bad).ok());
  bad = {};
  bad.lead_weight = 0.5;
  EXPECT_FALSE(ValidateClusterOptions(bad).ok());
  bad = {};
  bad.max_candidates = 0;
  EXPECT_FALSE(ValidateClusterOptions(bad).ok());
  bad = {};
  bad.merge_threshold = 1.5;
  EXPECT_FALSE(ValidateClusterOptions(bad).ok());
  bad = {};
  bad.group_average = 0.5;
  EXPECT_FALSE(ValidateClusterOptions(bad).ok());
}

TEST(StoryAssigner, SetClusterOptionByName) {
  ClusterOptions o;
  EXPECT_TRUE(SetClusterOption(o, "merge_threshold", 0.25).ok());
  EXPECT_EQ(o.merge_threshold, 0.25);
  EXPECT_TRUE(SetClusterOption(o, "max_candidates", 7).ok());
  EXPECT_EQ(o.max_candidates, 7u);
  EXPECT_EQ(SetClusterOption(o, "no_such_field", 1).code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(SetClusterOption(o, "probe_terms", -3).ok());
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Group average divides by the story's size, centroid cosine by |sum of unit vectors| ≤ size:
// equal for a one-article story, strictly lower for a bigger story of distinct articles.
TEST(StoryAssigner, GroupAverageIsMeanCosineNotCentroidCosine) {
  std::map<double, std::vector<double>> sims;  // group_average → similarity of A2, A3
  for (double ga : {0.0, 1.0}) {
    ClusterOptions o;
    o.group_average = ga;
    o.link_weight = 0;
    o.threshold = 0.05;
    StoryAssigner assigner(o);
    Fixture fx;
    assigner.Add(fx.Doc("A1", kT0));
    for (const char* key : {"A2", "A3"}) {
      Assignment a = assigner.Add(fx.Doc(key, kT0 + 60));
      ASSERT_FALSE(a.new_story) << key;
      sims[ga].push_back(a.similarity);
    }
  }
  EXPECT_NEAR(sims[1.0][0], sims[0.0][0], 1e-6) << "one member: the same (float vectors)";
  EXPECT_LT(sims[1.0][1], sims[0.0][1]) << "two distinct members: mean < centroid cosine";
  EXPECT_GT(sims[1.0][1], 0.0);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// With a join threshold no article can reach, every article starts a story; the merge pass
// then joins same-event stories into the older one and leaves the other event alone.
TEST(StoryAssigner, MergePassJoinsSplitStoriesIntoTheOlder) {
  ClusterOptions o;
  o.threshold = 1.0;
  o.merge_threshold = 0.1;
  StoryAssigner assigner(o);
  Fixture fx;
  const Assignment a1 = assigner.Add(fx.Doc("A1", kT0));
  const Assignment b1 = assigner.Add(fx.Doc("B1", kT0 + 60));
  const Assignment a2 = assigner.Add(fx.Doc("A2", kT0 + 120));
  EXPECT_TRUE(a1.merged.empty());
  EXPECT_TRUE(b1.merged.empty()) << "another event shares too little";
  EXPECT_TRUE(a2.new_story);
  EXPECT_EQ(a2.story_id, a1.story_id) << "the older story survives";
  EXPECT_EQ(a2.merged, (std::vector<uint64_t>{3}));
  EXPECT_EQ(assigner.NumStories(), 2u);
  const std::vector<StoryGroup> groups = assigner.Stories();
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].id, a1.story_id);
  EXPECT_EQ(groups[0].members, (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(groups[1].members, (std::vector<std::size_t>{1}));
  // The absorbed story is gone for good: a later same-event article lands in the survivor.
  EXPECT_EQ(assigner.Add(fx.Doc("A3", kT0 + 180)).story_id, a1.story_id);
  EXPECT_TRUE(assigner.TopSharedTerms(3, fx.Doc("A3", kT0)).empty());
}

// Consolidation is average link over the stream's stories: with a join threshold no article
// reaches, every article starts a story, and Consolidate rebuilds the events, oldest id first.
TEST(StoryAssigner, ConsolidateJoinsTheEventsAndKeepsOthersApart) {
  ClusterOptions o;
  o.threshold = 1.0;
  o.merge_threshold = 0;
  StoryAssigner assigner(o);
  Fixture fx;
  AddAll(assigner, fx, kInterleaved);  // ids 1..7 = A1 B1 A2 C1 B2 A3 B3
  ASSERT_EQ(assigner.NumStories(), 7u);
  const std::vector<StoryMerge> merges = assigner.Consolidate();
  EXPECT_EQ(merges.size(), 4u);
  for (const StoryMerge& m : merges) {
    EXPECT_LT(m.into, m.absorbed) << "the older id survives";
    EXPECT_GE(m.similarity, o.consolidate_threshold);
  }
  const std::vector<StoryGroup> groups = assigner.Stories();
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].id, 1u);
  EXPECT_EQ(groups[0].members, (std::vector<std::size_t>{0, 2, 5}));
  EXPECT_EQ(groups[1].id, 2u);
  EXPECT_EQ(groups[1].members, (std::vector<std::size_t>{1, 4, 6}));
  EXPECT_EQ(groups[2].members, (std::vector<std::size_t>{3})) << "the other earthquake";
  EXPECT_TRUE(assigner.Consolidate().empty()) << "a second run finds nothing more";
  // Later articles see the consolidated stories.
  EXPECT_EQ(assigner.Add(fx.Doc("A2", kT0 + 2 * kDay)).best_candidate > 0, true);
}

// Regression (tgcontest ru pairs): one template, two regions. Consolidation joined them because
// the text is the same except for the region, which each headline names and the other never
// mentions.
TEST(StoryAssigner, ConsolidateKeepsApartStoriesWhoseTitlesNameWhatTheOtherNeverMentions) {
  const std::string body =
      "Health officials in the Region reported new coronavirus cases on Monday, bringing the "
      "total since March to several thousand. The regional headquarters said hospitals were "
      "treating patients with pneumonia and that testing would be expanded this week.";
  const AnalyzedText t1 = MakeTestText("Kemerovo reports new coronavirus cases");
  const AnalyzedText b1 = MakeTestText(
      "In Kemerovo, officials spoke. " + body +
      " In Kemerovo the governor Sergei Tsivilev urged miners in Novokuznetsk and Prokopyevsk "
      "to wear masks underground, and the coal company Kuzbassrazrezugol closed two canteens.");
  const AnalyzedText t2 = MakeTestText("Tomsk reports new coronavirus cases");
  const AnalyzedText b2 = MakeTestText(
      "In Tomsk, officials spoke. " + body +
      " In Tomsk the governor Sergei Zhvachkin asked students of the polytechnic university to "
      "study online, and the Seversk chemical plant moved its office staff to remote work.");
  auto stories_after = [&](double mismatch) {
    ClusterOptions o;
    o.threshold = 1.0;  // the stream joins nothing; consolidation decides
    o.title_name_mismatch = mismatch;
    StoryAssigner assigner(o);
    assigner.Add(ClusterDoc{0, kT0, "en", &t1, &b1});
    assigner.Add(ClusterDoc{1, kT0 + 3600, "en", &t2, &b2});
    assigner.Consolidate();
    return assigner.NumStories();
  };
  EXPECT_EQ(stories_after(1.0), 1u) << "without the guard the template text joins them";
  EXPECT_EQ(stories_after(ClusterOptions{}.title_name_mismatch), 2u);
}

// The partition after consolidation does not depend on the order the articles arrived in.
TEST(StoryAssigner, ConsolidatedStoriesDoNotDependOnArrivalOrder) {
  const std::vector<std::vector<const char*>> orders = {
      {"A1", "B1", "A2", "C1", "B2", "A3", "B3"},
      {"B3", "A3", "C1", "B1", "A1", "B2", "A2"},
      {"C1", "A2", "B2", "A1", "B3", "A3", "B1"},
  };
  std::vector<std::vector<std::vector<std::string>>> partitions;
  for (const auto& order : orders) {
    StoryAssigner assigner;  // defaults: stream, then consolidate
    Fixture fx;
    std::vector<std::string> keys;
    for (const char* k : order) {
      assigner.Add(fx.Doc(k, std::nullopt));
      keys.push_back(k);
    }
    assigner.Consolidate();
    std::vector<std::vector<std::string>> p;
    for (const StoryGroup& g : assigner.Stories()) {
      std::vector<std::string> members;
      for (std::size_t m : g.members) members.push_back(keys[m]);
      std::sort(members.begin(), members.end());
      p.push_back(members);
    }
    std::sort(p.begin(), p.end());
    partitions.push_back(p);
  }
  const std::vector<std::vector<std::string>> expected = {
      {"A1", "A2", "A3"}, {"B1", "B2", "B3"}, {"C1"}};
  for (const auto& p : partitions) EXPECT_EQ(p, expected);
}

// Consolidation respects the time window like a join does.
TEST(StoryAssigner, ConsolidateKeepsTheTimeWindow) {
  ClusterOptions o;
  o.threshold = 1.0;
  o.window_days = 3;
  StoryAssigner assigner(o);
  Fixture fx;
  assigner.Add(fx.Doc("A1", kT0));
  assigner.Add(fx.Doc("A2", kT0 + 10 * kDay));
  EXPECT_TRUE(assigner.Consolidate().empty());
  EXPECT_EQ(assigner.NumStories(), 2u);
}

// A cancelled token stops consolidation before any merge; the final line of the progress
// counts every live story scanned.
TEST(StoryAssigner, ConsolidateStopsWhenCancelledAndReportsProgress) {
  ClusterOptions o;
  o.threshold = 1.0;
  {
    StoryAssigner assigner(o);
    Fixture fx;
    AddAll(assigner, fx, kInterleaved);
    CancelToken cancel;
    cancel.Cancel();
    EXPECT_TRUE(assigner.Consolidate(&cancel).empty());
    EXPECT_EQ(assigner.NumStories(), 7u);
  }
  StoryAssigner assigner(o);
  Fixture fx;
  AddAll(assigner, fx, kInterleaved);
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  FakeClock clock;
  ProgressOptions po;
  po.mode = ProgressOptions::Mode::kLines;
  po.unit = "stories";
  {
    Progress progress(f, &clock, po);
    EXPECT_EQ(assigner.Consolidate(nullptr, &progress).size(), 4u);
  }
  std::rewind(f);
  std::string out;
  for (int c = std::fgetc(f); c != EOF; c = std::fgetc(f)) out.push_back(static_cast<char>(c));
  std::fclose(f);
  EXPECT_NE(out.find("consolidating stories"), std::string::npos) << out;
  EXPECT_NE(out.find("7/7 stories"), std::string::npos) << out;
}

TEST(StoryAssigner, ConsolidateOffDoesNothing) {
  ClusterOptions o;
  o.threshold = 1.0;
  o.consolidate_threshold = 0;
  StoryAssigner assigner(o);
  Fixture fx;
  AddAll(assigner, fx, kInterleaved);
  EXPECT_TRUE(assigner.Consolidate().empty());
  EXPECT_EQ(assigner.NumStories(), 7u);
}

// The cost of an Add is bounded by the candidate-search options, not by the number of stories:
// over 300 stories sharing their vocabulary, and each Add still reads at most probe_terms ×
// max_postings_scan posting entries and scores at most max_candidates stories.
TEST(StoryAssigner, WorkPerArticleIsBoundedWhateverTheNumberOfStories) {
  ClusterOptions o;
  o.threshold = 1.0;  // every article starts a story
  o.probe_terms = 3;
  o.max_postings_scan = 5;
  o.max_candidates = 2;
  StoryAssigner assigner(o);
  Fixture fx;
  uint64_t most_postings = 0, most_scored = 0;
  for (int round = 0; round < 50; ++round) {
    for (const TestArticle& a : kArticles) {
      const StoryAssigner::Work before = assigner.work();
      assigner.Add(fx.Doc(a.key, kT0 + round * 60));
      most_postings = std::max(most_postings, assigner.work().postings_scanned - before.postings_scanned);
      most_scored = std::max(most_scored, assigner.work().candidates_scored - before.candidates_scored);
    }
  }
  EXPECT_GT(assigner.NumStories(), 300u);  // a few exact reprints reach similarity 1
  EXPECT_LE(most_postings, 3u * 5u);
  EXPECT_LE(most_scored, 2u);
  EXPECT_EQ(most_scored, 2u) << "the bound is reached: the stories do share terms";
}

TEST(StoryAssigner, MergePassOffKeepsSplitStories) {
  ClusterOptions o;
  o.threshold = 1.0;
  o.merge_threshold = 0;
  StoryAssigner assigner(o);
  Fixture fx;
  assigner.Add(fx.Doc("A1", kT0));
  const Assignment a2 = assigner.Add(fx.Doc("A2", kT0 + 60));
  EXPECT_TRUE(a2.merged.empty());
  EXPECT_EQ(assigner.NumStories(), 2u);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Russian reports written for this test: one of the Izmir earthquake (the names Измир,
// Байраклы, Явуз Кошгер, Самос, AFAD meet "Izmir", "Bayrakli", "Yavuz Kosger", "Samos" through
// their name keys), one of an unrelated event.
constexpr const char* kRuQuakeTitle = "Землетрясение в Измире: под завалами ищут выживших";
constexpr const char* kRuQuake =
    "Спасатели AFAD всю ночь разбирали завалы в районе Байраклы после землетрясения, которое "
    "в пятницу обрушило дома в турецком Измире. Губернатор Явуз Кошгер сообщил, что число "
    "погибших выросло. Толчки ощущались и на греческом острове Самос, где небольшое цунами "
    "затопило порт. В Измире развернуты палатки для семей, оставшихся без жилья.";
constexpr const char* kRuOtherTitle = "В Новосибирске открылся новый мост через Обь";
constexpr const char* kRuOther =
    "В субботу в Новосибирске открыли движение по новому мосту через Обь. Мэр Анатолий "
    "Локоть назвал мост главной стройкой десятилетия. По словам губернатора Андрея Травникова, "
    "мост разгрузит Октябрьский район и центр Новосибирска.";

TEST(StoryAssigner, CrossLanguageJoinsNeedSharedNames) {
  auto analyzer = Analyzer::Create(STORYLINE_TEST_DATA_DIR);
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  struct Text {
    AnalyzedText title, body;
    std::string lang;
  };
  std::vector<Text> texts = {
      {(*analyzer)->Analyze(kArticles[0].title, "en"), (*analyzer)->Analyze(kArticles[0].body, "en"), "en"},
      {(*analyzer)->Analyze(kRuQuakeTitle, "ru"), (*analyzer)->Analyze(kRuQuake, "ru"), "ru"},
      {(*analyzer)->Analyze(kRuOtherTitle, "ru"), (*analyzer)->Analyze(kRuOther, "ru"), "ru"},
  };
  for (double cross : {0.0, ClusterOptions{}.cross_threshold}) {
    ClusterOptions o;
    o.cross_threshold = cross;
    StoryAssigner assigner(o);
    std::vector<uint64_t> ids;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      ids.push_back(assigner.Add({i, kT0 + 60 * static_cast<int64_t>(i), texts[i].lang,
                                  &texts[i].title, &texts[i].body}).story_id);
    }
    if (cross == 0) {
      EXPECT_NE(ids[1], ids[0]) << "without the bridge, languages never meet";
    } else {
      EXPECT_EQ(ids[1], ids[0]) << "the Russian Izmir report joins the English story";
    }
    EXPECT_NE(ids[2], ids[0]) << "an unrelated Russian report stays apart";
  }
}

// A join across languages is judged by cross_threshold alone: a same-language join threshold
// that no bridge could reach does not block it.
TEST(StoryAssigner, CrossLanguageJoinIgnoresTheSameLanguageThreshold) {
  auto analyzer = Analyzer::Create(STORYLINE_TEST_DATA_DIR);
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  const AnalyzedText en_title = (*analyzer)->Analyze(kArticles[0].title, "en");
  const AnalyzedText en_body = (*analyzer)->Analyze(kArticles[0].body, "en");
  const AnalyzedText ru_title = (*analyzer)->Analyze(kRuQuakeTitle, "ru");
  const AnalyzedText ru_body = (*analyzer)->Analyze(kRuQuake, "ru");
  ClusterOptions o;
  o.threshold = 1.0;
  StoryAssigner assigner(o);
  const Assignment en = assigner.Add({0, kT0, "en", &en_title, &en_body});
  const Assignment ru = assigner.Add({1, kT0 + 60, "ru", &ru_title, &ru_body});
  EXPECT_FALSE(ru.new_story);
  EXPECT_EQ(ru.story_id, en.story_id);
  EXPECT_GE(ru.similarity, o.cross_threshold);
  EXPECT_LT(ru.similarity, o.threshold);
}

}  // namespace
}  // namespace storyline
