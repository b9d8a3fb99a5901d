"""The built-in enrichers, one by one, on datasets built by hand.

Canonical partners, offline geocoding, event merging, agreement merging and
event codes each get the cases their docstrings promise; the whole chain's
independence from input order and the plugin path are in test_merging.py.
"""

from __future__ import annotations

import socket

import pytest

from citylinks.dataset import Dataset
from citylinks.default_plugins.agreement_merging import AgreementMerger, best_date
from citylinks.default_plugins.canonical_partners import CanonicalPartners, organisation_id, organisation_key
from citylinks.default_plugins.event_codes import EventCoder, codes_for
from citylinks.default_plugins.event_merging import EventMerger
from citylinks.default_plugins.geocoding import OfflineGeocoder
from citylinks.models import Agreement, DateClaim, Document, Event, Geo, PartialDate, Participant, Partner, Source

HCMC = "geonames:1566083"
SAINT_PETERSBURG = "geonames:498817"
SHANGHAI = "geonames:1796236"
GUANGZHOU = "geonames:1809858"
GUANGDONG = "iso3166-2:CN-GD"


def source(document: str, start: int = 0, text: str = "evidence") -> Source:
    return Source(f"sha256:{document}", start, start + len(text), text)


def dataset_of(*records, documents: dict[str, str | None] | None = None) -> Dataset:
    """A dataset of ``records``, with a document for every source they cite (``documents``: name → published)."""
    dataset = Dataset()
    cited = {s.document for record in records for s in record.sources}
    for name, published in (documents or {}).items():
        dataset.add_document(Document(f"sha256:{name}", path=f"{name}.txt", published=published))
    for document_id in sorted(cited - set(dataset.documents)):
        dataset.add_document(Document(document_id, path=document_id[7:] + ".txt"))
    dataset.extend(records)
    return dataset


def place(place_id: str, name: str, *documents: str, kind: str = "city", country: str | None = None) -> Partner:
    return Partner(place_id, name, kind, country, sources=[source(doc, 5, name) for doc in documents])


# --- canonical partners ----------------------------------------------------------------------


def test_a_place_named_in_two_languages_is_one_partner_with_the_gazetteer_name_and_every_alias():
    dataset = dataset_of(
        place(HCMC, "HCM City", "en", country="VN"),
        place(HCMC, "Thành phố Hồ Chí Minh", "vi", country="VN"),
        Partner(SAINT_PETERSBURG, "St. Petersburg", "city", "RU", sources=[source("en", 40, "St. Petersburg")]),
    )
    (hcmc,) = [p for p in CanonicalPartners().enrich(dataset).partners.values() if p.id == HCMC]
    assert hcmc.name == "Ho Chi Minh City"
    assert {"HCM City", "Thành phố Hồ Chí Minh"} <= set(hcmc.aliases)
    assert (hcmc.kind, hcmc.country) == ("city", "VN")
    assert {s.document for s in hcmc.sources} == {"sha256:en", "sha256:vi"}


def test_a_third_party_place_id_with_a_gazetteer_geo_folds_into_the_gazetteer_partner():
    dataset = dataset_of(
        place(HCMC, "Ho Chi Minh City", "a"),
        Partner("city-saigon", "Saigon", "city", geo=Geo(10.8, 106.6, HCMC), sources=[source("b", 0, "Saigon")]),
        place(SHANGHAI, "Shanghai", "b"),
        Event("event-b", "visit", "2023-01-02", partners=("city-saigon", SHANGHAI), sources=[source("b")]),
        Agreement("agreement-b", "twinning", "existing", partners=("city-saigon", SHANGHAI), sources=[source("b")]),
    )
    enriched = CanonicalPartners().enrich(dataset)
    assert set(enriched.partners) == {HCMC, SHANGHAI}
    assert "Saigon" in enriched.partners[HCMC].aliases
    assert enriched.events["event-b"].partners == (HCMC, SHANGHAI)
    assert enriched.agreements["agreement-b"].partners == (HCMC, SHANGHAI)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Guangzhou Metro Group Co., Ltd", "Guangzhou Metro Group"),
        ("Saigon Tourist Corporation", "saigon tourist corp."),
        ("Công ty TNHH Sài Gòn Xanh", "Công ty Sài Gòn Xanh"),
        ("Hanoi Seed JSC", "Hanoi Seed Joint Stock Company"),
        ("Busan Port Authority", "BUSAN PORT AUTHORITY"),
    ],
)
def test_organisation_names_that_differ_only_in_form_have_one_key(first, second):
    assert organisation_key(first) == organisation_key(second)


def test_different_organisations_keep_different_keys():
    assert organisation_key("Guangzhou Metro Group") != organisation_key("Guangzhou Metro")
    assert organisation_key("Theatre Union") == "theatre-union"  # "the" only as a word of its own


def test_organisations_with_one_normalised_name_and_parent_merge_and_references_follow():
    long_form = Partner(
        f"org:the-guangzhou-metro-group-co-ltd@{GUANGZHOU}",
        "The Guangzhou Metro Group Co., Ltd",
        "company",
        "CN",
        parent=GUANGZHOU,
        sources=[source("a", 10, "The Guangzhou Metro Group Co., Ltd")],
    )
    short_form = Partner(
        f"org:guangzhou-metro-group@{GUANGZHOU}",
        "Guangzhou Metro Group",
        "organization",
        "CN",
        parent=GUANGZHOU,
        sources=[source("b", 10, "Guangzhou Metro Group"), source("b", 90, "Guangzhou Metro Group")],
    )
    elsewhere = Partner(
        f"org:guangzhou-metro-group@{SHANGHAI}", "Guangzhou Metro Group", "company", "CN", parent=SHANGHAI
    )
    event = Event(
        "event-a",
        "signing",
        "2023-11-16",
        partners=(long_form.id, HCMC),
        participants=(Participant("Someone", "Director", long_form.id),),
        sources=[source("a")],
    )
    dataset = dataset_of(
        place(GUANGZHOU, "Guangzhou", "a", "b"),
        place(SHANGHAI, "Shanghai", "a"),
        place(HCMC, "HCMC", "a"),
        long_form,
        short_form,
        elsewhere,
        event,
    )
    enriched = CanonicalPartners().enrich(dataset)
    merged_id = organisation_id("Guangzhou Metro Group", GUANGZHOU)
    assert merged_id == f"org:guangzhou-metro-group@{GUANGZHOU}"
    merged = enriched.partners[merged_id]
    assert merged.name == "Guangzhou Metro Group"  # said twice, the long form once
    assert "The Guangzhou Metro Group Co., Ltd" in merged.aliases
    assert merged.parent == GUANGZHOU and len(merged.sources) == 3
    assert f"org:guangzhou-metro-group@{SHANGHAI}" in enriched.partners  # another parent, another partner
    assert enriched.events["event-a"].partners == (merged_id, HCMC)
    assert enriched.events["event-a"].participants[0].partner == merged_id


def test_partners_with_ids_a_plugin_chose_are_kept_as_they_are():
    wikidata = Partner("wikidata:Q1854", "Ho Chi Minh City People's Committee", "organization", "VN")
    enriched = CanonicalPartners().enrich(dataset_of(wikidata))
    assert enriched.partners == {"wikidata:Q1854": wikidata}


# --- offline geocoding -------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the geocoder tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_places_get_coordinates_subdivision_and_population_offline(no_network):
    organisation = Partner(
        f"org:guangzhou-metro-group@{GUANGZHOU}", "Guangzhou Metro Group", "company", "CN", parent=GUANGZHOU
    )
    dataset = dataset_of(
        place(HCMC, "Ho Chi Minh City", "a"),
        place(GUANGZHOU, "Guangzhou", "a"),
        place(GUANGDONG, "Guangdong", "a", kind="province"),
        organisation,
        Partner("city-nowhere", "Nowhere", "city"),
    )
    partners = OfflineGeocoder().enrich(dataset).partners
    hcmc = partners[HCMC].geo
    assert hcmc is not None and hcmc.gazetteer_id == HCMC and hcmc.population and hcmc.population > 1_000_000
    assert hcmc.lat == pytest.approx(10.82, abs=0.05) and hcmc.lon == pytest.approx(106.63, abs=0.05)
    guangzhou = partners[GUANGZHOU].geo
    assert guangzhou is not None and (guangzhou.admin1, guangzhou.admin1_name) == (GUANGDONG, "Guangdong")
    assert guangzhou.coordinates_from is None
    guangdong = partners[GUANGDONG].geo  # the gazetteer has no coordinates for the province itself
    assert guangdong is not None and guangdong.gazetteer_id == GUANGDONG and guangdong.coordinates_from
    assert 20 < guangdong.lat < 26 and 109 < guangdong.lon < 118
    inherited = partners[organisation.id].geo
    assert inherited is not None and (inherited.lat, inherited.lon) == (guangzhou.lat, guangzhou.lon)
    assert inherited.coordinates_from == GUANGZHOU and inherited.gazetteer_id is None and inherited.population is None
    assert partners["city-nowhere"].geo is None


def test_an_organisation_inherits_through_a_parent_that_is_not_a_partner(no_network):
    organisation = Partner(
        "org:sakai-city-hall@geonames:1853195", "Sakai City Hall", "organization", "JP", parent="geonames:1853195"
    )
    geo = OfflineGeocoder().enrich(dataset_of(organisation)).partners[organisation.id].geo
    assert geo is not None and geo.coordinates_from == "geonames:1853195" and geo.admin1 == "iso3166-2:JP-27"


def test_geo_validators_refuse_bad_values():
    with pytest.raises(ValueError, match=r"Geo\.population"):
        Geo(1, 2, population=-5)
    with pytest.raises(TypeError, match=r"Geo\.admin1"):
        Geo(1, 2, admin1=7)  # type: ignore[arg-type]


# --- event merging ----------------------------------------------------------------------------


def teleconference(
    event_id: str,
    document: str,
    date: str | None = "2021-05-19",
    partners=(HCMC, SAINT_PETERSBURG),
    kind="teleconference",
    **fields,
) -> Event:
    return Event(
        event_id,
        kind,
        date,
        partners=partners,
        mode="virtual",
        sources=[source(document, 0, f"told by {document}")],
        **fields,
    )


def test_the_same_teleconference_in_two_articles_is_one_event_with_both_sources():
    dataset = dataset_of(
        teleconference("event-en", "en", topics=("trade_investment",)),
        teleconference("event-vi", "vi", partners=(SAINT_PETERSBURG, HCMC), topics=("youth",)),
        Agreement(
            "agreement-vi",
            "mou",
            "signed",
            "2021",
            partners=(HCMC, SAINT_PETERSBURG),
            signed_at="event-vi",
            sources=[source("vi")],
        ),
    )
    enriched = EventMerger().enrich(dataset)
    (event,) = enriched.events.values()
    assert event.id == "event-en"  # the smallest member id
    assert {s.document for s in event.sources} == {"sha256:en", "sha256:vi"}
    assert set(event.partners) == {HCMC, SAINT_PETERSBURG}
    assert event.topics == ("trade_investment", "youth")
    assert enriched.agreements["agreement-vi"].signed_at == "event-en"


def test_different_days_are_never_merged():
    dataset = dataset_of(teleconference("event-a", "a", "2021-05-19"), teleconference("event-b", "b", "2021-05-20"))
    assert set(EventMerger().enrich(dataset).events) == {"event-a", "event-b"}


def test_a_month_precise_report_joins_one_day_and_never_bridges_two():
    dataset = dataset_of(
        teleconference("event-1", "a", "2021-05-19"),
        teleconference("event-2", "b", "2021-05-20"),
        teleconference("event-3", "c", "2021-05"),
    )
    events = EventMerger().enrich(dataset).events
    assert len(events) == 2
    assert sorted(str(e.date) for e in events.values()) == ["2021-05-19", "2021-05-20"]
    assert sorted(len({s.document for s in e.sources}) for e in events.values()) == [1, 2]


def test_one_article_is_never_merged_with_itself():
    dataset = dataset_of(teleconference("event-1", "a"), teleconference("event-2", "a"))
    assert len(EventMerger().enrich(dataset).events) == 2
    assert len(EventMerger(merge_within_document=True).enrich(dataset).events) == 1


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        ("visit", "talks", True),
        ("reception", "visit", True),
        ("teleconference", "meeting", True),
        ("teleconference", "visit", False),
        ("signing", "talks", False),
        ("conference", "meeting", False),
    ],
)
def test_kinds_merge_within_a_family(first, second, merged):
    dataset = dataset_of(teleconference("event-1", "a", kind=first), teleconference("event-2", "b", kind=second))
    assert len(EventMerger().enrich(dataset).events) == (1 if merged else 2)


def test_the_merged_kind_is_the_one_most_articles_report():
    dataset = dataset_of(
        teleconference("event-1", "a", kind="meeting"),
        teleconference("event-2", "b", kind="teleconference"),
        teleconference("event-3", "c", kind="teleconference"),
    )
    (event,) = EventMerger().enrich(dataset).events.values()
    assert (event.id, event.kind, event.mode) == ("event-1", "teleconference", "virtual")


def test_partner_overlap_threshold_is_an_option_and_organisations_count_as_their_place():
    youth_union = Partner(f"org:youth-union@{HCMC}", "Youth Union", "organization", "VN", parent=HCMC)
    one_shared = dataset_of(
        teleconference("event-1", "a", partners=(HCMC, SAINT_PETERSBURG)),
        teleconference("event-2", "b", partners=(HCMC, SHANGHAI)),
    )
    assert len(EventMerger().enrich(one_shared).events) == 2
    assert len(EventMerger(min_partner_overlap=1).enrich(one_shared).events) == 1
    through_parent = dataset_of(
        youth_union,
        teleconference("event-1", "a", partners=(HCMC, SAINT_PETERSBURG)),
        teleconference("event-2", "b", partners=(youth_union.id, SAINT_PETERSBURG)),
    )
    (event,) = EventMerger().enrich(through_parent).events.values()
    assert set(event.partners) == {HCMC, SAINT_PETERSBURG, youth_union.id}


def test_undated_and_year_only_events_are_left_alone_unless_asked():
    undated = dataset_of(teleconference("event-1", "a", None), teleconference("event-2", "b", None))
    assert len(EventMerger().enrich(undated).events) == 2
    assert len(EventMerger(merge_undated=True).enrich(undated).events) == 1
    year_only = dataset_of(teleconference("event-1", "a", "2021"), teleconference("event-2", "b", "2021"))
    assert len(EventMerger().enrich(year_only).events) == 2
    assert len(EventMerger(min_date_precision="year").enrich(year_only).events) == 1


def test_unknown_merger_options_are_refused():
    with pytest.raises(TypeError, match="min_overlap"):
        EventMerger(min_overlap=3)
    with pytest.raises(ValueError, match="min_date_precision"):
        EventMerger(min_date_precision="week")
    with pytest.raises(TypeError, match="parties"):
        AgreementMerger(parties=3)


# --- agreement merging ------------------------------------------------------------------------


def twinning(
    agreement_id: str,
    document: str,
    status: str = "existing",
    date: str | None = None,
    computed: bool = False,
    kind: str = "twinning",
    partners=(HCMC, SAINT_PETERSBURG),
) -> Agreement:
    return Agreement(
        agreement_id,
        kind,
        status,
        date,
        computed,
        partners=partners,
        sources=[source(document, 0, f"told by {document}")],
    )


def test_proposed_then_signed_is_signed_and_existing_wins_over_both():
    proposed_then_signed = dataset_of(twinning("agreement-1", "a", "proposed"), twinning("agreement-2", "b", "signed"))
    (agreement,) = AgreementMerger().enrich(proposed_then_signed).agreements.values()
    assert agreement.status == "signed" and agreement.id == "agreement-1"
    assert {s.document for s in agreement.sources} == {"sha256:a", "sha256:b"}
    all_three = dataset_of(
        twinning("agreement-1", "a", "signed"),
        twinning("agreement-2", "b", "existing"),
        twinning("agreement-3", "c", "proposed"),
    )
    (agreement,) = AgreementMerger().enrich(all_three).agreements.values()
    assert agreement.status == "existing"


def test_conflicting_start_years_are_all_kept_and_the_best_supported_wins():
    dataset = dataset_of(
        twinning("agreement-1", "a", date="1994"),
        twinning("agreement-2", "b", date="1995", computed=True),
        twinning("agreement-3", "c", date="1995"),
        twinning("agreement-4", "d"),
    )
    (agreement,) = AgreementMerger().enrich(dataset).agreements.values()
    assert str(agreement.date) == "1995" and agreement.date_computed is False
    assert [(str(c.date), c.date_computed, c.documents) for c in agreement.candidate_dates] == [
        ("1994", False, ("sha256:a",)),
        ("1995", False, ("sha256:c",)),
        ("1995", True, ("sha256:b",)),
    ]


def test_date_ties_go_to_stated_dates_then_to_the_earliest():
    assert best_date((DateClaim("1994", True, ("a",)), DateClaim("1995", False, ("b",)))) == (PartialDate(1995), False)
    assert best_date((DateClaim("1996", False, ("a",)), DateClaim("1995", False, ("b",)))) == (PartialDate(1995), False)
    assert best_date((DateClaim("1995", False, ("a",)), DateClaim("1995-06-01", False, ("b",)))) == (
        PartialDate(1995, 6, 1),
        False,
    )
    assert best_date((DateClaim("1995-05", False, ("a",)), DateClaim("1995-06", False, ("b",)))) == (
        PartialDate(1995),
        False,
    )
    assert best_date((DateClaim("2001", True, ("a",)),)) == (PartialDate(2001), True)
    assert best_date(()) == (None, False)


def test_other_kinds_other_parties_and_one_party_agreements_stay_apart():
    dataset = dataset_of(
        twinning("agreement-1", "a"),
        twinning("agreement-2", "b", kind="mou"),
        twinning("agreement-3", "c", partners=(HCMC, SHANGHAI)),
        twinning("agreement-4", "d", partners=(HCMC,)),
        twinning("agreement-5", "e", partners=(HCMC,)),
    )
    assert len(AgreementMerger().enrich(dataset).agreements) == 5


def test_the_signing_event_of_the_chosen_year_is_kept():
    dataset = dataset_of(
        Event("event-2019", "signing", "2019-04-02", sources=[source("a")]),
        Event("event-2021", "signing", "2021-06-07", sources=[source("b")]),
        Agreement(
            "agreement-1",
            "mou",
            "signed",
            "2021",
            partners=(HCMC, SHANGHAI),
            signed_at="event-2021",
            sources=[source("b")],
        ),
        Agreement(
            "agreement-2",
            "mou",
            "signed",
            "2021",
            partners=(HCMC, SHANGHAI),
            signed_at="event-2019",
            sources=[source("c")],
        ),
    )
    (agreement,) = AgreementMerger().enrich(dataset).agreements.values()
    assert agreement.signed_at == "event-2021"


def test_date_claim_validators():
    with pytest.raises(ValueError, match="date"):
        DateClaim("May 1994")
    with pytest.raises(ValueError, match=r"DateClaim\.documents"):
        DateClaim("1994", False, ("",))


# --- event codes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "mode", "codes"),
    [
        ("teleconference", "virtual", ("CONSULT", "phone", "041")),
        ("meeting", "virtual", ("CONSULT", "phone", "041")),
        ("visit", "in_person", ("CONSULT", "visit", "042")),
        ("field_trip", None, ("CONSULT", "visit", "042")),
        ("reception", "in_person", ("CONSULT", "host", "043")),
        ("talks", "in_person", ("CONSULT", None, "046")),
        ("meeting", "in_person", ("CONSULT", None, "040")),
        ("working_session", None, ("CONSULT", None, "040")),
        ("conference", "in_person", ("CONSULT", None, "040")),
        ("signing", "in_person", ("SUPPORT", None, "057")),
        ("signing", "virtual", ("SUPPORT", None, "057")),
        ("other", None, (None, None, None)),
    ],
)
def test_each_kind_has_its_plover_and_cameo_codes(kind, mode, codes):
    assert codes_for(Event("e", kind, "2021-05-19", partners=(HCMC, SHANGHAI), mode=mode)) == codes


def test_a_conference_of_three_partners_is_multilateral():
    event = Event("e", "conference", "2021-05-19", partners=(HCMC, SHANGHAI, SAINT_PETERSBURG))
    assert codes_for(event) == ("CONSULT", "multilateral", "040")


def test_an_event_after_every_reporting_article_is_an_intent():
    planned = Event("e", "visit", "2021-06-02", partners=(HCMC, SHANGHAI), sources=[source("a"), source("b")])
    signing = Event("s", "signing", "2021-07", partners=(HCMC, SHANGHAI), sources=[source("a")])
    dataset = dataset_of(planned, signing, documents={"a": "2021-05-20", "b": "2021-05-30"})
    events = EventCoder().enrich(dataset).events
    assert (events["e"].plover, events["e"].cameo) == ("AGREE", "036")
    assert (events["s"].plover, events["s"].cameo) == ("AGREE", "030")
    reported_after = dataset_of(planned, documents={"a": "2021-05-20", "b": "2021-06-03"})
    assert EventCoder().enrich(reported_after).events["e"].plover == "CONSULT"


def test_codes_a_plugin_set_are_kept():
    coded = Event("e", "visit", "2021-05-19", plover="COOPERATE", cameo="061")
    assert EventCoder().enrich(dataset_of(coded)).events["e"] == coded


@pytest.mark.parametrize(
    ("field", "value"), [("plover", "MEET"), ("plover_mode", "video"), ("cameo", "42"), ("cameo", 42)]
)
def test_event_code_validators(field, value):
    with pytest.raises(ValueError, match=f"Event.{field}"):
        Event("e", "visit", **{field: value})


# --- the dataset's own merge of records with one id --------------------------------------------


def test_records_with_one_id_merge_the_same_whichever_comes_first():
    first = Partner(
        "org:youth-union@x",
        "Youth Union",
        "organization",
        "VN",
        aliases=("YU",),
        parent="x",
        geo=Geo(1, 2),
        sources=[source("a")],
    )
    second = Partner(
        "org:youth-union@x",
        "youth union",
        "company",
        "RU",
        parent="y",
        geo=Geo(3, 4, "g"),
        sources=[source("b")],
        same_as=("q:1",),
    )
    merged = [Dataset(), Dataset()]
    merged[0].extend([first, second])
    merged[1].extend([second, first])
    assert merged[0].partners == merged[1].partners
    (partner,) = merged[0].partners.values()
    assert partner.name == "Youth Union" and set(partner.aliases) == {"YU", "youth union"}
    assert len(partner.sources) == 2 and partner.same_as == ("q:1",)
