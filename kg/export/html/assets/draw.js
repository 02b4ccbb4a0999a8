/* Drawing many nodes and links fast. vis-network draws every node and edge on its own
 * (two canvas save/restore pairs per node, a stroke per edge, arrows and labels in
 * passes of their own), even those outside the view: about a second a frame for
 * 15,000 nodes and 50,000 edges in headless Chromium. The page replaces vis's three
 * drawing passes with these:
 *
 * - what lies outside the view is skipped;
 * - when at most DETAIL_MAX nodes (or edges) are in view, vis draws each of them as
 *   before, labels and arrows included (small graphs, or a big one zoomed in);
 * - above that, the plain ones are drawn together: one path per look (colour, width,
 *   dashes, shape), stroked or filled once. Edge labels, which vis only shows from a
 *   zoom at which so many edges no longer fit, are left out; arrowheads are drawn once
 *   they are big enough to see. Selected and hovered items, curved links and anything
 *   with a look this file does not know are still drawn by vis, after the rest.
 *
 * vis's hit-testing reads each node's box, which vis sets when it draws the node: the
 * batched pass sets the same box. The passes are vis's own (Network.renderer's
 * _drawNodes, _drawEdges, _drawArrows, vis-network 9.1.2, shipped inside pyvis); if
 * they are missing, vis draws as usual. */

var DETAIL_MAX = 2000;
var MIN_ARROW_PX = 3;          // arrowheads shorter than this on screen are not drawn in batches
var VIEW_MARGIN_PX = 100;      // room around the view for labels and node borders
var ARROW_POINTS = [[0, 0], [-1, 0.3], [-0.9, 0], [-1, -0.3]];   // vis's "arrow", tip first

var drawStats = { frames: 0, batchedEdges: 0, batchedNodes: 0 };

function useFastDrawing(net) {
  var r = net.renderer;
  if (!r || typeof r._drawNodes !== "function" || typeof r._drawEdges !== "function" ||
      typeof r._drawArrows !== "function" || !r.canvas || typeof r.canvas.DOMtoCanvas !== "function") return false;
  var visNodes = r._drawNodes;
  net.body.emitter.on("_dataUpdated", function () { edgeLooks.clear(); edgeGroups.clear(); });
  var withArrows = [];   // the edges vis drew this frame: their arrows come after the nodes, as in vis
  r._drawEdges = function (ctx) { withArrows = drawEdges(r, ctx); };
  r._drawArrows = function (ctx) {
    for (var i = 0; i < withArrows.length; i++) withArrows[i].drawArrows(ctx);
  };
  r._drawNodes = function (ctx, alwaysShow) {
    drawStats.frames += 1;
    if (alwaysShow === true) return visNodes.call(r, ctx, alwaysShow);
    return drawNodes(r, ctx) || visNodes.call(r, ctx, alwaysShow);
  };
  return true;
}

// The part of the network in view, in network coordinates, with a margin.
function viewArea(r) {
  var m = VIEW_MARGIN_PX, frame = r.canvas.frame.canvas;
  var a = r.canvas.DOMtoCanvas({ x: -m, y: -m });
  var b = r.canvas.DOMtoCanvas({ x: frame.clientWidth + m, y: frame.clientHeight + m });
  return { left: a.x, top: a.y, right: b.x, bottom: b.y };
}

// ---- edges -----------------------------------------------------------------------------

function edgeInView(edge, area) {
  var a = edge.from, b = edge.to;
  if (a === b) return true;
  var grow = edge.options.smooth && edge.options.smooth.enabled ?
    (Math.abs(a.x - b.x) + Math.abs(a.y - b.y)) * (edge.options.smooth.roundness || 0.5) : 0;
  return Math.min(a.x, b.x) - grow <= area.right && Math.max(a.x, b.x) + grow >= area.left &&
    Math.min(a.y, b.y) - grow <= area.bottom && Math.max(a.y, b.y) + grow >= area.top;
}

// The look of each edge that can be drawn in a batch (a straight line in one colour),
// or null; vis draws the others. Kept until vis's data change.
var edgeLooks = new Map();
var edgeGroups = new Map();

function edgeLook(edge) {
  var look = edgeLooks.get(edge.id);
  if (look !== undefined) return look;
  var o = edge.options;
  var plain = edge.from !== edge.to && !(o.smooth && o.smooth.enabled) &&
    o.color.inherit === false && (o.color.opacity === undefined || o.color.opacity === 1) &&
    !(o.shadow && o.shadow.enabled) && !(o.background && o.background.enabled) &&
    (o.arrows.from === undefined || o.arrows.from.enabled !== true) &&
    (o.arrows.middle === undefined || o.arrows.middle.enabled !== true);
  look = null;
  if (plain) {
    var key = o.color.color + "|" + o.width + "|" + (o.dashes ? String(o.dashes) : "");
    look = edgeGroups.get(key);
    if (!look) edgeGroups.set(key, look = { colour: o.color.color, width: o.width, dashes: o.dashes, edges: [] });
  }
  edgeLooks.set(edge.id, look);
  return look;
}

function drawEdges(r, ctx) {
  var body = r.body, all = body.edges, ids = body.edgeIndices, area = viewArea(r), shown = [];
  for (var i = 0; i < ids.length; i++) {
    var edge = all[ids[i]];
    if (edge.connected === true && edgeInView(edge, area)) shown.push(edge);
  }
  if (shown.length <= DETAIL_MAX) {
    shown.forEach(function (e) { e.draw(ctx); });
    return shown;
  }
  var scale = body.view.scale, special = [], groups = [];
  edgeGroups.forEach(function (g) { g.edges.length = 0; });
  shown.forEach(function (e) {
    var look = e.selected || e.hover ? null : edgeLook(e);
    if (look === null) { special.push(e); return; }
    if (!look.edges.length) groups.push(look);
    look.edges.push(e);
  });
  groups.forEach(function (g) { strokeLines(ctx, g, scale); });
  groups.forEach(function (g) { fillArrows(ctx, g, scale); });
  special.forEach(function (e) { e.draw(ctx); });
  drawStats.batchedEdges = shown.length - special.length;
  return special;
}

function strokeLines(ctx, group, scale) {
  ctx.save();
  ctx.strokeStyle = group.colour;
  // As vis: never thinner than 0.3 pixels on screen.
  ctx.lineWidth = Math.max(group.width, 0.3 / scale);
  if (group.dashes) {
    ctx.lineCap = "round";
    ctx.setLineDash(Array.isArray(group.dashes) ? group.dashes : [5, 5]);
  }
  ctx.beginPath();
  group.edges.forEach(function (e) { ctx.moveTo(e.from.x, e.from.y); ctx.lineTo(e.to.x, e.to.y); });
  ctx.stroke();
  ctx.restore();
}

// Arrowheads where vis puts them: the tip on the border of the node pointed at.
function fillArrows(ctx, group, scale) {
  var width = Math.max(group.width, 0.3 / scale), path = false;
  group.edges.forEach(function (e) {
    var to = e.options.arrows.to;
    if (!to || to.enabled !== true || (to.type && to.type !== "arrow")) return;
    var length = 15 * Math.abs(to.scaleFactor === undefined ? 1 : to.scaleFactor) + 3 * width;
    if (length * scale < MIN_ARROW_PX) return;
    var a = e.from, b = e.to, angle = Math.atan2(b.y - a.y, b.x - a.x);
    var cos = Math.cos(angle), sin = Math.sin(angle), inset = b.options.size || 0;
    var tipX = b.x - cos * inset, tipY = b.y - sin * inset;
    if (!path) { ctx.beginPath(); path = true; }
    ARROW_POINTS.forEach(function (p, i) {
      var x = tipX + length * (p[0] * cos - p[1] * sin), y = tipY + length * (p[0] * sin + p[1] * cos);
      if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
    });
    ctx.closePath();
  });
  if (!path) return;
  ctx.fillStyle = group.colour;
  ctx.fill();
}

// ---- nodes -----------------------------------------------------------------------------

var SHAPE_PATHS = {
  dot: function (ctx, x, y, s) { ctx.moveTo(x + s, y); ctx.arc(x, y, s, 0, 2 * Math.PI, false); },
  diamond: function (ctx, x, y, s) { ctx.moveTo(x, y + s); ctx.lineTo(x + s, y); ctx.lineTo(x, y - s); ctx.lineTo(x - s, y); ctx.closePath(); }
};

function plainNode(node) {
  var o = node.options;
  return SHAPE_PATHS[o.shape] !== undefined && !node.hover && !node.selected && o.shapeProperties.borderDashes === false &&
    !(o.shadow && o.shadow.enabled) && (o.opacity === undefined || o.opacity === 1) && o.label === undefined;
}

// The box vis's hit-testing reads, as vis's drawing of a dot or diamond sets it.
function placeBox(node) {
  var shape = node.shape, size = node.options.size, box = shape.boundingBox;
  shape.width = shape.height = 2 * size;
  shape.radius = size;
  shape.left = node.x - size;
  shape.top = node.y - size;
  box.left = shape.left; box.top = shape.top; box.right = node.x + size; box.bottom = node.y + size;
}

function nodeInView(node, area) {
  var s = node.options.size || 0;
  return node.x - s <= area.right && node.x + s >= area.left && node.y - s <= area.bottom && node.y + s >= area.top;
}

// Returns vis's result, or null when vis should draw the nodes itself (few in view).
function drawNodes(r, ctx) {
  var body = r.body, all = body.nodes, ids = body.nodeIndices, area = viewArea(r), shown = [];
  for (var i = 0; i < ids.length; i++) {
    var node = all[ids[i]];
    if (nodeInView(node, area)) shown.push(node);
  }
  if (shown.length <= DETAIL_MAX) return null;
  var scale = body.view.scale, groups = new Map(), special = [], selected = [], hovered = [], labels = [];
  shown.forEach(function (n) {
    if (n.hover) { hovered.push(n); return; }
    if (n.selected) { selected.push(n); return; }
    if (!plainNode(n)) { special.push(n); return; }
    var o = n.options;
    // As vis: the border is borderWidth pixels on screen, but never wider than the node.
    var border = Math.min(2 * o.size, o.borderWidth / scale);
    var solid = o.color.border === o.color.background;
    // A border in the fill's colour only makes the node bigger; others are stroked in
    // batches of (nearly) the same width on screen.
    var key = o.shape + "|" + o.color.background + "|" + (solid ? "" : o.color.border + "|" + Math.round(border * scale * 4));
    var group = groups.get(key);
    if (!group) groups.set(key, group = { shape: o.shape, fill: o.color.background, border: solid ? null : o.color.border, width: border, nodes: [] });
    group.nodes.push(n);
    placeBox(n);
  });
  groups.forEach(function (g) { fillNodes(ctx, g, scale); });
  special.concat(selected, hovered).forEach(function (n) {
    var later = n.draw(ctx);
    if (later && later.drawExternalLabel) labels.push(later.drawExternalLabel);
  });
  drawStats.batchedNodes = shown.length - special.length - selected.length - hovered.length;
  return { drawExternalLabels: function () { labels.forEach(function (f) { f(); }); } };
}

function fillNodes(ctx, group, scale) {
  var path = SHAPE_PATHS[group.shape], solid = group.border === null;
  // Half a border of the fill's colour, beyond a dot's edge or a diamond's corner.
  var grow = group.shape === "diamond" ? Math.SQRT2 / 2 : 0.5;
  ctx.beginPath();
  group.nodes.forEach(function (n) {
    var size = n.options.size;
    path(ctx, n.x, n.y, solid ? size + grow * Math.min(2 * size, n.options.borderWidth / scale) : size);
  });
  ctx.fillStyle = group.fill;
  ctx.fill();
  if (solid) return;
  ctx.lineWidth = group.width;
  ctx.strokeStyle = group.border;
  ctx.stroke();
}
