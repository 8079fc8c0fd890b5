#!/usr/bin/env python3
"""The FAQ matcher's figures on the held-out questions (tests/data/faq_heldout/*.toml), per
language: answered right / answered wrong (of in-scope questions), right topic first / in the top
3, and out-of-scope questions not answered. It asks the real binary (`recarga ask --json`, one
question per stdin line) with the repository's knowledge base, so what it reports is what a user
gets. Never tune on these figures (tune on tests/data/faq_eval.toml); see README "The knowledge base".

Usage: scripts/faq-heldout.py [path/to/recarga]   (default: target/release/recarga; build it
first with `cargo build --release`). Needs Python >= 3.11 (tomllib).
"""
import json
import os
import subprocess
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

repo = Path(__file__).resolve().parent.parent
binary = sys.argv[1] if len(sys.argv) > 1 else str(repo / "target" / "release" / "recarga")
rows = []
for lang in ("zh", "es", "en"):
    with open(repo / "tests" / "data" / "faq_heldout" / f"{lang}.toml", "rb") as f:
        rows += tomllib.load(f)["q"]
questions = "\n".join(r["text"].replace("\n", " ") for r in rows) + "\n"
env = dict(os.environ, RECARGA_FAQ_DIR=str(repo / "locales"))
run = subprocess.run([binary, "ask", "--json"], input=questions, capture_output=True, text=True, env=env, check=True)
outcomes = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
if len(outcomes) != len(rows):
    sys.exit(f"{len(rows)} questions but {len(outcomes)} answers")

stats = defaultdict(lambda: defaultdict(int))
for row, out in zip(rows, outcomes):
    s = stats[row["lang"]]
    ranked = [out["topic"], *out.get("alternatives", [])]
    if row["topic"] == "none":
        s["oos"] += 1
        s["oos_kept_out"] += out["decision"] != "answer"
        continue
    s["in"] += 1
    answered = out["decision"] == "answer"
    s["right"] += answered and out["topic"] == row["topic"]
    s["wrong"] += answered and out["topic"] != row["topic"]
    s["top1"] += out["topic"] == row["topic"]
    s["top3"] += row["topic"] in ranked[:3]

pct = lambda part, whole: f"{100 * part / max(whole, 1):5.1f}%"
print("lang  in-scope  right   wrong   top-1   top-3  | out-of-scope  not answered")
for lang in ("zh", "es", "en"):
    s = stats[lang]
    print(f"{lang:4}  {s['in']:8}  {pct(s['right'], s['in'])} {pct(s['wrong'], s['in'])} "
          f"{pct(s['top1'], s['in'])} {pct(s['top3'], s['in'])} | {s['oos']:12}  {pct(s['oos_kept_out'], s['oos'])}")
