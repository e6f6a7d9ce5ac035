/** An axis-aligned box, in any one coordinate system (the caller's). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label that would like to be drawn, in one of several places (best first). */
export interface LabelCandidate {
  id: string;
  /** Where the label could go, in order of preference; the first that collides with nothing is taken. */
  places: readonly Box[];
  /** Drawn in its first place whatever it covers (the selection's own label); later labels keep clear of it. */
  always?: boolean;
  /** An obstacle this label may cover: its own node. */
  own?: string;
}

/** Something no label may cover: a node's body, a control drawn over the graph. */
export interface Obstacle {
  id: string;
  box: Box;
}

/**
 * Chooses which labels to draw, and where, so that no two overlap and none covers a node or a control: labels
 * are taken in the order given (most important first), each in its first place that is free and inside `bounds`.
 * Returns the index of the chosen place per shown label; a label not in the map is not drawn. A grid of cells
 * keeps each test local, so a few thousand labels cost a few milliseconds.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Obstacle[], bounds: Box | null, gap = 0): Map<string, number> {
  const grid = new BoxGrid(cellSizeFor(candidates));
  obstacles.forEach((obstacle) => grid.add(obstacle.box, obstacle.id));
  const shown = new Map<string, number>();
  for (const candidate of candidates) {
    const at = candidate.always ? (candidate.places.length > 0 ? 0 : -1) : candidate.places.findIndex((place) => fits(place, candidate, grid, bounds, gap));
    const place = candidate.places[at];
    if (!place) continue;
    shown.set(candidate.id, at);
    grid.add(place, `label:${candidate.id}`);
  }
  return shown;
}

function fits(place: Box, candidate: LabelCandidate, grid: BoxGrid, bounds: Box | null, gap: number): boolean {
  if (bounds && (place.x1 < bounds.x1 || place.y1 < bounds.y1 || place.x2 > bounds.x2 || place.y2 > bounds.y2)) return false;
  const padded = { x1: place.x1 - gap, y1: place.y1 - gap, x2: place.x2 + gap, y2: place.y2 + gap };
  return !grid.some(padded, (id) => id !== candidate.own);
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** About the size of a typical label, so most boxes touch a cell or four. */
function cellSizeFor(candidates: readonly LabelCandidate[]): number {
  let total = 0;
  let count = 0;
  for (const { places } of candidates) {
    const first = places[0];
    if (!first) continue;
    total += Math.max(first.x2 - first.x1, first.y2 - first.y1);
    count += 1;
  }
  return count > 0 && total > 0 ? total / count : 100;
}

/** Boxes bucketed by the grid cells they touch. */
class BoxGrid {
  readonly #cells = new Map<string, { box: Box; id: string }[]>();
  constructor(readonly size: number) {}

  add(box: Box, id: string): void {
    const entry = { box, id };
    this.#each(box, (key) => {
      const cell = this.#cells.get(key);
      if (cell) cell.push(entry);
      else this.#cells.set(key, [entry]);
    });
  }

  /** True when a box already here overlaps `box` and passes `counts`. */
  some(box: Box, counts: (id: string) => boolean): boolean {
    let found = false;
    this.#each(box, (key) => {
      if (!found) found = (this.#cells.get(key) ?? []).some((entry) => overlaps(entry.box, box) && counts(entry.id));
    });
    return found;
  }

  #each(box: Box, visit: (key: string) => void): void {
    const x1 = Math.floor(box.x1 / this.size);
    const x2 = Math.floor(box.x2 / this.size);
    const y1 = Math.floor(box.y1 / this.size);
    const y2 = Math.floor(box.y2 / this.size);
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) visit(`${x},${y}`);
  }
}
