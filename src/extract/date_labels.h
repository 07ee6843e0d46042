// Publication labels in running text: the page saying which of its dates is the publication
// ("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023", "Published on 3 May 2021",
// "Опубликовано: 7 июня 2020", "Publié le …"). Labels are matched anywhere in the text, ASCII
// letters without case and other bytes exactly (both cases of the Cyrillic ones are listed).
// Pure functions over UTF-8; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/date_text.h"

namespace storyline {

// Where the first publication label at or after `from` starts in `text`, with its length in
// *size; npos when there is none. One pass over the text, whatever the number of labels.
std::size_t FindPublishedLabel(std::string_view text, std::size_t from, std::size_t* size);

// The date that the earliest label of `text` introduces, at most a few bytes after it (" am ",
// ": ", " on ", " le "); nullopt when no label is followed by a date.
std::optional<LocalDate> LabelledPublicationDate(std::string_view text);

}  // namespace storyline
