// Article features for story clustering: which terms an article has and how often, before
// tf-idf weighting. Internal to the cluster stage.
//
// Three channels, keyed apart by a prefix so that they never collide:
//   "w:<stem>"   stems of words that are neither stop words nor numbers (≥ 2 bytes);
//   "n:<stem>"   names: the stem of a capitalised word that occurs capitalised somewhere in the
//                body other than at a sentence start (title words count when the body confirms
//                them, since English titles capitalise every word);
//   "#:<folded>" numbers with at least 3 digits (years, amounts): weak evidence.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cluster/cluster_options.h"
#include "text/analyzer.h"

namespace storyline {

struct RawFeature {
  std::string key;             // channel prefix + term, e.g. "n:hansen"
  float count = 0.f;           // occurrences in title and body (lead ones count lead_weight)
  bool in_title = false;       // occurs in the title
  float channel_weight = 1.f;  // 1 for words, name_weight / number_weight for the others
};

// Features of one article, sorted by key, each key once. Channels whose weight is 0 are left
// out.
std::vector<RawFeature> ExtractFeatures(const AnalyzedText& title, const AnalyzedText& body,
                                        const ClusterOptions& options);

// The term without its channel prefix ("n:hansen" → "hansen").
std::string_view FeatureDisplay(std::string_view key);

// The cross-language channel: "x:" + a name key (text/name_key.h), shared by the spellings of
// one name in any script. Its terms live only in the bridge vector, never in the main one.
inline constexpr std::string_view kCrossPrefix = "x:";
bool IsCrossKey(std::string_view key);
// Terms of the bridge vector: cross-language names and numbers.
bool IsBridgeKey(std::string_view key);

}  // namespace storyline
