/* kg graph viewer.
 *
 * All graph text (names, aliases, sentences, titles) is untrusted article text.
 * It is read from the JSON island and shown ONLY through textContent, text nodes
 * and vis-network's plain-text tooltips. Never use innerHTML here.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var ENTITIES = DATA.entities;
  var EDGES = DATA.edges;
  var DOCUMENTS = DATA.documents;
  var COLOURS = {};
  DATA.types.forEach(function (t) { COLOURS[t.name] = t.colour; });
  var MAX_READINGS_IN_TOOLTIP = 3;
  var MAX_SEARCH_RESULTS = 12;

  // ---- DOM helpers: text only -------------------------------------------------

  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function byId(id) { return document.getElementById(id); }

  function documentLabel(id) {
    var d = DOCUMENTS[id];
    if (!d) return id;
    var text = d.title || id;
    return d.date ? text + " (" + d.date + ")" : text;
  }

  // ---- adjacency ----------------------------------------------------------------

  var outgoing = {}, incoming = {};
  Object.keys(ENTITIES).forEach(function (key) { outgoing[key] = []; incoming[key] = []; });
  Object.keys(EDGES).forEach(function (id) {
    var e = EDGES[id];
    if (outgoing[e.from]) outgoing[e.from].push(id);
    if (incoming[e.to]) incoming[e.to].push(id);
  });

  // ---- tooltips: plain strings, which vis-network shows as text, not HTML -------

  function entityTooltip(key) {
    var e = ENTITIES[key];
    var lines = [e.label, e.type + " · " + e.mentions + " mention" + (e.mentions === 1 ? "" : "s") +
      " · " + e.degree + " relation" + (e.degree === 1 ? "" : "s")];
    if (e.aliases.length) lines.push("Also: " + e.aliases.slice(0, 6).join(", ") + (e.aliases.length > 6 ? ", …" : ""));
    var shown = 0;
    outgoing[key].concat(incoming[key]).some(function (id) {
      var edge = EDGES[id];
      var r = edge.readings[0];
      lines.push("“" + r.sentence + "”");
      shown += 1;
      return shown >= 2;
    });
    lines.push("Click for details.");
    return lines.join("\n");
  }

  function edgeTooltip(id) {
    var e = EDGES[id];
    var lines = [ENTITIES[e.from].label + " → " + e.key + " → " + ENTITIES[e.to].label];
    e.readings.slice(0, MAX_READINGS_IN_TOOLTIP).forEach(function (r) {
      lines.push("“" + r.sentence + "” — " + documentLabel(r.document));
    });
    if (e.readings.length > MAX_READINGS_IN_TOOLTIP) {
      lines.push("… and " + (e.readings.length - MAX_READINGS_IN_TOOLTIP) + " more; click the edge.");
    }
    return lines.join("\n");
  }

  // ---- data sets and filters ----------------------------------------------------

  var nodes = new vis.DataSet(DATA.vis.nodes.map(function (n) {
    n.title = entityTooltip(n.id);
    return n;
  }));
  var edges = new vis.DataSet(DATA.vis.edges.map(function (e) {
    e.title = edgeTooltip(e.id);
    return e;
  }));

  var state = {
    types: new Set(DATA.types.map(function (t) { return t.name; })),
    relations: new Set(DATA.relations.map(function (r) { return r.name; })),
    document: "",
    minMentions: 1
  };

  function entityVisible(key) {
    var e = ENTITIES[key];
    return state.types.has(e.type) && e.mentions >= state.minMentions &&
      (state.document === "" || e.documents.indexOf(state.document) !== -1);
  }

  function edgeVisible(id) {
    var e = EDGES[id];
    return state.relations.has(e.key) && entityVisible(e.from) && entityVisible(e.to) &&
      (state.document === "" || e.documents.indexOf(state.document) !== -1);
  }

  var nodeView = new vis.DataView(nodes, { filter: function (n) { return entityVisible(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return edgeVisible(e.id); } });

  function updateCounts() {
    byId("kg-counts").textContent = nodeView.length + " of " + nodes.length + " entities · " +
      edgeView.length + " of " + edges.length + " relations";
  }

  // vis forgets where a node was when a filter takes it out of the view; put it
  // back where it was, or it reappears at a random spot on top of others.
  // (DataView.getIds() applies the filter as it is now, not as it was at the last
  // refresh, so the view's members are tracked here.)
  var savedPositions = {};
  var shown = new Set(Object.keys(ENTITIES));

  function refresh() {
    if (typeof network !== "undefined") {
      var now = network.getPositions();
      Object.keys(now).forEach(function (key) { savedPositions[key] = now[key]; });
    }
    var restore = [];
    Object.keys(ENTITIES).forEach(function (key) {
      if (!shown.has(key) && savedPositions[key] && entityVisible(key)) {
        restore.push({ id: key, x: savedPositions[key].x, y: savedPositions[key].y });
      }
    });
    if (restore.length) nodes.update(restore);
    nodeView.refresh();
    shown = new Set(nodeView.getIds());
    edgeView.refresh();
    updateCounts();
  }

  function checkboxRow(list, name, count, colour, set) {
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
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
    var label = el("label", null, [box, swatch, el("span", "kg-name", [name]), el("span", "kg-count", [String(count)])]);
    label.title = name;
    list.appendChild(el("li", null, [label]));
  }

  DATA.types.forEach(function (t) { checkboxRow(byId("kg-type-filter"), t.name, t.count, t.colour, state.types); });
  DATA.relations.forEach(function (r) { checkboxRow(byId("kg-relation-filter"), r.name, r.count, null, state.relations); });

  Array.prototype.forEach.call(document.querySelectorAll("[data-bulk]"), function (button) {
    button.addEventListener("click", function () {
      var which = button.getAttribute("data-bulk");
      var on = button.getAttribute("data-on") === "1";
      var list = byId(which === "types" ? "kg-type-filter" : "kg-relation-filter");
      var set = state[which];
      Array.prototype.forEach.call(list.querySelectorAll("input"), function (box) {
        box.checked = on;
        if (on) set.add(box.value); else set.delete(box.value);
      });
      refresh();
    });
  });

  var documentSelect = byId("kg-document-filter");
  var allOption = el("option", null, ["All documents (" + Object.keys(DOCUMENTS).length + ")"]);
  allOption.value = "";
  documentSelect.appendChild(allOption);
  Object.keys(DOCUMENTS).forEach(function (id) {
    var option = el("option", null, [documentLabel(id)]);
    option.value = id;
    documentSelect.appendChild(option);
  });
  documentSelect.addEventListener("change", function () { state.document = documentSelect.value; refresh(); });

  var maxMentions = 1;
  Object.keys(ENTITIES).forEach(function (key) { maxMentions = Math.max(maxMentions, ENTITIES[key].mentions); });
  var slider = byId("kg-min-mentions");
  slider.max = String(maxMentions);
  slider.addEventListener("input", function () {
    state.minMentions = Number(slider.value);
    byId("kg-min-mentions-value").textContent = slider.value;
    refresh();
  });

  var sizeSelect = byId("kg-size-by");
  sizeSelect.value = DATA.sizeBy;
  sizeSelect.addEventListener("change", function () {
    var field = sizeSelect.value;
    nodes.update(Object.keys(ENTITIES).map(function (key) { return { id: key, value: ENTITIES[key][field] }; }));
  });

  function resetFilters() {
    Array.prototype.forEach.call(document.querySelectorAll(".kg-checks input"), function (box) { box.checked = true; });
    DATA.types.forEach(function (t) { state.types.add(t.name); });
    DATA.relations.forEach(function (r) { state.relations.add(r.name); });
    state.document = "";
    documentSelect.value = "";
    state.minMentions = 1;
    slider.value = "1";
    byId("kg-min-mentions-value").textContent = "1";
    refresh();
  }

  // ---- the network ----------------------------------------------------------------

  var container = byId("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.vis.options);
  var loading = byId("kg-loading");

  function ready() {
    loading.classList.add("kg-done");
    window.kgReady = { ms: Math.round(performance.now()), nodes: nodes.length, edges: edges.length };
    document.documentElement.setAttribute("data-kg-state", "ready");
  }

  if (nodes.length === 0) {
    byId("kg-empty").hidden = false;
    ready();
  } else if (DATA.vis.options.physics.enabled) {
    network.on("stabilizationProgress", function (p) {
      var percent = Math.round(100 * p.iterations / p.total) + "%";
      byId("kg-loading-bar").style.width = percent;
      byId("kg-loading-percent").textContent = percent;
    });
    // Physics stops once the layout is stable, so a big graph stops costing CPU
    // and nodes stay where the user drags them.
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      network.once("afterDrawing", ready);
    });
  } else {
    network.once("afterDrawing", ready);
  }
  updateCounts();

  // ---- side panel ---------------------------------------------------------------

  var panel = byId("kg-panel");
  var panelBody = byId("kg-panel-body");
  // The panel takes width from the canvas: resize vis at once rather than on its
  // next periodic check, so clicks and focus use the canvas as it now is.
  function setPanel(open) {
    if (panel.hidden !== !open) {
      panel.hidden = !open;
      network.setSize("100%", "100%");
    }
  }
  byId("kg-panel-close").addEventListener("click", function () {
    setPanel(false);
    network.unselectAll();
  });

  function entityLink(key) {
    var button = el("button", "kg-link", [ENTITIES[key].label]);
    button.type = "button";
    button.addEventListener("click", function () { focusEntity(key); });
    return button;
  }

  function readingBlock(r) {
    var flags = [];
    if (r.factuality && r.factuality !== "asserted") flags.push(el("span", "kg-flag", [r.factuality]));
    if (r.attributedTo) {
      var who = ENTITIES[r.attributedTo] ? ENTITIES[r.attributedTo].label : r.attributedTo;
      flags.push(el("span", "kg-flag", ["according to " + who]));
    }
    var d = DOCUMENTS[r.document] || {};
    var source = [d.title || r.document];
    if (d.date) source.push(d.date);
    if (r.date && r.date !== d.date) source.push("event " + r.date);
    source.push("confidence " + r.confidence.toFixed(2));
    return el("div", "kg-reading", [
      el("blockquote", null, [r.sentence]),
      el("div", "kg-source", flags.concat(["“" + r.text + "” · " + source.join(" · ")]))
    ]);
  }

  function relationBlock(id, fromKey) {
    var e = EDGES[id];
    var head;
    if (e.from === fromKey) {
      head = el("div", "kg-relation-head", ["→ ", el("span", "kg-predicate", [e.key]), " → ", entityLink(e.to)]);
    } else {
      head = el("div", "kg-relation-head", [entityLink(e.from), " → ", el("span", "kg-predicate", [e.key]), " →"]);
    }
    var block = el("div", "kg-relation", [head]);
    e.readings.forEach(function (r) { block.appendChild(readingBlock(r)); });
    return block;
  }

  function showEntity(key) {
    var e = ENTITIES[key];
    clear(panelBody);
    var swatch = el("span", "kg-swatch");
    swatch.style.backgroundColor = COLOURS[e.type] || "#7f7f7f";
    panelBody.appendChild(el("h2", null, [e.label]));
    panelBody.appendChild(el("div", "kg-type", [swatch, e.type]));
    var facts = el("dl", null, [
      el("dt", null, ["Mentions"]), el("dd", null, [String(e.mentions)]),
      el("dt", null, ["Relations"]), el("dd", null, [String(e.degree)]),
      el("dt", null, ["IRI"]), el("dd", null, [el("code", "kg-iri", [e.iri])]),
      el("dt", null, ["Documents"]), el("dd", null, [e.documents.map(documentLabel).join("; ")])
    ]);
    panelBody.appendChild(facts);
    if (e.aliases.length) {
      panelBody.appendChild(el("h3", null, ["Also known as"]));
      panelBody.appendChild(el("ul", "kg-aliases", e.aliases.map(function (a) { return el("li", null, [a]); })));
    }
    var ids = outgoing[key].concat(incoming[key].filter(function (id) { return EDGES[id].from !== key; }));
    panelBody.appendChild(el("h3", null, ["Relations (" + ids.length + ")"]));
    if (!ids.length) panelBody.appendChild(el("p", "kg-more", ["No relations."]));
    ids.forEach(function (id) { panelBody.appendChild(relationBlock(id, key)); });
    setPanel(true);
    panel.setAttribute("data-kg-entity", key);
    panel.removeAttribute("data-kg-edge");
  }

  function showEdge(id) {
    var e = EDGES[id];
    clear(panelBody);
    panelBody.appendChild(el("h2", null, [ENTITIES[e.from].label + " → " + e.key + " → " + ENTITIES[e.to].label]));
    panelBody.appendChild(el("dl", null, [
      el("dt", null, ["From"]), el("dd", null, [entityLink(e.from)]),
      el("dt", null, ["Relation"]), el("dd", null, [e.key]),
      el("dt", null, ["To"]), el("dd", null, [entityLink(e.to)]),
      el("dt", null, ["Confidence"]), el("dd", null, [e.confidence.toFixed(2)])
    ]));
    panelBody.appendChild(el("h3", null, ["Evidence (" + e.readings.length + ")"]));
    e.readings.forEach(function (r) { panelBody.appendChild(readingBlock(r)); });
    setPanel(true);
    panel.setAttribute("data-kg-edge", id);
    panel.removeAttribute("data-kg-entity");
  }

  function focusEntity(key) {
    if (!entityVisible(key)) resetFilters();
    // Open the panel first: it narrows the canvas, and the node must be centred in what is left.
    showEntity(key);
    network.selectNodes([key]);
    network.focus(key, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
  }

  byId("kg-fit").addEventListener("click", function () { network.fit({ animation: false }); });

  network.on("click", function (params) {
    if (params.nodes.length) showEntity(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // ---- search ---------------------------------------------------------------------

  var searchIndex = Object.keys(ENTITIES).map(function (key) {
    var e = ENTITIES[key];
    return { key: key, names: [e.label].concat(e.aliases).map(function (n) { return [n, n.toLocaleLowerCase()]; }) };
  });
  var searchInput = byId("kg-search");
  var resultList = byId("kg-search-results");
  var results = [];
  var active = 0;

  function search(query) {
    var q = query.trim().toLocaleLowerCase();
    if (!q) return [];
    var found = [];
    searchIndex.forEach(function (item) {
      var best = null;
      item.names.forEach(function (pair, i) {
        var at = pair[1].indexOf(q);
        if (at === -1) return;
        // Rank: exact name, then prefix, then anywhere; the canonical label before aliases.
        var rank = (pair[1] === q ? 0 : at === 0 ? 1 : 2) * 2 + (i === 0 ? 0 : 1);
        if (best === null || rank < best.rank) best = { rank: rank, name: pair[0], alias: i !== 0 };
      });
      if (best) found.push({ key: item.key, rank: best.rank, name: best.name, alias: best.alias });
    });
    found.sort(function (a, b) {
      return a.rank - b.rank || ENTITIES[b.key].mentions - ENTITIES[a.key].mentions ||
        (ENTITIES[a.key].label < ENTITIES[b.key].label ? -1 : 1);
    });
    return found.slice(0, MAX_SEARCH_RESULTS);
  }

  function renderResults() {
    clear(resultList);
    if (!searchInput.value.trim()) { resultList.hidden = true; return; }
    if (!results.length) {
      resultList.appendChild(el("li", "kg-none", ["No match"]));
    }
    results.forEach(function (r, i) {
      var e = ENTITIES[r.key];
      var hint = e.type + (r.alias ? " · alias “" + r.name + "”" : "");
      if (!entityVisible(r.key)) hint += " · filtered out";
      var item = el("li", (i === active ? "kg-active" : "") + (entityVisible(r.key) ? "" : " kg-filtered-out"),
        [el("span", null, [e.label]), el("span", "kg-hint", [hint])]);
      item.setAttribute("role", "option");
      item.setAttribute("data-kg-entity", r.key);
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      resultList.appendChild(item);
    });
    resultList.hidden = false;
  }

  function choose(i) {
    if (!results[i]) return;
    focusEntity(results[i].key);
    resultList.hidden = true;
  }

  searchInput.addEventListener("input", function () {
    results = search(searchInput.value);
    active = 0;
    renderResults();
  });
  searchInput.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { active = Math.min(active + 1, results.length - 1); renderResults(); event.preventDefault(); }
    else if (event.key === "ArrowUp") { active = Math.max(active - 1, 0); renderResults(); event.preventDefault(); }
    else if (event.key === "Enter") { choose(active); event.preventDefault(); }
    else if (event.key === "Escape") { resultList.hidden = true; }
  });
  searchInput.addEventListener("blur", function () { resultList.hidden = true; });
  searchInput.addEventListener("focus", function () { if (results.length) renderResults(); });

  // For tests and scripting: read-only views of the state.
  window.kgViewer = {
    network: network,
    visibleNodeIds: function () { return nodeView.getIds(); },
    visibleEdgeIds: function () { return edgeView.getIds(); },
    focusEntity: focusEntity
  };
})();
