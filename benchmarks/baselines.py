"""The two yardsticks citylinks is measured against, each run as its own process over a list of files.

``diy``: what a user would otherwise write, geotext for places and
``dateparser.search.search_dates`` for dates, over every file.

``floor``: reading every file and one Aho-Corasick pass of the gazetteer over it,
nothing else: no parser can be faster than that.

    python benchmarks/baselines.py diy|floor FILE_LIST

``FILE_LIST`` holds one path per line. Prints the number of places (or dates) found,
so that no step can be skipped as unused.
"""

from __future__ import annotations

import sys


def diy(paths: list[str]) -> int:
    import dateparser.search
    from geotext import GeoText

    found = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        found += len(GeoText(text).cities)
        found += len(dateparser.search.search_dates(text) or ())
    return found


def floor(paths: list[str]) -> int:
    from citylinks.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    found = 0
    for path in paths:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
        found += len(gazetteer.find(text))
    return found


def main() -> None:
    mode, file_list = sys.argv[1], sys.argv[2]
    with open(file_list, encoding="utf-8") as handle:
        paths = handle.read().splitlines()
    print({"diy": diy, "floor": floor}[mode](paths))


if __name__ == "__main__":
    main()
