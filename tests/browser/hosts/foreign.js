// A page from another origin that tries to drive the Quotegraph frame next to it. It must be ignored.
window.attack = function () {
  parent.frames[0].postMessage({ type: 'quotegraph:select', id: 'donald-trump' }, '*');
};
