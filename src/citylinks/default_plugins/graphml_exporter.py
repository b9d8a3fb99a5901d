"""Built-in exporter ``graphml``: the relations as a GraphML multigraph (networkx + lxml).

Partners are nodes; every event and every agreement is one edge between each
pair of its distinct partners (an event of three cities gives three edges, one
with a single partner gives none, its partner's node stays). Nodes arrive before
edges, so the graph grows as items stream in; it is written at ``finish()``.

Attribute conventions, so that every key has one GraphML type and the file reads
the same in networkx, igraph, Gephi and yEd:

- text attributes are always written, ``""`` when unknown
  (node: ``cid``, ``name``, ``kind``, ``country``; edge: ``cid``, ``type`` —
  ``event`` or ``agreement`` —, ``kind``, ``date``, ``status`` — ``""`` for events);
- ``lat`` and ``lon`` are doubles rounded to 7 decimal places (about 1 cm),
  written only for partners with coordinates;
- ``sources`` (how many pieces of evidence) is an integer on nodes and edges.

GraphML node ids must be XML NMTOKENs: an id made only of ASCII letters, digits,
``.``, ``-`` and ``_`` is kept; any other has its other characters replaced by
``_`` and a short hash of the original appended, so the same id always gives
the same node id. The original id is kept in ``cid``, on edges too: their GraphML
ids are ``e0``, ``e1``, ... in export order, and an edge attribute named ``id``
would clash with them in igraph and Gephi. Every string
goes through ``citylinks.textsafety.safe_text``, which removes what XML 1.0
cannot carry.

An edge may name a partner id that is not among the partners (a dataset built by
hand, a plugin's slip): the edge is kept and that id gets a node of its own with
``name`` set to the id and ``kind`` ``""``.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from typing import IO, Any, ClassVar

import networkx as nx

from citylinks.components import Exporter
from citylinks.hookspecs import hookimpl
from citylinks.models import Agreement, Document, Event, Partner
from citylinks.textsafety import safe_text

_NMTOKEN_SAFE = re.compile(r"^[A-Za-z0-9._-]+$")
_NOT_NMTOKEN_SAFE = re.compile(r"[^A-Za-z0-9._-]")


def node_id_for(record_id: str) -> str:
    """A GraphML node id (an ASCII NMTOKEN) for a partner id; the same id always gives the same result."""
    if _NMTOKEN_SAFE.match(record_id):
        return record_id
    digest = hashlib.sha256(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{_NOT_NMTOKEN_SAFE.sub('_', record_id)}_{digest}"


def coordinate(degrees: float) -> float:
    """Degrees as a double rounded to 7 places: finer is noise, and igraph cannot read subnormal numbers."""
    return round(float(degrees), 7) + 0.0  # + 0.0 turns -0.0 into 0.0


class GraphMLExporter(Exporter):
    name = "graphml"
    description = "GraphML multigraph: partners as nodes, one edge per pair of partners of each event and agreement"
    suffix = ".graphml"
    options_help: ClassVar[dict[str, str]] = {}

    def start(self, out: IO[bytes]) -> None:
        super().start(out)
        self.graph = nx.MultiGraph()
        self.node_ids: dict[str, str] = {}  # partner id → node id
        self.used_node_ids: set[str] = set()
        self.edge_count = 0

    def export_item(self, item: Document | Partner | Event | Agreement) -> None:
        if isinstance(item, Partner):
            self._add_partner(item)
        elif isinstance(item, Event):
            self._add_edges(item.partners, self._edge_attributes(item, "event", ""))
        elif isinstance(item, Agreement):
            self._add_edges(item.partners, self._edge_attributes(item, "agreement", item.status))

    def finish(self) -> None:
        nx.write_graphml(self.graph, self.out, encoding="utf-8", prettyprint=True)
        self.out.write(b"\n")

    def _add_partner(self, partner: Partner) -> None:
        attributes: dict[str, Any] = {
            "cid": safe_text(partner.id),
            "name": safe_text(partner.name),
            "kind": partner.kind,
            "country": partner.country or "",
            "sources": len(partner.sources),
        }
        if partner.geo is not None:
            attributes["lat"] = coordinate(partner.geo.lat)
            attributes["lon"] = coordinate(partner.geo.lon)
        self.graph.add_node(self._node_for(partner.id), **attributes)

    def _node_for(self, partner_id: str) -> str:
        if partner_id not in self.node_ids:
            node = node_id_for(partner_id)
            candidate, suffix = node, 1
            while candidate in self.used_node_ids:  # two ids that clean up to one node id: keep both nodes apart
                suffix += 1
                candidate = f"{node}.{suffix}"
            self.node_ids[partner_id] = candidate
            self.used_node_ids.add(candidate)
        return self.node_ids[partner_id]

    def _add_edges(self, partner_ids: tuple[str, ...], attributes: dict[str, Any]) -> None:
        nodes = []
        for partner_id in dict.fromkeys(partner_ids):
            node = self._node_for(partner_id)
            if node not in self.graph:
                clean_id = safe_text(partner_id)
                self.graph.add_node(node, cid=clean_id, name=clean_id, kind="", country="", sources=0)
            nodes.append(node)
        for first, second in itertools.combinations(nodes, 2):
            self.graph.add_edge(first, second, key=f"e{self.edge_count}", **attributes)
            self.edge_count += 1

    @staticmethod
    def _edge_attributes(record: Event | Agreement, edge_type: str, status: str) -> dict[str, Any]:
        return {
            "cid": safe_text(record.id),
            "type": edge_type,
            "kind": record.kind,
            "date": record.date.isoformat() if record.date is not None else "",
            "status": status,
            "sources": len(record.sources),
        }


@hookimpl
def citylinks_register_exporters(register):
    register(GraphMLExporter)
