/* What is shown: the filters' state, the visible nodes and links it gives, and the
 * controls that change it. Visibility is computed in one pass over the links
 * (linear in the graph), then handed to vis-network's DataViews. */

var state = {
  types: setOf(DATA.types.map(function (t) { return t.name; })),
  relations: setOf(DATA.relations.map(function (r) { return r.name; })),
  kinds: setOf(["relation", "event", "position"]),
  factualities: setOf((DATA.factualities || []).map(function (f) { return f.name; })),
  document: "",
  minMentions: 1,
  dateFrom: 0,
  dateTo: Math.max(0, DATES.length - 1),
  showUnrelated: false,
  colourBy: DATA.colourBy,
  sizeBy: DATA.sizeBy
};

// The result of the last computeVisible(): ids shown, and the links drawn.
var visible = { nodes: new Set(), links: new Set(), passing: new Set() };

function dateActive() { return DATES.length > 0 && (state.dateFrom > 0 || state.dateTo < DATES.length - 1); }

// What many links share is worked out once per refresh: the date range (null when
// every date is in) and which entities pass the filters.
var range = null;
var passes = {};

function inDates(s) {
  // Undated statements cannot be placed in a range: a date filter leaves them out.
  return range === null || (s !== null && s[1] >= range[0] && s[0] <= range[1]);
}

function factualityShown(f) { return state.factualities.has(f || "asserted"); }

function entityPassesFilters(key) {
  var e = ENTITIES[key];
  return state.types.has(e.type) && e.mentions >= state.minMentions &&
    (state.document === "" || (e.documents || []).indexOf(state.document) !== -1);
}

function entityPasses(key) { return passes[key] === true; }

function readingShown(r, s) {
  return factualityShown(r.factuality) && inDates(s) && (state.document === "" || r.document === state.document);
}

function eventShown(id) {
  var ev = EVENTS[id];
  return state.kinds.has("event") && factualityShown(ev.factuality) && inDates(eventSpan(ev)) &&
    (state.document === "" || ev.document === state.document);
}

function linkShown(link) {
  if (link.kind === "relation") {
    if (!state.kinds.has("relation") || !state.relations.has(link.label) || !passes[link.from] || !passes[link.to]) return false;
    var readings = EDGES[link.ref].readings, spans = READING_SPANS[link.ref];
    for (var i = 0; i < readings.length; i++) if (readingShown(readings[i], spans[i])) return true;
    return false;
  }
  if (link.kind === "role") return eventShown(link.ref) && entityPasses(link.entity);
  var p = POSITIONS[link.ref];
  return state.kinds.has("position") && factualityShown(p.factuality) && inDates(positionSpan(p)) &&
    (state.document === "" || p.document === state.document) && entityPasses(link.from) && entityPasses(link.to);
}

function entityInDates(key) {
  return range === null || entityDates(key).some(function (d) { return d >= range[0] && d <= range[1]; });
}

// By default only nodes that take part in a shown link are drawn; the toggle adds the
// entities (and events) that pass the filters without one.
function computeVisible() {
  range = dateActive() ? [DATES[state.dateFrom], DATES[state.dateTo]] : null;
  passes = {};
  ENTITY_KEYS.forEach(function (key) { passes[key] = entityPassesFilters(key); });
  var links = new Set(), nodes = new Set(), passing = new Set();
  LINK_IDS.forEach(function (id) {
    var link = LINKS[id];
    if (!linkShown(link)) return;
    links.add(id);
    nodes.add(link.from);
    nodes.add(link.to);
  });
  ENTITY_KEYS.forEach(function (key) { if (passes[key] && entityInDates(key)) passing.add(key); });
  if (state.showUnrelated) {
    passing.forEach(function (key) { nodes.add(key); });
    forEachKey(EVENTS, function (id) { if (eventShown(id)) nodes.add(EVENT_PREFIX + id); });
  }
  visible = { nodes: nodes, links: links, passing: passing };
}

// ---- controls ------------------------------------------------------------------------

function checkboxRow(list, name, label, count, colour, set) {
  var box = el("input");
  box.type = "checkbox";
  box.checked = set.has(name);
  box.value = name;
  box.addEventListener("change", function () {
    if (box.checked) set.add(name); else set.delete(name);
    refresh();
  });
  var swatch = null;
  if (colour) {
    swatch = el("span", "kg-swatch");
    swatch.style.backgroundColor = colour;
  }
  var row = el("label", null, [box, swatch, el("span", "kg-name", [label]), el("span", "kg-count", [String(count)])]);
  row.title = label;
  list.appendChild(el("li", null, [row]));
}

function setUpFilters() {
  DATA.types.forEach(function (t) { checkboxRow(byId("kg-type-filter"), t.name, t.name, t.count, t.colour, state.types); });
  DATA.relations.forEach(function (r) { checkboxRow(byId("kg-relation-filter"), r.name, r.name, r.count, null, state.relations); });
  var kinds = [["relation", "relations", Object.keys(EDGES).length], ["event", "events", Object.keys(EVENTS).length],
    ["position", "positions held", Object.keys(POSITIONS).length]];
  kinds.forEach(function (k) {
    if (k[0] === "relation" || k[2]) checkboxRow(byId("kg-kind-filter"), k[0], k[1], k[2], null, state.kinds);
  });
  if ((DATA.factualities || []).length) {
    byId("kg-factuality-section").hidden = false;
    DATA.factualities.forEach(function (f) {
      checkboxRow(byId("kg-factuality-filter"), f.name, f.name + (f.fact ? "" : " (not a fact)"), f.count, null, state.factualities);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-bulk]"), function (b) {
    b.addEventListener("click", function () {
      var which = b.getAttribute("data-bulk"), on = b.getAttribute("data-on") === "1";
      var list = byId(which === "types" ? "kg-type-filter" : "kg-relation-filter");
      Array.prototype.forEach.call(list.querySelectorAll("input"), function (box) {
        box.checked = on;
        if (on) state[which].add(box.value); else state[which].delete(box.value);
      });
      refresh();
    });
  });
  setUpDocumentFilter();
  setUpMentionsFilter();
  setUpDateFilter();
  setUpLooks();
  setUpUnrelatedToggle();
}

function setUpDocumentFilter() {
  var select = byId("kg-document-filter");
  var all = el("option", null, ["All documents (" + Object.keys(DOCUMENTS).length + ")"]);
  all.value = "";
  select.appendChild(all);
  Object.keys(DOCUMENTS).forEach(function (id) {
    var option = el("option", null, [documentLabel(id)]);
    option.value = id;
    select.appendChild(option);
  });
  select.addEventListener("change", function () { state.document = select.value; refresh(); });
}

function showDocumentOnly(id) {
  state.document = id;
  byId("kg-document-filter").value = id;
  refresh();
}

function setUpMentionsFilter() {
  var most = 1;
  forEachKey(ENTITIES, function (key, e) { most = Math.max(most, e.mentions); });
  var slider = byId("kg-min-mentions");
  slider.max = String(most);
  slider.addEventListener("input", function () {
    state.minMentions = Number(slider.value);
    byId("kg-min-mentions-value").textContent = slider.value;
    refresh();
  });
}

function setUpDateFilter() {
  if (!DATES.length) return;
  byId("kg-date-section").hidden = false;
  var from = byId("kg-date-from"), to = byId("kg-date-to");
  from.max = to.max = String(DATES.length - 1);
  to.value = String(DATES.length - 1);
  function changed(moved) {
    var a = Number(from.value), b = Number(to.value);
    // The handles never cross: the one being moved pushes the other.
    if (a > b) { if (moved === from) { b = a; to.value = String(b); } else { a = b; from.value = String(a); } }
    state.dateFrom = a;
    state.dateTo = b;
    showDateRange();
    refresh();
  }
  from.addEventListener("input", function () { changed(from); });
  to.addEventListener("input", function () { changed(to); });
  byId("kg-date-reset").addEventListener("click", function () { setDateRange(DATES[0], DATES[DATES.length - 1]); });
  showDateRange();
}

function showDateRange() {
  var text = DATES[state.dateFrom] + " – " + DATES[state.dateTo];
  byId("kg-date-range").textContent = dateActive() ? text + " (undated hidden)" : text + " (all)";
}

// For the panel and scripts: the range that holds both days (YYYY-MM-DD, either order).
function setDateRange(first, last) {
  if (!DATES.length) return;
  var a = DATES.findIndex(function (d) { return d >= first; });
  var b = DATES.length - 1 - DATES.slice().reverse().findIndex(function (d) { return d <= last; });
  state.dateFrom = a === -1 ? DATES.length - 1 : a;
  state.dateTo = b === DATES.length ? 0 : b;
  if (state.dateFrom > state.dateTo) state.dateTo = state.dateFrom;
  byId("kg-date-from").value = String(state.dateFrom);
  byId("kg-date-to").value = String(state.dateTo);
  showDateRange();
  refresh();
}

function setUpLooks() {
  var size = byId("kg-size-by"), colour = byId("kg-colour-by");
  size.value = state.sizeBy;
  colour.value = state.colourBy;
  size.addEventListener("change", function () { setSizeBy(size.value); });
  colour.addEventListener("change", function () { setColourBy(colour.value); });
  var legend = byId("kg-community-legend");
  COMMUNITIES.slice(0, 30).forEach(function (c) {
    var swatch = el("span", "kg-swatch");
    swatch.style.backgroundColor = c.colour;
    var item = button("kg-link kg-community", [swatch, el("span", "kg-name", [c.label || "community " + c.number]),
      el("span", "kg-count", [String(c.size)])], function () { focusCommunity(c.number); });
    item.setAttribute("data-kg-community", String(c.number));
    legend.appendChild(el("li", null, [item]));
  });
  if (COMMUNITIES.length > 30) legend.appendChild(el("li", "kg-more", ["… and " + (COMMUNITIES.length - 30) + " smaller (grey)"]));
  byId("kg-community-section").hidden = state.colourBy !== "community";
}

function setColourBy(value) {
  state.colourBy = value;
  byId("kg-colour-by").value = value;
  byId("kg-community-section").hidden = value !== "community";
  withoutRedraws(restyle);
  network.redraw();
}

function setSizeBy(value) {
  state.sizeBy = value;
  byId("kg-size-by").value = value;
  var sizes = nodeSizes(value);
  withoutRedraws(function () { updateNodes(NODE_IDS.map(function (id) { return { id: id, size: sizes[id] }; })); });
  rankLabels();
  network.redraw();
}

function setUpUnrelatedToggle() {
  var toggle = byId("kg-unrelated");
  if (!UNRELATED_COUNT) return;
  toggle.hidden = false;
  showUnrelatedState();
  toggle.addEventListener("click", function () { setShowUnrelated(!state.showUnrelated); });
}

function showUnrelatedState() {
  var toggle = byId("kg-unrelated");
  var what = plural(UNRELATED_COUNT, "entity", "entities") + " mentioned without a relation";
  toggle.textContent = (state.showUnrelated ? "Hide " : "Show ") + what;
  toggle.setAttribute("aria-pressed", state.showUnrelated ? "true" : "false");
}

function setShowUnrelated(on) {
  state.showUnrelated = on;
  showUnrelatedState();
  refresh({ fit: true });
}

function resetFilters() {
  Array.prototype.forEach.call(document.querySelectorAll(".kg-checks input"), function (box) { box.checked = true; });
  DATA.types.forEach(function (t) { state.types.add(t.name); });
  DATA.relations.forEach(function (r) { state.relations.add(r.name); });
  ["relation", "event", "position"].forEach(function (k) { state.kinds.add(k); });
  (DATA.factualities || []).forEach(function (f) { state.factualities.add(f.name); });
  state.document = "";
  byId("kg-document-filter").value = "";
  state.minMentions = 1;
  byId("kg-min-mentions").value = "1";
  byId("kg-min-mentions-value").textContent = "1";
  state.dateFrom = 0;
  state.dateTo = Math.max(0, DATES.length - 1);
  byId("kg-date-from").value = "0";
  byId("kg-date-to").value = String(state.dateTo);
  if (DATES.length) showDateRange();
}
