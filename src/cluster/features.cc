#include "cluster/features.h"

#include <map>
#include <unordered_set>

namespace storyline {
namespace {

constexpr std::size_t kPrefixSize = 2;
constexpr std::size_t kMinStemBytes = 2;
constexpr std::size_t kMinNumberDigits = 3;

using FeatureMap = std::map<std::string, RawFeature>;
using NameSet = std::unordered_set<std::string>;

// Capitalisation at a sentence start says nothing, so names are learned from the other
// positions and then recognised everywhere.
NameSet NameStems(const AnalyzedText& body) {
  NameSet names;
  for (const Token& t : body.tokens) {
    if (t.is_capitalized && !t.sentence_start && !t.is_stop && !t.is_number) names.insert(t.stem);
  }
  return names;
}

std::size_t CountDigits(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (c >= '0' && c <= '9');
  return n;
}

void Count(FeatureMap& features, std::string key, float channel_weight, bool in_title,
           float amount) {
  RawFeature& f = features[key];
  if (f.key.empty()) f.key = std::move(key);
  f.count += amount;
  f.in_title = f.in_title || in_title;
  f.channel_weight = channel_weight;
}

void CountToken(const Token& t, bool in_title, float amount, const NameSet& names,
                const ClusterOptions& o, FeatureMap& features) {
  if (t.is_number) {
    if (o.number_weight > 0 && CountDigits(t.folded) >= kMinNumberDigits) {
      Count(features, "#:" + t.folded, static_cast<float>(o.number_weight), in_title, amount);
    }
    return;
  }
  if (t.is_stop || t.stem.size() < kMinStemBytes) return;
  Count(features, "w:" + t.stem, 1.f, in_title, amount);
  if (o.name_weight > 0 && t.is_capitalized && names.count(t.stem) > 0) {
    Count(features, "n:" + t.stem, static_cast<float>(o.name_weight), in_title, amount);
  }
  if (o.cross_threshold > 0 && !t.name_key.empty() && names.count(t.stem) > 0) {
    Count(features, std::string(kCrossPrefix) + t.name_key, 1.f, in_title, amount);
  }
}

}  // namespace

std::vector<RawFeature> ExtractFeatures(const AnalyzedText& title, const AnalyzedText& body,
                                        const ClusterOptions& options) {
  const NameSet names = NameStems(body);
  FeatureMap features;
  for (const Token& t : title.tokens) CountToken(t, true, 1.f, names, options, features);
  const auto lead_weight = static_cast<float>(options.lead_weight);
  for (std::size_t i = 0; i < body.tokens.size(); ++i) {
    const float amount = i < options.lead_tokens ? lead_weight : 1.f;
    CountToken(body.tokens[i], false, amount, names, options, features);
  }
  std::vector<RawFeature> out;
  out.reserve(features.size());
  for (auto& [key, f] : features) out.push_back(std::move(f));
  return out;
}

bool IsCrossKey(std::string_view key) { return key.substr(0, kPrefixSize) == kCrossPrefix; }

bool IsBridgeKey(std::string_view key) {
  return IsCrossKey(key) || key.substr(0, kPrefixSize) == "#:";
}

std::string_view FeatureDisplay(std::string_view key) {
  return key.size() >= kPrefixSize ? key.substr(kPrefixSize) : key;
}

}  // namespace storyline
