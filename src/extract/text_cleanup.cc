#include "extract/text_cleanup.h"


#include <algorithm>
#include <array>
#include <vector>

#include "base/time_util.h"
#include "extract/date_text.h"
#include "extract/html_dom.h"
#include "extract/text_scrape.h"
#include "extract/text_words.h"

namespace storyline {
namespace {

constexpr std::size_t kDateMarkerLines = 15;
constexpr std::size_t kLongLine = 100;      // longer lines are never hard-wrapped
constexpr std::size_t kMinWrappedLine = 40;  // shorter lines end a paragraph (headings, bylines)
constexpr std::size_t kMaxHeadline = 150;
constexpr std::size_t kMaxChromeBytes = 120;  // chrome lines are short; skip the work otherwise

// A table of contents' label stays behind when its list of in-page links is dropped as links:
// "Table of Contents" alone on a line, in the main languages of news.
constexpr std::array<std::string_view, 42> kChromeExact = {
    "advertisement", "log in to comment", "sign up for our newsletter", "share this article", "share this story",
    "subscribe to our newsletter", "реклама", "комментарии", "поделиться", "reklama", "anzeige", "publicidad", "share",
    // a share bar's buttons, one per line in a scrape
    "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "instagram", "youtube", "reddit", "telegram",
    "вконтакте", "одноклассники", "flipboard",
    "table of contents", "contents", "in this article", "on this page", "inhaltsverzeichnis", "inhalt",
    "содержание", "оглавление", "spis treści", "sommaire", "table des matières", "índice", "indice",
    "tabla de contenidos", "πίνακας περιεχομένων", "目录", "目錄"};
constexpr std::array<std::string_view, 9> kChromePrefixes = {
    "photo:", "photo credit", "read more:", "related:", "image:", "фото:", "читайте также", "подпишитесь на", "see also:"};
// Openings of the page's own short lines, whatever their end: a byline label, a newsletter
// prompt, the heading of a list of other stories (wcxb-dev and DAnIEL tune, output lines under
// kMaxFurnitureLine bytes opening so, counted before the rule: 45 outside the gold on more than
// 20 sites, 2 in it).
constexpr std::size_t kMaxFurnitureLine = 100;
constexpr std::array<std::string_view, 14> kFurniturePrefixes = {
    "written by", "subscribe to ", "related articles", "related stories", "related content", "related posts",
    "you may also ", "you might also ", "zobacz także", "follow us", "getty images", "view all",
    "код для блога", "код для вставки"};
// "Sign up …" is a prompt only with one of these ("Sign up for our newsletter", "Sign up today
// and…"); "Sign up for a Hulu account for $11.99 a month" is a step of a how-to.
constexpr std::array<std::string_view, 7> kSignUpPrompt = {"newsletter", " today", " now", " free", " our ",
                                                           "updates", "latest"};

bool IsFurnitureLine(std::string_view line, std::string_view folded) {
  if (line.size() >= kMaxFurnitureLine) return false;
  auto has = [&](std::string_view w) { return folded.find(w) != std::string_view::npos; };
  if (folded.starts_with("sign up")) return std::any_of(kSignUpPrompt.begin(), kSignUpPrompt.end(), has);
  // "По материалам источника: news.mail.ru" credits a source; "По материалам следствия, …" that
  // ends a sentence is the story's.
  if (folded.starts_with("по материалам")) return !(line.ends_with(".") || line.ends_with("!") || line.ends_with("?"));
  return std::any_of(kFurniturePrefixes.begin(), kFurniturePrefixes.end(),
                     [&](std::string_view p) { return folded.starts_with(p); });
}
// Longer prefixes first: the first match is taken.
constexpr std::array<std::string_view, 6> kDatePrefixes = {"dateline", "date", "published", "posted", "дата",
                                                           "опубликовано"};

bool IsUrlOnly(std::string_view line) {
  bool starts = line.starts_with("http://") || line.starts_with("https://") || line.starts_with("www.");
  return starts && line.find_first_of(" \t") == std::string_view::npos;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    lines.push_back(Trim(line));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// Removes the first date-marker line near the top and returns its time.
std::optional<int64_t> TakeDateMarker(std::vector<std::string_view>& lines) {
  std::size_t limit = std::min(lines.size(), kDateMarkerLines);
  for (std::size_t i = 0; i < limit; ++i) {
    if (auto t = ParseDateMarker(lines[i])) {
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
      return t;
    }
  }
  return std::nullopt;
}

struct Paragraph {
  std::string text;
  bool single_line = true;
};

bool EndsSentence(std::string_view line) {
  static constexpr std::array<std::string_view, 8> kEnds = {".", "!", "?", ":", "\"", "\xc2\xbb", "\xe2\x80\x9d", ";"};
  return std::any_of(kEnds.begin(), kEnds.end(), [&](std::string_view e) { return line.ends_with(e); });
}

// Hard-wrapped prose: lines of similar, moderate width that stop mid-sentence.
bool ContinuesOnNextLine(std::string_view line, std::string_view next) {
  std::size_t length = CodePointCount(line);
  return length >= kMinWrappedLine && length <= kLongLine && CodePointCount(next) <= kLongLine &&
         !EndsSentence(line);
}

// Blank lines close a block; inside it, a line is joined to the next only when it looks
// hard-wrapped, else each line is its own paragraph.
void FlushBlock(std::vector<std::string_view>& block, std::vector<Paragraph>& out) {
  Paragraph current;
  for (std::size_t i = 0; i < block.size(); ++i) {
    if (!current.text.empty()) {
      current.text += ' ';
      current.single_line = false;
    }
    AppendCollapsed(current.text, block[i]);
    if (i + 1 == block.size() || !ContinuesOnNextLine(block[i], block[i + 1])) {
      out.push_back(std::move(current));
      current = Paragraph{};
    }
  }
  block.clear();
}

std::vector<Paragraph> ToParagraphs(const std::vector<std::string_view>& lines) {
  std::vector<Paragraph> out;
  std::vector<std::string_view> block;
  for (std::string_view line : lines) {
    if (line.empty()) {
      FlushBlock(block, out);
    } else if (!IsChromeLine(line)) {
      block.push_back(line);
    }
  }
  FlushBlock(block, out);
  return out;
}

bool IsHeadline(const std::vector<Paragraph>& paragraphs) {
  if (paragraphs.size() < 2 || !paragraphs[0].single_line) return false;
  const std::string& first = paragraphs[0].text;
  std::size_t length = CodePointCount(first);
  if (length >= kMaxHeadline || first.back() == '.') return false;
  return CodePointCount(paragraphs[1].text) > length;
}

}  // namespace

std::size_t CodePointCount(std::string_view utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

std::optional<int64_t> ParseDateMarker(std::string_view line) {
  line = Trim(line);
  if (line.size() > 64) return std::nullopt;
  std::string folded = FoldCase(line);
  std::string_view rest = folded;
  for (std::string_view prefix : kDatePrefixes) {
    if (rest.starts_with(prefix)) {
      rest.remove_prefix(prefix.size());
      break;
    }
  }
  rest = Trim(rest);
  if (!rest.empty() && rest.front() == ':') rest = Trim(rest.substr(1));
  // The folded copy is lower case; ParseIso8601 wants the "T"/"Z" of the original spelling.
  std::string upper(rest);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) { return c == 't' ? 'T' : c == 'z' ? 'Z' : c; });
  return ParseIso8601(upper);
}

namespace {

// A short line that opens with one of these labels, holds a digit and does not end a sentence
// is the page's date line ("Last updated on September 16th, 2023 at 09:27 am", "Published on
// 18 December 2025 • 6 min read", "Обновлено в 14:42 мск"), not the story's (wcxb-dev and
// DAnIEL tune: 49 such lines outside the gold, 9 in it).
constexpr std::size_t kMaxDatedLabelLine = 100;
constexpr std::array<std::string_view, 22> kDatedLabels = {
    "last updated", "last modified", "updated", "published", "posted", "originally published", "first published",
    "aktualisiert", "zuletzt aktualisiert", "veröffentlicht", "обновлено", "опубликовано", "дата публикации",
    "actualizado", "publicado", "mis à jour", "publié", "zaktualizowano", "opublikowano", "ενημερώθηκε",
    "δημοσιεύθηκε", "δημοσίευση"};

bool IsDatedLabelLine(std::string_view line, std::string_view folded) {
  if (line.size() >= kMaxDatedLabelLine || std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  // A sentence that happens to open so ("Updated figures show 40 more cases.") is the story's.
  if (line.ends_with(".") || line.ends_with("!") || line.ends_with("?")) return false;
  for (std::string_view label : kDatedLabels) {
    if (!folded.starts_with(label)) continue;
    const std::string_view rest = folded.substr(label.size());
    if (rest.empty() || rest.front() == ' ' || rest.front() == ':' || rest.front() == ',') return true;
  }
  return false;
}

}  // namespace

namespace {

constexpr std::size_t kMaxDateOnlyLine = 60;
// Words a date line may carry besides the date (folded): weekdays (English, German, French,
// Spanish, Russian, Ukrainian, Polish, short and long), year words, times of day and zones.
constexpr std::array<std::string_view, 73> kDateLineWords = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
    "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
    "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "понедельник", "вторник", "среда",
    "четверг", "пятница", "суббота", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "понеділок",
    "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя", "poniedziałek", "wtorek", "środa",
    "czwartek", "piątek", "sobota", "niedziela", "г", "года", "год", "r", "am", "pm", "on"};
constexpr std::array<std::string_view, 8> kDateLineZones = {"at", "utc", "gmt", "est", "pst", "cet", "msk", "et"};

bool IsWordByte(unsigned char c) { return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '\''; }

}  // namespace

bool IsDateOnlyLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() >= kMaxDateOnlyLine) return false;
  const std::vector<DateMatch> found = FindDatesInText(line, line.size(), 1);
  if (found.empty()) return false;
  std::string rest(line.substr(0, found[0].begin));
  rest += ' ';
  rest += line.substr(found[0].end);
  const std::string folded = FoldCase(rest);
  std::size_t i = 0;
  while (i < folded.size()) {
    if (!IsWordByte(static_cast<unsigned char>(folded[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < folded.size() && IsWordByte(static_cast<unsigned char>(folded[j]))) ++j;
    const std::string_view word = std::string_view(folded).substr(i, j - i);
    i = j;
    // A time of day the date match left ("14:11" after "2012 г.", "9:51AM"): digits alone.
    std::string_view digits = word;
    if (digits.size() > 2 && (digits.ends_with("am") || digits.ends_with("pm"))) digits.remove_suffix(2);
    if (std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      if (digits.size() > 2) return false;
      continue;
    }
    if (std::find(kDateLineWords.begin(), kDateLineWords.end(), word) == kDateLineWords.end() &&
        std::find(kDateLineZones.begin(), kDateLineZones.end(), word) == kDateLineZones.end()) {
      return false;
    }
  }
  return true;
}

bool IsChromeLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxChromeBytes) return false;
  if (IsUrlOnly(line)) return true;
  std::string folded = FoldCase(line);
  if (IsDatedLabelLine(line, folded)) return true;
  std::string_view bare = folded;
  while (!bare.empty() && (bare.back() == '.' || bare.back() == '!' || bare.back() == ':')) bare.remove_suffix(1);
  if (std::find(kChromeExact.begin(), kChromeExact.end(), bare) != kChromeExact.end()) return true;
  if (IsFurnitureLine(line, folded)) return true;
  return std::any_of(kChromePrefixes.begin(), kChromePrefixes.end(),
                     [&](std::string_view p) { return std::string_view(folded).starts_with(p); });
}

PlainTextParts ExtractPlainText(std::string_view utf8) {
  PlainTextParts parts;
  std::vector<std::string_view> lines = SplitLines(utf8);
  parts.published = TakeDateMarker(lines);
  ScrapeSelection selection = SelectArticleLines(lines);
  std::vector<std::string_view> kept;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (selection.keep[i]) kept.push_back(lines[i]);
  }
  std::vector<Paragraph> paragraphs = ToParagraphs(kept);
  std::size_t first_body = 0;
  if (selection.headline) {
    parts.title = std::string(lines[*selection.headline]);
  } else if (IsHeadline(paragraphs)) {
    parts.title = paragraphs[0].text;
    first_body = 1;
  }
  for (std::size_t i = first_body; i < paragraphs.size(); ++i) {
    if (!parts.text.empty()) parts.text += "\n\n";
    parts.text += paragraphs[i].text;
  }
  return parts;
}

}  // namespace storyline
