#ifndef CDKPP_CONFIG_CONFIG_SCHEMA_H_
#define CDKPP_CONFIG_CONFIG_SCHEMA_H_

#include <string>

namespace cdkpp {

// Views of the declared config schema (every config key, declared once in the
// tables under src/config/schema/). Both are deterministic to the byte.

/// The JSON Schema (draft-07, the draft the YAML language server and
/// SchemaStore support) of a cdkpp config file: every key with its type,
/// default, description and markdownDescription, enum, minimum/maximum,
/// pattern, required keys and additionalProperties: false. cdkpp itself
/// stays the authority: it also checks rules across keys the schema cannot
/// state. Pretty-printed (2 spaces), ending in a newline.
std::string ConfigJsonSchema();

/// The README's config reference: one Markdown table per section (key,
/// type, default, meaning and constraints), each under a "### `section`"
/// heading, ending in a newline.
std::string ConfigReferenceMarkdown();

}  // namespace cdkpp

#endif  // CDKPP_CONFIG_CONFIG_SCHEMA_H_
