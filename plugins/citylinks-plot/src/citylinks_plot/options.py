"""The ``--option key=value`` pairs of the ``png`` and ``svg`` formats, checked once, up front.

A bad value raises ``ValueError`` naming the option, the value and what is
allowed, before any input is read: the command line reports it as a usage error.
"""

from __future__ import annotations

import math

import attrs

COLOR_BY = ("country", "kind")
LAYOUTS = ("spring", "kamada_kawai", "geo")

# Agg cannot draw a canvas wider or taller than 2**16 pixels; a quarter of that
# is already a poster.
MAX_PIXELS = 16384

OPTIONS_HELP = {
    "color": "colour partners by 'country' (default) or 'kind'",
    "labels": "name the N most active partners (default 40; 0 for none)",
    "layout": "'spring' (default), 'kamada_kawai', or 'geo' (longitude/latitude; spring if a partner has none)",
    "width": "figure width in inches (default 12)",
    "height": "figure height in inches (default 10)",
    "dpi": "dots per inch (default 100; the PNG is width*dpi by height*dpi pixels)",
}


@attrs.frozen
class PlotOptions:
    color: str = "country"
    labels: int = 40
    layout: str = "spring"
    width: float = 12.0
    height: float = 10.0
    dpi: int = 100

    @property
    def pixel_size(self) -> tuple[int, int]:
        """(width, height) of the PNG in pixels."""
        return round(self.width * self.dpi), round(self.height * self.dpi)


def _choice(key: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ValueError(f"option {key}={value!r}: must be one of {', '.join(choices)}")
    return value


def _number(key: str, value: str, kind: type, low: float, high: float) -> float | int:
    try:
        number = kind(value)
    except ValueError:
        raise ValueError(f"option {key}={value!r}: must be {'an integer' if kind is int else 'a number'}") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"option {key}={value!r}: must be between {low:g} and {high:g}")
    return number


def parse_options(options: dict[str, str]) -> PlotOptions:
    """Options as given on the command line (text) → checked ``PlotOptions``."""
    defaults = PlotOptions()
    parsed = PlotOptions(
        color=_choice("color", options.get("color", defaults.color), COLOR_BY),
        labels=int(_number("labels", options.get("labels", str(defaults.labels)), int, 0, 100_000)),
        layout=_choice("layout", options.get("layout", defaults.layout), LAYOUTS),
        width=float(_number("width", options.get("width", str(defaults.width)), float, 2, 200)),
        height=float(_number("height", options.get("height", str(defaults.height)), float, 2, 200)),
        dpi=int(_number("dpi", options.get("dpi", str(defaults.dpi)), int, 20, 1200)),
    )
    width_px, height_px = parsed.pixel_size
    if max(width_px, height_px) > MAX_PIXELS:
        raise ValueError(
            f"options width={parsed.width:g}, height={parsed.height:g}, dpi={parsed.dpi}: "
            f"{width_px}x{height_px} pixels is over the {MAX_PIXELS} pixel limit"
        )
    return parsed
