/* The network: vis-network over DataViews of the shown nodes and links, refreshed
 * when a filter or the focus changes; loading, clicks, and an API for scripts. */

var nodes = new vis.DataSet(NODE_IDS.map(makeNode));
var edges = new vis.DataSet(makeEdges());
var shownLinks = new Set();
var drawnNodes = new Set();
var styleKeys = {};
var placed = {};        // id -> {x, y}: where a node was last drawn
var isReady = false;
NODE_IDS.forEach(function (id) { styleKeys[id] = DATA.colourBy + "|0"; });

computeVisible();
shownLinks = visible.links;
drawnNodes = new Set(visible.nodes);
var nodeView = new vis.DataView(nodes, { filter: function (n) { return visible.nodes.has(n.id); } });
var edgeView = new vis.DataView(edges, { filter: function (e) { return shownLinks.has(e.id); } });
setUpFilters();

var container = byId("kg-network");
var options = DATA.options;
// Sizes by the square root: a few hubs with hundreds of mentions would otherwise shrink
// every other node to the minimum.
options.nodes.scaling.customScalingFunction = function (min, max, total, value) {
  return max === min ? 0.5 : Math.sqrt(Math.max(0, value - min) / (max - min));
};
var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

function restyle() {
  var updates = [];
  NODE_IDS.forEach(function (id) {
    var faded = lit !== null && !lit.has(id);
    var key = state.colourBy + (faded ? "|1" : "|0");
    if (styleKeys[id] !== key) {
      styleKeys[id] = key;
      updates.push(nodeStyle(id, state.colourBy, faded));
    }
  });
  if (updates.length) nodes.update(updates);
}

// vis forgets where a node was when a filter takes it out of the view: put it back
// where it was; a node never drawn before (an entity without relations) goes on a
// shelf below what is drawn, so it lands on top of nothing.
function place(entering) {
  var now = network.getPositions(Array.from(drawnNodes));
  forEachKey(now, function (id, p) { placed[id] = p; });
  var restore = [], fresh = [];
  entering.forEach(function (id) {
    if (placed[id]) restore.push({ id: id, x: placed[id].x, y: placed[id].y });
    else if ((isEvent(id) ? eventOf(id) : ENTITIES[id]).x === undefined && isReady) fresh.push(id);
  });
  if (fresh.length) restore = restore.concat(shelf(fresh, now));
  if (restore.length) nodes.update(restore);
}

function shelf(ids, around) {
  var minX = Infinity, maxX = -Infinity, maxY = -Infinity;
  forEachKey(around, function (id, p) { minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y); });
  if (minX === Infinity) { minX = 0; maxX = 0; maxY = 0; }
  ids.sort(function (a, b) {
    var ea = ENTITIES[a], eb = ENTITIES[b];
    if (!ea || !eb) return ea ? -1 : eb ? 1 : a < b ? -1 : 1;
    return ea.type < eb.type ? -1 : ea.type > eb.type ? 1 : eb.mentions - ea.mentions || (a < b ? -1 : 1);
  });
  var spacing = 60;
  var columns = Math.max(Math.ceil(Math.sqrt(ids.length * 2)), Math.floor((maxX - minX) / spacing) + 1);
  return ids.map(function (id, i) {
    var p = { x: minX + (i % columns) * spacing, y: maxY + 200 + Math.floor(i / columns) * spacing };
    placed[id] = p;
    return { id: id, x: p.x, y: p.y };
  });
}

function refresh(opts) {
  computeVisible();
  lit = computeLit();
  shownLinks = lit === null ? visible.links : new Set(Array.from(visible.links).filter(function (id) {
    return lit.has(LINKS[id].from) && lit.has(LINKS[id].to);
  }));
  var entering = Array.from(visible.nodes).filter(function (id) { return !drawnNodes.has(id); });
  place(entering);
  restyle();
  nodeView.refresh();
  edgeView.refresh();
  drawnNodes = new Set(visible.nodes);
  rankLabels();
  updateCounts();
  updateTools();
  if (opts && opts.fit && isReady) fitShown();
  network.redraw();
}

function fitShown() {
  var animation = { duration: 300, easingFunction: "easeInOutQuad" };
  network.once("animationFinished", function () { fitScale = network.getScale(); network.redraw(); });
  if (lit !== null && lit.size) network.fit({ nodes: Array.from(lit), animation: animation });
  else network.fit({ animation: animation });
}

function updateCounts() {
  var entities = 0, events = 0;
  visible.nodes.forEach(function (id) { if (isEvent(id)) events++; else entities++; });
  var parts = [entities + " of " + plural(Object.keys(ENTITIES).length, "entity", "entities"),
    shownLinks.size + " of " + plural(Object.keys(LINKS).length, "link")];
  if (Object.keys(EVENTS).length) parts.push(events + " of " + plural(Object.keys(EVENTS).length, "event"));
  if (lit !== null) parts.push(lit.size + " in focus");
  byId("kg-counts").textContent = parts.join(" · ");
}

// ---- loading ---------------------------------------------------------------------------

var loading = byId("kg-loading");

function ready() {
  isReady = true;
  forEachKey(network.getPositions(), function (id, p) { placed[id] = p; });
  if (DATA.focus && ENTITIES[DATA.focus]) focusNode(DATA.focus);
  loading.classList.add("kg-done");
  window.kgReady = { ms: Math.round(performance.now()), nodes: nodes.length, edges: edges.length };
  document.documentElement.setAttribute("data-kg-state", "ready");
}

rankLabels();
updateCounts();
updateTools();
network.on("afterDrawing", drawLabels);
if (nodes.length === 0) {
  byId("kg-empty").hidden = false;
  ready();
} else if (options.physics.enabled) {
  network.on("stabilizationProgress", function (p) {
    var percent = Math.round(100 * p.iterations / p.total) + "%";
    byId("kg-loading-bar").style.width = percent;
    byId("kg-loading-percent").textContent = percent;
  });
  // Physics stops once the layout is stable, so a big graph stops costing CPU and
  // nodes stay where the user drags them.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    network.fit();
    fitScale = network.getScale();
    network.once("afterDrawing", ready);
  });
} else {
  network.once("afterDrawing", ready);
}

// ---- interaction ---------------------------------------------------------------------------

network.on("click", function (params) {
  if (params.nodes.length) nodeClicked(params.nodes[0]);
  else if (params.edges.length) showLink(params.edges[0]);
});
byId("kg-fit").addEventListener("click", fitShown);
byId("kg-back").addEventListener("click", back);
byId("kg-show-all").addEventListener("click", clearFocus);

// For tests, benchmarks and scripting: read-only views of the state, and the actions
// the controls take.
window.kgViewer = {
  network: network,
  visibleNodeIds: function () { return Array.from(visible.nodes); },
  visibleEdgeIds: function () { return Array.from(shownLinks); },
  litNodeIds: function () { return lit === null ? null : Array.from(lit); },
  labelledNodeIds: function () { return labelled.slice(); },
  nodeColour: function (id) { return nodes.get(id).color.background; },
  focus: function () { return copyFocus(focus); },
  focusEntity: focusNode,
  expand: expandNode,
  back: back,
  showAll: clearFocus,
  setSteps: setSteps,
  setDateRange: setDateRange,
  setColourBy: setColourBy,
  setSizeBy: setSizeBy,
  setShowUnrelated: setShowUnrelated,
  dates: function () { return DATES.slice(); }
};
