// libFuzzer target: a config file, YAML or JSON (CDKPP_FUZZ_CONFIG_PATH names
// the file, and so the format), through everything that consumes it: load,
// synthesize, validate the synthesized templates, format the findings.
// Any outcome is fine except a crash, a sanitizer report or an exception.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cdkpp/io/file_system.h"
#include "cdkpp/pipeline/synth.h"
#include "cdkpp/validate/format_findings.h"
#include "cdkpp/pipeline/validate_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cdkpp::InMemoryFileSystem fs;
  fs.Put(CDKPP_FUZZ_CONFIG_PATH, std::string(reinterpret_cast<const char*>(data), size));
  cdkpp::Result<cdkpp::ConfigSynthesis> synthesis =
      cdkpp::SynthesizeConfigWithSource(CDKPP_FUZZ_CONFIG_PATH, fs, "");
  if (!synthesis.ok()) {
    for (const auto& d : synthesis.diagnostics()) (void)d.ToString();
    return 0;
  }
  auto reports = cdkpp::validate::ValidateSynthesis(*synthesis);
  (void)cdkpp::validate::FormatText(reports, false);
  (void)cdkpp::validate::FormatJson(reports);
  return 0;
}
