/**
 * The force layout's finishing pass: forces leave a few nodes almost on top of each other (and two nodes could
 * in principle meet exactly), which reads as one node with two labels. Each pass finds the pairs closer than
 * `minDistance` on a grid of that size (O(n) for a spread-out layout) and moves both halfway out of each other's way.
 */
export function spreadApart(x: Float64Array, y: Float64Array, n: number, minDistance: number): void {
  const cell = minDistance;
  const buckets = new Map<number, number[]>();
  // Two 26-bit cell numbers in one key; layouts are far smaller than 2^25 cells across.
  const keyOf = (cx: number, cy: number) => (cx + 0x2000000) * 0x4000000 + (cy + 0x2000000);
  for (let i = 0; i < n; i++) {
    const key = keyOf(Math.floor((x[i] ?? 0) / cell), Math.floor((y[i] ?? 0) / cell));
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cx = Math.floor((x[i] ?? 0) / cell);
    const cy = Math.floor((y[i] ?? 0) / cell);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of buckets.get(keyOf(gx, gy)) ?? []) {
          if (j <= i) continue;
          let ux = (x[j] ?? 0) - (x[i] ?? 0);
          let uy = (y[j] ?? 0) - (y[i] ?? 0);
          let d = Math.sqrt(ux * ux + uy * uy);
          if (d >= minDistance) continue;
          if (d === 0) {
            // Exactly on top of each other: part them in a direction fixed by their numbers, so it stays deterministic.
            const angle = (i * 2.399963 + j) % (2 * Math.PI);
            ux = Math.cos(angle);
            uy = Math.sin(angle);
            d = 1;
          }
          const push = (minDistance - d) / (2 * d);
          dx[i] = (dx[i] ?? 0) - ux * push;
          dy[i] = (dy[i] ?? 0) - uy * push;
          dx[j] = (dx[j] ?? 0) + ux * push;
          dy[j] = (dy[j] ?? 0) + uy * push;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    x[i] = (x[i] ?? 0) + (dx[i] ?? 0);
    y[i] = (y[i] ?? 0) + (dy[i] ?? 0);
  }
}
