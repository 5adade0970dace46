// The dipld query editor: runs the query in the textarea against this server's /sparql with
// fetch and shows SELECT/ASK results as a table, CONSTRUCT/DESCRIBE results as Turtle.
// Text from results is only ever put into the page with textContent (never as markup).
(function () {
  "use strict";

  var form = document.getElementById("query-form");
  if (!form) {
    return;
  }
  var textarea = document.getElementById("query");
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  var examplePicker = document.getElementById("example");
  var prefixPicker = document.getElementById("prefix-picker");
  var description = document.getElementById("example-description");
  var examples = JSON.parse(document.getElementById("examples-data").textContent);
  var prefixes = JSON.parse(document.getElementById("prefixes-data").textContent);
  var base = form.dataset.base;
  var ontology = form.dataset.ontology;
  var pathPrefix = form.dataset.prefix || "";
  var wikidata = "http://www.wikidata.org/entity/";

  function localHref(iri) {
    if (iri.indexOf(ontology) === 0) {
      return pathPrefix + "/ontology#" + iri.slice(ontology.length);
    }
    if (iri.indexOf(base) === 0 && iri.length > base.length) {
      return pathPrefix + "/" + iri.slice(base.length);
    }
    if (iri.indexOf(wikidata) === 0 && /^Q[1-9][0-9]*$/.test(iri.slice(wikidata.length))) {
      return pathPrefix + "/wikidata/" + iri.slice(wikidata.length);
    }
    if (/^https?:\/\//i.test(iri)) {
      return iri;
    }
    return null; // other schemes (javascript:, data:, ...) are shown, never linked
  }

  function shortName(iri) {
    var best = null;
    Object.keys(prefixes).forEach(function (name) {
      var ns = prefixes[name];
      if (iri.indexOf(ns) === 0 && (best === null || ns.length > prefixes[best].length)) {
        best = name;
      }
    });
    if (best !== null) {
      var local = iri.slice(prefixes[best].length);
      if (/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(local) || local === "") {
        return best + ":" + local;
      }
    }
    return iri;
  }

  function cell(term) {
    var td = document.createElement("td");
    if (!term) {
      return td;
    }
    if (term.type === "uri") {
      var href = localHref(term.value);
      var node = document.createElement(href ? "a" : "span");
      if (href) {
        node.href = href;
      }
      node.title = term.value;
      node.textContent = shortName(term.value);
      td.appendChild(node);
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      var value = document.createElement("span");
      value.className = "literal";
      value.textContent = term.value;
      td.appendChild(value);
      var note = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? shortName(term.datatype) : "";
      if (note && note !== "xsd:string") {
        var small = document.createElement("span");
        small.className = "datatype";
        small.textContent = " " + note;
        td.appendChild(small);
      }
    }
    return td;
  }

  function showTable(data) {
    var vars = data.head.vars || [];
    var rows = data.results.bindings || [];
    var table = document.createElement("table");
    table.className = "results-table";
    var head = table.createTHead().insertRow();
    vars.forEach(function (name) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = "?" + name;
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (binding) {
      var tr = body.insertRow();
      vars.forEach(function (name) {
        tr.appendChild(cell(binding[name]));
      });
    });
    var wrapper = document.createElement("div");
    wrapper.className = "table-scroll";
    wrapper.appendChild(table);
    results.replaceChildren(wrapper);
    return rows.length;
  }

  function showText(text, className) {
    var pre = document.createElement("pre");
    pre.className = className;
    pre.textContent = text;
    results.replaceChildren(pre);
  }

  function run() {
    var started = performance.now();
    status.textContent = "Running…";
    results.setAttribute("aria-busy", "true");
    var body = new URLSearchParams();
    body.set("query", textarea.value);
    fetch(form.action, {
      method: "POST",
      headers: {
        Accept: "application/sparql-results+json, text/turtle;q=0.9",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: body,
    })
      .then(function (response) {
        return response.text().then(function (text) {
          return { response: response, text: text };
        });
      })
      .then(function (answer) {
        var response = answer.response;
        var ms = Math.round(performance.now() - started);
        results.removeAttribute("aria-busy");
        if (!response.ok) {
          status.textContent = "The query failed (HTTP " + response.status + ").";
          showText(answer.text, "error");
          return;
        }
        var type = response.headers.get("Content-Type") || "";
        var truncated = response.headers.get("X-Dipld-Truncated") === "true";
        var limit = response.headers.get("X-Dipld-Result-Limit");
        var summary;
        if (type.indexOf("json") >= 0) {
          var data = JSON.parse(answer.text);
          if (Object.prototype.hasOwnProperty.call(data, "boolean")) {
            showText(data.boolean ? "true" : "false", "boolean");
            summary = "ASK answered";
          } else {
            summary = showTable(data) + " rows";
          }
        } else {
          showText(answer.text, "turtle");
          summary = (response.headers.get("X-Dipld-Rows") || "?") + " triples";
        }
        status.textContent =
          summary + " in " + ms + " ms" + (truncated ? " — cut at the server's limit of " + limit + " rows" : "") + ".";
      })
      .catch(function (error) {
        results.removeAttribute("aria-busy");
        status.textContent = "The server could not be reached.";
        showText(String(error), "error");
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  textarea.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      run();
    }
  });
  examplePicker.addEventListener("change", function () {
    var chosen = examples.filter(function (e) {
      return e.name === examplePicker.value;
    })[0];
    if (chosen) {
      textarea.value = chosen.text;
      description.textContent = chosen.description || "";
      history.replaceState(null, "", "?example=" + encodeURIComponent(chosen.name));
      results.replaceChildren();
      status.textContent = "";
    }
  });
  prefixPicker.addEventListener("change", function () {
    var name = prefixPicker.value;
    if (name && Object.prototype.hasOwnProperty.call(prefixes, name)) {
      var line = "PREFIX " + name + ": <" + prefixes[name] + ">\n";
      if (textarea.value.indexOf(line) < 0) {
        textarea.value = line + textarea.value;
      }
    }
    prefixPicker.value = "";
  });
})();
