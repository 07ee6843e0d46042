#include "ner/entity_kind.h"

namespace storyline {

const char* EntityKindName(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson: return "person";
    case EntityKind::kOrganization: return "organization";
    case EntityKind::kPlace: return "place";
    case EntityKind::kOther: return "other";
  }
  return "other";
}

EntityKind EntityKindOfType(std::string_view type) {
  if (type == "PER") return EntityKind::kPerson;
  if (type == "ORG") return EntityKind::kOrganization;
  if (type == "LOC" || type == "LOCORG") return EntityKind::kPlace;
  return EntityKind::kOther;
}

}  // namespace storyline
