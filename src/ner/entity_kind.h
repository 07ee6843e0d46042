// Entity kinds shared by the tagger and the digest: the four coarse classes every corpus we train
// on can be mapped to (CoNLL PER/ORG/LOC/MISC, FactRuEval Person/Org/Location/LocOrg, MEANTIME
// PER/ORG/LOC/PRO). Thread safety: pure functions.
#pragma once

#include <string_view>

namespace storyline {

enum class EntityKind { kPerson, kOrganization, kPlace, kOther };

// "person", "organization", "place", "other".
const char* EntityKindName(EntityKind kind);

// The kind of a tag's type ("PER", "B-ORG" without its prefix is expected): PER → person,
// ORG → organization, LOC and LOCORG (FactRuEval's "Россия" as a state) → place, anything
// else → other.
EntityKind EntityKindOfType(std::string_view type);

}  // namespace storyline
