// Map: events by location on an offline world map (Natural Earth 1:110m via world-atlas,
// vendored), drawn as SVG in an equirectangular projection. Countries are shaded by the events
// located in them; circles are named places with coordinates. Click (or Enter on) a place or a
// country to list its events.

import { getJSON, once } from "./api.js";
import { el, fill, fmt, signed } from "./dom.js";
import { eventList, legend } from "./events.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 960;
const HEIGHT = 470;
const TOP = 84; // latitudes shown: 84°N to 60°S (no Antarctica: nothing happens there)
const BOTTOM = -60;
const ANTARCTICA = "010";
const QUADS = { "": "all events", "1,2": "cooperation", "3,4": "conflict" };

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

const project = ([lon, lat]) => [((lon + 180) / 360) * WIDTH, ((TOP - lat) / (TOP - BOTTOM)) * HEIGHT];

/**
 * A ring as an SVG path. A ring that crosses the antimeridian (Russia, Fiji) jumps from +180 to
 * −180; its longitudes are unwrapped so that it stays one shape, and the part beyond the edge is
 * clipped by the map's frame.
 */
function ringPath(ring) {
  let shift = 0;
  let previous = null;
  return ring.map(([lon, lat], i) => {
    if (previous !== null) {
      if (lon + shift - previous > 180) shift -= 360;
      else if (lon + shift - previous < -180) shift += 360;
    }
    previous = lon + shift;
    const [x, y] = project([lon + shift, lat]);
    return `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join("") + "Z";
}

function geometryPath(geometry) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  return polygons.map((rings) => rings.map(ringPath).join("")).join("");
}

let topojsonLoaded = null;
function loadTopojson() {
  if (window.topojson) return Promise.resolve();
  if (!topojsonLoaded) {
    topojsonLoaded = new Promise((resolve, reject) => {
      const script = el("script", { src: "/static/vendor/topojson-client/topojson-client.min.js" });
      script.addEventListener("load", () => resolve());
      script.addEventListener("error", () => reject(new Error("could not load the map library")));
      document.head.append(script);
    });
  }
  return topojsonLoaded;
}

async function worldFeatures() {
  await loadTopojson();
  const world = await once("/static/vendor/world-atlas/countries-110m.json");
  return window.topojson.feature(world, world.objects.countries).features;
}

function shade(count, max) {
  if (!count) return null;
  const t = Math.sqrt(count / max);
  const light = Math.round(92 - t * 45);
  return `hsl(28, 75%, ${light}%)`;
}

export async function renderMap(view, current, { navigate, isCurrent }) {
  const p = current.params;
  const filters = { actor: p.get("actor") || "", quad: p.get("quad") || "", since: p.get("since") || "", until: p.get("until") || "" };
  const [features, found] = await Promise.all([worldFeatures(), getJSON("/api/map", filters)]);
  if (!isCurrent()) return;
  const byNumeric = new Map(found.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const max = Math.max(1, ...found.countries.map((c) => c.events));
  const maxPlace = Math.max(1, ...found.points.map((x) => x.events));
  const picked = el("section", { id: "map-events", "aria-live": "polite" });
  const show = (title, params) => {
    const list = eventList({ ...filters, ...params }, { caption: title });
    fill(picked, el("h2", { text: title }), legend(), list);
    return list.ready;
  };
  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "group", "aria-label": "World map of event locations" });
  root.append(svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: "#eaf2fa" }));
  const countries = svg("g");
  for (const feature of features) {
    if (feature.id === ANTARCTICA) continue;
    const info = byNumeric.get(feature.id);
    const path = svg("path", { d: geometryPath(feature.geometry), class: info ? "country has" : "country" });
    const name = (feature.properties && feature.properties.name) || "";
    if (info) {
      path.style.fill = shade(info.events, max);
      path.setAttribute("tabindex", "0");
      path.setAttribute("role", "button");
      path.setAttribute("aria-label", `${name}: ${info.events} events`);
      const title = svg("title");
      title.textContent = `${name}: ${info.events} events located here, mean Goldstein ${signed(info.goldstein_mean)}`;
      path.append(title);
      const open = () => show(`Events in ${name} (${info.country})`, { location_country: info.country });
      path.addEventListener("click", open);
      path.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); open(); } });
    }
    countries.append(path);
  }
  root.append(countries);
  const places = svg("g");
  for (const place of found.points) {
    if (place.lat === null || place.lon === null) continue;
    const [x, y] = project([place.lon, place.lat]);
    const radius = 3 + 9 * Math.sqrt(place.events / maxPlace);
    const circle = svg("circle", {
      cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1), tabindex: 0, role: "button",
      class: place.conflict * 2 >= place.events ? "place" : "place coop",
      "aria-label": `${place.name}: ${place.events} events`,
    });
    const title = svg("title");
    title.textContent = `${place.name}${place.country ? ` (${place.country})` : ""}: ${place.events} events, mean Goldstein ${signed(place.goldstein_mean)}`;
    circle.append(title);
    const open = () => show(`Events at ${place.name}`, { location: place.name });
    circle.addEventListener("click", open);
    circle.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); open(); } });
    places.append(circle);
  }
  root.append(places);
  const form = el("form", { class: "filters panel", "aria-label": "Filter the map" },
    el("label", {}, "Actor (either side)", el("input", { type: "text", name: "actor", class: "code", value: filters.actor, autocomplete: "off" })),
    el("label", {}, "Events", el("select", { name: "quad" },
      Object.entries(QUADS).map(([value, text]) => el("option", { value, text, selected: value === filters.quad })))),
    el("label", {}, "From", el("input", { type: "date", name: "since", value: filters.since })),
    el("label", {}, "To", el("input", { type: "date", name: "until", value: filters.until })),
    el("button", { type: "submit", text: "Show" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate("map", Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v).trim()])));
  });
  const unmatched = found.countries.filter((c) => !c.numeric).map((c) => c.country);
  fill(view, 
    el("h1", { text: "Map" }), form,
    el("div", { class: "map-box", id: "world-map" }, root),
    el("p", { class: "map-legend", text: `${fmt(found.located)} of ${fmt(found.events)} events have a known place. `
      + "Shading: events located in a country. Circles: named places (orange mostly conflict, blue mostly cooperation). "
      + (unmatched.length ? `Not on this map: ${unmatched.join(", ")}.` : "") }),
    picked);
}
