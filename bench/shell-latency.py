#!/usr/bin/env python3
"""Latency of questions asked of one `corpus shell`, as a user at its prompt sees them.

    bench/shell-latency.py INDEX [--questions N] [--corpus PATH-TO-bin/corpus]

Starts `bin/corpus shell --index INDEX`, then asks N mixed questions one at a time (in turn:
`search WORD --limit 10`, `kwic WORD --limit 20`, `freq --from YEAR-01-01 --to YEAR-12-31 --top 20`,
`trend WORD`), over the index's 100 most frequent words and its years. After each question it
sends `--version`, whose last line marks the end of the answer on stdout; a question's latency is
from writing its line to reading that marker (the marker's own cost, a few microseconds in the
shell, is included). The first 20 questions warm the shell up and are not counted. Prints one
line: questions, p50 and p99 in milliseconds, and the total in seconds.
"""
import argparse
import json
import os
import subprocess
import sys
import time

MARKER = "Lucene "  # the start of the last line `corpus --version` prints


def ask(corpus, index, *args):
    return subprocess.run(
        [corpus, *args, "--index", index], check=True, capture_output=True, text=True
    ).stdout


def questions(corpus, index, count):
    rows = ask(corpus, index, "freq", "--top", "100", "--parts", "none", "--format", "csv")
    words = [line.split(",")[2] for line in rows.splitlines()[1:] if line.split(",")[2].isalpha()]
    years = sorted(json.loads(ask(corpus, index, "stats", "--format", "json"))["documents_per_year"])
    if not words or not years:
        sys.exit("shell-latency: the index has no words or no dated articles")
    asked = []
    for i in range(count):
        word = words[i % len(words)]
        year = years[i % len(years)]
        asked.append(
            [
                f"search {word} --limit 10",
                f"kwic {word} --limit 20",
                f"freq --from {year}-01-01 --to {year}-12-31 --top 20",
                f"trend {word}",
            ][i % 4]
        )
    return asked


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("index")
    parser.add_argument("--questions", type=int, default=300)
    default_corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bin", "corpus")
    parser.add_argument("--corpus", default=default_corpus)
    options = parser.parse_args()
    warmup = 20
    asked = questions(options.corpus, options.index, options.questions + warmup)
    shell = subprocess.Popen(
        [options.corpus, "shell", "--index", options.index],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        bufsize=1,
    )
    latencies = []
    for n, line in enumerate(asked):
        start = time.perf_counter()
        shell.stdin.write(line + "\n--version\n")
        shell.stdin.flush()
        while True:
            out = shell.stdout.readline()
            if not out:
                sys.exit(f"shell-latency: the shell ended at question {n + 1}: {line}")
            if out.startswith(MARKER):
                break
        if n >= warmup:
            latencies.append(time.perf_counter() - start)
    shell.stdin.close()
    shell.wait()
    latencies.sort()
    pick = lambda q: latencies[int(q * (len(latencies) - 1))] * 1000
    print(f"questions {len(latencies)} p50_ms {pick(0.5):.2f} p99_ms {pick(0.99):.2f} "
          f"total_s {sum(latencies):.2f}")


if __name__ == "__main__":
    main()
