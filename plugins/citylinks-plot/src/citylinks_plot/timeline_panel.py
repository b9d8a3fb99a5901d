"""The timeline panel: one row per event kind, one marker per day with events of that kind.

Events known only to the month or the year stand on the first day of it and are
drawn hollow, so a precise date is never implied. A marker grows with the number
of events it stands for. Undated events cannot be placed and are counted in the
panel's title instead.
"""

from __future__ import annotations

import datetime
import math

from citylinks.models import EVENT_KINDS
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from citylinks_plot import palette
from citylinks_plot.collect import PictureData, TimelinePoint


def marker_area(count: int) -> float:
    return 36.0 + 30.0 * math.sqrt(count - 1)


def _shift(day: datetime.date, by: datetime.timedelta) -> datetime.date:
    try:
        return day + by
    except OverflowError:  # a parser's year 1 or 9999 must not break the picture
        return datetime.date.min if by < datetime.timedelta(0) else datetime.date.max


def draw_timeline(ax: Axes, data: PictureData) -> None:
    dated = sum(data.timeline.values())
    title = f"Timeline of dated events ({dated})"
    if data.undated_events:
        title += f"; {data.undated_events} undated not shown"
    ax.set_title(title, loc="left", fontsize=10)
    if not data.timeline:
        ax.text(0.5, 0.5, "no dated events", transform=ax.transAxes, ha="center", va="center", color="#606060")
        ax.set_xticks([])
        ax.set_yticks([])
        return

    kinds = [kind for kind in EVENT_KINDS if any(point.kind == kind for point in data.timeline)]
    row = {kind: index for index, kind in enumerate(kinds)}
    for exact in (True, False):
        points: list[TimelinePoint] = sorted(p for p in data.timeline if p.exact is exact)
        if not points:
            continue
        colours = [palette.EVENT_KIND_COLOURS[p.kind] for p in points]
        ax.scatter(
            [mdates.date2num(p.day) for p in points],
            [row[p.kind] for p in points],
            s=[marker_area(data.timeline[p]) for p in points],
            facecolors=colours if exact else "none",
            edgecolors=colours,
            linewidths=0.6 if exact else 1.6,
            zorder=3,
        )

    ax.set_yticks(range(len(kinds)), [palette.kind_label(kind) for kind in kinds])
    ax.set_ylim(-0.7, len(kinds) - 0.3)
    days = [p.day for p in data.timeline]
    first, last = min(days), max(days)
    # A fortnight either side at least, so a single day does not collapse the axis.
    pad = max((last - first) * 0.04, datetime.timedelta(days=14))
    ax.set_xlim(mdates.date2num(_shift(first, -pad)), mdates.date2num(_shift(last, pad)))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)

    grey = "#505050"
    ax.legend(
        handles=[
            Line2D([], [], linestyle="none", marker="o", markersize=7, markerfacecolor=grey, markeredgecolor=grey),
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=7,
                markerfacecolor="none",
                markeredgecolor=grey,
                markeredgewidth=1.6,
            ),
        ],
        labels=["known to the day", "month or year only\n(on its first day)"],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize=8,
        title="Markers; larger = more events",
        title_fontsize=8,
        alignment="left",
    )
