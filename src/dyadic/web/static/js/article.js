// Article: the text with every coded event (source, trigger, target) and quote marked, in the
// spirit of displaCy; the list of events beside it highlights one event's spans in the text.

import { getJSON } from "./api.js";
import { el, fill, markedText, signed } from "./dom.js";

function spansOf(article) {
  const spans = [];
  const labels = new Set();
  // one tag per span and label: two events with the same source show its code once
  const once = (start, end, label) => {
    const key = `${start}:${end}:${label}`;
    if (!label || labels.has(key)) return null;
    labels.add(key);
    return label;
  };
  article.events.forEach((event, i) => {
    const key = `e${i}`;
    const ev = event.evidence || {};
    const add = (span, cls, label, labelCls, title) => {
      if (span && span[1] > span[0]) {
        spans.push({ start: span[0], end: span[1], cls, label: once(span[0], span[1], label), labelCls, title, key });
      }
    };
    add(ev.source, "m-source", event.source ? event.source.code || "?" : null, "t-source",
      `source of event ${i + 1}: ${event.source ? event.source.code : ""}`);
    add(ev.target, "m-target", event.target ? event.target.code || "?" : null, "t-target",
      `target of event ${i + 1}: ${event.target ? event.target.code : ""}`);
    add(ev.trigger, "m-trigger", `${event.cameo}${event.plover && event.plover.type ? ` ${event.plover.type}` : ""}`,
      "t-trigger", `event ${i + 1}: ${event.cameo} ${event.cameo_name || ""} (${event.modality})`);
  });
  article.quotes.forEach((quote, i) => {
    if (quote.span && quote.span[1] > quote.span[0]) {
      const who = quote.speaker ? quote.speaker.name || quote.speaker.code || "?" : "unattributed";
      spans.push({
        start: quote.span[0], end: quote.span[1], cls: "m-quote", label: `“ ${who}`, labelCls: "t-quote",
        title: `${quote.direct ? "direct" : "indirect"} quote by ${who}`, key: `q${i}`,
      });
    }
  });
  return spans;
}

/** Only web addresses become links (a stored url could be javascript: or data:). */
function safeUrl(value) {
  return typeof value === "string" && /^https?:\/\//i.test(value) ? value : null;
}

function highlight(textBox, key) {
  for (const mark of textBox.querySelectorAll("mark.active")) mark.classList.remove("active");
  const marks = [...textBox.querySelectorAll("mark")].filter((m) => m.dataset.key === key);
  for (const mark of marks) mark.classList.add("active");
  if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
}

export async function renderArticle(view, current, { isCurrent }) {
  const docId = current.arg;
  if (!docId) {
    fill(view, el("h1", { text: "Article" }),
      el("p", { class: "muted" }, "Open an article from the ", el("a", { href: "#/events", text: "Events" }), " page."));
    return;
  }
  const article = await getJSON(`/api/articles/${encodeURIComponent(docId)}`);
  if (!isCurrent()) return;
  const textBox = el("div", { class: "article-text", id: "article-text" }, markedText(article.text, spansOf(article)));
  const wanted = current.params.get("event");
  let wantedKey = null;
  const items = article.events.map((event, i) => {
    const key = `e${i}`;
    if (wanted && event.mention_id === wanted) wantedKey = key;
    return el("li", {},
      el("button", { type: "button", class: "link", onclick: () => highlight(textBox, key),
        text: `${event.source ? event.source.code || "?" : "–"} → ${event.target ? event.target.code || "?" : "–"}: ${event.cameo} ${event.cameo_name || ""}` }),
      el("div", { class: "muted", text: `${event.date || "undated"} · ${event.modality.replace("_", " ")} · Goldstein ${signed(event.goldstein, 1)} · confidence ${Math.round((event.confidence || 0) * 100)}%` }),
      el("div", { class: "muted" }, el("code", { class: "rule", text: event.evidence.rule || "" })));
  });
  const quotes = article.quotes.map((quote, i) => el("li", {},
    el("button", { type: "button", class: "link", onclick: () => highlight(textBox, `q${i}`),
      text: `${quote.speaker ? quote.speaker.name || quote.speaker.code : "unattributed"}${quote.direct ? "" : " (indirect)"}` }),
    el("div", {}, el("q", { text: quote.text }))));
  const meta = [article.source, article.published, article.dateline && article.dateline.place ? `dateline ${article.dateline.place}` : null]
    .filter(Boolean).join(" · ");
  fill(view, 
    el("h1", { text: article.title || article.doc_id }),
    el("p", { class: "meta" }, meta, safeUrl(article.url) ? [" · ", el("a", { href: safeUrl(article.url), rel: "noopener noreferrer", text: "original" })] : null,
      " · ", el("a", { href: `#/events?doc_id=${encodeURIComponent(article.doc_id)}`, text: "events as a table" })),
    el("p", { class: "mark-legend" }, el("mark", { class: "m-source", text: "source" }), el("mark", { class: "m-trigger", text: "trigger (CAMEO code)" }),
      el("mark", { class: "m-target", text: "target" }), el("mark", { class: "m-quote", text: "quote" })),
    el("div", { class: "article-grid" }, textBox,
      el("aside", { class: "panel" },
        el("h2", { text: `${article.events.length} coded events` }),
        items.length ? el("ol", { class: "article-events" }, items) : el("p", { class: "muted", text: "No events were coded in this article." }),
        el("h2", { text: `${article.quotes.length} quotes` }),
        quotes.length ? el("ol", { class: "article-events" }, quotes) : el("p", { class: "muted", text: "No quotes." }))));
  if (wantedKey) highlight(textBox, wantedKey);
}
