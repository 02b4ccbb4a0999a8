/* kg graph viewer: shared helpers.
 *
 * The page's script is this file and the others page.py lists, in one closure.
 * All graph text (names, aliases, sentences, titles) is untrusted article text.
 * It is read from the JSON island and shown ONLY through textContent, text nodes
 * and vis-network's plain-text tooltips. Never use innerHTML here.
 */

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

function plural(count, word, words) {
  return count + " " + (count === 1 ? word : (words || word + "s"));
}

function button(className, children, onClick) {
  var b = el("button", className, children);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

function truncate(text, length) {
  return text.length > length ? text.slice(0, length - 1) + "…" : text;
}

// Sets are compared and copied often: small helpers keep that readable.
function setOf(items) { return new Set(items); }

function forEachKey(object, fn) { Object.keys(object).forEach(function (key) { fn(key, object[key]); }); }
