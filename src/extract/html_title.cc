#include "extract/html_title.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "extract/date_text.h"
#include "extract/html_dom.h"

namespace storyline {
namespace {

// Lower-cased words (ASCII letters and digits; other bytes kept) of a title.
std::vector<std::string> TitleWords(std::string_view s) {
  std::vector<std::string> words;
  std::string w;
  for (char ch : s) {
    if (std::isalnum(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80) {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

// True when most words of the visible <h1> are in the metadata title: the page's own headline
// then wins over a title rewritten for social sharing or search ("… | Site", "Best X of 2025").
bool HeadlineAgrees(std::string_view h1, std::string_view meta_title) {
  std::vector<std::string> h = TitleWords(h1), t = TitleWords(meta_title);
  if (h.size() < 2 || h1.size() > 300) return false;
  std::size_t shared = std::count_if(h.begin(), h.end(), [&](const std::string& w) {
    return std::find(t.begin(), t.end(), w) != t.end();
  });
  return 2 * shared >= h.size();
}

// Whether the two titles share a word of four or more letters (an advert or a teaser in an
// <h1> shares none with the page's own title).
bool SharesAWord(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = TitleWords(a), wb = TitleWords(b);
  return std::any_of(wa.begin(), wa.end(), [&](const std::string& w) {
    return w.size() >= 4 && std::find(wb.begin(), wb.end(), w) != wb.end();
  });
}

// The headline the page shows (its longest <h1> outside nav/footer/aside) when it is a sentence
// of at least this many words: metadata titles are often rewritten for search and sharing
// ("Best X of 2025", "… – Top 10 Picks"), while one- to five-word <h1>s are as often a site,
// blog or section name ("Webcams", "Jan's Blog") as a headline.
constexpr std::size_t kHeadlineWords = 6;

}  // namespace

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  AppendCollapsed(out, s);
  return std::string(Trim(out));
}

// What some pages write before the headline in the same element: a "Title:" descriptor
// (arXiv), or the date ("Dec 18 2025 Preparing a transition in Debusine", "23.01.2022 -
// Dorothea Wierer …"); the date goes only when a headline of kMinWordsAfterDate words follows.
constexpr std::size_t kMinWordsAfterDate = 3;

std::string WithoutLeadingLabel(std::string title) {
  constexpr std::string_view kDescriptor = "title:";
  if (title.size() > kDescriptor.size() &&
      std::equal(kDescriptor.begin(), kDescriptor.end(), title.begin(),
                 [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
    title = std::string(Trim(std::string_view(title).substr(kDescriptor.size())));
  }
  const std::vector<DateMatch> dates = FindDatesInText(title, 200, 1);
  if (dates.empty() || dates[0].begin != 0) return title;
  std::string_view rest = std::string_view(title).substr(dates[0].end);
  static constexpr std::array<std::string_view, 8> kSeparators = {" ", "-", "|", ":", ",", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\xa2"};
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view sep : kSeparators) {
      if (rest.starts_with(sep)) rest.remove_prefix(sep.size()), stripped = true;
    }
  }
  return TitleWords(rest).size() >= kMinWordsAfterDate ? std::string(rest) : title;
}

std::string ChooseTitleAsWritten(const TitleCandidates& c);

// The visible <h1> when it has kHeadlineWords words or agrees with the metadata title; else
// og:title > twitter:title > JSON-LD headline > <h1> > <title>, site suffix removed.
std::string ChooseTitle(const TitleCandidates& c) {
  return WithoutLeadingLabel(ChooseTitleAsWritten(c));
}

std::string ChooseTitleAsWritten(const TitleCandidates& c) {
  // An <h1> longer than any headline wraps a section of the page (sina.com.hk): the <title>
  // goes before it.
  constexpr std::size_t kMaxHeadline = 300;
  std::string h1 = CollapseSpaces(c.h1);
  std::string_view first = c.title_tag;
  for (std::string_view t : {c.og_title, c.twitter_title, c.ld_headline, std::string_view(h1)}) {
    if (t.data() == h1.data() && h1.size() > kMaxHeadline) continue;
    if (!t.empty()) {
      first = t;
      break;
    }
  }
  // The site's own name goes whatever its length; failing that, one short trailing segment.
  auto without_site = [&](std::string_view title) {
    const std::string collapsed = CollapseSpaces(title);
    std::string named = StripSiteName(collapsed, c.site_name, c.host);
    return named != collapsed ? named : StripSiteSuffix(collapsed);
  };
  std::string meta = without_site(first);
  h1 = StripSiteName(h1, c.site_name, c.host);
  if (!h1.empty() && h1.size() <= kMaxHeadline && TitleWords(h1).size() >= kHeadlineWords &&
      (SharesAWord(h1, c.og_title) || SharesAWord(h1, c.twitter_title) || SharesAWord(h1, c.ld_headline) ||
       SharesAWord(h1, c.title_tag))) {
    return h1;
  }
  return !h1.empty() && HeadlineAgrees(h1, meta) ? h1 : meta;
}

namespace {

constexpr std::array<std::string_view, 4> kSiteSeparators = {" | ", " - ", " \xe2\x80\x94 ", " \xe2\x80\x93 "};

// Lower-case ASCII letters and digits, other bytes kept, the rest dropped: "Five Books" = "fivebooks".
std::string Squash(std::string_view text) {
  std::string out;
  for (char ch : text) {
    const auto u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) != 0 || u >= 0x80) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out;
}

}  // namespace

bool NamesSite(std::string_view segment, std::string_view site, std::string_view host) {
  const std::string s = Squash(segment);
  if (s.size() < 3) return false;
  const std::string name = Squash(site);
  if (name.size() >= 3 && name.starts_with(s)) return true;  // "Thrive Internet Marketing" of "… Agency"
  if (host.starts_with("www.")) host.remove_prefix(4);
  if (s == Squash(host)) return true;  // "Cooperativa.cl"
  for (std::size_t start = 0; start < host.size();) {
    const std::size_t dot = host.find('.', start);
    if (dot == std::string_view::npos) break;  // the top-level domain names no site
    if (s == Squash(host.substr(start, dot - start))) return true;
    start = dot + 1;
  }
  return false;
}

std::string StripSiteName(std::string_view title, std::string_view site_name, std::string_view host) {
  if (site_name.empty() && host.empty()) return std::string(title);
  std::string_view rest = Trim(title);
  for (bool stripped = true; stripped;) {
    stripped = false;
    std::size_t best = std::string_view::npos, width = 0;
    for (std::string_view sep : kSiteSeparators) {
      const std::size_t pos = rest.rfind(sep);
      if (pos != std::string_view::npos && (best == std::string_view::npos || pos > best)) best = pos, width = sep.size();
    }
    if (best == std::string_view::npos) break;
    const std::string_view head = Trim(rest.substr(0, best)), tail = Trim(rest.substr(best + width));
    if (!TitleWords(head).empty() && NamesSite(tail, site_name, host)) rest = head, stripped = true;
  }
  for (std::string_view sep : kSiteSeparators) {
    const std::size_t pos = rest.find(sep);
    if (pos == std::string_view::npos) continue;
    const std::string_view head = Trim(rest.substr(0, pos)), tail = Trim(rest.substr(pos + sep.size()));
    if (TitleWords(tail).size() >= 2 && NamesSite(head, site_name, host)) rest = tail;
    break;
  }
  return std::string(rest);
}

std::string StripSiteSuffix(std::string_view title) {
  std::size_t best = std::string_view::npos, width = 0;
  for (std::string_view sep : kSiteSeparators) {
    std::size_t pos = title.rfind(sep);
    if (pos != std::string_view::npos && (best == std::string_view::npos || pos > best)) best = pos, width = sep.size();
  }
  if (best == std::string_view::npos) return std::string(title);
  std::string_view head = Trim(title.substr(0, best)), tail = Trim(title.substr(best + width));
  return head.size() > tail.size() ? std::string(head) : std::string(title);
}

}  // namespace storyline
