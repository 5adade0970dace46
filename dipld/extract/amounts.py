"""Money and shares in text: "$40.1Billion", "US$3 bn", "10 million euros", "49 percent".

>>> [(m.amount, m.currency) for m in find_money("It was $40.1Billion, or 10 million euros.", 0)]
[(Decimal('40100000000'), 'USD'), (Decimal('10000000'), 'EUR')]
>>> [(m.share, m.approx) for m in find_percents("nearly 49 percent", 0)]
[(Decimal('0.49'), 'nearly')]
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from dipld.extract.gazetteer import fold
from dipld.extract.spans import Code, Mention
from dipld.extract.text import ASCII_UNDER_IGNORECASE

_SCALE = {
    "trillion": Decimal(10**12),
    "tn": Decimal(10**12),
    "billion": Decimal(10**9),
    "bn": Decimal(10**9),
    "bln": Decimal(10**9),
    "b": Decimal(10**9),
    "million": Decimal(10**6),
    "mn": Decimal(10**6),
    "mln": Decimal(10**6),
    "m": Decimal(10**6),
    "thousand": Decimal(1000),
    "k": Decimal(1000),
    # "1.2 trln rubles", "RUB1.2trn"
    "trln": Decimal(10**12),
    "trn": Decimal(10**12),
    # Indian numbering: "Rs 1.5 lakh crore", "₹500 crore"
    "lakh crore": Decimal(10**12),
    "crore": Decimal(10**7),
    "lakh": Decimal(10**5),
}
# scales only Indian figures use: with a rupee sign or code only ("5 crore people" is no money)
_INDIAN_SCALES = frozenset({"lakh crore", "crore", "lakh"})
_CURRENCY_SIGNS = {
    "us$": "USD",
    "$": "USD",
    # the other dollars (and the real) by their prefixes: "A$50 million" is not USD
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "s$": "SGD",
    "hk$": "HKD",
    "nt$": "TWD",
    "mx$": "MXN",
    "r$": "BRL",
    # the South African rand before a figure and its scale: "R39 billion" (not "R2", a road)
    "r": "ZAR",
    "aud": "AUD",
    "cad": "CAD",
    "nzd": "NZD",
    "sgd": "SGD",
    "hkd": "HKD",
    "chf": "CHF",
    "inr": "INR",
    "jpy": "JPY",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "rub": "RUB",
    "cny": "CNY",
    "rmb": "CNY",
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
    # the Malaysian ringgit: "RM 300 billion", "RM1.2bn"
    "rm": "MYR",
    # the UAE dirham as the Emirati press writes it: "Dh185 billion", "Dhs 3.5 million"
    "dh": "AED",
    "dhs": "AED",
    # the East African shillings and the rupiah as their press writes them: "KSh 200 billion",
    # "TSh 2 trillion", "USh 50 billion", "Rp 900 trillion"
    "ksh": "KES",
    "tsh": "TZS",
    "ush": "UGX",
    "rp": "IDR",
    # the signs only one currency has: "₽3.6 trillion", "₩80 trillion", "₺500 billion"
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₱": "PHP",
    "₦": "NGN",
    "₸": "KZT",
    "₴": "UAH",
    "₫": "VND",
    "₪": "ILS",
}
# ISO codes written only in capitals (some are words: "TRY", "ALL"), before a figure ("KZT 5
# billion") or after it ("1.7 billion USD"); the older codes above are read in any case
_UPPER_CODES = (
    "BYN KZT UZS KGS TJS TMT AZN GEL UAH TRY KRW IDR VND MYR THB PKR BDT LKR SAR AED QAR KWD OMR "
    "IRR IQD EGP ILS ZAR NGN KES PLN HUF CZK RON BGN RSD SEK NOK DKK MXN BRL ARS CLP MNT TWD "
    # ("MVR 8.4 billion", "PEN 1.2 billion", "COP 5 trillion")
    "MVR PHP COP PEN MDL "
    # the other currencies of ISO 4217 (session 28: "BWP 1.9 billion", "GHS 2.4 billion"), but the
    # codes that are English words in capitals ("ALL", "TOP", "CUP", "MOP", "SOS")
    "AFN AOA BAM BBD BHD BIF BND BOB BSD BTN BWP BZD CDF CRC CVE DJF DOP DZD ERN ETB FJD GHS "
    "GMD GNF GTQ GYD HNL HRK HTG ISK JMD JOD KHR KMF KPW LAK LBP LRD LSL LYD MAD MGA MKD MMK "
    "MRU MUR MWK MZN NAD NIO PAB PGK PYG RWF SBD SCR SDG SLE SRD SSP SYP SZL TND TTD TZS UGX "
    "UYU VES VUV WST XAF XCD XOF YER ZMW ZWL"
).split()
_CURRENCY_SIGNS.update({code.lower(): code for code in _UPPER_CODES})
_CODES_AFTER = "USD EUR GBP RUB CNY RMB AUD CAD NZD SGD HKD CHF INR JPY".split() + _UPPER_CODES
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "taiwan dollars": "TWD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "pound": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    # a bare "shillings" is Kenya's unless the sentence names another shilling state first
    # (economy.money_code): "45.6 billion shillings" in the Kenyan press
    "shilling": "KES",
    "shillings": "KES",
}
# a currency word after its country's adjective ("5.2 billion Belarusian rubles", "Pakistani
# rupees"), and the words only one currency has
_QUALIFIED_WORDS = {
    "BYN": "belarusian rubles|belarusian roubles|belarusian ruble|belarusian rouble",
    "RUB": "russian rubles|russian roubles|russian ruble|russian rouble",
    "CNY": "chinese yuan",
    "JPY": "japanese yen",
    "INR": "indian rupees|indian rupee",
    "PKR": "pakistani rupees|pakistan rupees",
    "KZT": "kazakh tenge|kazakhstani tenge|tenge",
    "UZS": "uzbek soums|uzbek soum|soums",
    "AZN": "azerbaijani manats|azerbaijani manat",
    "TMT": "turkmen manats|turkmen manat",
    "AMD": "armenian drams|armenian dram|drams",
    "GEL": "georgian lari",
    "UAH": "ukrainian hryvnias|ukrainian hryvnia|hryvnias|hryvnia|hryvnyas|hryvnya",
    "TRY": "turkish liras|turkish lira",
    "KRW": "south korean won|korean won",
    "IDR": "indonesian rupiah|rupiah",
    "VND": "vietnamese dong|dong",
    "SAR": "saudi riyals|saudi riyal",
    "AED": "uae dirhams|emirati dirhams|uae dirham",
    "QAR": "qatari riyals|qatari riyal",
    "IRR": "iranian rials|iranian rial",
    "EGP": "egyptian pounds|egyptian pound",
    "CHF": "swiss francs|swiss franc",
    "MVR": "maldivian rufiyaa|rufiyaa",
    "THB": "thai baht|baht",
    "MYR": "malaysian ringgit|ringgit",
    "PHP": "philippine pesos|philippine peso",
    "MXN": "mexican pesos|mexican peso",
    "ARS": "argentine pesos|argentinian pesos|argentine peso",
    "CLP": "chilean pesos|chilean peso",
    "COP": "colombian pesos|colombian peso",
    "BRL": "brazilian reais|reais",
    "PEN": "peruvian soles|peruvian sol",
    "ZAR": "south african rand|rand",
    "NGN": "nigerian naira|naira",
    "KES": "kenyan shillings|kenyan shilling",
    "PLN": "polish zlotys|polish zloty|zlotys|zloty",
    "HUF": "hungarian forints|hungarian forint|forints|forint",
    "CZK": "czech korunas|czech koruna|czech crowns|koruna",
    "SEK": "swedish kronor|swedish krona|swedish crowns|kronor",
    "NOK": "norwegian kroner|norwegian krone|norwegian crowns",
    "DKK": "danish kroner|danish krone|danish crowns",
    "BDT": "bangladeshi taka|taka",
    "LKR": "sri lankan rupees|sri lanka rupees|sri lankan rupee",
    "NPR": "nepalese rupees|nepali rupees|nepalese rupee",
    "KWD": "kuwaiti dinars|kuwaiti dinar",
    "IQD": "iraqi dinars|iraqi dinar",
    "RSD": "serbian dinars|serbian dinar",
    "ILS": "israeli shekels|new israeli shekels|shekels|shekel",
    "RON": "romanian lei|romanian leu",
    "MDL": "moldovan lei|moldovan leu",
    "BGN": "bulgarian leva|bulgarian lev|leva",
    "KGS": "kyrgyz soms|kyrgyz som",
    "TJS": "tajik somoni|somoni",
    "MNT": "mongolian tugriks|tugriks|tugrik",
    "OMR": "omani rials|omani rial",
    # (session 28) the other currencies' words, with their country's adjective, and alone the
    # words only one currency has ("1.9 billion pula", "800 million cedis")
    "AFN": "afghan afghanis|afghanis",
    "AOA": "angolan kwanzas|angolan kwanza|kwanzas",
    "BAM": "convertible marks|bosnian marks",
    "BBD": "barbadian dollars|barbados dollars",
    "BHD": "bahraini dinars|bahraini dinar",
    "BIF": "burundian francs|burundi francs",
    "BND": "brunei dollars",
    "BOB": "bolivianos",
    "BSD": "bahamian dollars",
    "BTN": "ngultrum",
    "BWP": "botswana pula|pula",
    "BZD": "belize dollars|belizean dollars",
    "CDF": "congolese francs",
    "CRC": "costa rican colones|colones",
    "CVE": "cape verdean escudos|cabo verde escudos",
    "DJF": "djiboutian francs|djibouti francs",
    "DOP": "dominican pesos",
    "DZD": "algerian dinars|algerian dinar",
    "ERN": "nakfa",
    "ETB": "ethiopian birr|birr",
    "FJD": "fijian dollars|fiji dollars",
    "GHS": "ghanaian cedis|ghana cedis|cedis",
    "GMD": "gambian dalasis|dalasis|dalasi",
    "GNF": "guinean francs",
    "GTQ": "guatemalan quetzales|quetzales|quetzals",
    "GYD": "guyanese dollars|guyana dollars",
    "HNL": "honduran lempiras|lempiras",
    "HRK": "croatian kuna|kunas",
    "HTG": "haitian gourdes|gourdes",
    "ISK": "icelandic kronur|icelandic krona|icelandic kronas",
    "JMD": "jamaican dollars",
    "JOD": "jordanian dinars|jordanian dinar",
    "KHR": "cambodian riels|riels",
    "KMF": "comorian francs",
    "KPW": "north korean won",
    "LAK": "lao kip|laotian kip",
    "LBP": "lebanese pounds|lebanese pound",
    "LRD": "liberian dollars",
    "LSL": "maloti",
    "LYD": "libyan dinars|libyan dinar",
    "MAD": "moroccan dirhams|moroccan dirham",
    "MGA": "malagasy ariary|ariary",
    "MKD": "macedonian denars|denars|denari",
    "MMK": "myanmar kyats|kyats|kyat",
    "MRU": "mauritanian ouguiyas|ouguiyas|ouguiya",
    "MUR": "mauritian rupees",
    "MWK": "malawian kwacha|malawi kwacha",
    "MZN": "mozambican meticais|meticais|metical",
    "NAD": "namibian dollars|namibia dollars",
    "NIO": "nicaraguan cordobas|cordobas",
    "PAB": "panamanian balboas|balboas",
    "PGK": "papua new guinea kina|kina",
    "PYG": "paraguayan guaranies|guaranies|guaranis",
    "RWF": "rwandan francs|rwanda francs",
    "SBD": "solomon islands dollars",
    "SCR": "seychellois rupees|seychelles rupees",
    "SDG": "sudanese pounds",
    "SLE": "sierra leonean leones|leones",
    "SRD": "surinamese dollars|suriname dollars",
    "SSP": "south sudanese pounds",
    "SYP": "syrian pounds|syrian pound",
    "SZL": "emalangeni|lilangeni",
    "TND": "tunisian dinars|tunisian dinar",
    "TTD": "trinidad and tobago dollars|trinidadian dollars",
    "TZS": "tanzanian shillings|tanzanian shilling",
    "UGX": "ugandan shillings|ugandan shilling|uganda shillings",
    "UYU": "uruguayan pesos",
    "VES": "venezuelan bolivars|bolivars",
    "VUV": "vatu",
    "WST": "samoan tala",
    "XAF": "central african cfa francs",
    "XCD": "east caribbean dollars|eastern caribbean dollars",
    "XOF": "west african cfa francs",
    "YER": "yemeni rials|yemeni rial",
    "ZMW": "zambian kwacha",
    "ZWL": "zimbabwean dollars|zimbabwe dollars",
}
_CURRENCY_WORDS.update(
    {phrase: code for code, phrases in _QUALIFIED_WORDS.items() for phrase in phrases.split("|")}
)
# "80 trillion won": the Korean won only after a scale (not "the party won 3 million votes"), and
# the other new words alone after a scale or a grouped figure ("150,000 tenge"), not after a
# year ("in 1955 Dong ...")
_NEEDS_SCALE = {"won": "KRW"}
_CURRENCY_WORDS.update(_NEEDS_SCALE)
_BARE_NEW_WORDS = frozenset(
    phrase
    for phrases in _QUALIFIED_WORDS.values()
    for phrase in phrases.split("|")
    if " " not in phrase
) | {"shilling", "shillings"}
_APPROX = (
    r"(?P<approx>nearly|almost|up\s+to|more\s+than|over|about|around|approximately|some|"
    r"at\s+least|roughly|close\s+to|in\s+excess\s+of)\s+"
)
# The first letters of the approximations: every match of the regexes below starts with one,
# or with a digit, or with a sign or code ($ € £ ¥, or u e g r c of US$ EUR GBP RUB CNY...). A
# lookahead for that first character rules most positions out in one step, where the regex
# would otherwise try each (case-insensitive) approximation there.
_APPROX_FIRST = "naumosrcih"
_SCALE_WORDS = (
    r"trillion|billion|million|thousand|bn|bln|mn|mln|tn|trln|trn|lakh\s+crore|crore|lakh"
)
# a number starts after no digit ("49,5%" is no 5 %); a decimal comma is read before a scale or
# a percent sign only ("USD 1,2 billion", "49,5%"), and a number followed by one otherwise is no
# number ("$1,5")
_NUM = (
    # (nor is the end of a range: "5-6 billion dollars", "10-15%")
    r"(?<!\d)(?<!\d[.,])(?<!\d[-–—])(?<!\d\s[-–—]\s)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![,.]?\d)|"
    rf"\d+,\d{{1,2}}(?=\s*(?:(?:{_SCALE_WORDS})\b|%|per\s*cent\b|pct\b))|\d+(?:\.\d+)?(?![.,]\d))"
)
_SCALE_RE = rf"(?P<scale>{_SCALE_WORDS}|[bmk])\b"
_UPPER_CODES_RE = "|".join(_UPPER_CODES)
_MONEY_SIGN = re.compile(
    # (the lookahead: the first letter of an approximation, a sign or a code)
    rf"(?=[{_APPROX_FIRST}$€£¥₹₽₩₺₱₦₸₴₫₪egjbdkltvpqzwfxy])(?:{_APPROX})?(?<![A-Za-z])"
    r"(?P<sign>(?:US|AU?|CA?|NZ|S|HK|NT|MX|R)\$|\$|€|£|¥|₹|₽|₩|₺|₱|₦|₸|₴|₫|₪|USD|EUR|GBP|RUB|CNY|RMB|AUD|CAD|NZD|SGD|HKD|"
    rf"CHF|INR|JPY|(?-i:Rs\.?|RM|Dhs?|[KTU]Sh|Rp|{_UPPER_CODES_RE})(?![A-Za-z])|"
    rf"(?-i:R)(?=\d[\d.,]*\s?(?-i:billion|million|trillion|bn)\b))"
    # ("a $1.2-billion deal")
    rf"\s?{_NUM}(?:-(?=(?:{_SCALE_WORDS})\b)|\s*)(?:{_SCALE_RE})?",
    re.IGNORECASE,
)


def _phrase_re(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


_QUALIFIED_RE = "|".join(
    _phrase_re(phrase)
    for phrase in sorted(
        (p for phrases in _QUALIFIED_WORDS.values() for p in phrases.split("|")),
        key=len,
        reverse=True,
    )
)
_MONEY_WORD = re.compile(
    rf"(?=[{_APPROX_FIRST}\d])(?:{_APPROX})?{_NUM}\s*(?:{_SCALE_RE})?"
    rf"\s*(?P<word>{_QUALIFIED_RE}|(?:(?:US|U\.S\.|Australian|Canadian|New\s+Zealand|Singapore|"
    r"Hong\s+Kong|Taiwan)\s+)?dollars?|euros?|yuan|"
    rf"renminbi|rubles?|roubles?|pounds?(?! of)|yen|rupees?|won|shillings?|"
    # "1.7 billion USD", "3.5 mln USD"
    rf"(?-i:{'|'.join(_CODES_AFTER)}))\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?=[{_APPROX_FIRST}\d])(?:{_APPROX})?{_NUM}\s*(?:%|percent\b|per\s+cent\b|pct\b)",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")  # (in a text that is not ASCII: any Unicode digit)


def _has_digit(text: str) -> bool:
    if text.isascii():
        # (ten substring tests, each a fast scan for one character, cost half a regex call)
        for digit in "0123456789":  # noqa: SIM110
            if digit in text:
                return True
        return False
    return _DIGIT.search(text) is not None


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_RANGE_ON = re.compile(r"\s*(?:[-–—]|to\b|and\b)\s*(?:US\$|[$€£¥])?\s?\d")
_RANGE_BEFORE = re.compile(
    r"(?:(?:US\$|[$€£¥])\s?\d+(?:\.\d+)?|(?<![\d.,])\d{1,3}(?:\.\d+)?)\s*(?:[-–—]|to)\s*$"
)
_CURRENCY_HINT = re.compile(
    r"[$€£¥₹₽₩₺₱₦₸₴₫₪]|\b(?:USD|EUR|GBP|RUB|CNY|RMB|AUD|CAD|NZD|SGD|HKD|CHF|INR|JPY|Rs|RM|Dhs?|[KTU]Sh|Rp|"
    rf"{_UPPER_CODES_RE})(?![A-Za-z])|\b(?:[Dd]ollars?|[Ee]uros?|[Yy]uan|[Rr]enminbi|[Rr]ubles?|"
    r"[Rr]oubles?|[Pp]ounds?|[Yy]en|[Rr]upees?|[Ww]on|"
    r"[Tt]enge|[Ss]oums?|[Mm]anats?|[Dd]rams?|[Ll]ari|[Hh]ryvn[iy]as?|[Ll]iras?|[Rr]upiah|[Dd]ong|"
    r"[Rr]iyals?|[Dd]irhams?|[Rr]ials?|[Ff]rancs?|"
    r"[Rr]ufiyaa|[Bb]aht|[Rr]inggit|[Pp]esos?|[Rr]eais|[Ss]ol|[Ss]oles|[Rr]and|[Nn]aira|"
    r"[Ss]hillings?|[Zz]lotys?|[Ff]orints?|[Kk]orunas?|[Cc]rowns|[Kk]ron(?:as?|or|e|er|ur)|[Tt]aka|"
    r"[Dd]inars?|[Ss]hekels?|[Ll]ei|[Ll]eu|[Ll]eva?|[Ss]oms?|[Ss]omoni|[Tt]ugriks?|"
    # (session 28)
    r"[Aa]fghanis|[Kk]wanzas?|[Mm]arks|[Bb]olivianos|[Nn]gultrum|[Pp]ula|[Cc]olones|[Ee]scudos|"
    r"[Nn]akfa|[Bb]irr|[Cc]edis|[Dd]alasis?|[Qq]uetzal(?:es|s)|[Ll]empiras|[Kk]unas?|[Gg]ourdes|"
    r"[Rr]iels|[Kk]ip|[Mm]aloti|[Aa]riary|[Dd]enar[si]|[Kk]yats?|[Oo]uguiyas?|[Mm]etica(?:is|l)|"
    r"[Cc]ordobas|[Bb]alboas|[Kk]ina|[Gg]uarani(?:es|s)|[Ll]eones|(?:[Ee]ma|[Ll]i)langeni|"
    r"[Bb]olivars|[Vv]atu|[Tt]ala|[Kk]wacha)\b|"
    # the rand's R before a figure and its scale ("R39.2 billion")
    r"\bR(?=\d[\d.,]*\s?(?:billion|million|trillion|bn)\b)"
)


# what _CURRENCY_HINT needs: a sign or code, or a currency word (here in lower case); a few
# substring tests rule most sentences out far faster than the regex
_SIGNS_AND_CODES = (
    "$",
    "€",
    "£",
    "¥",
    "USD",
    "EUR",
    "GBP",
    "RUB",
    "CNY",
    "RMB",
    "AUD",
    "CAD",
    "NZD",
    "SGD",
    "HKD",
    "CHF",
    "INR",
    "JPY",
    "Rs",
    "RM",
    "Dh",
    "KSh",
    "TSh",
    "USh",
    "Rp",
    "₹",
    "₽",
    "₩",
    "₺",
    "₱",
    "₦",
    "₸",
    "₴",
    "₫",
    "₪",
)
# the other codes are three capitals, which one search rules out before a test of each; then
# each word of three capitals is looked up (an alternation of the 60 codes would be tried at
# every word): a code before a figure ends where no ASCII letter follows, one after a figure
# ends the word
_THREE_CAPITALS = re.compile(r"[A-Z]{3}")
_THREE_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{3}(?![A-Za-z])")
_THREE_CAPITALS_AFTER = re.compile(r"\b[A-Z]{3}\b")
_OTHER_CODES = frozenset(_UPPER_CODES)
_CODES_AFTER_SET = frozenset(_CODES_AFTER)


def _has_code(text: str, words: re.Pattern[str], codes: frozenset[str]) -> bool:
    """Whether a word of three capitals that ``words`` finds is one of ``codes``."""
    return _THREE_CAPITALS.search(text) is not None and any(
        m.group() in codes for m in words.finditer(text)
    )


_CURRENCY_STEMS = (
    "dollar",
    "euro",
    "yuan",
    "renminbi",
    "ruble",
    "rouble",
    "pound",
    "yen",
    "rupee",
    # the other currencies' words (each word of _QUALIFIED_WORDS has one of these)
    "won",
    "tenge",
    "soum",
    "manat",
    "dram",
    "lari",
    "hryvn",
    "lira",
    "rupiah",
    "dong",
    "riyal",
    "dirham",
    "rial",
    "franc",
    "rufiyaa",
    "baht",
    "ringgit",
    "peso",
    "reais",
    "peruvian sol",
    "rand",
    "naira",
    "shilling",
    "zlot",
    "forint",
    "korun",
    "crowns",
    "kron",
    "taka",
    "dinar",
    "shekel",
    "lei",
    "leu",
    "lev",
    "kyrgyz som",
    "somoni",
    "tugrik",
    # (session 28)
    "afghani",
    "kwanza",
    "marks",
    "boliviano",
    "ngultrum",
    "pula",
    "colones",
    "escudo",
    "nakfa",
    "birr",
    "cedi",
    "dalasi",
    "quetzal",
    "lempira",
    "kuna",
    "gourde",
    "riel",
    "kip",
    "maloti",
    "ariary",
    "denar",
    "kyat",
    "ouguiya",
    "metica",
    "cordoba",
    "balboa",
    "kina",
    "guarani",
    "leones",
    "langeni",
    "bolivar",
    "vatu",
    "tala",
    "kwacha",
)


_RAND_HINT = re.compile(r"\bR\d")


# (an ASCII text has none of the other signs: they are not looked for in one)
_ASCII_SIGNS_AND_CODES = tuple(key for key in _SIGNS_AND_CODES if key.isascii())


def _has_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``parts`` (a loop, not ``any()`` over a generator,
    which costs more per part)."""
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


def _names_currency(text: str) -> bool:
    """Whether ``_CURRENCY_HINT`` finds a currency in the text."""
    signs = _ASCII_SIGNS_AND_CODES if text.isascii() else _SIGNS_AND_CODES
    if not _has_any(text, signs) and not _has_any(text.lower(), _CURRENCY_STEMS):
        return _has_code(text, _THREE_CAPITALS_BEFORE, _OTHER_CODES) or (
            "R" in text and _RAND_HINT.search(text) is not None
        )
    return _CURRENCY_HINT.search(text) is not None


def _may_name_currency_word(text: str) -> bool:
    """Whether ``_MONEY_WORD`` may match: each of its matches has a currency word (of any case),
    which a lower-case substring test finds, unless the text has a letter that IGNORECASE
    matches to an ASCII one ("ı" to "i"): then the regex has to tell."""
    if not text.isascii() and any(letter in text for letter in ASCII_UNDER_IGNORECASE):
        return True
    if _has_any(text.lower(), _CURRENCY_STEMS):
        return True
    # a code after the figure ("1.7 billion USD"), which the pattern reads in capitals only
    return _has_code(text, _THREE_CAPITALS_AFTER, _CODES_AFTER_SET)


def find_money(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    if not _has_digit(text) or not _names_currency(text):
        return out
    matches = list(_MONEY_SIGN.finditer(text))
    if _may_name_currency_word(text):
        matches += [
            w
            for w in _MONEY_WORD.finditer(text)
            if not any(w.start() < m.end() and m.start() < w.end() for m in matches)
        ]
    for m in matches:
        num = m.group("num")
        # ("1,2 billion": a decimal comma, which _NUM reads before a scale only)
        num = num.replace(",", ".") if _DECIMAL_COMMA.fullmatch(num) else num.replace(",", "")
        try:
            number = Decimal(num)
        except InvalidOperation:
            continue
        scale = " ".join((m.group("scale") or "").lower().split())
        if not scale and _RANGE_ON.match(text, m.end()):
            continue  # "$5-6 billion", "$5 to $6 billion": a range's start, not $5
        if _RANGE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # and its end: not $6 billion
        sign = m.groupdict().get("sign")
        if scale in {"b", "m", "k"} and not sign:
            continue
        word = m.groupdict().get("word")
        if word is not None and word.lower() in _NEEDS_SCALE and not scale:
            continue
        if (
            word is not None
            and word.lower() in _BARE_NEW_WORDS
            and not (scale or "," in m.group("num"))
        ):
            continue
        if (
            sign in _UPPER_CODES
            or sign in {"RM", "Dh", "Dhs", "KSh", "TSh", "USh", "Rp"}
            or word in _CODES_AFTER
        ) and not (scale or any(c in m.group("num") for c in ",.")):
            # "the Hong Kong SAR 25th anniversary", "in 2023 SAR ...": the codes are acronyms
            # too; the figures read with them have a scale or are grouped ("KZT 5,000")
            continue
        if scale in _INDIAN_SCALES and _CURRENCY_SIGNS.get((sign or word or "").lower()) != "INR":
            continue
        if scale:
            number = (number * _SCALE[scale]).normalize()
            number = number.quantize(Decimal(1)) if number == number.to_integral() else number
        if sign:
            currency = _CURRENCY_SIGNS.get(sign.lower())
            if currency is None:  # "ſ$", "K" as "k": a look-alike IGNORECASE lets through
                continue
        elif m.group("word") in _CODES_AFTER:
            currency = _CURRENCY_SIGNS[m.group("word").lower()]
        else:
            currency = _CURRENCY_WORDS.get(" ".join(fold(m.group("word")).split()), "USD")
        approx = m.group("approx")
        out.append(
            Mention(
                offset + m.start(),
                offset + m.end(),
                m.group(0),
                Code.MONEY,
                amount=number,
                currency=currency,
                approx=" ".join(approx.lower().split()) if approx else None,
            )
        )
    return out


# a share in words: "about one percent", "twenty-five per cent" (session 20)
_UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_PERCENT_WORD = re.compile(
    rf"(?<![\w-])(?:{_APPROX})?(?P<tens>{'|'.join(_TENS_WORDS)})?(?:(?(tens)[-\s])"
    rf"(?P<unit>{'|'.join(sorted(_UNIT_WORDS, key=len, reverse=True))}))?"
    r"(?(tens)|(?(unit)|(?!)))\s+(?:percent|per\s+cent)\b",
    re.IGNORECASE,
)


def _word_percents(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    for m in _PERCENT_WORD.finditer(text):
        tens, unit = m.group("tens"), m.group("unit")
        if tens is None and unit is None:
            continue
        if tens is not None and unit is not None and _UNIT_WORDS[unit.lower()] > 9:
            continue  # ("twenty eleven percent": no number)
        value = _TENS_WORDS.get((tens or "").lower(), 0) + _UNIT_WORDS.get((unit or "").lower(), 0)
        approx = m.group("approx")
        out.append(
            Mention(
                offset + m.start(),
                offset + m.end(),
                m.group(0),
                Code.PERCENT,
                share=Decimal(value) / 100,
                approx=" ".join(approx.lower().split()) if approx else None,
            )
        )
    return out


def find_percents(text: str, offset: int) -> list[Mention]:
    out = _figure_percents(text, offset)
    if "cent" in text and (words := _word_percents(text, offset)):
        out = sorted(out + words, key=lambda m: m.begin)
    return out


def _figure_percents(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    if ("%" not in text and "cent" not in text and "pct" not in text.lower()) or not _has_digit(
        text
    ):
        return out
    for m in _PERCENT.finditer(text):
        if _RANGE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "10 to 15 percent": no one share
        num = m.group("num")
        # ("49,5%": a decimal comma)
        num = num.replace(",", ".") if _DECIMAL_COMMA.fullmatch(num) else num.replace(",", "")
        value = Decimal(num) / 100
        approx = m.group("approx")
        out.append(
            Mention(
                offset + m.start(),
                offset + m.end(),
                m.group(0),
                Code.PERCENT,
                share=value,
                approx=" ".join(approx.lower().split()) if approx else None,
            )
        )
    return out
