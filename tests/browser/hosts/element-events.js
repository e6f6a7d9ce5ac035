// Puts one <quote-graph> on the page with the src (and explorer) given in the page's address, and records the
// events it fires in window.events, for the test to read.
var params = new URLSearchParams(location.search);
window.events = [];
var graph = document.createElement('quote-graph');
graph.id = 'graph';
if (params.get('src')) graph.setAttribute('src', params.get('src'));
if (params.get('explorer')) graph.setAttribute('explorer', params.get('explorer'));
['quotegraph:ready', 'quotegraph:error'].forEach(function (type) {
  graph.addEventListener(type, function (event) {
    window.events.push({ type: type, detail: event.detail });
  });
});
document.body.appendChild(graph);
var script = document.createElement('script');
script.type = 'module';
script.src = '/quote-graph.js';
document.body.appendChild(script);
