#include "cluster/story_assigner.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <queue>

namespace storyline {
namespace {

constexpr double kSecondsPerDay = 86400.0;
constexpr const char* kUnknownLang = "und";

const AnalyzedText& EmptyText() {
  static const AnalyzedText kEmpty;
  return kEmpty;
}

std::vector<RawFeature> FeaturesOf(const ClusterDoc& doc, const ClusterOptions& options) {
  const AnalyzedText& title = doc.title ? *doc.title : EmptyText();
  const AnalyzedText& body = doc.body ? *doc.body : EmptyText();
  return ExtractFeatures(title, body, options);
}

bool IsUnknownLang(const std::string& lang) { return lang.empty() || lang == kUnknownLang; }

ClusterOptions AtLeastOne(ClusterOptions o) {
  for (std::size_t* n :
       {&o.max_doc_terms, &o.centroid_terms, &o.index_terms, &o.link_members, &o.member_terms,
        &o.probe_terms, &o.max_postings_scan, &o.max_candidates}) {
    *n = std::max<std::size_t>(*n, 1);
  }
  if (o.first_story_id == 0) o.first_story_id = 1;
  return o;
}

}  // namespace

StoryAssigner::StoryAssigner(ClusterOptions options) : options_(AtLeastOne(options)) {}

void StoryAssigner::ObserveForIdf(const ClusterDoc& doc) {
  if (observed_.count(doc.index) != 0) return;  // counted already
  std::vector<Feature> features = Intern(FeaturesOf(doc, options_));
  CountDocument(features);
  observed_.emplace(doc.index, std::move(features));
}

std::vector<StoryAssigner::Feature> StoryAssigner::Intern(const std::vector<RawFeature>& raw) {
  std::vector<Feature> out;
  out.reserve(raw.size());
  for (const RawFeature& f : raw) {
    auto [it, inserted] = term_ids_.try_emplace(f.key, static_cast<uint32_t>(term_keys_.size()));
    if (inserted) {
      term_keys_.push_back(f.key);
      term_kinds_.push_back(IsCrossKey(f.key)    ? TermKind::kBridge
                            : IsBridgeKey(f.key) ? TermKind::kBoth
                                                 : TermKind::kMain);
      df_.push_back(0);
    }
    out.push_back({it->second, f.count, f.channel_weight, f.in_title});
  }
  return out;
}

void StoryAssigner::CountDocument(const std::vector<Feature>& features) {
  ++num_docs_;
  for (const Feature& f : features) ++df_[f.term];
}

double StoryAssigner::Idf(uint32_t term) const {
  return 1.0 + std::log((1.0 + static_cast<double>(num_docs_)) / (1.0 + df_[term]));
}

// The main vector (bridge = false) or the bridge vector (bridge = true) of an article.
TermVector StoryAssigner::Vectorize(const std::vector<Feature>& features, bool bridge) const {
  TermVector v;
  v.reserve(features.size());
  for (const Feature& f : features) {
    const TermKind kind = term_kinds_[f.term];
    if (kind != TermKind::kBoth && (kind == TermKind::kBridge) != bridge) continue;
    double w = (1.0 + std::log(f.count)) * Idf(f.term) * f.channel_weight;
    if (f.in_title) w *= options_.title_weight;
    v.push_back({f.term, static_cast<float>(w)});
  }
  SortByTerm(v);
  Normalize(v);
  v = KeepHeaviest(v, options_.max_doc_terms);
  Normalize(v);
  return v;
}

// For explanations: features of terms never counted are dropped (they match no story).
TermVector StoryAssigner::VectorOf(const ClusterDoc& doc) const {
  std::vector<Feature> features;
  for (const RawFeature& f : FeaturesOf(doc, options_)) {
    auto it = term_ids_.find(f.key);
    if (it != term_ids_.end()) features.push_back({it->second, f.count, f.channel_weight, f.in_title});
  }
  return Vectorize(features);
}

std::optional<double> StoryAssigner::GapDays(const Story& story, const ClusterDoc& doc) const {
  if (!doc.time || !story.last_time) return std::nullopt;
  const int64_t t = *doc.time;
  int64_t gap = 0;
  if (t > *story.last_time) gap = t - *story.last_time;
  if (t < *story.first_time) gap = *story.first_time - t;
  return static_cast<double>(gap) / kSecondsPerDay;
}

void StoryAssigner::AddLang(Story& story, const std::string& lang) {
  if (IsUnknownLang(lang)) return;
  if (std::find(story.langs.begin(), story.langs.end(), lang) == story.langs.end()) {
    story.langs.push_back(lang);
  }
}

// True when `lang` is unknown, the story's languages are unknown, or the story has it.
bool StoryAssigner::HasLang(const Story& story, const std::string& lang) {
  return IsUnknownLang(lang) || story.langs.empty() ||
         std::find(story.langs.begin(), story.langs.end(), lang) != story.langs.end();
}

bool StoryAssigner::WithinWindow(const Story& story, const ClusterDoc& doc) const {
  const std::optional<double> gap = GapDays(story, doc);
  return !gap || *gap <= options_.window_days;
}

bool StoryAssigner::IsCandidate(const Story& story, const ClusterDoc& doc) const {
  return HasLang(story, doc.lang) && WithinWindow(story, doc);
}

// The stories with the most shared probe weight, at most max_candidates, ties by position.
std::vector<uint32_t> StoryAssigner::TopCandidates(
    const std::unordered_map<uint32_t, double>& shared) const {
  std::vector<Candidate> ranked;
  for (const auto& [pos, score] : shared) ranked.push_back({pos, score});
  std::sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.story < b.story;
  });
  if (ranked.size() > options_.max_candidates) ranked.resize(options_.max_candidates);
  std::vector<uint32_t> out;
  for (const Candidate& c : ranked) out.push_back(c.story);
  return out;
}

// Stories sharing the article's heaviest terms, ranked by the article weight they share.
std::vector<uint32_t> StoryAssigner::FindCandidates(const TermVector& v,
                                                    const ClusterDoc& doc) const {
  std::unordered_map<uint32_t, double> shared;
  for (const TermWeight& tw : Heaviest(v, options_.probe_terms)) {
    if (tw.term >= postings_.size()) continue;
    const std::vector<uint32_t>& list = postings_[tw.term];
    std::unordered_set<uint32_t> seen;  // a story re-indexed under the term appears twice
    const std::size_t stop =
        list.size() > options_.max_postings_scan ? list.size() - options_.max_postings_scan : 0;
    work_.postings_scanned += list.size() - stop;
    for (std::size_t i = list.size(); i-- > stop;) {
      const Story& s = stories_[list[i]];
      if (!std::binary_search(s.indexed.begin(), s.indexed.end(), tw.term)) continue;  // stale
      if (!seen.insert(list[i]).second || !IsCandidate(s, doc)) continue;
      shared[list[i]] += tw.weight;
    }
  }
  return TopCandidates(shared);
}

double StoryAssigner::Similarity(const Story& story, const TermVector& v,
                                 const ClusterDoc& doc) const {
  if (story.centroid_norm <= 0.0) return 0.0;
  // Group average: the centroid is the sum of member unit vectors, so dot/size is the mean
  // cosine to the members. Centroid cosine instead divides by |sum|, which shrinks relative to
  // size as a story grows loose, so a big topical story attracts ever weaker matches.
  double sim = options_.group_average
                   ? Dot(v, story.centroid) / static_cast<double>(story.members.size())
                   : Dot(v, story.centroid) / story.centroid_norm;
  if (options_.link_weight > 0 && sim >= options_.link_centroid_floor * options_.threshold) {
    double best_link = 0.0;
    for (const TermVector& member : story.linked) best_link = std::max(best_link, Dot(v, member));
    sim = std::max(sim, options_.link_weight * best_link);
  }
  return sim * Decay(GapDays(story, doc));
}

// The time penalty for a gap of `gap_days` (1 when unknown or within the grace period).
double StoryAssigner::Decay(std::optional<double> gap_days) const {
  if (!gap_days || options_.decay_half_life_days <= 0 || *gap_days <= options_.decay_grace_days) {
    return 1.0;
  }
  return std::pow(0.5, (*gap_days - options_.decay_grace_days) / options_.decay_half_life_days);
}

double StoryAssigner::StoryGap(const Story& a, const Story& b) const {
  if (!a.last_time || !b.last_time) return -1.0;
  const int64_t gap = std::max<int64_t>({0, *a.first_time - *b.last_time, *b.first_time - *a.last_time});
  return static_cast<double>(gap) / kSecondsPerDay;
}

// Mean cosine between the articles of two stories (their centroids are sums of unit vectors),
// times the decay of the gap between their time spans.
double StoryAssigner::GroupAverage(const Story& a, const Story& b) const {
  const double avg = Dot(a.centroid, b.centroid) /
                     (static_cast<double>(a.members.size()) * b.members.size());
  const double gap = StoryGap(a, b);
  return avg * Decay(gap < 0 ? std::nullopt : std::optional<double>(gap)) * TitleNameFactor(a, b);
}

// Two stories whose headlines name things the other story never mentions (one region's COVID
// count and another's) are different events however much template text they share.
double StoryAssigner::TitleNameFactor(const Story& a, const Story& b) const {
  if (options_.title_name_mismatch >= 1.0 || a.title_names.empty() || b.title_names.empty()) return 1.0;
  // Any title name of one that the other's articles mention at all (its centroid) counts as
  // shared: "Putin calls for delay" and "Rebels defy Putin's call" are one story.
  auto mentions = [](const Story& s, const std::vector<uint32_t>& names) {
    auto c = s.centroid.begin();
    for (uint32_t t : names) {
      while (c != s.centroid.end() && c->term < t) ++c;
      if (c != s.centroid.end() && c->term == t) return true;
    }
    return false;
  };
  if (mentions(a, b.title_names) || mentions(b, a.title_names)) return 1.0;
  return options_.title_name_mismatch;
}

void StoryAssigner::AddTitleNames(std::vector<uint32_t>& to, const std::vector<uint32_t>& from) {
  std::vector<uint32_t> merged;
  std::set_union(to.begin(), to.end(), from.begin(), from.end(), std::back_inserter(merged));
  to = std::move(merged);
}

StoryAssigner::Candidate StoryAssigner::Best(const TermVector& v, const ClusterDoc& doc) const {
  Candidate best{0, -1.0};
  for (uint32_t pos : FindCandidates(v, doc)) {
    ++work_.candidates_scored;
    const double sim = Similarity(stories_[pos], v, doc);
    if (sim > best.score || (sim == best.score && pos < best.story)) best = {pos, sim};
  }
  return best;
}

Assignment StoryAssigner::Add(const ClusterDoc& doc) {
  std::vector<Feature> features;
  if (auto it = observed_.find(doc.index); it != observed_.end()) {
    features = std::move(it->second);
    observed_.erase(it);
  } else {
    features = Intern(FeaturesOf(doc, options_));
    CountDocument(features);
  }
  const TermVector v = Vectorize(features);
  const TermVector bridge = Vectorize(features, true);
  pending_title_names_.clear();
  for (const Feature& f : features) {
    if (f.in_title && term_keys_[f.term].starts_with("n:")) pending_title_names_.push_back(f.term);
  }
  std::sort(pending_title_names_.begin(), pending_title_names_.end());
  Candidate best = Best(v, doc);
  bool join = best.score >= options_.threshold;
  if (!join && options_.cross_threshold > 0) {
    // Across languages the bridge cosine is measured against its own threshold.
    const Candidate across = BestAcrossLanguages(bridge, doc);
    if (across.score >= options_.cross_threshold) {
      best = across;
      join = true;
    }
  }
  Assignment out;
  out.best_candidate = std::max(0.0, best.score);
  if (options_.explain_terms > 0 && best.score > 0) {
    out.shared_terms = SharedTerms(stories_[best.story], v, options_.explain_terms);
  }
  uint32_t pos = 0;
  if (join) {
    Join(best.story, doc, v, bridge);
    pos = best.story;
    out.similarity = best.score;
  } else {
    StartStory(doc, v, bridge);
    pos = static_cast<uint32_t>(stories_.size() - 1);
    out.new_story = true;
  }
  if (options_.merge_threshold > 0) pos = MergeIfClose(pos, out.merged);
  out.story_id = stories_[pos].id;
  return out;
}

// A story in other languages only, sharing enough bridge terms (names across scripts, numbers)
// with the article; its score is the bridge cosine.
StoryAssigner::Candidate StoryAssigner::BestAcrossLanguages(const TermVector& bridge,
                                                            const ClusterDoc& doc) const {
  Candidate best{0, -1.0};
  if (bridge.size() < options_.cross_min_shared || IsUnknownLang(doc.lang)) return best;
  std::unordered_set<uint32_t> seen;
  for (const TermWeight& tw : Heaviest(bridge, options_.probe_terms)) {
    if (tw.term >= bridge_postings_.size()) continue;
    const std::vector<uint32_t>& list = bridge_postings_[tw.term];
    const std::size_t stop =
        list.size() > options_.max_postings_scan ? list.size() - options_.max_postings_scan : 0;
    work_.postings_scanned += list.size() - stop;
    for (std::size_t i = list.size(); i-- > stop;) {
      const uint32_t pos = list[i];
      const Story& s = stories_[pos];
      if (!s.alive || s.bridge_norm <= 0.0 || HasLang(s, doc.lang) || !seen.insert(pos).second) continue;
      if (!WithinWindow(s, doc)) continue;
      std::size_t shared = 0;
      auto c = s.bridge.begin();
      for (const TermWeight& t : bridge) {
        while (c != s.bridge.end() && c->term < t.term) ++c;
        shared += c != s.bridge.end() && c->term == t.term;
      }
      ++work_.candidates_scored;
      if (shared < options_.cross_min_shared) continue;
      const double sim = Dot(bridge, s.bridge) / s.bridge_norm;
      if (sim > best.score || (sim == best.score && pos < best.story)) best = {pos, sim};
    }
  }
  return best;
}

bool StoryAssigner::Compatible(const Story& a, const Story& b) const {
  bool shared_lang = a.langs.empty() || b.langs.empty();
  for (const std::string& l : a.langs) shared_lang = shared_lang || HasLang(b, l);
  if (!shared_lang) return false;
  const double gap = StoryGap(a, b);
  return gap < 0 || gap <= options_.window_days;
}

// Live stories sharing the heaviest centroid terms of story `pos` (bounded like FindCandidates).
std::vector<uint32_t> StoryAssigner::FindMergeCandidates(uint32_t pos) const {
  const Story& story = stories_[pos];
  std::unordered_map<uint32_t, double> shared;
  for (const TermWeight& tw : Heaviest(story.centroid, options_.probe_terms)) {
    if (tw.term >= postings_.size()) continue;
    const std::vector<uint32_t>& list = postings_[tw.term];
    const std::size_t stop =
        list.size() > options_.max_postings_scan ? list.size() - options_.max_postings_scan : 0;
    for (std::size_t i = list.size(); i-- > stop;) {
      const Story& s = stories_[list[i]];
      if (list[i] == pos || !s.alive) continue;
      if (!std::binary_search(s.indexed.begin(), s.indexed.end(), tw.term)) continue;  // stale
      if (Compatible(story, s)) shared[list[i]] += tw.weight;
    }
  }
  return TopCandidates(shared);
}

// Merges story `pos` with its most similar compatible story when their group average reaches
// merge_threshold; the older story survives. Returns the surviving position.
uint32_t StoryAssigner::MergeIfClose(uint32_t pos, std::vector<uint64_t>& merged) {
  Candidate best{0, -1.0};
  const Story& story = stories_[pos];
  for (uint32_t other : FindMergeCandidates(pos)) {
    const Story& o = stories_[other];
    const double avg = Dot(story.centroid, o.centroid) /
                       (static_cast<double>(story.members.size()) * o.members.size());
    if (avg > best.score || (avg == best.score && other < best.story)) best = {other, avg};
  }
  if (best.score < options_.merge_threshold) return pos;
  const uint32_t keep = std::min(pos, best.story), gone = std::max(pos, best.story);
  merged.push_back(stories_[gone].id);
  Absorb(keep, gone);
  return keep;
}

std::vector<StoryMerge> StoryAssigner::Consolidate(const CancelToken* cancel, Progress* progress) {
  std::vector<StoryMerge> merges;
  if (options_.consolidate_threshold <= 0) return merges;
  struct Pair {
    double sim;
    uint32_t a, b;         // positions, a < b
    uint32_t version_a, version_b;
    bool operator<(const Pair& o) const {  // max-heap on sim; ties: older pair first
      if (sim != o.sim) return sim < o.sim;
      return a != o.a ? a > o.a : b > o.b;
    }
  };
  std::vector<uint32_t> version(stories_.size(), 0);
  std::priority_queue<Pair> heap;
  auto push_pairs = [&](uint32_t pos) {
    for (uint32_t other : FindMergeCandidates(pos)) {
      const double sim = GroupAverage(stories_[pos], stories_[other]);
      if (sim < options_.consolidate_threshold) continue;
      const uint32_t a = std::min(pos, other), b = std::max(pos, other);
      heap.push({sim, a, b, version[a], version[b]});
    }
  };
  auto stopped = [&] { return cancel != nullptr && cancel->cancelled(); };
  if (progress) progress->Start("consolidating stories", live_stories_, "stories");
  for (uint32_t pos = 0; pos < stories_.size() && !stopped(); ++pos) {
    if (!stories_[pos].alive) continue;
    push_pairs(pos);
    if (progress) progress->Advance();
  }
  while (!heap.empty() && !stopped()) {
    const Pair p = heap.top();
    heap.pop();
    if (!stories_[p.a].alive || !stories_[p.b].alive || version[p.a] != p.version_a ||
        version[p.b] != p.version_b) {
      continue;  // stale: one side changed since the pair was scored
    }
    merges.push_back({stories_[p.b].id, stories_[p.a].id, p.sim});
    Absorb(p.a, p.b);
    ++version[p.a];
    push_pairs(p.a);
  }
  if (progress) progress->Finish();
  return merges;
}

void StoryAssigner::Absorb(uint32_t keep, uint32_t gone) {
  Story& k = stories_[keep];
  Story& g = stories_[gone];
  std::vector<std::pair<uint64_t, std::size_t>> all;
  for (std::size_t i = 0; i < k.members.size(); ++i) all.emplace_back(k.arrivals[i], k.members[i]);
  for (std::size_t i = 0; i < g.members.size(); ++i) all.emplace_back(g.arrivals[i], g.members[i]);
  std::sort(all.begin(), all.end());
  k.members.clear();
  k.arrivals.clear();
  for (const auto& [arrival, member] : all) {
    k.arrivals.push_back(arrival);
    k.members.push_back(member);
  }
  if (IsUnknownLang(k.lang)) k.lang = g.lang;
  for (const std::string& l : g.langs) AddLang(k, l);
  k.bridge = KeepHeaviest(Sum(k.bridge, g.bridge), options_.centroid_terms);
  k.bridge_norm = Norm(k.bridge);
  if (g.first_time) {
    k.first_time = k.first_time ? std::min(*k.first_time, *g.first_time) : *g.first_time;
    k.last_time = k.last_time ? std::max(*k.last_time, *g.last_time) : *g.last_time;
  }
  k.centroid = KeepHeaviest(Sum(k.centroid, g.centroid), options_.centroid_terms);
  k.centroid_norm = Norm(k.centroid);
  AddTitleNames(k.title_names, g.title_names);
  for (std::size_t i = 1; i < g.linked.size(); ++i) RememberMember(k, g.linked[i]);
  g = Story{};
  g.alive = false;
  --live_stories_;
  Reindex(keep);
}

uint64_t StoryAssigner::StartStory(const ClusterDoc& doc, const TermVector& v,
                                   const TermVector& bridge) {
  ++live_stories_;
  Story story;
  story.id = options_.first_story_id + stories_.size();
  story.lang = IsUnknownLang(doc.lang) ? kUnknownLang : doc.lang;
  stories_.push_back(std::move(story));
  Join(static_cast<uint32_t>(stories_.size() - 1), doc, v, bridge);
  return stories_.back().id;
}

void StoryAssigner::Join(uint32_t pos, const ClusterDoc& doc, const TermVector& v,
                         const TermVector& bridge) {
  Story& s = stories_[pos];
  AddLang(s, doc.lang);
  if (!bridge.empty()) {
    s.bridge = KeepHeaviest(Sum(s.bridge, bridge), options_.centroid_terms);
    s.bridge_norm = Norm(s.bridge);
  }
  s.members.push_back(doc.index);
  s.arrivals.push_back(arrivals_++);
  AddTitleNames(s.title_names, pending_title_names_);
  if (IsUnknownLang(s.lang) && !IsUnknownLang(doc.lang)) s.lang = doc.lang;
  if (doc.time) {
    s.first_time = s.first_time ? std::min(*s.first_time, *doc.time) : *doc.time;
    s.last_time = s.last_time ? std::max(*s.last_time, *doc.time) : *doc.time;
  }
  s.centroid = KeepHeaviest(Sum(s.centroid, v), options_.centroid_terms);
  s.centroid_norm = Norm(s.centroid);
  RememberMember(s, v);
  Reindex(pos);
}

// Keeps the first member (what the story was about) and the latest ones (where it is going).
void StoryAssigner::RememberMember(Story& story, const TermVector& v) const {
  if (story.linked.size() >= options_.link_members) {
    if (options_.link_members == 1) return;
    story.linked.erase(story.linked.begin() + 1);
  }
  story.linked.push_back(KeepHeaviest(v, options_.member_terms));
}

void StoryAssigner::Reindex(uint32_t pos) {
  Story& s = stories_[pos];
  Index(s.centroid, s.indexed, postings_, pos);
  Index(s.bridge, s.bridge_indexed, bridge_postings_, pos);
}

// Puts the heaviest index_terms of `centroid` in `postings`; terms already there stay listed
// (readers skip entries whose term left `indexed`).
void StoryAssigner::Index(const TermVector& centroid, std::vector<uint32_t>& indexed,
                          std::vector<std::vector<uint32_t>>& postings, uint32_t pos) {
  std::vector<uint32_t> now;
  for (const TermWeight& tw : Heaviest(centroid, options_.index_terms)) now.push_back(tw.term);
  std::sort(now.begin(), now.end());
  if (postings.size() < term_keys_.size()) postings.resize(term_keys_.size());
  for (uint32_t term : now) {
    if (!std::binary_search(indexed.begin(), indexed.end(), term)) postings[term].push_back(pos);
  }
  indexed = std::move(now);
}

std::vector<StoryGroup> StoryAssigner::Stories() const {
  std::vector<StoryGroup> out;
  out.reserve(stories_.size());
  for (const Story& s : stories_) {
    if (s.alive) out.push_back({s.id, s.members});
  }
  return out;
}

std::vector<std::pair<std::string, double>> StoryAssigner::TopSharedTerms(uint64_t story_id,
                                                                          const ClusterDoc& doc,
                                                                          std::size_t k) const {
  if (story_id < options_.first_story_id || story_id - options_.first_story_id >= stories_.size()) {
    return {};
  }
  return SharedTerms(stories_[story_id - options_.first_story_id], VectorOf(doc), k);
}

std::vector<std::pair<std::string, double>> StoryAssigner::SharedTerms(const Story& s,
                                                                       const TermVector& v,
                                                                       std::size_t k) const {
  if (!s.alive || s.centroid_norm <= 0.0) return {};
  std::map<std::string, double> merged;
  auto c = s.centroid.begin();
  for (const TermWeight& tw : v) {
    while (c != s.centroid.end() && c->term < tw.term) ++c;
    if (c == s.centroid.end() || c->term != tw.term) continue;
    const double contribution = static_cast<double>(tw.weight) * c->weight / s.centroid_norm;
    merged[std::string(FeatureDisplay(term_keys_[tw.term]))] += contribution;
  }
  std::vector<std::pair<std::string, double>> out(merged.begin(), merged.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > k) out.resize(k);
  return out;
}

}  // namespace storyline
