"""Where each partner goes in the network panel: a deterministic layout.

The graph is built in sorted order and the force layout gets a fixed seed, so
the same data always gives the same positions. ``geo`` places partners at their
longitude and latitude, which only works when every partner has them; otherwise
the spring layout is used and the reason is returned for the figure to show.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

from citylinks_plot.collect import PictureData

SEED = 20240312
SPRING_ITERATIONS = 200
LARGE_COMPONENT, LARGE_COMPONENT_ITERATIONS = 500, 50
SPREAD_FROM, SPREAD_POWER = 30, 0.6  # components of this many partners or more get the fish-eye
COMPONENT_GAP = 1.0  # space between components, about the distance between neighbouring dots


def link_weight(events: int, agreements: int) -> float:
    # An agreement is a standing tie, so it pulls partners together more than one meeting does.
    return events + 3.0 * agreements


def build_graph(data: PictureData) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(sorted(data.nodes))
    for pair in sorted(data.links):
        link = data.links[pair]
        graph.add_edge(*pair, weight=link_weight(link.events, sum(link.agreements.values())))
    return graph


def layout_positions(data: PictureData, layout: str) -> tuple[dict[str, tuple[float, float]], str, str | None]:
    """Positions by partner id, the layout actually used, and why it differs from the one asked for."""
    if layout == "geo":
        missing = sum(1 for node in data.nodes.values() if node.lonlat is None)
        if not missing:
            return {node_id: node.lonlat for node_id, node in data.nodes.items()}, "geo", None  # type: ignore[misc]
        note = f"layout=geo needs coordinates for every partner; {missing} of {len(data.nodes)} have none"
        return spring_positions(build_graph(data)), "spring", note
    graph = build_graph(data)
    if layout == "kamada_kawai":
        return kamada_kawai_positions(graph), "kamada_kawai", None
    return spring_positions(graph), "spring", None


def _as_tuples(positions: dict) -> dict[str, tuple[float, float]]:
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}


def spring_positions(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    return packed_components(graph, _spring)


def kamada_kawai_positions(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    return packed_components(graph, _kamada_kawai)


def _spring(component: nx.Graph, radius: float) -> dict:
    # From 500 nodes networkx switches to a sparse solver that costs ~0.1 s an iteration
    # at 700 nodes; its default number of iterations keeps a large export under ten seconds.
    iterations = SPRING_ITERATIONS if len(component) < LARGE_COMPONENT else LARGE_COMPONENT_ITERATIONS
    return nx.spring_layout(component, weight="weight", iterations=iterations, seed=SEED, scale=radius)


def _kamada_kawai(component: nx.Graph, radius: float) -> dict:
    return nx.kamada_kawai_layout(component, pos=nx.circular_layout(component), weight=None, scale=radius)


def spread_core(points: np.ndarray) -> np.ndarray:
    """Pull the far-out dots in and push the crowded middle apart, keeping every direction.

    A force layout of news relations is a dense core of hubs with a few long
    chains reaching out; the chains set the drawing's size and squeeze the core,
    where the names are, into a small part of it. Distances from the centre are
    raised to a power below one (a fish-eye), which keeps their order.
    """
    if len(points) < SPREAD_FROM:
        return points
    centre = points.mean(axis=0)
    offsets = points - centre
    distances = np.hypot(offsets[:, 0], offsets[:, 1])
    farthest = float(distances.max())
    if farthest == 0.0:
        return points
    ratio = np.where(distances > 0, (distances / farthest) ** (SPREAD_POWER - 1.0), 1.0)
    return centre + offsets * ratio[:, None]


def _ordered_subgraph(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    # graph.subgraph() may list a small subgraph's nodes in set order, which changes from
    # one process to the next (string hashing) and with it the layout; build it in order.
    component = nx.Graph()
    component.add_nodes_from(nodes)
    component.add_edges_from(sorted((min(u, v), max(u, v), d) for u, v, d in graph.edges(nodes, data=True)))
    return component


def packed_components(graph: nx.Graph, lay_out) -> dict[str, tuple[float, float]]:
    """Lay out each connected component on its own, then set them side by side in rows.

    Force layouts push unconnected components to the far edges and crush each
    one into a corner; news relations are mostly small separate clusters, so each
    gets an area that grows with its size instead. Largest first, then by the
    smallest partner id, so the arrangement does not depend on input order.
    """
    if len(graph) == 0:
        return {}
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    boxes = []
    for nodes in components:
        if len(nodes) == 1:
            local = {nodes[0]: np.zeros(2)}
        else:
            local = lay_out(_ordered_subgraph(graph, nodes), 0.5 * math.sqrt(len(nodes)))
            local = dict(zip(nodes, spread_core(np.array([local[node] for node in nodes], dtype=float)), strict=True))
        points = np.array([local[node] for node in nodes], dtype=float)
        low = points.min(axis=0)
        boxes.append((nodes, points - low, points.max(axis=0) - low))
    # Rows about as wide as the whole would be tall in a 4:3 panel, never narrower than the widest component.
    area = sum(float((size[0] + COMPONENT_GAP) * (size[1] + COMPONENT_GAP)) for _, _, size in boxes)
    row_width = max(math.sqrt(area * 4 / 3), *(float(size[0]) for _, _, size in boxes))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for nodes, points, size in boxes:
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y - row_height - COMPONENT_GAP, 0.0
        for node, (px, py) in zip(nodes, points, strict=True):
            positions[node] = (x + float(px), y - float(size[1]) + float(py))
        x += float(size[0]) + COMPONENT_GAP
        row_height = max(row_height, float(size[1]))
    return positions
