"""Cross-article event clustering: event mentions of one real-world event become one event.

Two mentions report the same event when they share a *cluster key* (the dyad, the CAMEO root and
the modality group) and their dates are within a day of each other. Unlike GDELT, which merges only
exact matches of actor codes and event code, the dyad is taken at country level for international
events ("Russia" and "Russian forces" attacking Ukraine are one event) and the event code at its
root ("met" and "held talks" are one meeting).

Dates of one key split into *blocks* of consecutive days; a block is cut into two-day windows from
its first day (days d, d+1 form one event, d+2, d+3 the next, ...). A run of daily fighting reports
is therefore not merged into one endless event, and the clustering of a block never depends on
mentions outside it, which lets the store re-cluster only the blocks a write touched.

Pure pandas, no SQL: the store calls :func:`assign_clusters` on the mentions of the touched blocks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dyadic.model import content_hash

__all__ = [
    "FACTUAL",
    "actor_key",
    "assign_clusters",
    "block_windows",
    "cluster_key",
    "modality_group",
]

#: Modalities that report something that happened (as opposed to plans, denials, conditionals).
FACTUAL: frozenset[str] = frozenset({"asserted", "reported_past"})
#: Mentions this many days apart at most can report the same event.
WINDOW_DAYS = 1
#: A mention in one of the first sentences of its article counts as a lead event (GDELT's
#: IsRootEvent marks events in the lead paragraph).
LEAD_SENTENCES = 3


def modality_group(modality: str | None) -> str:
    """Modalities that may describe the same happening: asserted and reported_past together."""
    if modality in FACTUAL:
        return "factual"
    return modality or "unknown"


def actor_key(code: str | None, country: str | None) -> str:
    """The country-level key of an actor: IGO codes stay whole, others reduce to their country."""
    if not code:
        return country or "-"
    if code.startswith("IGO"):
        return code
    return country or code[:3]


def cluster_key(  # noqa: PLR0917  (the six fields of a mention, always passed in this order)
    source_code: str | None,
    source_country: str | None,
    target_code: str | None,
    target_country: str | None,
    cameo_root: str,
    modality: str | None,
) -> str:
    """The key mentions must share to be clustered together.

    International dyads use country-level keys; domestic and one-sided events keep the full
    codes, where sectors are what tells events apart (police arresting protesters vs. a court
    sentencing an opposition leader).
    """
    source = actor_key(source_code, source_country)
    target = actor_key(target_code, target_country) if target_code or target_country else "-"
    if target in ("-", source):
        source, target = source_code or source, target_code or target
    return "|".join((source, target, cameo_root, modality_group(modality)))


def anchors(keys: pd.Series, dates: pd.Series) -> pd.Series:
    """The first day of the two-day window each (key, date) falls in (NaT for undated rows).

    Vectorised: blocks of consecutive days per key, then windows of ``WINDOW_DAYS + 1`` days.
    """
    frame = pd.DataFrame({"key": keys.to_numpy(), "date": pd.to_datetime(dates).to_numpy()})
    frame.index = keys.index
    dated = frame.dropna(subset=["date"])
    distinct = dated.drop_duplicates().sort_values(["key", "date"])
    days = distinct["date"].to_numpy().astype("datetime64[D]").astype(np.int64)
    new_key = distinct["key"].ne(distinct["key"].shift()).to_numpy()
    gap = np.diff(days, prepend=days[:1] - 2 if len(days) else days) > WINDOW_DAYS
    starts_block = new_key | gap
    block_start = pd.Series(np.where(starts_block, days, np.nan)).ffill().to_numpy()
    span = WINDOW_DAYS + 1
    anchor_days = block_start + np.floor((days - block_start) / span) * span
    distinct = distinct.assign(
        anchor=pd.to_datetime(anchor_days.astype("int64"), unit="D").to_numpy()
    )
    merged = frame.reset_index().merge(distinct, on=["key", "date"], how="left")
    result = pd.Series(merged["anchor"].to_numpy(), index=frame.index, name="anchor")
    return result


def assign_clusters(mentions: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Cluster mentions into events.

    Args:
        mentions: one row per mention with the columns of the store's ``mentions`` table plus
            ``published`` (the article's date), ``doc_source`` and ``url`` (its publisher and
            address).

    Returns:
        The cluster id of every mention (indexed like ``mentions``) and the events frame (the
        columns of the store's ``events`` table). An event's fields come from its representative
        mention: the most confident one, then the earliest, then the first by id.
    """
    if mentions.empty:
        return pd.Series([], dtype="str", name="cluster_id"), pd.DataFrame()
    frame = mentions.copy()
    frame["cluster_date"] = pd.to_datetime(frame["cluster_date"])
    frame["anchor"] = anchors(frame["cluster_key"], frame["cluster_date"])
    anchor_text = frame["anchor"].dt.strftime("%Y-%m-%d")
    # undated mentions cannot be matched by date: each is an event of its own.
    anchor_text = anchor_text.where(frame["anchor"].notna(), "undated:" + frame["mention_id"])
    pairs = pd.DataFrame({"key": frame["cluster_key"], "anchor": anchor_text})
    distinct = pairs.drop_duplicates()
    ids = pd.Series(
        [content_hash(k, a) for k, a in zip(distinct["key"], distinct["anchor"], strict=True)],
        index=pd.MultiIndex.from_frame(distinct),
    )
    frame["cluster_id"] = ids.reindex(pd.MultiIndex.from_frame(pairs)).to_numpy()
    frame["_rank_confidence"] = -frame["confidence"].fillna(0.0)
    ordered = frame.sort_values(
        ["cluster_id", "_rank_confidence", "cluster_date", "published", "mention_id"],
        na_position="last",
        kind="mergesort",
    )
    grouped = ordered.groupby("cluster_id", sort=True)
    representative = ordered.drop_duplicates("cluster_id", keep="first").set_index("cluster_id")
    stats = grouped.agg(
        first_date=("cluster_date", "min"),
        last_date=("cluster_date", "max"),
        confidence=("confidence", "max"),
        num_mentions=("mention_id", "size"),
        num_articles=("doc_id", "nunique"),
        num_sources=("doc_source", "nunique"),
        first_seen=("published", "min"),
        lead=("sentence_index", "min"),
    )
    lists = grouped.agg(
        mention_ids=("mention_id", sorted),
        doc_ids=("doc_id", lambda s: sorted(set(s))),
    )
    events = pd.DataFrame(
        {
            "cluster_id": stats.index,
            "cluster_key": representative["cluster_key"],
            "date": representative["cluster_date"],
            "first_date": stats["first_date"],
            "last_date": stats["last_date"],
        }
    )
    for column in (
        "source_code", "source_country", "source_name", "source_sectors",
        "target_code", "target_country", "target_name", "target_sectors",
        "cameo", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode",
        "modality", "location_name", "location_country", "lat", "lon", "geonameid",
        "mention_id", "doc_id", "sentence_index", "sentence",
    ):  # fmt: skip
        events[column] = representative[column]
    events["confidence"] = stats["confidence"]
    events["num_mentions"] = stats["num_mentions"].astype("int64")
    events["num_articles"] = stats["num_articles"].astype("int64")
    events["num_sources"] = stats["num_sources"].astype("int64")
    events["is_root_event"] = stats["lead"].fillna(LEAD_SENTENCES) < LEAD_SENTENCES
    events["first_seen"] = stats["first_seen"]
    events["source_url"] = representative["url"]
    events["mention_ids"] = lists["mention_ids"]
    events["doc_ids"] = lists["doc_ids"]
    return frame["cluster_id"].rename("cluster_id"), events.reset_index(drop=True)


def block_windows(changed: pd.DataFrame, dates: pd.DataFrame) -> pd.DataFrame:
    """The date intervals to re-cluster after mentions were added or removed.

    Args:
        changed: ``cluster_key`` and ``date`` of every mention added or removed.
        dates: ``cluster_key`` and ``date``: the distinct dates each changed key has now.

    Returns:
        Disjoint intervals ``cluster_key, lo, hi``: every changed date with its neighbours, widened
        to whole blocks of consecutive days. Events whose first day falls inside are rebuilt from
        the mentions inside; events outside cannot have changed.
    """
    columns = ["cluster_key", "lo", "hi"]
    if changed.empty:
        return pd.DataFrame({c: pd.Series(dtype="datetime64[us]") for c in columns[1:]}).assign(
            cluster_key=pd.Series(dtype="str")
        )[columns]
    day = pd.Timedelta(days=WINDOW_DAYS)
    when = pd.to_datetime(changed["date"])
    touched = pd.DataFrame(
        {"cluster_key": changed["cluster_key"].to_numpy(), "lo": when - day, "hi": when + day}
    )
    current = dates.assign(date=pd.to_datetime(dates["date"])).drop_duplicates()
    current = current.sort_values(["cluster_key", "date"])
    gap = current["date"].diff().dt.days.gt(WINDOW_DAYS)
    new_block = current["cluster_key"].ne(current["cluster_key"].shift()) | gap
    blocks = (
        current.assign(block=new_block.cumsum())
        .groupby(["cluster_key", "block"], sort=False)["date"]
        .agg(lo="min", hi="max")
        .reset_index()
    )
    pairs = touched.merge(blocks, on="cluster_key", suffixes=("", "_block"))
    overlapping = pairs[(pairs["lo_block"] <= pairs["hi"]) & (pairs["hi_block"] >= pairs["lo"])]
    intervals = pd.concat(
        [
            touched,
            overlapping[["cluster_key", "lo_block", "hi_block"]].set_axis(columns, axis=1),
        ],
        ignore_index=True,
    ).sort_values(["cluster_key", "lo", "hi"], ignore_index=True)
    reach = intervals.groupby("cluster_key")["hi"].cummax()
    previous_reach = reach.groupby(intervals["cluster_key"]).shift()
    starts = previous_reach.isna() | (intervals["lo"] > previous_reach)
    merged = (
        intervals.assign(group=starts.cumsum())
        .groupby("group", sort=True)
        .agg(cluster_key=("cluster_key", "first"), lo=("lo", "min"), hi=("hi", "max"))
        .reset_index(drop=True)
    )
    return merged[columns]
