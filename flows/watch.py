"""The watched folder: take each scan once it is completely written, exactly once.

Three sources of candidates feed one stability tracker: watchdog events (inotify, or
polling for network shares where events do not arrive), a full rescan of inbox/ every
``rescan_seconds`` (so a missed event delays a file, never loses it), and, on start, the
inbox as it stands after ``intake.recover`` put back what a crash left in work/. A file
is handed to a worker only once its size and mtime have held for ``stable_seconds``;
the worker's atomic rename into work/ (``intake.claim``) is what guarantees one file is
processed once, and the sha256 check in the store stops a second filing after a crash.

A watcher's start-up recovery takes back everything in work/, which is only safe when no
other watcher is working on the same data directory: ``start`` therefore holds an
exclusive lock on ``watch.lock`` there for the watcher's whole life, and a second one
refuses to start.

Prefect is imported only by the handler that runs flows, so the watcher's mechanics
are testable with a plain function in place of the flow.
"""

from __future__ import annotations

import fcntl
import logging
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows.candidates import StabilityTracker, inbox_files, is_ignored
from flows.report import DocumentResult
from pipeline.errors import WatcherBusyError
from pipeline.settings import Settings

log = logging.getLogger("caseclerk.watch")

Handler = Callable[[Path], DocumentResult]


@dataclass
class WatchOptions:
    stable_seconds: float = 2.0
    poll_seconds: float | None = None  # None: native events; a number: PollingObserver
    rescan_seconds: float = 30.0
    workers: int = 1  # documents at once (pages inside a document are parallel too)
    tick_seconds: float = 0.2
    grace_seconds: float = 300.0  # how long a stop waits for in-flight documents


@dataclass
class WatchStats:
    results: list[DocumentResult] = field(default_factory=list)
    errors: int = 0


class Watcher:
    """Watches ``settings.inbox`` and hands each settled file to ``handle`` once."""

    def __init__(self, settings: Settings, handle: Handler, options: WatchOptions) -> None:
        self.settings = settings
        self.handle = handle
        self.options = options
        self.stop_event = threading.Event()
        self.stats = WatchStats()
        self._events: queue.SimpleQueue[Path] = queue.SimpleQueue()
        self._tracker = StabilityTracker(options.stable_seconds)
        self._inflight: dict[Path, Future[DocumentResult | None]] = {}
        self._claimed: set[Path] = set()
        self._taken: set[str] = set()  # names this watcher handed to a worker
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=max(1, options.workers))
        self._observer: Any = None
        self._lock_file: Any = None
        self.released = False  # set when a stop could not wait for in-flight work

    # -- life cycle -------------------------------------------------------------------

    def start(self) -> None:
        """Recover a crash's leftovers, note what is waiting, start the observer."""
        from pipeline import intake

        intake.ensure_layout(self.settings)
        self._take_directory()
        recovered = intake.recover(self.settings)
        if recovered:
            log.info("recovered %d file(s) left in work/ by an earlier run", len(recovered))
        self.rescan()
        self._observer = self._make_observer()
        self._observer.start()

    def run(self) -> WatchStats:
        """Loop until ``stop_event`` is set, then drain; returns what was done."""
        self.start()
        last_rescan = time.monotonic()
        try:
            while not self.stop_event.is_set():
                self._drain_events()
                if time.monotonic() - last_rescan >= self.options.rescan_seconds:
                    self.rescan()
                    last_rescan = time.monotonic()
                for path in self._tracker.ready():
                    self._submit(path)
                self.stop_event.wait(self.options.tick_seconds)
        finally:
            self.shutdown()
        return self.stats

    def request_stop(self, *_: object) -> None:
        """Signal handler: take no new files; in-flight ones finish (or are released)."""
        if self.stop_event.is_set():  # a second signal: do not wait any longer
            self.release_inflight()
            os._exit(0)
        log.info("stopping: finishing %d document(s) in progress", len(self._inflight))
        from flows.runtime import STOPPING

        STOPPING.set()
        self.stop_event.set()

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGINT, self.request_stop)
        signal.signal(signal.SIGTERM, self.request_stop)

    def shutdown(self) -> bool:
        """Stop watching and wait for in-flight work; True if some had to be released."""
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
        # Files queued but not started were never claimed: they simply stay in inbox/.
        self._pool.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + self.options.grace_seconds
        for future in list(self._inflight.values()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                future.result(timeout=remaining)
            except Exception:  # counted by _finished; a timeout leaves it for release
                continue
        self.released = any(not f.done() for f in list(self._inflight.values()))
        if self.released:
            self.release_inflight()
        self._release_leftovers()
        if self._lock_file is not None:
            self._lock_file.close()  # closing drops the lock
            self._lock_file = None
        return self.released

    def _take_directory(self) -> None:
        """Hold ``watch.lock`` so that no second watcher recovers this one's work."""
        path = self.settings.home / "watch.lock"
        handle = path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "unknown"
            handle.close()
            raise WatcherBusyError(
                f"Another caseclerk watch (pid {owner}) is already watching {self.settings.home}. "
                "Stop it first, or to have several workers share one inbox run scheduled "
                "sweeps on the Prefect pool (docs/operations.md)."
            ) from None
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._lock_file = handle

    def _release_leftovers(self) -> None:
        """Files this watcher took that a failed run left in work/ go back to the inbox."""
        with self._lock:
            names = set(self._taken)
        for name in names:
            work_path = self.settings.work / name
            target = self.settings.inbox / name
            if work_path.is_file() and not target.exists():
                try:
                    work_path.replace(target)
                except OSError:
                    log.warning("could not release a file; it will be recovered on restart")
                    log.debug("could not release %s", name)

    def release_inflight(self) -> None:
        """Put claimed-but-unfinished files back in inbox/ for the next start to take."""
        with self._lock:
            claimed = list(self._claimed)
        for work_path in claimed:
            target = self.settings.inbox / work_path.name
            try:
                if work_path.exists() and not target.exists():
                    work_path.replace(target)
            except OSError:  # recover() on the next start puts it back instead
                log.warning("could not release a file; it will be recovered on restart")
                log.debug("could not release %s", work_path.name)

    # -- candidates -------------------------------------------------------------------

    def rescan(self) -> None:
        for path in inbox_files(self.settings.inbox):
            self._note(path)

    def note_event(self, path: str | bytes) -> None:
        """Called from the observer's thread: only queue, the main loop does the work."""
        self._events.put(Path(os.fsdecode(path)))

    def _drain_events(self) -> None:
        while True:
            try:
                path = self._events.get_nowait()
            except queue.Empty:
                return
            if path.parent == self.settings.inbox or path.parent.resolve() == self._inbox:
                self._note(path)

    def _note(self, path: Path) -> None:
        if is_ignored(path.name):
            return
        with self._lock:
            if path in self._inflight:
                return
        self._tracker.note(path)

    @property
    def _inbox(self) -> Path:
        return self.settings.inbox.resolve()

    # -- work -------------------------------------------------------------------------

    def _submit(self, path: Path) -> None:
        with self._lock:
            if path in self._inflight or self.stop_event.is_set():
                return
            future = self._pool.submit(self._work, path)
            self._inflight[path] = future
        future.add_done_callback(lambda f, p=path: self._finished(p, f))

    def _work(self, path: Path) -> DocumentResult | None:
        if self.stop_event.is_set():
            return None
        with self._lock:
            self._claimed.add(self.settings.work / path.name)
            self._taken.add(path.name)
        try:
            return self.handle(path)
        finally:
            with self._lock:
                self._claimed.discard(self.settings.work / path.name)

    def _finished(self, path: Path, future: Future[DocumentResult | None]) -> None:
        with self._lock:
            self._inflight.pop(path, None)
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            self.stats.errors += 1
            log.error(
                "could not process a scan: %s (its name is logged at DEBUG)", type(error).__name__
            )
            log.debug("could not process %s", path.name)
            return
        with self._lock:
            self._taken.discard(path.name)  # done with: nothing of it left in work/
        result = future.result()
        if result is not None:
            self.stats.results.append(result)
            log.debug("%s: %s", result.file, result.status)

    def _make_observer(self) -> Any:
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer
        from watchdog.observers.polling import PollingObserver

        watcher = self

        class _Events(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                if event.is_directory:
                    return
                target = getattr(event, "dest_path", "") or event.src_path
                watcher.note_event(target)

        if self.options.poll_seconds:
            observer = PollingObserver(timeout=self.options.poll_seconds)
        else:
            observer = Observer()
        observer.schedule(_Events(), str(self.settings.inbox), recursive=False)
        return observer


def flow_handler(settings: Settings) -> Handler:
    """Run each file through the ``process_document`` flow (in this process)."""
    from flows.document import process_document
    from flows.runtime import in_process_child_runs

    home = str(settings.home)

    def handle(path: Path) -> DocumentResult:
        with in_process_child_runs():
            return DocumentResult.from_dict(process_document(str(path), home))

    return handle


def warm_up_prefect() -> None:
    """Start Prefect's API (ephemeral unless PREFECT_API_URL names a server) once, now.

    The local API takes seconds to start; paying that before the first scan arrives keeps
    a dropped file's wait down to its own OCR time.
    """
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        client.api_healthcheck()
