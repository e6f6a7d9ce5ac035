// Fills the explainer with ordinary paragraphs, so the graph sits far down a page (or a box) that scrolls.
const words = 'Beijing Pyongyang Moscow summit talks leaders alliance sanctions parade ideology socialism friendship border trade delegation visit'.split(' ');
document.querySelectorAll('.filler').forEach((filler, f) => {
  const count = Number(filler.getAttribute('data-paragraphs'));
  for (let i = 0; i < count; i += 1) {
    const p = document.createElement('p');
    const sentence = [];
    for (let w = 0; w < 70; w += 1) sentence.push(words[(w * 7 + i * 3 + f) % words.length]);
    p.textContent = `${sentence.join(' ')}.`;
    filler.append(p);
  }
});

// ?node=<id> opens the first graph with that node selected, as a newsroom's node="…" attribute would.
const node = new URLSearchParams(window.location.search).get('node');
if (node) document.getElementById('graph').setAttribute('node', node);

// ?src=<url> puts another story in the first graph (a hand-written file, a story without positions).
const src = new URLSearchParams(window.location.search).get('src');
if (src) document.getElementById('graph').setAttribute('src', src);

// ?edge=<id> likewise, as edge="…" would.
const edge = new URLSearchParams(window.location.search).get('edge');
if (edge) document.getElementById('graph').setAttribute('edge', edge);

// ?hidden opens the first graph hidden (display: none), as a tab or a collapsed section would.
if (new URLSearchParams(window.location.search).has('hidden')) document.getElementById('graph').hidden = true;

// ?iframe adds the iframe embed to the column, after the first graph, as the README's snippet writes it.
if (new URLSearchParams(window.location.search).has('iframe')) {
  const frame = document.createElement('iframe');
  frame.id = 'frame';
  frame.setAttribute('data-quotegraph', '');
  frame.src = '/index.html?embed';
  frame.title = 'Quotegraph';
  frame.width = '100%';
  frame.height = '900';
  frame.style.border = '0';
  document.getElementById('graph').after(frame);
}
