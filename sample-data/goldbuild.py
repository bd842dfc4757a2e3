"""Shared machinery of the gold build scripts (heldout/build.py, blind2/build.py).

Each script holds its hand decisions and calls build(). Offsets are computed, never typed, and
every check described in the scripts' docstrings runs before anything is written.
"""
import json
import os
import re
import sys
from collections import Counter

QUOTE_CHARS = "\"'`‘’‚‛“”„‟«»‹›′″"
OPENERS = {"“": "”", '"': '"', "‘": "’", "'": "'"}

P, O, N = "person", "organization", "none"


def is_letter(c):
    return c.isalpha()


def find_close(text, start, opener, multipara):
    closer = OPENERS[opener]
    i = start
    while True:
        j = text.find(closer, i)
        if j < 0:
            return -1
        if closer in ("’", "'"):
            # skip apostrophes: letter on both sides, or decade
            nxt = text[j + 1] if j + 1 < len(text) else ""
            prv = text[j - 1]
            if (is_letter(prv) and is_letter(nxt)) or nxt.isdigit():
                i = j + 1
                continue
        if closer == '"' and multipara and text[j - 1] == "\n":
            i = j + 1  # paragraph-continuation opening mark
            continue
        return j


def multi_sentence(s):
    return bool(re.search(r"[.?!]\s+[A-Z“\"]", s.strip()))


def read_articles(art):
    texts = {}
    for f in sorted(os.listdir(art)):
        if f.endswith(".txt"):
            with open(os.path.join(art, f), encoding="utf-8") as fh:
                texts[f] = fh.read()
            assert "\r" not in texts[f] and not texts[f].startswith("\ufeff"), f
    return texts


def make_rows(texts, decisions, window, blank_lines, fail):
    """One row per decision; a paragraph break inside a quote is "\\n" (or "\\n+" with blank_lines)."""
    paragraph_break = "\n+" if blank_lines else "\n"
    rows = []
    for (doc, prefix, kind, speaker, stype, mention, cue, note) in decisions:
        t = texts[doc]
        ctx = ""
        if "|" in prefix:
            ctx, prefix = prefix.split("|", 1)
        if prefix[0] in OPENERS:
            pats = [prefix]
        else:
            pats = [o + prefix for o in OPENERS]
        hits = [m.start() + len(ctx) for p in pats for m in re.finditer(re.escape(ctx + p), t)]
        if len(hits) != 1:
            fail(f"{doc}: prefix {prefix!r} matched {len(hits)} times")
            continue
        o = hits[0]
        opener = t[o]
        start = o + 1
        # multi-paragraph: quote contains a newline before its closing mark
        close_simple = find_close(t, start, opener, False)
        multipara = "\n" in t[start:close_simple] if close_simple >= 0 else False
        end = find_close(t, start, opener, True) if opener == '"' else close_simple
        if opener == '"' and "\n" in t[start:find_close(t, start, opener, False)]:
            multipara = True
        if end < 0:
            fail(f"{doc}: no closing mark for {prefix!r}")
            continue
        text = t[start:end]
        if "\n" in text:
            multipara = True
            # every paragraph break inside must be followed by a continuation opening mark
            for m in re.finditer(paragraph_break, text):
                if text[m.end()] != opener:
                    fail(f"{doc}: multi-paragraph quote {prefix!r} has a paragraph without an opening mark")
        assert t[start - 1] == opener and t[end] == OPENERS[opener]
        lo, hi = max(0, o - window), min(len(t), end + window)
        near = t[lo:hi]
        if mention is not None and mention not in near:
            fail(f"{doc}: mention {mention!r} not near {prefix!r}")
        if cue is not None and cue not in near:
            fail(f"{doc}: cue {cue!r} not near {prefix!r}")
        if speaker is not None and speaker not in t:
            fail(f"{doc}: speaker {speaker!r} not in article")
        assert kind in ("direct", "partial", "non-speech")
        assert stype in (P, O, N)
        if kind == "non-speech":
            assert speaker is None and stype == N
        rows.append({
            "doc": doc, "text": text, "start": start, "end": end, "kind": kind,
            "speaker": speaker, "speaker_type": stype, "mention": mention, "cue": cue,
            "multi_sentence": multi_sentence(text), "note": note,
            "_multipara": multipara, "_opener": opener,
        })
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    return rows


def check_overlaps(rows, fail):
    for a, b in zip(rows, rows[1:]):
        if a["doc"] == b["doc"] and b["start"] - 1 <= a["end"]:
            fail(f"{a['doc']}: rows overlap at {a['start']} / {b['start']}")


def classify_marks(texts, rows, nested, fail):
    """The quote_marks.tsv lines; a mark inside a row is accepted only when nested is true."""
    tsv = ["doc\toffset\tchar\tclass\tcontext"]
    for doc, t in texts.items():
        bounds = {}
        inside_mp = []
        for r in rows:
            if r["doc"] != doc:
                continue
            bounds[r["start"] - 1] = "open"
            bounds[r["end"]] = "close"
            if r["_multipara"]:
                inside_mp.append((r["start"], r["end"], r["_opener"]))
        for i, c in enumerate(t):
            if c not in QUOTE_CHARS:
                continue
            prv = t[i - 1] if i > 0 else ""
            nxt = t[i + 1] if i + 1 < len(t) else ""
            if i in bounds:
                cls = bounds[i]
            elif c in "'’" and (is_letter(prv) or prv.isdigit()) and is_letter(nxt):
                cls = "apostrophe-inword"
            elif c in "'’" and prv == "s" and not is_letter(nxt) and not nxt.isdigit():
                cls = "apostrophe-plural-possessive"
            elif c in "'’" and nxt.isdigit() and not is_letter(prv):
                cls = "apostrophe-decade"
            elif c in "'’" and (t[i:i + 3] in ("'n'", "’n’") or t[i - 2:i + 1] in ("'n'", "’n’")):
                cls = "apostrophe-rock-n-roll"
            elif prv == "\n" and any(s < i < e and c == op for s, e, op in inside_mp):
                cls = "continuation-open"
            elif nested and any(r["doc"] == doc and r["start"] <= i < r["end"] for r in rows):
                cls = "nested-inside-row"
            else:
                cls = "UNACCOUNTED"
                fail(f"{doc}: unaccounted quote char {c!r} at {i}: {t[max(0, i - 30):i + 30]!r}")
            ctx = t[max(0, i - 25):i + 25].replace("\n", "⏎").replace("\t", " ")
            tsv.append(f"{doc}\t{i}\t{c}\t{cls}\t{ctx}")
    return tsv


def build(here, out_name, decisions, window, blank_lines=False, nested=False):
    """Checks the decisions against here/articles; writes out_name and quote_marks.tsv, or exits 1."""
    errors = []
    texts = read_articles(os.path.join(here, "articles"))
    rows = make_rows(texts, decisions, window, blank_lines, errors.append)
    check_overlaps(rows, errors.append)
    tsv = classify_marks(texts, rows, nested, errors.append)
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    with open(os.path.join(here, out_name), "w", encoding="utf-8") as fh:
        for r in rows:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "quote_marks.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(tsv) + "\n")

    kinds = Counter(r["kind"] for r in rows)
    print(f"OK: {len(rows)} rows; kinds {dict(kinds)}; "
          f"multi_sentence {sum(r['multi_sentence'] for r in rows)}; "
          f"quote chars classified {len(tsv) - 1}")
    for doc in texts:
        print(f"  {doc}: {sum(1 for r in rows if r['doc'] == doc)}")
