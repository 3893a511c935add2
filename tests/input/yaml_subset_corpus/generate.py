#!/usr/bin/env python3
"""Writes the YAML renderings of bench/diff/gen_templates.py's templates
(40 resources) that tests/input/yaml_block_subset_test.cc compares between
the block subset reader and libyaml:

  python3 tests/input/yaml_subset_corpus/generate.py

- bench_long.yaml: PyYAML's dump as bench/template_scaling.py writes it;
- bench_short.yaml: the same with short-form tags (!Ref, !GetAtt A.B,
  !Join [...]) and PyYAML's default width, so long strings fold over lines;
- bench_flow.yaml: flow style throughout, over many lines.
"""
import importlib.util
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
spec = importlib.util.spec_from_file_location(
    "gen", os.path.join(ROOT, "bench", "diff", "gen_templates.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
gen.N = 40


class ShortFormDumper(yaml.SafeDumper):
    pass


def represent_dict(dumper, data):
    if len(data) == 1:
        (key, value), = data.items()
        if key == "Ref":
            return dumper.represent_scalar("!Ref", value)
        if key == "Fn::GetAtt" and isinstance(value, list) and len(value) == 2:
            return dumper.represent_scalar("!GetAtt", f"{value[0]}.{value[1]}")
        if key.startswith("Fn::"):
            tag = "!" + key[4:]
            if isinstance(value, list):
                return dumper.represent_sequence(tag, value, flow_style=True)
            if isinstance(value, dict):
                return dumper.represent_mapping(tag, value.items())
            return dumper.represent_scalar(tag, value)
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items())


ShortFormDumper.add_representer(dict, represent_dict)

for variant, name, kwargs in (
        (True, "bench_long.yaml", dict(Dumper=yaml.SafeDumper, width=1000)),
        (True, "bench_short.yaml", dict(Dumper=ShortFormDumper)),
        (False, "bench_flow.yaml", dict(Dumper=yaml.SafeDumper, default_flow_style=True))):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        yaml.dump(gen.template(variant), f, sort_keys=False, **kwargs)
