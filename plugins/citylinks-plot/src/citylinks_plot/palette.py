"""Colours and legend wording, fixed per kind so a kind looks the same in every picture.

Countries have no fixed colour: the most active countries of a picture get the
strong colours in order of activity, and the rest share one grey.
"""

from __future__ import annotations

from collections import Counter

from citylinks.models import AGREEMENT_KINDS, EVENT_KINDS, PARTNER_KINDS

# tab10 without its grey, then three darker tones: grey is kept for "other" and "unknown".
STRONG_COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#843c39",
)
OTHER_COLOUR = "#9e9e9e"
UNKNOWN_COLOUR = "#e0e0e0"
EVENT_LINK_COLOUR = "#6f6f6f"

PARTNER_KIND_COLOURS = dict(
    zip(PARTNER_KINDS, ("#1f77b4", "#2ca02c", "#bcbd22", "#9467bd", "#ff7f0e", "#d62728"), strict=True)
)
# Dark2: deeper than the dots' colours, so a line is not read as a country.
AGREEMENT_KIND_COLOURS = dict(
    zip(AGREEMENT_KINDS, ("#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#666666"), strict=True)
)
EVENT_KIND_COLOURS = dict(
    zip(
        EVENT_KINDS,
        ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"),
        strict=True,
    )
)

AGREEMENT_LABELS = {
    "mou": "memorandum of understanding",
    "twinning": "twinning",
    "friendship_cooperation": "friendship and cooperation",
    "cooperation_agreement": "cooperation agreement",
    "other": "other agreement",
}


def kind_label(kind: str) -> str:
    return kind.replace("_", " ")


def country_colours(country_activity: Counter) -> tuple[dict[str, str], list[str]]:
    """A colour for each of the most active countries, and the countries left to share ``OTHER_COLOUR``.

    Ties in activity go to the alphabetically first code, so the choice does not
    depend on the order records arrived in.
    """
    ranked = sorted(country_activity, key=lambda code: (-country_activity[code], code))
    named = ranked[: len(STRONG_COLOURS)]
    return dict(zip(named, STRONG_COLOURS, strict=False)), ranked[len(STRONG_COLOURS) :]
