"""Conservative rewriting (`minutes rewrite`, pipeline.text.rewrite.neutralize) on spoken -> minutes pairs.

The pairs (tests/data/rewrite/pairs_{dev,test}.jsonl, JSON lines with id, lang, speaker,
department, spoken, minutes, kind) were written by someone who never read the rewriting code.
For each language and split it prints:

- chrF of the rewrite against the human minutes wording, and of the spoken text left unchanged
  (the bar to clear: rewriting must do better than doing nothing),
- invented parties: outputs naming a party (项目组, 对方, 相关方, 各方, 公司, the team, …) that the
  spoken text does not name,
- deleted content: clauses of the spoken text (fillers and numbers aside, numbers being written
  in figures) of which less than half of the content characters (zh) / words (en) are left in the
  output (a whole short reply counts as kept when the output says anything: "好的" -> "王磊表示同意");
  the human minutes' own count is printed beside it for scale (a minutes writer also condenses).

chrF is sacrebleu's CHRF() with its defaults (character 6-grams, beta 2, whitespace ignored,
statistics summed over the corpus), implemented below so the benchmark needs no extra package.

    .venv/bin/python benchmarks/rewrite.py              # dev pairs (tune on these only)
    .venv/bin/python benchmarks/rewrite.py --split test # held-out pairs: score once, report
    .venv/bin/python benchmarks/rewrite.py --show 20    # also print the 20 worst rewrites
    .venv/bin/python benchmarks/rewrite.py --outputs old.json  # score another checkout's rewrites
                                                       # (a JSON list, one per pair, in file order)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.text.rewrite import PARTY_WORDS, invented_parties, neutralize  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "rewrite"
CHAR_ORDER, BETA = 6, 2

# the benchmark's own filler list (not the rewriting rules): what a reader would not miss
FILLERS = {
    "zh": re.compile(r"嗯+|呃+|啊|哦|噢|哈哈+|那个|就是说|然后呢|对吧|是吧|吧|呢|嘛|呀|啦|哎|诶|欸|唉"),
    "en": re.compile(r"(?i)\b(um+|uh+|er|erm|hmm+|mm+|like|you know|i mean|yeah|okay|ok|so|well|right|just|"
                     r"kinda|sort of|kind of|basically|actually|honestly|really)\b"),
}
EN_STOP = {"the", "and", "for", "with", "that", "this", "are", "was", "were", "but", "not", "its", "it's",
           "has", "have", "had", "our", "you", "your", "they", "them", "their", "will", "would", "can",
           "could", "should", "from", "about", "into", "then", "than", "there", "here", "what", "which",
           "who", "all", "any", "some", "out", "get", "got", "i'm", "i'll", "we're", "we'll", "let's"}


def char_ngrams(text: str, n: int) -> Counter:
    text = "".join(text.split())
    return Counter(text[i:i + n] for i in range(len(text) - n + 1))


def chrf(hypotheses: list[str], references: list[str]) -> float:
    """Corpus chrF (sacrebleu CHRF defaults: char order 6, word order 0, beta 2, no whitespace)."""
    stats = [[0, 0, 0] for _ in range(CHAR_ORDER)]  # per order: hypothesis, reference, matching n-grams
    for hyp, ref in zip(hypotheses, references):
        for n in range(1, CHAR_ORDER + 1):
            h, r = char_ngrams(hyp, n), char_ngrams(ref, n)
            stats[n - 1][0] += sum(h.values())
            stats[n - 1][1] += sum(r.values())
            stats[n - 1][2] += sum((h & r).values())
    eps, factor = 1e-16, BETA ** 2
    avg_p = avg_r = 0.0
    effective = 0
    for n_hyp, n_ref, n_match in stats:
        avg_p += n_match / n_hyp if n_hyp else eps
        avg_r += n_match / n_ref if n_ref else eps
        effective += 1 if n_hyp and n_ref else 0
    if not effective:
        return 0.0
    avg_p, avg_r = avg_p / effective, avg_r / effective
    if avg_p + avg_r == 0:
        return 0.0
    return 100 * (1 + factor) * avg_p * avg_r / (factor * avg_p + avg_r)


# a whole clause that is only a reply: rendered by its meaning ("好的" -> "王磊表示同意"), it is kept
# when the output says anything at all
REPLY = {"zh": re.compile(r"^(好的?|行|可以|同意|没问题|没有问题|没意见|对|对的|是的|没错|明白了?|收到|知道了|OK|ok|嗯)+$"),
         "en": re.compile(r"(?i)^(ok|okay|yeah|yes|yep|sure|agreed|sounds good|fine|that works( for me)?|"
                          r"great|perfect|right|mm-hm|uh-huh|got it|noted|no problem|no)([\s,.!]+|$)+$")}
# numbers are compared as figures or not at all ("三百四十万" and "340万" say the same)
NUMERAL = {"zh": re.compile(r"[零〇一二两三四五六七八九十百千万亿0-9.%点]"),
           "en": re.compile(r"(?i)\b(\d[\d.,%]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                            r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|percent)\b")}


def _content(clause: str, lang: str) -> list[str]:
    clause = NUMERAL[lang].sub(" ", FILLERS[lang].sub(" ", clause))
    if lang == "zh":
        return re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", clause)
    return [w for w in re.findall(r"[a-z0-9']+", clause.lower()) if len(w) >= 3 and w not in EN_STOP]


def deleted_clauses(spoken: str, output: str, lang: str) -> list[str]:
    """Clauses of ``spoken`` (fillers aside, at least 2 content characters / 1 content word) of
    which less than half of the content is left in ``output``."""
    have = Counter(_content(output, lang)) if lang == "zh" else set(_content(output, lang))
    out = []
    for clause in re.split(r"[，,。！？!?；;：:…—]+|(?<=[a-z0-9])\.\s", spoken):
        words = _content(clause, lang)
        if len(words) < (2 if lang == "zh" else 1) or REPLY[lang].match(clause.strip()) and output.strip():
            continue
        kept = sum(1 for w in words if w in have)
        if kept < 0.5 * len(words):
            out.append(clause.strip())
    return out


def load(split: str) -> list[dict]:
    path = PAIRS / f"pairs_{split}.jsonl"
    if not path.exists():
        sys.exit(f"{path} not found: the pairs go in tests/data/rewrite/ (see tests/data/rewrite/README.md)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--show", type=int, default=0, help="print this many rewrites, worst chrF gain first")
    ap.add_argument("--outputs", help="a JSON list of rewrites, one per pair, scored instead of running neutralize")
    args = ap.parse_args()
    pairs = load(args.split)
    given = json.loads(Path(args.outputs).read_text(encoding="utf-8")) if args.outputs else None
    if given is not None:
        for p, o in zip(pairs, given):
            p["_output"] = o
    rows = []
    print(f"pairs_{args.split}: {len(pairs)} pairs; party words checked: "
          f"{', '.join(PARTY_WORDS['zh'])} / {', '.join(PARTY_WORDS['en'])}")
    print(f"{'lang':4} {'pairs':>5} {'chrF rewrite':>12} {'unchanged':>9} {'gain':>6} {'invented':>8} "
          f"{'deleted':>7} {'human del.':>10} {'spoken cl.':>10}")
    for lang in ("zh", "en", "all"):
        sel = [p for p in pairs if lang == "all" or p["lang"].startswith(lang)]
        if not sel:
            continue
        outs = [p["_output"] if "_output" in p else neutralize(p["spoken"], p["lang"], speaker=p.get("speaker") or None)
                for p in sel]
        refs = [p["minutes"] for p in sel]
        spoken = [p["spoken"] for p in sel]
        c_out, c_raw = chrf(outs, refs), chrf(spoken, refs)
        code = lambda p: "en" if p["lang"].startswith("en") else "zh"  # noqa: E731
        invented = sum(bool(invented_parties(p["spoken"], o, p["lang"])) for p, o in zip(sel, outs))
        deleted = sum(len(deleted_clauses(p["spoken"], o, code(p))) for p, o in zip(sel, outs))
        human = sum(len(deleted_clauses(p["spoken"], p["minutes"], code(p))) for p in sel)
        clauses = sum(len(deleted_clauses(p["spoken"], "", code(p))) for p in sel)
        print(f"{lang:4} {len(sel):5} {c_out:12.1f} {c_raw:9.1f} {c_out - c_raw:+6.1f} {invented:8} "
              f"{deleted:7} {human:10} {clauses:10}")
        if lang != "all":
            rows += [(chrf([o], [p["minutes"]]) - chrf([p["spoken"]], [p["minutes"]]), p, o) for p, o in zip(sel, outs)]
    for gain, p, o in sorted(rows, key=lambda r: r[0])[:args.show]:
        print(f"\n{p['id']} ({p.get('speaker')}, {p.get('kind')}) gain {gain:+.1f}\n  spoken:  {p['spoken']}\n"
              f"  rewrite: {o}\n  minutes: {p['minutes']}")
        for party in invented_parties(p["spoken"], o, p["lang"]):
            print(f"  INVENTED: {party}")
        for clause in deleted_clauses(p["spoken"], o, "en" if p["lang"].startswith("en") else "zh"):
            print(f"  DELETED: {clause}")


if __name__ == "__main__":
    main()
