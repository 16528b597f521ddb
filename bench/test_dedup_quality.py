"""Tests of bench/dedup_quality.py on a hand-made corpus and dups file (run by
`bench/dedup-quality --self-test`, or `python3 -m unittest discover -s bench -p 'test_dedup*.py'`).

The articles are made of distinct made-up words, so every Jaccard can be worked out by hand: a text
of 20 words has 16 shingles; changing its last word keeps 15 of them (J = 15/17 = 0.882); changing
its 11th word loses the 5 shingles that hold it (J = 11/21 = 0.524).
"""

import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dedup_quality as dq  # noqa: E402


def text(prefix, n=20, changed=()):
    return " ".join(("%s%dx" % (prefix, i)) if i in changed else ("%s%d" % (prefix, i)) for i in range(n))


class WordsAndShingles(unittest.TestCase):
    def test_a_word_is_a_run_of_letters_and_digits_lower_cased(self):
        self.assertEqual(
            dq.words("Don't STOP-now: 2024's e-mail_x (Reuters)"),
            ["don", "t", "stop", "now", "2024", "s", "e", "mail", "x", "reuters"],
        )

    def test_lower_case_maps_one_character_to_one(self):
        # Capital sigma is σ wherever it is (no final ς), and İ is i, as in Java.
        self.assertEqual(dq.words("ΟΔΟΣ İZMİR"), ["οδοσ", "izmir"])

    def test_combining_marks_stay_in_their_word_and_superscripts_are_no_digits(self):
        self.assertEqual(dq.words("cafe\u0301 x\u00b2 \u0301y"), ["cafe\u0301", "x", "y"])

    def test_letters_of_scripts_without_spaces_are_words_of_their_own(self):
        self.assertEqual(dq.words("新华社北京 abc"), ["新", "华", "社", "北", "京", "abc"])
        self.assertEqual(dq.words("ภาษาไทย"), ["ภ", "า", "ษ", "า", "ไ", "ท", "ย"])

    def test_only_the_first_words_count(self):
        many = " ".join("w%d" % i for i in range(dq.MAX_WORDS + 10))
        self.assertEqual(len(dq.words(many)), dq.MAX_WORDS)

    def test_a_text_of_n_words_has_n_minus_4_shingles_and_a_short_one_has_one(self):
        s = dq.Shingler()
        self.assertEqual(len(s.shingles(text("a"))), 16)
        self.assertEqual(len(s.shingles("One two, three!")), 1)
        self.assertEqual(s.shingles("  ... "), frozenset())
        self.assertNotEqual(s.shingles("a b c d"), s.shingles("a b c d e"))
        self.assertEqual(s.shingles("A b c d e a b c d e"), s.shingles("a b c d e a b c d e f")
                         - s.shingles("b c d e f"))

    def test_jaccard_by_hand(self):
        s = dq.Shingler()
        a = s.shingles(text("a"))
        self.assertAlmostEqual(dq.jaccard(a, s.shingles(text("a", changed={19}))), 15 / 17)
        self.assertAlmostEqual(dq.jaccard(a, s.shingles(text("a", changed={10}))), 11 / 21)
        self.assertEqual(dq.jaccard(frozenset(), frozenset()), 0.0)


class ReadingTheCorpus(unittest.TestCase):
    def test_the_date_header_goes_and_a_dateline_stays(self):
        self.assertEqual(dq.txt_body(" date 2002-09-17 Some text.\n".encode()), "Some text.\n")
        self.assertEqual(dq.txt_body("\ufeffdate 2002-09-17\nText".encode()), "Text")
        dateline = "BRUSSELS, Sept. 17, 2002 (Europarl) - Text\n"
        self.assertEqual(dq.txt_body(dateline.encode()), dateline)
        self.assertEqual(dq.txt_body("Dated text".encode()), "Dated text")

    def test_records_are_named_by_file_and_number(self):
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "a.jsonl"), "w", encoding="utf-8") as f:
                f.write(json.dumps({"title": "t", "date": "2001-01-01", "text": "first"}) + "\n")
                f.write(json.dumps({"title": "t", "date": "2001-01-02", "text": "second"}) + "\n")
            with open(os.path.join(folder, "b.csv"), "w", encoding="utf-8", newline="") as f:
                f.write('title,date,source,text\nt,2001-01-01,S,"one,\n\ntwo"\nu,2001-01-02,S,three\n')
            corpus = dq.Corpus(folder)
            self.assertEqual(corpus.ids, ["a.jsonl#1", "a.jsonl#2", "b.csv#1", "b.csv#2"])
            self.assertEqual(corpus.text("a.jsonl#2"), "second")
            self.assertEqual(corpus.text("b.csv#1"), "one,\n\ntwo")
            self.assertEqual(corpus.text("b.csv#2"), "three")


class Scoring(unittest.TestCase):
    """a, a1 (the same), a2 (last word changed) and a3 (11th word changed) are grouped with a as
    canonical; b and c (unrelated) are wrongly grouped; d and d1 (last word changed) are missed;
    e stands alone. a1's dateline puts 5 words in front, held by 5 shingles of its 21, so J(a, a1)
    = 16/21 = 0.762 and J(a1, a2) = 15/22 = 0.682: the true pairs at 0.8 are a-a2 and d-d1."""

    ARTICLES = {
        "2001/01/a.txt": " date 2001-01-01 " + text("a") + "\n",
        "2001/01/a1.txt": "BRUSSELS, Jan. 2, 2001 (Europarl) - " + text("a") + "\n",
        "2001/01/a2.txt": text("a", changed={19}) + "\n",
        "2001/01/a3.txt": text("a", changed={10}) + "\n",
        "2001/01/b.txt": text("b") + "\n",
        "2001/01/c.txt": text("c") + "\n",
        "2001/02/d.txt": text("d") + "\n",
        "2001/02/d1.txt": text("d", changed={19}) + "\n",
        "2001/02/e.txt": "Too short\n",
    }

    def setUp(self):
        self.root = tempfile.mkdtemp()
        self.folder = os.path.join(self.root, "corpus")
        for path, content in self.ARTICLES.items():
            os.makedirs(os.path.join(self.folder, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(self.folder, path), "w", encoding="utf-8") as f:
                f.write(content)
        with open(os.path.join(self.folder, dq.MANIFEST), "w", encoding="utf-8") as f:
            f.write("relative_path\texpected_date\tstyle\n")
            for path in sorted(self.ARTICLES):
                f.write("%s\t2001-01-01\theader\n" % path)
        j_a1 = 16 / 21
        self.dups = {
            "meta": {"command": "dups"},
            "threshold": 0.8,
            "articles": 9,
            "groups_total": 2,
            "articles_in_groups": 6,
            "copies": 4,
            "groups": [
                {"size": 4, "canonical": "2001/01/a.txt", "members": [
                    member("2001/01/a.txt", 1.0, True),
                    member("2001/01/a1.txt", round(j_a1, 4)),
                    member("2001/01/a2.txt", round(15 / 17, 4)),
                    member("2001/01/a3.txt", round(11 / 21, 4)),
                ]},
                {"size": 2, "canonical": "2001/01/b.txt", "members": [
                    member("2001/01/b.txt", 1.0, True),
                    member("2001/01/c.txt", 0.9),  # the tool is wrong here
                ]},
            ],
        }
        self.dups_file = os.path.join(self.root, "dups.json")
        with open(self.dups_file, "w", encoding="utf-8") as f:
            json.dump(self.dups, f)
        with open(os.path.join(self.folder, dq.TRUTH), "w", encoding="utf-8") as f:
            f.write("copy\toriginal\tedits\tdays\n")
            f.write("2001/01/a1.txt\t2001/01/a.txt\tnone\t1\n")
            f.write("2001/01/a2.txt\t2001/01/a.txt\ttypos=1\t2\n")
            f.write("2001/01/a3.txt\t2001/01/a.txt\tlead,drop\t3\n")
            f.write("2001/02/d1.txt\t2001/02/d.txt\ttypos=1\t1\n")

    def tearDown(self):
        shutil.rmtree(self.root)

    def run_score(self, sample=None, threshold=0.8):
        corpus = dq.Corpus(self.folder)
        truth = dq.read_truth(os.path.join(self.folder, dq.TRUTH))
        return dq.score(corpus, dq.read_dups(self.dups_file), threshold,
                        set(corpus.ids) if sample is None else set(sample), truth)

    def test_with_every_article_in_the_sample(self):
        r = self.run_score()
        self.assertEqual(r["articles"], 9)
        self.assertEqual(r["unknown_ids"], [])
        self.assertEqual(r["true_pairs"], 2)
        self.assertEqual(r["true_pairs_found"], 1)
        self.assertEqual(len(r["missed"]), 1)
        self.assertAlmostEqual(r["missed"][0], 15 / 17)
        # Pairs in one group: the 6 of group a, and b-c.
        self.assertEqual(r["grouped_pairs"], 7)
        self.assertEqual(r["grouped_pairs_true"], 1)
        self.assertEqual(r["links"], 4)
        self.assertEqual(r["links_true"], 1)  # a2 only
        self.assertAlmostEqual(r["similarity_largest_difference"], 0.9)  # b-c
        found = {row.copy: (round(j, 4), f) for row, j, f in r["truth"]}
        self.assertEqual(found["2001/01/a1.txt"], (round(16 / 21, 4), True))
        self.assertEqual(found["2001/01/a2.txt"], (round(15 / 17, 4), True))
        self.assertEqual(found["2001/01/a3.txt"], (round(11 / 21, 4), True))
        self.assertEqual(found["2001/02/d1.txt"], (round(15 / 17, 4), False))
        self.assertEqual(r["truth_per_set"]["typos=1"], (2, 2 * 15 / 17, 2, 1))
        self.assertEqual(dq.edit_set("lead,drop,typos=12"), "lead,drop,typos=3+")

    def test_only_pairs_with_a_side_in_the_sample_count(self):
        r = self.run_score(sample={"2001/02/d1.txt", "2001/01/c.txt"})
        self.assertEqual(r["true_pairs"], 1)  # d-d1
        self.assertEqual(r["true_pairs_found"], 0)
        self.assertEqual((r["grouped_pairs"], r["grouped_pairs_true"]), (1, 0))  # b-c
        self.assertEqual((r["links"], r["links_true"]), (1, 0))
        r = self.run_score(sample={"2001/01/a2.txt"})
        self.assertEqual((r["true_pairs"], r["true_pairs_found"]), (1, 1))  # a-a2
        self.assertEqual((r["grouped_pairs"], r["grouped_pairs_true"]), (3, 1))
        self.assertEqual((r["links"], r["links_true"]), (1, 1))
        self.assertAlmostEqual(r["similarity_largest_difference"], abs(round(15 / 17, 4) - 15 / 17))

    def test_a_lower_threshold_makes_more_pairs_true(self):
        r = self.run_score(threshold=0.5)
        # a-a1, a-a2, a1-a2, a-a3 (11/21) and d-d1; a1-a3 (11/26) and a2-a3 (10/22) stay below.
        self.assertEqual(r["true_pairs"], 5)
        self.assertEqual(r["true_pairs_found"], 4)

    def test_ids_of_no_article_are_reported(self):
        self.dups["groups"][1]["members"].append(member("2001/01/zz.txt", 0.95))
        with open(self.dups_file, "w", encoding="utf-8") as f:
            json.dump(self.dups, f)
        r = self.run_score()
        self.assertEqual(r["unknown_ids"], ["2001/01/zz.txt"])
        self.assertIn("Warning: 1 ids", dq.report(r, "title"))

    def test_a_truth_file_of_other_articles_is_refused(self):
        with open(os.path.join(self.folder, dq.TRUTH), "a", encoding="utf-8") as f:
            f.write("2001/03/gone.txt\t2001/01/a.txt\tlead\t1\n")
        with self.assertRaises(SystemExit) as refused:
            self.run_score()
        self.assertIn("2001/03/gone.txt", str(refused.exception))

    def test_the_command_prints_a_markdown_table_and_keeps_it(self):
        output = os.path.join(self.root, "report.md")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = dq.main(["--dups", self.dups_file, "--corpus", self.folder, "--output", output])
        self.assertEqual(code, 0)
        text = out.getvalue()
        with open(output, encoding="utf-8") as f:
            self.assertEqual(f.read(), text)
        self.assertIn("threshold 0.80, sample of 9 (seed 1)", text)
        self.assertIn("| recall: true pairs in one group | 0.5000 (1 of 2) |", text)
        self.assertIn("| truth: copies in their original's group | 0.7500 (3 of 4) |", text)
        self.assertIn("| lead,drop | 1 | 0.524 | 0.000 | 1.000 |", text)


def member(article, similarity, canonical=False):
    return {"id": article, "date": "2001-01-01", "source": None, "title": "t",
            "similarity": similarity, "canonical": canonical}


if __name__ == "__main__":
    unittest.main()
