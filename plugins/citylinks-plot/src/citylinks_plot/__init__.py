"""A citylinks plugin that draws the relations: the partner network and a timeline of events.

Two formats, ``png`` and ``svg``, draw the same figure (``citylinks_plot.drawing``).
Items stream in and only what the picture needs is kept (``PictureData``); the
figure is drawn and written at ``finish()``. Options are checked when the
exporter is made, so a bad value is a usage error before any input is read.
"""

from __future__ import annotations

from typing import IO, ClassVar

import citylinks
from citylinks.components import Exporter
from citylinks.models import Agreement, Document, Event, Partner

from citylinks_plot.collect import PictureData
from citylinks_plot.options import OPTIONS_HELP, PlotOptions, parse_options

__version__ = "0.1.0"


class PictureExporter(Exporter):
    """The shared part of the two formats; a subclass names its format and file suffix."""

    image_format: ClassVar[str] = ""
    options_help: ClassVar[dict[str, str]] = OPTIONS_HELP

    def __init__(self, options: dict[str, str] | None = None) -> None:
        super().__init__(options)
        self.plot_options: PlotOptions = parse_options(self.options)

    def start(self, out: IO[bytes]) -> None:
        super().start(out)
        self.data = PictureData()

    def export_item(self, item: Document | Partner | Event | Agreement) -> None:
        self.data.add(item)

    def finish(self) -> None:
        # matplotlib is imported here, not at the top: importing it costs every citylinks command 0.6 s.
        from citylinks_plot.drawing import render

        self.out.write(render(self.data, self.plot_options, self.image_format))


class PngExporter(PictureExporter):
    name = "png"
    description = "PNG picture: the partner network (agreements, events) and a timeline of dated events"
    suffix = ".png"
    image_format = "png"


class SvgExporter(PictureExporter):
    name = "svg"
    description = "SVG picture: the partner network (agreements, events) and a timeline of dated events"
    suffix = ".svg"
    image_format = "svg"


@citylinks.hookimpl
def citylinks_register_exporters(register):
    register(PngExporter)
    register(SvgExporter)
