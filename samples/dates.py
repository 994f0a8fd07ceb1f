"""Dates written the several ways UK court and council documents write them."""

from __future__ import annotations

import random
from datetime import date

DATE_STYLES = ("long", "ordinal", "slash", "dots", "short_month")


def ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def format_date(value: date, style: str) -> str:
    """``value`` as printed in ``style``: 12 March 2024, 12th March 2024, 12/03/2024, ..."""
    if style == "long":
        return f"{value.day} {value:%B %Y}"
    if style == "ordinal":
        return f"{ordinal(value.day)} {value:%B %Y}"
    if style == "slash":
        return f"{value:%d/%m/%Y}"
    if style == "dots":
        return f"{value:%d.%m.%y}"
    if style == "short_month":
        return f"{value.day} {value:%b %Y}"
    if style == "pnc":
        return f"{value:%d%b%Y}".upper()
    raise ValueError(f"unknown date style {style!r}")


def pick_style(rng: random.Random, styles: tuple[str, ...] = DATE_STYLES) -> str:
    return rng.choice(styles)
