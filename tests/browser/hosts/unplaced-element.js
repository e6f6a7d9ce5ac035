// Loads <quote-graph> from the origin named by ?app= (the page's own or another) with a story that has no
// positions, so the element must lay it out: in a worker from its own origin, on the main thread from another.
var app = new URLSearchParams(window.location.search).get('app') || window.location.origin;
var graph = document.createElement('quote-graph');
graph.id = 'graph';
graph.setAttribute('src', app + '/fixtures/unplaced-story.json');
document.body.appendChild(graph);
var script = document.createElement('script');
script.type = 'module';
script.src = app + '/quote-graph.js';
document.body.appendChild(script);
