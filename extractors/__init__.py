"""caseclerk: extractors.

``extract`` is imported lazily so that light users (``extractors.identifiers`` in the
generator and the review pages) do not pay for loading spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractors.assemble import extract

__all__ = ["extract"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from extractors.assemble import extract

        return extract
    raise AttributeError(name)
