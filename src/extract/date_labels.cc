#include "extract/date_labels.h"

#include <array>
#include <cstdint>
#include <vector>

namespace storyline {
namespace {

// Words that introduce a publication date in running text, as written (Cyrillic capitalised
// and not: the search lower-cases ASCII only).
constexpr std::array<std::string_view, 18> kPublishedLabels = {
    "published", "ver\xc3\xb6""ffentlicht", "erschienen", "erscheinungsdatum", "publi\xc3\xa9", "publicado", "publicada",
    "pubblicato", "gepubliceerd", "opublikowano", "yay\xc4\xb1nlanma",
    "\xd0\xbe\xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe",  // опубликовано
    "\xd0\x9e\xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe",  // Опубликовано
    "\xd0\xbe\xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd1\x96\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe",  // опубліковано
    "\xd0\x9e\xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd1\x96\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe",  // Опубліковано
    "\xd0\x94\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8",  // Дата публикации
    "\xd0\xb4\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8",  // дата публикации
    "\xd0\x94\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x97",  // Дата публікації
};
constexpr std::size_t kLabelToDateBytes = 12;  // " am ", ": ", " on ", " le " between label and date

}  // namespace

// Each position whose byte may start a label is looked up by its first two (ASCII-lower-cased)
// bytes, and only the labels that start with them are compared.
std::size_t FindPublishedLabel(std::string_view text, std::size_t from, std::size_t* size) {
  auto lower = [](char ch) {
    const auto b = static_cast<unsigned char>(ch);
    return static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
  };
  // Two lower-cased bytes → 1 + the first label index with them (labels are few, so a label's
  // bucket is the run of labels sharing its first two bytes, found by scanning the list).
  static const std::vector<uint8_t> kBucket = [&] {
    std::vector<uint8_t> t(1 << 16, 0);
    for (std::size_t i = kPublishedLabels.size(); i-- > 0;) {
      const std::string_view l = kPublishedLabels[i];
      t[(static_cast<unsigned char>(l[0]) << 8) | static_cast<unsigned char>(l[1])] = static_cast<uint8_t>(i + 1);
    }
    return t;
  }();
  // Bytes that (ASCII-lower-cased) start a label: most positions are passed over by this alone.
  static constexpr std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> t{};
    for (std::string_view l : kPublishedLabels) {
      const auto b = static_cast<unsigned char>(l[0]);
      t[b] = true;
      if (b >= 'a' && b <= 'z') t[b - ('a' - 'A')] = true;
    }
    return t;
  }();
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = from; i + 1 < text.size(); ++i) {
    if (!kFirst[u[i]]) continue;
    const unsigned key = (static_cast<unsigned>(lower(text[i])) << 8) | lower(text[i + 1]);
    if (kBucket[key] == 0) continue;
    for (std::size_t j = kBucket[key] - 1; j < kPublishedLabels.size(); ++j) {
      const std::string_view label = kPublishedLabels[j];
      if (((static_cast<unsigned>(static_cast<unsigned char>(label[0])) << 8) | static_cast<unsigned char>(label[1])) != key) continue;
      if (label.size() > text.size() - i) continue;
      std::size_t k = 2;
      while (k < label.size() && lower(text[i + k]) == static_cast<unsigned char>(label[k])) ++k;
      if (k == label.size()) {
        *size = label.size();
        return i;
      }
    }
  }
  return std::string_view::npos;
}

std::optional<LocalDate> LabelledPublicationDate(std::string_view text) {
  std::size_t size = 0;
  for (std::size_t at = FindPublishedLabel(text, 0, &size); at != std::string_view::npos;
       at = FindPublishedLabel(text, at + 1, &size)) {
    std::vector<DateMatch> m = FindDatesInText(text.substr(at + size, kLabelToDateBytes + 40), kLabelToDateBytes + 40, 1);
    if (!m.empty() && m.front().begin <= kLabelToDateBytes) return m.front().date;
  }
  return std::nullopt;
}

}  // namespace storyline
