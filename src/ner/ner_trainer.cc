#include "ner/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <unordered_map>

#include "ner/features.h"

namespace storyline {
namespace {

// A sentence with dense feature ids (pruned) and label ids.
struct Example {
  std::vector<std::vector<uint32_t>> features;
  std::vector<int> gold;
};

// IOB1 data starts entities with I-; the decoder only produces IOB2, so training must too.
Status RepairTags(std::vector<std::string>& tags) {
  std::string prev = "O";
  for (std::string& t : tags) {
    if (t != "O" && (t.size() < 3 || (t[0] != 'B' && t[0] != 'I') || t[1] != '-')) {
      return Status::InvalidArgument("bad tag '" + t + "' (want O, B-X or I-X)");
    }
    if (t[0] == 'I' && (prev == "O" || prev.substr(2) != t.substr(2))) t[0] = 'B';
    prev = t;
  }
  return Status::Ok();
}

std::vector<std::string> LabelSet(const std::vector<LabeledSentence>& data) {
  std::set<std::string> types;
  for (const auto& s : data) {
    for (const auto& t : s.tags) {
      if (t != "O") types.insert(t.substr(2));
    }
  }
  std::vector<std::string> labels{"O"};
  for (const auto& type : types) labels.push_back("B-" + type), labels.push_back("I-" + type);
  return labels;
}

struct Perceptron {
  std::size_t L;
  std::vector<float> w, trans;          // current weights
  std::vector<double> acc, trans_acc;   // Σ c·Δ, for averaging (Daumé's trick)
  double c = 1;

  Perceptron(std::size_t features, std::size_t labels)
      : L(labels), w(features * labels), trans((labels + 1) * labels),
        acc(features * labels), trans_acc((labels + 1) * labels) {}

  std::vector<float> Emissions(const Example& ex) const {
    std::vector<float> e(ex.features.size() * L, 0.0f);
    for (std::size_t i = 0; i < ex.features.size(); ++i) {
      for (uint32_t f : ex.features[i]) {
        for (std::size_t y = 0; y < L; ++y) e[i * L + y] += w[f * L + y];
      }
    }
    return e;
  }
  void Bump(std::vector<float>& v, std::vector<double>& a, std::size_t k, float d) {
    v[k] += d;
    a[k] += c * d;
  }
  // Returns the number of wrongly tagged tokens.
  std::size_t Learn(const Example& ex, const std::vector<std::string>& labels) {
    const std::size_t n = ex.gold.size();
    std::vector<int> pred = ViterbiDecode(Emissions(ex), n, labels, trans);
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t g = static_cast<std::size_t>(ex.gold[i]);
      const std::size_t p = static_cast<std::size_t>(pred[i]);
      const std::size_t gp = i == 0 ? L : static_cast<std::size_t>(ex.gold[i - 1]);
      const std::size_t pp = i == 0 ? L : static_cast<std::size_t>(pred[i - 1]);
      if (g != p) {
        ++wrong;
        for (uint32_t f : ex.features[i]) Bump(w, acc, f * L + g, 1), Bump(w, acc, f * L + p, -1);
      }
      if (g != p || gp != pp) {
        Bump(trans, trans_acc, gp * L + g, 1);
        Bump(trans, trans_acc, pp * L + p, -1);
      }
    }
    c += 1;
    return wrong;
  }
  float Averaged(const std::vector<float>& v, const std::vector<double>& a, std::size_t k) const {
    return static_cast<float>(v[k] - a[k] / c);
  }
};

NerModel Finish(const Perceptron& p, const std::vector<uint64_t>& hashes,
                const std::vector<std::string>& labels, const NerTrainOptions& options) {
  NerModel model(options.lang, labels);
  model.set_lexicon(options.lexicon);
  const std::size_t L = labels.size();
  for (std::size_t from = 0; from <= L; ++from) {
    for (std::size_t to = 0; to < L; ++to) {
      model.transition(from, to) = p.Averaged(p.trans, p.trans_acc, from * L + to);
    }
  }
  std::vector<float> row(L);
  for (std::size_t f = 0; f < hashes.size(); ++f) {
    bool any = false;
    for (std::size_t y = 0; y < L; ++y) {
      float v = p.Averaged(p.w, p.acc, f * L + y);
      row[y] = std::fabs(v) < options.min_weight ? 0.0f : v;
      any |= row[y] != 0.0f;
    }
    if (any) model.SetFeature(hashes[f], row);
  }
  return model;
}

}  // namespace

Result<NerModel> TrainNer(const std::vector<LabeledSentence>& input, const NerTrainOptions& options,
                          const NerEpochCallback& on_epoch) {
  if (input.empty()) return Status::InvalidArgument("no training sentence");
  std::vector<LabeledSentence> data = input;
  for (std::size_t i = 0; i < data.size(); ++i) {
    if (data[i].words.size() != data[i].tags.size()) {
      return Status::InvalidArgument("sentence " + std::to_string(i) + ": words and tags differ in number");
    }
    if (Status s = RepairTags(data[i].tags); !s.ok()) return s.WithPrefix("sentence " + std::to_string(i));
  }
  const std::vector<std::string> labels = LabelSet(data);
  std::map<std::string, int> label_id;
  for (std::size_t i = 0; i < labels.size(); ++i) label_id[labels[i]] = static_cast<int>(i);

  std::vector<std::vector<std::vector<uint64_t>>> hashed;
  std::unordered_map<uint64_t, uint32_t> counts;
  for (const auto& s : data) {
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    hashed.push_back(SentenceFeatures(words, &options.lexicon));
    for (const auto& tok : hashed.back()) {
      for (uint64_t h : tok) ++counts[h];
    }
  }
  std::unordered_map<uint64_t, uint32_t> dense;
  std::vector<uint64_t> hashes;
  for (const auto& [h, n] : counts) {
    if (n >= static_cast<uint32_t>(std::max(options.min_count, 1))) {
      dense.emplace(h, static_cast<uint32_t>(hashes.size()));
      hashes.push_back(h);
    }
  }
  std::vector<Example> examples(data.size());
  for (std::size_t s = 0; s < data.size(); ++s) {
    for (std::size_t i = 0; i < data[s].tags.size(); ++i) {
      examples[s].gold.push_back(label_id[data[s].tags[i]]);
      std::vector<uint32_t> ids;
      for (uint64_t h : hashed[s][i]) {
        if (auto it = dense.find(h); it != dense.end()) ids.push_back(it->second);
      }
      examples[s].features.push_back(std::move(ids));
    }
  }
  hashed.clear();

  Perceptron p(hashes.size(), labels.size());
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t wrong = 0, tokens = 0;
    for (std::size_t k : order) {
      if (examples[k].gold.empty()) continue;
      wrong += p.Learn(examples[k], labels);
      tokens += examples[k].gold.size();
    }
    if (on_epoch) on_epoch(epoch, wrong, tokens);
  }
  return Finish(p, hashes, labels, options);
}

Result<std::vector<LabeledSentence>> ReadConll(const std::string& path) {
  std::ifstream f(path);
  if (!f) return Status::NotFound(path + ": cannot open");
  std::vector<LabeledSentence> out(1);
  std::string line;
  for (std::size_t line_no = 1; std::getline(f, line); ++line_no) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream cols(line);
    std::vector<std::string> c;
    for (std::string col; cols >> col;) c.push_back(col);
    if (c.empty() || c[0] == "-DOCSTART-") {
      if (!out.back().words.empty()) out.emplace_back();
      continue;
    }
    if (c.size() < 2) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": want 'word ... tag'");
    }
    out.back().words.push_back(c.front());
    out.back().tags.push_back(c.back());
  }
  if (out.back().words.empty()) out.pop_back();
  return out;
}

}  // namespace storyline
