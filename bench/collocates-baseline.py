#!/usr/bin/env python3
"""A streaming pass over the text counting the windows collocates counts: the baseline for
`corpus collocates NODE` in BENCHMARKS.md. Usage: bench/collocates-baseline.py DIR NODE [L R]"""
import collections, os, re, sys

folder, node = sys.argv[1], sys.argv[2].lower()
left, right = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (5, 5)
word = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
observed, occurrences, window = collections.Counter(), 0, 0
for root, _, files in os.walk(folder):
    for name in files:
        with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
            words = word.findall(f.read().lower())
        at = [i for i, w in enumerate(words) if w == node]
        nodes = set(at)
        for i in at:
            occurrences += 1
            for p in range(max(0, i - left), min(len(words), i + right + 1)):
                if p not in nodes:
                    window += 1
                    observed[words[p]] += 1
print(occurrences, window, observed.most_common(5))
