// Small geometry helpers shared by the diagrams. Arrowheads are drawn as polygons, not SVG <marker>s,
// because markers need document-wide ids and two diagrams on one page would then clash.

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The points of a triangular arrowhead whose tip is at (x, y), pointing in `direction`. */
export function arrowHead(x: number, y: number, direction: Direction, size = 7): string {
  const half = size * 0.6;
  const corners: Record<Direction, [number, number][]> = {
    down: [
      [x, y],
      [x - half, y - size],
      [x + half, y - size],
    ],
    up: [
      [x, y],
      [x - half, y + size],
      [x + half, y + size],
    ],
    right: [
      [x, y],
      [x - size, y - half],
      [x - size, y + half],
    ],
    left: [
      [x, y],
      [x + size, y - half],
      [x + size, y + half],
    ],
  };
  return corners[direction].map(([px, py]) => `${round(px)},${round(py)}`).join(' ');
}

/** Evenly spaced positions: `count` items of `size` with `gap` between them, starting at `start`. */
export function spread(count: number, start: number, size: number, gap: number): number[] {
  return Array.from({ length: count }, (_, index) => start + index * (size + gap));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
