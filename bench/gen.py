#!/usr/bin/env python3
"""Builds a benchmark corpus of about SIZE megabytes from the dev articles:
copies of tests/corpus/*.txt, each given a distinct title (the first line,
which the text reader takes as the title, gets " (bench N)"), so every copy
is a distinct article with its own graph.  1000 files per subdirectory.

usage: gen.py SIZE_MB OUTDIR"""
import glob
import os
import sys


def main():
    size = int(float(sys.argv[1]) * 1e6)
    out = sys.argv[2]
    arts = []
    for path in sorted(glob.glob("tests/corpus/*.txt")):
        with open(path, encoding="utf-8") as fh:
            title, _, rest = fh.read().partition("\n")
        arts.append((os.path.basename(path)[:-4], title, rest))
    done, n = 0, 0
    while done < size:
        name, title, rest = arts[n % len(arts)]
        d = os.path.join(out, "%04d" % (n // 1000))
        if n % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        data = ("%s (bench %d)\n%s" % (title, n, rest)).encode("utf-8")
        with open(os.path.join(d, "%07d-%s.txt" % (n, name)), "wb") as fh:
            fh.write(data)
        done += len(data)
        n += 1
    print("%s: %d articles, %.1f MB" % (out, n, done / 1e6))


main()
