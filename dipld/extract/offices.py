"""Office titles: which words name which role concept (ANNOTATION.md §4's role list).

>>> [(t.text, t.role) for t in find_titles("The Foreign Minister of Belarus met the Ambassador")]
[('Foreign Minister', 'ForeignMinister'), ('Ambassador', 'Ambassador')]
>>> [(t.text, t.role) for t in find_titles("Taro Aso, Economy, Trade and Industry Minister Nikai")]
[('Economy, Trade and Industry Minister', 'Minister')]
>>> [t.role for t in find_titles("Deputy Secretary of State Wendy Sherman and Secretary Blinken")]
['DeputyMinister', 'Secretary']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from dipld.extract.partystate import ORGAN_TITLES, china_organ_title
from dipld.extract.text import ASCII_UNDER_IGNORECASE

#: Portfolio words that may precede "Minister" ("Economy, Trade and Industry Minister").
_PORTFOLIO = (
    r"(?:Economy|Economic|Trade|Industry|Energy|Communications?|Defen[cs]e|Finance|Foreign|Interior|"
    r"Justice|Health|Agriculture|Education|Culture|Transport|Labou?r|Environment|Digital|Development|"
    r"Science|Technology|Tourism|Commerce|Emergency|Natural|Resources|Ecology|Sports?|Youth|Social|"
    r"Internal|Home|Information|Security|Water|Housing|Public|Works|Investment|Infrastructure|"
    r"Planning|Fisheries|Mining|Oil|Gas|Petroleum|Aviation|Research|Innovation|Integration|"
    r"European|Climate|Cooperation|Affairs|Construction|Telecommunications|Taxes|Revenue|Budget|"
    # Bolivia's, Spain's "Minister of the Presidency"; Italy's "Minister of Ecological
    # Transition", Indonesia's "Manpower Minister", Haiti's "Elections Minister" (session 35)
    r"Presidency|Ecological|Transition|Manpower|Human|Elections|Maritime)"
)
_PORTFOLIOS = rf"{_PORTFOLIO}(?:(?:,\s+|\s+and\s+|\s+)(?:{_PORTFOLIO}))*"
#: Words of institution and portfolio names ("Assistant Secretary of State for European and
#: Eurasian Affairs"): a title's field ends at the first word not in this list, which is
#: usually where the holder's name starts.
_FIELD_WORD = (
    r"(?:Affairs|Economic|Economy|Business|Political|Politics|European|Eurasian|Near|Eastern|Western|"
    r"Northern|Southern|East|West|North|South|Central|Asian|Asia|Pacific|African|Africa|American|Arms|"
    r"Control|International|Security|Energy|Environment|Environmental|Growth|Council|Republic|Agency|"
    r"Natural|Resources|Federal|Tourism|Presidential|Executive|Office|Prime|Minister|President|State|"
    r"Secretariat|Civil|Aviation|Bureau|Bank|Commission|Board|Committee|Department|Ministry|"
    r"Cooperation|Foreign|Policy|Common|Justice|Defen[cs]e|Treasury|Commerce|Trade|Development|"
    r"Democracy|Human|Rights|Labou?r|Population|Refugees|Migration|Oceans|Scientific|Science|"
    r"Technology|Counterterrorism|Global|Public|Diplomacy|Management|Budget|Legislative|Consular|"
    r"Intelligence|Research|Educational|Education|Cultural|Culture|Conflict|Stabilization|Operations|"
    r"Cyberspace|Digital|Nonproliferation|Verification|Compliance|Legal|Women|Issues|Health|"
    r"Narcotics|Law|Enforcement|Military|Staff|Armed|Forces|General|Upper|Lower|House|Duma|Senate|"
    r"Parliament|Assembly|National|Chamber|Region|Province|Territory|Organi[sz]ation|Union|"
    r"Association|Partnership|Forum|Industry|Industrial|Finance|Financial|Interior|Internal|"
    r"Emergency|Situations|Communications?|Transport|Agriculture|Fisheries|Investment|Infrastructure|"
    r"Integration|Innovation|Climate|Strategic|Planning|Special|Presidium|Government|Administration|"
    r"Embassy|Mission|Delegation|Service|Services|Protection|Customs|Border|Tax|Taxes|Revenue|"
    r"Monetary|Fund|Programme|Program|Relations|Regional|Coordination|Information|Press|Media|"
    r"Secretary|Council|Commissioner|Logistics|Mining|Oil|Gas|Petroleum|Food|Water|Housing|Works|"
    r"Construction|Telecommunications|Ecology|Sport|Sports|Youth|Social|Home|Veterans|Family|"
    r"External|Expatriates|Emigrants|Emigration|Diaspora|Worship|Francophonie|Indo-Pacific|Industries|"
    r"Aerospace|Geology|Minerals|Mineral|Urban|Rural|Local|Employment|Welfare|Pensions|Gender|"
    r"Equality|Children|Heritage|Arts|Maritime|Railways|Roads|Land|Lands|Forestry|Forests|"
    r"Livestock|Irrigation|Power|Electricity|Nuclear|Statistics|Reconstruction|Unification|"
    r"Reintegration|Religious|Sciences|Higher|Vocational|Training|Solidarity|Environmental|"
    r"Euro-Atlantic|Healthcare|Agrarian|Territorial|Infrastructures|Communal|Poverty|Reduction|"
    r"Architecture|Pre-School|Urban-Rural|Antimonopoly|Regulation|Worship|Change|Europe|Americas|"
    r"Compact|Negotiations|Peace|Action|Transition|Sustainable|Mines|Renewable|Hydrocarbons|Mediation|"
    # a portfolio listed with commas: Canada's "Minister of International Trade, Export
    # Promotion, Small Business and Economic Development" (its words were read as a name)
    r"Exports?|Promotion|Small|Medium|Enterprises?|"
    # regions an envoy is for ("Special Representative for the South Caucasus Toivo Klaar")
    r"Caucasus|Balkans|Sahel|Middle|Horn|Great|Lakes|Gulf|Arctic|Mediterranean|Caribbean|"
    r"Caspian|Baltic|Levant|Maghreb|Peninsula|Korean|Presidency|Ecological|Manpower|Elections)"
)


def _by_first_letter(words: str) -> str:
    """An alternation of words that each start with a letter, as one alternative per first
    letter ("(?:Affairs|Arms|Bank)" -> "(?:A(?:ffairs|rms)|B(?:ank))"): the same matches (words
    of different first letters never match at the same place, those of one letter keep their
    order), but the regex engine tries one word per letter instead of every word."""
    groups: dict[str, list[str]] = {}
    for word in words.removeprefix("(?:").removesuffix(")").split("|"):
        assert word[:1].isalpha() and word[:1].isupper(), word
        groups.setdefault(word[0], []).append(word[1:])
    return (
        "(?:" + "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in groups.items()) + ")"
    )


#: one word of an institution's or portfolio's name ("Trade", "Affairs"), as written
FIELD_WORD = re.compile(_by_first_letter(_FIELD_WORD))
_FIELD = (
    rf"(?:the\s+)?{_FIELD_WORD}(?:(?:\s+|,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s+of\s+(?:the\s+)?|\s+for\s+(?:the\s+)?)"
    rf"{_FIELD_WORD})*"
)

# "head of the government delegation", "Head of State Protocol": a body's head, not the state's
_NO_BODY_AFTER = (
    r"(?![\s-]+(?:delegations?|office|offices|commission|press|house|agency|department|council|"
    r"committee|apparatus|staff|administration|affairs|program|programme|service|services|"
    r"relations|secretariat|team|protocol|security|property|budget|media|bodies|body|"
    r"institutions?|ministry|ministries|bureau|structures?)\b)"
)

#: the secretary of a state's security council: a title in lower case too
SECURITY_COUNCIL_SECRETARY = (
    r"secretary\s+of\s+(?:the\s+)?(?!(?:UN|U\.N\.|United\s+Nations)\s)(?:[A-Z][\w’'.-]+\s+){0,2}"
    r"(?:supreme\s+)?(?:national\s+)?security(?:\s+and\s+defen[cs]e)?\s+council"
)

_OF_A_REPUBLIC = r"\s+of\s+the\s+(?:[A-Z][\w’'-]+\s+){0,2}Republic\b"
_TRANSITIONAL_HEAD = (
    r"(?:chairman|president|head)\s+of\s+the\s+"
    # a junta's or a transition's word in the body's name, before the republic
    rf"(?=(?:(?!{_OF_A_REPUBLIC}).){{0,100}}?(?-i:Transition|Transitional|Safeguard|Salvation|"
    r"Sovereignty|Military|Restoration|Reconciliation)\b)"
    r"(?-i:Transition|(?:[A-Z][\w’'-]*\s+){0,3}(?:Council|Committee|Movement)"
    r"(?:\s+(?:for|of)(?:\s+(?:the|and|for|of|[A-Z][\w’'-]*)){1,8}?)?)"
    rf"(?={_OF_A_REPUBLIC})"
)

# "of the National Assembly", "of the State Duma", "of the Federation Council": a parliament
# (its chamber), after a chairman's title
_OF_A_LEGISLATURE = (
    r"(?=\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’]*\s+){0,3}?(?:assembly|duma|senate|parliament|"
    r"congress|majlis|khural|kenesh|sejm|seimas|saeima|riigikogu|knesset|rada|mazhilis|"
    r"bundestag|storting|folketing|riksdag|federation\s+council|house\s+of\s+representatives|"
    r"chamber\s+of\s+deputies)\b)"
)
# the United States' executive departments a "Secretary of" heads
_US_DEPARTMENTS = (
    r"(?:treasury|defen[cs]e|commerce|energy|homeland\s+security|agriculture|labor|education|"
    r"transportation|veterans\s+affairs|interior|health\s+and\s+human\s+services|"
    r"housing\s+and\s+urban\s+development)"
)
# India's Hindi titles are titles before an honorific and a name only ("Raksha Mantri Shri
# Rajnath Singh"): the same words open the names of schemes and buildings ("Pradhan Mantri Awas
# Yojana", "Rashtrapati Bhavan"; session 32, titles)
# (a name of two capitalised words after the honorific: not "the Pradhan Mantri Shri Schools
# scheme")
_INDIAN_HONORIFIC_AFTER = (
    r"(?=\s+(?-i:(?:Shri|Smt|Shrimati|Dr)\.?\s+[A-Z][\w.’'-]*\s+[A-Z][\w’'-]*[a-z]\b))"
)
# "commander of the Sudanese Armed Forces", "Commander of the Nigerian Army": a state's forces by
# its demonym, capitalised (lower case allowed before it: _accept)
_DEMONYM_FORCES_COMMANDER = (
    r"commander\s+of\s+the\s+(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch|er)\s+(?:Armed\s+Forces|"
    r"Army|Navy|Air\s+Force|Defen[cs]e\s+Forces?)\b)"
)
# (pattern, role). Order matters: more specific titles first. Role "Secretary" means "decide
# from the holder's KB offices with that title" (a bare "Secretary Blinken").
_TITLES: tuple[tuple[str, str], ...] = (
    # China's central organs: "director of the Office of the Central Foreign Affairs Commission"
    # (partystate.py; before the general "director of the ...", "chairman")
    *ORGAN_TITLES,
    (
        # "Deputy Prime Minister for European and Euro-Atlantic Integration Olha Stefanishyna"
        rf"(?:first\s+)?deputy\s+prime\s+ministers?(?:\s+for\s+{_FIELD})?|vice[-\s]premiers?|"
        # Germany's and Austria's "Vice-Chancellor" (the spaced form: a deputy's prefix, _accept)
        r"vice-chancellors?|"
        r"deputy\s+premiers?",
        "DeputyHeadOfGovernment",
    ),
    (
        # Spain's "Vice-President of the Government", Italy's "Vice-President of the Council of
        # Ministers": its deputy prime ministers
        r"(?:vice[-\s]|deputy\s+)presidents?(?:\s+of\s+the\s+(?:government|council\s+of\s+"
        r"ministers)(?![\s-]+(?:of\s+the\s+(?:European|EU\b|Union\s+State)|delegation)))?"
        r"(?!\s+of\s+the\s+(?:European|World|Asian))|"
        # Russia's "Deputy Head of the Government" (a deputy prime minister)
        r"(?:first\s+)?deputy\s+heads?\s+of\s+(?:the\s+)?government|"
        # Ireland's deputy prime minister
        r"t(?:á|a)naiste",
        "DeputyHeadOfGovernment",
    ),
    (
        r"(?:first\s+)?(?:deputy|vice)\s+(?:foreign\s+ministers?|ministers?\s+(?:of|for)\s+foreign\s+affairs|"
        r"secretary\s+of\s+state|foreign\s+secretary)",
        "DeputyMinister",
    ),
    (rf"under\s*secretary(?:\s+of\s+(?:state|{_FIELD}))?(?:\s+for\s+{_FIELD})?", "DeputyMinister"),
    # "Deputy Secretary of the Interior" (not a person named "Interior")
    (
        rf"deputy\s+secretary(?:\s+of\s+(?:(?:the\s+)?{_US_DEPARTMENTS}|(?-i:[A-Z][a-z]+)))?",
        "DeputyMinister",
    ),
    (rf"(?:first\s+)?deputy\s+ministers?(?:\s+(?:of|for)\s+{_FIELD})?", "DeputyMinister"),
    (
        # junior ministers: India's and Britain's "Minister of State for External Affairs",
        # Japan's "Parliamentary Vice-Minister for Foreign Affairs" (not China's "Minister of
        # State Security", a minister; Japan's "State Minister": _accept)
        r"ministers?\s+of\s+state(?!\s+(?:security|property|administration|affairs|owned|and\s+foreign))"
        rf"(?:\s+(?:for|at)\s+(?:the\s+)?{_FIELD})?|"
        rf"parliamentary\s+vice[-\s]ministers?(?:\s+(?:of|for)\s+{_FIELD})?",
        "DeputyMinister",
    ),
    (r"(?:deputy\s+)?national\s+security\s+advis[eo]rs?", "NationalSecurityAdvisor"),
    # ("UK PM Rishi Sunak": capitals only, see _accept)
    (
        r"prime\s+ministers?|premiers?|chancellors?|PM|"
        # national styles of a head of government: Ireland's Taoiseach, Spain's "President of the
        # Government", Italy's "President of the Council of Ministers", Bosnia and Herzegovina's
        # "Chairman of the Council of Ministers" (not the EU's or the Union State's council);
        # Kyrgyzstan's, Turkmenistan's "Chairman of the Cabinet of Ministers"; Russia's "Chairman
        # of the Government"
        r"taoiseach|(?:president|chairman)\s+of\s+the\s+government|"
        # India's "Pradhan Mantri Shri Narendra Modi" in a PIB release (before an honorific
        # only: "Pradhan Mantri Awas Yojana" is a scheme; NATIONAL_TITLES)
        rf"pradhan\s+mantri{_INDIAN_HONORIFIC_AFTER}|"
        r"(?:president|chairman|chair)\s+of\s+the\s+"
        r"(?:council|cabinet)\s+of\s+ministers(?!\s+of\s+the\s+(?:European|EU\b|Union\s+State))",
        "HeadOfGovernment",
    ),
    (
        # ("Minister of Foreign Affairs and External Trade Mark Ati": the field, not the name)
        # (Canada's "Foreign Affairs Minister Mélanie Joly", not a minister of any portfolio)
        rf"foreign\s+ministers?|foreign\s+affairs(?:\s+and\s+trade)?\s+ministers?|"
        # Algeria's "Minister of Foreign Affairs and the National Community Abroad", Senegal's
        # "... and Senegalese Abroad", Tunisia's "..., Migration and Tunisians Abroad", Egypt's
        # "... and Egyptian Expatriates", Morocco's "..., African Cooperation and Moroccan
        # Expatriates": the citizens abroad the ministry also serves
        r"ministers?\s+(?:of|for)\s+foreign\s+affairs(?:,\s+[a-z]+(?:\s+[a-z]+)?)?,?\s+and\s+"
        r"(?:the\s+)?(?:national\s+communit(?:y|ies)|[a-z]+)\s+(?:abroad|expatriates)|"
        rf"ministers?\s+(?:of|for)\s+foreign\s+affairs(?:(?:,\s+|,?\s+and\s+){_FIELD})?|"
        # France's "Minister of Europe and Foreign Affairs", Croatia's "Minister of Foreign and
        # European Affairs", Brazil's "Minister of External Relations", Austria's "Federal
        # Minister for European and International Affairs"
        r"ministers?\s+(?:of|for)\s+(?:europe|european\s+affairs)\s+and\s+foreign\s+affairs|"
        r"ministers?\s+(?:of|for)\s+foreign\s+and\s+[a-z]+\s+affairs|"
        r"ministers?\s+(?:of|for)\s+(?:external|foreign)\s+relations|"
        # South Africa's "Minister of International Relations and Cooperation", Portugal's
        # "Minister of State and Foreign Affairs", Britain's "Foreign, Commonwealth and
        # Development Secretary"
        # (Botswana's "Minister of International Affairs and Cooperation")
        r"ministers?\s+(?:of|for)\s+international\s+(?:relations|affairs)\s+and\s+cooperation|"
        r"international\s+relations(?:\s+and\s+cooperation)?\s+ministers?|"
        r"ministers?\s+of\s+state\s+and\s+foreign\s+affairs|"
        r"foreign,\s+commonwealth\s+and\s+development\s+secretary|"
        r"secretary\s+of\s+state\s+for\s+foreign(?:,\s+commonwealth\s+and\s+development|\s+and\s+"
        r"commonwealth)?\s+affairs|"
        # the Holy See's foreign minister
        r"secretary\s+for\s+relations\s+with\s+states|"
        r"(?:federal\s+)?ministers?\s+for\s+european\s+and\s+international\s+affairs|"
        r"secretary\s+of\s+state|foreign\s+secretary|ministers?\s+of\s+external\s+affairs|"
        # India's "Videsh Mantri Dr. S. Jaishankar" (NATIONAL_TITLES)
        rf"videsh\s+mantri{_INDIAN_HONORIFIC_AFTER}|"
        # "Cabinet Secretary for Foreign and Diaspora Affairs" (Kenya)
        r"(?:cabinet\s+)?secretary\s+(?:of|for)\s+foreign\s+(?:and\s+\w+\s+)?(?:affairs|relations)|"
        # the portfolio before the title: Kenya's "Foreign Affairs Cabinet Secretary", the
        # Philippines' "Foreign Affairs Secretary"
        r"foreign\s+affairs\s+(?:cabinet\s+)?secretary|"
        r"external\s+affairs\s+ministers?|high\s+representative\s+for\s+(?:the\s+)?common\s+foreign\s+and\s+"
        r"security\s+policy|"
        # the EU's foreign minister since 2009, in full
        r"high\s+representative\s+(?:of\s+the\s+(?:European\s+)?Union\s+)?for\s+foreign\s+affairs\s+"
        r"and\s+security\s+policy|foreign\s+policy\s+chief|top\s+diplomat|FM|EAM|"
        # BelTA's and TASS's "the head of the Belarusian Foreign Ministry", "the head of Russian
        # diplomacy"
        r"head\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]+\s+){0,2}(?:foreign\s+ministry|ministry\s+of\s+"
        r"foreign\s+affairs|diplomacy)(?!['’]s)",
        "ForeignMinister",
    ),
    # "U.S. energy envoy", "the French climate envoy": a state's envoy for a field is its
    # special envoy, not an ambassador
    (
        r"(?:energy|climate|hostage|humanitarian|nuclear|peace)\s+envoys?|"
        # "Uhuru Kenyatta, the EAC's facilitator for the peace process": an organisation's
        # mediator (after its possessive only: _accept; session 32, titles)
        r"(?:peace\s+)?facilitator(?:\s+(?:of|for)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:peace\s+)?"
        r"(?:process|talks|dialogue))?",
        "SpecialEnvoy",
    ),
    (
        # the UN's "Personal Envoy of the Secretary-General for Western Sahara", the EU's
        # "Special Representative for the Belgrade-Pristina Dialogue"
        r"(?:special|personal)\s+(?:presidential\s+)?(?:envoy|representative)s?"
        r"(?:\s+of\s+the\s+secretary-general)?(?:\s+for\s+the\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
        rf"{{0,3}}\s+(?:Dialogue|Peace\s+Process|Process|Talks))|\s+(?:for|to)\s+{_FIELD}|"
        # "Armenia's special representative for the process, X", "... for the normalisation
        # talks" (a process in lower case; session 43)
        r"\s+(?:for|to)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:process|talks|negotiations|dialogue)\b)?",
        "SpecialEnvoy",
    ),
    # the AU's "High Representative for the Horn of Africa", "... for Silencing the Guns": an
    # organisation's envoy for a region or a cause (the EU's foreign policy chief is matched first)
    (
        r"high\s+representatives?\s+for\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)"
        r"{0,3})",
        "SpecialEnvoy",
    ),
    (
        r"(?:deputy\s+|alternate\s+)?permanent\s+(?:representatives?|observers?)|"
        r"ambassadors?(?:-at-large|\s+extraordinary\s+and\s+plenipotentiary)?|envoys?|"
        # a Commonwealth state's envoy in another ("the Indian High Commissioner"; not the UN's
        # "High Commissioner for Refugees")
        r"high\s+commissioners?(?!\s+(?:for|of)\b)|"
        r"charg[ée]s?\s+d['’]affaires",
        "Ambassador",
    ),
    (
        rf"(?:(?:acting|deputy|principal\s+deputy)\s+)?assistant\s+secretar(?:y|ies)"
        r"(?:\s+of\s+(?:state|defen[cs]e|the\s+treasury|commerce|energy|homeland\s+security))?"
        rf"(?:\s+for\s+{_FIELD})?|senior\s+(?:director|official|advis[eo]r)(?:\s+for\s+{_FIELD})?|"
        # the UAE's and Australia's "Assistant Minister for Economic and Trade Affairs"
        rf"assistant\s+ministers?(?:\s+(?:of|for)\s+{_FIELD})?|"
        rf"deputy\s+chief\s+of\s+mission|deputy\s+chief\s+of\s+staff(?:\s+of\s+{_FIELD})?|"
        rf"chief\s+of\s+staff|(?:presidential|special|senior)\s+aide(?:\s+to\s+the\s+{_FIELD})?|"
        rf"aide\s+to\s+the\s+{_FIELD}|political\s+director|"
        # "Speaker of the Knesset"; a parliament's chairman ("Chairman of the National Assembly
        # of Vietnam Vuong Dinh Hue", "Chairman of the State Duma"), not another body's
        rf"(?:speaker|(?:chairman|chairwoman|chairperson){_OF_A_LEGISLATURE})"
        rf"(?:\s+of\s+the\s+{_FIELD}(?:\s+of\s+(?:the\s+)?{_FIELD})?)?|"
        r"deputy\s+(?:central\s+bank\s+)?governor(?:\s+of\s+the\s+central\s+bank)?|counselor|"
        # "Secretary of Iran's Supreme National Security Council", "Secretary of the Russian
        # Security Council", "Iran's top security official" (not the UN Security Council's)
        rf"{SECURITY_COUNCIL_SECRETARY}|top\s+security\s+official|"
        # "Kremlin aide Yury Ushakov" (lower case only before a full name: _accept)
        r"aide|"
        # the White House's "Indo-Pacific Coordinator Kurt Campbell", "Coordinator for
        # Counterterrorism"
        rf"(?:indo-pacific\s+)?coordinator(?:\s+for\s+(?:the\s+)?{_FIELD})?|"
        # an organisation's commissioner: "ECOWAS Commissioner for Infrastructure" (a High
        # Commissioner is a Commonwealth state's envoy)
        rf"commissioner(?<!high\scommissioner)(?:\s+(?:for|of)\s+(?:the\s+)?{_FIELD})?|"
        # the AU's "Deputy Chairperson of the (African Union) Commission" (session 36, tenure;
        # not China's "Vice Chairman of the Central Military Commission", a commander)
        r"(?:deputy|vice)[-\s]chair(?:person|man|woman)(?=\s+of\s+the\s+(?-i:(?!Central\s+Military)"
        r"(?:[A-Z][\w'’-]*\s+){0,3}Commission)\b)",
        "SeniorOfficial",
    ),
    (
        r"secretary[-\s]general|director[-\s]general|(?:honorary\s+)?chairman\s+of\s+the\s+board|"
        # "SADC Executive Secretary Elias Magosi" (session 30)
        r"executive\s+secretary|"
        # "IMF Managing Director Kristalina Georgieva"
        r"managing\s+director|"
        # "the Group Chief Executive Officer of Nigeria's NNPC" (a state's company only: people.py)
        r"(?:group\s+)?chief\s+executive(?:\s+officer)?|"
        # "General Secretary of the Communist Party of Vietnam Central Committee", "General
        # Secretary of the Central Committee of the Communist Party of Vietnam"
        r"general\s+secretary(?:\s+of\s+the\s+(?:Central\s+Committee\s+of\s+the\s+)?"
        r"(?:[A-Z][\w'’-]*\s+){0,3}Party(?:\s+of\s+(?:the\s+)?"
        r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)?(?:\s+Central\s+Committee)?)?",
        "HeadOfOrganization",
    ),
    (
        r"(?:vice\s+chairman|chief)\s+of\s+the\s+(?:general\s+staff|central\s+military\s+commission|"
        r"joint\s+chiefs\s+of\s+staff)|commander-in-chief|chief\s+of\s+(?:the\s+)?general\s+staff|"
        # the U.S. "Chairman of the Joint Chiefs of Staff"; "Pakistan's army chief", "Indian Army
        # Chief General Manoj Pande" (lower case before a rank and name only: _accept)
        # ("Charles Q. Brown, chairman of the U.S. Joint Chiefs of Staff": session 42)
        r"chairman\s+of\s+the\s+(?:U\.S\.\s+|US\s+)?joint\s+chiefs\s+of\s+staff|"
        r"(?:army|navy|naval|air\s+force|military)\s+chief(?:\s+of\s+(?:the\s+)?staff)?|"
        # "Ukrainian armed forces commander Oleksandr Syrskyi"
        r"(?:armed\s+forces|army|military)\s+commander|armed\s+forces\s+chief|"
        # "Commander of Land Forces of the Uganda People's Defence Force", "the commander of
        # Uganda's land forces"
        r"commander\s+of\s+(?:the\s+)?(?:land|ground|air|naval|armed|special\s+operations)\s+forces|"
        # "General X, commander of the Sudanese Armed Forces,", "the Commander of the Nigerian
        # Army" (a state's demonym, capitalised, before its forces: session 42)
        rf"{_DEMONYM_FORCES_COMMANDER}|"
        r"defen[cs]e\s+chief|"
        # the Commonwealth's and South Asia's staff titles: "Pakistan's Chief of Army Staff",
        # "Chief of the Defence Staff", "Chief of Air Staff", "Chief of Naval Staff", Kenya's
        # "Chief of Defence Forces" (session 32, titles)
        r"chief\s+of\s+(?:the\s+)?(?:army|naval|navy|air|defen[cs]e)\s+staff|"
        r"chief\s+of\s+(?:the\s+)?defen[cs]e\s+forces?|"
        # Sweden's and Finland's "(Deputy) Supreme Commander of the Swedish Armed Forces": the
        # deputy commands too (not the deputy's SeniorOfficial of "Deputy Chief of the General
        # Staff", a staff post)
        r"(?:deputy\s+)?supreme\s+commander\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+)?armed\s+forces|"
        # "the Polish army's chief of staff, Gen. X" (lower case before a rank and name only)
        r"(?:army|navy|air\s+force|military)['’]s\s+chief\s+of\s+(?:the\s+)?(?:general\s+)?staff",
        "MilitaryCommander",
    ),
    (
        # "Head of State Kassym-Jomart Tokayev" (Kazakhstan's usage); never the plural "heads of
        # state" (a group, facts._group_tenures)
        # the DPRK's "Chairman of the State Affairs Commission", "President of the State Affairs"
        r"(?:chairman|president)\s+of\s+(?:the\s+)?state\s+affairs(?:\s+commission)?|"
        # the Kremlin's "Chairman of the National Council for the Safeguard of the Homeland of the
        # Republic of Niger", "President of the Transition of the Republic of Mali": a junta's or
        # transitional body's head, the state's
        rf"{_TRANSITIONAL_HEAD}|"
        # Sudan's "Chairman of the Transitional Sovereignty Council" (its head of state since
        # 2019, NATIONAL_TITLES)
        r"(?:chairman|president|head)\s+of\s+(?:the\s+)?(?:transitional\s+)?sovereign(?:ty)?\s+"
        r"council|"
        # Saudi Arabia's king, styled "Custodian of the Two Holy Mosques" (NATIONAL_TITLES)
        r"custodian\s+of\s+the\s+two\s+holy\s+mosques|"
        # Libya's "Chairman of the Presidential Council", Yemen's "Chairman of the Presidential
        # Leadership Council"
        r"(?:chairman|president|head)\s+of\s+the\s+presidential(?:\s+leadership)?\s+council|"
        # France's "President of the Republic" (not "of the Republic of ...", a state's name)
        r"presidents?\s+of\s+the\s+republic(?!\s+of\b)|"
        # Iran's "Supreme Leader of the Islamic Revolution" (NATIONAL_TITLES)
        r"supreme\s+leader\s+of\s+the\s+islamic\s+revolution|"
        # Brunei's "Sultan and Yang Di-Pertuan of Brunei Darussalam", Malaysia's king, "the Yang
        # di-Pertuan Agong" (NATIONAL_TITLES)
        r"sultan\s+and\s+yang\s+di-pertuan|yang\s+di-pertuan\s+agong|"
        r"presidents?|kings?|queens?|emirs?|amirs?|sultans?|supreme\s+leaders?|"
        # Japan's Emperor, Luxembourg's Grand Duke, San Marino's two Captains Regent
        r"emperors?|grand\s+dukes?|captains?\s+regents?|"
        # India's "Rashtrapati Smt. Droupadi Murmu" (not "Rashtrapati Bhavan", her palace;
        # NATIONAL_TITLES)
        rf"rashtrapati{_INDIAN_HONORIFIC_AFTER}|"
        rf"head\s+of\s+state{_NO_BODY_AFTER}",
        "HeadOfState",
    ),
    (
        # "the head of the Kazakh government Alikhan Smailov" (the state inside: people.py)
        rf"head\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]+\s+){{0,2}}government{_NO_BODY_AFTER}(?!['’]s)|"
        # Myanmar's junta, its government since 2021: "Chairman of the State Administration
        # Council" (NATIONAL_TITLES; not the head of an organisation "State Administration")
        r"chairman\s+of\s+the\s+state\s+administration\s+council",
        "HeadOfGovernment",
    ),
    (
        rf"ministers?-in-charge(?:\s+of\s+{_FIELD})?|ministers?(?:\s+(?:of|for)\s+{_FIELD})?|"
        # "Japan's Chief Cabinet Secretary Hirokazu Matsuno"; Kenya's Prime Cabinet Secretary and
        # Cabinet Secretaries (its ministers)
        r"chief\s+cabinet\s+secretary|prime\s+cabinet\s+secretary|"
        # India's "Raksha Mantri Shri Rajnath Singh", its defence minister (NATIONAL_TITLES)
        rf"raksha\s+mantri{_INDIAN_HONORIFIC_AFTER}|"
        rf"cabinet\s+secretary\s+(?:of|for)\s+{_FIELD}|"
        # ("Defence Cabinet Secretary Aden Duale")
        rf"{_PORTFOLIOS}\s+cabinet\s+secretary|"
        rf"{_PORTFOLIOS}\s+ministers?|"
        rf"secretary\s+of\s+(?:the\s+)?{_US_DEPARTMENTS}|"
        # the Philippines' department secretaries ("Secretary of National Defense Gilberto
        # Teodoro", "Secretary of Trade and Industry"), the other states styled so
        r"secretary\s+of\s+(?:national\s+)?(?:defen[cs]e|finance|trade\s+and\s+industry|"
        r"agriculture|health|justice|tourism|budget\s+and\s+management|labou?r\s+and\s+employment|"
        r"interior\s+and\s+local\s+government|environment\s+and\s+natural\s+resources|"
        r"public\s+works\s+and\s+highways|social\s+welfare\s+and\s+development|"
        r"science\s+and\s+technology|information\s+and\s+communications\s+technology|"
        r"migrant\s+workers|economy,\s+planning\s+and\s+development)|"
        # (Britain's "Home Secretary" a minister; South Asia's a civil servant: people.py)
        r"(?:treasury|commerce|defen[cs]e|energy|home)\s+secretary|(?:united\s+states\s+|u\.s\.\s+)?trade\s+representative",
        "Minister",
    ),
    # "the head of the World Food Programme, Cindy McCain": an organisation's head, the
    # organisation's capitalised name after "of" (lower case only, before or after an apposed
    # name: _accept; a state's body is no organisation: people.py)
    (r"(?-i:head|chief)(?=\s+of\s+the\s+(?-i:[A-Z]))", "HeadOfOrganization"),
    (
        rf"administrator|(?:director|head)\s+of\s+the\s+{_FIELD}|director|governor\s+of\s+the\s+central\s+bank",
        "HeadOfAgency",
    ),
    (r"(?:spy|intelligence|police)\s+chief", "HeadOfAgency"),
    # "the heads of the two countries' border services, A of Kyrgyzstan and B of Tajikistan"
    # (a Tenure each only with each one's state: people.py; session 29)
    (
        r"(?:heads|chiefs)\s+of\s+(?:the\s+two\s+countries['’]|their(?:\s+respective)?)\s+"
        r"(?:[a-z-]+\s+){0,2}?(?:services|agencies|committees|bureaus)(?=,)",
        "HeadOfAgency",
    ),
    # "NATO chief Jens Stoltenberg", "EU foreign policy chief Josep Borrell"
    (
        r"(?:aid\s+|nuclear\s+|atomic\s+|trade\s+|rights\s+|refugee\s+)?"
        r"chief(?!\s+(?:of|executive|negotiator|economist|justice|minister|prosecutor|guest))",
        "HeadOfOrganization",
    ),
    (r"spokes(?:person|man|woman)", "Spokesperson"),
    # the OSCE's "Chairman-in-Office Bujar Osmani"
    (r"(?:honorary\s+)?(?:chairman|chairwoman|chairperson)(?:-in-office)?", "HeadOfOrganization"),
    (r"secretary", "Secretary"),
    # "High Representative Josep Borrell": which office, the holder's KB titles tell
    (r"high\s+representative", "Secretary"),
    # "his Indonesian colleague" (with a demonym only: see _accept)
    (r"counterparts?|opposite\s+numbers?|colleague", "Counterpart"),
)
# Titles whose words are also ordinary nouns: only accepted capitalised.
_NEEDS_CAPITAL = frozenset(
    {
        "HeadOfAgency",
        "HeadOfOrganization",
        "Spokesperson",
        "MilitaryCommander",
        "Secretary",
        "SeniorOfficial",
        "Ambassador",
    }
)

_ROLES = tuple(role for _, role in _TITLES)
_ALL = re.compile(
    (
        r"(?<![A-Za-z])(?P<acting>(?:acting|interim|caretaker|former|then|late|outgoing|incoming|honorary|"
        # "Italy's new Prime Minister Giorgia Meloni"
        r"first|new|newly[\s-]+(?:appointed|elected))\s+|"
        # "then-Foreign Minister Mevlut Cavusoglu": the whole title, not its last word
        r"then-)?(?:"
        + "|".join(f"(?P<r{i}>{pat})" for i, (pat, _) in enumerate(_TITLES))
        + r")(?![A-Za-z-])"
    )
    # the long word lists as one alternative per first letter (_by_first_letter); the plain
    # lists stay in _TITLES, whose first words _first_words reads
    .replace(_FIELD_WORD, _by_first_letter(_FIELD_WORD))
    .replace(_PORTFOLIO, _by_first_letter(_PORTFOLIO)),
    re.IGNORECASE,
)

#: Title words that mark a former or future office, or one its holder was removed from ("ousted
#: President", "the coup that toppled President ..."): no Tenure for them.
NOT_CURRENT = re.compile(
    # ("elect" as a title's word, not the verb: "expected to elect Mauritania's President X as
    # first vice-chair" names his current office; session 30, people)
    r"\b(?:former|ex-|then|late|incoming|future|designate|-elect|"
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!\bcan\s)elect|"
    # "the country's first / founding Prime Minister, X": the office's first holder, long gone
    r"(?:first|founding)\s+(?:president|prime\s+minister|premier|chancellor|king|queen|emperor|"
    r"head\s+of\s+state|secretary[\s-]general)|"
    r"ousted|deposed|toppled|overthrown|overthrew)\b",
    re.IGNORECASE,
)


#: The kinds of a state's top office, by the words of its title, the most specific first: a
#: post of one kind is not the office a title of another kind names ("Spanish President" is no
#: "Monarch of Spain", "Governor-General" no "monarch of Australia").
_LEADER_KINDS = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "premier",
            r"\b(?:prime\s+minister|premier|chancellor|taoiseach|PM|head\s+of\s+(?:the\s+)?"
            r"government|(?:president|chairman)\s+of\s+the\s+government|"
            r"(?:president|chairman|chair)\s+of\s+the\s+"
            r"(?:council|cabinet)\s+of\s+ministers)\b",
        ),
        ("governor", r"\bgovernor[-\s]general\b"),
        ("leader", r"\bsupreme\s+leader\b"),
        (
            "monarch",
            r"\b(?:kings?|queens?|monarchs?|emperors?|empress|sultans?|emirs?|amirs?|grand\s+dukes?|"
            r"(?:co-)?princes?|druk\s+gyalpo|ngwenyama|yang\s+di-pertuan\s+agong)\b",
        ),
        ("president", r"\b(?:presidents?|captains?\s+regents?|chairman|head\s+of\s+state)\b"),
    )
)


def leader_kind(label: str) -> str | None:
    """The kind of top office a title or post label names ("premier", "monarch", "president",
    "leader", "governor"), None for another office.

    >>> leader_kind("Spanish President of the Government"), leader_kind("Monarch of Spain")
    ('premier', 'monarch')
    """
    for kind, pattern in _LEADER_KINDS:
        if pattern.search(label):
            return kind
    return None


def fits_post(title: str, post_label: str) -> bool:
    """Whether a title can name a post of its role: not when both name top offices of
    different kinds (a King is the "Monarch of Spain"; a "Spanish President" is not)."""
    kinds = leader_kind(title), leader_kind(post_label)
    return None in kinds or kinds[0] == kinds[1]


#: Titles that only one state's offices have (folded as :func:`fold` does: lower case, no
#: accents), and that state: Ireland's Taoiseach and Tánaiste, San Marino's Captains Regent,
#: Luxembourg's Grand Duke, Britain's foreign secretary in full.
NATIONAL_TITLES = {
    "taoiseach": "Q27",
    "tanaiste": "Q27",
    "captain regent": "Q238",
    "captains regent": "Q238",
    "grand duke": "Q32",
    "chairman of the transitional sovereignty council": "Q1049",
    "chairman of the sovereignty council": "Q1049",
    "chairman of the sovereign council": "Q1049",
    "chairman of the transitional sovereign council": "Q1049",
    "president of the transitional sovereignty council": "Q1049",
    "president of the sovereignty council": "Q1049",
    "head of the transitional sovereignty council": "Q1049",
    "head of the sovereignty council": "Q1049",
    "custodian of the two holy mosques": "Q851",
    "yang di-pertuan agong": "Q833",
    "supreme leader of the islamic revolution": "Q794",
    "secretary of state for foreign affairs": "Q145",
    "secretary of state for foreign and commonwealth affairs": "Q145",
    "secretary of state for foreign, commonwealth and development affairs": "Q145",
    "foreign, commonwealth and development secretary": "Q145",
    # France's foreign minister's style since 2017 (session 37)
    "minister for europe and foreign affairs": "Q142",
    "minister of europe and foreign affairs": "Q142",
    # India's Hindi titles in the Press Information Bureau's English releases (session 32)
    "raksha mantri": "Q668",
    "videsh mantri": "Q668",
    "pradhan mantri": "Q668",
    "rashtrapati": "Q668",
    # Myanmar's junta's head (session 42)
    "chairman of the state administration council": "Q836",
    # the U.S. military's highest officer (session 42)
    "chairman of the joint chiefs of staff": "Q30",
    "chairman of the u.s. joint chiefs of staff": "Q30",
    "chairman of the us joint chiefs of staff": "Q30",
}


#: States whose foreign minister the press calls "Chancellor" (Spanish and Portuguese
#: "canciller", "chanceler"): the Spanish- and Portuguese-speaking states of Latin America.
CHANCELLOR_FOREIGN_MINISTER = frozenset(
    "Q414 Q750 Q155 Q298 Q739 Q800 Q241 Q786 Q736 Q774 Q783 Q96 Q811 Q804 Q419 Q733 Q792 Q77 "
    "Q717".split()
)
_BARE_CHANCELLOR = re.compile(r"(?:the\s+)?(?:[\w'’]+\s+)?chancellor", re.IGNORECASE)


def chancellor_foreign_minister(label: str, state: str | None) -> bool:
    """Whether a head of government's title is a Latin American state's "Chancellor", its
    foreign minister ("Mexican Chancellor Marcelo Ebrard"), not a "Federal Chancellor"."""
    return (
        state in CHANCELLOR_FOREIGN_MINISTER
        and _BARE_CHANCELLOR.fullmatch(label) is not None
        and "federal" not in label.lower()
    )


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title at ``begin`` (relative to the string searched) and its role concept."""

    begin: int
    end: int
    text: str
    role: str


# "the heads of the two countries' border services": plural heads of agencies, in lower case
_AGENCY_HEADS = re.compile(r"(?:heads|chiefs)\s+of\s+(?:the\s+two|their)\b")
# "re-elected Tedros Adhanom Ghebreyesus as director-general", "confirmed Avril Haines as
# director of national intelligence": a lower-case title an appointment gives a full name
# (session 36, tenure)
_APPOINTED_AS_BEFORE = re.compile(
    r"\b(?:appointed|named|(?:re-?)?elected|reappointed|confirmed|approved|installed|sworn\s+in|"
    r"succeed|succeeded|succeeds|replaced|replaces|returned)\s+"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,5}(?:of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4})?"
    r"as\s+(?:the\s+)?(?:new\s+)?$"
)


def _accept(m: re.Match[str]) -> TitleMatch | None:
    # the title's group r<i> encloses no other group and closes last: it is the last group
    group = m.lastgroup
    if group is None or not group.startswith("r"):
        return None
    role = _ROLES[int(group[1:])]
    words = m.group(group)
    if _A_REGIONS_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return None  # "Iraqi Kurdistan region's prime minister": a region's, no state's office
    if (
        role in _NEEDS_CAPITAL
        and not words[:1].isupper()
        and not _A_STATES_COUNCIL_SECRETARY.fullmatch(words)
        and not _AGENCY_HEADS.match(words)
        and not (
            role in {"HeadOfOrganization", "HeadOfAgency", "SeniorOfficial"}
            and _APPOINTED_AS_BEFORE.search(m.string, max(0, m.start() - 120), m.start())
        )
        and not _accredited(role, m)
        and not _after_acronym(words, m)
        # "Wang Yi, director of the Office of the Central Foreign Affairs Commission,": an
        # organ of China's named in capitals after it (partystate.py)
        and not china_organ_title(words)
        # "Charles Q. Brown, chairman of the U.S. Joint Chiefs of Staff," (session 42)
        and not _JOINT_CHIEFS_CHAIR.fullmatch(words)
        # "General X, commander of the Sudanese Armed Forces," (session 42)
        and not _FORCES_COMMANDER.fullmatch(words)
        # "The ambassador said ...", "The secretary urged ...": opening the sentence, the
        # ambassador or secretary named before (not "summoned the ambassador", someone the
        # article may never name; the bare title's holder is resolved as a capitalised one's)
        and not (
            (role == "Ambassador" or (role == "Secretary" and words.lower() == "secretary"))
            and _THE_OPENING.fullmatch(m.string, 0, m.start())
        )
        and not (
            (role == "Spokesperson" or words.lower() == "aide" or _council_secretary(words, m))
            and _FULL_NAME_AFTER.match(m.string, m.end())
        )
        # "A Chinese foreign ministry spokesman, Lin Jian, urged ...", "Zabihullah Mujahid, the
        # Taliban's chief spokesman, said ...": a full name apposed after or before it (session
        # 31, spokespersons)
        and not (
            role == "Spokesperson"
            and (
                _APPOSED_NAME_AFTER.match(m.string, m.end())
                # (the apposition closes after the title: not "met Xi Jinping, the spokesman
                # said")
                or (
                    m.string.startswith(",", m.end())
                    and _NAME_THEN_APPOSED.search(m.string, max(0, m.start() - 60), m.start())
                )
            )
        )
        # "Pakistan's army chief Gen. Asim Munir": a commander's rank, then the name
        and not (role == "MilitaryCommander" and _RANKED_NAME_AFTER.match(m.string, m.end()))
        and not _head_of_an_apposed_body(words, m)
        and not _current_chair_of_apposed_body(words, m)
        # "Russia's ambassador, Andrei Kelin,", "the Russian foreign minister, Sergei Lavrov": a
        # lower-case title of a state, then the holder's full name
        and not (
            _OF_A_STATE_BEFORE.search(m.string, 0, m.start())
            and _NAME_APPOSITION.match(m.string, m.end())
        )
        # "asked Paris to replace its ambassador, Luc Hallade,": the envoy of the state "its"
        # stands for, then the holder's full name
        and not (
            role == "Ambassador"
            and _ITS_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
            and m.string.startswith(",", m.end())
            and _NAME_APPOSITION.match(m.string, m.end())
        )
        # "received the ambassador of the Federal Republic of Germany, Jan-Christian Kricke": a
        # state's envoy, then the holder's full name apposed
        and not (role == "Ambassador" and _OF_A_STATE_THEN_NAME.match(m.string, m.end()))
        # "Russia's U.N. envoy Vassily Nebenzia", "Russia's deputy UN envoy, Dmitry Polyanskiy":
        # a state's envoy to the UN, then the holder's full name
        and not (
            role == "Ambassador"
            and _STATES_UN_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
            and _NAME_APPOSITION.match(m.string, m.end())
        )
        and not _us_envoy(role, words, m)
    ):
        return None
    if _us_envoy(role, words, m):
        # "US envoy Amos Hochstein": Washington's special envoy, accredited nowhere (session 37)
        return TitleMatch(m.start(), m.end(), m.group(0), "SpecialEnvoy")
    if words.lower().startswith(("facilitator", "peace facilitator")) and not (
        _ORGS_POSSESSIVE_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    ):
        return None  # ("acted as facilitator", "the facilitator of the talks")
    if words.lower() in {"fm", "eam", "pm"} and not words.isupper():
        return None
    if words.lower() == "colleague" and not _OWNED_DEMONYM_BEFORE.search(
        m.string, max(0, m.start() - 40), m.start()
    ):
        return None  # ("my colleague Secretary Austin": of one's own government)
    if words == "PM" and (
        _DIGIT_BEFORE.search(m.string, max(0, m.start() - 3), m.start())
        or m.string[m.end() : m.end() + 1].isdigit()
    ):
        return None  # "at 3 PM", "PM2.5"
    deputy = (
        _DEPUTY_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
        if m.group("acting") is None and role in _DEPUTY_OF
        else None
    )
    if deputy is not None:
        # "Deputy Chief of the General Staff", "Vice President of the European Commission",
        # "Deputy Defence Minister", "Vice Chancellor": the deputy, never the head
        begin = deputy.start()
        return TitleMatch(begin, m.end(), m.string[begin : m.end()], _DEPUTY_OF[role])
    if (
        role in {"ForeignMinister", "Minister"}
        and m.group("acting") is None
        and _STATE_BEFORE.search(m.string, max(0, m.start() - 7), m.start())
    ):
        # Japan's "State Minister for Foreign Affairs": a junior minister
        begin = m.start() - 6
        return TitleMatch(begin, m.end(), m.string[begin : m.end()], "DeputyMinister")
    if role == "HeadOfState" and m.group("acting") is None and words.lower() == "president":
        # Vietnam's "State President", Germany's and Austria's "Federal President"
        head = _HEAD_OF_STATE_BEFORE.search(m.string, max(0, m.start() - 9), m.start())
        if head is not None:
            return TitleMatch(head.start(), m.end(), m.string[head.start() : m.end()], role)
    if (
        role == "HeadOfGovernment"
        and words.lower() == "chancellor"
        and m.string.endswith("Federal ", max(0, m.start() - 8), m.start())
    ):
        # Germany's and Austria's "Federal Chancellor"
        return TitleMatch(m.start() - 8, m.end(), m.string[m.start() - 8 : m.end()], role)
    if (
        role in {"ForeignMinister", "Minister", "DeputyMinister"}
        and m.group("acting") is None
        and _FEDERAL_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    ):
        # "German Federal Minister of Defence", "the Federal Foreign Minister": the state's own
        return TitleMatch(m.start() - 8, m.end(), m.string[m.start() - 8 : m.end()], role)
    return TitleMatch(m.start(), m.end(), m.group(0), role)


# ... in lower case: only with the state's or the council's name in capitals
_A_STATES_COUNCIL_SECRETARY = re.compile(
    r"secretary\s+of\s+(?:the\s+)?(?!(?:UN|U\.N\.|United\s+Nations)\s)(?:[A-Z][\w’'.-]+\s+){1,3}"
    r"Security(?:\s+and\s+Defen[cs]e)?\s+Council"
)
_STATE_BEFORE = re.compile(r"(?<![A-Za-z])State $")
_FORCES_COMMANDER = re.compile(_DEMONYM_FORCES_COMMANDER, re.IGNORECASE)
# the U.S. "chairman of the Joint Chiefs of Staff" in lower case, the body's name in capitals
_JOINT_CHIEFS_CHAIR = re.compile(
    r"chairman\s+of\s+the\s+(?:U\.S\.\s+|US\s+)?Joint\s+Chiefs\s+of\s+Staff"
)
# "the EAC's facilitator", "the AU's peace facilitator": an organisation's acronym's possessive
_ORGS_POSSESSIVE_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,6}['’]s\s+$")
# "his Indonesian colleague", "Putin's Lao colleague": a colleague of another state
_OWNED_DEMONYM_BEFORE = re.compile(r"(?:\b(?:his|her|their)|\w['’]s)\s+[A-Z][a-z]+\s+$")
_FEDERAL_BEFORE = re.compile(r"(?<![A-Za-z])Federal $")
_HEAD_OF_STATE_BEFORE = re.compile(r"(?<![A-Za-z])(?:State|Federal) $")
_THE_OPENING = re.compile(r"[\s\"“]*The\s+")
_DEPUTY_BEFORE = re.compile(r"(?<![A-Za-z])(?:First\s+)?(?:Deputy|Vice)[-\s]+$", re.IGNORECASE)
#: the office of a deputy of each head the title patterns name alone
_DEPUTY_OF = {
    "HeadOfGovernment": "DeputyHeadOfGovernment",
    "ForeignMinister": "DeputyMinister",
    "Minister": "DeputyMinister",
    "HeadOfState": "SeniorOfficial",
    "HeadOfOrganization": "SeniorOfficial",
    "HeadOfAgency": "SeniorOfficial",
    "MilitaryCommander": "SeniorOfficial",
    "SeniorOfficial": "SeniorOfficial",
}
# "ambassador to the United States", "ambassador in Moscow", "ambassador of the United States
# to Russia"
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_TO_A_NAME = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,4})?(?:to|in(?!\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b))\s+(?:the\s+)?[A-Z]"
)
# a demonym: most end so ("Russian", "Chinese", "Polish", "Israeli", "Baltic"), a few do not
_OF_A_STATE_BEFORE = re.compile(
    r"(?:[A-Z][\w.]*['’]s?|\b[A-Z][a-z]+(?:an|ese|ish|i|ic)|\b(?:French|Dutch|Swiss|Greek|Czech|"
    r"Kazakh|Uzbek|Kyrgyz|Tajik|Turkmen|Filipino|Argentine|Malagasy|Welsh|Lao|Thai))\s+$"
)
_ITS_BEFORE = re.compile(r"(?<![\w'’-])its\s+$")
_OF_A_STATE_THEN_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){0,4}[A-Z][\w'’.-]*,\s+"
    r"[A-Z][a-z]+(?:[\s-]+[A-Z][a-z’'-]+)+\s*[,;.]"
)
_STATES_UN_BEFORE = re.compile(
    r"(?:[A-Z][\w.]*['’]s?|\b[A-Z][a-z]+(?:an|ese|ish|i|ic)|\b(?:French|Dutch|Swiss|Greek|Czech|"
    r"Kazakh|Uzbek|Kyrgyz|Tajik|Turkmen|Filipino|Argentine))\s+(?:deputy\s+)?(?:U\.N\.|UN)\s+$"
)
# a name's words: a capital, then lower-case letters (accented ones too: "Joël", "Lipavský")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_NAME_APPOSITION = re.compile(
    rf",?\s+[{_UPPER}][{_LOWER}]+(?:\s+[A-Z]\.)?(?:\s+[{_UPPER}][{_LOWER}’'-]+)+"
)
_RANKED_NAME_AFTER = re.compile(
    # (apposed too: "the Polish army's chief of staff, Gen. X,")
    r",?\s+(?:Gen\.|General|Adm\.|Admiral|(?:Air\s+Chief|Field|Air)\s+Marshal|Lt\.?\s+Gen\.|"
    r"Lieutenant\s+General)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+)+"
)
# "Kremlin spokesman Dmitry Peskov": a lower-case title right before a full name is a title
_FULL_NAME_AFTER = re.compile(rf"\s+[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}’'-]+)+")
# a full name between commas right after a title, or before its apposition's article
_APPOSED_NAME_AFTER = re.compile(rf",\s+[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}’'-]+)+\s*,")
_NAME_THEN_APPOSED = re.compile(
    rf"[{_UPPER}][{_LOWER}]+\s+[{_UPPER}][{_LOWER}’'-]+,\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}$"
)


# "US envoy", "U.S. envoy" right before a full name accredited nowhere ("to", "in" after it)
_US_BEFORE = re.compile(r"(?<![\w.])(?:US|U\.S\.)\s+$")


def _us_envoy(role: str, words: str, m: re.Match[str]) -> bool:
    """ "US envoy Amos Hochstein": a lower-case "envoy" of the United States right before a
    full name, accredited nowhere the sentence says."""
    return (
        role == "Ambassador"
        and words == "envoy"
        and _US_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) is not None
        and _FULL_NAME_AFTER.match(m.string, m.end()) is not None
        and _TO_A_NAME.match(m.string, m.end()) is None
    )


def _accredited(role: str, m: re.Match[str]) -> bool:
    """ "Russia's ambassador to the United States", "the U.S. ambassador in Moscow": accredited
    somewhere, the lower-case word is a title (not "summoned the ambassador")."""
    return role == "Ambassador" and _TO_A_NAME.match(m.string, m.end()) is not None


# "the head of the International Energy Agency, Fatih Birol,", "Fatih Birol, the chief of the
# International Energy Agency": capitalised words of the body's name, then the comma of an apposed
# name (or the name's comma before)
_BODY_THEN_NAME = re.compile(
    r"\s+of\s+the\s+(?:(?:of|for|and|on|[A-Z][\w'’.-]*)\s+){0,7}?[A-Z][\w'’.-]*"
    r"(?:\s+\([A-Z]{2,}\))?(?P<close>,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+)+\s*[,;.]|[,;.]|\s+(?:said|says|told|warned|added)\b)"
)
_NAME_THEN_THE = re.compile(r"[A-Z][a-z’'-]+,\s+(?:the\s+)?$")
# the lower-case heads of a body read like "head of the" (session 39), of an international
# body's name only (not "the Electoral Commission", "the National Assembly")
_INTERNATIONAL_BODY_AFTER = re.compile(
    r"\s+of\s+the\s+(?!(?:[A-Z][\w'’.-]*\s+){0,5}?(?:National|Electoral|Election|Standing|State|"
    r"Supreme|People['’]s|Central|Federal|Presidential|Public|Human)\b)"
    r"(?:[A-Z][\w'’.-]*\s+){0,5}?(?:Commission|League|Union|Organi[sz]ation|Programme|Forum|"
    r"Community|Alliance|Cooperation\s+Council|Nations|Movement)\b"
)
_APPOSED_BODY_HEAD = re.compile(
    r"chair(?:man|woman|person)|(?:secretary|director)[-\s]general", re.IGNORECASE
)


def _head_of_an_apposed_body(words: str, m: re.Match[str]) -> bool:
    """A lower-case "head of the ..." or "chief of the ..." apposed to a full name, before or
    after it: a title (not "the head of the agency said"); so too an organisation's chair,
    secretary-general or director-general ("the chairperson of the AU Commission, Moussa Faki
    Mahamat,", "Ahmed Aboul Gheit, the secretary-general of the Arab League,": session 39)."""
    if words.lower() not in {"head", "chief"}:
        if not _APPOSED_BODY_HEAD.fullmatch(words):
            return False
        if not _INTERNATIONAL_BODY_AFTER.match(m.string, m.end()):
            return False  # ("Zhao Leji, chairman of the NPC Standing Committee,": a state's)
    body = _BODY_THEN_NAME.match(m.string, m.end())
    if body is None:
        return False
    if body.group("close").startswith(",") and len(body.group("close")) > 1:
        return True  # the name after
    return bool(_NAME_THEN_THE.search(m.string, max(0, m.start() - 40), m.start()))


_NAME_THEN_CURRENT = re.compile(r"[A-Z][a-z’'-]+,\s+(?:the\s+)?current\s+$")


def _current_chair_of_apposed_body(words: str, m: re.Match[str]) -> bool:
    """ "Macky Sall, current chairperson of the African Union, met ...": a lower-case chair
    held now, apposed to the name before it, of a body named in capitals."""
    if words.lower() not in {"chairperson", "chairman", "chairwoman", "chair"}:
        return False
    return bool(
        _NAME_THEN_CURRENT.search(m.string, max(0, m.start() - 40), m.start())
        and _BODY_THEN_NAME.match(m.string, m.end())
    )


# a region's or province's own office ("the Kurdistan Region's Prime Minister", "regional
# president")
_A_REGIONS_BEFORE = re.compile(
    r"\b(?:[Rr]egion|[Pp]rovince)['’]s\s+$|\b(?:[Rr]egional|[Pp]rovincial)\s+$"
)
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,}\s+$")
# an international body's capitalised name ending in its kind's word, right before "chief"
_BODY_NAME_BEFORE = re.compile(
    r"(?<![\w'’.-])(?:(?:European|African\s+Union)\s+Commission|Arab\s+League|"
    r"(?:World|International)(?:\s+[A-Z][a-z]+){0,2}\s+(?:Organi[sz]ation|Bank|Fund|Programme|Agency))"
    r"\s+$"
)
# a full name, its particles too ("Ursula von der Leyen")
_PARTICLED_NAME_AFTER = re.compile(
    r"\s+[A-Z][a-z]+(?:\s+(?:von|van|der|den|de|del|da|al|bin|el))*(?:\s+[A-Z][a-z’'-]+)+"
)
_ACRONYM_COMMISSION_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,}(?:\s+Commission)?\s+$")
# "Armenian Security Council secretary Armen Grigoryan": a state's security council, capitalised
# (not the UN's), right before a lower-case "secretary"
_A_COUNCIL_BEFORE = re.compile(
    r"(?<!UN )(?<!U\.N\. )(?<!Nations )(?:Supreme\s+)?(?:National\s+)?Security(?:\s+and\s+"
    r"Defen[cs]e)?\s+Council\s+$"
)


def _council_secretary(words: str, m: re.Match[str]) -> bool:
    """A lower-case "secretary" right after a state's "Security Council" (before a full name:
    _accept): the council's secretary, as "Russian Security Council Secretary" is."""
    return words.lower() == "secretary" and bool(
        _A_COUNCIL_BEFORE.search(m.string, max(0, m.start() - 50), m.start())
    )


def _after_acronym(words: str, m: re.Match[str]) -> bool:
    """ "NATO chief", "IAEA chief": a lower-case "chief" right after an organisation's
    abbreviation is its head."""
    if words.lower().endswith("chief"):
        return bool(_ACRONYM_BEFORE.search(m.string, max(0, m.start() - 12), m.start())) or (
            # "European Commission chief Ursula von der Leyen", "Arab League chief Ahmed Aboul
            # Gheit": a body's name in capitals, before its head's full name (session 39)
            words.lower() == "chief"
            and bool(_BODY_NAME_BEFORE.search(m.string, max(0, m.start() - 60), m.start()))
            and bool(_PARTICLED_NAME_AFTER.match(m.string, m.end()))
        )
    # "ECOWAS chairman Bola Tinubu", "AU Commission chairperson Moussa Faki Mahamat": a body's
    # chair, before its holder's full name only; so too its secretary-general or
    # director-general ("IAEA director general Rafael Grossi", "African Union Commission
    # chairman Moussa Faki", "WTO director-general Ngozi Okonjo-Iweala"; session 41: the body
    # alone was a meeting's participant)
    return (
        " ".join(words.lower().replace("-", " ").split()) in _BODY_HEAD_WORDS
        and bool(
            _ACRONYM_COMMISSION_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
            or _BODY_NAME_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
        )
        and bool(
            _FULL_NAME_AFTER.match(m.string, m.end())
            or _PARTICLED_NAME_AFTER.match(m.string, m.end())
        )
    )


# the heads of a body a lower-case title may name after the body's abbreviation or name
_BODY_HEAD_WORDS = frozenset(
    {"chairman", "chairwoman", "chairperson", "secretary general", "director general"}
)


#: Every title contains one of these (lower case): a sentence without any has no title.
_TITLE_KEYS = (
    "minist",
    "presiden",
    "secretar",
    "ambassador",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emir",
    "amir",
    "sultan",
    "envoy",
    "representative",
    "observer",  # "Permanent Observer of the State of Palestine"
    "advis",
    "aide",
    "coordinator",
    "commissioner",
    "director",
    "administrator",
    "chair",
    "speaker",
    "governor",
    "commander",
    "chief",
    "spokes",
    "counselor",
    "official",
    "fm",
    "eam",
    "charg",
    "counterpart",
    "colleague",
    "opposite",
    "head",
    "diplomat",
    "leader",  # "Supreme Leader"
    "taoiseach",
    "naiste",  # "Tánaiste", "Tanaiste"
    "emperor",
    "duke",  # "Grand Duke"
    "regent",  # "Captain Regent", "Captains Regent"
    "custodian",  # "the Custodian of the Two Holy Mosques" (Saudi Arabia's king)
    "pertuan",  # Malaysia's "Yang di-Pertuan Agong"
    "mantri",  # India's "Raksha Mantri", "Videsh Mantri", "Pradhan Mantri"
    "rashtrapati",  # India's president
    "facilitator",  # "the EAC's facilitator"
)


def _first_words() -> frozenset[str]:
    """Every word a title can start with: the first words of the title patterns' alternatives,
    the portfolio and field words, and the modifiers (acting, former...)."""
    words: set[str] = set()
    for pattern, _ in _TITLES:
        # with and without their optional letters: "kings?" gives "kings" and "king"
        for form in (pattern, re.sub(r"[a-z]\?", "", pattern)):
            words.update(re.findall(r"(?:^|\||\(\?:|\)\?|\)\*)([a-z]+)", form))
    for form in (_PORTFOLIO, re.sub(r"[a-z]\?", "", _PORTFOLIO)):
        words.update(w.lower() for w in re.findall(r"[A-Z][a-z]+", form))
    words.update(
        {
            "acting",
            "interim",
            "caretaker",
            "former",
            "then",
            "late",
            "outgoing",
            "new",
            "newly",
            "incoming",
            "honorary",
            "first",
            "fm",
            "eam",
            "pm",
            # (the pattern's "t(?:á|a)naiste" gives only its "t")
            "tánaiste",
            "tanaiste",
        }
    )
    return frozenset(words)


#: Words the extraction above also picks up from inside the patterns (after the opening of an
#: inner group: "(?:the\s+)?", "(?:of|for)", "spokes(?:person|man|woman)") that no title starts
#: with; trying the long pattern at every "the" and "of" would double the work.
_NOT_FIRST = frozenset(
    """the of and to for ies y man woman advis centr commo homel joint offic repre
    state t""".split()
)
# the first five letters of those words ("spokes-" of spokesperson, "under" of undersecretary)
_FIRST_STEMS = frozenset(word[:5] for word in _first_words()) - _NOT_FIRST
# (letters of any script: "Tánaiste" is one word, not "T" and "naiste")
_WORD = re.compile(r"[^\W\d_]+")


def _alternation_by_first_letter(words: list[str], tail: Callable[[str], str]) -> str:
    """An alternation of ``words`` grouped by their first letter ("m(?:inist|...)|p(?:...)"),
    each word's rest written by ``tail``: a branch opening with a literal lets the regex engine
    skip to the letters words start with, and rejects the other groups by their first letter."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[0], []).append(tail(word))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_LETTER = r"[^\W\d_]"
#: Where each word of the lower-cased text starts whose first five letters (the whole word, if
#: shorter) are a title's first stem: the words find_titles tries the long pattern at, found by
#: the regex engine rather than by a Python test of every word (lower-casing keeps a letter a
#: letter, ``tests/extract/test_s20_titles.py``)
_FIRST_STEM_WORD = re.compile(
    rf"(?<!{_LETTER})(?:"
    + _alternation_by_first_letter(
        list(_FIRST_STEMS),
        lambda stem: re.escape(stem[1:]) + ("" if len(stem) == 5 else f"(?!{_LETTER})"),
    )
    + ")"
)
#: the start of the last title keyword in the lower-cased text: ``.*`` backtracks from the end
#: to the first position (from the right) where a keyword starts, the largest ``rfind`` of them
_LAST_KEY = re.compile(
    r"(?s:.*)(?="
    + _alternation_by_first_letter(list(_TITLE_KEYS), lambda key: re.escape(key[1:]))
    + ")"
)


def find_titles(text: str) -> list[TitleMatch]:
    """Every title in ``text`` (``_find_titles``), with a foreign ministry's head told by it:
    "Turkey's foreign ministry, headed by Hakan Fidan," (the foreign minister; session 30)."""
    out = _find_titles(text)
    if "General " in text or "Admiral " in text or "Marshal " in text:
        out = [_without_rank(text, t) for t in out]
    if "headed by" in text:
        for m in _MINISTRY_HEADED_BY.finditer(text):
            if not any(t.begin < m.end() and m.start() < t.end for t in out):
                out.append(TitleMatch(m.start(), m.end(), m.group(0), "ForeignMinister"))
                out.sort(key=lambda t: t.begin)
    if "enior" in text:
        for m in _SENIOR_OFFICIAL.finditer(text):
            if not any(t.begin < m.end() and m.start() < t.end for t in out):
                out.append(TitleMatch(m.start(), m.end(), m.group(0), "SeniorOfficial"))
                out.sort(key=lambda t: t.begin)
    return out


# "a senior Israeli foreign ministry official, Sharon Bar-li,", "Senior U.S. official X": a
# state's senior official, the name right after (session 30)
_SENIOR_OFFICIAL = re.compile(
    r"\b[Ss]enior\s+(?:[A-Z][\w.]*\s+)(?:(?:[Ff]oreign|[Ee]xternal\s+[Aa]ffairs)\s+[Mm]inistry\s+)?"
    r"official(?=,?\s+[A-Z][a-z]+(?:[\s-]+[A-Z][\w’'-]+)+)"
)


# (lower case: "Ministry of Foreign Affairs, headed by" is a body's name, left to the rules of
# bodies)
_MINISTRY_HEADED_BY = re.compile(
    r"\b(?:[Ff]oreign|[Ee]xternal\s+[Aa]ffairs)\s+[Mm]inistry,?\s+(?:which\s+is\s+)?headed\s+by"
    r"(?=\s+[A-Z])"
)


def _find_titles(text: str) -> list[TitleMatch]:
    """Every title in ``text``, leftmost first, not overlapping.

    The long pattern is only tried where a title can start (a word titles start with), which is
    much faster than trying it at every position of every sentence. A title contains a title
    keyword, so none starts after the last keyword of the sentence, and a sentence without one
    is not scanned at all (not checked on text with one of the four non-ASCII letters that match
    ASCII ones under IGNORECASE, such as the Kelvin sign: a lower-case substring test would miss
    those).
    """
    out: list[TitleMatch] = []
    last = len(text)  # where the last title keyword starts
    if text.isascii() or not any(letter in text for letter in ASCII_UNDER_IGNORECASE):
        low = text.lower()
        # a plain loop: most sentences have no key, and a generator per sentence costs more
        # than the substring tests themselves
        for key in _TITLE_KEYS:
            if key in low:
                break
        else:
            if "PM" not in text:  # (upper case only: "pm" is in "development")
                return out
        if len(low) == len(text):  # (else lower() moved the positions)
            last_key = _LAST_KEY.match(low)
            last = max(last_key.end() if last_key is not None else -1, text.rfind("PM"))
            # (the words of _FIRST_STEM_WORD in ``low`` are _WORD's words whose first stem is
            # in _FIRST_STEMS, found by one regex pass)
            return _titles_at(text, map(_match_start, _FIRST_STEM_WORD.finditer(low)), last)
    starts = (w.start() for w in _WORD.finditer(text) if w.group()[:5].lower() in _FIRST_STEMS)
    return _titles_at(text, starts, last)


_match_start = re.Match.start


def _titles_at(text: str, starts: Iterator[int], last: int) -> list[TitleMatch]:
    """find_titles' loop over the positions of the words that may open a title, in order."""
    out: list[TitleMatch] = []
    covered = 0
    for begin in starts:
        if begin > last:
            break
        if begin < covered:
            continue
        if begin and text[begin - 1] in "-'’":
            continue
        m = _ALL.match(text, begin)
        if m is None:
            continue
        found = _accept(m)
        if found is not None:
            out.append(found)
            covered = found.end
    return out


# a military rank read as the end of a minister's field: "Minister of National Defense General
# Wei Fenghe" is the minister, General Wei Fenghe (no "Defense General" office; session 33);
# not "Secretary General", "Director General", "Attorney General": no "of" field before them
_RANK_ENDED_FIELD = re.compile(
    r"\bof\s+(?:[A-Z][\w-]*\s+){1,4}?(?P<r>(?:(?:Lieutenant|Major|Brigadier|Senior|Vice|Rear|Air|"
    r"Field|Colonel)\s+)?(?:General|Admiral|Marshal))$"
)
_NAME_AFTER_RANK = re.compile(r"\s+[A-Z][\w’'-]+\s+[A-Z]")


def _without_rank(text: str, title: TitleMatch) -> TitleMatch:
    """The title without a military rank its field ends with, when a name follows it."""
    m = _RANK_ENDED_FIELD.search(title.text)
    if m is None or _NAME_AFTER_RANK.match(text, title.end) is None:
        return title
    cut = m.start("r")
    kept = title.text[:cut].rstrip()
    return TitleMatch(title.begin, title.begin + len(kept), kept, title.role)
