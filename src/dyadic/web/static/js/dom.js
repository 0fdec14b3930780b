// DOM helpers. Every piece of data reaches the page as a text node (textContent), never as HTML.

/** Create an element: attrs may hold class, text, dataset, on<Event> handlers and attributes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** Append children (nodes, strings as text, arrays, null skipped). */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Replace a node's children (nodes, strings as text, arrays; null and false skipped). */
export function fill(node, ...children) {
  return append(clear(node), children);
}

export function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  if (typeof value !== "number") return String(value);
  return Number.isInteger(value) ? value.toLocaleString("en") : value.toFixed(digits);
}

export function signed(value, digits = 2) {
  if (value === null || value === undefined) return "–";
  return (value > 0 ? "+" : "") + value.toFixed(digits);
}

export function errorBox(error) {
  return el("p", { class: "error", role: "alert", text: error && error.message ? error.message : String(error) });
}

/**
 * Text with marked spans. `spans` is a list of {start, end, cls, label?, labelCls?, key?}; spans
 * may overlap. The text is cut at every span boundary and each piece is wrapped in one <mark>
 * per covering span (outermost first); a span's label is a small tag before its first piece.
 */
export function markedText(text, spans) {
  const fragment = document.createDocumentFragment();
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const labelled = new Set();
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => (b.end - b.start) - (a.end - a.start));
    let node = document.createTextNode(text.slice(start, end));
    for (let j = covering.length - 1; j >= 0; j -= 1) {
      const s = covering[j];
      const mark = el("mark", { class: s.cls, title: s.title || null });
      if (s.key) mark.dataset.key = s.key;
      mark.append(node);
      node = mark;
    }
    for (const s of covering) {
      if (s.label && s.start === start && !labelled.has(s)) {
        labelled.add(s);
        fragment.append(el("span", { class: `tag ${s.labelCls || ""}`, text: s.label, "aria-hidden": "true" }));
      }
    }
    fragment.append(node);
  }
  return fragment;
}

/** A sentence with its event's source, trigger and target marked (spans are sentence offsets). */
export function markedSentence(event) {
  const spans = [];
  const add = (name, cls, title) => {
    const span = event.spans && event.spans[name];
    if (span) spans.push({ start: span[0], end: span[1], cls, title });
  };
  add("source", "m-source", `source: ${event.source ? event.source.code || "" : ""}`);
  add("target", "m-target", `target: ${event.target ? event.target.code || "" : ""}`);
  add("trigger", "m-trigger", `trigger: ${event.cameo} ${event.cameo_name || ""}`);
  return markedText(event.sentence || "", spans);
}
