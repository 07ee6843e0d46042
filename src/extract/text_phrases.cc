// The wordings of page furniture in plain text: chrome phrases, captions, the lines that open
// readers' comments (IsChromePhraseLine, OpensComments, declared in text_scrape.h).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date_text.h"
#include "extract/html_dom.h"
#include "extract/text_scrape.h"
#include "extract/text_words.h"

namespace storyline {
namespace {

// Whole-line chrome wordings, compared after case folding and stripping trailing punctuation,
// counts and arrows ("Comments (3)", "Read more »"). Navigation words in the main languages of
// news; a single common word is only chrome as a whole line.
constexpr std::string_view kChromeExact[] = {
    // English
    "advertisement", "advertising", "sponsored", "share", "share this", "tweet", "print", "email", "e-mail",
    "comments", "comment", "reply", "home", "menu", "search", "close", "next", "previous", "back", "back to top",
    "more", "read more", "see more", "show more", "load more", "loading", "related", "related articles",
    "related stories", "most popular", "most read", "trending", "latest news", "sign in", "log in", "login",
    "register", "subscribe", "newsletter", "contact us", "about us", "privacy policy", "terms of use", "cookies",
    "accept", "skip to content", "follow us", "top", "tags", "topics",
    // Russian
    "реклама", "поделиться", "комментарии", "комментировать", "подробнее", "читать далее", "главная", "поиск",
    "войти", "регистрация", "подписаться", "новости", "версия для печати", "распечатать", "далее", "ещё", "еще",
    // German
    "anzeige", "teilen", "kommentare", "weiterlesen", "mehr", "impressum", "datenschutz", "anmelden", "drucken",
    // French
    "publicité", "partager", "commentaires", "lire la suite", "accueil", "rechercher",
    // Spanish
    "publicidad", "compartir", "comentarios", "leer más", "inicio", "buscar",
    // Polish, Greek, Chinese
    "reklama", "udostępnij", "komentarze", "διαφήμιση", "σχόλια", "κοινοποίηση", "分享", "评论", "广告", "首页"};

// Chrome openings: a short line starting with one of these is furniture.
constexpr std::string_view kChromePrefixes[] = {
    // English
    "read more", "read also", "see also", "related:", "also read", "more from", "more on", "click here",
    "sign up", "subscribe to", "log in to", "sign in to", "login to", "share on", "share this", "follow us",
    "all rights reserved", "copyright", "photo:", "photo by", "photo credit", "image:", "image credit",
    "credit:", "source:", "leave a comment", "posted in", "filed under", "we use cookies", "this site uses cookies",
    "by continuing", "comments (", "advertisement",
    // Russian
    "читайте также", "читать также", "смотрите также", "см. также", "подпишитесь", "фото:", "фото ",
    "источник:", "все права защищены", "материалы по теме", "еще по теме", "ещё по теме", "комментарии (",
    "теги:", "метки:",
    // German, French, Spanish
    "lesen sie auch", "mehr zum thema", "alle rechte vorbehalten", "lire aussi", "à lire aussi",
    "tous droits réservés", "lea también", "lee también", "todos los derechos reservados",
    // Polish, Greek, Chinese
    "czytaj także", "czytaj też", "zobacz także", "διαβάστε επίσης", "相关阅读", "相关新闻", "责任编辑", "版权所有"};

// Photo credits anywhere in a short line make it a caption: "The pier on 5 May. Photo: J. Doe".
// Polish writes "fot. J. Doe" (fotografia), Greek "Φωτογραφία:" in full as often as "Φωτ.:".
constexpr std::string_view kCaptionMarkers[] = {"photo:", "photos:", "photo by", "photograph:", "credit:",
                                                "image:", "getty images", "фото:", "foto:", " fot. ", "φωτ.:",
                                                "φωτογραφία:", "φωτογραφίες:", "图片来源", "©", "(c) "};
constexpr std::size_t kPhraseMaxWords = 10;  // longer lines are sentences, not furniture

// "comments (3)", "read more »", "share:" -> "comments", "read more", "share".
std::string_view StripDecoration(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kTails = {".", ":", "!", "…", "»", "›", ">", "→", "|", "-",
                                                              " ", "\xc2\xa0"};
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    if (s.back() == ')') {
      std::size_t open = s.rfind('(');
      if (open != std::string_view::npos && open > 0) {
        s = s.substr(0, open);
        changed = true;
        continue;
      }
    }
    if (s.back() >= '0' && s.back() <= '9') {
      s.remove_suffix(1);
      changed = true;
      continue;
    }
    for (std::string_view t : kTails) {
      if (s.ends_with(t)) {
        s.remove_suffix(t.size());
        changed = true;
      }
    }
  }
  return s;
}

bool IsLinkOnly(std::string_view line) {
  if (line.find(' ') != std::string_view::npos) return false;
  bool url = line.starts_with("http://") || line.starts_with("https://") || line.starts_with("www.");
  std::size_t at = line.find('@');
  bool email = at != std::string_view::npos && at > 0 && line.find('.', at) != std::string_view::npos;
  return url || email;
}

}  // namespace

bool IsChromeWordLine(std::string_view line) {
  // An advertisement's label stands inside stories, between their paragraphs.
  static constexpr std::array<std::string_view, 8> kAdvertLabels = {
      "advertisement", "advertising", "sponsored", "реклама", "anzeige", "werbung", "publicidad", "reklama"};
  if (line.empty() || WordCount(line) > kPhraseMaxWords) return false;
  const std::string folded = FoldCase(line);
  const std::string_view bare = StripDecoration(folded);
  if (std::ranges::find(kAdvertLabels, bare) != kAdvertLabels.end()) return false;
  return std::ranges::find(kChromeExact, bare) != std::end(kChromeExact);
}

// Whether `line` has at most `n` words (as WordCount counts them), reading no further than the
// word past `n`: a caption test on a long paragraph stops within its first words.
bool AtMostWords(std::string_view line, std::size_t n) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word && ++words > n) return false;
    in_word = !space;
  }
  return true;
}

// Whether a short line may hold one of kCaptionMarkers (tested before case-folding it, as most
// hold none): a colon, "©", "图片来源", or an ASCII marker without a colon.
bool MayHoldCaptionMarker(std::string_view line) {
  if (line.find(':') != std::string_view::npos || line.find("\xc2\xa9") != std::string_view::npos ||
      line.find("\xe5\x9b\xbe\xe7\x89\x87\xe6\x9d\xa5\xe6\xba\x90") != std::string_view::npos) {
    return true;
  }
  auto has = [&](std::string_view lower) {  // ASCII, any case
    for (std::size_t i = 0; i + lower.size() <= line.size(); ++i) {
      std::size_t k = 0;
      while (k < lower.size() && static_cast<char>(line[i + k] | 0x20) == lower[k]) ++k;
      if (k == lower.size()) return true;
    }
    return false;
  };
  return has(" fot. ") || has("photo by") || has("getty images") || has("(c) ");
}

bool IsCaptionLine(std::string_view line) {
  if (line.empty() || !AtMostWords(line, kPhraseMaxWords * 2) || !MayHoldCaptionMarker(line)) return false;
  const std::string folded = FoldCase(line);
  return std::ranges::any_of(kCaptionMarkers, [&](std::string_view m) { return folded.find(m) != std::string::npos; });
}

bool IsChromePhraseLine(std::string_view line) {
  std::size_t words = WordCount(line);
  if (line.empty() || words > kPhraseMaxWords * 2) return false;
  if (IsLinkOnly(line)) return true;
  std::string folded = FoldCase(line);
  std::string_view text = folded;
  std::string_view bare = StripDecoration(text);
  if (std::ranges::find(kChromeExact, bare) != std::end(kChromeExact)) return true;
  if (std::ranges::any_of(kCaptionMarkers, [&](std::string_view m) { return text.find(m) != std::string_view::npos; })) {
    return true;
  }
  if (words > kPhraseMaxWords) return false;
  return std::ranges::any_of(kChromePrefixes, [&](std::string_view p) { return text.starts_with(p); });
}

// Openings of a site's standing notices (IsSiteNotice), case-folded.
constexpr std::string_view kNoticeOpenings[] = {
    // English
    "disclaimer:", "disclaimer -", "terms of use:", "the views expressed", "the views, opinions",
    "views expressed here", "if you notice an error", "if you spot an error", "if you find an error",
    "you should also know that", "for updates you can share", "we reserve the right to remove",
    "follow us on", "join us on", "like us on facebook", "присоединяйтесь к нам", "подписывайтесь на нас",
    "приєднуйтесь до нас", "obserwuj nas", "dołącz do nas", "folgen sie uns", "suivez-nous",
    // Russian, Ukrainian
    "если вы заметили ошибку", "если вы заметите ошибку", "нашли ошибку", "заметили ошибку", "увидели ошибку",
    "якщо ви помітили помилку", "помітили помилку", "администрация сайта", "адміністрація сайту",
    "редакция не несет ответственности", "редакция не несёт ответственности", "мнение редакции может не совпадать",
    "пожалуйста, уважайте труд", "оцените, пожалуйста", "при перепечатке", "при использовании материалов",
    "при цитировании", "перепечатка материалов", "полное или частичное использование", "использование материалов",
    "передрук матеріалів", "при передруку", "при використанні матеріалів",
    // German, French, Spanish, Polish
    "haftungsausschluss", "die redaktion behält sich", "avertissement :", "la rédaction se réserve",
    "aviso legal", "redakcja nie ponosi", "redakcja zastrzega", "redakcja portalu nie ponosi",
    // Greek: advertising contacts, reprint rules
    "πληροφορίες για διαφήμιση", "απαγορεύεται η αναδημοσίευση", "απαγορεύεται η αναπαραγωγή",
    // Chinese
    "免责声明", "免責聲明", "声明：", "聲明：", "版权声明", "版權聲明", "凡注明", "凡本网注明", "凡本網注明", "凡本站注明",
    "本文仅代表作者", "本文僅代表作者", "本网站转载", "转载请注明", "轉載請注明"};

constexpr std::size_t kMaxSiteNotice = 1000;

bool IsSiteNotice(std::string_view paragraph) {
  paragraph = Trim(paragraph);
  if (paragraph.empty() || paragraph.size() > kMaxSiteNotice) return false;
  // Bullets, brackets and ideographic spaces before the first word: "• 凡注明…", "【免责声明】…",
  // "* Администрация…", "(For updates…".
  static constexpr std::string_view kLead[] = {"•", "【", "　", "·", "*", "(", "[", "-", " "};
  for (bool more = true; more;) {
    more = false;
    for (std::string_view lead : kLead) {
      if (paragraph.starts_with(lead)) {
        paragraph.remove_prefix(lead.size());
        more = true;
      }
    }
  }
  std::size_t head = std::min<std::size_t>(paragraph.size(), 120);  // the longest opening, at a character's start
  while (head < paragraph.size() && (static_cast<unsigned char>(paragraph[head]) & 0xC0) == 0x80) ++head;
  const std::string folded = FoldCase(paragraph.substr(0, head));
  return std::ranges::any_of(kNoticeOpenings, [&](std::string_view o) { return std::string_view(folded).starts_with(o); });
}

// Lines that open the comments are short (headings) or one sentence (the rules).
constexpr std::size_t kMaxCommentsLine = 120;

CommentsLine OpensComments(std::string_view line) {
  static constexpr std::array<std::string_view, 33> kHeadings = {
      "comments", "comment", "reader comments", "readers' comments", "leave a reply", "leave a comment",
      "add comments", "add a comment", "add comment", "add your comments", "add your comment", "please add comments", "post a comment", "write a comment",
      "join the discussion", "комментарии", "комментариев", "комментария", "комментарий",
      "добавить комментарий", "оставить комментарий", "kommentare", "kommentar schreiben", "komentarze",
      "komentarzy", "dodaj komentarz", "σχόλια", "评论", "評論", "发表评论", "commentaires", "commenti", "comentarios"};
  static constexpr std::array<std::string_view, 8> kRules = {
      "comments are subject to moderation", "comments are moderated", "комментарии проходят модерацию",
      "комментарии модерируются", "our comment policy", "our comments policy", "our commenting policy",
      "know about comments"};
  // Every heading and rule above holds one of these stems in some case: lines without one are
  // rejected before case folding (most paragraphs).
  static constexpr std::array<std::string_view, 16> kStems = {
      "omment", "OMMENT", "eply", "EPLY", "iscussion", "ISCUSSION", "omentar", "OMENTAR", "\u043e\u043c\u043c\u0435\u043d\u0442",
      "\u041e\u041c\u041c\u0415\u041d\u0422", "\u03c7\u03cc\u03bb\u03b9\u03b1", "\u03a7\u038c\u039b\u0399\u0391", "\u8bc4\u8bba", "\u8a55\u8ad6",
      "ommentaire", "OMMENTAIRE"};  // оммент ОММЕНТ χόλια ΧΌΛΙΑ 评论 評論
  line = Trim(line);
  if (line.empty() || line.size() > 2 * kMaxCommentsLine) return CommentsLine::kNo;
  if (std::none_of(kStems.begin(), kStems.end(), [&](std::string_view stem) {
        return line.find(stem) != std::string_view::npos;
      })) {
    return CommentsLine::kNo;
  }
  const std::string folded = FoldCase(line);
  if (std::any_of(kRules.begin(), kRules.end(), [&](std::string_view r) { return folded.find(r) != std::string::npos; })) {
    return CommentsLine::kRules;
  }
  // A count is not a heading: "1 comment" under each item of a list is the list's, not the end
  // of the page.
  if (line.size() > kMaxCommentsLine || std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return CommentsLine::kNo;
  }
  // Brackets and separators aside, spaces collapsed: "Comment(s):" -> "comments".
  std::string bare;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (folded.compare(i, 3, "(s)") == 0) {
      bare += 's';
      i += 2;
      continue;
    }
    const bool drop = std::string_view("()[]|*#:.!").find(c) != std::string_view::npos;
    const bool space = c == ' ' || c == '-' || c == '\t' || c == '/';
    if (drop) continue;
    if (space) {
      if (!bare.empty() && bare.back() != ' ') bare += ' ';
      continue;
    }
    bare += c;
  }
  const std::string_view b = Trim(bare);
  return std::find(kHeadings.begin(), kHeadings.end(), b) != kHeadings.end() ? CommentsLine::kHeading : CommentsLine::kNo;
}

constexpr std::size_t kMaxStampLine = 80;
constexpr std::size_t kMaxStampWords = 6;

bool IsCommentStamp(std::string_view line) {
  line = Trim(line);
  if (line.size() >= kMaxStampLine || line.ends_with(".") || line.ends_with("!") || line.ends_with("?")) return false;
  const std::vector<DateMatch> found = FindDatesInText(line, line.size(), 1);
  if (found.empty()) return false;
  if (found[0].date.hour < 0) {
    // The time may come first: "11:02 17-January-2012".
    const std::string_view before = line.substr(0, found[0].begin);
    auto digit = [&](std::size_t k) { return before[k] >= '0' && before[k] <= '9'; };
    bool clock = false;
    for (std::size_t k = 1; k + 2 < before.size() && !clock; ++k) {
      clock = before[k] == ':' && digit(k - 1) && digit(k + 1) && digit(k + 2);
    }
    if (!clock) return false;
  }
  return WordCount(line) <= kMaxStampWords;
}

// Headings that introduce other content after a story: other stories, the author's box, the
// readers' reactions.
bool OpensOtherContent(std::string_view line) {
  static constexpr std::array<std::string_view, 33> kOpeners = {
      "related", "latest", "popular", "most read", "most viewed", "recommended", "trending", "more stories",
      "more news", "other news", "top stories", "you may ", "you might ", "meet the ", "about the author",
      "other articles", "другие новости", "последние новости", "популярное", "похожие", "новости по теме",
      "самое читаемое", "ostatnie", "najnowsze", "popularne", "polecamy", "skomentuj", "zobacz też",
      "δείτε επίσης", "σχετικά", "τελευταία", "читайте также", "смотрите также"};
  line = Trim(line);
  if (line.empty() || line.size() > kMaxCommentsLine) return false;
  const std::string folded = FoldCase(line);
  return std::any_of(kOpeners.begin(), kOpeners.end(), [&](std::string_view o) { return folded.starts_with(o); });
}

}  // namespace storyline
