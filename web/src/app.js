// dyad serve's dashboard: reads the JSON API and draws with Observable Plot. Every string from
// the store is set as textContent (never as HTML), and links are made only for http(s) URLs.
import * as Plot from "@observablehq/plot";
import { feature } from "topojson-client";
import countries from "i18n-iso-countries";
import world from "world-atlas/countries-110m.json";

const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const QUAD_COLORS = ["#7fb3d5", "#2e86c1", "#f5b041", "#c0392b"];
const PAGE = 50;
const $ = (sel) => document.querySelector(sel);
const land = feature(world, world.objects.countries).features;
let offset = 0;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function status(text, error) {
  $("#status").textContent = text || "";
  $("#status").className = error ? "error" : "";
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== undefined && v !== null) q.set(k, v);
  const res = await fetch(path + (q.toString() ? "?" + q : ""));
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function filters() {
  const f = Object.fromEntries(new FormData($("#filters")));
  for (const k of ["source", "target"]) f[k] = (f[k] || "").trim().toUpperCase();
  return f;
}

function setFilters(values) {
  const form = $("#filters");
  for (const [k, v] of Object.entries(values)) form.elements[k].value = v;
  offset = 0;
  refresh();
}

const toDate = (s) => new Date(s + "T00:00:00Z");
const iso = (d) => d.toISOString().slice(0, 10);
const interval = (by) => (by === "week" ? "monday" : by);

function periodEnd(start, by) {
  const d = new Date(start);
  if (by === "day") return iso(d);
  if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
  else { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return iso(d);
}

function drawTimeline(stats, by) {
  const data = [];
  for (const p of stats.periods) {
    if (p.period === "unknown") continue;
    const start = toDate(by === "month" ? p.period + "-01" : p.period);
    p.quad.forEach((n, i) => { if (n) data.push({ start, quad: i + 1, name: QUADS[i], events: n }); });
  }
  const plot = Plot.plot({
    height: 260, marginLeft: 45, x: { type: "utc", label: null }, y: { label: "events", grid: true },
    color: { domain: QUADS, range: QUAD_COLORS, legend: true },
    marks: [
      Plot.rectY(data, { x: "start", interval: interval(by), y: "events", fill: "name", className: "bars",
        title: (d) => `${iso(d.start)}: ${d.events} ${d.name}` }),
      Plot.ruleY([0]),
    ],
  });
  // Plot keeps each mark element's index into its data as __data__.
  plot.addEventListener("click", (e) => {
    const d = e.target.closest("g.bars") ? data[e.target.__data__] : null;
    if (d) setFilters({ from: iso(d.start), to: periodEnd(d.start, by), quad: String(d.quad) });
  });
  $("#timeline").replaceChildren(plot);
}

function drawMap(stats) {
  const counts = new Map();
  for (const c of stats.countries) {
    const n = countries.alpha3ToNumeric(c.country);
    if (n) counts.set(String(n).padStart(3, "0"), c);
  }
  const shown = land.filter((f) => counts.has(f.id));
  const plot = Plot.plot({
    projection: "equal-earth", height: 300,
    // from zero, so that a country in one event is still visibly coloured
    color: { type: "sqrt", scheme: "blues", domain: [0, Math.max(1, ...shown.map((f) => counts.get(f.id).events))], legend: true, label: "events" },
    marks: [
      Plot.geo(land, { fill: "#eee", stroke: "#bbb", strokeWidth: 0.5 }),
      Plot.geo(shown, { fill: (f) => counts.get(f.id).events, stroke: "#555", strokeWidth: 0.5, className: "mapped",
        title: (f) => `${f.properties.name} (${counts.get(f.id).country}): ${counts.get(f.id).events} events` }),
    ],
  });
  plot.addEventListener("click", (e) => {
    const f = e.target.closest("g.mapped") ? shown[e.target.__data__] : null;
    if (f) setFilters({ source: counts.get(f.id).country, target: "" });
  });
  $("#map").replaceChildren(plot);
  $("#map").dataset.countries = String(shown.length);
}

function row(cells, onclick) {
  const tr = document.createElement("tr");
  for (const c of cells) tr.append(el("td", c, typeof c === "number" ? "num" : ""));
  tr.addEventListener("click", onclick);
  return tr;
}

function drawDyads(stats) {
  $("#dyads tbody").replaceChildren(...stats.dyads.map((d) =>
    row([d.source, d.target, d.events, d.mentions, d.goldstein], () => setFilters({ source: d.source, target: d.target }))));
}

async function drawDyad(a, b) {
  const f = filters();
  const by = f.by || "day";
  const [ab, ba] = await Promise.all([api("/api/stats", { ...f, source: a, target: b }), api("/api/stats", { ...f, source: b, target: a })]);
  $("#dyad-summary tbody").replaceChildren(
    row([`${a} → ${b}`, ab.events, ab.mentions, ab.goldstein], () => setFilters({ source: a, target: b })),
    row([`${b} → ${a}`, ba.events, ba.mentions, ba.goldstein], () => setFilters({ source: b, target: a })));
  const data = [];
  for (const [name, s] of [[`${a} → ${b}`, ab], [`${b} → ${a}`, ba]])
    for (const p of s.periods) if (p.period !== "unknown")
      data.push({ dir: name, start: toDate(by === "month" ? p.period + "-01" : p.period), events: p.events, goldstein: p.goldstein });
  $("#dyad-plot").replaceChildren(Plot.plot({
    height: 200, marginLeft: 45, x: { type: "utc", label: null }, y: { label: "Goldstein (sum)", grid: true },
    color: { legend: true },
    marks: [Plot.ruleY([0]), Plot.dot(data, { x: "start", y: "goldstein", r: "events", fill: "dir", tip: true })],
  }));
}

function drawTable(page) {
  const rows = page.events.map((e) => row(
    [e.date || "", e.source, e.target, e.code, e.quad_class || "", e.goldstein ?? "", e.num_mentions, e.sentence || ""],
    () => { location.hash = "#event/" + e.id; }));
  $("#events tbody").replaceChildren(...rows);
  $("#page").textContent = page.events.length ? `events ${page.offset + 1}–${page.offset + page.events.length}` : "no events";
  $("#prev").disabled = page.offset === 0;
  $("#next").disabled = !page.more;
}

// The table lists the events the totals count: today's news, not background told again
// (/api/stats leaves background events out by default).
async function refresh() {
  const f = filters();
  try {
    status("loading…");
    const [stats, page] = await Promise.all([api("/api/stats", f), api("/api/events", { ...f, by: undefined, background: "exclude", limit: PAGE, offset })]);
    $("#totals").textContent = `${stats.events} events, ${stats.mentions} mentions, Goldstein sum ${stats.goldstein}`;
    $("#totals").dataset.events = String(stats.events);
    drawTimeline(stats, f.by || "day");
    drawMap(stats);
    drawDyads(stats);
    drawTable(page);
    const form = $("#dyad-form");
    if (!form.elements.a.value && stats.dyads.length) {
      form.elements.a.value = stats.dyads[0].source;
      form.elements.b.value = stats.dyads[0].target;
    }
    if (form.elements.a.value && form.elements.b.value) await drawDyad(form.elements.a.value.toUpperCase(), form.elements.b.value.toUpperCase());
    status("");
  } catch (err) {
    status(String(err.message || err), true);
  }
}

// The sentence with the source, target and verb marked; offsets are in UTF-8 bytes.
function markedSentence(m) {
  const bytes = new TextEncoder().encode(m.sentence || "");
  const dec = new TextDecoder();
  const spans = [["src", m.source], ["tgt", m.target], ["verb", m.verb]]
    .filter(([, s]) => s.start >= 0 && s.end <= bytes.length).sort((x, y) => x[1].start - y[1].start);
  const p = el("p", null, "sentence");
  let at = 0;
  for (const [cls, s] of spans) {
    if (s.start < at) continue;
    p.append(dec.decode(bytes.slice(at, s.start)), el("mark", dec.decode(bytes.slice(s.start, s.end)), cls));
    at = s.end;
  }
  p.append(dec.decode(bytes.slice(at)));
  return p;
}

function mentionItem(m) {
  const li = el("li");
  li.append(markedSentence(m));
  const a = m.article;
  const src = el("p", `${a.title || a.doc_id || ""} — ${a.source || "unknown source"}, ${a.published || "undated"}, sentence ${m.sentence_index + 1}` +
    (m.reported_by ? `, reported by ${m.reported_by}` : ""));
  if (a.url && /^https?:\/\//i.test(a.url)) {
    const link = el("a", a.url);
    link.href = a.url;
    link.rel = "noopener noreferrer";
    src.append(" ", link);
  }
  li.append(src);
  const entries = el("ul", null, "entries");
  for (const [k, v] of Object.entries(m.entries)) if (v) entries.append(el("li", `${k.replace("_", " ")}: ${v}`));
  li.append(entries);
  return li;
}

async function showEvent(id) {
  $("#dashboard").hidden = true;
  $("#event").hidden = false;
  try {
    const r = await api("/api/event/" + encodeURIComponent(id));
    const e = r.event;
    $("#event-title").textContent = `${e.source} → ${e.target}: ${e.code} on ${e.date || "unknown date"}`;
    const facts = [["quad class", e.quad_class ? `${e.quad_class} ${QUADS[e.quad_class - 1]}` : "unknown"], ["Goldstein", e.goldstein],
      ["mentions", e.num_mentions], ["articles", e.num_articles], ["sources", e.num_sources]];
    $("#event-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", k), el("dd", v ?? "")]));
    $("#mentions").replaceChildren(...r.mentions.map(mentionItem));
    status(r.more ? `showing the first ${r.mentions.length} mentions` : "");
  } catch (err) {
    status(String(err.message || err), true);
  }
}

function route() {
  const m = /^#event\/(\d+)$/.exec(location.hash);
  if (m) return showEvent(m[1]);
  $("#event").hidden = true;
  $("#dashboard").hidden = false;
  status("");
  return refresh();
}

document.addEventListener("DOMContentLoaded", () => {
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); offset = 0; refresh(); });
  $("#filters").addEventListener("reset", () => setTimeout(() => { offset = 0; refresh(); }));
  $("#dyad-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const f = $("#dyad-form").elements;
    drawDyad(f.a.value.trim().toUpperCase(), f.b.value.trim().toUpperCase()).catch((err) => status(err.message, true));
  });
  $("#prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); refresh(); });
  $("#next").addEventListener("click", () => { offset += PAGE; refresh(); });
  window.addEventListener("hashchange", route);
  route();
});
