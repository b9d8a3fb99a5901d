"""Built-in enricher ``geocoding`` (order 200): where every partner is, from the shipped gazetteer.

Offline by design: the only data read is ``citylinks/data/gazetteer.tsv.gz``;
no network is ever used.

- A place partner (its id, or its ``geo.gazetteer_id``, is a gazetteer id) gets
  ``geo``: latitude, longitude, gazetteer id, first-level subdivision
  (``admin1`` id and ``admin1_name``) and population, as the gazetteer has them.
- A province or region the gazetteer has no coordinates for is placed at its
  most populous city in the gazetteer; ``coordinates_from`` names that city.
  With no city to stand in, it keeps no ``geo``.
- A partner that is not a place (an agency, a company) and has a ``parent``
  inherits the parent's coordinates and subdivision, with ``coordinates_from``
  naming the place they belong to; its own gazetteer id and population stay
  empty. A ``geo`` a plugin set on such a partner is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from citylinks.components import Enricher
from citylinks.dataset import Dataset
from citylinks.hookspecs import hookimpl
from citylinks.models import Geo, Partner

if TYPE_CHECKING:
    from citylinks.gazetteer import Gazetteer, Place


class OfflineGeocoder(Enricher):
    name = "geocoding"
    description = "coordinates, subdivision and population of every place from the shipped gazetteer (offline)"
    order = 200

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._largest_city: dict[str, Place] | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            # Imported here, not at the top: the scanner's tables cost every 'citylinks --help' 20-40 ms.
            from citylinks.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def place(self, place_id: str | None) -> Place | None:
        if not place_id:
            return None
        try:
            return self.gazetteer.get(place_id)
        except KeyError:
            return None

    def largest_city_in(self, subdivision_id: str) -> Place | None:
        """The most populous gazetteer city whose ``admin1`` is ``subdivision_id`` (ties: smallest id)."""
        if self._largest_city is None:
            largest: dict[str, Place] = {}
            for place in self.gazetteer.places():
                if place.admin1 and place.lat is not None and place.lon is not None:
                    known = largest.get(place.admin1)
                    if known is None or (place.population or 0, known.id) > (known.population or 0, place.id):
                        largest[place.admin1] = place
            self._largest_city = largest
        return self._largest_city.get(subdivision_id)

    def geo_for(self, place: Place) -> Geo | None:
        """The ``Geo`` of a gazetteer place, or None when neither it nor a city in it has coordinates."""
        subdivision = self.place(place.admin1) if place.admin1 != place.id else None
        located, stand_in = place, None
        if place.lat is None or place.lon is None:
            stand_in = self.largest_city_in(place.id)
            if stand_in is None:
                return None
            located = stand_in
        return Geo(
            lat=located.lat,  # type: ignore[arg-type]
            lon=located.lon,  # type: ignore[arg-type]
            gazetteer_id=place.id,
            admin1=subdivision.id if subdivision is not None else None,
            admin1_name=subdivision.name if subdivision is not None else None,
            population=place.population,
            coordinates_from=stand_in.id if stand_in is not None else None,
        )

    def enrich(self, dataset: Dataset) -> Dataset:
        partners = dict(dataset.partners)
        for key, partner in sorted(partners.items()):
            place = self.place(partner.id) or (self.place(partner.geo.gazetteer_id) if partner.geo else None)
            if place is not None:
                partners[key] = attrs.evolve(partner, geo=self.geo_for(place) or partner.geo)
        for key, partner in sorted(partners.items()):
            if partner.geo is None and partner.parent:
                partners[key] = attrs.evolve(partner, geo=self.inherited_geo(partner, partners))
        return Dataset(
            documents=dataset.documents, partners=partners, events=dataset.events, agreements=dataset.agreements
        )

    def inherited_geo(self, partner: Partner, partners: dict[str, Partner]) -> Geo | None:
        """The location of the nearest ancestor that has one, as this partner's."""
        seen = {partner.id}
        parent_id = partner.parent
        while parent_id and parent_id not in seen:
            seen.add(parent_id)
            parent = partners.get(parent_id)
            geo = parent.geo if parent is not None else None
            if geo is None and parent is None:
                place = self.place(parent_id)
                geo = self.geo_for(place) if place is not None else None
            if geo is not None:
                return Geo(
                    lat=geo.lat,
                    lon=geo.lon,
                    admin1=geo.admin1,
                    admin1_name=geo.admin1_name,
                    coordinates_from=geo.coordinates_from or geo.gazetteer_id or parent_id,
                )
            parent_id = parent.parent if parent is not None else None
        return None


@hookimpl
def citylinks_register_enrichers(register):
    register(OfflineGeocoder)
