#!/usr/bin/env python3
"""Writes one small site per pathological Markdown input into the folder given: <folder>/<case>/input/.

The shapes and sizes follow the pathological tests of cmark-gfm (test/pathological_tests.py there: the inputs that
made CommonMark parsers quadratic or recursive), plus the ones of SiteGen's issue 12. Each site holds an ordinary
README.md (a page that must still build) and the case as note.md. Usage: generate.py FOLDER [CASE...]
"""
import itertools
import os
import sys


def reference_collisions():
    # Link labels whose hash falls in one bucket of a 16-bucket table (cmark's reference map), 50,000 of them.
    def bad(ref):
        h = 0
        for c in ref:
            h = (ord(c) + ((h << 6) & 0xFFFFFFFF) + ((h << 16) & 0xFFFFFFFF) - h) & 0xFFFFFFFF
        return h % 16 == 0

    keys = (k for k in ("x%d" % i for i in itertools.count()) if bad(k))
    keys = list(itertools.islice(keys, 50000))
    return "".join("[%s]: /url\n\n[%s]\n\n" % (key, keys[0]) for key in keys[1:])


def table_with_bold_cells(rows):
    head = "| **name** | **value** | **note** |\n|---|---|---|\n"
    return head + "".join("| **row %d** | **%d** | **bold** text |\n" % (i, i) for i in range(rows))


CASES = {
    # cmark-gfm's pathological tests, at that file's sizes
    "nested-strong-emph": lambda: "*a **a " * 65000 + "b" + " a** a*" * 65000,
    "emph-closers-no-openers": lambda: "a_ " * 65000,
    "emph-openers-no-closers": lambda: "_a " * 65000,
    "link-closers-no-openers": lambda: "a]" * 65000,
    "link-openers-no-closers": lambda: "[a" * 65000,
    "mismatched-openers-closers": lambda: "*a_ " * 50000,
    "openers-closers-multiple-of-3": lambda: "a**b" + "c* " * 50000,
    "link-openers-emph-closers": lambda: "[ a_" * 50000,
    "pattern-bracket-paren": lambda: "[ (](" * 80000,
    "pattern-image-brackets": lambda: "![[]()" * 160000,
    "hard-link-emph": lambda: "**x [a*b**c*](d)",
    "nested-brackets": lambda: "[" * 50000 + "a" + "]" * 50000,
    "nested-block-quotes": lambda: "> " * 50000 + "a",
    "deeply-nested-lists": lambda: "".join("  " * x + "* a\n" for x in range(1000)),
    "nul-in-input": lambda: "abc\u0000de\u0000",
    "backticks": lambda: "".join("e" + "`" * x for x in range(1, 5000)),
    "unclosed-links-a": lambda: "[a](<b" * 30000,
    "unclosed-links-b": lambda: "[a](b" * 30000,
    "unclosed-comment": lambda: "</" + "<!--" * 300000,
    "tables": lambda: "aaa\rbbb\n-\v\n" * 30000,
    "reference-collisions": reference_collisions,
    "many-references": lambda: "".join("[%d]: u\n" % x for x in range(1, 5000 * 16)) + "[0] " * 5000,
    # issue 12
    "identical-headings": lambda: "# Notes\n\n" + "## Same heading\n\ntext\n\n" * 20000,
    "table-bold-cells": lambda: table_with_bold_cells(6000),
    "nested-open-brackets": lambda: "[" * 50000,
    "nested-list-markers": lambda: "* " * 100000 + "a\n",
}

README = "# Pathological input\n\nThe case is [the note](note.md).\n\n## Section\n\nOrdinary *text* with `code`.\n"


def main():
    folder = sys.argv[1]
    names = sys.argv[2:] or list(CASES)
    for name in names:
        site = os.path.join(folder, name, "input")
        os.makedirs(site, exist_ok=True)
        with open(os.path.join(site, "README.md"), "w", encoding="utf-8", newline="") as f:
            f.write(README)
        with open(os.path.join(site, "note.md"), "w", encoding="utf-8", newline="") as f:
            f.write(CASES[name]())
        print(name)


if __name__ == "__main__":
    main()
