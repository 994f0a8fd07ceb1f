"""Real-world PDFs and images nobody on this project made (OCRmyPDF's test files) each end
as sane pages or as one typed error: never a crash, a hang or a memory blow-up.

Each file is loaded, every page of it, in a fresh process so its peak memory (and that of
the poppler helpers it ran) can be read and a hang can be cut off.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline import errors

pytestmark = pytest.mark.integration

ODDITIES = Path(__file__).resolve().parents[2].parent / "shared" / "realdata" / "pdf-oddities"
FILES = sorted(p.name for p in ODDITIES.glob("*") if p.suffix in {".pdf", ".png"})

MUST_FAIL = {"invalid.pdf": errors.CorruptInputError}  # TruncatedInputError is a subclass
MAY_BE_REFUSED = {"hugemono.pdf", "enormous.pdf"}  # too large is a fair answer for these
PAGE_COUNTS = {"cardinal.pdf": 4, "multipage.pdf": 6}
MAX_WORKER_MB = 600  # the per-worker memory target (bench/memory_pages.py)
MAX_HELPER_MB = 600  # largest pdfinfo/pdftoppm process
TIME_LIMIT_S = 180  # generous: the machine is shared; a hang is what this catches

_CHILD = textwrap.dedent(
    """
    import json, resource, sys
    from pathlib import Path
    from pipeline.errors import CaseclerkError
    from pipeline.loading import LoadLimits, inspect, iter_pages
    from pipeline.settings import Settings

    limits = LoadLimits.from_settings(Settings())
    out = {"pages": [], "limit": limits.max_pixels_per_page}
    try:
        info = inspect(Path(sys.argv[1]), limits)
        out["page_count"] = info.page_count
        for page in iter_pages(Path(sys.argv[1]), limits, info):
            image = page.image
            out["pages"].append({
                "index": page.index, "width": page.size[0], "height": page.size[1],
                "channels": 1 if image.ndim == 2 else image.shape[2],
                "dtype": str(image.dtype), "dpi": page.dpi,
            })
    except CaseclerkError as error:
        out["error"] = type(error).__name__
        out["message"] = error.message
    usage = resource.getrusage
    out["worker_mb"] = usage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["helper_mb"] = usage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(out))
    """
)


def load_in_child(path: Path) -> dict:
    """Load every page of ``path`` in a fresh process; an uncaught error fails check=True."""
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        cwd=repo,
        timeout=TIME_LIMIT_S,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/local/bin:/usr/bin:/bin"},
    )
    assert done.returncode == 0, f"{path.name} crashed the loader:\n{done.stderr[-3000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not ODDITIES.is_dir(), reason=f"real-world test files not found at {ODDITIES}")
@pytest.mark.parametrize("name", FILES or ["(none)"])
def test_real_file_loads_or_fails_typed(name: str) -> None:
    result = load_in_child(ODDITIES / name)
    assert result["worker_mb"] < MAX_WORKER_MB, result
    assert result["helper_mb"] < MAX_HELPER_MB, result

    if "error" in result:
        error_type = getattr(errors, result["error"], None)
        assert isinstance(error_type, type) and issubclass(error_type, errors.CaseclerkError)
        assert "Traceback" not in result["message"] and len(result["message"]) > 40
        if name in MUST_FAIL:
            assert issubclass(error_type, MUST_FAIL[name]), result
        else:
            assert name in MAY_BE_REFUSED, f"{name} is a valid file but was refused: {result}"
            assert issubclass(error_type, errors.TooLargeInputError), result
        return

    assert name not in MUST_FAIL, f"{name} should have been refused: {result}"
    pages = result["pages"]
    assert len(pages) == result["page_count"] >= 1
    assert [p["index"] for p in pages] == list(range(len(pages)))
    if name in PAGE_COUNTS:
        assert len(pages) == PAGE_COUNTS[name]
    for page in pages:
        assert page["dtype"] == "uint8" and page["channels"] in (1, 3)
        assert 72 <= page["dpi"] <= 1200
        assert page["width"] >= 16 and page["height"] >= 16
        assert page["width"] * page["height"] <= result["limit"]
