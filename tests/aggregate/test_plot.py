"""Charts: PNG files for a dyad (with alerts marked) and a lens."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadic.aggregate import alerts, dyad_series, lens_series
from dyadic.aggregate.plot import plot_dyad, plot_lens

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("freq", ["week", "month", "quarter"])
def test_plot_dyad_writes_png(store_path: Path, tmp_path: Path, freq: str) -> None:
    series = dyad_series(store_path, "RUS", "UKR", freq=freq)
    marks = alerts(store_path, dyads=[("RUS", "UKR")], min_events=2, top=0)
    path = plot_dyad(series, tmp_path / "img" / "dyad.png", alerts=marks)
    data = path.read_bytes()
    assert data.startswith(PNG)
    assert len(data) > 10_000


@pytest.mark.parametrize("lens", ["eu-russia-2021", "us-china-2021"])
def test_plot_lens_writes_png(store_path: Path, tmp_path: Path, lens: str) -> None:
    path = plot_lens(lens_series(lens, store_path), tmp_path / "lens.png")
    assert path.read_bytes().startswith(PNG)


def test_plot_does_not_change_pyplot_backend(store_path: Path, tmp_path: Path) -> None:
    import matplotlib

    before = matplotlib.get_backend()
    plot_dyad(dyad_series(store_path, "RUS", "UKR"), tmp_path / "d.png")
    assert matplotlib.get_backend() == before
