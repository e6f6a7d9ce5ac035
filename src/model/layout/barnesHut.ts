/**
 * Barnes–Hut repulsion: every node pushes every other away with strength `strength / distance`, but a far-away
 * cluster acts as one body at its centre of mass. That makes a step O(n log n) instead of O(n²), which is what
 * lets 10,000 nodes lay out in seconds. The tree lives in typed arrays reused across steps, so a step allocates
 * nothing once the arrays have grown to fit.
 */

/** A cell wider than THETA times its distance is opened; larger is faster and coarser (ForceAtlas2 uses 1.2). */
const THETA = 1;
/** Deeper than this, points are (practically) on top of each other and share a leaf. */
const MAX_DEPTH = 48;
const EMPTY = -1;
const INTERNAL = -2;

export class RepulsionTree {
  #capacity = 0;
  #cells = 0;
  /** Per cell: the point it holds (a leaf), EMPTY, or INTERNAL. */
  #point = new Int32Array(0);
  /** Per cell: the first of its four children (0 when it has none yet; cell 0 is the root, never a child). */
  #firstChild = new Int32Array(0);
  #mass = new Float64Array(0);
  #sumX = new Float64Array(0);
  #sumY = new Float64Array(0);
  #left = new Float64Array(0);
  #top = new Float64Array(0);
  #size = new Float64Array(0);
  #stack = new Int32Array(0);

  /** Builds the tree over the points (x[i], y[i]). */
  build(x: Float64Array, y: Float64Array, count: number): void {
    this.#ensure(4 * count + 8);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < count; i++) {
      const px = x[i] ?? 0;
      const py = y[i] ?? 0;
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
    }
    this.#cells = 0;
    this.#newCell(minX, minY, Math.max(maxX - minX, maxY - minY, 1) * 1.0001);
    for (let i = 0; i < count; i++) this.#insert(i, x, y);
  }

  /**
   * Adds to (fx[i], fy[i]) the push on point i (at x, y) from every other point: `strength` × direction / distance.
   * Points closer than `minDistance` push as if they were that far, so near-coincident points do not fling apart.
   */
  accumulate(i: number, x: number, y: number, strength: number, minDistance: number, fx: Float64Array, fy: Float64Array): void {
    const stack = this.#stack;
    const minD2 = minDistance * minDistance;
    let top = 0;
    stack[top++] = 0;
    let ax = 0;
    let ay = 0;
    while (top > 0) {
      const cell = stack[--top] ?? 0;
      const mass = this.#mass[cell] ?? 0;
      if (mass === 0) continue;
      const point = this.#point[cell] ?? EMPTY;
      if (point === i && mass === 1) continue;
      const dx = x - (this.#sumX[cell] ?? 0) / mass;
      const dy = y - (this.#sumY[cell] ?? 0) / mass;
      const d2 = dx * dx + dy * dy;
      const size = this.#size[cell] ?? 0;
      if (point !== INTERNAL || size * size < THETA * THETA * d2) {
        // A leaf, or a cell far enough away to count as one body. A leaf that holds i among coincident points has
        // its centre on i: there is no direction to push in, so it is skipped.
        if (d2 === 0) continue;
        const f = (strength * mass) / Math.max(d2, minD2);
        ax += dx * f;
        ay += dy * f;
        continue;
      }
      const first = this.#firstChild[cell] ?? 0;
      for (let q = 0; q < 4; q++) if ((this.#mass[first + q] ?? 0) > 0) stack[top++] = first + q;
    }
    fx[i] = (fx[i] ?? 0) + ax;
    fy[i] = (fy[i] ?? 0) + ay;
  }

  #ensure(capacity: number): void {
    if (capacity <= this.#capacity) return;
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.#point = grow(this.#point, (n) => new Int32Array(n));
    this.#firstChild = grow(this.#firstChild, (n) => new Int32Array(n));
    this.#mass = grow(this.#mass, (n) => new Float64Array(n));
    this.#sumX = grow(this.#sumX, (n) => new Float64Array(n));
    this.#sumY = grow(this.#sumY, (n) => new Float64Array(n));
    this.#left = grow(this.#left, (n) => new Float64Array(n));
    this.#top = grow(this.#top, (n) => new Float64Array(n));
    this.#size = grow(this.#size, (n) => new Float64Array(n));
    // A traversal holds at most three siblings per level plus the four children of the deepest cell.
    this.#stack = new Int32Array(Math.max(this.#stack.length, 4 * MAX_DEPTH + 8));
    this.#capacity = capacity;
  }

  #newCell(left: number, top: number, size: number): number {
    if (this.#cells >= this.#capacity) this.#ensure(this.#capacity * 2);
    const cell = this.#cells++;
    this.#point[cell] = EMPTY;
    this.#firstChild[cell] = 0;
    this.#mass[cell] = 0;
    this.#sumX[cell] = 0;
    this.#sumY[cell] = 0;
    this.#left[cell] = left;
    this.#top[cell] = top;
    this.#size[cell] = size;
    return cell;
  }

  /** The child of `cell` that covers (x, y), its four children made on first use. */
  #childAt(cell: number, x: number, y: number): number {
    const half = (this.#size[cell] ?? 0) / 2;
    const left = this.#left[cell] ?? 0;
    const top = this.#top[cell] ?? 0;
    if (this.#firstChild[cell] === 0) {
      const first = this.#newCell(left, top, half);
      this.#newCell(left + half, top, half);
      this.#newCell(left, top + half, half);
      this.#newCell(left + half, top + half, half);
      this.#firstChild[cell] = first;
    }
    const quadrant = (x >= left + half ? 1 : 0) + (y >= top + half ? 2 : 0);
    return (this.#firstChild[cell] ?? 0) + quadrant;
  }

  #insert(i: number, xs: Float64Array, ys: Float64Array): void {
    const x = xs[i] ?? 0;
    const y = ys[i] ?? 0;
    let cell = 0;
    for (let depth = 0; ; depth++) {
      const point = this.#point[cell] ?? EMPTY;
      this.#mass[cell] = (this.#mass[cell] ?? 0) + 1;
      this.#sumX[cell] = (this.#sumX[cell] ?? 0) + x;
      this.#sumY[cell] = (this.#sumY[cell] ?? 0) + y;
      if (point === EMPTY) {
        this.#point[cell] = i;
        return;
      }
      if (point >= 0) {
        // A leaf already holding one point: at the depth limit both share it; else the old point moves down a level.
        if (depth >= MAX_DEPTH) return;
        const oldX = xs[point] ?? 0;
        const oldY = ys[point] ?? 0;
        const child = this.#childAt(cell, oldX, oldY);
        this.#point[child] = point;
        this.#mass[child] = 1;
        this.#sumX[child] = oldX;
        this.#sumY[child] = oldY;
        this.#point[cell] = INTERNAL;
      }
      cell = this.#childAt(cell, x, y);
    }
  }
}
