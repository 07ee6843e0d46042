// Test-only texts shared by the dedup tests: a ~150-word wire story, variants of it, and an
// unrelated story of similar length.
#pragma once

namespace storyline {

inline constexpr const char* kWireStory =
    "The regional council of Northvale approved on Tuesday a plan to rebuild the old river "
    "bridge, which was closed last spring after inspectors found deep cracks in two of its "
    "concrete piers. Engineers estimate that the work will cost about 48 million euros and "
    "take nearly three years, during which ferries will carry commuters between the two banks. "
    "Council leader Maria Hansen told reporters that the vote was the hardest decision of her "
    "term, because the money had been set aside for schools and a new hospital wing. "
    "Opposition members argued that a cheaper temporary crossing should have been tested first, "
    "and several shop owners from the eastern district warned that the long closure was already "
    "hurting their trade. Construction firms have until the end of March to submit bids, and "
    "the council expects to sign a contract before the summer holidays begin. The transport "
    "ministry has promised to cover a fifth of the total cost.";

// The same body with a new lead sentence in front (a typical rewrite of a wire story).
inline constexpr const char* kWireStoryNewLead =
    "Commuters in Northvale will have to wait until at least 2027 for a permanent crossing. "
    "The regional council of Northvale approved on Tuesday a plan to rebuild the old river "
    "bridge, which was closed last spring after inspectors found deep cracks in two of its "
    "concrete piers. Engineers estimate that the work will cost about 48 million euros and "
    "take nearly three years, during which ferries will carry commuters between the two banks. "
    "Council leader Maria Hansen told reporters that the vote was the hardest decision of her "
    "term, because the money had been set aside for schools and a new hospital wing. "
    "Opposition members argued that a cheaper temporary crossing should have been tested first, "
    "and several shop owners from the eastern district warned that the long closure was already "
    "hurting their trade. Construction firms have until the end of March to submit bids, and "
    "the council expects to sign a contract before the summer holidays begin. The transport "
    "ministry has promised to cover a fifth of the total cost.";

// Same words as kWireStory up to case and punctuation.
inline constexpr const char* kWireStoryRecased =
    "THE REGIONAL COUNCIL OF NORTHVALE approved on Tuesday, a plan to rebuild the old river "
    "bridge which was closed last spring after inspectors found deep cracks in two of its "
    "concrete piers! Engineers estimate that the work will cost about 48 million euros and "
    "take nearly three years during which ferries will carry commuters between the two banks. "
    "Council leader Maria Hansen told reporters that the vote was the hardest decision of her "
    "term because the money had been set aside for schools and a new hospital wing. "
    "Opposition members argued that a cheaper temporary crossing should have been tested first "
    "and several shop owners from the eastern district warned that the long closure was already "
    "hurting their trade. Construction firms have until the end of March to submit bids and "
    "the council expects to sign a contract before the summer holidays begin. The transport "
    "ministry has promised to cover a fifth of the total cost.";

inline constexpr const char* kUnrelatedStory =
    "A team of astronomers using a telescope in northern Chile has detected an unusually bright "
    "flash from a galaxy roughly two billion light years away, and they believe it came from a "
    "star being torn apart by a black hole. The event, catalogued as AT2024abc, brightened for "
    "about forty days before fading, according to a paper published on Monday. Lead author "
    "Kenji Watanabe said the team had been monitoring the galaxy for an unrelated survey when "
    "the software flagged the change. Similar tidal disruption events have been observed only "
    "a few dozen times, and each new example helps researchers measure how quickly black holes "
    "grow. Other observatories, including a space telescope, have since pointed their "
    "instruments at the source to record its spectrum. The researchers plan to keep watching "
    "the galaxy for a year, in case the black hole produces a second, weaker flare as leftover "
    "gas falls inward.";

}  // namespace storyline
