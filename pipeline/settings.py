"""Settings from the environment (``CASECLERK_*``), with the data directory's layout.

One object, read once at the edge (the command line or a flow) and passed down, so that
stages stay plain functions and tests can point everything at a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASECLERK_", extra="ignore")

    home: Path = Field(default=Path("caseclerk-data"), description="data directory")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL of the state database; default SQLite in home"
    )
    ocr_language: str = "eng"
    ocr_timeout_seconds: float = 120.0
    ocr_reread: bool = Field(
        default=True,
        description="read doubtful PNC IDs and case numbers again from the original pixels",
    )
    max_pages: int = 500
    max_pixels_per_page: int = 180_000_000  # ~ A4 at 1200 dpi; beyond this is a bomb
    max_file_bytes: int = 512 * 1024 * 1024
    render_dpi: int = 300
    review_host: str = "127.0.0.1"
    review_port: int = 8765
    stable_seconds: float = 2.0
    sweep_cron: str = "*/15 * * * *"
    thresholds_file: Path | None = Field(
        default=None, description="JSON of decision thresholds; default: pipeline.decision's"
    )

    @property
    def inbox(self) -> Path:
        return self.home / "inbox"

    @property
    def work(self) -> Path:
        return self.home / "work"

    @property
    def processed(self) -> Path:
        return self.home / "processed"

    @property
    def failed(self) -> Path:
        return self.home / "failed"

    @property
    def cases(self) -> Path:
        return self.home / "cases"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'caseclerk.db').resolve()}"
