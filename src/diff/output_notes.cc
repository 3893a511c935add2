// Outputs that read a replaced resource get a new value on deploy even when
// their text is unchanged; an exported one blocks the update while another
// stack imports it. Both are worth a line in the review.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diff/diff_internal.h"

namespace cdkpp::diff {

void NoteReplacedInputs(const Json& new_outputs, const std::set<std::string>& replaced,
                        SectionDiff* outputs) {
  if (replaced.empty() || !new_outputs.is_object()) return;
  bool added = false;
  for (auto it = new_outputs.begin(); it != new_outputs.end(); ++it) {
    if (!it->is_object() || !it->contains("Value"sv)) continue;
    std::vector<std::string> readers;
    for (const std::string& target : ReferencedResources((*it)["Value"sv])) {
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
  }
  if (added) {
    std::sort(outputs->entries.begin(), outputs->entries.end(),
              [](const EntryDiff& a, const EntryDiff& b) { return a.name < b.name; });
  }
}

namespace {

// The export name of an output, as written ("" when not exported; a name
// given by an intrinsic is shown as its JSON text).
std::string ExportName(const Json& output) {
  if (!output.is_object() || !output.contains("Export"sv)) return "";
  const Json& e = output["Export"sv];
  if (!e.is_object() || !e.contains("Name"sv)) return "";
  return e["Name"sv].is_string() ? e["Name"sv].get<std::string>() : e["Name"sv].dump();
}

}  // namespace

void NoteExportChanges(SectionDiff* outputs) {
  static const std::string kRefuses =
      "CloudFormation refuses this while another stack imports it (Fn::ImportValue): update "
      "or delete the importing stacks first";
  for (EntryDiff& e : outputs->entries) {
    std::string before = ExportName(e.old_value);
    std::string after = ExportName(e.new_value);
    if (before.empty()) continue;  // a new export breaks no importer
    if (e.kind == ChangeKind::kRemoved || before != after) {
      std::string now = after.empty() ? "" : " (now exported as " + after + ")";
      e.notes.push_back("export " + before + " vanishes" + now + ": " + kRefuses);
    } else if (e.kind == ChangeKind::kModified) {
      e.notes.push_back("export " + before + " changes its value: " + kRefuses);
    }
  }
}

}  // namespace cdkpp::diff
