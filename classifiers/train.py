"""Fit classifiers/model.json from a truth-format corpus (re-runnable, seeded).

    python -m classifiers.train classifiers/model.json --corpus DIR [--corpus DIR ...]
        [--eval DIR] [--seed 0]

Trains on each truth file's ``text`` plus OCR-like damaged copies (classifiers.noise),
written "other" pages (classifiers.other_pages: council-tax bills, housing, school and NHS
letters, bank statements, solicitors' covering letters, notices of hearing set out as
letters and as forms, invitations to child protection conferences and reviews, suppliers'
invoices, school attendance letters, fax covers, benefit letters; OTHER_PAGES_SHARE of the
corpus size), written orders of kinds outside the named eleven (classifiers.other_orders:
special guardianship, parental responsibility, s.34 contact, recovery, secure accommodation,
family assistance, adoption, case management, forced marriage protection;
OTHER_ORDERS_SHARE) and a few nonsense pages trained
towards an unsure answer; holds out a fifth of the documents to fit the
temperature, so probabilities are calibrated on text the weights never saw. With
``--eval`` it reports accuracy, Brier score and expected calibration error on another
corpus (use a different generator seed), clean and damaged.

The committed model.json was fitted with (the "meta" block in it records the figures):

    caseclerk samples generate /tmp/cls/seed1-n300-clean --n 300 --seed 1 --no-degrade
    caseclerk samples generate /tmp/cls/seed3-n600-clean --n 600 --seed 3 --no-degrade
    caseclerk samples generate /tmp/cls/seed2-n200-clean --n 200 --seed 2 --no-degrade
    python -m classifiers.train classifiers/model.json --corpus /tmp/cls/seed1-n300-clean \
        --corpus /tmp/cls/seed3-n600-clean --eval /tmp/cls/seed2-n200-clean
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import string
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.features import (
    DOC_FEATURES,
    NO_EVIDENCE,
    ORDER_FEATURES,
    ORDER_TITLES,
    evidence,
)
from classifiers.model import LogisticModel, fit, fit_temperature
from classifiers.noise import damage
from classifiers.other_orders import other_orders
from classifiers.other_pages import other_pages
from classifiers.police_letters import police_letters
from pipeline.records import DOC_TYPES, ORDER_TYPES

DAMAGE_RATES = (0.0, 0.03, 0.06, 0.1, 0.15)
L2_DOC = 0.01
L2_ORDER = 0.01
DROPOUT = 0.4  # share of features knocked out in each dropout copy
DROPOUT_COPIES = 2
# A page with no evidence at all (empty, speckle, unrelated prose) is most likely "other",
# but an OCR failure on a real document looks the same: say so rather than be sure.
# classify() answers NO_EVIDENCE itself when nothing fired; training towards it too keeps
# the weights from being sure of pages with only a stray phrase.
UNSURE_TARGET = list(NO_EVIDENCE)  # court_order, la_check, police_check, other
# Written "other" pages (classifiers.other_pages) per corpus document: the generator's
# three kinds of "other" are too few to teach that a letter is not a check by itself;
# raised from 0.3 with the police letters below, which else pull council letters that
# answer nothing (a conference invitation) towards la_check.
OTHER_PAGES_SHARE = 0.4
# Written orders of other kinds per corpus document: the generator's "other" orders are
# all case management or directions orders.
OTHER_ORDERS_SHARE = 0.06
# Written police results per corpus document (classifiers.police_letters: force e-mail
# replies, disclosure letters, MASH returns, results tables, level 1/2 replies, and one in
# three a council's reply that names the police): the generator prints police results in
# one PNC layout only, so without them a police letter about "safeguarding" and "checks"
# reads as a council's.
POLICE_LETTERS_SHARE = 0.1


_INTERIM_IN_TITLE = re.compile(r"\binterim\b(?=\s+(care|supervision)\s+order)", re.IGNORECASE)


_TITLES = tuple(p for k, ps in ORDER_TITLES.items() if k != "other_order" for p in ps)


def _is_title_line(line: str) -> bool:
    words = re.sub(r"[^a-z ]", " ", line.lower()).split()
    text = " ".join(words)
    return len(words) <= 8 and any(text.startswith(t) for t in _TITLES)


_CHECK_CONTEXT = ("council", "childrens_services", "records_check", "data_protection")


def _is_check_context(line: str) -> bool:
    fired = evidence(line).fired
    return "check_answer" not in fired and any(k in fired for k in _CHECK_CONTEXT)


@dataclass
class Example:
    text: str
    doc_type: str
    order_type: str | None
    group: int  # the source document, so held-out splits never share one
    unsure: bool = False  # no evidence either way: trained towards an uncertain answer


def read_corpus(folder: Path) -> list[tuple[str, str, str | None]]:
    """(text, doc_type, order_type) of every truth file in a folder."""
    out = []
    for path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        out.append((truth.get("text") or "", truth["doc_type"], truth.get("order_type")))
    return out


def nonsense(rng: random.Random) -> str:
    """Pages with no telling evidence: empty, speckle read as letters, unrelated prose."""
    kind = rng.randrange(4)
    if kind == 0:
        return ""
    if kind == 1:
        pool = string.ascii_letters + string.digits + ".,:;'|!-_~"
        return "\n".join(
            " ".join(
                "".join(rng.choice(pool) for _ in range(rng.randint(1, 6)))
                for _ in range(rng.randint(1, 8))
            )
            for _ in range(rng.randint(1, 12))
        )
    words = [
        *("the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "as", "by"),
        *("garden", "weather", "menu", "recipe", "football", "ticket", "holiday", "meeting"),
        *("minutes", "agenda", "notes", "project", "delivery", "product", "price", "offer"),
        *("sale", "club", "member", "event", "invitation", "welcome", "at", "from", "this"),
    ]
    return "\n".join(
        " ".join(rng.choice(words) for _ in range(rng.randint(3, 12)))
        for _ in range(rng.randint(1, 25 if kind == 2 else 4))
    )


def build_examples(docs: list[tuple[str, str, str | None]], rng: random.Random) -> list[Example]:
    out: list[Example] = []
    for g, (text, doc_type, order_type) in enumerate(docs):
        for rate in DAMAGE_RATES:
            out.append(Example(damage(text, rate, rng) if rate else text, doc_type, order_type, g))
        lines = text.splitlines()
        if len(lines) > 8:  # the first page only, as a multi-page scan's page 1 would read
            head = "\n".join(lines[: rng.randint(len(lines) // 2, len(lines))])
            out.append(Example(damage(head, 0.05, rng), doc_type, order_type, g))
        if doc_type == "court_order":
            # A title line lost to a stamp or a fold: the rest of the order must still speak.
            untitled = "\n".join(line for line in lines if not _is_title_line(line))
            out.append(Example(damage(untitled, 0.03, rng), doc_type, order_type, g))
        if doc_type == "la_check":
            # A check whose letterhead and service names were lost or never printed (a
            # letter to a solicitor): the answer ("known to this authority") must carry it.
            bare = "\n".join(line for line in lines if not _is_check_context(line))
            out.append(Example(damage(bare, 0.03, rng), doc_type, order_type, g))
        if order_type in ("interim_care_order", "interim_supervision_order"):
            # The one word that makes an order interim is the one OCR can lose from the
            # title; what is left (section 38, "until further order") must still count.
            lost = _INTERIM_IN_TITLE.sub(" ", text, count=1)
            out.append(Example(damage(lost, 0.03, rng), doc_type, order_type, g))
    base = len(docs)
    for i in range(max(20, len(docs) // 4)):
        out.append(Example(nonsense(rng), "other", None, base + i, unsure=True))
    return out


def matrices(examples: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    ev = [evidence(e.text) for e in examples]
    return np.array([v.doc for v in ev]), np.array([v.order for v in ev])


def with_dropout(
    x: np.ndarray, y: np.ndarray, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """The rows plus copies with features knocked out at random.

    A template the generator never wrote will lack some of the evidence its templates
    always have; training (and calibrating) on rows with evidence missing keeps the model
    from leaning on any one feature and from being sure when evidence is thin.
    """
    copies = [x]
    for _ in range(DROPOUT_COPIES):
        copies.append(x * (rng.random(x.shape) > DROPOUT))
    reps = (DROPOUT_COPIES + 1,) + (1,) * (y.ndim - 1)
    return np.vstack(copies), np.tile(y, reps)


def train(
    docs: list[tuple[str, str, str | None]], seed: int = 0
) -> tuple[LogisticModel, LogisticModel, dict[str, Any]]:
    rng = random.Random(seed)
    written = other_pages(int(len(docs) * OTHER_PAGES_SHARE), seed)
    orders = other_orders(int(len(docs) * OTHER_ORDERS_SHARE), seed)
    police = police_letters(int(len(docs) * POLICE_LETTERS_SHARE), seed)
    docs = docs + [(text, "other", None) for text in written]
    docs += [(text, "court_order", "other_order") for text in orders]
    docs += [(text, doc_type, None) for text, doc_type in police]
    examples = build_examples(docs, rng)
    groups = sorted({e.group for e in examples})
    rng.shuffle(groups)
    held = set(groups[: len(groups) // 5])
    xd, xo = matrices(examples)
    yd = np.eye(len(DOC_TYPES))[[DOC_TYPES.index(e.doc_type) for e in examples]]
    yd[[e.unsure for e in examples]] = UNSURE_TARGET
    is_held = np.array([e.group in held for e in examples])
    is_order = np.array([e.doc_type == "court_order" and bool(e.order_type) for e in examples])
    yo = np.array([ORDER_TYPES.index(e.order_type) if e.order_type else 0 for e in examples])

    nprng = np.random.default_rng(seed)
    xd_tr, yd_tr = with_dropout(xd[~is_held], yd[~is_held], nprng)
    xd_ho, yd_ho = with_dropout(xd[is_held], yd[is_held], nprng)
    w, b = fit(xd_tr, yd_tr, len(DOC_TYPES), l2=L2_DOC)
    doc_model = LogisticModel(DOC_TYPES, DOC_FEATURES, w, b)
    doc_model.temperature = fit_temperature(doc_model.logits(xd_ho), yd_ho)

    tr, ho = is_order & ~is_held, is_order & is_held
    xo_tr, yo_tr = with_dropout(xo[tr], yo[tr], nprng)
    xo_ho, yo_ho = with_dropout(xo[ho], yo[ho], nprng)
    w, b = fit(xo_tr, yo_tr, len(ORDER_TYPES), l2=L2_ORDER)
    order_model = LogisticModel(ORDER_TYPES, ORDER_FEATURES, w, b)
    order_model.temperature = fit_temperature(order_model.logits(xo_ho), yo_ho)
    meta = {
        "documents": len(docs),
        "written_other_pages": len(written),
        "written_other_orders": len(orders),
        "written_police_letters": sum(d == "police_check" for _, d in police),
        "written_la_letters_naming_police": sum(d == "la_check" for _, d in police),
        "examples": len(examples),
        "damage_rates": list(DAMAGE_RATES),
        "seed": seed,
        "held_out_documents": len(held),
    }
    return doc_model, order_model, meta


def calibration(probs: np.ndarray, y: np.ndarray, bins: int = 10) -> dict[str, float]:
    """Accuracy, multi-class Brier score and expected calibration error (top-label)."""
    if len(y) == 0:
        return {"n": 0}
    onehot = np.eye(probs.shape[1])[y]
    top = probs.argmax(axis=1)
    conf = probs.max(axis=1)
    right = (top == y).astype(float)
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in itertools.pairwise(edges):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.mean() * abs(right[m].mean() - conf[m].mean())
    return {
        "n": len(y),
        "accuracy": round(float(right.mean()), 4),
        "brier": round(float(((probs - onehot) ** 2).sum(axis=1).mean()), 4),
        "ece": round(float(ece), 4),
        "mean_confidence": round(float(conf.mean()), 4),
    }


def evaluate(
    doc_model: LogisticModel,
    order_model: LogisticModel,
    docs: list[tuple[str, str, str | None]],
    rate: float,
    seed: int = 1,
) -> dict[str, Any]:
    rng = random.Random(seed)
    texts = [damage(t, rate, rng) if rate else t for t, _, _ in docs]
    ev = [evidence(t) for t in texts]
    xd = np.array([v.doc for v in ev])
    yd = np.array([DOC_TYPES.index(d) for _, d, _ in docs])
    probs = doc_model.predict_proba(xd)
    probs[[not v.telling for v in ev]] = NO_EVIDENCE  # as classify() answers
    out = {"damage_rate": rate, "doc_type": calibration(probs, yd)}
    idx = [i for i, (_, d, o) in enumerate(docs) if d == "court_order" and o]
    if idx:
        xo = np.array([ev[i].order for i in idx])
        yo = np.array([ORDER_TYPES.index(docs[i][2]) for i in idx])  # type: ignore[arg-type]
        out["order_type"] = calibration(order_model.predict_proba(xo), yo)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.train", description=__doc__)
    parser.add_argument("out", type=Path, help="where to write model.json")
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--eval", type=Path, action="append", default=[])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    docs = [d for folder in args.corpus for d in read_corpus(folder)]
    if not docs:
        print("no truth files found in --corpus", file=sys.stderr)
        return 2
    doc_model, order_model, meta = train(docs, args.seed)
    meta["corpus"] = [p.name for p in args.corpus]
    meta["command"] = "python -m classifiers.train " + " ".join(argv or sys.argv[1:])
    report = []
    for folder in args.eval:
        held = read_corpus(folder)
        for rate in (0.0, 0.05, 0.1, 0.15):
            row = evaluate(doc_model, order_model, held, rate)
            row["corpus"] = folder.name
            report.append(row)
    meta["evaluation"] = report
    model = {
        "meta": meta,
        "doc_type": doc_model.to_dict(),
        "order_type": order_model.to_dict(),
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
