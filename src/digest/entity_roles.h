// Internal to the digest stage: a person's role as a text states it next to a mention.
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/lemmatizer.h"

namespace storyline::digest_internal {

// The role stated around the mention text[begin, end): a run of role words right before it
// ("Deputy Foreign Minister", "заместитель министра иностранных дел России") or, in English, an
// apposition right after it (", the deputy foreign minister,"). Words before `floor` or after
// `ceiling` (the neighbouring mentions) are not looked at. "" when there is none.
std::string FindRole(std::string_view text, std::size_t begin, std::size_t end,
                     std::string_view lang, std::size_t floor, std::size_t ceiling);

// A mention that starts with a role ("Deputy Foreign Minister Sergei Ryabkov": taggers trained
// on MEANTIME include it): the number of bytes of that role prefix with the space after it, or 0.
// The rest must keep at least one word. With `tagged_person` false (the tagger called the
// mention an organisation or place), "General" is not a role: "General Motors", "General
// Assembly".
std::size_t LeadingRoleBytes(std::string_view surface, std::string_view lang,
                             bool tagged_person = true);

// True when the role prefix of LeadingRoleBytes ends in "of" ("Vice Chairman of Chrysler"):
// the rest of the mention is the organisation, not the holder of the role.
bool RoleNamesItsOrganisation(std::string_view role);

// A Russian role in the nominative by its first word, the head ("губернатора" → "губернатор",
// "председателя правительства" → "председатель правительства"); a role that starts with an
// adjective ("главного редактора") stays as written, as its noun would have to agree. Other
// roles are returned as they are.
std::string NominativeRole(const std::string& role, const Lemmatizer& lemmas);

}  // namespace storyline::digest_internal
