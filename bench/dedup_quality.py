#!/usr/bin/env python3
"""Scores `corpus dups` against exact Jaccard similarity computed here, from the corpus files.

    python3 bench/dedup_quality.py --dups DUPS.json --corpus DIR [--truth FILE] [--sample N]
        [--seed N] [--threshold T] [--output FILE]

Reads the groups that `corpus dups --limit 0 --format json` printed and the corpus folder they came
from (as bench/dedup-quality generates it: .txt files, or JSON lines or CSV records, listed in the
generator's .manifest.tsv), and prints a Markdown report:

- recall: of the true pairs (exact Jaccard of 5-word shingle sets >= the threshold, at least one
  side in a random sample of the articles), the share whose two articles are in one group;
- precision: of the pairs of articles in one group (at least one side in the sample), the share
  whose exact Jaccard is >= the threshold; and the same counted over direct links only (each member
  with its group's canonical article), with the largest difference between the similarity the tool
  reports for a link and the exact one computed here;
- agreement with the generator's truth file (.wire-copies.tsv): the share of copies found in their
  original's group, split by whether the copy's exact Jaccard with its original reaches the
  threshold, and per edit set.

Nothing here uses the tool's Java code. Shingles are computed by a definition of words close to,
but simpler than, the tool's (which takes the words its index holds: Unicode word segmentation,
Russian stems, Chinese words), so a pair near the threshold may fall on either side: a word is a maximal run of letters and digits (Unicode categories L* and Nd), with the
combining marks that follow it, lower-cased character by character; in scripts written without
spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar, Tibetan; here by Unicode block) every
letter is a word of its own; only the first 20,000 words count; a shingle is 5 consecutive words,
and a text with fewer than 5 words (but some) has one shingle of all of them. Shingles are exact
(tuples of word numbers), not hashes.

The text of an article is what the tool's loader makes of the generator's files: a .txt file
decoded as UTF-8 without its byte-order mark, with a leading `date YYYY-MM-DD` header and the
whitespace after it removed (a wire dateline stays in the text, as the loader keeps it); a record's
`text` field as it is (its `date` field is read as the date, so nothing is removed).

Finding the true pairs: the sample's shingles go into an inverted index, and every article of the
corpus is looked up in it, so each (sample article, any article) pair that shares a shingle gets
its exact intersection and Jaccard; pairs that share none have Jaccard 0.
"""

import argparse
import bisect
import collections
import csv
import json
import os
import random
import re
import sys
import unicodedata

SHINGLE_WORDS = 5
MAX_WORDS = 20_000
MAX_UTF16_UNITS = 400_000
MANIFEST = ".manifest.tsv"
TRUTH = ".wire-copies.tsv"

# Blocks of the scripts whose letters are words of their own (Shingles.standsAlone uses Unicode's
# Script property; these blocks hold those scripts' letters, less a few Common-script ones).
_ALONE_BLOCKS = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x3005, 0x3005),  # 々, Han
    (0x303B, 0x303B),  # 〻, Han
    (0x3041, 0x309F),  # Hiragana
    (0x30A1, 0x30FA),  # Katakana (30FB and 30FC are Common)
    (0x30FD, 0x30FF),
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA9E0, 0xA9FF),  # Myanmar extended B
    (0xAA60, 0xAA7F),  # Myanmar extended A
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF6F),  # half-width Katakana (FF70 is Common)
    (0xFF71, 0xFF9D),
    (0x1AFF0, 0x1B16F),  # Kana extensions and supplement
    (0x20000, 0x323AF),  # CJK extensions B to H
)


def _char_class(code_points):
    """A regular-expression character class of the given sorted code points, as ranges."""
    parts = []
    start = prev = None
    for cp in code_points:
        if start is None:
            start = prev = cp
        elif cp == prev + 1:
            prev = cp
        else:
            parts.append((start, prev))
            start = prev = cp
    if start is not None:
        parts.append((start, prev))
    out = []
    for a, b in parts:
        out.append(re.escape(chr(a)) if a == b else re.escape(chr(a)) + "-" + re.escape(chr(b)))
    return "[" + "".join(out) + "]"


def _tables():
    alone_starts = [a for a, _ in _ALONE_BLOCKS]
    word, mark, alone = [], [], []
    lower = {}
    for cp in range(0x110000):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if cat[0] == "L" or cat == "Nd":
            i = bisect.bisect_right(alone_starts, cp) - 1
            if cat[0] == "L" and i >= 0 and cp <= _ALONE_BLOCKS[i][1]:
                alone.append(cp)
            else:
                word.append(cp)
            low = ch.lower()
            if low != ch:
                # Java's Character.toLowerCase(int) maps one code point to one: İ is i, not i̇.
                lower[cp] = low[0]
        elif cat[0] == "M":
            mark.append(cp)
    pattern = "%s|%s(?:%s|%s)*" % (
        _char_class(alone),
        _char_class(word),
        _char_class(word),
        _char_class(mark),
    )
    return re.compile(pattern), lower


WORD, _LOWER = _tables()


def words(text):
    """The text's words, lower-cased: the first MAX_WORDS within its first MAX_UTF16_UNITS."""
    if len(text) * 2 > MAX_UTF16_UNITS:  # could be past the bound in UTF-16 code units
        units = text.encode("utf-16-le")
        if len(units) > 2 * MAX_UTF16_UNITS:
            text = units[: 2 * MAX_UTF16_UNITS].decode("utf-16-le", "ignore")
    found = []
    for match in WORD.finditer(text):
        found.append(match.group().translate(_LOWER))
        if len(found) == MAX_WORDS:
            break
    return found


class Shingler:
    """Turns texts into sets of exact shingles: each a tuple of word numbers, packed in one int."""

    def __init__(self):
        self.vocabulary = {}

    def shingles(self, text):
        ids = [self.vocabulary.setdefault(w, len(self.vocabulary)) for w in words(text)]
        if not ids:
            return frozenset()
        if len(ids) < SHINGLE_WORDS:
            key = len(ids)  # the length first, so a short text's shingle is no 5-word one
            for i in ids:
                key = (key << 32) | i
            return frozenset((key,))
        out = set()
        for s in range(len(ids) - SHINGLE_WORDS + 1):
            key = SHINGLE_WORDS
            for i in ids[s : s + SHINGLE_WORDS]:
                key = (key << 32) | i
            out.add(key)
        return frozenset(out)


def jaccard(a, b):
    if not a and not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


# ---------------------------------------------------------------- the corpus, as the loader reads it

_DATE_HEADER = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s*", re.IGNORECASE)


def txt_body(raw):
    """The article text of a generated .txt file's bytes: UTF-8, no BOM, no `date` header."""
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    header = _DATE_HEADER.match(text)
    return text[header.end() :] if header else text


class Corpus:
    """The articles of a generated corpus folder: their ids in order, and their texts on demand."""

    def __init__(self, folder):
        self.folder = folder
        self.ids = self._list()
        self._records = {}  # file -> {id: text}, for the record file read last
        self.index = {article: i for i, article in enumerate(self.ids)}

    def _list(self):
        manifest = os.path.join(self.folder, MANIFEST)
        if os.path.exists(manifest):
            with open(manifest, encoding="utf-8") as rows:
                next(rows)  # the header
                return [row.split("\t", 1)[0] for row in rows if row.strip()]
        found = []
        for root, dirs, files in os.walk(self.folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = os.path.relpath(os.path.join(root, name), self.folder).replace(os.sep, "/")
                if name.endswith(".txt"):
                    found.append(path)
                elif name.endswith(".jsonl") or name.endswith(".csv"):
                    found.extend(article for article, _ in self._read_records(path))
        return found

    def _read_records(self, path):
        full = os.path.join(self.folder, path)
        if path.endswith(".jsonl"):
            with open(full, encoding="utf-8") as lines:
                number = 0
                for line in lines:
                    if line.strip():
                        number += 1
                        yield "%s#%d" % (path, number), json.loads(line)["text"]
        else:
            with open(full, encoding="utf-8", newline="") as rows:
                for number, row in enumerate(csv.DictReader(rows), start=1):
                    yield "%s#%d" % (path, number), row["text"]

    def text(self, article):
        if "#" in article:
            path = article.rsplit("#", 1)[0]
            if path not in self._records:
                self._records = {path: dict(self._read_records(path))}
            return self._records[path][article]
        if article.endswith(".html") or article.endswith(".htm"):
            raise SystemExit(
                "dedup_quality: pages (%s) are not read here: generate .txt, JSON lines or CSV"
                % article
            )
        with open(os.path.join(self.folder, article), "rb") as f:
            return txt_body(f.read())


# ---------------------------------------------------------------- inputs

Groups = collections.namedtuple("Groups", "threshold articles groups group_of")


def read_dups(path):
    """The groups of `corpus dups --format json`: [{canonical, members: [{id, similarity}]}]."""
    with open(path, encoding="utf-8") as f:
        dups = json.load(f)
    groups = dups["groups"]
    group_of = {}
    for g, group in enumerate(groups):
        for member in group["members"]:
            group_of[member["id"]] = g
    return Groups(dups.get("threshold"), dups.get("articles"), groups, group_of)


TruthRow = collections.namedtuple("TruthRow", "copy original edits")


def read_truth(path):
    with open(path, encoding="utf-8") as rows:
        header = next(rows).rstrip("\n").split("\t")
        if header[:3] != ["copy", "original", "edits"]:
            raise SystemExit("dedup_quality: %s is no truth file (header %r)" % (path, header))
        return [TruthRow(*row.rstrip("\n").split("\t")[:3]) for row in rows if row.strip()]


# ---------------------------------------------------------------- scoring


def pair(a, b):
    return (a, b) if a < b else (b, a)


def score(corpus, dups, threshold, sample, truth=None):
    """Every count of the report, as a dict; `sample` is a set of article ids."""
    shingler = Shingler()
    unknown = sorted(set(dups.group_of) - set(corpus.index))
    # The sample's shingles and those of the articles the truth file names, read first.
    keep = set(sample)
    for row in truth or ():
        for article in (row.copy, row.original):
            if article not in corpus.index:
                raise SystemExit("dedup_quality: the truth file names %s, no article of the corpus"
                                 % article)
            keep.add(article)
    sets = {a: shingler.shingles(corpus.text(a)) for a in corpus.ids if a in keep}
    sampled = sorted(sample)
    postings = collections.defaultdict(list)
    for i, a in enumerate(sampled):
        for s in sets[a]:
            postings[s].append(i)

    # The pairs whose similarity the precision needs: a sample article with each of its group.
    needed = set()
    for a in sampled:
        g = dups.group_of.get(a)
        if g is not None:
            for member in dups.groups[g]["members"]:
                if member["id"] != a:
                    needed.add(pair(a, member["id"]))
    links = []  # (member, canonical, similarity the tool reports)
    for group in dups.groups:
        canonical = group["canonical"]
        for member in group["members"]:
            if member["id"] != canonical and (member["id"] in sample or canonical in sample):
                links.append((member["id"], canonical, member.get("similarity")))
                needed.add(pair(member["id"], canonical))

    true_pairs = {}
    exact = {}
    for x in corpus.ids:
        xs = sets.get(x)
        if xs is None:
            xs = shingler.shingles(corpus.text(x))
        common = collections.Counter()
        for s in xs:
            for i in postings.get(s, ()):
                common[i] += 1
        for i, c in common.items():
            a = sampled[i]
            if a == x:
                continue
            j = c / (len(sets[a]) + len(xs) - c)
            p = pair(a, x)
            if j >= threshold:
                true_pairs[p] = j
            if p in needed:
                exact[p] = j

    def same_group(a, b):
        g = dups.group_of.get(a)
        return g is not None and g == dups.group_of.get(b)

    result = {
        "articles": len(corpus.ids),
        "sample": len(sample),
        "groups": len(dups.groups),
        "articles_in_groups": len(dups.group_of),
        "unknown_ids": unknown,
        "threshold": threshold,
        "true_pairs": len(true_pairs),
        "true_pairs_found": sum(1 for a, b in true_pairs if same_group(a, b)),
        "missed": sorted(j for (a, b), j in true_pairs.items() if not same_group(a, b)),
    }
    grouped = [p for p in needed if same_group(*p) and (p[0] in sample or p[1] in sample)]
    grouped_j = [exact.get(p, 0.0) for p in grouped]
    result["grouped_pairs"] = len(grouped)
    result["grouped_pairs_true"] = sum(1 for j in grouped_j if j >= threshold)
    result["grouped_below"] = sorted(j for j in grouped_j if j < threshold)
    link_j = [exact.get(pair(m, c), 0.0) for m, c, _ in links]
    result["links"] = len(links)
    result["links_true"] = sum(1 for j in link_j if j >= threshold)
    differences = [
        abs(float(s) - j) for (_, _, s), j in zip(links, link_j) if isinstance(s, (int, float))
    ]
    result["similarity_largest_difference"] = max(differences) if differences else None
    result["similarity_reported"] = len(differences)

    if truth is not None:
        per_set = collections.OrderedDict()
        rows = []
        for row in truth:
            j = jaccard(sets[row.copy], sets[row.original])
            found = same_group(row.copy, row.original)
            rows.append((row, j, found))
            kind = edit_set(row.edits)
            n, total, above, hit = per_set.get(kind, (0, 0.0, 0, 0))
            per_set[kind] = (n + 1, total + j, above + (j >= threshold), hit + found)
        result["truth"] = rows
        result["truth_per_set"] = per_set
    return result


def edit_set(edits):
    """The edits of a truth row with the typos counted as 1, 2 or 3+: `lead,typos=3+`."""
    def bucket(typos):
        return "typos=" + (typos.group(1) if int(typos.group(1)) < 3 else "3+")

    return re.sub(r"typos=(\d+)", bucket, edits)


def _share(part, whole):
    if whole == 0:
        return "n/a (0 of 0)"
    return "%.4f (%d of %d)" % (part / whole, part, whole)


def _bands(values, edges):
    """How many values fall in each band [edges[i], edges[i+1]), as text."""
    counts = [0] * (len(edges) - 1)
    for v in values:
        for i in range(len(edges) - 1):
            if edges[i] <= v < edges[i + 1]:
                counts[i] += 1
                break
    return ", ".join(
        "%.2f-%.2f: %d" % (edges[i], edges[i + 1], counts[i]) for i in range(len(counts)) if counts[i]
    ) or "none"


def report(result, title):
    t = result["threshold"]
    lines = [title, ""]
    lines.append("| measure | value |")
    lines.append("|---|---|")
    lines.append("| articles (sample) | %d (%d) |" % (result["articles"], result["sample"]))
    lines.append(
        "| groups (articles in them) | %d (%d) |" % (result["groups"], result["articles_in_groups"])
    )
    lines.append(
        "| true pairs: exact J >= %.2f, at least one side in the sample | %d |"
        % (t, result["true_pairs"])
    )
    lines.append(
        "| recall: true pairs in one group | %s |"
        % _share(result["true_pairs_found"], result["true_pairs"])
    )
    lines.append(
        "| precision: pairs in one group (one side in the sample) with exact J >= %.2f | %s |"
        % (t, _share(result["grouped_pairs_true"], result["grouped_pairs"]))
    )
    lines.append(
        "| precision, directly linked: member and canonical with exact J >= %.2f | %s |"
        % (t, _share(result["links_true"], result["links"]))
    )
    if result["similarity_largest_difference"] is not None:
        lines.append(
            "| reported similarity against exact J: largest difference (links) | %.4f (%d) |"
            % (result["similarity_largest_difference"], result["similarity_reported"])
        )
    edges = [0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0001]
    lines.append("| missed true pairs by exact J | %s |" % _bands(result["missed"], edges))
    lines.append(
        "| pairs in one group below the threshold by exact J | %s |"
        % _bands(result["grouped_below"], edges)
    )
    if "truth" in result:
        rows = result["truth"]
        lines.append(
            "| truth: copies in their original's group | %s |"
            % _share(sum(1 for _, _, f in rows if f), len(rows))
        )
        above = [f for _, j, f in rows if j >= t]
        below = [f for _, j, f in rows if j < t]
        lines.append(
            "| truth: copies with exact J >= %.2f in their original's group | %s |"
            % (t, _share(sum(above), len(above)))
        )
        lines.append(
            "| truth: copies with exact J < %.2f in their original's group | %s |"
            % (t, _share(sum(below), len(below)))
        )
        lines.append("")
        lines.append(
            "| edits | copies | mean exact J | exact J >= %.2f | in the original's group |" % t
        )
        lines.append("|---|---|---|---|---|")
        for kind, (n, total, at_least, hit) in sorted(result["truth_per_set"].items()):
            lines.append(
                "| %s | %d | %.3f | %.3f | %.3f |" % (kind, n, total / n, at_least / n, hit / n)
            )
    if result["unknown_ids"]:
        lines.append("")
        lines.append(
            "Warning: %d ids of the groups are not articles of the corpus (first: %s)."
            % (len(result["unknown_ids"]), result["unknown_ids"][0])
        )
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dups", required=True, help="what `corpus dups --format json` printed")
    parser.add_argument("--corpus", required=True, help="the corpus folder it was indexed from")
    parser.add_argument("--truth", help="the generator's truth file (default: DIR/%s)" % TRUTH)
    parser.add_argument("--sample", type=int, default=2000, help="articles sampled (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="the sample's seed (default 1)")
    parser.add_argument(
        "--threshold", type=float, help="default: the one in the dups file, else 0.8"
    )
    parser.add_argument("--output", help="also write the report here")
    args = parser.parse_args(argv)
    if args.sample < 1:
        parser.error("--sample is a positive number")

    corpus = Corpus(args.corpus)
    dups = read_dups(args.dups)
    threshold = args.threshold if args.threshold is not None else (dups.threshold or 0.8)
    truth_path = args.truth or os.path.join(args.corpus, TRUTH)
    truth = read_truth(truth_path) if os.path.exists(truth_path) else None
    if args.truth and truth is None:
        parser.error("no truth file %s" % args.truth)
    sample = set(random.Random(args.seed).sample(corpus.ids, min(args.sample, len(corpus.ids))))
    result = score(corpus, dups, threshold, sample, truth)
    title = (
        "Near-duplicate groups of `corpus dups` against exact Jaccard of 5-word shingles: %s"
        " (%d articles; the groups say %s), threshold %.2f, sample of %d (seed %d)."
        % (
            os.path.basename(os.path.normpath(args.corpus)),
            len(corpus.ids),
            dups.articles if dups.articles is not None else "?",
            threshold,
            len(sample),
            args.seed,
        )
    )
    text = report(result, title)
    sys.stdout.write(text)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
