/* Walking outwards: focus a node and its neighbourhood stays lit while the rest fades;
 * clicking a lit neighbour expands it; Back undoes one step. */

var focus = null;   // {centre, expanded: [ids], steps, community} or null
var trail = [];     // earlier focus states, for Back
var lit = null;     // lit node ids while focused, else null
var MAX_STEPS = 2;

function copyFocus(f) {
  return f && { centre: f.centre, expanded: f.expanded.slice(), steps: f.steps, community: f.community };
}

// Every node within `steps` links of `start`, through the links shown. Leaving an event
// costs nothing: an event's participants are as near to each other as to the event
// ("Blair met Chirac" makes Chirac Blair's neighbour).
function neighbourhood(start, steps, links, into) {
  var depth = {};
  depth[start] = 0;
  into.add(start);
  var queue = [start];
  while (queue.length) {
    var node = queue.shift();
    var next = depth[node] + (isEvent(node) ? 0 : 1);
    if (next > steps) continue;
    LINKS_OF[node].forEach(function (linkId) {
      if (!links.has(linkId)) return;
      var other = otherEnd(linkId, node);
      if (depth[other] !== undefined && depth[other] <= next) return;
      depth[other] = next;
      into.add(other);
      if (next === depth[node]) queue.unshift(other); else queue.push(other);
    });
  }
}

function computeLit() {
  if (!focus) return null;
  var result = new Set();
  if (focus.community !== null) {
    visible.nodes.forEach(function (id) {
      var record = isEvent(id) ? eventOf(id) : ENTITIES[id];
      if (record.community === focus.community) result.add(id);
    });
    return result;
  }
  neighbourhood(focus.centre, focus.steps, visible.links, result);
  focus.expanded.forEach(function (id) { if (visible.nodes.has(id)) neighbourhood(id, 1, visible.links, result); });
  return result;
}

// Each step is one refresh: filters, fading, selection and fit, then one redraw.
function change(next, opts) {
  trail.push(copyFocus(focus));
  focus = next;
  refresh(Object.assign({ fit: true }, opts));
}

// Make sure a node can be seen before focusing it: filters that hide it are reset.
function reveal(id) {
  computeVisible();
  if (visible.nodes.has(id)) return;
  resetFilters();
  computeVisible();
  if (!visible.nodes.has(id)) {
    state.showUnrelated = true;
    showUnrelatedState();
  }
}

// The panel takes width from the canvas: it opens before the view is fitted.
function focusNode(id) {
  reveal(id);
  setPanel(true);
  change({ centre: id, expanded: [], steps: focus ? focus.steps : DATA.steps || 1, community: null }, { select: id });
  showNode(id);
}

function expandNode(id) {
  var next = copyFocus(focus);
  next.expanded.push(id);
  setPanel(true);
  change(next, { select: id });
  showNode(id);
}

function setSteps(steps) {
  if (!focus || focus.community !== null) return;
  var next = copyFocus(focus);
  next.steps = steps;
  change(next);
}

function focusCommunity(number) {
  setPanel(true);
  change({ centre: null, expanded: [], steps: 1, community: number });
  showCommunity(number);
}

function clearFocus() {
  if (!focus) return;
  change(null, { select: null });
}

function back() {
  if (!trail.length) return;
  focus = trail.pop();
  var last = null;
  if (focus && focus.centre !== null) last = focus.expanded.length ? focus.expanded[focus.expanded.length - 1] : focus.centre;
  setPanel(focus !== null);
  refresh({ fit: true, select: last !== null ? last : focus ? undefined : null });
  if (last !== null) showNode(last);
  else if (focus) showCommunity(focus.community);
}

// A click on a node: outside the lit part (or with nothing focused) it becomes the
// centre; a lit neighbour is expanded; the centre or an expanded node shows its details.
function nodeClicked(id) {
  if (!focus || !lit || !lit.has(id) || focus.community !== null) {
    focusNode(id);
  } else if (id === focus.centre || focus.expanded.indexOf(id) !== -1) {
    showNode(id);
  } else {
    expandNode(id);
  }
}

function updateTools() {
  byId("kg-back").disabled = trail.length === 0;
  byId("kg-show-all").disabled = focus === null;
}
