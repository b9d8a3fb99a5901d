"""Built-in exporter ``graphml``: the relations as a GraphML network (networkx + lxml).

Partners are nodes. How relations become edges is the option ``graph``:

- ``weighted`` (default): one edge per pair of partners that share at least one
  event or agreement, carrying how many: ``events`` and ``agreements``
  (integers), ``weight`` (their sum, a double, which Gephi and igraph read as
  the edge weight), ``event_kinds`` and ``agreement_kinds`` (the kinds seen,
  sorted, joined by ``", "``), ``first_date`` and ``last_date`` (the earliest
  and latest dates among them, ``""`` when none is dated) and ``sources`` (how
  many pieces of evidence);
- ``multi``: a multigraph with one edge per pair of partners of each event and
  each agreement (an event of three cities gives three edges), carrying that
  record's ``cid``, ``type`` — ``event`` or ``agreement`` —, ``kind``, ``date``,
  ``status`` — ``""`` for events — and ``sources``.

Either way a record with a single distinct partner adds no edge (its partner's
node stays). Nodes arrive before edges, so the graph grows as items stream in;
it is written at ``finish()``, and memory grows with the number of partners and
pairs, not with the number of records.

Attribute conventions, so that every key has one GraphML type and the file reads
the same in networkx, igraph, Gephi and yEd:

- text attributes are always written, ``""`` when unknown
  (node: ``cid``, ``name``, ``kind``, ``country``);
- ``lat`` and ``lon`` are doubles rounded to 7 decimal places (about 1 cm),
  written only for partners with coordinates;
- ``sources`` (how many pieces of evidence) is an integer on nodes and edges.

GraphML node ids must be XML NMTOKENs: an id made only of ASCII letters, digits,
``.``, ``-`` and ``_`` is kept; any other has its other characters replaced by
``_`` and a short hash of the original appended, so the same id always gives
the same node id. The original id is kept in ``cid``, on multigraph edges too:
their GraphML ids are ``e0``, ``e1``, ... in export order, and an edge attribute
named ``id`` would clash with them in igraph and Gephi. Every string goes
through ``citylinks.textsafety.safe_text``, which removes what XML 1.0 cannot
carry.

An edge may name a partner id that is not among the partners (a dataset built by
hand, a plugin's slip): the edge is kept and that id gets a node of its own with
``name`` set to the id and ``kind`` ``""``.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from typing import IO, Any, ClassVar

from citylinks.components import Exporter
from citylinks.hookspecs import hookimpl
from citylinks.models import Agreement, Document, Event, Partner
from citylinks.textsafety import safe_text

GRAPH_CHOICES = ("weighted", "multi")
_NMTOKEN_SAFE = re.compile(r"[A-Za-z0-9._-]+")
_NOT_NMTOKEN_SAFE = re.compile(r"[^A-Za-z0-9._-]")


def node_id_for(record_id: str) -> str:
    """A GraphML node id (an ASCII NMTOKEN) for a partner id; the same id always gives the same result."""
    if _NMTOKEN_SAFE.fullmatch(record_id):  # not match(...$): "$" also matches before a final newline
        return record_id
    digest = hashlib.sha256(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{_NOT_NMTOKEN_SAFE.sub('_', record_id)}_{digest}"


def coordinate(degrees: float) -> float:
    """Degrees as a double rounded to 7 places: finer is noise, and igraph cannot read subnormal numbers."""
    return round(float(degrees), 7) + 0.0  # + 0.0 turns -0.0 into 0.0


class GraphMLExporter(Exporter):
    name = "graphml"
    description = (
        "GraphML network: partners as nodes, one weighted edge per pair of partners "
        "(or one edge per event and agreement with graph=multi)"
    )
    suffix = ".graphml"
    options_help: ClassVar[dict[str, str]] = {
        "graph": "weighted (default): one edge per pair of partners with counts and weight; "
        "multi: one edge per pair of partners of each event and agreement",
    }

    def __init__(self, options: dict[str, str] | None = None) -> None:
        super().__init__(options)
        self.graph_kind = self.options.get("graph", "weighted").strip().lower()
        if self.graph_kind not in GRAPH_CHOICES:
            raise ValueError(
                f"format 'graphml': option 'graph' must be one of {', '.join(GRAPH_CHOICES)} (got {self.graph_kind!r})"
            )

    def start(self, out: IO[bytes]) -> None:
        super().start(out)
        import networkx as nx  # here, not at the top: importing it costs every citylinks command 0.2 s

        self.graph = nx.MultiGraph() if self.graph_kind == "multi" else nx.Graph()
        self.node_ids: dict[str, str] = {}  # partner id → node id
        self.used_node_ids: set[str] = set()
        self.edge_count = 0
        self.pairs: dict[tuple[str, str], PairTally] = {}

    def export_item(self, item: Document | Partner | Event | Agreement) -> None:
        if isinstance(item, Partner):
            self._add_partner(item)
        elif isinstance(item, (Event, Agreement)):
            nodes = self._nodes_for(item.partners)
            if self.graph_kind == "multi":
                self._add_record_edges(nodes, item)
            else:
                for first, second in itertools.combinations(sorted(nodes), 2):
                    self.pairs.setdefault((first, second), PairTally()).count(item)

    def finish(self) -> None:
        for (first, second), tally in self.pairs.items():
            self.graph.add_edge(first, second, **tally.attributes())
        import networkx as nx

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

    def _nodes_for(self, partner_ids: tuple[str, ...]) -> list[str]:
        nodes = []
        for partner_id in dict.fromkeys(partner_ids):
            node = self._node_for(partner_id)
            if node not in self.graph:
                clean_id = safe_text(partner_id)
                self.graph.add_node(node, cid=clean_id, name=clean_id, kind="", country="", sources=0)
            nodes.append(node)
        return nodes

    def _add_record_edges(self, nodes: list[str], record: Event | Agreement) -> None:
        attributes = {
            "cid": safe_text(record.id),
            "type": "agreement" if isinstance(record, Agreement) else "event",
            "kind": record.kind,
            "date": record.date.isoformat() if record.date is not None else "",
            "status": record.status if isinstance(record, Agreement) else "",
            "sources": len(record.sources),
        }
        for first, second in itertools.combinations(nodes, 2):
            self.graph.add_edge(first, second, key=f"e{self.edge_count}", **attributes)
            self.edge_count += 1


class PairTally:
    """What one pair of partners shares, counted as records stream past."""

    def __init__(self) -> None:
        self.events = 0
        self.agreements = 0
        self.event_kinds: set[str] = set()
        self.agreement_kinds: set[str] = set()
        self.first_date = ""
        self.last_date = ""
        self.sources = 0

    def count(self, record: Event | Agreement) -> None:
        if isinstance(record, Agreement):
            self.agreements += 1
            self.agreement_kinds.add(record.kind)
        else:
            self.events += 1
            self.event_kinds.add(record.kind)
        if record.date is not None:
            date = record.date.isoformat()
            self.first_date = min(self.first_date or date, date)
            self.last_date = max(self.last_date, date)
        self.sources += len(record.sources)

    def attributes(self) -> dict[str, Any]:
        return {
            "weight": float(self.events + self.agreements),
            "events": self.events,
            "agreements": self.agreements,
            "event_kinds": ", ".join(sorted(self.event_kinds)),
            "agreement_kinds": ", ".join(sorted(self.agreement_kinds)),
            "first_date": self.first_date,
            "last_date": self.last_date,
            "sources": self.sources,
        }


@hookimpl
def citylinks_register_exporters(register):
    register(GraphMLExporter)
