"""Built-in enricher ``canonical-partners`` (order 100): one partner per real partner.

Places already carry their gazetteer id as partner id (``geonames:1566083``), so
"HCM City", "HCMC" and "Thành phố Hồ Chí Minh" from English and Vietnamese
articles arrive as one partner. This enricher finishes the job:

- a place partner takes the gazetteer's English name, kind and country; every
  other name it was given stays as an alias. A partner whose id is not a
  gazetteer id but whose ``geo.gazetteer_id`` is (a third-party parser's
  ``city-hanoi``) is folded into the gazetteer's partner;
- organisations whose id the rule parser made from their name
  (``org:<slug>@<parent id>``) are re-keyed by a normalised name — case,
  accents, a leading "the" and legal suffixes ("Co., Ltd", "JSC", "Inc.") do not
  count — and their (canonical) parent, so "The Guangzhou Metro Group Co., Ltd"
  and "Guangzhou Metro Group" under Guangzhou are one partner,
  ``org:guangzhou-metro-group@geonames:1809858``. When several are folded, the
  name is the spelling the articles use most (ties: the one that sorts first);
- any other partner keeps its id: whoever made it chose it.

Every reference (event and agreement partners, participants, parents) is
rewritten to the new ids.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from citylinks.components import Enricher
from citylinks.dataset import Dataset
from citylinks.hookspecs import hookimpl
from citylinks.ids import slug
from citylinks.models import Partner
from citylinks.relink import relinked
from citylinks.sourcelist import SourceList

if TYPE_CHECKING:
    from citylinks.gazetteer import Gazetteer, Place

PLACE_KINDS = ("city", "province", "region", "country")
ORGANISATION_KINDS = ("organization", "company")
ORGANISATION_PREFIX = "org:"

_LEADING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_LEGAL_SUFFIX = re.compile(
    r"(?:[\s,]+(?:co\.?,?\s*ltd\.?|company\s+limited|limited|ltd\.?|inc\.?|incorporated|"
    r"joint[\s-]+stock\s+company|jsc|llc|corp\.?|corporation|plc|gmbh))+\.?\s*$",
    re.IGNORECASE,
)
_VIETNAMESE_LEGAL_FORM = re.compile(r"^(công\s+ty)\s+(?:tnhh|cổ\s+phần|cp)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def organisation_key(name: str) -> str:
    """The part of an organisation's name that identifies it, as a slug."""
    bare = _LEADING_THE.sub("", name.strip())
    bare = _VIETNAMESE_LEGAL_FORM.sub(r"\1 ", bare)
    bare = _LEGAL_SUFFIX.sub("", bare) or bare
    return slug(bare.replace("&", " and "))


def organisation_id(name: str, parent: str | None) -> str:
    """``org:<normalised name>@<parent id>`` (``org:<normalised name>`` without a parent)."""
    return f"{ORGANISATION_PREFIX}{organisation_key(name)}" + (f"@{parent}" if parent else "")


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    return min(counts, key=lambda value: (-counts[value], value))


def preferred_name(partners: list[Partner]) -> str:
    """The name the evidence uses most often; ties go to the name that sorts first."""
    names = {name for partner in partners for name in (partner.name, *partner.aliases)}
    said = Counter(_SPACES.sub(" ", source.text).strip() for partner in partners for source in partner.sources)
    return min(names, key=lambda name: (-said[name], name.casefold(), name))


class CanonicalPartners(Enricher):
    name = "canonical-partners"
    description = "one partner per real partner: gazetteer names for places, normalised names for organisations"
    order = 100

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            # Imported here, not at the top: the scanner's tables cost every 'citylinks --help' 20-40 ms.
            from citylinks.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def place_for(self, partner: Partner) -> Place | None:
        """The gazetteer place a partner is, by its id or, for a place partner, by its ``geo``."""
        candidates = [partner.id]
        if partner.kind in PLACE_KINDS and partner.geo is not None and partner.geo.gazetteer_id:
            candidates.append(partner.geo.gazetteer_id)
        for candidate in candidates:
            try:
                return self.gazetteer.get(candidate)
            except KeyError:
                continue
        return None

    def enrich(self, dataset: Dataset) -> Dataset:
        places: dict[str, Place] = {}
        new_ids: dict[str, str] = {}
        for partner in dataset.partners.values():
            place = self.place_for(partner)
            if place is not None:
                places[place.id] = place
                new_ids[partner.id] = place.id
        for partner in dataset.partners.values():
            if partner.id not in new_ids and _is_named_organisation(partner):
                parent = new_ids.get(partner.parent, partner.parent) if partner.parent else None
                new_ids[partner.id] = organisation_id(partner.name, parent)

        groups: dict[str, list[Partner]] = {}
        for partner in dataset.partners.values():
            groups.setdefault(new_ids.get(partner.id, partner.id), []).append(partner)
        partners = {key: self.merge(key, members, places.get(key)) for key, members in sorted(groups.items())}
        changed = {old: new for old, new in new_ids.items() if old != new}
        return relinked(dataset, partners=partners, partner_ids=changed)

    def merge(self, key: str, members: list[Partner], place: Place | None) -> Partner:
        """One partner from every partner that is the same real one (``key`` is its id)."""
        members = sorted(members, key=lambda partner: partner.id)
        if len(members) == 1 and place is None and key == members[0].id:
            return members[0]
        if place is not None:
            name, kind, country = place.name, place.kind, place.country
        else:
            name = preferred_name(members) if len(members) > 1 else members[0].name
            kind = _most_common(member.kind for member in members) or members[0].kind
            country = _most_common(member.country for member in members)
        names = {alias for member in members for alias in (member.name, *member.aliases)}
        parent = key.split("@", 1)[1] if key.startswith(ORGANISATION_PREFIX) and "@" in key else None
        parent = parent or _most_common(member.parent for member in members)
        geos = [member.geo for member in members if member.geo is not None]
        return attrs.evolve(
            members[0],
            id=key,
            name=name,
            kind=kind,
            country=country,
            aliases=tuple(sorted(names - {name})),
            parent=parent if parent != key else None,
            geo=min(geos, key=repr) if geos else None,
            sources=SourceList.union(member.sources for member in members),
            same_as=tuple(sorted({link for member in members for link in member.same_as})),
        )


def _is_named_organisation(partner: Partner) -> bool:
    return partner.kind in ORGANISATION_KINDS and partner.id.startswith(ORGANISATION_PREFIX)


@hookimpl
def citylinks_register_enrichers(register):
    register(CanonicalPartners)
