#include "digest/summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "digest/timeline.h"
#include "digest/words.h"

namespace storyline {
namespace {

using Span = std::pair<std::size_t, std::size_t>;
using SparseVector = std::vector<std::pair<uint32_t, float>>;  // sorted by term id

struct SentenceWords {
  std::vector<std::string> stems;  // words of 3+ letters, in text order, repeats kept
  std::size_t words = 0;           // all words, short ones included
  std::size_t all_caps = 0;        // words of 2+ letters written in capitals only
  std::size_t word_bytes = 0;      // bytes inside words
};

SentenceWords WordsOf(std::string_view s) {
  SentenceWords out;
  for (Word& w : SplitWords(s)) {
    ++out.words;
    out.all_caps += w.all_caps ? 1 : 0;
    out.word_bytes += w.end - w.begin;
    if (w.letters >= 3) out.stems.push_back(std::move(w.stem));
  }
  return out;
}

bool LooksLikeChrome(std::string_view s, const SentenceWords& w) {
  if (s.find("http") != std::string_view::npos || s.find("www.") != std::string_view::npos ||
      s.find('@') != std::string_view::npos) {
    return true;
  }
  const char last = s.back();
  if (last == ':' || last == '?') return true;
  if (w.word_bytes * 4 < s.size()) return true;  // mostly symbols and punctuation
  return w.all_caps * 2 > w.words;         // "PHOTO: AP", shouted bylines
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0.0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->first < j->first) ++i;
    else if (j->first < i->first) ++j;
    else sum += static_cast<double>(i->second) * j->second, ++i, ++j;
  }
  return sum;
}

struct Candidate {
  std::size_t article = 0;
  std::size_t rank = 0;  // among the article's candidates, 0 = first
  Span span;
  std::size_t words = 0;
  std::unordered_map<uint32_t, int> tf;
  SparseVector vec;  // unit length
  double title_share = 0.0;
  double score = 0.0;
};

class Summarizer {
 public:
  Summarizer(const std::vector<SummaryArticle>& articles, const SummaryOptions& options)
      : articles_(articles), options_(options) {}

  std::vector<SummarySentence> Run() {
    for (std::size_t a = 0; a < articles_.size(); ++a) Collect(a);
    if (candidates_.empty()) return {};
    Weigh();
    Score();
    return Emit(Select());
  }

 private:
  uint32_t Intern(const std::string& stem) {
    auto [it, inserted] = ids_.try_emplace(stem, static_cast<uint32_t>(ids_.size()));
    return it->second;
  }

  void Collect(std::size_t a) {
    const SummaryArticle& art = articles_[a];
    std::unordered_set<uint32_t> title_terms;
    const SentenceWords title_words = WordsOf(art.title);
    for (const std::string& s : title_words.stems) title_terms.insert(Intern(s));
    std::size_t seen = 0, rank = 0;
    for (const Span& span : SplitSentences(art.text)) {
      if (seen++ >= options_.max_sentences_per_article) break;
      const std::string_view s = art.text.substr(span.first, span.second - span.first);
      const SentenceWords w = WordsOf(s);
      if (w.words < options_.min_words || w.words > options_.max_words) continue;
      if (LooksLikeChrome(s, w)) continue;
      Candidate c;
      c.article = a;
      c.span = span;
      c.words = w.words;
      std::size_t in_title = 0;
      for (const std::string& stem : w.stems) {
        const uint32_t id = Intern(stem);
        ++c.tf[id];
        in_title += title_terms.count(id);
      }
      if (c.tf.empty()) continue;
      // The headline repeated as the first line of the text says nothing new.
      if (!title_terms.empty() && w.words <= title_words.words + 2 &&
          in_title * 5 >= w.stems.size() * 4) {
        continue;
      }
      c.rank = rank++;
      candidates_.push_back(std::move(c));
    }
    for (uint32_t id : title_terms) story_titles_.insert(id);
  }

  void Weigh() {
    std::unordered_map<uint32_t, int> df;
    for (const Candidate& c : candidates_) {
      for (const auto& [id, n] : c.tf) ++df[id];
    }
    const double n = static_cast<double>(candidates_.size());
    for (Candidate& c : candidates_) {
      double norm = 0.0;
      std::size_t from_titles = 0;
      for (const auto& [id, count] : c.tf) {
        const double w = (1.0 + std::log(count)) * std::log((n + 1.0) / (df[id] + 0.5));
        if (w <= 0) continue;
        c.vec.emplace_back(id, static_cast<float>(w));
        norm += w * w;
        from_titles += story_titles_.count(id);
      }
      std::sort(c.vec.begin(), c.vec.end());
      norm = std::sqrt(norm);
      for (auto& [id, w] : c.vec) w = static_cast<float>(w / (norm > 0 ? norm : 1.0));
      c.title_share = static_cast<double>(from_titles) / static_cast<double>(c.tf.size());
    }
  }

  // Each article contributes the mean of its sentences, so every source weighs the same.
  SparseVector Centroid() const {
    std::unordered_map<uint32_t, double> sum;
    std::unordered_map<std::size_t, std::size_t> per_article;
    for (const Candidate& c : candidates_) ++per_article[c.article];
    for (const Candidate& c : candidates_) {
      const double share = 1.0 / static_cast<double>(per_article[c.article]);
      for (const auto& [id, w] : c.vec) sum[id] += share * w;
    }
    SparseVector centroid;
    double norm = 0.0;
    for (const auto& [id, w] : sum) centroid.emplace_back(id, static_cast<float>(w)), norm += w * w;
    std::sort(centroid.begin(), centroid.end());
    norm = std::sqrt(norm);
    for (auto& [id, w] : centroid) w = static_cast<float>(w / (norm > 0 ? norm : 1.0));
    return centroid;
  }

  void Score() {
    const SparseVector centroid = Centroid();
    for (Candidate& c : candidates_) {
      c.score = Dot(c.vec, centroid) + options_.lead_bonus / (1.0 + static_cast<double>(c.rank)) +
                options_.title_bonus * c.title_share;
    }
  }

  std::vector<std::size_t> Select() const {
    std::vector<std::size_t> order(candidates_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return candidates_[a].score > candidates_[b].score;
    });
    std::vector<std::size_t> chosen;
    std::size_t words = 0;
    for (std::size_t i : order) {
      if (chosen.size() >= options_.max_sentences) break;
      if (words >= options_.target_words && chosen.size() >= options_.min_sentences) break;
      bool repeats = false;
      for (std::size_t j : chosen) {
        if (Dot(candidates_[i].vec, candidates_[j].vec) >= options_.redundancy) repeats = true;
      }
      if (repeats) continue;
      chosen.push_back(i);
      words += candidates_[i].words;
    }
    return chosen;
  }

  std::vector<SummarySentence> Emit(std::vector<std::size_t> chosen) const {
    auto time_of = [&](std::size_t i) {
      const auto& p = articles_[candidates_[i].article].published;
      return p ? *p : std::numeric_limits<int64_t>::max();
    };
    std::stable_sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
      const Candidate &x = candidates_[a], &y = candidates_[b];
      if (time_of(a) != time_of(b)) return time_of(a) < time_of(b);
      return x.article != y.article ? x.article < y.article : x.rank < y.rank;
    });
    std::vector<SummarySentence> out;
    for (std::size_t i : chosen) {
      const Candidate& c = candidates_[i];
      SummarySentence s;
      const std::string_view text = articles_[c.article].text;
      s.text = CleanSentence(text.substr(c.span.first, c.span.second - c.span.first),
                             options_.max_text_bytes);
      s.source = c.article;
      s.articles.push_back(c.article);
      for (const Candidate& other : candidates_) {
        if (other.article == c.article || Dot(c.vec, other.vec) < options_.support) continue;
        s.articles.push_back(other.article);
      }
      std::sort(s.articles.begin(), s.articles.end());
      s.articles.erase(std::unique(s.articles.begin(), s.articles.end()), s.articles.end());
      out.push_back(std::move(s));
    }
    return out;
  }

  const std::vector<SummaryArticle>& articles_;
  const SummaryOptions& options_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::unordered_set<uint32_t> story_titles_;
  std::vector<Candidate> candidates_;
};

}  // namespace

std::vector<SummarySentence> SummarizeStory(const std::vector<SummaryArticle>& articles,
                                            const SummaryOptions& options) {
  return Summarizer(articles, options).Run();
}

}  // namespace storyline
