"""Where partitions run: a Dask cluster (local or remote) or, for tests, this process.

The driver only needs three things from an executor: submit a function, wait for the next one to
finish, and know how many workers there are. :class:`DaskExecutor` does it with a
``distributed.Client``; :class:`InlineExecutor` runs each function at once in this process (dlt's
``map_single``), so the driver's logic is tested without a cluster.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import errno
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from dyadic.errors import ConfigError, UsageError
from dyadic.parallel.worker import TaskOptions, dyadic_version, probe_folder, warm_up

logger = logging.getLogger(__name__)

#: Times Dask retries a partition whose task raised before the driver starts splitting it.
RETRIES = 2
#: Worker deaths a task may cause on a cluster Dyadic starts before Dask gives up on it (Dask's
#: default is 3; each death costs a pipeline reload, and a poison document kills every worker it
#: meets, so one retry is enough to tell bad luck from a bad document).
ALLOWED_FAILURES = 1

#: Seconds between looks at the cluster (for free threads and for workers) while waiting.
POLL_SECONDS = 2.0
#: Seconds without any worker before a run gives up.
NO_WORKERS_PATIENCE = 180.0

Outcome = tuple[object, Any, BaseException | None]


class Executor(Protocol):
    """Runs tasks somewhere and reports them as they finish."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> object:
        """Start ``fn(*args)``; returns a handle."""
        ...

    def next_done(self) -> Outcome:
        """Wait for a task to finish: ``(handle, result, None)`` or ``(handle, None, error)``."""
        ...

    def workers(self) -> int:
        """How many tasks can run at once."""
        ...

    def fatal(self, error: BaseException) -> bool:
        """True when ``error`` means the cluster is gone (not that a partition failed)."""
        ...


class InlineExecutor:
    """Runs every task in this process when it is submitted (tests, debugging)."""

    def __init__(self) -> None:
        self._done: collections.deque[Outcome] = collections.deque()

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> object:
        handle = object()
        try:
            self._done.append((handle, fn(*args), None))
        except Exception as exc:  # the driver decides what a failed partition means
            self._done.append((handle, None, exc))
        return handle

    def next_done(self) -> Outcome:
        return self._done.popleft()

    def workers(self) -> int:
        return 1

    def fatal(self, error: BaseException) -> bool:
        return False


class DaskExecutor:
    """Runs tasks on a Dask cluster through ``client``, one task per free worker thread.

    Tasks wait here, not on a worker, until a thread is free: Dask hands a worker every task it
    assigns it at once, and a document that kills its worker process would take the tasks
    queued behind it there down with it (each then counts as a suspect in Dask's tally of
    worker deaths and could end up set aside as if it were the poison).

    Args:
        client: a connected ``distributed.Client``.
        patience: seconds without any worker after which the run stops (a cluster whose workers
            all died or were shut down would otherwise be waited for forever).
    """

    def __init__(self, client: Any, *, patience: float = NO_WORKERS_PATIENCE) -> None:
        self.client = client
        self.patience = patience
        self._waiting: collections.deque[tuple[object, Callable[..., Any], tuple[Any, ...]]] = (
            collections.deque()
        )
        self._pending: dict[Any, object] = {}  # future on the cluster -> its handle, in order
        self._alone_since: float | None = None

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> object:
        handle = object()
        self._waiting.append((handle, fn, args))
        self._send()
        return handle

    def _send(self) -> None:
        """Give waiting tasks to the cluster while it has more threads than running tasks."""
        if not self._waiting:
            return
        free = int(sum(self.client.nthreads().values())) - len(self._pending)
        while self._waiting and free > 0:
            handle, fn, args = self._waiting.popleft()
            future = self.client.submit(fn, *args, pure=False, retries=RETRIES)
            self._pending[future] = handle
            free -= 1

    def next_done(self) -> Outcome:
        from distributed import wait  # noqa: PLC0415 (dask loads only when used)

        if not self._pending and not self._waiting:
            raise RuntimeError("no task is pending")  # a driver bug, not a cluster failure
        self._alone_since = None
        while True:
            self._send()  # workers may have come back or been added since
            if not self._pending:  # no thread free for a waiting task: wait for a worker
                self._check_workers()
                time.sleep(POLL_SECONDS)
                continue
            try:
                done, _ = wait(
                    list(self._pending), timeout=POLL_SECONDS, return_when="FIRST_COMPLETED"
                )
            except TimeoutError:
                self._check_workers()
                continue
            # the oldest finished task; none when the one that finished lost its result with a
            # killed worker between the wake-up and this look (it is pending again): wait more
            future = next((f for f in self._pending if f in done), None)
            if future is not None:
                break
            self._check_workers()
        handle = self._pending.pop(future)
        try:
            while True:
                try:  # a result lost with its worker is computed again: wait, but not forever
                    return handle, future.result(timeout=POLL_SECONDS), None
                except TimeoutError as exc:
                    if future.status == "error":  # the task's own TimeoutError
                        return handle, None, exc
                    self._check_workers()
        except UsageError:
            raise
        except Exception as exc:  # reported to the driver, which splits the partition
            return handle, None, exc
        finally:
            future.release()

    def _check_workers(self) -> None:
        """Raise once the cluster has had no worker for ``patience`` seconds."""
        if self.client.nthreads():
            self._alone_since = None
            return
        self._alone_since = self._alone_since or time.monotonic()
        if time.monotonic() - self._alone_since > self.patience:
            raise UsageError(
                f"no Dask workers for {self.patience:.0f} s (they died or the cluster was shut "
                "down); what was merged so far is stored, rerun to resume",
                stage="parallel",
            )

    def workers(self) -> int:
        return max(1, int(sum(self.client.nthreads().values())))

    def fatal(self, error: BaseException) -> bool:
        # cancelled futures mean the client lost its cluster; a full disk fails every partition
        if isinstance(error, concurrent.futures.CancelledError):
            return True
        return isinstance(error, OSError) and error.errno == errno.ENOSPC


@contextlib.contextmanager
def dask_executor(
    *, workers: int, scheduler: str | None, options: TaskOptions, parts_dir: Path
) -> Iterator[DaskExecutor]:
    """Start a ``LocalCluster`` of ``workers`` processes, or join the cluster at ``scheduler``;
    load the pipeline on every worker and check that they can write to ``parts_dir``.

    Raises:
        UsageError: Dask cannot be imported or the scheduler cannot be reached.
        ConfigError: the workers cannot write to ``parts_dir`` or the driver cannot see it.
    """
    try:
        import dask  # noqa: PLC0415
        from distributed import Client, LocalCluster  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
        raise UsageError(f"Dask is not installed ({exc}); pip install 'dask[distributed]'") from exc
    with contextlib.ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler))
            except (OSError, TimeoutError) as exc:
                raise UsageError(
                    f"cannot reach the Dask scheduler at {scheduler} ({exc}); is it running?",
                    stage="parallel",
                ) from exc
        else:
            # one task at a time per worker: a worker that dies takes down only the task it ran
            settings = {
                "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
                "distributed.scheduler.worker-saturation": 1.0,
            }
            with dask.config.set(settings):
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                )
            client = stack.enter_context(Client(cluster))
        executor = DaskExecutor(client)
        _check_folder(client, parts_dir)
        _warm_up(client, options)
        yield executor


def _check_folder(client: Any, parts_dir: Path) -> None:
    token = uuid.uuid4().hex
    try:
        written = client.submit(probe_folder, str(parts_dir), token, pure=False).result()
    except ConfigError:
        raise
    except Exception as exc:
        raise ConfigError(f"workers cannot use {parts_dir}: {exc}", stage="parallel") from exc
    probe = Path(written)
    if not probe.exists():
        raise ConfigError(
            f"the workers write to {parts_dir} but this machine does not see their files; set "
            "DYADIC_PARTS_DIR to a folder shared by the workers and this machine",
            stage="parallel",
        )
    probe.unlink(missing_ok=True)


def _warm_up(client: Any, options: TaskOptions) -> None:
    """Load the pipeline once on every worker now, so that startup is not mistaken for work."""
    futures = [
        client.submit(warm_up, options, workers=[address], allow_other_workers=False, pure=False)
        for address in client.nthreads()
    ]
    loaded: list[dict[str, str]] = client.gather(futures)
    logger.info(
        "pipeline loaded on %d workers: %s",
        len(loaded), ", ".join(f"{w['pid']}:{w['pipeline']} dyadic {w['dyadic']}" for w in loaded),
    )  # fmt: skip
    ours = dyadic_version()
    other = {w["dyadic"] for w in loaded} - {ours}
    if other:
        raise ConfigError(
            f"workers run Dyadic {', '.join(sorted(other))} but this machine runs {ours}; "
            "install the same version everywhere (the output would differ otherwise)",
            stage="parallel",
        )
