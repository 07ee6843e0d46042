#include "ner/ner_model.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

namespace storyline {
namespace {

constexpr char kMagic[8] = {'S', 'L', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr uint32_t kVersion = 3;
constexpr uint32_t kOldestVersion = 1;  // version 1: no lexicon
constexpr char kTrailer[4] = {'E', 'N', 'D', '1'};
constexpr uint32_t kMaxLabels = 255;  // label ids are stored in one byte

template <class T>
void Put(std::string* out, T v) {
  char buf[sizeof(T)];
  std::memcpy(buf, &v, sizeof(T));  // the format is little-endian, as every target here
  out->append(buf, sizeof(T));
}

void PutString(std::string* out, std::string_view s) {
  Put<uint32_t>(out, static_cast<uint32_t>(s.size()));
  out->append(s);
}

// Bounds-checked reading: any read past the end marks the reader failed and yields zeros.
struct Reader {
  std::string_view bytes;
  std::size_t pos = 0;
  bool failed = false;

  template <class T>
  T Get() {
    T v{};
    if (bytes.size() - pos < sizeof(T)) {
      failed = true;
      return v;
    }
    std::memcpy(&v, bytes.data() + pos, sizeof(T));
    pos += sizeof(T);
    return v;
  }
  std::string GetString() {
    uint32_t n = Get<uint32_t>();
    if (failed || bytes.size() - pos < n) {
      failed = true;
      return "";
    }
    std::string s(bytes.substr(pos, n));
    pos += n;
    return s;
  }
};

bool ValidLabels(const std::vector<std::string>& labels) {
  if (labels.empty() || labels[0] != "O" || labels.size() > kMaxLabels) return false;
  for (std::size_t i = 1; i < labels.size(); ++i) {
    const std::string& l = labels[i];
    if (l.size() < 3 || (l[0] != 'B' && l[0] != 'I') || l[1] != '-') return false;
  }
  return true;
}

// Version 3: u8 fold; versions 2 and 3: u64 entry count, then per entry the key and u16 classes.
Status ParseLexicon(Reader& r, uint32_t version, NerModel* model) {
  const uint8_t fold = version >= 3 ? r.Get<uint8_t>() : 0;
  if (fold >= kLexFoldCount) return Status::InvalidArgument("bad lexicon fold");
  uint64_t n = r.Get<uint64_t>();
  // Each entry takes at least 6 bytes (empty phrase length + classes).
  if (r.failed || n > (r.bytes.size() - r.pos) / 6) return Status::InvalidArgument("bad lexicon size");
  NerLexicon lex(static_cast<LexFold>(fold));
  lex.Reserve(static_cast<std::size_t>(n));
  for (uint64_t i = 0; i < n && !r.failed; ++i) {
    std::string phrase = r.GetString();
    const uint16_t classes = r.Get<uint16_t>();
    lex.AddKey(phrase, classes);
  }
  if (r.failed) return Status::InvalidArgument("truncated lexicon");
  model->set_lexicon(std::move(lex));
  return Status::Ok();
}

Result<NerModel> ParseBody(Reader& r, uint32_t version) {
  std::string lang = r.GetString();
  uint32_t num_labels = r.Get<uint32_t>();
  if (r.failed || num_labels == 0 || num_labels > kMaxLabels) {
    return Status::InvalidArgument("bad label count");
  }
  std::vector<std::string> labels;
  for (uint32_t i = 0; i < num_labels && !r.failed; ++i) labels.push_back(r.GetString());
  if (r.failed || !ValidLabels(labels)) return Status::InvalidArgument("bad labels");
  NerModel model(std::move(lang), std::move(labels));
  for (std::size_t from = 0; from <= num_labels; ++from) {
    for (std::size_t to = 0; to < num_labels; ++to) model.transition(from, to) = r.Get<float>();
  }
  uint64_t num_features = r.Get<uint64_t>();
  // Each feature takes at least 9 bytes: a count that does not fit is corrupt.
  if (r.failed || num_features > (r.bytes.size() - r.pos) / 9) {
    return Status::InvalidArgument("bad feature count");
  }
  std::vector<float> w(num_labels);
  for (uint64_t i = 0; i < num_features && !r.failed; ++i) {
    uint64_t hash = r.Get<uint64_t>();
    uint8_t nnz = r.Get<uint8_t>();
    std::fill(w.begin(), w.end(), 0.0f);
    for (uint8_t k = 0; k < nnz && !r.failed; ++k) {
      uint8_t label = r.Get<uint8_t>();
      float value = r.Get<float>();
      if (label >= num_labels) return Status::InvalidArgument("bad label id");
      w[label] = value;
    }
    model.SetFeature(hash, w);
  }
  if (r.failed) return Status::InvalidArgument("truncated");
  if (version >= 2) {
    if (Status s = ParseLexicon(r, version, &model); !s.ok()) return s;
  }
  return model;
}

}  // namespace

NerModel::NerModel(std::string lang, std::vector<std::string> labels)
    : lang_(std::move(lang)),
      labels_(std::move(labels)),
      transitions_((labels_.size() + 1) * labels_.size(), 0.0f),
      allowed_(BioAllowedMatrix(labels_)) {}

void NerModel::SetFeature(uint64_t hash, const std::vector<float>& weights) {
  auto [row, inserted] = rows_.Emplace(hash);
  if (inserted) weights_.resize(weights_.size() + num_labels());
  std::copy(weights.begin(), weights.end(), weights_.begin() + static_cast<std::size_t>(row) * num_labels());
}

std::vector<int> NerModel::Decode(const std::vector<std::vector<uint64_t>>& features) const {
  const std::size_t n = features.size(), L = num_labels();
  std::vector<float> emissions(n * L, 0.0f);
  for (std::size_t i = 0; i < n; ++i) {
    for (uint64_t f : features[i]) {
      const int64_t row = rows_.Find(f);
      if (row < 0) continue;
      const float* w = &weights_[static_cast<std::size_t>(row) * L];
      for (std::size_t y = 0; y < L; ++y) emissions[i * L + y] += w[y];
    }
  }
  return ViterbiDecode(emissions, n, L, allowed_, transitions_);
}

std::string NerModel::Serialize() const {
  std::string out(kMagic, sizeof(kMagic));
  Put<uint32_t>(&out, kVersion);
  PutString(&out, lang_);
  Put<uint32_t>(&out, static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) PutString(&out, l);
  for (float t : transitions_) Put<float>(&out, t);
  Put<uint64_t>(&out, rows_.size());
  for (uint32_t row = 0; row < rows_.size(); ++row) {
    const uint64_t hash = rows_.KeyOf(row);
    const float* w = &weights_[static_cast<std::size_t>(row) * num_labels()];
    uint8_t nnz = 0;
    for (std::size_t y = 0; y < num_labels(); ++y) nnz += w[y] != 0.0f;
    Put<uint64_t>(&out, hash);
    Put<uint8_t>(&out, nnz);
    for (std::size_t y = 0; y < num_labels(); ++y) {
      if (w[y] == 0.0f) continue;
      Put<uint8_t>(&out, static_cast<uint8_t>(y));
      Put<float>(&out, w[y]);
    }
  }
  const auto entries = lexicon_.Sorted();
  Put<uint8_t>(&out, static_cast<uint8_t>(lexicon_.fold()));
  Put<uint64_t>(&out, entries.size());
  for (const auto& [phrase, classes] : entries) {
    PutString(&out, phrase);
    Put<uint16_t>(&out, classes);
  }
  out.append(kTrailer, sizeof(kTrailer));
  return out;
}

Status NerModel::Save(const std::string& path) const {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  const std::string bytes = Serialize();
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) return Status::IoError(path + ": cannot write the model");
  return Status::Ok();
}

Result<NerModel> NerModel::Parse(std::string_view bytes) {
  if (bytes.size() < sizeof(kMagic) + 4 + sizeof(kTrailer) ||
      std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return Status::InvalidArgument("not a storyline NER model (bad magic)");
  }
  Reader r{bytes.substr(0, bytes.size() - sizeof(kTrailer)), sizeof(kMagic)};
  uint32_t version = r.Get<uint32_t>();
  if (version < kOldestVersion || version > kVersion) {
    return Status::InvalidArgument("NER model version " + std::to_string(version) + " (this build reads " +
                                   std::to_string(kOldestVersion) + " to " + std::to_string(kVersion) + ")");
  }
  if (std::memcmp(bytes.data() + bytes.size() - sizeof(kTrailer), kTrailer, sizeof(kTrailer)) != 0) {
    return Status::InvalidArgument("NER model truncated (no trailer)");
  }
  Result<NerModel> model = ParseBody(r, version);
  if (!model.ok()) return Status::InvalidArgument("NER model: " + model.status().message());
  if (r.pos != r.bytes.size()) return Status::InvalidArgument("NER model: trailing bytes");
  return model;
}

Result<NerModel> NerModel::Load(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::NotFound(path + ": no such NER model");
  std::ostringstream ss;
  ss << f.rdbuf();
  Result<NerModel> model = Parse(ss.str());
  if (!model.ok()) return model.status().WithPrefix(path);
  return model;
}

Result<NerModel> AverageModels(const std::vector<NerModel>& models) {
  if (models.empty()) return Status::InvalidArgument("no model to average");
  const NerModel& first = models.front();
  const std::string lexicon = first.lexicon().ToTsv();
  for (const NerModel& m : models) {
    if (m.labels() != first.labels() || m.lexicon().ToTsv() != lexicon) {
      return Status::InvalidArgument("models to average differ in labels or lexicon");
    }
  }
  const std::size_t L = first.num_labels();
  const float share = 1.0f / static_cast<float>(models.size());
  std::unordered_map<uint64_t, std::vector<float>> sum;
  for (const NerModel& m : models) {
    m.ForEachFeature([&](uint64_t hash, const float* w) {
      std::vector<float>& acc = sum.try_emplace(hash, L, 0.0f).first->second;
      for (std::size_t y = 0; y < L; ++y) acc[y] += w[y] * share;
    });
  }
  NerModel out(first.lang(), first.labels());
  out.set_lexicon(first.lexicon());
  for (std::size_t from = 0; from <= L; ++from) {
    for (std::size_t to = 0; to < L; ++to) {
      for (const NerModel& m : models) out.transition(from, to) += m.transition(from, to) * share;
    }
  }
  // Sorted hashes: the averaged file does not depend on hash-table order.
  std::vector<uint64_t> hashes;
  for (const auto& [hash, w] : sum) hashes.push_back(hash);
  std::sort(hashes.begin(), hashes.end());
  for (uint64_t h : hashes) out.SetFeature(h, sum[h]);
  return out;
}

bool BioAllows(const std::vector<std::string>& labels, std::size_t from, std::size_t to) {
  const std::string& t = labels[to];
  if (t[0] != 'I') return true;
  if (from >= labels.size()) return false;
  const std::string& f = labels[from];
  return f != "O" && std::string_view(f).substr(2) == std::string_view(t).substr(2);
}

std::vector<char> BioAllowedMatrix(const std::vector<std::string>& labels) {
  const std::size_t L = labels.size();
  std::vector<char> allowed((L + 1) * L);
  for (std::size_t p = 0; p <= L; ++p) {
    for (std::size_t y = 0; y < L; ++y) allowed[p * L + y] = BioAllows(labels, p, y);
  }
  return allowed;
}

std::vector<int> ViterbiDecode(const std::vector<float>& emissions, std::size_t n,
                               const std::vector<std::string>& labels,
                               const std::vector<float>& transitions) {
  return ViterbiDecode(emissions, n, labels.size(), BioAllowedMatrix(labels), transitions);
}

std::vector<int> ViterbiDecode(const std::vector<float>& emissions, std::size_t n, std::size_t L,
                               const std::vector<char>& allowed,
                               const std::vector<float>& transitions) {
  if (n == 0) return {};
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<float> score(n * L, kNone);
  std::vector<int> back(n * L, 0);
  for (std::size_t y = 0; y < L; ++y) {
    if (allowed[L * L + y]) score[y] = emissions[y] + transitions[L * L + y];
  }
  for (std::size_t i = 1; i < n; ++i) {
    for (std::size_t y = 0; y < L; ++y) {
      for (std::size_t p = 0; p < L; ++p) {
        if (score[(i - 1) * L + p] == kNone || !allowed[p * L + y]) continue;
        float s = score[(i - 1) * L + p] + transitions[p * L + y];
        if (s > score[i * L + y]) score[i * L + y] = s, back[i * L + y] = static_cast<int>(p);
      }
      score[i * L + y] += emissions[i * L + y];
    }
  }
  std::vector<int> path(n);
  std::size_t best = 0;
  for (std::size_t y = 1; y < L; ++y) {
    if (score[(n - 1) * L + y] > score[(n - 1) * L + best]) best = y;
  }
  for (std::size_t i = n; i-- > 0;) {
    path[i] = static_cast<int>(best);
    best = static_cast<std::size_t>(back[i * L + best]);
  }
  return path;
}

}  // namespace storyline
