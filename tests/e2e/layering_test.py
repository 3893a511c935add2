"""The include graph keeps the layering README.md describes.

Every directory under src/ (and include/cdkpp/) is a subsystem. A subsystem
includes only headers of the subsystems below it (LAYERS), and includes a
private header (one under src/) only from its own subsystem or from a shared
internal module: util/ (small helpers) and input/ (the one reader of JSON and
YAML text). A new subsystem fails this test until it is placed in LAYERS,
which is the point: its place in the layering is a decision.
"""
import os
import re

from e2e_support import SOURCE_DIR, check, run

# subsystem -> the subsystems it may include (its own is always allowed).
LAYERS = {
    # util/ sees only core's vocabulary types (VOCABULARY), never core's logic.
    "util": set(),
    "core": {"util"},
    "io": {"core", "util"},
    "input": {"core", "io", "util"},
    "template": {"core", "io", "input", "util"},
    "schema": {"core", "input", "template", "util"},
    "constructs": {"core", "util"},
    "config": {"core", "io", "input", "constructs", "util"},
    "diff": {"core", "schema", "template", "input", "util"},
    # The architecture picture of a synthesized template.
    "graph": {"core", "util"},
    "validate": {"core", "io", "schema", "template", "input", "util"},
    "pipeline": {"core", "io", "input", "config", "constructs", "schema", "validate", "util"},
}
# Header-only value types every layer, util/ included, may name.
VOCABULARY = {"cdkpp/core/json.h", "cdkpp/core/diagnostic.h", "cdkpp/core/result.h"}
# Internal modules whose private headers serve the subsystems above them.
SHARED_PRIVATE = {"util", "input"}
# The executable and the test suite may include anything.
TOP = {"cli"}

INCLUDE = re.compile(r'^#include "([^"]+)"', re.MULTILINE)


def subsystem_of(path):
    """The subsystem of a file below src/ or include/cdkpp/, or None."""
    rel = os.path.relpath(path, SOURCE_DIR).split(os.sep)
    if rel[0] == "src" and len(rel) > 2:
        return rel[1]
    if rel[:2] == ["include", "cdkpp"] and len(rel) > 3:
        return rel[2]
    return None


def included_subsystem(header):
    parts = header.split("/")
    if parts[0] == "cdkpp" and len(parts) > 2:
        return parts[1], False
    if len(parts) > 1:
        return parts[0], True
    return None, False


def violations():
    found = []
    for top in ("src", os.path.join("include", "cdkpp")):
        for dirpath, _, files in os.walk(os.path.join(SOURCE_DIR, top)):
            for name in sorted(files):
                if not name.endswith((".h", ".cc")):
                    continue
                path = os.path.join(dirpath, name)
                sub = subsystem_of(path)
                if sub is None or sub in TOP:
                    continue
                rel = os.path.relpath(path, SOURCE_DIR)
                if sub not in LAYERS:
                    found.append(f"{rel}: subsystem {sub!r} has no place in LAYERS")
                    continue
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for header in INCLUDE.findall(text):
                    target, private = included_subsystem(header)
                    if target is None or target == sub or header in VOCABULARY:
                        continue
                    if target not in LAYERS[sub]:
                        found.append(f"{rel}: {sub}/ may not include {header}")
                    elif private and target not in SHARED_PRIVATE:
                        found.append(f"{rel}: private header {header} of {target}/ used from {sub}/")
    return found


@check
def every_include_follows_the_layers():
    found = violations()
    assert not found, "layering violations:\n  " + "\n  ".join(found)


@check
def public_headers_include_no_private_header():
    bad = []
    include_dir = os.path.join(SOURCE_DIR, "include", "cdkpp")
    for dirpath, _, files in os.walk(include_dir):
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                for header in INCLUDE.findall(f.read()):
                    if not header.startswith("cdkpp/"):
                        bad.append(f"{os.path.relpath(path, SOURCE_DIR)} includes {header}")
    assert not bad, "public headers must stand alone:\n  " + "\n  ".join(bad)


# The namespace convention for internals. A private header (under src/)
# declares its names in its subsystem's own namespace, or below it, when the
# subsystem's public API has one (cdkpp::diff, cdkpp::validate, ...); the
# subsystems whose public API is plain `cdkpp` keep theirs in cdkpp::internal
# (or below it). Nothing private lands in plain `cdkpp`, and there are no
# ad-hoc spellings such as `schema_internal`.
OWN_NAMESPACE = {"input", "config", "diff", "validate", "graph", "cli"}
NAMESPACE = re.compile(r"^namespace ([A-Za-z_:]+) \{", re.MULTILINE)


def allowed_private_namespace(sub, namespace):
    home = f"cdkpp::{sub}" if sub in OWN_NAMESPACE else "cdkpp::internal"
    return namespace == home or namespace.startswith(home + "::")


def namespace_violations():
    found = []
    for dirpath, _, files in os.walk(os.path.join(SOURCE_DIR, "src")):
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            sub = subsystem_of(path)
            if not name.endswith(".h") or sub is None:
                continue
            with open(path, encoding="utf-8") as f:
                text = f.read()
            # Forward declarations of public classes are not declarations of
            # private names: skip namespace blocks holding only `class X;`.
            for match in NAMESPACE.finditer(text):
                body = text[match.end():text.find("}  // namespace", match.end())]
                if all(line.strip().startswith(("class ", "struct ", "//")) or not line.strip()
                       for line in body.splitlines()):
                    continue
                if not allowed_private_namespace(sub, match.group(1)):
                    rel = os.path.relpath(path, SOURCE_DIR)
                    found.append(f"{rel}: namespace {match.group(1)}")
    return found


@check
def private_headers_follow_the_namespace_convention():
    found = namespace_violations()
    assert not found, "private names outside their namespace:\n  " + "\n  ".join(found)


@check
def the_checker_sees_a_violation():
    # Guards the test itself: a rule that matches nothing would pass forever.
    assert included_subsystem("config/node_reader.h") == ("config", True)
    assert included_subsystem("cdkpp/core/app.h") == ("core", False)
    assert "config" not in LAYERS["validate"]
    assert "io" not in LAYERS["core"]
    assert not allowed_private_namespace("core", "cdkpp")
    assert not allowed_private_namespace("schema", "cdkpp::schema_internal")
    assert allowed_private_namespace("validate", "cdkpp::validate::internal")
    assert not allowed_private_namespace("validate", "cdkpp::internal")


run()
