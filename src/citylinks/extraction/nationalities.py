"""Nationality adjectives English news writes before an envoy's title ("the French Consul General", "Japanese
Ambassador to Vietnam"), with the country each names (ISO 3166-1 alpha-2), and the adjective a mission's English
name takes ("French Consulate General in Ho Chi Minh City")."""

from __future__ import annotations

COUNTRY_OF_ADJECTIVE: dict[str, str] = {
    "American": "US",
    "Argentine": "AR",
    "Australian": "AU",
    "Austrian": "AT",
    "Belarusian": "BY",
    "Belgian": "BE",
    "Brazilian": "BR",
    "British": "GB",
    "Bulgarian": "BG",
    "Cambodian": "KH",
    "Canadian": "CA",
    "Chilean": "CL",
    "Chinese": "CN",
    "Cuban": "CU",
    "Czech": "CZ",
    "Danish": "DK",
    "Dutch": "NL",
    "Finnish": "FI",
    "French": "FR",
    "German": "DE",
    "Greek": "GR",
    "Hungarian": "HU",
    "Indian": "IN",
    "Indonesian": "ID",
    "Irish": "IE",
    "Israeli": "IL",
    "Italian": "IT",
    "Japanese": "JP",
    "Kazakh": "KZ",
    "Korean": "KR",
    "Lao": "LA",
    "Laotian": "LA",
    "Malaysian": "MY",
    "Mexican": "MX",
    "Mongolian": "MN",
    "Norwegian": "NO",
    "Philippine": "PH",
    "Polish": "PL",
    "Portuguese": "PT",
    "Romanian": "RO",
    "Russian": "RU",
    "Serbian": "RS",
    "Singaporean": "SG",
    "Slovak": "SK",
    "South Korean": "KR",
    "Spanish": "ES",
    "Swedish": "SE",
    "Swiss": "CH",
    "Thai": "TH",
    "Turkish": "TR",
    "Ukrainian": "UA",
    "Vietnamese": "VN",
}

# The adjective a mission's English name takes: "US Embassy", "Korean Consulate General"
ADJECTIVE_OF_COUNTRY: dict[str, str] = {
    **{country: adjective for adjective, country in COUNTRY_OF_ADJECTIVE.items() if adjective != "Laotian"},
    "KR": "Korean",
    "US": "US",
}

# English country names that take the article: "Embassy of the United States"
COUNTRIES_WITH_THE = frozenset({"US", "GB", "NL", "PH", "CZ", "AE"})
