/* The graph as the page sees it: nodes (entities and events), links (relations,
 * event roles, positions held), dates, and the vis-network items made from them. */

var DATA = JSON.parse(byId("kg-data").textContent);
var ENTITIES = DATA.entities;
var EDGES = DATA.edges;
var EVENTS = DATA.events || {};
var POSITIONS = DATA.positions || {};
var QUOTES = DATA.quotes || {};
var DOCUMENTS = DATA.documents;
var SENTENCES = DATA.sentences || [];
var COMMUNITIES = DATA.communities || [];
var EVENT_PREFIX = "event/";
var TYPE_COLOURS = {};
DATA.types.forEach(function (t) { TYPE_COLOURS[t.name] = t.colour; });
var FACT = {};
(DATA.factualities || []).forEach(function (f) { FACT[f.name] = f.fact; });
// Roles whose entity acts: their role edge points into the event, the others out of it.
var ACTING_ROLES = setOf(["agent", "source"]);
var NO_COMMUNITY_COLOUR = "#C9CED4";
var FADED = { background: "#EEF0F2", border: "#DDE1E5" };
var NOT_FACT = { background: "#E3E6EA", border: "#7A838C" };

function isEvent(id) { return id.indexOf(EVENT_PREFIX) === 0; }
function eventOf(id) { return EVENTS[id.slice(EVENT_PREFIX.length)]; }
function isFact(factuality) { return !factuality || FACT[factuality] !== false; }

function nodeLabel(id) {
  if (isEvent(id)) { var ev = eventOf(id); return ev.lemma || ev.trigger; }
  return ENTITIES[id].label;
}

function documentLabel(id) {
  var d = DOCUMENTS[id];
  if (!d) return id;
  var text = d.title || id;
  return d.date ? text + " (" + d.date + ")" : text;
}

function documentDate(id) { return DOCUMENTS[id] ? DOCUMENTS[id].date || null : null; }

// ---- links: every connection the page draws ------------------------------------

var ENTITY_KEYS = Object.keys(ENTITIES);
var LINKS = {};          // vis edge id -> {id, kind, from, to, ref, label}
var LINKS_OF = {};       // node id -> [link ids]
var NODE_IDS = Object.keys(ENTITIES).concat(Object.keys(EVENTS).map(function (id) { return EVENT_PREFIX + id; }));
NODE_IDS.forEach(function (id) { LINKS_OF[id] = []; });

function addLink(link) {
  LINKS[link.id] = link;
  LINKS_OF[link.from].push(link.id);
  if (link.to !== link.from) LINKS_OF[link.to].push(link.id);
}

forEachKey(EDGES, function (id, e) {
  if (ENTITIES[e.from] && ENTITIES[e.to]) addLink({ id: id, kind: "relation", from: e.from, to: e.to, ref: id, label: e.key });
});
forEachKey(EVENTS, function (id, ev) {
  (ev.participants || []).forEach(function (p, i) {
    if (!p.entity) return;
    var node = EVENT_PREFIX + id;
    var acting = ACTING_ROLES.has(p.role);
    addLink({ id: "role/" + id + "/" + i, kind: "role", from: acting ? p.entity : node, to: acting ? node : p.entity,
      ref: id, label: p.role, entity: p.entity });
  });
});
forEachKey(POSITIONS, function (id, p) {
  if (p.organisation) addLink({ id: "position/" + id, kind: "position", from: p.person, to: p.organisation, ref: id, label: p.role });
});

var LINK_IDS = Object.keys(LINKS);

function otherEnd(linkId, node) {
  var link = LINKS[linkId];
  return link.from === node ? link.to : link.from;
}

// Entities with no link at all: off the first screen, one toggle away.
var UNRELATED_COUNT = Object.keys(ENTITIES).filter(function (key) { return LINKS_OF[key].length === 0; }).length;

// ---- dates: every statement's [first day, last day], as YYYY-MM-DD strings -----------

function span(date, end, documentId) {
  var first = date || documentDate(documentId);
  return first ? [first, end || first] : null;
}

function readingSpan(r) { return span(r.date, r.dateEnd, r.document); }
function eventSpan(ev) { return span(ev.date, ev.dateEnd, ev.document); }
function positionSpan(p) { return span(null, null, p.document); }
function quoteSpan(q) { return span(q.date, null, q.document); }

// Each relation's readings' spans, in the order of its readings (the date filter reads
// them on every change).
var READING_SPANS = {};

var DATES = (function () {
  var all = new Set();
  function add(s) { if (s) { all.add(s[0]); all.add(s[1]); } }
  forEachKey(DOCUMENTS, function (id, d) { if (d.date) all.add(d.date); });
  forEachKey(EDGES, function (id, e) {
    var spans = READING_SPANS[id] = e.readings.map(readingSpan);
    spans.forEach(add);
  });
  forEachKey(EVENTS, function (id, ev) { add(eventSpan(ev)); });
  return Array.from(all).sort();
})();

// The dates of an entity's articles (undated ones left out), worked out when first needed.
var ENTITY_DATES = {};

function entityDates(key) {
  if (!ENTITY_DATES[key]) {
    ENTITY_DATES[key] = (ENTITIES[key].documents || []).map(documentDate).filter(function (d) { return d !== null; });
  }
  return ENTITY_DATES[key];
}

// ---- statements: what the panel lists for a node, in date order ---------------------

// One entry per thing said: {kind, id, date, document, sentence, start}; undated last.
function statementsOf(node) {
  var items = [];
  if (isEvent(node)) return items;
  LINKS_OF[node].forEach(function (linkId) {
    var link = LINKS[linkId];
    if (link.kind === "relation") {
      EDGES[link.ref].readings.forEach(function (r, i) {
        items.push({ kind: "relation", id: link.ref, reading: i, span: readingSpan(r), document: r.document, start: r.start });
      });
    } else if (link.kind === "role") {
      var ev = EVENTS[link.ref];
      items.push({ kind: "event", id: link.ref, role: link.label, span: eventSpan(ev), document: ev.document, start: ev.start });
    }
  });
  forEachKey(POSITIONS, function (id, p) {
    if (p.person === node || p.organisation === node) {
      items.push({ kind: "position", id: id, span: positionSpan(p), document: p.document, start: p.start });
    }
  });
  forEachKey(QUOTES, function (id, q) {
    if (q.speaker === node || q.addressee === node) {
      items.push({ kind: "quote", id: id, span: quoteSpan(q), document: q.document, start: q.start });
    }
  });
  var seen = new Set();
  items = items.filter(function (item) {
    var key = item.kind + "/" + item.id + "/" + (item.reading || 0);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  items.sort(function (a, b) {
    var da = a.span ? a.span[0] : "9999", db = b.span ? b.span[0] : "9999";
    return da < db ? -1 : da > db ? 1 : a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start;
  });
  return items;
}

// ---- tooltips: plain strings, which vis-network shows as text, not HTML -------------

function entityTooltip(key) {
  var e = ENTITIES[key];
  var documents = (e.documents || []).length;
  var lines = [e.label, e.type + " · " + plural(e.mentions, "mention") + " · " + plural(e.degree || 0, "link") +
    " · " + plural(documents, "article")];
  var aliases = e.aliases || [];
  if (aliases.length) lines.push("Also: " + aliases.slice(0, 6).join(", ") + (aliases.length > 6 ? ", …" : ""));
  if (e.community !== undefined && COMMUNITIES[e.community]) lines.push("Community: " + COMMUNITIES[e.community].label);
  var shown = 0;
  LINKS_OF[key].some(function (linkId) {
    var link = LINKS[linkId];
    if (link.kind !== "relation") return false;
    lines.push("“" + SENTENCES[EDGES[link.ref].readings[0].sentence] + "”");
    shown += 1;
    return shown >= 2;
  });
  lines.push("Click to focus.");
  return lines.join("\n");
}

function eventTooltip(id) {
  var ev = EVENTS[id];
  var lines = [ev.trigger + " (" + (ev.class || "event") + ", " + (ev.factuality || "asserted") + ")"];
  (ev.participants || []).forEach(function (p) {
    lines.push(p.role + ": " + (p.entity ? ENTITIES[p.entity].label : p.text));
  });
  lines.push("“" + SENTENCES[ev.sentence] + "”");
  return lines.join("\n");
}

function linkTooltip(linkId) {
  var link = LINKS[linkId];
  var head = nodeLabel(link.from) + " → " + link.label + " → " + nodeLabel(link.to);
  if (link.kind === "relation") {
    var e = EDGES[link.ref];
    var lines = [head];
    e.readings.slice(0, 3).forEach(function (r) {
      lines.push("“" + SENTENCES[r.sentence] + "” — " + documentLabel(r.document));
    });
    if (e.readings.length > 3) lines.push("… and " + (e.readings.length - 3) + " more; click the edge.");
    return lines.join("\n");
  }
  var record = link.kind === "role" ? EVENTS[link.ref] : POSITIONS[link.ref];
  return head + "\n“" + SENTENCES[record.sentence] + "” — " + documentLabel(record.document);
}

// ---- vis-network items ---------------------------------------------------------------

function nodeValue(id, sizeBy) {
  if (isEvent(id)) return Math.max(1, LINKS_OF[id].length);
  var e = ENTITIES[id];
  if (sizeBy === "degree") return e.degree || 0;
  if (sizeBy === "documents") return (e.documents || []).length;
  return e.mentions;
}

function nodeFill(id, colourBy) {
  var record = isEvent(id) ? eventOf(id) : ENTITIES[id];
  if (colourBy === "community") {
    var c = COMMUNITIES[record.community];
    return c ? c.colour : NO_COMMUNITY_COLOUR;
  }
  return isEvent(id) ? DATA.eventColour : TYPE_COLOURS[record.type] || "#7F7F7F";
}

// A colour halfway to white: the fill of a node the article only describes.
function lighter(hex) {
  var value = parseInt(hex.slice(1), 16), parts = [value >> 16, (value >> 8) & 255, value & 255];
  return "#" + parts.map(function (c) { return (256 + Math.round((c + 255) / 2)).toString(16).slice(1); }).join("").toUpperCase();
}

// The look of a node, as a vis update, for a colouring and whether it is faded.
function nodeStyle(id, colourBy, faded) {
  var fill = nodeFill(id, colourBy);
  var colours = { background: fill, border: fill };
  var dashed = false;
  if (isEvent(id) && !isFact(eventOf(id).factuality)) {
    colours = NOT_FACT;
    dashed = true;
  } else if (!isEvent(id) && ENTITIES[id].described) {
    // Described, not named ("protesters"): a lighter fill in a dashed border of its colour.
    colours = { background: lighter(fill), border: fill };
    dashed = true;
  }
  if (faded) colours = FADED;
  return {
    id: id,
    color: { background: colours.background, border: colours.border,
      highlight: { background: colours.background, border: "#111111" }, hover: { background: colours.background, border: "#111111" } },
    shapeProperties: { borderDashes: dashed ? [4, 3] : false },
    borderWidth: dashed ? 2 : 1
  };
}

// Sizes and widths are computed here rather than left to vis's "value" scaling: vis
// re-scales every node and edge (re-measuring its label) whenever any item changes,
// about a second on a 20,000-entity graph.
function scaled(values, range, fn) {
  var min = Infinity, max = -Infinity;
  forEachKey(values, function (id, v) { min = Math.min(min, v); max = Math.max(max, v); });
  var sizes = {};
  forEachKey(values, function (id, v) { sizes[id] = range.min + (max === min ? 0.5 : fn(Math.max(0, v - min) / (max - min))) * (range.max - range.min); });
  return sizes;
}

// As vis's scaling by the square root: a few hubs with hundreds of mentions would
// otherwise shrink every other node to the minimum.
function nodeSizes(sizeBy) {
  var values = {};
  NODE_IDS.forEach(function (id) { values[id] = nodeValue(id, sizeBy); });
  return scaled(values, DATA.options.nodes.scaling, Math.sqrt);
}

function makeNode(id, size) {
  var record = isEvent(id) ? eventOf(id) : ENTITIES[id];
  var node = nodeStyle(id, DATA.colourBy, false);
  node.shape = isEvent(id) ? "diamond" : "dot";
  node.size = size;
  node.title = isEvent(id) ? eventTooltip(id.slice(EVENT_PREFIX.length)) : entityTooltip(id);
  if (record.x !== undefined) { node.x = record.x; node.y = record.y; }
  return node;
}

function pairOf(link) { return link.from <= link.to ? link.from + "\u0000" + link.to : link.to + "\u0000" + link.from; }

function makeEdges() {
  // Parallel links (A->B twice, or A->B and B->A) bend to alternate sides with growing
  // roundness so that their labels do not sit on top of each other; single links stay
  // straight, which is also the cheapest to draw.
  var count = {}, seen = {}, readings = {};
  forEachKey(LINKS, function (id, link) {
    var p = pairOf(link);
    count[p] = (count[p] || 0) + 1;
    readings[id] = link.kind === "relation" ? EDGES[link.ref].readings.length : 1;
  });
  var widths = scaled(readings, DATA.options.edges.scaling, function (x) { return x; });
  return Object.keys(LINKS).sort().map(function (id) {
    var link = LINKS[id], p = pairOf(link), index = seen[p] || 0;
    seen[p] = index + 1;
    // No title: an edge's tooltip is written when it is first hovered (viewer.js).
    var edge = { id: id, from: link.from, to: link.to, arrows: "to", label: link.label,
      smooth: { enabled: false } };
    if (count[p] > 1 || link.from === link.to) {
      var clockwise = index % 2 === 0;
      // vis bends relative to the edge's own direction: flip reversed edges so that
      // "side" means the same thing for both directions of a pair.
      if (link.from > link.to) clockwise = !clockwise;
      edge.smooth = { enabled: true, type: clockwise ? "curvedCW" : "curvedCCW", roundness: 0.2 * (Math.floor(index / 2) + 1) };
    }
    edge.width = widths[id];
    return Object.assign(edge, linkLook(link));
  });
}

function linkLook(link) {
  if (link.kind === "relation") {
    var readings = EDGES[link.ref].readings;
    var unsure = readings.every(function (r) { return !isFact(r.factuality); });
    return { label: link.label, dashes: unsure };
  }
  if (link.kind === "role") {
    var ev = EVENTS[link.ref];
    return { dashes: !isFact(ev.factuality), color: { color: "#D9B23A", highlight: "#7A5C00", hover: "#7A5C00" },
      font: { color: "#7A5C00" } };
  }
  var p = POSITIONS[link.ref];
  return { dashes: p.status === "former" || !isFact(p.factuality),
    color: { color: "#8E7CC3", highlight: "#3F2D7A", hover: "#3F2D7A" }, font: { color: "#3F2D7A" } };
}
