/* Node labels, drawn by the page rather than by vis-network: the most important shown
 * nodes first (the focus and its neighbourhood, then by the size measure), each only
 * where it overlaps no label already drawn. So the first screen names the main actors
 * at any zoom, and zooming in names more. */

var MAX_LABELS = 250;
var FIRST_SCREEN_LABELS = 30;
var fitScale = null;      // the zoom of the last fit: the "default zoom" labels are budgeted for
var LABEL_FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
var LABEL_HEIGHT = 16;
var GRID = 64;
var labelOrder = [];
var labelled = [];
var labelWidths = {};

// Every node, most important first for a size measure (bigger first, entities before
// events of the same size, then by id), sorted once per measure.
var labelRanks = {};

function rankedNodes(measure) {
  if (!labelRanks[measure]) {
    var values = {};
    NODE_IDS.forEach(function (id) { values[id] = nodeValue(id, measure); });
    labelRanks[measure] = NODE_IDS.slice().sort(function (a, b) {
      return values[b] - values[a] || (isEvent(a) ? 1 : 0) - (isEvent(b) ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0);
    });
  }
  return labelRanks[measure];
}

// The shown (and lit) nodes in label order: the focus, then the expanded nodes, then
// the rest, each by rank. Linear in the graph: no sort per refresh.
function rankLabels() {
  var centre = [], expanded = [], rest = [];
  rankedNodes(state.sizeBy).forEach(function (id) {
    if (!visible.nodes.has(id) || (lit && !lit.has(id))) return;
    if (focus && id === focus.centre) centre.push(id);
    else if (focus && focus.expanded.indexOf(id) !== -1) expanded.push(id);
    else rest.push(id);
  });
  labelOrder = centre.concat(expanded, rest);
}

function labelText(id) { return truncate(nodeLabel(id), 34); }

function collides(grid, box) {
  for (var gx = Math.floor(box[0] / GRID); gx <= Math.floor((box[0] + box[2]) / GRID); gx++) {
    for (var gy = Math.floor(box[1] / GRID); gy <= Math.floor((box[1] + box[3]) / GRID); gy++) {
      var cell = grid.get(gx + "," + gy);
      if (cell && cell.some(function (other) {
        return box[0] < other[0] + other[2] && other[0] < box[0] + box[2] && box[1] < other[1] + other[3] && other[1] < box[1] + box[3];
      })) return true;
    }
  }
  return false;
}

function occupy(grid, box) {
  for (var gx = Math.floor(box[0] / GRID); gx <= Math.floor((box[0] + box[2]) / GRID); gx++) {
    for (var gy = Math.floor(box[1] / GRID); gy <= Math.floor((box[1] + box[3]) / GRID); gy++) {
      var key = gx + "," + gy;
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(box);
    }
  }
}

function drawLabels(ctx) {
  var scale = network.getScale();
  var t = network.body.view.translation;
  var ratio = network.canvas.pixelRatio || 1;
  var width = container.clientWidth, height = container.clientHeight;
  var grid = new Map();
  var drawn = [];
  if (fitScale === null) fitScale = scale;
  // At the fitted zoom the best FIRST_SCREEN_LABELS get names; each doubling of the
  // zoom allows four times as many (the same density on screen).
  var zoom = Math.max(1, scale / fitScale);
  var budget = Math.min(MAX_LABELS, Math.ceil(FIRST_SCREEN_LABELS * zoom * zoom));
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.font = LABEL_FONT;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
  ctx.fillStyle = "#1d2329";
  for (var i = 0; i < labelOrder.length && drawn.length < budget; i++) {
    var id = labelOrder[i];
    var body = network.body.nodes[id];
    if (!body) continue;
    var x = body.x * scale + t.x, y = body.y * scale + t.y;
    if (x < -150 || x > width + 150 || y < -40 || y > height + 20) continue;
    var text = labelText(id);
    if (labelWidths[id] === undefined) labelWidths[id] = ctx.measureText(text).width;
    var top = y + (body.options.size || 8) * scale + 2;
    var box = [x - labelWidths[id] / 2 - 2, top, labelWidths[id] + 4, LABEL_HEIGHT];
    if (collides(grid, box)) continue;
    occupy(grid, box);
    // Nodes under the label are also kept free of later labels' text.
    occupy(grid, [x - 4, y - 4, 8, 8]);
    ctx.strokeText(text, x, top);
    ctx.fillText(text, x, top);
    drawn.push(id);
  }
  ctx.restore();
  labelled = drawn;
}
