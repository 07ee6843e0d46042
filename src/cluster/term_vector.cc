#include "cluster/term_vector.h"

#include <algorithm>
#include <cmath>

namespace storyline {

double Dot(const TermVector& a, const TermVector& b) {
  double sum = 0.0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->term < j->term) {
      ++i;
    } else if (j->term < i->term) {
      ++j;
    } else {
      sum += static_cast<double>(i->weight) * j->weight;
      ++i;
      ++j;
    }
  }
  return sum;
}

double Norm(const TermVector& v) { return std::sqrt(Dot(v, v)); }

void Normalize(TermVector& v) {
  const double norm = Norm(v);
  if (norm <= 0.0) return;
  for (TermWeight& tw : v) tw.weight = static_cast<float>(tw.weight / norm);
}

TermVector Sum(const TermVector& a, const TermVector& b) {
  TermVector out;
  out.reserve(a.size() + b.size());
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && i->term < j->term)) {
      out.push_back(*i++);
    } else if (i == a.end() || j->term < i->term) {
      out.push_back(*j++);
    } else {
      out.push_back({i->term, i->weight + j->weight});
      ++i;
      ++j;
    }
  }
  return out;
}

std::vector<TermWeight> Heaviest(const TermVector& v, std::size_t k) {
  std::vector<TermWeight> out = v;
  auto heavier = [](const TermWeight& x, const TermWeight& y) {
    return x.weight != y.weight ? x.weight > y.weight : x.term < y.term;
  };
  if (out.size() > k) {
    std::nth_element(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(k), out.end(), heavier);
    out.resize(k);
  }
  std::sort(out.begin(), out.end(), heavier);
  return out;
}

TermVector KeepHeaviest(const TermVector& v, std::size_t k) {
  if (v.size() <= k) return v;
  TermVector out = Heaviest(v, k);
  SortByTerm(out);
  out.shrink_to_fit();  // kept per story: capacity left over from `v` would be waste
  return out;
}

void SortByTerm(TermVector& v) {
  std::sort(v.begin(), v.end(),
            [](const TermWeight& x, const TermWeight& y) { return x.term < y.term; });
}

}  // namespace storyline
