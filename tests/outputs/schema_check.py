"""Validates JSON Lines files against docs/event-record.schema.json with a small validator for the
part of JSON Schema the schema uses (type, enum, pattern, minimum, maximum, required, properties,
additionalProperties, items, $ref into $defs): no packages needed.
Usage: python3 schema_check.py SCHEMA FILE... ; prints one line per file, exits 1 on any error."""
import json
import re
import sys

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
KNOWN = {"$schema", "$id", "title", "description", "type", "enum", "pattern", "minimum", "maximum", "required",
         "properties", "additionalProperties", "items", "$ref", "$defs"}


def errors(schema, value, root, path="$"):
    """Yields messages for every way value breaks schema."""
    unknown = set(schema) - KNOWN
    if unknown:
        raise ValueError(f"{path}: the validator does not know {sorted(unknown)}")
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        yield from errors(root["$defs"][name], value, root, path)
        return
    types = schema.get("type")
    if types is not None:
        types = [types] if isinstance(types, str) else types
        if not any(TYPES[t](value) for t in types):
            yield f"{path}: {value!r} is not {' or '.join(types)}"
            return
    if "enum" in schema and value not in schema["enum"]:
        yield f"{path}: {value!r} is not one of {schema['enum']}"
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        yield f"{path}: {value!r} does not match {schema['pattern']}"
    if TYPES["number"](value):
        if "minimum" in schema and value < schema["minimum"]:
            yield f"{path}: {value} < {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            yield f"{path}: {value} > {schema['maximum']}"
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                yield f"{path}: no {key!r}"
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, v in value.items():
            if key in props:
                yield from errors(props[key], v, root, f"{path}.{key}")
            elif extra is False:
                yield f"{path}: {key!r} is not in the schema"
            elif isinstance(extra, dict):
                yield from errors(extra, v, root, f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value):
            yield from errors(schema["items"], v, root, f"{path}[{i}]")


def main(schema_path, paths):
    schema = json.load(open(schema_path, encoding="utf-8"))
    bad = 0
    for p in paths:
        n = 0
        with open(p, encoding="utf-8") as f:
            for line_no, line in enumerate(f, start=1):
                record = json.loads(line)
                if record.get("record"):  # quote and casualty records are not events
                    continue
                n += 1
                for e in errors(schema, record, schema):
                    print(f"{p}:{line_no}: {e}")
                    bad += 1
        if n == 0:
            print(f"{p}: no events")
            bad += 1
        print(f"{p}: {n} events checked")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
