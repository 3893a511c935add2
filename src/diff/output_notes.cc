// Outputs that read a replaced resource get a new value on deploy even when
// their text is unchanged; an exported one blocks the update while another
// stack imports it. Both are worth a line in the review.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "diff/diff_internal.h"

namespace cdkpp::diff {

void NoteReplacedInputs(const Json& new_outputs, const std::set<std::string>& replaced,
                        SectionDiff* outputs) {
  if (replaced.empty() || !new_outputs.is_object()) return;
  bool added = false;
  for (auto it = new_outputs.begin(); it != new_outputs.end(); ++it) {
    if (!it->is_object() || !it->contains("Value")) continue;
    std::vector<std::string> readers;
    for (const std::string& target : ReferencedResources((*it)["Value"])) {
      if (replaced.count(target) &&
          std::find(readers.begin(), readers.end(), target) == readers.end()) {
        readers.push_back(target);
      }
    }
    if (readers.empty()) continue;
    auto entry = std::find_if(outputs->entries.begin(), outputs->entries.end(),
                              [&](const EntryDiff& e) { return e.name == it.key(); });
    if (entry == outputs->entries.end()) {
      EntryDiff e;
      e.name = it.key();
      e.kind = ChangeKind::kModified;
      e.old_value = *it;
      e.new_value = *it;
      outputs->entries.push_back(std::move(e));
      entry = outputs->entries.end() - 1;
      added = true;
    }
    if (entry->kind == ChangeKind::kRemoved) continue;
    for (const std::string& r : readers) {
      entry->notes.push_back("value changes: reads " + r + ", which is replaced");
    }
    if (it->contains("Export")) {
      entry->notes.push_back("exported: the update fails while another stack imports this value");
    }
  }
  if (added) {
    std::sort(outputs->entries.begin(), outputs->entries.end(),
              [](const EntryDiff& a, const EntryDiff& b) { return a.name < b.name; });
  }
}

}  // namespace cdkpp::diff
