#!/usr/bin/env python3
"""Embeds openapi.json (the package root's, the one to edit) into the binary as Swift source.

    python3 scripts/embed_openapi.py          # rewrites Sources/TapSandbox/Control/OpenAPIDocument.swift
    python3 scripts/embed_openapi.py --check  # exit 1 when the Swift copy differs from openapi.json

The sandbox serves the document at GET /_sandbox/openapi.json from wherever it runs (a container has no
package around it), so the text is compiled in as a raw string literal. OpenAPIDocumentTests fails when
the two copies differ, and tells you to run this. Standard library only.
"""

import argparse
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi.json"
TARGET = ROOT / "Sources" / "TapSandbox" / "Control" / "OpenAPIDocument.swift"


def swift_source(text: str) -> str:
    # A raw string literal ends at `"""` followed by its hashes, and `\` followed by them escapes: use
    # enough hashes that neither sequence occurs in the text.
    hashes = "#"
    while f'"{hashes}' in text or f"\\{hashes}" in text:
        hashes += "#"
    # The line break before the closing delimiter is not part of the literal: the empty line keeps the
    # file's final newline.
    return (
        "// Generated from openapi.json by scripts/embed_openapi.py: edit openapi.json, then run the script.\n"
        "\n"
        "/// The OpenAPI 3.1 document of the sandbox, served at `GET /_sandbox/openapi.json`.\n"
        "enum OpenAPIDocument {\n"
        "    /// The text of `openapi.json`, byte for byte.\n"
        f"    static let text = {hashes}\"\"\"\n"
        f"{text}\n"
        f"\"\"\"{hashes}\n"
        "}\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when out of date")
    args = parser.parse_args()
    text = SOURCE.read_text(encoding="utf-8")
    if "\r" in text:
        print("openapi.json: use LF line endings (Swift literals turn CRLF into LF)", file=sys.stderr)
        return 1
    wanted = swift_source(text)
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if args.check:
        if current != wanted:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run python3 scripts/embed_openapi.py", file=sys.stderr)
            return 1
        return 0
    if current != wanted:
        TARGET.write_text(wanted, encoding="utf-8")
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
