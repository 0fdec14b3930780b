"""Charts of dyad series and lenses as PNG files (matplotlib, Agg canvas: no display needed).

Figures are drawn on their own Agg canvas rather than through pyplot, so importing Dyadic never
changes the matplotlib backend of an interactive session.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from dyadic.aggregate.alerts import Alert

QUAD_STYLE: tuple[tuple[str, str, str, int], ...] = (
    ("verbal_coop", "verbal cooperation", "#9ecae1", 1),
    ("material_coop", "material cooperation", "#3182bd", 1),
    ("verbal_conflict", "verbal conflict", "#fcae91", -1),
    ("material_conflict", "material conflict", "#de2d26", -1),
)
CATEGORY_COLOURS: tuple[str, ...] = ("#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#66a61e")
_WIDTH_DAYS = {"day": 0.8, "week": 5.5, "month": 24.0, "quarter": 72.0, "year": 290.0}


def _save(figure: Figure, path: str | Path) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    FigureCanvasAgg(figure)
    figure.savefig(target, dpi=120, format="png")
    return target


def _dates_axis(figure: Figure) -> None:
    for axis in figure.axes:
        axis.xaxis.set_major_locator(mdates.AutoDateLocator())
        axis.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axis.xaxis.get_major_locator()))
        axis.grid(axis="y", alpha=0.3)


def plot_dyad(
    series: pd.DataFrame,
    path: str | Path,
    *,
    title: str | None = None,
    alerts: Sequence[Alert] = (),
) -> Path:
    """Bars of cooperation (up) and conflict (down) per period, and the mean Goldstein score.

    Args:
        series: a frame from :func:`~dyadic.aggregate.dyad_series`.
        path: the PNG file to write.
        title: the chart title (default: the dyad and the frequency).
        alerts: alerts to mark with vertical lines.

    Returns:
        The path written.
    """
    attrs = series.attrs
    freq = str(attrs.get("freq", "month"))
    x = pd.to_datetime(series["period"])
    width = _WIDTH_DAYS.get(freq, 20.0)
    figure = Figure(figsize=(10, 6.2), layout="constrained")
    counts, tone = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    up = pd.Series(0.0, index=series.index)
    down = pd.Series(0.0, index=series.index)
    for column, label, colour, sign in QUAD_STYLE:
        values = series[column].astype(float)
        bottom = up if sign > 0 else down
        counts.bar(
            x, sign * values, width=width, bottom=bottom, color=colour, label=label, align="edge"
        )
        if sign > 0:
            up = up + values
        else:
            down = down - values
    counts.axhline(0, color="black", linewidth=0.8)
    high, low = float(up.max()), float(-down.min())
    if high or low:
        counts.set_ylim(-max(low, 0.5) * 1.1, max(high, 0.5) * 1.45)  # room for the legend
    counts.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
    unit = str(attrs.get("unit", "events"))
    counts.set_ylabel(f"{unit} per {freq}\n(cooperation up, conflict down)")
    counts.legend(loc="upper left", fontsize=8, ncols=2, frameon=False)
    middle = x + pd.Timedelta(days=width / 2)  # points in the middle of their period's bar
    tone.plot(middle, series["goldstein_mean"], marker="o", markersize=3, color="#444444")
    tone.axhline(0, color="black", linewidth=0.8)
    tone.set_ylim(-10.5, 10.5)
    tone.set_ylabel("mean Goldstein\n(-10 conflict, +10 cooperation)")
    for alert in alerts:
        when = pd.Timestamp(alert.period)
        for axis in (counts, tone):
            axis.axvline(when, color="#de2d26" if alert.direction == "drop" else "#3182bd",
                         linestyle="--", linewidth=1)  # fmt: skip
        tone.annotate(alert.direction, (when, 9.5), fontsize=8, rotation=90, va="top", ha="right")
    a, b = attrs.get("a", "A"), attrs.get("b", "B")
    arrow = "→" if attrs.get("directed") else "–"
    figure.suptitle(title or f"{a} {arrow} {b}: {unit} per {freq}")
    _dates_axis(figure)
    return _save(figure, path)


def plot_lens(frame: pd.DataFrame, path: str | Path, *, title: str | None = None) -> Path:
    """Stacked bars of a lens's categories per period and, if it has one, its balance.

    Args:
        frame: a frame from :func:`~dyadic.aggregate.lens_series`.
        path: the PNG file to write.

    Returns:
        The path written.
    """
    attrs = frame.attrs
    labels: dict[str, str] = dict(attrs.get("labels") or {})
    freq = str(attrs.get("freq", "month"))
    x = pd.to_datetime(frame["period"])
    width = _WIDTH_DAYS.get(freq, 20.0)
    has_balance = "balance" in frame.columns
    figure = Figure(figsize=(10, 6.2 if has_balance else 4.5), layout="constrained")
    axes = (
        figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
        if has_balance
        else [figure.subplots()]
    )
    counts = axes[0]
    bottom = pd.Series(0.0, index=frame.index)
    for i, (category, label) in enumerate(labels.items()):
        values = frame[category].astype(float)
        colour = CATEGORY_COLOURS[i % len(CATEGORY_COLOURS)]
        counts.bar(x, values, width=width, bottom=bottom, color=colour, label=label, align="edge")
        bottom = bottom + values
    counts.set_ylabel(f"events per {freq}")
    counts.set_ylim(0, max(float(bottom.max()), 1.0) * 1.35)  # room for the legend
    counts.legend(loc="upper left", fontsize=8, frameon=False)
    if has_balance:
        balance = axes[1]
        middle = x + pd.Timedelta(days=width / 2)
        balance.plot(middle, frame["balance"], marker="o", markersize=3, color="#444444")
        balance.axhline(0, color="black", linewidth=0.8)
        balance.set_ylim(-1.05, 1.05)
        balance.set_ylabel("balance\n(+1 all positive, -1 all negative)")
    figure.suptitle(title or str(attrs.get("title") or attrs.get("lens") or "lens"))
    _dates_axis(figure)
    return _save(figure, path)
