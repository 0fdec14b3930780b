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

The key is computed in Python when a mention is stored; the windows and events are computed by
DuckDB (the statements below), over the blocks a write touched.
"""

from __future__ import annotations

__all__ = ["FACTUAL", "actor_key", "cluster_key", "modality_group"]

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


# The statements below are built from constants of this module only (no outside values), hence
# their ``noqa: S608``.
_NEW_BLOCK = f"""coalesce(date - lag(date) OVER (PARTITION BY cluster_key ORDER BY date),
                          {WINDOW_DAYS + 1}) > {WINDOW_DAYS}"""

#: The date intervals to re-cluster after the changes listed in ``dirty_clusters``: every changed
#: date with its neighbours, widened to whole blocks of consecutive days and merged per key.
#: Events whose first day falls inside are rebuilt from the mentions inside; events outside
#: cannot have changed.
WINDOWS_SQL = f"""
WITH changed AS (
    SELECT DISTINCT cluster_key, date FROM dirty_clusters WHERE date IS NOT NULL
), days AS (
    SELECT DISTINCT cluster_key, cluster_date AS date FROM mentions
    WHERE cluster_date IS NOT NULL AND cluster_key IN (SELECT cluster_key FROM changed)
), numbered AS (
    SELECT cluster_key, date,
           sum(new_block::INTEGER) OVER (PARTITION BY cluster_key ORDER BY date) AS block
    FROM (SELECT cluster_key, date, {_NEW_BLOCK} AS new_block FROM days)
), blocks AS (
    SELECT cluster_key, min(date) AS lo, max(date) AS hi FROM numbered GROUP BY cluster_key, block
), touched AS (
    SELECT cluster_key, date - {WINDOW_DAYS} AS lo, date + {WINDOW_DAYS} AS hi FROM changed
), intervals AS (
    SELECT cluster_key, lo, hi FROM touched
    UNION
    SELECT b.cluster_key, b.lo, b.hi FROM blocks b JOIN touched t
        ON b.cluster_key = t.cluster_key AND b.lo <= t.hi AND b.hi >= t.lo
), reaches AS (
    SELECT *, max(hi) OVER (PARTITION BY cluster_key ORDER BY lo, hi
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
    FROM intervals
), grouped AS (
    SELECT *, sum((reach IS NULL OR lo > reach)::INTEGER)
                  OVER (PARTITION BY cluster_key ORDER BY lo, hi ROWS UNBOUNDED PRECEDING) AS grp
    FROM reaches
)
SELECT cluster_key, min(lo) AS lo, max(hi) AS hi FROM grouped GROUP BY cluster_key, grp
"""  # noqa: S608

#: The mentions to re-cluster: those inside the windows, and the undated ones of changed keys.
MEMBERS_SQL = """
SELECT m.*, d.published, d.source AS doc_source, d.url AS doc_url
FROM mentions m
JOIN _windows w ON m.cluster_key = w.cluster_key AND m.cluster_date BETWEEN w.lo AND w.hi
LEFT JOIN documents d ON d.doc_id = m.doc_id
UNION ALL BY NAME
SELECT m.*, d.published, d.source AS doc_source, d.url AS doc_url
FROM mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
WHERE m.cluster_date IS NULL
  AND m.cluster_key IN (SELECT cluster_key FROM dirty_clusters WHERE date IS NULL)
"""

#: Each member's window anchor (first day of its two-day window) and cluster id; an undated
#: mention cannot be matched by date and is an event of its own.
ASSIGN_SQL = f"""
WITH days AS (
    SELECT DISTINCT cluster_key, cluster_date AS date FROM _members WHERE cluster_date IS NOT NULL
), numbered AS (
    SELECT cluster_key, date,
           sum(new_block::INTEGER) OVER (PARTITION BY cluster_key ORDER BY date) AS block
    FROM (SELECT cluster_key, date, {_NEW_BLOCK} AS new_block FROM days)
), anchored AS (
    SELECT cluster_key, date,
           block_start + ({WINDOW_DAYS + 1} * ((date - block_start) // {WINDOW_DAYS + 1}))::INTEGER
               AS anchor
    FROM (SELECT *, min(date) OVER (PARTITION BY cluster_key, block) AS block_start FROM numbered)
)
SELECT m.* EXCLUDE (cluster_id), a.anchor,
       substr(md5(m.cluster_key || '|' ||
                  coalesce(strftime(a.anchor, '%Y-%m-%d'), 'undated:' || m.mention_id)), 1, 20)
           AS cluster_id
FROM _members m LEFT JOIN anchored a ON a.cluster_key = m.cluster_key AND a.date = m.cluster_date
"""  # noqa: S608

#: One event per cluster. Its fields come from its representative mention: the most confident,
#: then the earliest, then the first by id. Documents without a publisher count as one source.
EVENTS_SQL = f"""
WITH ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY cluster_id
        ORDER BY confidence DESC NULLS LAST, cluster_date NULLS LAST, published NULLS LAST,
                 mention_id) AS rank
    FROM _assigned
), stats AS (
    SELECT cluster_id, min(cluster_date) AS first_date, max(cluster_date) AS last_date,
           max(confidence) AS max_confidence, count(*) AS num_mentions,
           count(DISTINCT doc_id) AS num_articles,
           count(DISTINCT coalesce(doc_source, '')) AS num_sources,
           min(published) AS first_seen,
           coalesce(min(sentence_index) < {LEAD_SENTENCES}, false) AS is_root_event,
           list_sort(list(mention_id)) AS mention_ids,
           list_sort(list_distinct(list(doc_id))) AS doc_ids
    FROM _assigned GROUP BY cluster_id
)
SELECT r.cluster_id, r.cluster_key, r.cluster_date AS date, s.first_date, s.last_date,
       r.source_code, r.source_country, r.source_name, r.source_sectors,
       r.target_code, r.target_country, r.target_name, r.target_sectors,
       r.cameo, r.cameo_root, r.quad_class, r.goldstein, r.plover_type, r.plover_mode, r.modality,
       r.location_name, r.location_country, r.lat, r.lon, r.geonameid,
       r.mention_id, r.doc_id, r.sentence_index, r.sentence, s.max_confidence AS confidence,
       s.num_mentions, s.num_articles, s.num_sources, s.is_root_event, s.first_seen,
       r.doc_url AS source_url, s.mention_ids, s.doc_ids
FROM ranked r JOIN stats s USING (cluster_id) WHERE r.rank = 1
"""  # noqa: S608
