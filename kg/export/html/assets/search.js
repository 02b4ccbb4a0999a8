/* Search by name or alias: exact names first, then prefixes, then anywhere; choosing a
 * result focuses it. */

var MAX_SEARCH_RESULTS = 12;
var searchIndex = Object.keys(ENTITIES).map(function (key) {
  var e = ENTITIES[key];
  return { key: key, names: [e.label].concat(e.aliases || []).map(function (n) { return [n, n.toLocaleLowerCase()]; }) };
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
  if (!results.length) resultList.appendChild(el("li", "kg-none", ["No match"]));
  results.forEach(function (r, i) {
    var e = ENTITIES[r.key];
    var hint = e.type + " · " + plural(e.degree || 0, "link") + (r.alias ? " · alias “" + r.name + "”" : "");
    var item = el("li", i === active ? "kg-active" : "", [el("span", null, [e.label]), el("span", "kg-hint", [hint])]);
    item.setAttribute("role", "option");
    item.setAttribute("data-kg-entity", r.key);
    item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
    resultList.appendChild(item);
  });
  resultList.hidden = false;
}

function choose(i) {
  if (!results[i]) return;
  resultList.hidden = true;
  focusNode(results[i].key);
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
