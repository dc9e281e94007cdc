"""Validates JSON documents against a JSON Schema (Draft 2020-12) with
Debian's python3-jsonschema.  Prints up to five errors per document as
"# FILE[:LINE]: message at /pointer" and exits 1 if any document fails.

usage: jsonschema_valid.py [--feed-member KEY] SCHEMA FILE...
  A FILE ending in .jsonl holds one document per line.  With --feed-member,
  each FILE is a JSON Feed and the documents are its items' KEY members."""
import json
import sys

from jsonschema import Draft202012Validator


def documents(path, feed_member):
    with open(path, encoding="utf-8") as f:
        if path.endswith(".jsonl"):
            for n, line in enumerate(f, 1):
                yield "%s:%d" % (path, n), json.loads(line)
            return
        doc = json.load(f)
    if feed_member is None:
        yield path, doc
        return
    for i, item in enumerate(doc["items"]):
        yield "%s:items/%d/%s" % (path, i, feed_member), item[feed_member]


def main(argv):
    feed_member = None
    if argv[:1] == ["--feed-member"]:
        feed_member, argv = argv[1], argv[2:]
    with open(argv[0], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    failed = 0
    for path in argv[1:]:
        try:
            docs = list(documents(path, feed_member))
        except (OSError, ValueError, KeyError, TypeError) as e:
            print("# %s: cannot read a JSON document: %s" % (path, e))
            failed += 1
            continue
        for name, doc in docs:
            errors = sorted(validator.iter_errors(doc), key=str)
            for e in errors[:5]:
                print("# %s: %s at /%s" % (name, e.message, "/".join(map(str, e.absolute_path))))
            failed += bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
