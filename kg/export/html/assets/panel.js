/* The side panel: details of an entity, event, relation, position, pair of entities,
 * article or community, every sentence with its article, everything clickable. */

var panel = byId("kg-panel");
var panelBody = byId("kg-panel-body");
var MAX_STATEMENTS = 60;
var TYPE_GROUPS = [["People", ["Person"]], ["Organisations", ["Organization", "SportsTeam"]],
  ["Places", ["Country", "City", "Place", "Facility"]]];

// The panel takes width from the canvas: resize vis at once rather than on its next
// periodic check, so clicks and fitting use the canvas as it now is.
function setPanel(open) {
  if (panel.hidden !== !open) {
    panel.hidden = !open;
    network.setSize("100%", "100%");
  }
}

function startPanel(kind, id) {
  clear(panelBody);
  ["entity", "edge", "event", "position", "pair", "document", "community"].forEach(function (k) {
    panel.removeAttribute("data-kg-" + k);
  });
  panel.setAttribute("data-kg-" + kind, id);
  setPanel(true);
  panel.scrollTop = 0;
}

function add(node) { panelBody.appendChild(node); return node; }

function entityButton(key) {
  var b = button("kg-link", [ENTITIES[key].label], function () { focusNode(key); });
  b.setAttribute("data-kg-focus", key);
  return b;
}

// "said a spokesman for Ofcom": the body spoke through someone the text describes (not "the
// Russian Defence Ministry", the name itself, nor "Mr Tokayev").
function spokenThrough(q) {
  var words = (q.speakerText || "").replace(/^(a|an|the) /i, "");
  return Boolean(q.speaker) && words !== q.speakerText && words.toLowerCase() !== ENTITIES[q.speaker].label.toLowerCase();
}

function documentButton(id) {
  var b = button("kg-link", [documentLabel(id)], function () { showDocument(id); });
  b.setAttribute("data-kg-document", id);
  return b;
}

function swatchFor(id) {
  var s = el("span", "kg-swatch" + (isEvent(id) ? " kg-diamond" : ""));
  s.style.backgroundColor = nodeFill(id, state.colourBy);
  return s;
}

function flag(text) { return el("span", "kg-flag", [text]); }

function factualityFlags(record) {
  var flags = [];
  if (record.factuality && record.factuality !== "asserted") flags.push(flag(record.factuality));
  if (record.cue) flags.push(flag("cue: " + record.cue));
  var who = record.attributedTo || record.source;
  if (who) flags.push(flag("according to " + (ENTITIES[who] ? ENTITIES[who].label : who)));
  return flags.map(function (f) { return [f, " "]; }).reduce(function (a, b) { return a.concat(b); }, []);
}

// A sentence with where it comes from: article (clickable), dates, confidence, flags.
function evidenceBlock(record, extra) {
  var d = DOCUMENTS[record.document] || {};
  var source = [documentButton(record.document)];
  if (record.date && record.date !== d.date) source.push(" · event " + record.date + (record.dateEnd ? " – " + record.dateEnd : ""));
  if (record.confidence !== undefined) source.push(" · confidence " + record.confidence.toFixed(2));
  if (extra) source.unshift("“" + extra + "” · ");
  return el("div", "kg-reading", [
    el("blockquote", null, [SENTENCES[record.sentence]]),
    el("div", "kg-source", factualityFlags(record).concat(source))
  ]);
}

function facts(pairs) {
  var dl = el("dl");
  pairs.forEach(function (p) { dl.appendChild(el("dt", null, [p[0]])); dl.appendChild(el("dd", null, [p[1]])); });
  return dl;
}

// ---- entity -----------------------------------------------------------------------------

function showNode(id) {
  if (isEvent(id)) showEvent(id.slice(EVENT_PREFIX.length)); else showEntity(id);
}

function showEntity(key) {
  var e = ENTITIES[key];
  startPanel("entity", key);
  add(el("h2", null, [e.label]));
  add(el("div", "kg-type", [swatchFor(key), e.described ? e.type + " · description (named by no name in the text)" : e.type]));
  var community = COMMUNITIES[e.community];
  var rows = [["Mentions", String(e.mentions)], ["Links", String(e.degree || 0)],
    ["IRI", el("code", "kg-iri", [e.iri])]];
  if (community) rows.push(["Community", button("kg-link", [community.label], function () { focusCommunity(community.number); })]);
  add(facts(rows));
  if ((e.aliases || []).length) {
    add(el("h3", null, ["Also known as"]));
    add(el("ul", "kg-aliases", e.aliases.map(function (a) { return el("li", null, [a]); })));
  }
  add(neighbourhoodControls(key));
  linkedTo(key);
  statementList(key);
  add(el("h3", null, ["Articles (" + (e.documents || []).length + ")"]));
  add(el("ul", "kg-articles", (e.documents || []).map(function (d) { return el("li", null, [documentButton(d)]); })));
}

function neighbourhoodControls(id) {
  var box = el("div", "kg-neighbourhood");
  if (!focus || focus.community !== null || !lit || !lit.has(id)) {
    box.appendChild(button("kg-tool", ["Focus here"], function () { focusNode(id); }));
    return box;
  }
  if (id !== focus.centre && focus.expanded.indexOf(id) === -1) {
    box.appendChild(button("kg-tool", ["Expand"], function () { expandNode(id); }));
  }
  box.appendChild(el("span", null, ["Neighbourhood:"]));
  for (var s = 1; s <= MAX_STEPS; s++) {
    (function (steps) {
      var b = button("kg-tool kg-steps", [plural(steps, "step")], function () { setSteps(steps); });
      b.setAttribute("aria-pressed", focus.steps === steps ? "true" : "false");
      b.setAttribute("data-kg-steps", String(steps));
      box.appendChild(b);
    })(s);
  }
  return box;
}

// The entities linked to `key` (directly or through an event), grouped by kind; each
// opens the links between the two, with their sentences.
function linkedTo(key) {
  var counts = {};
  LINKS_OF[key].forEach(function (linkId) {
    var other = otherEnd(linkId, key);
    var ends = isEvent(other) ? LINKS_OF[other].map(function (l) { return otherEnd(l, other); }) : [other];
    ends.forEach(function (o) { if (o !== key && !isEvent(o)) counts[o] = (counts[o] || 0) + 1; });
  });
  var others = Object.keys(counts).sort(function (a, b) {
    return counts[b] - counts[a] || (ENTITIES[a].label < ENTITIES[b].label ? -1 : 1);
  });
  add(el("h3", null, ["Linked to (" + others.length + ")"]));
  if (!others.length) { add(el("p", "kg-more", ["No links."])); return; }
  var groups = TYPE_GROUPS.map(function (g) { return [g[0], g[1], []]; }).concat([["Other", null, []]]);
  others.forEach(function (o) {
    var group = groups.find(function (g) { return g[1] === null || g[1].indexOf(ENTITIES[o].type) !== -1; });
    group[2].push(o);
  });
  groups.forEach(function (g) {
    if (!g[2].length) return;
    var list = el("ul", "kg-linked");
    g[2].forEach(function (o) {
      var b = button("kg-link", [ENTITIES[o].label], function () { showPair(key, o); });
      b.setAttribute("data-kg-pair", o);
      list.appendChild(el("li", null, [swatchFor(o), b, el("span", "kg-count", [" " + counts[o]])]));
    });
    add(el("div", "kg-group", [el("h4", null, [g[0] + " (" + g[2].length + ")"]), list]));
  });
}

function statementList(key) {
  var items = statementsOf(key);
  add(el("h3", null, ["Statements in date order (" + items.length + ")"]));
  var list = add(el("div", "kg-statements"));
  function render(limit) {
    clear(list);
    items.slice(0, limit).forEach(function (item) { list.appendChild(statementBlock(item, key)); });
    if (items.length > limit) {
      list.appendChild(button("kg-link kg-more", ["Show all " + items.length], function () { render(items.length); }));
    }
  }
  render(MAX_STATEMENTS);
}

function statementBlock(item, key) {
  var when = item.span ? item.span[0] : "undated";
  var head, body, unsure = false;
  if (item.kind === "relation") {
    var e = EDGES[item.id], r = e.readings[item.reading];
    var open = button("kg-link kg-predicate", [e.key], function () { showEdge(item.id); });
    head = e.from === key ? ["→ ", open, " → ", entityButton(e.to)] : [entityButton(e.from), " → ", open, " →"];
    body = evidenceBlock(r, r.text);
  } else if (item.kind === "event") {
    var ev = EVENTS[item.id];
    head = ["event ", button("kg-link kg-predicate", [ev.trigger], function () { showEvent(item.id); }),
      " (" + (ev.class || "event") + "), as " + item.role];
    body = evidenceBlock(ev);
    unsure = !isFact(ev.factuality);
  } else if (item.kind === "position") {
    var p = POSITIONS[item.id];
    head = ["position ", button("kg-link kg-predicate", [p.role], function () { showPosition(item.id); })];
    if (p.person !== key) head = head.concat([" held by ", entityButton(p.person)]);
    else if (p.organisation) head = head.concat([" of ", entityButton(p.organisation)]);
    body = evidenceBlock(p);
  } else {
    var q = QUOTES[item.id];
    head = [q.cue];
    if (q.speaker && q.speaker !== key) head = head.concat([" by ", entityButton(q.speaker)]);
    else if (!q.speaker && q.speakerText) head = head.concat([" by " + q.speakerText]);
    if (spokenThrough(q)) head = head.concat([" (" + q.speakerText + ")"]);
    if (q.addressee && q.addressee !== key) head = head.concat([" to ", entityButton(q.addressee)]);
    else if (!q.addressee && q.addresseeText) head = head.concat([" to " + q.addresseeText]);
    head = head.concat([": “" + truncate(q.content, 200) + "”"]);
    body = evidenceBlock(q);
    unsure = !isFact(q.factuality);  // "will say": a speech not (yet) given
  }
  var block = el("div", "kg-relation", [el("div", "kg-relation-head", [el("span", "kg-date", [when]), " "].concat(head)), body]);
  block.setAttribute("data-kg-statement", item.kind + "/" + item.id);
  // Greyed, as the graph dashes them: planned, possible or negated, not a fact.
  if (unsure) block.classList.add("kg-unsure");
  return block;
}

// ---- the other panels ----------------------------------------------------------------------

function showLink(linkId) {
  var link = LINKS[linkId];
  if (link.kind === "relation") showEdge(link.ref);
  else if (link.kind === "role") showEvent(link.ref);
  else showPosition(link.ref);
}

function showEdge(id) {
  var e = EDGES[id];
  startPanel("edge", id);
  add(el("h2", null, [ENTITIES[e.from].label + " → " + e.key + " → " + ENTITIES[e.to].label]));
  add(facts([["From", entityButton(e.from)], ["Relation", e.key], ["To", entityButton(e.to)],
    ["Confidence", e.confidence.toFixed(2)]]));
  add(el("h3", null, ["Evidence (" + e.readings.length + ")"]));
  e.readings.forEach(function (r) { add(evidenceBlock(r, r.text)); });
}

function showEvent(id) {
  var ev = EVENTS[id];
  startPanel("event", id);
  add(el("h2", null, [ev.trigger]));
  add(el("div", "kg-type", [swatchFor(EVENT_PREFIX + id), "Event · " + (ev.class || "event") + " · " + (ev.factuality || "asserted")]));
  var rows = [["Lemma", ev.lemma || ev.trigger]];
  if (ev.date) rows.push(["Date", ev.date + (ev.dateEnd ? " – " + ev.dateEnd : "")]);
  add(facts(rows));
  add(el("h3", null, ["Taking part"]));
  add(el("ul", "kg-participants", (ev.participants || []).map(function (p) {
    var who = p.entity ? entityButton(p.entity) : (p.quantity ? p.quantity.text : p.text);
    return el("li", null, [el("span", "kg-role", [p.role + ": "]), who]);
  })));
  add(el("h3", null, ["Evidence"]));
  add(evidenceBlock(ev));
  add(neighbourhoodControls(EVENT_PREFIX + id));
}

function showPosition(id) {
  var p = POSITIONS[id];
  startPanel("position", id);
  add(el("h2", null, [ENTITIES[p.person].label + ": " + p.role]));
  var rows = [["Person", entityButton(p.person)], ["Role", p.role], ["Status", p.status || "current"]];
  if (p.organisation) rows.push(["Of", entityButton(p.organisation)]);
  if (p.start) rows.push(["From", p.start]);
  if (p.end) rows.push(["Until", p.end]);
  add(facts(rows));
  add(evidenceBlock(p));
}

// Everything that links two entities, directly or through an event, with its sentences.
function showPair(a, b) {
  startPanel("pair", b);
  add(el("h2", null, [ENTITIES[a].label + " — " + ENTITIES[b].label]));
  var tools = add(el("div", "kg-neighbourhood", [entityButton(a), " ", entityButton(b)]));
  if (focus && lit && lit.has(b) && b !== focus.centre && focus.expanded.indexOf(b) === -1) {
    tools.appendChild(button("kg-tool", ["Expand " + ENTITIES[b].label], function () { expandNode(b); }));
  }
  var items = statementsOf(a).filter(function (item) {
    if (item.kind === "relation") { var e = EDGES[item.id]; return e.from === b || e.to === b; }
    if (item.kind === "event") return (EVENTS[item.id].participants || []).some(function (p) { return p.entity === b; });
    if (item.kind === "position") { var p = POSITIONS[item.id]; return p.person === b || p.organisation === b; }
    return false;
  });
  add(el("h3", null, ["Links (" + items.length + ")"]));
  items.forEach(function (item) { add(statementBlock(item, a)); });
}

function showDocument(id) {
  var d = DOCUMENTS[id] || {};
  startPanel("document", id);
  add(el("h2", null, [d.title || id]));
  var rows = [["Date", d.date || "unknown"], ["IRI", el("code", "kg-iri", [d.iri || id])]];
  if (d.source) rows.push(["Source", d.source]);
  add(facts(rows));
  add(el("div", "kg-neighbourhood", [button("kg-tool", ["Show only this article"], function () { showDocumentOnly(id); })]));
  var named = Object.keys(ENTITIES).filter(function (k) { return (ENTITIES[k].documents || []).indexOf(id) !== -1; });
  named.sort(function (x, y) { return ENTITIES[y].mentions - ENTITIES[x].mentions || (x < y ? -1 : 1); });
  add(el("h3", null, ["Entities (" + named.length + ")"]));
  add(el("ul", "kg-linked", named.map(function (k) { return el("li", null, [swatchFor(k), entityButton(k)]); })));
}

function showCommunity(number) {
  var c = COMMUNITIES[number];
  startPanel("community", String(number));
  add(el("h2", null, [c.label || "Community " + number]));
  var members = Object.keys(ENTITIES).filter(function (k) { return ENTITIES[k].community === number; });
  members.sort(function (x, y) { return (ENTITIES[y].degree || 0) - (ENTITIES[x].degree || 0) || (x < y ? -1 : 1); });
  add(facts([["Members", String(c.size)], ["Entities", String(members.length)]]));
  add(el("ul", "kg-linked", members.slice(0, 100).map(function (k) { return el("li", null, [swatchFor(k), entityButton(k)]); })));
}

byId("kg-panel-close").addEventListener("click", function () {
  setPanel(false);
  network.unselectAll();
});
