// Relations: pick two actors; quad-class counts and the Goldstein mean over time with the alerts
// marked; click a period (on the chart or in the data table) to list its events.

import { getJSON, once } from "./api.js";
import { el, errorBox, fill, fmt, signed } from "./dom.js";
import { QUAD_SERIES, periodLabel, stackedChart } from "./charts.js";
import { eventList, legend } from "./events.js";

const FREQS = ["week", "month", "quarter", "year"];
const DEFAULT_MODALITIES = "asserted,intended,reported_past";

function actorOptions(actors) {
  return el("datalist", { id: "actor-options" },
    actors.store.map((a) => el("option", {
      value: a.code,
      label: `${a.code}${a.name ? ` · ${a.name}` : ""}${a.kind === "country" ? " (any sector)" : ""} · ${a.mentions} mentions`,
    })));
}

function dyadForm(params, meta, navigate) {
  const form = el("form", { class: "filters", "aria-label": "Choose a dyad" },
    el("label", {}, "Actor A", el("input", { type: "text", name: "a", class: "code", list: "actor-options", value: params.a, required: true, autocomplete: "off" })),
    el("label", {}, "Actor B", el("input", { type: "text", name: "b", class: "code", list: "actor-options", value: params.b, required: true, autocomplete: "off" })),
    el("label", {}, "Period", el("select", { name: "freq" },
      FREQS.map((f) => el("option", { value: f, text: f, selected: f === params.freq })))),
    el("label", {}, "Modalities", el("select", { name: "modality" },
      el("option", { value: "", text: "asserted, intended, reported past" }),
      el("option", { value: "all", text: "all (also negated, hypothetical)", selected: params.modality === "all" }))),
    el("label", { class: "check" }, el("input", { type: "checkbox", name: "directed", value: "1", checked: params.directed }), "only A → B"),
    el("button", { type: "submit", text: "Show" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate("relations", {
      a: String(data.get("a") || "").trim().toUpperCase(), b: String(data.get("b") || "").trim().toUpperCase(),
      freq: data.get("freq"), modality: data.get("modality"), directed: data.get("directed") ? "1" : "",
    });
  });
  const chips = el("ul", { class: "chips", "aria-label": "Busiest dyads" }, el("li", { class: "muted", text: "Busiest:" }),
    (meta.dyads || []).slice(0, 8).map((d) => el("li", {}, el("button", {
      type: "button", text: `${d.a}–${d.b} (${d.events})`,
      onclick: () => navigate("relations", { a: d.a, b: d.b, freq: params.freq }),
    }))));
  return el("div", { class: "panel" }, form, chips);
}

function alertList(alerts, pick, indexOf) {
  if (!alerts.length) return el("p", { class: "muted", text: "No alerts for this dyad at these settings." });
  return el("ul", { class: "alerts" }, alerts.map((alert) => el("li", { class: alert.direction },
    el("strong", { text: `${alert.period} · ${alert.direction === "drop" ? "turn for the worse" : "turn for the better"}` }),
    el("div", { text: alert.summary }),
    indexOf(alert.period) >= 0
      ? el("button", { type: "button", class: "link", text: "List this period's events", onclick: () => pick(indexOf(alert.period)) })
      : null,
    alert.top_events.length
      ? el("ul", { class: "why" }, alert.top_events.map((e) => el("li", {},
        `${e.date || ""} ${e.source || "?"} ${e.cameo} ${e.target || "?"}: `, el("q", { text: e.sentence }))))
      : null)));
}

function periodTable(series, pick) {
  const rows = series.periods.map((p, index) => el("tr", { dataset: { index } },
    el("th", { scope: "row" }, el("button", {
      type: "button", class: "link", text: periodLabel(p.period, series.freq),
      "aria-label": `List events of ${periodLabel(p.period, series.freq)}`, onclick: () => pick(index),
    })),
    el("td", { class: "num", text: fmt(p.events) }),
    QUAD_SERIES.map(([key]) => el("td", { class: "num", text: fmt(p[key]) })),
    el("td", { class: "num", text: signed(p.goldstein_mean) }),
    el("td", { class: "num", text: fmt(p.articles) })));
  return el("details", { class: "panel" },
    el("summary", { text: "Data table (keyboard: pick a period here)" }),
    el("div", { class: "table-wrap" }, el("table", { class: "periods" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Period" }), el("th", { scope: "col", class: "num", text: "Events" }),
        QUAD_SERIES.map(([, label]) => el("th", { scope: "col", class: "num", text: label })),
        el("th", { scope: "col", class: "num", text: "Goldstein mean" }), el("th", { scope: "col", class: "num", text: "Articles" }))),
      el("tbody", {}, rows))));
}

export async function renderRelations(view, current, { navigate, isCurrent }) {
  const p = current.params;
  const [meta, actors] = await Promise.all([once("/api/meta"), once("/api/actors", { limit: 300 })]);
  if (!isCurrent()) return;
  const top = (meta.dyads || [])[0];
  const params = {
    a: (p.get("a") || (top ? top.a : "")).toUpperCase(),
    b: (p.get("b") || (top ? top.b : "")).toUpperCase(),
    freq: FREQS.includes(p.get("freq")) ? p.get("freq") : "month",
    modality: p.get("modality") === "all" ? "all" : "",
    directed: p.get("directed") === "1",
  };
  const head = [el("h1", { text: "Relations" }), actorOptions(actors), dyadForm(params, meta, navigate)];
  if (!params.a || !params.b) {
    fill(view, ...head, el("p", { class: "muted", text: "The store has no dyads yet: code some news first (dyadic code)." }));
    return;
  }
  const path = `/api/dyads/${encodeURIComponent(params.a)}/${encodeURIComponent(params.b)}/series`;
  const query = { freq: params.freq, directed: params.directed, modality: params.modality };
  // alerts take longer on a large store: the chart is drawn first, the alerts added when they come
  const alertsLoading = getJSON("/api/alerts", { a: params.a, b: params.b, freq: params.freq, modality: params.modality, top: 3 });
  alertsLoading.catch(() => {}); // handled below, once the page is drawn
  const series = await getJSON(path, query);
  if (!isCurrent()) return;
  const periods = series.periods;
  const indexOf = (start) => periods.findIndex((x) => x.period === start);
  const total = periods.reduce((n, x) => n + x.events, 0);
  const sum = periods.reduce((n, x) => n + (x.goldstein_sum || 0), 0);
  const arrow = params.directed ? "→" : "↔";
  const summary = el("p", { class: "muted", "aria-live": "polite",
    text: `${series.a} ${arrow} ${series.b}: ${fmt(total)} events over ${periods.length} ${params.freq}s` +
      (total ? `, mean Goldstein ${signed(sum / total)}` : "") + (series.undated ? ` (${series.undated} undated not shown)` : "") });
  const chartBox = el("div", { class: "chart-box", id: "relations-chart" });
  const picked = el("section", { id: "period-events", "aria-live": "polite" });
  const markerValues = periods.map(() => null);
  const markerColours = periods.map(() => "#7f1d1d");
  const notes = periods.map(() => "");
  const alertBox = el("section", { class: "panel", id: "alerts", "aria-live": "polite" },
    el("h2", { text: "Alerts" }), el("p", { class: "muted", text: "Looking for turning points…" }));
  let table = null;
  const pick = (index) => {
    const period = periods[index];
    if (!period) return;
    for (const row of table.querySelectorAll("tr.selected")) row.classList.remove("selected");
    const row = table.querySelector(`tr[data-index="${index}"]`);
    if (row) row.classList.add("selected");
    const label = periodLabel(period.period, series.freq);
    const filters = {
      dyad: `${params.a}:${params.b}`, directed: params.directed ? "true" : "", since: period.period,
      until: period.end, modality: params.modality === "all" ? "" : DEFAULT_MODALITIES, sort: "date",
    };
    const list = eventList(filters, { caption: `Events of ${label}` });
    fill(picked, 
      el("h2", { text: `${series.a} ${arrow} ${series.b}, ${label}: ${fmt(period.events)} events` }),
      el("p", {}, el("a", { href: `#/events?${new URLSearchParams(Object.entries(filters).filter(([, v]) => v))}`, text: "Open in the Events page" })),
      legend(), list);
    const hash = `#/relations?${new URLSearchParams({ a: params.a, b: params.b, freq: params.freq, ...(params.modality ? { modality: params.modality } : {}), ...(params.directed ? { directed: "1" } : {}), period: period.period })}`;
    window.history.replaceState(null, "", hash);
    return list.ready;
  };
  table = periodTable(series, pick);
  fill(view, ...head,
    el("section", { class: "panel", "aria-labelledby": "chart-title" },
      el("h2", { id: "chart-title", text: `${series.a} ${arrow} ${series.b} by ${params.freq}` }),
      summary, chartBox,
      el("p", { class: "chart-note", text: "Bars: events per quad class (left axis). Line: mean Goldstein score, −10 conflict to +10 cooperation (right axis). Triangles: alerts. Click a period to list its events." })),
    alertBox, table, picked);
  const chart = stackedChart(chartBox, {
    labels: periods.map((x) => periodLabel(x.period, series.freq)),
    bars: QUAD_SERIES.map(([key, label, colour]) => [label, periods.map((x) => x[key]), colour]),
    line: { label: "Goldstein mean", data: periods.map((x) => x.goldstein_mean) },
    markers: { label: "Alert", data: markerValues, colours: markerColours, notes },
    lineAxis: [-10, 10],
    onPick: pick,
    description: `${series.a} ${arrow} ${series.b}: events per ${params.freq} by quad class and mean Goldstein score; ${fmt(total)} events`,
  });
  const main = document.getElementById("main");
  alertsLoading.then((alerts) => {
    if (!isCurrent()) return;
    for (const alert of alerts.alerts) {
      const i = indexOf(alert.period);
      if (i < 0) continue;
      markerValues[i] = periods[i].goldstein_mean ?? alert.value;
      markerColours[i] = alert.direction === "drop" ? "#7f1d1d" : "#0b3d7a";
      notes[i] = `Alert: ${alert.summary}`;
    }
    const markers = chart.data.datasets[chart.data.datasets.length - 1];
    markers.data = markerValues.slice(); // new arrays: Chart.js re-reads them on update
    markers.pointBackgroundColor = markerColours.slice();
    chart.update();
    fill(alertBox, el("h2", { text: `Alerts (${alerts.total})` }), alertList(alerts.alerts, pick, indexOf));
    main.dataset.alerts = "ready";
  }, (error) => {
    if (!isCurrent()) return;
    fill(alertBox, el("h2", { text: "Alerts" }), errorBox(error));
    main.dataset.alerts = "failed";
  });
  const chosen = indexOf(p.get("period") || "");
  if (chosen >= 0) await pick(chosen);
  else picked.append(el("p", { class: "muted", text: "Click a bar (or a period in the data table) to list its events." }));
}
