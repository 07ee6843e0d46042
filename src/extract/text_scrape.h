// Plain-text scrapes: which lines are the article and which are page chrome.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace storyline {

// What SelectArticleLines decided about each line of a scrape.
struct ScrapeSelection {
  std::vector<bool> keep;           // one per input line; blank lines are kept (they separate paragraphs)
  std::optional<std::size_t> headline;  // index of the headline line (not in `keep`), when one was found
  bool cleaned = false;             // false: no prose block was found and every line was kept
};

// Finds the article in a plain-text scrape (UTF-8, one block of the page per line, trimmed; blank
// lines allowed), for any language and any site, from the shape of the lines alone:
// - each line is scored: prose (long, ends like a sentence) counts for, short lines and chrome
//   (chrome phrases in several languages, photo credits, ©, date- or time-only lines, menus and
//   breadcrumbs with separators, link text, lines repeated in the scrape, lines in a script other
//   than the text's) count against;
// - the article is the contiguous run of lines with the largest total score (the dense block of
//   prose); short in-article lines inside it (subheadings, quote lines) stay, chrome lines inside
//   it go;
// - lines before and after it are dropped when they look like chrome (a chrome line, or a run of
//   at least three lines); a lone line beside an article without chrome is kept;
// - the headline is the longest headline-like line among the few just above the article.
// When no line is prose (a list, a fragment), every line is kept and `cleaned` is false.
ScrapeSelection SelectArticleLines(const std::vector<std::string_view>& lines);

// True for a short line that is page furniture by its wording alone: a chrome phrase ("Read
// more", "Читайте также", "Anzeige", "Partager", "Compartir", "分享", …), a photo credit, a
// copyright line, a line that is only a URL or an e-mail address.
bool IsChromePhraseLine(std::string_view line);

// True for a short line (at most 20 words) that carries a photo credit ("Photo:", "Getty Images",
// "Фото:", "fot.", "Φωτογραφία:", "©"…): a caption, wherever it stands.
bool IsCaptionLine(std::string_view line);

// True for a line that is one of IsChromePhraseLine's whole-line words alone ("Share", "Print",
// "Комментарии"), not a caption or a prefix ("Photo: …", "Read also: …"), and not an
// advertisement's label ("Advertisement", "Реклама"), which stands inside stories.
bool IsChromeWordLine(std::string_view line);

// Whether a line opens the readers' comments under a story: kHeading for a short heading
// ("Comments", "Comment(s):", "Leave a Reply", "Комментарии", "Kommentare", "Komentarze"),
// brackets and punctuation aside, never a count ("13 Comment(s)", "1 comment": lists carry one
// per item); kRules for the comment rules' line ("Submitted comments are subject to
// moderation…").
enum class CommentsLine { kNo, kHeading, kRules };
CommentsLine OpensComments(std::string_view line);

// True for a paragraph that is the site's standing notice under its stories, not the story: a
// disclaimer or reprint rule ("Disclaimer: …", "The views expressed…", "免责声明：…",
// "凡注明为其他媒体来源的信息…", "При перепечатке…", "Redakcja nie ponosi…"), the error-report
// prompt ("Если вы заметили ошибку… Ctrl+Enter"), a plea to rate or not copy the article
// ("Оцените, пожалуйста, статью", "Пожалуйста, уважайте труд журналистов…"), a "follow us"
// prompt ("Присоединяйтесь к нам на Facebook…"). Read by its
// opening words (bullets and brackets aside), in paragraphs of at most 1,000 bytes.
bool IsSiteNotice(std::string_view paragraph);

// True for a short heading that introduces other content after a story: other stories
// ("Related", "Latest articles", "Другие новости", "Polecamy"), the author's box ("About the
// author", "Meet the writer"), the readers' reactions ("Skomentuj").
bool OpensOtherContent(std::string_view line);

// True for a reader comment's stamp: a line under 80 bytes, not ending a sentence, with a full
// date and a time of day (after it or before it) and at most six words in all (the reader's
// name, a masked IP address): "~remek [2012-01-04 08:45]", "Beata 03.01.2012, 12:31",
// "11:02 17-January-2012". One proves nothing (a dateline); a
// story's own dates seldom come with a time, alone on a line, again and again, so callers look
// for several.
bool IsCommentStamp(std::string_view line);
// Comments are cut at the first stamp only when there are at least this many (both paths).
inline constexpr std::size_t kMinCommentStamps = 3;

}  // namespace storyline
