// Lens: a strategy lens's categories over time (e.g. the EU's "push back, constrain, engage"
// towards Russia), with the balance between its positive and negative categories.

import { getJSON, once } from "./api.js";
import { el, fill, fmt, signed } from "./dom.js";
import { CATEGORY_COLOURS, periodLabel, stackedChart } from "./charts.js";

const FREQS = ["month", "quarter", "year"];

export async function renderLens(view, current, { navigate, isCurrent }) {
  const p = current.params;
  const { lenses } = await once("/api/lenses");
  if (!isCurrent()) return;
  if (!lenses.length) {
    fill(view, el("h1", { text: "Lens" }), el("p", { class: "muted", text: "No lenses are installed." }));
    return;
  }
  const name = lenses.some((l) => l.name === p.get("name")) ? p.get("name") : lenses[0].name;
  const freq = FREQS.includes(p.get("freq")) ? p.get("freq") : "month";
  const form = el("form", { class: "filters panel", "aria-label": "Choose a lens" },
    el("label", {}, "Lens", el("select", { name: "name" },
      lenses.map((l) => el("option", { value: l.name, text: l.title, selected: l.name === name })))),
    el("label", {}, "Period", el("select", { name: "freq" },
      FREQS.map((f) => el("option", { value: f, text: f, selected: f === freq })))),
    el("label", {}, "From", el("input", { type: "date", name: "since", value: p.get("since") || "" })),
    el("label", {}, "To", el("input", { type: "date", name: "until", value: p.get("until") || "" })),
    el("button", { type: "submit", text: "Show" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate("lens", { name: data.get("name"), freq: data.get("freq"), since: data.get("since"), until: data.get("until") });
  });
  const series = await getJSON(`/api/lenses/${encodeURIComponent(name)}/series`, {
    freq, since: p.get("since"), until: p.get("until"),
  });
  if (!isCurrent()) return;
  const periods = series.periods;
  const categories = series.categories;
  const hasBalance = series.balance.positive.length || series.balance.negative.length;
  const totals = categories.map((c) => periods.reduce((n, x) => n + (x[c.id] || 0), 0));
  const chartBox = el("div", { class: "chart-box", id: "lens-chart" });
  const describe = el("dl", { class: "categories" }, categories.map((c, i) => [
    el("dt", {}, el("span", { class: "badge", text: `${c.label}: ${fmt(totals[i])} events` })),
    el("dd", { class: "muted", text: c.description || "" }),
  ]));
  const rows = periods.map((x) => el("tr", {},
    el("th", { scope: "row", text: periodLabel(x.period, freq) }),
    categories.map((c) => el("td", { class: "num", text: fmt(x[c.id]) })),
    el("td", { class: "num", text: fmt(x.total) }),
    hasBalance ? el("td", { class: "num", text: signed(x.balance) }) : null));
  fill(view, 
    el("h1", { text: "Lens" }), form,
    el("section", { class: "panel" },
      el("h2", { text: series.title }),
      el("p", { class: "muted", text: series.description }),
      series.source ? el("p", { class: "muted", text: `Source: ${series.source}` }) : null,
      chartBox,
      el("p", { class: "chart-note", text: hasBalance
        ? `Bars: events per category (left axis). Line: balance = (${series.balance.positive.join(" + ") || "0"} − ${series.balance.negative.join(" − ") || "0"}) / total, from −1 to +1 (right axis).`
        : "Bars: events per category." }),
      describe),
    el("details", { class: "panel" }, el("summary", { text: "Data table" }),
      el("div", { class: "table-wrap" }, el("table", { class: "periods" },
        el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Period" }),
          categories.map((c) => el("th", { scope: "col", class: "num", text: c.label })),
          el("th", { scope: "col", class: "num", text: "Total" }),
          hasBalance ? el("th", { scope: "col", class: "num", text: "Balance" }) : null)),
        el("tbody", {}, rows)))));
  stackedChart(chartBox, {
    labels: periods.map((x) => periodLabel(x.period, freq)),
    bars: categories.map((c, i) => [c.label, periods.map((x) => x[c.id]), CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]]),
    line: hasBalance ? { label: "Balance", data: periods.map((x) => x.balance) } : null,
    lineAxis: [-1, 1],
    description: `${series.title}: events per category and ${freq}`,
  });
}
