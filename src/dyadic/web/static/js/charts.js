// Charts drawn with the vendored Chart.js (window.Chart, loaded by index.html).

import { el } from "./dom.js";

const css = getComputedStyle(document.documentElement);
const colour = (name, fallback) => (css.getPropertyValue(name) || fallback).trim();

export const QUAD_SERIES = [
  ["verbal_coop", "Verbal cooperation", colour("--q1", "#7fb2e5")],
  ["material_coop", "Material cooperation", colour("--q2", "#1f5fa8")],
  ["verbal_conflict", "Verbal conflict", colour("--q3", "#f0a04b")],
  ["material_conflict", "Material conflict", colour("--q4", "#c2410c")],
];
export const CATEGORY_COLOURS = ["#c2410c", "#f0a04b", "#1f5fa8", "#7fb2e5", "#6b7280", "#2e7d32", "#8e44ad"];

/** Label of a period start for the x axis. */
export function periodLabel(start, freq) {
  if (!start) return "";
  if (freq === "year") return start.slice(0, 4);
  if (freq === "month") return start.slice(0, 7);
  if (freq === "quarter") return `${start.slice(0, 4)} Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
  return start;
}

const charts = new WeakMap();

/**
 * A bar chart of stacked counts with a line on a second axis, and optional markers on the
 * line's axis. `onPick(index)` is called when a period is clicked.
 */
export function stackedChart(box, { labels, bars, line, markers, lineAxis, countLabel, onPick, description }) {
  const canvas = el("canvas", { role: "img", "aria-label": description });
  box.append(canvas);
  const datasets = bars.map(([label, data, colourValue]) => ({
    type: "bar", label, data, backgroundColor: colourValue, stack: "counts", yAxisID: "y", order: 2,
  }));
  if (line) {
    datasets.push({
      type: "line", label: line.label, data: line.data, yAxisID: "y1", borderColor: "#1d232a",
      backgroundColor: "#1d232a", borderWidth: 2, pointRadius: 3, spanGaps: true, order: 1, tension: 0,
      // dashed across periods without events: there is no value there, only a way to read on
      segment: { borderDash: (part) => (part.p0.skip || part.p1.skip ? [5, 5] : undefined) },
    });
  }
  if (markers) {
    datasets.push({
      type: "line", label: markers.label, data: markers.data, yAxisID: "y1", showLine: false,
      pointStyle: "triangle", pointRadius: 12, pointHoverRadius: 14, order: 0,
      pointBackgroundColor: markers.colours, pointBorderColor: "#ffffff", pointBorderWidth: 2,
      borderColor: "#1d232a", backgroundColor: "#7f1d1d",
    });
  }
  const chart = new window.Chart(canvas, {
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: countLabel || "events" }, ticks: { precision: 0 } },
        y1: {
          position: "right", min: lineAxis ? lineAxis[0] : undefined, max: lineAxis ? lineAxis[1] : undefined,
          grid: { drawOnChartArea: false }, title: { display: Boolean(line), text: line ? line.label : "" },
        },
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 14 } },
        tooltip: {
          callbacks: {
            afterBody: (items) => {
              const index = items.length ? items[0].dataIndex : -1;
              return markers && markers.notes && markers.notes[index] ? markers.notes[index] : "";
            },
          },
        },
      },
      onClick: (event, _elements, chartObject) => {
        const hits = chartObject.getElementsAtEventForMode(event, "index", { intersect: false }, true);
        if (hits.length && onPick) onPick(hits[0].index);
      },
    },
  });
  charts.set(box, chart);
  return chart;
}
