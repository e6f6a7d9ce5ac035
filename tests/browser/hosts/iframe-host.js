// The README's host snippet, plus a record of what arrived, for the test to read.
// The app origin is given in the page URL (?app=http://127.0.0.1:4321), the foreign one likewise (?foreign=…).
var params = new URLSearchParams(location.search);
var app = params.get('app');
var frame = document.getElementById('quotegraph');
window.received = [];
frame.src = app + '/index.html?embed&allow=' + encodeURIComponent(location.origin) + (params.get('node') ? '&node=' + params.get('node') : '');
document.getElementById('foreign').src = params.get('foreign') + '/hosts/foreign.html';
window.addEventListener('message', function (event) {
  if (event.origin !== app || event.source !== frame.contentWindow) return;
  window.received.push(event.data);
  if (event.data && event.data.type === 'quotegraph:height') frame.height = event.data.height;
});
window.send = function (message) {
  frame.contentWindow.postMessage(message, app);
};
