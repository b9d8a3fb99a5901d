"""The network panel: partners as dots, agreements and events as lines, the busiest partners named.

Dots are coloured by country or by partner kind and sized by activity (the
events and agreements a partner takes part in). Between two partners, every
agreement kind that links them is one solid line in that kind's colour and all
their events together are one thin dashed line, wider the more events there
are; several lines between one pair bow apart so each stays visible.

Labels go to the most active partners first, each at the first of eight spots
around its dot that stays inside the panel and clear of other labels (and, if
any such spot exists, of other dots); a partner with no free spot goes unnamed.
That keeps a few hundred partners readable.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
from citylinks.models import AGREEMENT_KINDS, PARTNER_KINDS
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox

from citylinks_plot import palette
from citylinks_plot.collect import PictureData

CURVE_POINTS = 24
BOW = 0.18  # how far apart parallel lines bow, as a share of the pair's distance
LABEL_FONT_SIZE = 8
# Share of the drawing left empty on each side: wide enough for a centred name over an outermost dot.
MARGIN_X, MARGIN_Y = 0.15, 0.06


def dot_area(activity: int, partners: int) -> float:
    """Marker area in points²: grows with the square root of activity so one hub does not swallow
    the panel, and shrinks as partners get many so that a few hundred still leave room for lines."""
    crowding = min(1.0, max(0.3, math.sqrt(50 / max(partners, 1))))
    return (22.0 + 80.0 * math.sqrt(activity)) * crowding


def event_line_width(count: int) -> float:
    return min(0.7 + 0.8 * math.log2(count), 4.0)


def agreement_line_width(count: int) -> float:
    return min(2.0 + 0.6 * (count - 1), 4.5)


def ranked_partners(data: PictureData) -> list[str]:
    """Partner ids, most active first; ties by name then id so the order never depends on input order."""
    return sorted(data.nodes, key=lambda pid: (-data.activity[pid], data.nodes[pid].name.casefold(), pid))


def node_colours(data: PictureData, color_by: str) -> tuple[dict[str, str], list[tuple[str, str]], str]:
    """Colour per partner id, legend rows (label, colour), and the legend's heading."""
    if color_by == "kind":
        colours = {
            pid: palette.PARTNER_KIND_COLOURS.get(node.kind, palette.UNKNOWN_COLOUR) for pid, node in data.nodes.items()
        }
        counts = Counter(node.kind for node in data.nodes.values())
        rows = [
            (f"{palette.kind_label(kind)} ({counts[kind]})", palette.PARTNER_KIND_COLOURS[kind])
            for kind in PARTNER_KINDS
            if counts[kind]
        ]
        if counts[""]:
            rows.append((f"not described ({counts['']})", palette.UNKNOWN_COLOUR))
        return colours, rows, "Partners by kind"

    partners_per_country = Counter(node.country for node in data.nodes.values() if node.country)
    named, others = palette.country_colours(partners_per_country)
    colours = {
        pid: named.get(node.country, palette.OTHER_COLOUR) if node.country else palette.UNKNOWN_COLOUR
        for pid, node in data.nodes.items()
    }
    rows = [(f"{code} ({partners_per_country[code]})", colour) for code, colour in named.items()]
    if others:
        rows.append(
            (f"{len(others)} other countries ({sum(partners_per_country[c] for c in others)})", palette.OTHER_COLOUR)
        )
    unknown = sum(1 for node in data.nodes.values() if not node.country)
    if unknown:
        rows.append((f"country unknown ({unknown})", palette.UNKNOWN_COLOUR))
    return colours, rows, "Partners by country"


def _curve(start: np.ndarray, end: np.ndarray, bow: float) -> np.ndarray:
    if bow == 0.0:
        return np.array([start, end])
    direction = end - start
    normal = np.array([-direction[1], direction[0]])
    control = (start + end) / 2 + bow * normal
    t = np.linspace(0.0, 1.0, CURVE_POINTS)[:, None]
    return (1 - t) ** 2 * start + 2 * (1 - t) * t * control + t**2 * end


def _bows(count: int) -> list[float]:
    return [(i - (count - 1) / 2) * BOW for i in range(count)]


def draw_links(ax: Axes, data: PictureData, positions: dict[str, tuple[float, float]]) -> None:
    event_lines, event_widths = [], []
    agreement_lines, agreement_widths, agreement_colours = [], [], []
    for pair in sorted(data.links):
        link = data.links[pair]
        start, end = np.array(positions[pair[0]]), np.array(positions[pair[1]])
        kinds = [kind for kind in AGREEMENT_KINDS if link.agreements[kind]]
        bows = iter(_bows(len(kinds) + (1 if link.events else 0)))
        if link.events:
            event_lines.append(_curve(start, end, next(bows)))
            event_widths.append(event_line_width(link.events))
        for kind in kinds:
            agreement_lines.append(_curve(start, end, next(bows)))
            agreement_widths.append(agreement_line_width(link.agreements[kind]))
            agreement_colours.append(palette.AGREEMENT_KIND_COLOURS[kind])
    if event_lines:
        ax.add_collection(
            LineCollection(
                event_lines,
                linewidths=event_widths,
                colors=palette.EVENT_LINK_COLOUR,
                linestyles=(0, (4, 2)),
                alpha=0.6,
                zorder=1,
            )
        )
    if agreement_lines:
        ax.add_collection(
            LineCollection(agreement_lines, linewidths=agreement_widths, colors=agreement_colours, alpha=0.85, zorder=2)
        )


def draw_nodes(ax: Axes, data: PictureData, positions: dict[str, tuple[float, float]], colours: dict[str, str]) -> None:
    # Most active first, so small dots are drawn over the hubs rather than hidden under them.
    order = ranked_partners(data)
    points = np.array([positions[pid] for pid in order])
    ax.scatter(
        points[:, 0],
        points[:, 1],
        s=[dot_area(data.activity[pid], len(data.nodes)) for pid in order],
        c=[colours[pid] for pid in order],
        edgecolors="#404040",
        linewidths=0.6,
        zorder=3,
    )


def frame(ax: Axes, positions: dict[str, tuple[float, float]], geographic: bool) -> None:
    """Fit the view to the dots with a margin; only the geographic view keeps its proportions."""
    points = np.array(list(positions.values()), dtype=float)
    low, high = points.min(axis=0), points.max(axis=0)
    # A single dot, or dots in one line, still needs an area around it.
    span = max(float((high - low).max()), 1.0)
    centre = (low + high) / 2
    ax.update_datalim([centre - span * 0.05, centre + span * 0.05])
    ax.margins(MARGIN_X, MARGIN_Y)
    ax.autoscale_view()
    if geographic:
        # A degree of longitude is shorter than one of latitude away from the equator.
        ax.set_aspect(1.0 / max(math.cos(math.radians(float(centre[1]))), 0.1), adjustable="datalim")
    # A force layout has no true shape to keep: stretched to the panel, its dots and labels get more room.
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color("#cccccc")


def legend_handles(
    data: PictureData, colour_rows: list[tuple[str, str]], heading: str
) -> tuple[list, list[str], set[int]]:
    """Legend handles and labels in sections (partners, agreements, events, dot size); the heading rows' indices."""
    handles: list = []
    labels: list[str] = []
    headings: set[int] = set()

    def heading_row(text: str) -> None:
        headings.add(len(labels))
        handles.append(Line2D([], [], linestyle="none"))
        labels.append(text)

    heading_row(heading)
    for label, colour in colour_rows:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=7,
                markerfacecolor=colour,
                markeredgecolor="#404040",
                markeredgewidth=0.6,
            )
        )
        labels.append(label)

    agreement_counts: Counter[str] = Counter()
    for link in data.links.values():
        agreement_counts.update(link.agreements)
    if agreement_counts:
        heading_row("Agreements (lines)")
        for kind in AGREEMENT_KINDS:
            if agreement_counts[kind]:
                handles.append(Line2D([], [], color=palette.AGREEMENT_KIND_COLOURS[kind], linewidth=2.2))
                labels.append(palette.AGREEMENT_LABELS[kind])
    if any(link.events for link in data.links.values()):
        heading_row("Events (dashed lines)")
        handles.append(Line2D([], [], color=palette.EVENT_LINK_COLOUR, linewidth=1.2, linestyle=(0, (4, 2))))
        labels.append("shared events; wider = more")

    activities = sorted({data.activity[pid] for pid in data.nodes})
    if activities and activities[-1] > 0:
        heading_row("Dot size: events + agreements")
        shown = sorted({activities[0], activities[len(activities) // 2], activities[-1]})
        for activity in shown:
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="o",
                    markersize=math.sqrt(dot_area(activity, len(data.nodes))),
                    markerfacecolor="#ffffff",
                    markeredgecolor="#404040",
                    markeredgewidth=0.6,
                )
            )
            labels.append(str(activity))
    return handles, labels, headings


def _label_offsets(radius: float) -> tuple:
    """Where a label may go around its dot, in order of preference: offset in points and alignment."""
    diagonal = radius * 0.75
    return (
        ((0, radius), "center", "bottom"),
        ((0, -radius), "center", "top"),
        ((radius + 1, 0), "left", "center"),
        ((-radius - 1, 0), "right", "center"),
        ((diagonal, diagonal), "left", "bottom"),
        ((diagonal, -diagonal), "left", "top"),
        ((-diagonal, diagonal), "right", "bottom"),
        ((-diagonal, -diagonal), "right", "top"),
    )


def _dot_boxes(ax: Axes, data: PictureData, positions: dict[str, tuple[float, float]]) -> np.ndarray:
    """Each dot's square in pixels, as rows of (x0, y0, x1, y1)."""
    order = list(data.nodes)
    centres = ax.transData.transform(np.array([positions[pid] for pid in order], dtype=float))
    pixels_per_point = ax.figure.dpi / 72.0
    half = np.array([math.sqrt(dot_area(data.activity[pid], len(data.nodes))) / 2 * pixels_per_point for pid in order])[
        :, None
    ]
    return np.hstack([centres - half, centres + half])


def _label(ax: Axes, name: str, xy: tuple[float, float], offset: tuple[float, float], ha: str, va: str):
    label = ax.annotate(
        name,
        xy=xy,
        xytext=offset,
        textcoords="offset points",
        ha=ha,
        va=va,
        fontsize=LABEL_FONT_SIZE,
        color="#202020",
        zorder=4,
        annotation_clip=False,
        # A pale box rather than a stroked halo: a path effect turns SVG text into outlines,
        # and the names must stay text there.
        bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.75},
    )
    # Names are plain text: a "$" in a company name must not start a formula.
    label.set_parse_math(False)
    label.set_in_layout(False)
    return label


def _covers(dots: np.ndarray, box: Bbox) -> bool:
    return bool(np.any((dots[:, 0] < box.x1) & (box.x0 < dots[:, 2]) & (dots[:, 1] < box.y1) & (box.y0 < dots[:, 3])))


def add_labels(ax: Axes, data: PictureData, positions: dict[str, tuple[float, float]], limit: int, renderer) -> int:
    """Name up to ``limit`` partners, most active first, where a label fits; return how many were named.

    A label must stay inside the panel and never cover another label; it
    covers another dot only where no spot around its own dot is clear. Needs
    the final axes position, so the figure's layout must have run.
    """
    panel = ax.get_window_extent(renderer)
    dots = _dot_boxes(ax, data, positions) if limit else np.empty((0, 4))
    dot_index = {pid: index for index, pid in enumerate(data.nodes)}
    taken: list[Bbox] = []
    named = 0
    for pid in ranked_partners(data)[:limit]:
        radius = math.sqrt(dot_area(data.activity[pid], len(data.nodes))) / 2 + 1.5
        others = np.delete(dots, dot_index[pid], axis=0)
        placed = None
        # A spot clear of other dots is best; in a dense cluster a name over dots, on its
        # pale box, is still better than none. Covering another name never is.
        for may_cover_dots in (False, True):
            for offset, ha, va in _label_offsets(radius):
                label = _label(ax, data.nodes[pid].name, positions[pid], offset, ha, va)
                box = label.get_window_extent(renderer).padded(1.5)
                inside = panel.x0 <= box.x0 and box.x1 <= panel.x1 and panel.y0 <= box.y0 and box.y1 <= panel.y1
                if inside and (may_cover_dots or not _covers(others, box)) and not any(box.overlaps(b) for b in taken):
                    placed = box
                    break
                label.remove()
            if placed is not None:
                taken.append(placed)
                named += 1
                break
    return named
