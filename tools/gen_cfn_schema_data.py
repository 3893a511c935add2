#!/usr/bin/env python3
"""Generates data/cfn_schemas.tsv from the CloudFormation resource provider
schemas that cfn-lint installs (region us-east-1, which has every type).

One line per resource type, sorted by type name:  TYPE<TAB>compact-json
The compact JSON keeps what cdkpp needs (docs/schema-data.md lists the keys):
  c   createOnlyProperties, as property paths without "/properties/" ("Name", "A/B", "A/*/B")
  r   readOnlyProperties, same form
  a   GetAtt-able attribute names ("Arn", "Endpoint.Address")
  q   required top-level properties
  p   {property: spec}; spec keys: t type (string or list), e enum, pt pattern,
      mnl/mxl min/max length, mn/mx minimum/maximum, mni/mxi min/max items,
      q nested required, p nested properties, i array item spec
      ($ref resolved; nesting stops six levels below the top, and a definition
      that contains itself keeps its own level but not its children again)
  tg  1 if tagging.taggable; tf tag format "list" (Key/Value array) or "map"; tp tag property

Usage: python3 tools/gen_cfn_schema_data.py [OUTPUT]   (default: data/cfn_schemas.tsv; "-" = stdout)
"""
import json
import os
import sys

from cfnlint.schema.manager import PROVIDER_SCHEMA_MANAGER

REGION = "us-east-1"
MAX_DEPTH = 6  # top-level properties are depth 0


def resolve(node, schema, seen=()):
    """Follows local $refs ("#/definitions/X"); returns the referenced node."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return {}
        seen = seen + (ref,)
        target = schema
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        merged = dict(target)
        merged.update({k: v for k, v in node.items() if k != "$ref"})
        node = merged
    return node if isinstance(node, dict) else {}


def node_types(node, schema):
    t = node.get("type")
    if t is not None:
        return t
    types = []
    for key in ("oneOf", "anyOf"):
        for alt in node.get(key, []):
            at = resolve(alt, schema).get("type")
            for x in at if isinstance(at, list) else [at]:
                if x and x not in types:
                    types.append(x)
    if not types and "properties" in node:
        types = ["object"]
    if len(types) == 1:
        return types[0]
    return sorted(types) or None


def compact(node, schema, depth, expanding=()):
    """`expanding` holds the $refs being expanded above this node: recursive
    definitions (WAFv2 statements) would otherwise repeat to MAX_DEPTH."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if ref in expanding:
        depth = MAX_DEPTH
    elif ref is not None:
        expanding = expanding + (ref,)
    node = resolve(node, schema)
    out = {}
    t = node_types(node, schema)
    if t is not None:
        out["t"] = t
    for src, dst in (("enum", "e"), ("pattern", "pt"), ("minLength", "mnl"),
                     ("maxLength", "mxl"), ("minimum", "mn"), ("maximum", "mx"),
                     ("minItems", "mni"), ("maxItems", "mxi")):
        if src in node:
            out[dst] = node[src]
    if depth < MAX_DEPTH:
        props = node.get("properties")
        if isinstance(props, dict) and props:
            out["p"] = {k: compact(v, schema, depth + 1, expanding) for k, v in sorted(props.items())}
        if node.get("required"):
            out["q"] = sorted(node["required"])
        if isinstance(node.get("items"), dict):
            out["i"] = compact(node["items"], schema, depth + 1, expanding)
    return out


def strip_paths(paths):
    out = []
    for p in paths or []:
        if p.startswith("/properties/"):
            out.append(p[len("/properties/"):])
    return sorted(set(out))


def type_entry(type_name):
    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema(REGION, type_name).schema
    entry = {
        "c": strip_paths(schema.get("createOnlyProperties")),
        "r": strip_paths(schema.get("readOnlyProperties")),
        "q": sorted(schema.get("required", [])),
        "p": {k: compact(v, schema, 0) for k, v in sorted(schema.get("properties", {}).items())},
    }
    try:
        entry["a"] = sorted(PROVIDER_SCHEMA_MANAGER.get_type_getatts(type_name, REGION).keys())
    except Exception:  # a type without attributes
        entry["a"] = []
    tagging = schema.get("tagging") or {}
    if tagging.get("taggable", False):
        entry["tg"] = 1
        prop = tagging.get("tagProperty", "/properties/Tags")
        name = prop[len("/properties/"):] if prop.startswith("/properties/") else prop
        entry["tp"] = name
        spec = entry["p"].get(name, {})
        entry["tf"] = "map" if spec.get("t") == "object" else "list"
    return entry


def generate():
    lines = []
    for type_name in sorted(set(PROVIDER_SCHEMA_MANAGER.get_resource_types(REGION))):
        if "\t" in type_name or "\n" in type_name:
            continue
        data = json.dumps(type_entry(type_name), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=True)
        lines.append(f"{type_name}\t{data}\n")
    return "".join(lines)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data", "cfn_schemas.tsv")
    text = generate()
    if out == "-":
        sys.stdout.write(text)
    else:
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
