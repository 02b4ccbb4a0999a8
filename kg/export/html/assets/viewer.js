/* The network: vis-network over DataViews of the shown nodes and links, refreshed
 * when a filter or the focus changes; loading, clicks, and an API for scripts. */

/* Filtering an archive must answer within a second: every node and link stays in
 * vis-network, and what is shown is switched by the `hidden` flag of vis's own node
 * and edge objects, then one "_dataChanged" (vis rebuilds its lists of visible
 * indices from those flags). Taking 50,000 edges out of a DataView and putting them
 * back costs vis seconds; flipping flags costs milliseconds, and nodes keep their
 * positions. */

computeVisible();
var shownLinks = visible.links;
var drawnNodes = new Set(visible.nodes);
var everDrawn = new Set();
var styleKeys = {};
var isReady = false;
NODE_IDS.forEach(function (id) { styleKeys[id] = DATA.colourBy + "|0"; });
var nodes = new vis.DataSet(NODE_IDS.map(function (id) {
  var node = makeNode(id);
  // Nodes off the first screen are not simulated: they go on a shelf when first shown.
  if (!visible.nodes.has(id)) { node.hidden = true; node.physics = false; }
  return node;
}));
var edges = new vis.DataSet(makeEdges().map(function (edge) {
  if (!shownLinks.has(edge.id)) edge.hidden = true;
  return edge;
}));
setUpFilters();

var container = byId("kg-network");
var options = DATA.options;
// Sizes by the square root: a few hubs with hundreds of mentions would otherwise shrink
// every other node to the minimum.
options.nodes.scaling.customScalingFunction = function (min, max, total, value) {
  return max === min ? 0.5 : Math.sqrt(Math.max(0, value - min) / (max - min));
};
var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

function applyVisibility() {
  var bodyNodes = network.body.nodes, bodyEdges = network.body.edges;
  NODE_IDS.forEach(function (id) { if (bodyNodes[id]) bodyNodes[id].options.hidden = !visible.nodes.has(id); });
  forEachKey(LINKS, function (id) { if (bodyEdges[id]) bodyEdges[id].options.hidden = !shownLinks.has(id); });
  network.body.emitter.emit("_dataChanged");
}

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

// A node never drawn before (an entity without relations, under a force layout) goes
// on a shelf below what is drawn, so that it lands on top of nothing.
function place(entering) {
  var fresh = entering.filter(function (id) {
    return !everDrawn.has(id) && (isEvent(id) ? eventOf(id) : ENTITIES[id]).x === undefined;
  });
  if (!fresh.length || !isReady) return;
  nodes.update(shelf(fresh, network.getPositions(Array.from(drawnNodes))));
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
    return { id: id, x: minX + (i % columns) * spacing, y: maxY + 200 + Math.floor(i / columns) * spacing };
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
  applyVisibility();
  drawnNodes = new Set(visible.nodes);
  if (isReady) drawnNodes.forEach(function (id) { everDrawn.add(id); });
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
  drawnNodes.forEach(function (id) { everDrawn.add(id); });
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
