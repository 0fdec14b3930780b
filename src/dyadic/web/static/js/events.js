// Events: a filterable table. Each row shows the sentence with source, trigger and target marked,
// the codes, modality, confidence and rule, and links to the article.

import { getJSON, once } from "./api.js";
import { append, el, errorBox, fill, fmt, markedSentence, signed } from "./dom.js";

const MODALITIES = ["asserted", "negated", "intended", "hypothetical", "reported_past"];
const SORTS = [
  ["-date", "newest first"], ["date", "oldest first"], ["goldstein", "most conflictual"],
  ["-goldstein", "most cooperative"], ["-confidence", "most confident"], ["-articles", "most covered"],
];
/** Query parameters the Events page understands (and passes to /api/events). */
export const FILTERS = ["actor", "source", "target", "dyad", "directed", "country", "cameo", "root", "quad",
  "plover", "modality", "since", "until", "q", "doc_id", "location", "location_country", "unit", "sort"];
const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

function actorText(actor) {
  if (!actor) return "–";
  return actor.code || actor.text || "?";
}

function articleLink(event) {
  const href = `#/article/${encodeURIComponent(event.doc_id)}?event=${encodeURIComponent(event.mention_id || "")}`;
  const title = (event.article && event.article.title) || event.doc_id;
  return el("a", { href, text: title });
}

/** One table row per event. */
export function eventRow(event) {
  const quad = event.quad_class;
  const publisher = event.article && event.article.publisher;
  return el("tr", { dataset: { id: event.id } },
    el("td", { class: "date", "data-label": "Date" },
      el("span", { text: event.date || "undated" }),
      event.num_articles > 1 ? el("div", { class: "muted", text: `${event.num_articles} articles` }) : null),
    el("td", { class: "sentence", "data-label": "Sentence" },
      el("div", {}, markedSentence(event)),
      el("div", { class: "muted" }, articleLink(event), publisher ? ` · ${publisher}` : "")),
    el("td", { class: "codes", "data-label": "Codes" },
      el("span", { class: "dyad", text: `${actorText(event.source)} → ${actorText(event.target)}` }),
      el("span", { class: "cameo-name" },
        el("strong", { text: event.cameo }), ` ${event.cameo_name || ""}`),
      el("span", { class: `badge q${quad}`, text: QUADS[quad] || `quad ${quad}` }), " ",
      el("span", { class: "badge", text: `Goldstein ${signed(event.goldstein, 1)}` }),
      event.plover && event.plover.type
        ? el("span", { class: "cameo-name", text: `PLOVER ${event.plover.type}${event.plover.mode ? ` / ${event.plover.mode}` : ""}` })
        : null),
    el("td", { class: "modality", "data-label": "Modality" },
      el("span", { class: `badge ${event.modality}`, text: (event.modality || "").replace("_", " ") })),
    el("td", { class: "num", "data-label": "Confidence", text: event.confidence == null ? "–" : `${Math.round(event.confidence * 100)}%` }),
    el("td", { class: "rule", "data-label": "Rule" }, el("code", { class: "rule", text: (event.evidence && event.evidence.rule) || "" })));
}

/** A table of events (a header and one row per event). */
export function eventsTable(events, { caption } = {}) {
  const body = el("tbody", {}, events.map(eventRow));
  return el("div", { class: "table-wrap" },
    el("table", { class: "events-table" },
      caption ? el("caption", { class: "muted", text: caption }) : null,
      el("thead", {}, el("tr", {},
        el("th", { scope: "col", text: "Date" }), el("th", { scope: "col", text: "Sentence (source, trigger, target)" }),
        el("th", { scope: "col", text: "Codes" }), el("th", { scope: "col", text: "Modality" }),
        el("th", { scope: "col", class: "num", text: "Confidence" }), el("th", { scope: "col", text: "Rule" }))),
      body));
}

export const legend = () => el("p", { class: "mark-legend" },
  el("mark", { class: "m-source", text: "source" }), el("mark", { class: "m-trigger", text: "trigger" }),
  el("mark", { class: "m-target", text: "target" }));

/**
 * A list of events with a "more" button that follows the cursor. Returns the container; it fills
 * itself (await the `ready` promise on it).
 */
export function eventList(params, { caption, limit = 25 } = {}) {
  const box = el("div", { class: "event-list" });
  let table = null;
  const status = el("p", { class: "muted", "aria-live": "polite" });
  const more = el("button", { type: "button", class: "secondary", hidden: true, text: "Show more" });
  let cursor = null;
  let shown = 0;
  async function load() {
    more.disabled = true;
    const page = await getJSON("/api/events", { ...params, limit, cursor });
    if (!table) {
      table = eventsTable(page.events, { caption });
      box.prepend(table);
    } else {
      append(table.querySelector("tbody"), page.events.map(eventRow));
    }
    shown += page.events.length;
    cursor = page.next_cursor;
    status.textContent = page.total === 0 ? "No events match." : `${fmt(shown)} of ${fmt(page.total)} events`;
    more.hidden = !cursor;
    more.disabled = false;
  }
  more.addEventListener("click", () => load().catch((error) => box.append(errorBox(error))));
  box.append(el("div", { class: "more" }, status, more));
  box.ready = load().catch((error) => { fill(box, errorBox(error)); });
  return box;
}

function field(label, input) {
  return el("label", {}, label, input);
}

export async function renderEvents(view, current, { navigate, isCurrent }) {
  const p = current.params;
  const codes = await once("/api/codes");
  if (!isCurrent()) return;
  const plovers = [...new Set(codes.codes.map((c) => c.plover_type).filter(Boolean))].sort();
  const roots = codes.codes.filter((c) => c.code.length === 3 && c.code.endsWith("0"))
    .map((c) => ({ code: c.root, name: c.name }));
  const value = (name) => p.get(name) || "";
  const select = (name, options, empty) => el("select", { name },
    el("option", { value: "", text: empty }),
    options.map(([v, text]) => el("option", { value: v, text, selected: value(name) === v })));
  const form = el("form", { class: "filters panel", role: "search", "aria-label": "Filter events" },
    field("Actor (either side)", el("input", { type: "text", name: "actor", class: "code", value: value("actor"), placeholder: "RUS", autocomplete: "off" })),
    field("Source", el("input", { type: "text", name: "source", class: "code", value: value("source"), autocomplete: "off" })),
    field("Target", el("input", { type: "text", name: "target", class: "code", value: value("target"), autocomplete: "off" })),
    field("CAMEO code", el("input", { type: "text", name: "cameo", class: "short", value: value("cameo"), placeholder: "19, 163", inputmode: "numeric" })),
    field("Root", select("root", roots.map((c) => [c.code, `${c.code} ${c.name}`]), "any root")),
    field("Quad class", select("quad", Object.entries(QUADS).map(([k, v]) => [k, `${k} ${v}`]), "any")),
    field("PLOVER type", select("plover", plovers.map((t) => [t, t]), "any")),
    field("Modality", select("modality", MODALITIES.map((m) => [m, m.replace("_", " ")]), "any")),
    field("From", el("input", { type: "date", name: "since", value: value("since") })),
    field("To", el("input", { type: "date", name: "until", value: value("until") })),
    field("Sentence contains", el("input", { type: "search", name: "q", class: "wide", value: value("q") })),
    field("Sort", select("sort", SORTS, "newest first")),
    field("Unit", select("unit", [["events", "events"], ["mentions", "mentions"]], "events")),
    el("button", { type: "submit", text: "Filter" }),
    el("a", { href: "#/events", class: "button secondary", text: "Clear" }));
  for (const name of ["dyad", "directed", "country", "doc_id", "location", "location_country"]) {
    if (value(name)) form.append(el("input", { type: "hidden", name, value: value(name) }));
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const params = {};
    for (const name of FILTERS) {
      const v = data.get(name);
      if (v) params[name] = String(v).trim();
    }
    navigate("events", params);
  });
  const params = {};
  for (const name of FILTERS) if (value(name)) params[name] = value(name);
  const extra = ["dyad", "location", "location_country", "doc_id", "country"]
    .filter((n) => value(n)).map((n) => `${n.replace("_", " ")} ${value(n)}`);
  const limit = Math.min(Math.max(Number.parseInt(value("limit"), 10) || 50, 1), 500);
  const list = eventList(params, { limit });
  fill(view, 
    el("h1", { text: "Events" }),
    form,
    extra.length ? el("p", { class: "muted", text: `Also filtered by ${extra.join(", ")}.` }) : null,
    legend(),
    list);
  await list.ready;
}
