// TermVector: a sparse vector of term weights, sorted by term id, with the few operations the
// story assigner needs. Internal to the cluster stage.
// Thread safety: value types and pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace storyline {

struct TermWeight {
  uint32_t term = 0;   // id in the assigner's term dictionary
  float weight = 0.f;  // tf-idf weight (or a sum of them in a centroid)
};

// Sorted by term, each term at most once.
using TermVector = std::vector<TermWeight>;

double Dot(const TermVector& a, const TermVector& b);
double Norm(const TermVector& v);
// Scales to unit length; a zero vector stays zero.
void Normalize(TermVector& v);
// Element-wise a + b.
TermVector Sum(const TermVector& a, const TermVector& b);
// The k heaviest entries, heaviest first (ties: lower term id first). Not sorted by term.
std::vector<TermWeight> Heaviest(const TermVector& v, std::size_t k);
// The k heaviest entries, sorted by term again (a valid TermVector).
TermVector KeepHeaviest(const TermVector& v, std::size_t k);
// Sorts by term id (for vectors built in another order with unique terms).
void SortByTerm(TermVector& v);

}  // namespace storyline
