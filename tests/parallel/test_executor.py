"""The Dask executor's bookkeeping, with a stand-in client (no cluster needed)."""

from __future__ import annotations

from typing import Any

import distributed
import pytest

from dyadic.parallel.cluster import DaskExecutor


class _Future:
    def __init__(self, value: int) -> None:
        self.value = value
        self.status = "finished"
        self.released = False

    def result(self, timeout: float | None = None) -> int:
        return self.value

    def release(self) -> None:
        self.released = True


class _Client:
    def __init__(self, threads: int = 1) -> None:
        self.futures: list[_Future] = []
        self.threads = threads

    def submit(self, fn: Any, *args: Any, **kwargs: Any) -> _Future:
        future = _Future(fn(*args))
        self.futures.append(future)
        return future

    def nthreads(self) -> dict[str, int]:
        return {f"worker-{n}": 1 for n in range(self.threads)}


def test_a_result_lost_between_wake_up_and_look_is_waited_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A killed worker can take a finished result with it after wait() woke up: the finished
    set is then empty, and the executor must wait again instead of crashing."""
    answers: list[set[_Future]] = []

    def fake_wait(futures: list[_Future], **kwargs: Any) -> tuple[set[_Future], set[_Future]]:
        done = answers.pop(0) if answers else set(futures)
        return done, set(futures) - done

    monkeypatch.setattr(distributed, "wait", fake_wait)
    executor = DaskExecutor(_Client())
    handle = executor.submit(lambda x: x * 2, 21)
    answers.append(set())  # woke up, but the result was lost again
    done, value, error = executor.next_done()
    assert (done, value, error) == (handle, 42, None)
    assert executor.client.futures[0].released


def test_asking_for_a_result_with_nothing_pending_is_a_clear_error() -> None:
    with pytest.raises(RuntimeError, match="no task is pending"):
        DaskExecutor(_Client()).next_done()


def test_a_worker_is_given_one_task_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tasks wait in the driver until a worker thread is free: a task queued on a worker behind
    one that kills it would die with it."""
    monkeypatch.setattr(distributed, "wait", lambda futures, **kw: (set(futures), set()))
    client = _Client(threads=2)
    executor = DaskExecutor(client)
    handles = [executor.submit(lambda x: x * 10, n) for n in range(5)]
    assert len(client.futures) == 2  # the other three wait for a free thread
    sent = []
    results = []
    for _ in handles:
        results.append(executor.next_done())
        sent.append(len(client.futures))
    assert sent == [2, 3, 4, 5, 5]  # one more each time one finished
    assert results == [(h, n * 10, None) for n, h in enumerate(handles)]
