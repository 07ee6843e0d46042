#include "extract/text_cleanup.h"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

#include "extract/charset.h"
#include "extract/text_scrape.h"

namespace storyline {
namespace {

using testing::ReadFixture;

TEST(ParseDateMarkerTest, Table) {
  const std::pair<std::string, std::optional<int64_t>> cases[] = {
      {"date 2021-03-04", 1614816000},
      {"Date: 2021-03-04", 1614816000},
      {"  2021-03-04  ", 1614816000},
      {"DATE 2021-03-04T08:30:00Z", 1614846600},
      {"Published: 2021-03-04 08:30", 1614846600},
      {"Дата: 2021-03-04", 1614816000},
      {"date 2021-13-04", std::nullopt},
      {"On 2021-03-04 the council met", std::nullopt},
      {"date", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& [line, expected] : cases) EXPECT_EQ(ParseDateMarker(line), expected) << line;
}

TEST(IsChromeLineTest, Table) {
  const std::pair<std::string, bool> cases[] = {
      {"Advertisement", true},
      {"ADVERTISEMENT", true},
      {"Log in to comment", true},
      {"Sign up for our newsletter!", true},
      {"Share this article", true},
      {"Photo: Reuters", true},
      {"Photo credit: John Smith", true},
      {"Read more: Council budget", true},
      {"Related: Floods", true},
      {"https://example.com/a/b", true},
      {"Реклама", true},
      {"Читайте также: новости", true},
      {"ФОТО: ТАСС", true},
      {"Table of Contents", true},  // a table of contents' label, its links dropped
      {"Inhaltsverzeichnis", true},
      {"In this article:", true},
      {"Содержание", true},
      {"The table of contents of the report lists twelve chapters on flooding.", false},
      {"Last updated on September 16th, 2023 at 09:27 am", true},  // the page's date lines
      {"Published: 30 January 2017", true},
      {"Aktualisiert: 11.04.2020, 10:27", true},
      {"Обновлено в 14:42 мск", true},
      {"Written by: Julie Mollins", true},  // bylines, newsletter prompts, related lists
      {"Subscribe to get the latest posts sent to your email.", true},
      {"Sign up for the CorkBeo newsletter", true},
      {"Sign up today and make this your healthiest fall yet.", true},
      {"Sign up for a Hulu ad-free account for $11.99 a month", false},  // a how-to's step
      {"You may also be interested in the following articles:", true},
      {"Related Stories", true},
      {"REKLAMA", true},
      {"Share", true},
      {"Follow us on Telegram, Facebook and X", true},
      {"Getty Images / Holger Leue", true},
      {"По материалам источника: news.mail.ru", true},  // a source credit
      {"Код для блога:", true},                          // an embed widget's label
      {"По материалам следствия, обвиняемый скрылся за границей.", false},  // a sentence of the story
      {"LinkedIn", true},  // a share bar's buttons, one per line
      {"ВКонтакте", true},
      {"View all comments", true},
      {"Related Posts", true},
      {"Facebook said on Tuesday that it would close the office.", false},
      {"Anzeige", true},
      {"Written by hand over three winters, the letters reached the archive in a single box of "
       "papers that nobody had opened since 1950.", false},  // long: a sentence of the story
      {"Updated", false},                       // no digit: a label alone, or a word
      {"Publishers said on Monday that 2024 sales fell.", false},  // "publishers", not "published"
      {"Updated figures show 40 more cases were reported on Tuesday than a week ago.", false},
      {"The photo: a new angle on an old story, as the council sees it, is hardly new.", false},
      {"Advertisement revenue fell by a third last year, the company said.", false},
      {"See https://example.com for details", false},
      {"", false},
  };
  for (const auto& [line, chrome] : cases) EXPECT_EQ(IsChromeLine(line), chrome) << line;
}

struct PlainCase {
  std::string name, input, title, text;
  std::optional<int64_t> published;
};

TEST(OpensCommentsTest, Table) {
  using enum CommentsLine;
  const std::pair<const char*, CommentsLine> cases[] = {
      {"Comments", kHeading},
      {"Comment(s):", kHeading},
      {"  Leave a Reply  ", kHeading},
      {"Комментарии", kHeading},
      {"KOMMENTARE", kHeading},
      {"Komentarze", kHeading},
      {"*Submitted comments are subject to moderation before being displayed.", kRules},
      {"All comments are moderated and may take a day to appear on the site.", kRules},
      {"What You Should Know About Comments on Sacbee.com", kRules},  // the comment rules' heading
      {"Reader comments on this article are listed below. Review our comments policy.", kRules},
      {"Thank you for being part of our community. Read our Comment Policy before posting.", kRules},
      {"The paper changed its comment policy after the election.", kNo},  // a story's sentence: not "our"
      {"| 13 Comment(s)", kNo},  // a count: "1 comment" also stands under each item of a list
      {"1comment", kNo},
      {"Comments on the draft law were due by Friday.", kNo},
      {"Discussion", kNo},
      {"Lesen Sie die Kommentare unserer Leser zu diesem Thema, die uns per Post erreicht haben", kNo},
      {"", kNo},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(OpensComments(line), want) << line;
}

TEST(IsSiteNoticeTest, Table) {
  const std::pair<std::string, bool> cases[] = {
      {"Disclaimer: the views of our columnists are their own.", true},
      {"TERMS OF USE: The views, opinions and comments posted are yours, and are not endorsed by this website.", true},
      {"(For updates you can share with your friends, follow us on Facebook and Twitter)", true},
      {"Если Вы заметите ошибку в тексте, выделив её, нажмите Ctrl-Enter", true},
      {"* Администрация сайта не несет ответственности за содержание сообщений", true},
      {"Пожалуйста, уважайте труд журналистов: не перепечатывайте статьи целиком", true},
      {"\u2022 \u51e1\u6ce8\u660e\u4e3a\u5176\u4ed6\u5a92\u4f53\u6765\u6e90\u7684\u4fe1\u606f\uff0c\u5747\u4e3a\u8f6c\u8f7d", true},  // • 凡注明为其他媒体来源的信息，均为转载
      {"\u3010\u514d\u8d23\u58f0\u660e\u3011\u672c\u6587\u4ec5\u4ee3\u8868\u4f5c\u8005\u672c\u4eba\u89c2\u70b9", true},  // 【免责声明】本文仅代表作者本人观点
      {"Redakcja nie ponosi odpowiedzialności za treść komentarzy.", true},
      {"Присоединяйтесь к нам на Facebook, Twitter, В контакте.", true},
      {"Follow us on Twitter for the latest updates.", true},
      {"Πληροφορίες για διαφήμιση στην ηλεκτρονική έκδοση advertising@example.gr", true},
      // A story that mentions a disclaimer or an error is the story.
      {"The company issued a disclaimer on Friday, saying the views expressed were not its own.", false},
      {"Администрация президента заявила, что ошибки в документе не было.", false},
      {"Disclaimer", false},  // a heading alone is for IsTrailingFurniture to judge
      {std::string("Disclaimer: ") + std::string(1000, 'x'), false},  // too long for a notice
      {"", false},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(IsSiteNotice(text), want) << text;
}

TEST(IsCommentStampTest, Table) {
  const std::pair<const char*, bool> cases[] = {
      {"~remek [2012-01-04 08:45]", true},
      {"Beata 03.01.2012, 12:31", true},
      {"2012/01/16 12:13 219.8*****137", true},
      {"04 Января 2012 14:11", true},
      {"11:02 17-January-2012", true},               // the time first
      {"13 December 2011 8:21PM", true},
      {"~remek [2012-01-04]", false},                 // no time of day
      {"Nobody was hurt at 08:45 on 2012-01-04.", false},  // a sentence
      {"The minister will speak again at the council meeting on 2012-01-04 08:45 in Riga", false},  // words
      {"", false},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(IsCommentStamp(line), want) << line;
}

TEST(OpensOtherContentTest, Table) {
  const std::pair<const char*, bool> cases[] = {
      {"Related Products", true}, {"Latest Articles", true},   {"Другие новости в рубрике", true},
      {"Meet the Writer", true},  {"Polecamy", true},          {"Skomentuj", true},
      {"Pros and Cons", false},   {"The latest figures show a rise in ferry traffic.", false},
      {"Pier 4", false},          {"", false},
      {"Τελευταία Νέα", true},    {"Читайте также:", true},    {"Смотрите также", true},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(OpensOtherContent(line), want) << line;
}

TEST(ExtractPlainTextTest, Inline) {
  const std::string body = "The council met on Tuesday and approved the budget for the coming year.";
  const PlainCase cases[] = {
      {"headline then body", "Budget approved\n\n" + body, "Budget approved", body, std::nullopt},
      {"headline ending in a period is a sentence", "Budget approved.\n\n" + body, "",
       "Budget approved.\n\n" + body, std::nullopt},
      {"headline longer than the body", "A headline that is longer than the body\n\nShort.", "",
       "A headline that is longer than the body\n\nShort.", std::nullopt},
      {"only one paragraph", body, "", body, std::nullopt},
      {"date marker alone", "2021-03-04\nBudget approved\n\n" + body, "Budget approved", body, 1614816000},
      {"date marker below line 15", "Budget ok\n" + std::string(15, '\n') + "date 2021-03-04\n" + body,
       "Budget ok", "date 2021-03-04\n\n" + body, std::nullopt},
      {"headline without a blank line", "Budget approved\n" + body, "Budget approved", body, std::nullopt},
      {"short lines stay apart", "Route 4: via Station Road\nRoute 7: same", "", "Route 4: via Station Road\n\nRoute 7: same",
       std::nullopt},
      {"crlf line ends", "Budget approved\r\n\r\n" + body + "\r\n", "Budget approved", body, std::nullopt},
  };
  for (const auto& c : cases) {
    PlainTextParts p = ExtractPlainText(c.input);
    EXPECT_EQ(p.title, c.title) << c.name;
    EXPECT_EQ(p.text, c.text) << c.name;
    EXPECT_EQ(p.published, c.published) << c.name;
  }
}

TEST(ExtractPlainTextTest, DatedChromeFixture) {
  PlainTextParts p = ExtractPlainText(ReadFixture("dated_chrome.txt"));
  EXPECT_EQ(p.title, "Water restrictions lifted after heavy rain");
  EXPECT_EQ(p.published, 1614816000);
  EXPECT_EQ(p.text,
            "The regional water authority lifted all restrictions on Thursday after two weeks of heavy rain refilled "
            "the reservoirs to ninety percent of capacity.\n\n"
            "Gardeners may again use hoses and sprinklers, and car washes can reopen immediately, a spokeswoman for "
            "the authority said at a press briefing.");
}

TEST(IsCaptionLineTest, Table) {
  const std::pair<std::string, bool> cases[] = {
      {"The minister at the harbour on Monday. Photo: Reuters", true},
      {"Rescuers at the scene of the crash GETTY IMAGES", true},
      {"Sejm, fot. Jan Kowalski/Onet.pl", true},
      {"Το λιμάνι του Πειραιά (Φωτογραφία: Reuters )", true},
      {"\xe5\x9b\xbe\xe7\x89\x87\xe6\x9d\xa5\xe6\xba\x90\xef\xbc\x9a\xe6\x96\xb0\xe5\x8d\x8e\xe7\xa4\xbe", true},
      {"(c) 2012 The Harbour Gazette", true},
      {"The council said the photo: a view of the pier from the north quay, taken by a reader in the "
       "last week of March, would hang in the town hall from Monday.",
       false},  // a credit marker in a sentence of more than 20 words
      {"The council will publish the photos on its website next week.", false},
      {"", false},
  };
  for (const auto& [line, caption] : cases) EXPECT_EQ(IsCaptionLine(line), caption) << line;
}

TEST(IsChromePhraseLineTest, Table) {
  const std::pair<std::string, bool> cases[] = {
      {"Read more »", true},
      {"Comments (12)", true},
      {"Читайте также: новости региона", true},
      {"Mehr zum Thema", true},
      {"Partager", true},
      {"Compartir", true},
      {"分享", true},
      {"© 2024 Example Media", true},
      {"The pier on 5 May. Photo: J. Doe", true},
      {"Sejm, fot. Jan Kowalski/Onet.pl", true},
      {"Το λιμάνι του Πειραιά το πρωί της Δευτέρας (Φωτογραφία: Reuters )", true},
      {"Fotografowie przyjechali wcześniej niż posłowie, fot. z archiwum", true},
      {"Fotograf fotografował fotela.", false},
      {"info@example.com", true},
      {"Share prices fell by a third after the report was published.", false},
      {"Home secretary visits flood zone", false},
      {"More than 200 passengers took the first crossing.", false},
      {"", false},
  };
  for (const auto& [line, chrome] : cases) EXPECT_EQ(IsChromePhraseLine(line), chrome) << line;
}

// Chrome around and inside an article: site name, menu, sign-in and share lines, a dated update
// line, a caption with a date and a photo credit, a line in another script, an advertisement,
// related teasers, a comment prompt, a copyright footer. The headline, the date marker, the
// subheading and the quote line between paragraphs survive.
TEST(ExtractPlainTextTest, ScrapeChromeFixture) {
  PlainTextParts p = ExtractPlainText(ReadFixture("scrape_chrome.txt"));
  EXPECT_EQ(p.title, "Ferry service to the islands resumes after storm repairs");
  EXPECT_EQ(p.published, 1714953600);  // 2024-05-06T00:00:00Z
  EXPECT_EQ(p.text,
            "The ferry between the harbour and the three outer islands sailed again on Monday morning, three weeks "
            "after a winter storm tore away part of the main pier.\n\n"
            "About two hundred passengers, most of them commuters and school pupils, took the first crossing, which "
            "left ten minutes late because of a queue at the ticket office.\n\n"
            "Engineers replaced forty metres of decking and two of the mooring posts, and divers checked the "
            "foundations before the harbour master allowed heavy vehicles back on.\n\n"
            "Repairs took three weeks\n\n"
            "The work cost the port about half a million euros, which the regional government has promised to "
            "refund once the insurers have assessed the damage.\n\n"
            "\"We are glad to be back,\" the captain said.\n\n"
            "Timetables return to the summer schedule from June, with six crossings a day and an extra evening boat "
            "on Fridays and Saturdays.");
}

TEST(ExtractPlainTextTest, ScrapeCases) {
  const std::string a =
      "Dredging of the outer harbour started on Wednesday and should take about four months, the port said.";
  const std::string b =
      "Two dredgers will work in shifts around the clock, and the channel stays open to ferries at all times.";
  const std::string c =
      "The port expects larger cruise ships from next spring, when the channel will be two metres deeper.";
  const std::string ru =
      "Компания сообщила, что продажи ноутбуков в четвёртом квартале оказались ниже ожиданий аналитиков.";
  const std::string ru2 = "Аналитики ожидают, что в первом квартале спрос на планшеты и смартфоны вырастет.";
  const std::string terms =
      "We reserve the right, at our sole discretion, to change, modify, delete or otherwise alter any "
      "advertisement placed on this website, and to refuse any posting that breaks the rules below.";
  const std::string terms2 =
      "All postings, images, photos or other materials posted on or transmitted through the website are "
      "the sole responsibility of the person from whom such content originated.";
  const std::string menus =  // a Russian page's furniture: the page is written in Cyrillic
      "Войти\nРегистрация\nНапомнить пароль\nГлавная\nСодержание номера\nРеклама\nАрхив номеров\nАвторы "
      "газеты\nОбратная связь\nПоиск по сайту\nПодписаться на рассылку\nНовостная лента\nПолитика и "
      "общество\nЭкономика и финансы\nКультура и искусство\nСпорт и здоровье\nНедвижимость\n";
  const std::string cm =
      "I wonder whether the dredging will disturb the seals that live on the sandbanks near the outer harbour.";
  const std::string cm2 =
      "The council promised the same in 2015 and nothing happened for years, so let us wait and see what comes.";
  std::string body, body_out;  // a long story after the first two lines
  for (int k = 0; k < 14; ++k) {
    const std::string line = c.substr(0, c.size() - 1) + ", part " + std::to_string(k) + ".";
    body += (k > 0 ? "\n" : "") + line;
    body_out += (k > 0 ? "\n\n" : "") + line;
  }
  const std::string box =
      "Call our newsroom on 555 0100 or write to us, and we will answer you within a single working day.";
  std::string long_line;  // a paragraph too long to be chrome however often it comes
  while (long_line.size() < 320) long_line += b.substr(0, b.size() - 1) + ", and more. ";
  long_line.pop_back();
  // A listicle: each item's paragraphs under its name, with a box of short lines ("Pros",
  // "Cons" again and again) between; and a story followed by a heading of other stories.
  std::string listicle = "The best piers on the coast\n", listicle_out;
  for (int k = 1; k <= 5; ++k) {
    const std::string n = std::to_string(k);
    const std::string p1 = "Pier number " + n + " has the widest berths on the coast, and its harbour master answers the "
                           "radio day and night. Its cafe serves breakfast from six, and the showers are free for crews. "
                           "In winter the berths are half price, and the pier stays open through every storm.";
    const std::string p2 = "Boats of up to " + std::to_string(10 + k) +
                           " metres moor there for a small fee, which the town has not raised since the pier reopened. "
                           "Larger yachts anchor in the bay and come in by dinghy.";
    listicle += n + ". Pier " + n + "\nBest for long boats\n" + p1 + "\n" + p2 +
                "\nPros\nWide berths\nFree water\nNear the town\nCons\nNo fuel\nShallow at low tide\nStarting at $" + n +
                "0 a night\nBook pier " + n + "\n";
    // Inside the story, the item's own short lines stay (the gold of listicles keeps them);
    // the labels seen again and again go with the other repeated lines.
    listicle_out += (k > 1 ? "\n\nStarting at $" + std::to_string(k - 1) + "0 a night\n\nBook pier " + std::to_string(k - 1) + "\n\n" : "") +
                    p1 + "\n\n" + p2;
  }
  // Other stories as teaser cards (headline, one-line summary, time stamp) above a short story:
  // together the summaries outweigh it, and a card's headline is not the story's.
  std::string cards;
  for (int k = 1; k <= 5; ++k) {
    const std::string n = std::to_string(k);
    cards += "Ferry line " + n + " gets a new timetable\nThe ferry company said on Monday that boats on line " + n +
             " will leave every half hour from March, and that the fares will stay the same.\nToday, 1" + n + ":20\n";
  }
  // A thread of readers' comments (name, stamp, two paragraphs) that outweighs the story; and
  // one where each comment is its own run of prose, a "Recommend" line and the next name between.
  std::string thread, recommended;
  for (int k = 1; k <= 5; ++k) {
    const std::string n = std::to_string(k);
    thread += "reader" + n + "\n13 December 2011 8:" + std::to_string(10 + k) + "PM\n" + cm.substr(0, cm.size() - 1) +
              ", says reader " + n + ".\n" + cm2.substr(0, cm2.size() - 1) + ", writes reader " + n + ".\n";
    recommended += "reader" + n + "\n13 December 2011 8:" + std::to_string(10 + k) + "PM\n" + cm.substr(0, cm.size() - 1) +
                   ", says reader " + n + ".\n" + cm2.substr(0, cm2.size() - 1) + ", writes reader " + n +
                   ".\nRecommend? (" + n + ")\nReport abuse\n";
  }
  // Teasers under a "Latest news" heading (a headline and a summary each) beside a story of one
  // paragraph.
  std::string latest;
  for (int k = 1; k <= 4; ++k) {
    const std::string n = std::to_string(k);
    latest += "Ferry line " + n + " gets a new timetable\nThe ferry company said on Monday that boats on line " + n +
              " will leave every half hour from March, and that the fares will stay the same.\n";
  }
  const PlainCase cases[] = {
      {"nor is a thread whose comments are each a run of their own",
       "Harbour dredging starts\n" + a + "\n" + b + "\nShare\nPrint\nEmail\nTweet\n" + recommended + "About us\nContact",
       "Harbour dredging starts", a + "\n\n" + b, std::nullopt},
      {"summaries under a heading of other stories are not the story, however many",
       "Harbour dredging starts\n" + a + "\nShare\nPrint\nLatest news\n" + latest + "About us", "Harbour dredging starts",
       a, std::nullopt},
      {"a thread of comments known by their stamps is not the story, however long",
       "Harbour dredging starts\n" + a + "\n" + b + "\nShare\nPrint\nEmail\nTweet\n" + thread + "About us\nContact", "Harbour dredging starts",
       a + "\n\n" + b, std::nullopt},
      {"teaser cards' summaries are not the story, however much prose they hold",
       "News\nSport\n" + cards + "Harbour dredging starts\n" + a + "\n" + b + "\nShare\nPrint", "Harbour dredging starts",
       a + "\n\n" + b, std::nullopt},
      {"a listicle's sections are all kept, across the short lines between them", listicle,
       "The best piers on the coast", listicle_out, std::nullopt},
      {"after a heading of other stories, their summaries are not the story's",
       a + "\n" + b + "\nRelated stories\nFerry times change\n" + cm + "\n" + cm2 + "\n", "", a + "\n\n" + b,
       std::nullopt},
      {"a story carried twice (a second rendering) is kept once, whole",
       "Menu\nNews\n" + a + "\n" + b + "\n" + c + "\nShare\n" + a + "\n" + b + "\n" + c + "\nShare", "",
       a + "\n\n" + b + "\n\n" + c, std::nullopt},
      {"a contact box repeated at the foot stays chrome, however prose-like",
       box + "\n" + a + "\n" + b + "\n" + c + "\n" + box, "", a + "\n\n" + b + "\n\n" + c, std::nullopt},
      {"a long paragraph that comes again in the article is kept once",
       a + "\n" + long_line + "\n" + b + "\n" + long_line, "", a + "\n\n" + long_line + "\n\n" + b,
       std::nullopt},
      {"no chrome: three paragraphs and a subheading kept whole",
       "Harbour dredging starts\n\n" + a + "\n\nDredgers arrive\n\n" + b + "\n\n" + c, "Harbour dredging starts",
       a + "\n\nDredgers arrive\n\n" + b + "\n\n" + c, std::nullopt},
      {"a short closing line beside a clean article stays", a + "\n\n" + b + "\n\nMore next week.", "",
       a + "\n\n" + b + "\n\nMore next week.", std::nullopt},
      {"a run of menu lines after the article goes", a + "\n" + b + "\nNews\nSport\nWeather", "", a + "\n\n" + b,
       std::nullopt},
      {"a run of menu lines before the article goes, the headline stays",
       "World\nBusiness\nHarbour dredging starts\n" + a, "Harbour dredging starts", a, std::nullopt},
      {"a headline with Latin names in a Russian text is not foreign",
       "Hewlett-Packard снизила прогноз продаж\n\n" + ru, "Hewlett-Packard снизила прогноз продаж", ru,
       std::nullopt},
      {"a line in another script inside the article goes", a + "\nНовости порта\n" + b, "", a + "\n\n" + b,
       std::nullopt},
      {"the page's script decides what is foreign: English terms of use outscoring the Russian story",
       menus + terms + "\n" + terms2 +
           "\nНовости\nПродажи ноутбуков упали\n" + ru + "\n" + ru2 + "\nВаше мнение\nВаше имя\nКомментарий",
       "Продажи ноутбуков упали", ru + "\n\n" + ru2, std::nullopt},
      {"the site's notices that end the story go",
       "Menu\n" + a + "\n" + b + "\n" + c +
           "\nDisclaimer: the views expressed in this article are those of the port and not of this website.\n"
           "If you notice an error in this article, please select the text and press Ctrl+Enter to tell us.\n",
       "", a + "\n\n" + b + "\n\n" + c, std::nullopt},
      {"readers' comments after a comments heading go",
       a + "\n" + b + "\n" + c + "\nComments\n" + cm + "\n" + cm2, "", a + "\n\n" + b + "\n\n" + c, std::nullopt},
      {"and after the comment rules' line, however long the comments",
       a + "\n" + b + "\n*Submitted comments are subject to moderation before being displayed.\n" + cm + "\n" + cm2 +
           "\n" + cm + " Again.\n" + cm2 + " Again.",
       "", a + "\n\n" + b, std::nullopt},
      {"readers' comments known by their stamps (a name and a date with a time) go",
       a + "\n" + b + "\n" + c + "\n~remek [2012-01-04 08:45]\n" + cm + "\n~Marek [2012-01-04 08:00]\n" + cm2 +
           "\n~kikir [2012-01-06 13:18]\n" + cm + " Again.",
       "", a + "\n\n" + b + "\n\n" + c, std::nullopt},
      {"one dated line in the story is no comment",
       a + "\n" + b + "\nRiga, 2012-01-04 08:45\n" + c, "", a + "\n\n" + b + "\n\n" + c, std::nullopt},
      {"a share bar's \"Comments\" under the first lines is not where the comments start",
       a + "\n" + b + "\nComments\n" + body, "", a + "\n\n" + b + "\n\n" + body_out, std::nullopt},
  };
  for (const auto& c : cases) {
    PlainTextParts p = ExtractPlainText(c.input);
    EXPECT_EQ(p.title, c.title) << c.name;
    EXPECT_EQ(p.text, c.text) << c.name;
    EXPECT_EQ(p.published, c.published) << c.name;
  }
}

TEST(ExtractPlainTextTest, HardWrappedLinesAreJoined) {
  PlainTextParts p = ExtractPlainText(ReadFixture("wrapped.txt"));
  EXPECT_EQ(p.title, "Museum reopens east wing");
  EXPECT_EQ(p.text,
            "The city museum reopened its east wing on Saturday after a two-year renovation that replaced the roof "
            "and the climate control system.\n\n"
            "Curators said the collection of river maps would be shown in full for the first time since 1998.");
}

TEST(ExtractPlainTextTest, LongLinesAreParagraphs) {
  PlainTextParts p = ExtractPlainText(ReadFixture("no_headline.txt"));
  EXPECT_EQ(p.title, "");
  EXPECT_EQ(p.text,
            "The port authority said on Monday that container traffic rose by four percent in the first quarter.\n\n"
            "Officials expect further growth once the new crane is installed.");
}

TEST(ExtractPlainTextTest, Koi8rFixture) {
  Result<std::string> utf8 = DecodeToUtf8(ReadFixture("koi8r.txt"), false);
  ASSERT_TRUE(utf8.ok()) << utf8.status().ToString();
  PlainTextParts p = ExtractPlainText(*utf8);
  EXPECT_EQ(p.title, "Снегопад парализовал движение в Екатеринбурге");
  EXPECT_EQ(p.published, 1610668800);
  EXPECT_EQ(p.text,
            "Сильный снегопад, начавшийся в четверг вечером, парализовал движение на основных улицах Екатеринбурга. "
            "Коммунальные службы вывели на дороги более трёхсот единиц снегоуборочной техники.\n\n"
            "В городской администрации сообщили, что уборка продолжится всю ночь, а водителей попросили по "
            "возможности оставить автомобили дома.");
}

TEST(IsDateOnlyLineTest, Table) {
  const std::pair<const char*, bool> cases[] = {
      {"August 25, 2025", true},
      {"28 ноября 2011 г.", true},
      {"04 Января 2012 14:11", true},
      {"8 декабря 2011 года, 19:17", true},
      {"Tuesday, January 17, 2012", true},
      {"4 Января 2012 (среда)", true},
      {"09.10.2024", true},
      {"January 10, 2012 9:51AM", true},
      {"on Dec 17, 2025", true},
      {"Market share: 12.89%", false},           // no date
      {"Date: March 23-26, 2026", false},        // a label and a range: an event listing
      {"Adam 10/10 November 4, 2018", false},    // a reviewer and a score
      {"Richard Young Tuesday, January 17, 2012", false},  // a byline
      {"Slush - November 20-21, 2026, Helsinki, Finland", false},
      {"The vote took place on 3 May 2024.", false},
      {"", false},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(IsDateOnlyLine(line), want) << line;
}

TEST(CodePointCountTest, Table) {
  EXPECT_EQ(CodePointCount(""), 0u);
  EXPECT_EQ(CodePointCount("abc"), 3u);
  EXPECT_EQ(CodePointCount("Ёлка"), 4u);
  EXPECT_EQ(CodePointCount("€𝄞"), 2u);
}

}  // namespace
}  // namespace storyline
