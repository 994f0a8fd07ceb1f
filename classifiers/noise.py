"""OCR-like damage for training and testing text classifiers without running Tesseract.

The damage is the kind Tesseract does on poor scans: look-alike characters swapped,
characters dropped, words run together or split, whole lines lost. Training on damaged
copies is what keeps the model from trusting a perfectly spelt phrase.
"""

from __future__ import annotations

import random

CONFUSIONS: dict[str, tuple[str, ...]] = {
    "o": ("0", "c", "e"),
    "O": ("0", "D", "Q"),
    "l": ("1", "I", "|"),
    "I": ("1", "l", "|"),
    "i": ("l", "1", "j"),
    "e": ("c", "o"),
    "a": ("o", "e"),
    "s": ("5",),
    "S": ("5", "$"),
    "B": ("8", "R"),
    "m": ("rn", "nn"),
    "n": ("ri", "m"),
    "h": ("b", "li"),
    "d": ("cl",),
    "u": ("v", "ii"),
    "r": ("n",),
    "t": ("f", "l"),
    "C": ("G", "("),
    "E": ("F",),
    "R": ("K",),
}


def damage(text: str, rate: float, rng: random.Random) -> str:
    """A copy of ``text`` with roughly ``rate`` of its characters damaged."""
    out_lines: list[str] = []
    for line in text.splitlines():
        if rng.random() < rate * 0.5:
            continue  # a lost line
        chars: list[str] = []
        for ch in line:
            r = rng.random()
            if r < rate * 0.5 and ch in CONFUSIONS:
                chars.append(rng.choice(CONFUSIONS[ch]))
            elif r < rate * 0.65:
                continue  # dropped
            elif r < rate * 0.8 and ch == " ":
                continue  # words run together
            elif r < rate * 0.9 and ch.isalpha():
                chars.append(ch + " ")  # a word split
            else:
                chars.append(ch)
        out_lines.append("".join(chars))
        if rng.random() < rate * 0.3:  # speckle or a stamp read as letters
            junk = "".join(rng.choice("il|!.,:;'-_~ceo") for _ in range(rng.randint(2, 12)))
            out_lines.append(junk)
    return "\n".join(out_lines)
