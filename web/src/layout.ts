/**
 * The network's drawing: the API's directed edges merged per actor pair, laid out by d3-force
 * (run to rest before drawing, so the picture is still and the same on every load).
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Network } from './api.js';

export interface PlacedNode extends SimulationNodeDatum {
  key: string;
  name: string;
  country: string | null;
  events: number;
  x: number;
  y: number;
  radius: number;
}

export interface PairEdge {
  id: string;
  a: string;
  b: string;
  events: number;
  goldstein: number;
  cooperative: number;
  conflictual: number;
}

/** A→B and B→A as one pair: the drawing shows who interacts, the list below shows directions. */
export function pairEdges(network: Network): PairEdge[] {
  const pairs = new Map<string, PairEdge>();
  for (const edge of network.edges) {
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const id = `${a}\u0000${b}`;
    const pair = pairs.get(id) ?? { id, a, b, events: 0, goldstein: 0, cooperative: 0, conflictual: 0 };
    pair.events += edge.events;
    pair.goldstein = Math.round((pair.goldstein + edge.goldstein) * 10) / 10;
    pair.cooperative += edge.cooperative;
    pair.conflictual += edge.conflictual;
    pairs.set(id, pair);
  }
  return [...pairs.values()].sort((x, y) => y.events - x.events);
}

export function layout(network: Network, pairs: PairEdge[], width: number, height: number): PlacedNode[] {
  const nodes: PlacedNode[] = network.nodes.map((node) => ({
    key: node.key,
    name: node.name,
    country: node.country,
    events: node.events,
    x: 0,
    y: 0,
    radius: 5 + Math.min(14, Math.sqrt(node.events) * 3),
  }));
  const links = pairs.map((pair) => ({ source: pair.a, target: pair.b }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<PlacedNode, { source: string; target: string }>(links)
        .id((node) => node.key)
        .distance(90),
    )
    .force('charge', forceManyBody().strength(-260))
    .force('center', forceCenter(width / 2, height / 2))
    // The picture is wider than tall: pull harder toward the middle line than toward the centre.
    .force('y', forceY<PlacedNode>(height / 2).strength(0.12))
    .force('x', forceX<PlacedNode>(width / 2).strength(0.03))
    .force(
      'collide',
      forceCollide<PlacedNode>((node) => node.radius + 14),
    )
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  fitInto(nodes, width, height);
  return nodes;
}

/** Scales the layout into the picture, keeping its proportions and room for the labels. */
function fitInto(nodes: PlacedNode[], width: number, height: number): void {
  if (nodes.length === 0) return;
  const margin = { x: 70, top: 34, bottom: 20 };
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * margin.x) / Math.max(1, maxX - minX),
    (height - margin.top - margin.bottom) / Math.max(1, maxY - minY),
    1.5,
  );
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = margin.top + (height - margin.top - margin.bottom - (maxY - minY) * scale) / 2;
  for (const node of nodes) {
    node.x = offsetX + (node.x - minX) * scale;
    node.y = offsetY + (node.y - minY) * scale;
  }
}
