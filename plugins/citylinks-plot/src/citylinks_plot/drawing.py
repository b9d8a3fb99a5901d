"""The figure both formats share: title, network panel above, timeline below; and its bytes.

Drawing uses ``matplotlib.figure.Figure`` directly, never pyplot, so no global
backend is chosen and nothing is left open. Every setting that could change the
output is fixed here, whatever the user's matplotlibrc says: the defaults are
restored inside an ``rc_context`` and the few settings below applied on top, so
the same data and options give byte-identical files.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from citylinks_plot import network_panel
from citylinks_plot.collect import PictureData
from citylinks_plot.layout import layout_positions
from citylinks_plot.options import PlotOptions
from citylinks_plot.timeline_panel import draw_timeline

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

RC: dict[RcKeyType, Any] = {
    # DejaVu Sans ships with matplotlib, so every machine measures text alike.
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "svg.hashsalt": "citylinks-plot",  # SVG ids are random without it
    "svg.fonttype": "none",  # names stay text: searchable and selectable in a browser
    "axes.titlesize": 10,
    "figure.facecolor": "white",
}
METADATA = {
    "png": {"Software": "citylinks-plot"},
    "svg": {"Date": None, "Creator": "citylinks-plot"},
}


def _title(data: PictureData) -> str:
    return (
        f"citylinks: {data.partners} partners, {data.events} events, {data.agreements} agreements "
        f"from {data.documents} documents"
    )


def _empty_figure(options: PlotOptions) -> Figure:
    figure = Figure(figsize=(options.width, options.height), dpi=options.dpi, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle("citylinks: no records", fontsize=13)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.text(0.5, 0.5, "no records", transform=axes.transAxes, ha="center", va="center", fontsize=28, color="#606060")
    return figure


def draw_figure(data: PictureData, options: PlotOptions) -> Figure:
    """The whole picture, laid out (labels need the final geometry to avoid each other)."""
    if data.empty:
        return _empty_figure(options)
    figure = Figure(figsize=(options.width, options.height), dpi=options.dpi, layout="constrained")
    canvas = FigureCanvasAgg(figure)
    grid = figure.add_gridspec(2, 1, height_ratios=(3.0, 1.25))
    network, timeline = figure.add_subplot(grid[0]), figure.add_subplot(grid[1])
    figure.suptitle(_title(data), fontsize=13)
    network.set_title("Partner network", loc="left")
    draw_timeline(timeline, data)
    if not data.nodes:
        network.set_axis_off()
        network.text(
            0.5, 0.5, "no partners to draw", transform=network.transAxes, ha="center", va="center", color="#606060"
        )
        return figure

    positions, used_layout, layout_note = layout_positions(data, options.layout)
    colours, colour_rows, heading = network_panel.node_colours(data, options.color)
    network_panel.draw_links(network, data, positions)
    network_panel.draw_nodes(network, data, positions, colours)
    network_panel.frame(network, positions, geographic=used_layout == "geo")
    handles, labels, headings = network_panel.legend_handles(data, colour_rows, heading)
    legend = network.legend(
        handles,
        labels,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize=8,
        handlelength=1.8,
        borderaxespad=0.0,
        labelspacing=0.7,
    )
    for index in headings:
        legend.get_texts()[index].set_fontweight("bold")

    # Labels are placed after the layout has run, so the note is given its final number of lines first.
    note = f"{used_layout.replace('_', '-')} layout; {{named}} most active named"
    if layout_note:
        note += f"\n({layout_note})"
    note_title = network.set_title(note.format(named=0), loc="right", fontsize=8, color="#606060")
    figure.draw_without_rendering()
    named = network_panel.add_labels(network, data, positions, options.labels, canvas.get_renderer())
    note_title.set_text(note.format(named=named))
    return figure


def render(data: PictureData, options: PlotOptions, image_format: str) -> bytes:
    """The picture as PNG or SVG bytes."""
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(RC)
        figure = draw_figure(data, options)
        buffer = io.BytesIO()
        figure.savefig(buffer, format=image_format, dpi=options.dpi, metadata=METADATA[image_format])
    return buffer.getvalue()
