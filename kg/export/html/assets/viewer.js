/* The network: vis-network over DataViews of the shown nodes and links, refreshed
 * when a filter or the focus changes; loading, clicks, and an API for scripts. */

/* Filtering an archive must answer within a second: every node and link stays in
 * vis-network, and what is shown is switched by the `hidden` flag of vis's own node
 * and edge objects, flipped only where it changes; vis then rebuilds its lists of
 * drawn items once and the page redraws once (draw.js). Taking 50,000 edges out of a
 * DataView and putting them back, or vis's own "_dataChanged" (which re-measures
 * every item and redraws twice), costs seconds; flipping flags costs milliseconds,
 * and nodes keep their positions. */

var ANIMATE_MAX_ITEMS = 3000;
// What the page has done, for tests and benchmarks: work, not time.
var counters = { refreshes: 0, dataSetUpdates: 0, nodesUpdated: 0, flagsFlipped: 0 };

computeVisible();
var shownLinks = visible.links;
var drawnNodes = new Set(visible.nodes);
var everDrawn = new Set();
var styleKeys = {};
var isReady = false;
NODE_IDS.forEach(function (id) { styleKeys[id] = DATA.colourBy + "|0"; });
var firstSizes = nodeSizes(DATA.sizeBy);
var nodes = new vis.DataSet(NODE_IDS.map(function (id) {
  var node = makeNode(id, firstSizes[id]);
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
// The network starts empty so that the page's drawing (draw.js) is in place before
// the first frame; setData then does what the constructor would have done.
var network = new vis.Network(container, {}, options);
useFastDrawing(network);
// vis draws the whole network twice while it takes the data in; the page draws it
// once, when loading is done (below).
withoutRedraws(function () { network.setData({ nodes: nodes, edges: edges }); });

function physicsRunning() {
  return network.physics.physicsEnabled === true && network.physics.options.enabled === true;
}

// Runs fn with vis's own redraws held back (each DataSet update would draw the whole
// network, twice); the caller redraws once afterwards.
function withoutRedraws(fn) {
  network.body.emitter.emit("_blockRedraw");
  try { fn(); } finally { network.body.emitter.emit("_allowRedraw"); }
}

function applyVisibility() {
  var bodyNodes = network.body.nodes, bodyEdges = network.body.edges, changed = 0;
  function flag(item, hide) {
    if (item && item.options.hidden !== hide) { item.options.hidden = hide; changed += 1; }
  }
  NODE_IDS.forEach(function (id) { flag(bodyNodes[id], !visible.nodes.has(id)); });
  LINK_IDS.forEach(function (id) { flag(bodyEdges[id], !shownLinks.has(id)); });
  counters.flagsFlipped += changed;
  if (!changed) return;
  if (!physicsRunning() && typeof network._updateVisibleIndices === "function") network._updateVisibleIndices();
  else network.body.emitter.emit("_dataChanged");
}

// One DataSet update for a change of looks, sizes or positions. vis's handler of a
// DataSet update re-parses every option of each node and re-connects every edge (half
// a second for 15,000 faded nodes); these are plain fields of vis's node objects, so
// the page sets them there itself and updates the DataSet (the record scripts read)
// while vis is not listening. Should vis's internals differ, vis handles it as usual.
function updateNodes(updates) {
  if (!updates.length) return;
  counters.dataSetUpdates += 1;
  counters.nodesUpdated += updates.length;
  var listeners = network.nodesHandler && network.nodesHandler.nodesListeners;
  var listener = listeners && listeners.update;
  if (typeof listener !== "function" || physicsRunning()) { nodes.update(updates); return; }
  nodes.off("update", listener);
  try { nodes.update(updates); } finally { nodes.on("update", listener); }
  var body = network.body.nodes;
  updates.forEach(function (u) { setNodeFields(body[u.id], u); });
}

function setNodeFields(node, u) {
  if (!node) return;
  var o = node.options;
  if (u.color) {
    o.color.background = u.color.background;
    o.color.border = u.color.border;
    o.color.highlight.background = u.color.highlight.background;
    o.color.highlight.border = u.color.highlight.border;
    o.color.hover.background = u.color.hover.background;
    o.color.hover.border = u.color.hover.border;
  }
  if (u.shapeProperties) o.shapeProperties.borderDashes = u.shapeProperties.borderDashes;
  if (u.borderWidth !== undefined) o.borderWidth = u.borderWidth;
  if (u.size !== undefined) { o.size = u.size; node.shape.refreshNeeded = true; }
  if (u.x !== undefined) { node.x = o.x = u.x; node.y = o.y = u.y; }
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
  updateNodes(updates);
}

// A node never drawn before (an entity without relations, under a force layout) goes
// on a shelf below what is drawn, so that it lands on top of nothing.
function place(entering) {
  var fresh = entering.filter(function (id) {
    return !everDrawn.has(id) && (isEvent(id) ? eventOf(id) : ENTITIES[id]).x === undefined;
  });
  if (!fresh.length || !isReady) return;
  updateNodes(shelf(fresh, network.getPositions(Array.from(drawnNodes))));
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
  withoutRedraws(function () {
    place(entering);
    restyle();
    applyVisibility();
    // A node to select (or null: none), inside this step's single redraw.
    if (opts && opts.select !== undefined) {
      if (opts.select === null) network.unselectAll(); else network.selectNodes([opts.select]);
    }
    if (opts && opts.fit && isReady) fitShown();
  });
  drawnNodes = new Set(visible.nodes);
  if (isReady) drawnNodes.forEach(function (id) { everDrawn.add(id); });
  rankLabels();
  updateCounts();
  updateTools();
  counters.refreshes += 1;
  network.redraw();
}

// Fits the view to the lit nodes, or to all shown. vis's own fit first re-measures
// every node, shown or not; this reads the nodes' positions and sizes. The move is
// animated only where drawing is cheap: vis animates frame by frame, and each frame
// of 50,000 edges takes a tenth of a second.
function fitShown() {
  var ids = lit !== null && lit.size ? Array.from(lit) : network.body.nodeIndices;
  var body = network.body.nodes, minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  ids.forEach(function (id) {
    var n = body[id];
    if (!n) return;
    var s = n.options.size || 0;
    minX = Math.min(minX, n.x - s); maxX = Math.max(maxX, n.x + s);
    minY = Math.min(minY, n.y - s); maxY = Math.max(maxY, n.y + s);
  });
  if (minX === Infinity) return;
  var width = container.clientWidth, height = container.clientHeight;
  var scale = Math.min(1, width / (1.1 * Math.max(1, maxX - minX)), height / (1.1 * Math.max(1, maxY - minY)));
  var animate = network.body.nodeIndices.length + network.body.edgeIndices.length <= ANIMATE_MAX_ITEMS;
  var to = { position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, scale: scale };
  if (animate) {
    network.once("animationFinished", function () { fitScale = network.getScale(); network.redraw(); });
    to.animation = { duration: 300, easingFunction: "easeInOutQuad" };
  } else {
    fitScale = scale;
  }
  network.moveTo(to);
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
  network.redraw();
}

// ---- interaction ---------------------------------------------------------------------------

network.on("click", function (params) {
  if (params.nodes.length) nodeClicked(params.nodes[0]);
  else if (params.edges.length) showLink(params.edges[0]);
});
// vis shows an item's title a moment after the pointer stops on it, and reports the
// hover first: an edge's tooltip is written then (writing all 50,000 at loading took
// a tenth of a second), as plain text like every other.
network.on("hoverEdge", function (params) {
  var edge = network.body.edges[params.edge];
  if (edge && edge.options.title === undefined && LINKS[params.edge]) edge.options.title = linkTooltip(params.edge);
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
  dates: function () { return DATES.slice(); },
  counters: function () { return Object.assign({ frames: drawStats.frames }, counters); }
};
