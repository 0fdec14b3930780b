// The dashboard: a hash router over five pages. Each page renders into <main> and marks it
// data-ready when done (browser tests and the timing in data-render-ms rely on it).

import { once } from "./api.js";
import { el, errorBox, fill, fmt } from "./dom.js";
import { renderArticle } from "./article.js";
import { renderEvents } from "./events.js";
import { renderLens } from "./lens.js";
import { renderMap } from "./map.js";
import { renderRelations } from "./relations.js";

const PAGES = {
  relations: { render: renderRelations, title: "Relations" },
  lens: { render: renderLens, title: "Lens" },
  events: { render: renderEvents, title: "Events" },
  article: { render: renderArticle, title: "Article" },
  map: { render: renderMap, title: "Map" },
};

/** The current route: page name, its argument (an article id) and its query parameters. */
export function route() {
  const hash = window.location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?", 2);
  const parts = path.split("/");
  const name = PAGES[parts[0]] ? parts[0] : "relations";
  const arg = parts.length > 1 ? decodeURIComponent(parts.slice(1).join("/")) : "";
  return { name, arg, params: new URLSearchParams(query || "") };
}

/** Go to a page with parameters (empty ones dropped); `replace` keeps the history entry. */
export function navigate(name, params = {}, { arg = "", replace = false } = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "" && value !== false) query.set(key, String(value));
  }
  const path = arg ? `${name}/${encodeURIComponent(arg)}` : name;
  const hash = `#/${path}${query.toString() ? `?${query}` : ""}`;
  if (replace) {
    window.history.replaceState(null, "", hash);
    render();
  } else if (window.location.hash === hash) {
    render();
  } else {
    window.location.hash = hash;
  }
}

let generation = 0;

async function render() {
  const started = performance.now();
  const current = route();
  const page = PAGES[current.name];
  const main = document.getElementById("main");
  const mine = ++generation;
  main.removeAttribute("data-ready");
  main.removeAttribute("data-alerts");
  main.dataset.page = current.name;
  main.dataset.route = window.location.hash;
  for (const link of document.querySelectorAll("header nav a[data-page]")) {
    if (link.dataset.page === current.name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${page.title} · Dyadic`;
  // pages render into an attached element (charts need their size), replacing this message
  const view = el("div", { class: "view" }, el("p", { class: "loading", text: "Loading…" }));
  fill(main, view);
  try {
    await page.render(view, current, { navigate, isCurrent: () => mine === generation });
  } catch (error) {
    if (mine === generation) fill(view, errorBox(error));
  }
  if (mine !== generation) return;
  main.dataset.renderMs = String(Math.round(performance.now() - started));
  main.dataset.ready = "true";
}

async function storeSummary() {
  const target = document.getElementById("store-summary");
  try {
    const meta = await once("/api/meta");
    const dates = meta.dates || {};
    const span = dates.first ? ` · ${dates.first} to ${dates.last}` : "";
    target.textContent = `${meta.store}: ${fmt(meta.counts.events)} events from ${fmt(meta.counts.documents)} articles${span}`;
  } catch (error) {
    target.textContent = `store unavailable: ${error.message}`;
  }
}

window.addEventListener("hashchange", () => {
  render();
  const main = document.getElementById("main");
  main.focus({ preventScroll: true });
});
storeSummary();
render();
