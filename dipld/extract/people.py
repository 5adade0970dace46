"""People and their offices: binding titles to holders, and linking people to the KB.

A person links to Wikidata only through the bundled KB: by full name when exactly one KB person
has it (or one of several holds a fitting office on the article date), else by surname plus an
office that the KB says the person held on that date. Anything else stays an unlinked person
with their name as written. Titles bind to the name after them ("Foreign Minister Vladimir
Makei"), before them ("Sergey Lavrov, Russia's foreign minister"), or to a coordinated title's
holder ("Acting President and Prime Minister Vladimir Putin"); a title with no name refers to
the person of this article who holds it, or to the KB holder of that post on the article date.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from dipld.extract import gazetteer as gazetteer_module
from dipld.extract.gazetteer import NAME_PARTICLES, fold, gazetteer_for
from dipld.extract.guests import VISITING, Guests
from dipld.extract.offices import (
    FIELD_WORD,
    NATIONAL_TITLES,
    NOT_CURRENT,
    TitleMatch,
    chancellor_foreign_minister,
    find_titles,
    fits_post,
    leader_kind,
)
from dipld.extract.partystate import MEMBER_OF_ORGAN_BEFORE, china_organ_state
from dipld.extract.spans import Code, Context, Mention, Office
from dipld.extract.spellings import HONORIFIC_WORDS, name_keys, spelling_index, spelling_key
from dipld.kb.index import KbEntity, KbIndex, KbTenure, cached_table
from dipld.model import Entity, EntityKind

# (a new honorific needs its start in _HONORIFIC_HINT below)
_ONE_HONORIFIC = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E|HE(?=\.?\s+[A-Z][a-z])|Sir|Madam|Mme|Mister|"
    # (not the "General" of "Chief of General Staff Yasar Guler")
    r"General(?!\s+(?:Staff|Assembly|Secretariat|Directorate|Prosecutor|Command|Headquarters)\b)|"
    r"Gen|Admiral|Adm|Colonel|Col|"
    r"Marshal|Lieutenant\s+General|Lt\.\s+Gen|Honou?rable|Hon|His\s+Excellency|"
    r"Her\s+Excellency|His\s+Royal\s+Highness|Her\s+Royal\s+Highness|HRH|(?<!Crown\s)Prince|"
    # a Gulf ruler's style: "President His Highness Sheikh Mohamed bin Zayed" (session 37)
    r"His\s+Highness|Her\s+Highness|"
    r"(?<!Crown\s)Princess|Sheikh|Sheikha|"
    # Gulf and Shia styles, a junta leader's rank: "Sayyid Badr Albusaidi", "Ayatollah Sayyid Ali
    # Khamenei", "Captain Ibrahim Traore"
    r"Sayyid|Sayed|Ayatollah|Captain(?!\s+Regent)|Capt(?=\.)|"
    # India's styles: "Prime Minister Shri Narendra Modi", "Smt. Nirmala Sitharaman"
    r"Shri|Smt|Shrimati|"
    # a Pakistani Sufi style: "Foreign Minister Makhdoom Shah Mahmood Qureshi"
    r"Makhdoom|"
    # Bhutan's styles ("Lyonpo Dr. Tandi Dorji", "Dasho Karma Tshering", "Lyonchhen ..."), West
    # Africa's "Alhaji", an engineer's "Eng." (with its full stop: "Eng" is also a given name)
    r"Dasho|Lyonpo|Lyonchhen|Alhaji|Alhaja|Eng(?=\.)|"
    # a Malay ruler's style: "the Yang di-Pertuan Agong Al-Sultan Abdullah"; a Malaysian or
    # Bruneian minister's: "Yang Berhormat Dato' Seri Diraja Dr Zambry Abd Kadir", "YB ..."
    # (with the Dato' after it, the name's honorifics are three: "Dr" one more)
    r"Al-Sultan|(?:Yang\s+(?:Amat\s+)?Berhormat|Yang\s+Mulia|YA?B(?=\s+[A-Z]))"
    r"(?:\s+Dat(?:uk|o['’]?)(?:\s+Se?ri)?(?:\s+(?:Diraja|Utama|Panglima|Paduka|Setia|Wira))?)?|"
    # Malaysia's styles: "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Tun Dr Mahathir",
    # "Datuk Seri Diraja Dr Zambry Abd Kadir" (a royal or higher grade after "Datuk Seri")
    r"Dat(?:uk|o['’]?)(?:\s+Se?ri)?(?:\s+(?:Diraja|Utama|Panglima|Paduka|Setia|Wira))?|Datin(?:\s+Seri)?|Tan\s+Sri|Puan\s+Sri|Toh\s+Puan|Tun(?=\s+(?:Dr\.?\s+)?[A-Z][a-z])|"
    # Westminster styles: "Senator the Hon Penny Wong", "the Rt Hon David Lammy"
    r"Senator(?:\s+the\s+(?:Rt\.?\s+)?Hon(?:ou?rable)?)?|(?:Rt\.?|Right)\s+Hon(?:ou?rable)?)\.?\s+)"
)
# one or two: "H.E. Mr. Enrique A. Manalo"
HONORIFIC = rf"(?:{_ONE_HONORIFIC}{_ONE_HONORIFIC}?)"
#: the capitals a name may open with: ASCII, Latin-1, Latin Extended-A, Romanian and Vietnamese
#: ("Álvarez", "Ömer", "İbrahim", "Łukasz", "Şahin", "Ōtaka", "Ţiriac"; a name cut at its accented
#: capital was read as the given name alone)
CAPITALS = (
    "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚƠƯ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)
_NAME_PART = (  # "Jr" is no part: the suffix takes it with its full stop ("Marcos Jr.")
    # ("Jean-Yves", "Al-Aiban": a capital after a hyphen goes on the name)
    # ("O'Brien", "D'Alema": a capital after an apostrophe too)
    # ("McCarthy", "McConnell": a capital after a first "Mc" too; session 37)
    # ("MaryKay Carlson", "LaToya", "DeSantis": a capital inside a word, after a small letter
    # and before one, as a run-together given name writes it; session 43)
    rf"(?:(?!Jr\b)[{CAPITALS}](?:-[{CAPITALS}]|['’][A-Z](?=[a-z])|(?<=[a-z])[A-Z](?=[a-z])|[a-zà-ÿāăąćčďēėęěğīįıķļłńņňōőœŕřśşšţťūůűųźżžșțƀ-ɏḀ-ỿ\u0300-\u036f-]|"
    r"['’](?![sS]\b))+|[A-Z]\.)"
)
# (an okina or apostrophe opening a name: "Fekitamoeloa 'Utoikamanu", not a quoted word)
# (the particles in a fixed order: the pattern's text must not change with the hash seed, or
# the regex cache misses it in every process)
_PARTICLES = "|".join(sorted(NAME_PARTICLES))
_PARTICLE = rf"(?:(?:{_PARTICLES})[\s-]+|d['’]|['’ʻ‘](?=[A-Z][\w-]*(?![\w'’])))"
#: a name's generational suffix: "Marcos Jr.", "Lloyd J. Austin III" (a monarch's number after a
#: single name is REGNAL's)
_SUFFIX = r"(?:,?\s+(?:Jr\.?|Sr\.|(?:III|IV)(?![\w'’.-])))"
#: a monarch's regnal number after the name: "King Tupou VI", "King Abdullah II"
REGNAL = r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)(?![\w'’.-])"
NAME = re.compile(
    # (a monarch's one name and number first: "Tupou VI", never "Lloyd J. Austin III")
    rf"{HONORIFIC}?(?P<name>{_NAME_PART}\s+{REGNAL}|{_NAME_PART}(?:\s+{_PARTICLE}*{_NAME_PART}|"
    # initials written together: "N.P. Saud"
    rf"\s*{_PARTICLE}+{_NAME_PART}|(?<=[A-Z]\.)[A-Z]\.){{0,4}}{_SUFFIX}?)"
)
# military ranks of two words, for _HONORIFIC_NAME only (NAME and _NAME_BEFORE try their
# honorifics at every position): "Senior General Min Aung Hlaing", "Vice Admiral ..."
_RANK = (
    r"(?:(?:Senior|Major|Brigadier)\s+General|(?:Vice|Rear)\s+Admiral|(?:Field|Air)\s+Marshal|"
    # abbreviated without full stops: "Lt Gen Anindya Sengupta", "Maj Gen Yang Lin"
    r"(?:Lt|Maj)\.?\s+Gen)\.?\s+"
)
_HONORIFIC_NAME = re.compile(
    # "General" of "Secretary General", "Attorney General" ... ends a title, not an honorific;
    # the first letters of the honorifics are checked first (this pattern runs at every position)
    r"(?<![\w§])(?=[ABCDEFGHLMPRSTV])(?<!Secretary\s)(?<!Secretary-)(?<!Attorney\s)(?<!Director\s)(?<!Director-)(?<!Consul\s)"
    r"(?<!Governor\s)(?<!Governor-)(?<!Inspector\s)(?<!Solicitor\s)(?<!Surgeon\s)"
    # ("His Royal Highness Crown Prince and Prime Minister ...": a style, then a title)
    rf"(?<![\w§])(?P<h>{_RANK}{HONORIFIC}?|{HONORIFIC})(?!Crown\s+Prince)(?P<name>{_NAME_PART}(?:\s+{_PARTICLE}*"
    rf"{_NAME_PART}){{0,3}}{_SUFFIX}?)"
)
# what every match of _HONORIFIC_NAME contains: the start of its first honorific ("Gen" of
# "General", "Lieutenant General" and "Lt. Gen"; "Hon" of "Rt Hon"). That pattern is tried at
# every position of a sentence; this one skips to the capitals it starts with.
# an heir's style before a name the KB does not know: the name alone is the person, so that
# "met Crown Prince §P1§" reads as the event rules expect ("Crown Prince Hussein bin Abdullah")
#: the words that open a patronymic after a given name ("Salman bin Abdulaziz")
_PATRONYMIC_WORDS = frozenset({"bin", "ibn"})
_HEIR_NAME = re.compile(
    rf"Crown\s+Prince(?:ss)?\s+(?P<name>{_NAME_PART}(?:\s+{_PARTICLE}*{_NAME_PART}){{0,4}})"
)
_HONORIFIC_HINT = re.compile(
    r"Mr|Ms|Dr|Prof|H\.E|HE|Sir|Madam|Mme|Mister|Gen|Adm|Col|Marshal|Hon|His|Her|HRH|Prince|"
    r"Sheikh|Senator|Shri|Smt|Dat|Tan|Puan|Toh|Tun|Dasho|Lyon|Alhaj|Al-S|Yang|YA?B|Eng|Say|Ayat|Capt|Makh"
)
#: a member's or a Privy Counsellor's letters after a name, before its apposition: "The Hon
#: Anthony Albanese MP, Prime Minister of Australia", "the Rt Hon. James Cleverly MP, Foreign
#: Secretary" (Westminster releases)
_POSTNOMINAL = r"(?:\s+(?:MP|M\.P\.|MHR|MLA|MPP|PC|KC|QC|OBE|CBE|KBE|CMG|GCMG)(?![\w.]))?"
_NAME_BEFORE = re.compile(
    # ("Ambassador Serdar Kılıç, Special Envoy of Türkiye": a diplomat's rank before the name)
    rf"(?:^|(?<=[\s(]))(?:Ambassador\s+)?(?:{HONORIFIC})?(?P<name>{_NAME_PART}(?:\s+{_PARTICLE}*"
    rf"{_NAME_PART}){{1,4}}{_SUFFIX}?){_POSTNOMINAL},\s*(?:the\s+|a\s+|his\s+|her\s+)?"
    rf"{MEMBER_OF_ORGAN_BEFORE}$"
)
# a capitalised word alone before an apposition's comma, opening the sentence or a clause
_SURNAME_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>[A-Z][a-zà-ÿ’'-]+[a-z]),\s*(?:the\s+|a\s+|his\s+|her\s+)?$"
)
_WORD_BEFORE = re.compile(r"(?P<tok>\S+?)(?:['’]s)?\s+")
_APPOSITION_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_APPOSITION_BODY = re.compile(r",\s+(?:the\s+)?(?P<gap>)(?=\S)")

_NOT_NAME_WORDS = frozenset(
    """the a an both during after before in on at this that these those further moreover also
    however and but while with as for from by to of said its their his her today yesterday
    tomorrow secretary president minister ambassador deputy prime foreign state states united aide
    republic kingdom government general national security council commission agency house
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december he she they we it taoiseach
    tanaiste""".split()
)
# a chair's word after a title, which names no one: "a special envoy of the ASEAN Chair"
# (session 41)
_CHAIR_WORDS = frozenset({"chair", "chairman", "chairperson", "chairwoman", "presidency"})
# a full name right after a meeting verb: "met Ursula von der Leyen in Brussels"
# what a person no office names is called before their name ("opposition leader", "exiled
# dissident figure")
UNTITLED_LEADER = (
    r"(?:(?:democratic|opposition|pro-democracy|exiled|dissident|rebel|separatist)\s+){1,2}"
    r"(?:leader|figure|activist|politician|figurehead)\s+"
)
_MET_NAME = re.compile(
    r"\b(?:met|meets|met\s+with|meeting\s+with|talks\s+with|spoke\s+(?:with|to)|talked\s+(?:with|to)|"
    r"received|hosted|welcomed|call\s+with|conversation\s+with|"
    # the one an act is addressed to: "Macron endorsed Ursula von der Leyen for a second term"
    # (and "lined up to congratulate Luiz Inacio Lula da Silva": any form of the verb)
    r"prais(?:ed|es|ing|e)|thank(?:ed|s|ing)?|congratulat(?:ed|es|ing|e)|endors(?:ed|es|ing|e)|"
    r"invit(?:ed|es|ing|e)|urg(?:ed|es|ing|e)|condemn(?:ed|s|ing)?|critici[sz](?:ed|es|ing|e)|"
    r"accus(?:ed|es|ing|e))\s+"
    # "met Belarusian democratic leader Sviatlana Tsikhanouskaya", "met opposition leader ...":
    # a leader no office names
    rf"(?:(?:[A-Z][a-z]+\s+)?{UNTITLED_LEADER})?"
    rf"(?P<name>[{CAPITALS}][a-z]+(?:[\s-](?:(?:von|van|der|den|de|del|da|di|bin|al|el|la|le)\s+)*"
    rf"[{CAPITALS}][\w'’-]*[a-z]){{1,3}})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|and|to|for|during|who|after|before|last|this|yesterday|"
    r"today|earlier|via|by|over)\b)"
)
# the full names of people an arrest verb takes, the KB's or not: "detained businessman Peter
# Halvorsen", "arrested Ivan Kurilov, a former embassy driver", "detained two aid workers, Maria
# Lindqvist and Tomas Berg" (a lower-case word or two of who they are before them)
_PERSON_NAME = (
    rf"[{CAPITALS}][a-z]+(?:[\s-](?:(?:von|van|der|den|de|del|da|di|bin|al|el|la|le)\s+)*"
    rf"[{CAPITALS}][\w'’-]*[a-z]){{1,3}}"
)
_ARRESTED_NAMES = re.compile(
    r"\b(?:arrested|detained|jailed|imprisoned|abducted|kidnapped)\s+"
    r"(?:(?:(?:a|an|the|two|three|four|several)\s+)?(?:[A-Z][\w&-]*\s+)?"
    r"(?:[a-z’'-]+\s+){0,3}?(?:executives?|journalists?|reporters?|activists?|researchers?|"
    r"businessm[ae]n|businesswom[ae]n|workers?|employees?|students?|lawyers?|bloggers?|"
    r"academics?|scholars?|tourists?|citizens?|nationals?|residents?|dissidents?|"
    r"opposition\s+leaders?|priests?|pastors?|drivers?|engineers?|scientists?)"
    r"(?:,\s+|\s+))?"
    rf"(?P<a>{_PERSON_NAME})(?:\s+and\s+(?P<b>{_PERSON_NAME}))?"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|for|during|after|last|this|who|over|near|from)\b)"
)
# what a match of _MET_NAME needs: one of its verbs, then a capital
# a full name nobody titled opening a sentence (or its clause after a fronted phrase or a
# report's "said") before a meeting verb: "Abiy Ahmed met William Ruto", "On Monday, Abiy Ahmed
# and William Ruto held talks", "Officials said Abiy Ahmed met William Ruto" (the KB's people
# only: a capitalised phrase opening a sentence may name anything)
_SUBJECT_NAME = re.compile(
    rf"(?:[^,;:()]{{1,40}},\s+|[^,;:()]{{1,60}}?\bsaid\s+(?:that\s+)?)?(?P<name>{_PERSON_NAME})"
    r"(?=\s+(?:and\s+[A-Z][^,;:()]{0,60}?\s+)?(?:has\s+|have\s+|also\s+)?(?:met|meets|"
    r"held\s+(?:talks|a\s+(?:meeting|(?:tele)?phone\s+(?:call|conversation)))|hosted|"
    r"received|welcomed|spoke|talked|called\s+on|visited|paid\s+an?\s+(?:\w+\s+)?visit)\b)"
)
# the full name nobody titled after a state's "leader" (right after its demonym or possessive):
# "Sudanese leader Abdel Fattah al-Burhan", "Sudan's leader Abdel Fattah al-Burhan"
_LEADER_NAME = re.compile(
    r"(?:['’]s)?\s+(?:[Ss]upreme\s+|[Mm]ilitary\s+)?[Ll]eader\s+"
    rf"(?P<name>[{CAPITALS}][a-z]+(?:[\s-](?:(?:al|el|bin|ibn|von|van|de|der|da)[\s-])*"
    rf"[{CAPITALS}][\w-]*[a-z]){{1,3}})"
    r"(?=['’]s\s|\s*(?:[,.;:)]|$)|\s+[a-z])"
)
# a state's possessive before a name: "met Kenya's William Ruto", "Turkey's Erdogan said"
_STATE_POSSESSIVE = re.compile(r"['’]s\s+")
# a name used of what is the person's, not of the person ("Kenya's William Ruto
# administration", "Russia's Putin-era policies")
_ATTRIBUTIVE_AFTER = re.compile(
    r"(?:\s+|-)(?:administration|government|cabinet|camp|allies|aides|regime|team|era|"
    r"spokes(?:man|woman|person)|office|doctrine|thought)\b",
    re.IGNORECASE,
)
_MEMBERS_BEFORE = re.compile(r"\bmembers?\b[^;:()]{0,60}$")
# (a possessive is no part of the name after it: "Turkey's Erdogan")
_STATE_POSSESSIVE_BEFORE = re.compile(r"[A-Z][a-z]+['’]s\s+$")
_NAME_AT = re.compile(rf"(?P<name>{_PERSON_NAME})(?=['’]s\s|\s*(?:[,.;:)]|$)|\s+[a-z])")
# the full name of a delegation's head: "a delegation of the Tigray People's Liberation Front
# led by Getachew Reda", "the Hamas delegation, headed by Khalil al-Hayya,"
_DELEGATION_HEAD = re.compile(
    r"\b[Dd]elegation(?:\s+(?:of|from)\s+[^.;:]{1,80}?)?,?\s+(?:led|headed)\s+by\s+"
    rf"(?P<name>[{CAPITALS}][a-z]+(?:[\s-](?:(?:al|el|bin|von|van|de|der|da)[\s-])*[{CAPITALS}][\w'’-]*[a-z]){{1,3}})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|and|to|for|arrived|met|held|who|was|visited)\b)"
)
# "which is commanded by Kenyan Major General X", "now under the command of Senegalese
# Lieutenant General Y": the commander's nationality before his rank (force_commanders)
_COMMANDED_BY = re.compile(r"\b(?:commanded\s+by|under\s+the\s+command\s+of)\s+")
_NOT_NOW_COMMANDED = re.compile(
    r"\b(?:was|were|had\s+been|will\s+be|would\s+be|to\s+be|once|formerly|previously|"
    r"until|not)\s+(?:\w+\s+)?$"
)
_COMMANDER_RANK = re.compile(
    r"(?:(?:Lieutenant|Major|Brigadier|Lt\.?|Maj\.?|Brig\.?)[\s-]+)?(?:General|Gen\.?)\s|"
    r"(?:(?:Vice|Rear)\s+)?Admiral\s|Air\s+(?:Chief\s+|Vice\s+)?Marshal\s"
)
_MEETING_VERB_HINT = re.compile(
    r"\b(?:met|meets|meeting|talks|spoke|talked|received|hosted|welcomed|call|conversation|"
    r"prais(?:ed|es|ing|e)|thank(?:ed|s|ing)?|congratulat(?:ed|es|ing|e)|endors(?:ed|es|ing|e)|"
    r"invit(?:ed|es|ing|e)|urg(?:ed|es|ing|e)|condemn(?:ed|s|ing)?|critici[sz](?:ed|es|ing|e)|"
    rf"accus(?:ed|es|ing|e))\s+(?:with\s+|to\s+)?(?:[{CAPITALS}]|(?:democratic|opposition|pro-democracy|exiled|"
    r"dissident|rebel|separatist)\s)"
)
# what every match of _MEETING_VERB_HINT contains (its "\b" first makes it slow to search)
_MEETING_VERB_WORDS = tuple(
    """met meet talk spoke received hosted welcomed call conversation prais thank
    congratulat endors invit urg condemn critici accus""".split()
)
# words of the names of bodies, places and things, never of a person's
_NOT_PERSON_WORDS = frozenset(
    """ministry council committee bank union organization organisation agency fund forum group
    party corporation company university commission office department government parliament
    assembly court association institute foundation society summit conference house palace
    republic kingdom state states federation army navy forces embassy delegation mission center
    centre league alliance secretariat authority board service news times post press club
    airport port city island islands province region county district capital square street
    hall hotel museum church mosque cathedral gate pentagon kremlin crown prince princess king
    queen emir sheikh sultan majesty highness excellency chancellor governor mayor senator
    speaker chairman chairwoman chair premier vice deputy leader envoy commander operation
    initiative program programme plan act project strategy agreement declaration treaty accord
    pact corridor framework partnership fleet brigade battalion regiment""".split()
)
# words of the names of bodies and things that are no styles of a person's name either
_BODY_WORDS = (
    _NOT_PERSON_WORDS
    - frozenset(
        """crown prince princess king queen emir sheikh sultan majesty highness excellency
        chancellor governor mayor senator speaker chairman chairwoman chair premier vice deputy
        leader envoy commander""".split()
    )
) | frozenset({"people", "armed"})
# the body between a state and a title: "Indian ministry spokesman", "Chinese foreign ministry
# spokeswoman", "the Russian embassy spokesperson"
_BODY_BEFORE = re.compile(
    r"\s+(?:foreign\s+|defen[cs]e\s+|external\s+affairs\s+)?(?:ministry|government|embassy|mission)\s+$",
    re.IGNORECASE,
)
_AMPERSAND = re.compile(r"&\s*$|\s*&")
CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
_NOT_FAMILY_NAME_WORDS = _NOT_NAME_WORDS - CALENDAR_WORDS
# Offices whose unqualified title in a government's own release is that government's: top
# offices are left out, their holders are in the KB (which gives the jurisdiction) or named
# with their state ("Moldovan Prime Minister").
# offices only the United States has by these names ("Secretary of State" without "for ...",
# which is British)
_US = "Q30"
# a national title's modifiers ("the Tánaiste", "Irish Taoiseach" has its state already)
_NATIONAL_TITLE_WORDS = re.compile(r"^(?:the|acting|new)\s+")
_US_OFFICE = re.compile(
    r"^(?:(?:U\.S\.|United\s+States)\s+)?(?:"
    r"(?:Deputy|Under|Assistant|Acting|Principal\s+Deputy\s+Assistant)\s+Secretary\s+of\s+"
    r"(?:State|the\s+Treasury|Defense|Homeland\s+Security|Commerce)(?:\s+for\s+.+)?|"
    r"Secretary\s+of\s+State(?!\s+for)|Secretary\s+of\s+(?:the\s+Treasury|Defense|Homeland\s+"
    r"Security)|Treasury\s+Secretary|Trade\s+Representative|Indo-Pacific\s+Coordinator)$",
    re.IGNORECASE,
)
# bodies of a government (not of an organisation): "Foreign Ministry", "Ministry of Defence"
# (a state's "National Security Council" is its government's too: "National Security Council
# Senior Director Y" serves the state, not the council as an organisation)
_GOVERNMENT_BODY = re.compile(
    r"\b(?:Ministry|Department|Office|Embassy|Cabinet|National\s+Security\s+Council)\b"
)
# a state's parliament or chamber by its name ("State Duma", "Federation Council", "House")
_LEGISLATURE = re.compile(
    r"\b(?:Duma|Parliament|Assembly|Senate|Congress|House|Knesset|Rada|Majlis|Mazhilis|Sejm|"
    r"Bundestag|Khural|Kenesh|Storting|Riksdag|Folketing|Federation\s+Council|Council\s+of\s+the\s+"
    r"Republic)\b"
)
#: words of a speaker's title that need not be in the name of the KB's post
_CHAMBER_NOISE = frozenset(
    "speaker chairman chairwoman chairperson chair president u.s. us acting".split()
)
#: a parliament's head by the title ("Speaker", "Chairman of the State Duma")
_LEGISLATURE_HEAD = re.compile(r"\b(?:[Ss]peaker|[Cc]hair(?:man|woman|person)?|[Pp]resident)\b")
# "... took part in the talks on the Russian side", "members of the Japanese delegation"
_SIDE_AFTER = re.compile(r"\s+(?:side|delegation)\b")
_SIDE_BEFORE = re.compile(r"\b(?:on|from|for|of)\s+the\s+$")
_DELEGATION_OF = re.compile(r"\bdelegation\s+of\s+(?:the\s+)?$")
_MET_DELEGATION = re.compile(
    r"\b(?:with|met|meets|received|receives|hosted|hosts|welcomed|welcomes|greeted|greets)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}delegation\s+of\s+(?:the\s+)?$"
)
_HOME_ROLES = frozenset(
    {
        "DeputyMinister",
        "NationalSecurityAdvisor",
        "SeniorOfficial",
        "SpecialEnvoy",
        "Spokesperson",
        "HeadOfAgency",
    }
)
# an official asked to pass a message on to a leader, or passing one on from a leader
_CONVEY = re.compile(
    r"\b(?:(?P<req>asked|requested)\s+(?P<who>[^,;:]{1,60}?)\s+to\s+|(?:conveyed|brought|"
    r"delivered|handed\s+over|passed\s+on)\s+)(?:convey|pass\s+on|extend|transmit|relay|"
    r"deliver|(?<=conveyed\s)|(?<=brought\s)|(?<=delivered\s)|(?<=over\s)|(?<=on\s))"
)
_CONVEY_WORDS = ("asked", "requested", "conveyed", "brought", "delivered", "handed", "passed")
_TO_THE_TITLE = re.compile(
    r"\bto\s+(?:the\s+)?(?:$|[A-Z][^;:]*?(?:,\s+(?:and\s+)?|\s+and\s+)(?:to\s+)?(?:the\s+)?$)"
)
_FROM_THE_TITLE = re.compile(
    r"(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}(?:from|of)\s+(?:the\s+)?"
)
# a leader's companions: "X (, | was | were) (also) accompanied by ..." (the subject before),
# "Accompanying X were ..." (``front``: where X starts); ``_UP_TO_TITLE`` the list before the
# title ("Foreign Minister A, Energy Minister B and ")
_ACCOMPANIED_BY = re.compile(
    r"(?:,\s+|\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?)(?:also\s+)?accompanied\s+"
    r"by\s+|(?P<front>(?<![\w-])[Aa]ccompanying\s+)"
)
_LEADER_TITLE_BEFORE = re.compile(r"\s+(?:President|Prime\s+Minister|Premier|[Ll]eader)$")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}")
_FRONT_VERB = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?")
_UP_TO_TITLE = re.compile(r"(?:the\s+)?(?:[A-Z][^;:.]*?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)?")
_WENT_WITH = re.compile(r",?\s+(?:who\s+)?(?:also\s+)?accompanied\s+(?:the\s+)?")
_PARTY = re.compile(r"\bParty\b")
_LEADER_ROLES = frozenset({"HeadOfState", "HeadOfGovernment"})
# a minister's report of what his own leader did: "said President Joe Biden had ordered",
# "said on Monday that President Emmanuel Macron had approved" (_own_leader_said)
# (not a foreign minister's: he speaks of other states' leaders as often as of his own)
_SPEAKER_ROLES = frozenset({"Minister", "DeputyMinister", "DeputyHeadOfGovernment"})
_BARE_LEADER_TITLE = re.compile(r"(?:President|Prime\s+Minister|Chancellor|Premier)")
_SAID_BEFORE_LEADER = re.compile(
    r",?\s+(?:said|says|told\s+(?:reporters|journalists|parliament|lawmakers))"
    r"(?:\s+(?:on|last)\s+[A-Z]?[a-z]+)?(?:\s+that)?\s+"
)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:also|then|later)\s+)?")
# ("Deputy Foreign Minister", "Minister of Trade": no office of the United States has the word)
_MINISTER_WORD = re.compile(r"\bminister", re.IGNORECASE)
# offices of a government (not an envoy's or an organisation's): a KB person who served only
# one state holds such an office of that state
_GOVERNMENT_ROLES = frozenset(
    {
        "HeadOfState",
        "HeadOfGovernment",
        "DeputyHeadOfGovernment",
        "ForeignMinister",
        "Minister",
        "DeputyMinister",
    }
)
#: officials titled without a state who hold the state of the one they accompany
_COMPANION_ROLES = _GOVERNMENT_ROLES | {
    "MilitaryCommander",
    "SeniorOfficial",
    "HeadOfAgency",
    "NationalSecurityAdvisor",
}
#: the officials whose companions are of their state, besides leaders: ministers, commanders
_COMPANIED_ROLES = frozenset(
    {"DeputyHeadOfGovernment", "ForeignMinister", "Minister", "MilitaryCommander"}
)
# states whose Foreign Secretary is the foreign ministry's senior civil servant: India,
# Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan
_CIVIL_FOREIGN_SECRETARY = frozenset({"Q668", "Q843", "Q902", "Q854", "Q837", "Q917"})
_FOREIGN_SECRETARY = re.compile(r"\bforeign\s+secretary\b", re.IGNORECASE)
# (and its Home Secretary: "Union Home Secretary Ajay Bhalla"; session 36)
_HOME_SECRETARY = re.compile(r"\bhome\s+secretary\b", re.IGNORECASE)
# Title-case words of headlines that end a name ("President Lopez Obrador Joint Statement",
# "Foreign Minister Sikorski Signs Memorandum": a headline's verbs and documents too).
_NAME_STOP = frozenset(
    """joint statement statements meeting meetings talks summit readout dialogue visit call
    agreement participation trilateral bilateral remarks conference press release on with and
    the of in at for to by meets met hold holds held sign signs signed discuss discusses
    discussed announce announces attend attends launch launches protocol memorandum""".split()
)


# between two officials of a sentence: they meet, so serve two states ("X met Y", "X held talks
# in Tirana with Y", "X received the Japanese Ambassador Y"); not "X, together with Y"
_OTHER_SIDE = re.compile(
    r"\b(?:met|meets|talks|received|receives|hosted|hosts|welcomed|welcomes|call|spoke|"
    r"conversation|counterpart)\b"
)
# where a state visited is named, in a sentence telling of a visit
_VISIT_TO = re.compile(
    # (not a way home: "cut short his visit and is returning to Islamabad", "flew back to";
    # session 37)
    r"(?<!\breturn\s)(?<!\breturns\s)(?<!\breturned\s)(?<!\breturning\s)(?<!\bback\s)"
    r"\b(?:to|visit(?:ed|s|ing)?|arrived\s+in)\s+(?:the\s+)?"
)
# a title that ends another ("Senior Advisor to the President X") or has a modifier the
# title patterns do not know ("Kurdistan Region President X")
_TO_THE_BEFORE = re.compile(r"\b(?:to|of|for)\s+the\s+$")
# (not a Malay minister's style the name's mention left out: "Yang Berhormat Dato' Seri ...")
_CAPITALISED_WORD_BEFORE = re.compile(
    r"(?<![.!?:–—-]\s)(?<!^)\b(?!The\b|Berhormat\b|Mulia\b|YA?B\b)[A-Z][\w'’-]*\s+$"
)
# a state's mention that stands for its envoy ("the Japanese Ambassador", "the Omani envoy")
_ENVOY_WORD = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[ée]\s+d['’]affaires)s?\b")
_SAME_SIDE = re.compile(r"\b(?:together|along|accompanied|accompanying|joined)\b")
# what tells a state named after a titled person as the person's own, or may: "Prime Minister X
# of Norway", "signed for Norway", "on behalf of Norway", "X ... said Vietnam valued its ties"
# (not "received a delegation from Kenya": the other side)
_OWN_STATE_AFTER = re.compile(
    r"(?<!\S)(?:of|for|behalf\s+of)\s+(?:the\s+)?$|"
    # a state in what the titled one says, as the main reading had it ("... and said Vietnam
    # valued its ties with Laos", "said on Twitter that Eritrea had resumed its activities",
    # "said that the port would turn Peru into a hub")
    r"\b(?:said|says|stated|declared|stressed|noted|added|announced|told|tweeted|wrote)\b"
)
# a city named as a place ("in Hanoi", "at Phnom Penh")
_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+$")
# the place a visit goes to: "visited Myanmar", "arrived in Colombo", "on a visit to Hanoi"
_VISIT = re.compile(
    r"\b(?:(?:visit|trip|tour|travell?ed|travels)\s+to|visit(?:ed|s|ing)?|arrived\s+in)\s+(?:the\s+)?"
)
# what every match of _VISIT contains (its "\b" first makes it slow to search)
_VISIT_WORDS = ("visit", "trip", "tour", "travel", "arrived")
_TOWN_THEN_STATE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+")
# offices a visit's host receives the visitor in
_HOST_ROLES = frozenset(
    {
        "HeadOfState",
        "HeadOfGovernment",
        "ForeignMinister",
        "Minister",
        "DeputyHeadOfGovernment",
        "DeputyMinister",
        "NationalSecurityAdvisor",
    }
)
# family names spelled like English function words (Vietnamese Tô, Korean An, Chinese He)
_FUNCTION_WORD_NAMES = frozenset({"To", "An", "He"})
_GIVEN_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)?")
# a lower-case word of three letters or more: running text, not a title-case line
_RUNNING_TEXT = re.compile(r"(?<![\w'’-])[a-z]{3,}\b")

# an adviser's leader: "to the Prime Minister of Ethiopia", "to the Ethiopian Prime Minister"
# "Organ on Politics", "Committee for Foreign Affairs": a body's name going on after its first
# capitalised word (not "Minister Sikorski on Monday")
_BODY_NAME_GOES_ON = re.compile(
    r"\s+(?:on|for)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z]"
)
# ("national security adviser to Kenyan President William Ruto": the leader named, no "the")
_TO_LEADER = re.compile(r"\s+to\s+(?:the\s+)?")
_LEADER_WORD = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor)\b")
_LEADER_AFTER = re.compile(r"\s+(?:President|Prime\s+Minister|Premier|Chancellor)\b")
# an envoy's field the title patterns do not know, before a name ("for Hostage Affairs")
_ENVOY_FIELD = re.compile(
    r"\s+for\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:Affairs|Issues|Relations|Cooperation|"
    r"Policy|Diplomacy|Rights|Negotiations|Questions|Matters)(?=\s[A-Z])"
)
# titles whose field may go on in words the title patterns do not know, up to a KB person
_FIELD_ROLES = frozenset({"Minister", "DeputyMinister", "HeadOfAgency", "SeniorOfficial"})
_FIELD_MAX = 100
_FIELD_GAP = re.compile(
    r"\s+(?P<field>(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:(?:,\s+|,?\s+and\s+|\s+(?:of|for)\s+"
    r"(?:the\s+)?|\s+)[A-Z][\w'’-]*){0,7})\s+"
)


# the rest of a list of portfolios: ", African Cooperation and Moroccan Expatriates"
_PORTFOLIO_GAP = re.compile(
    r"(?P<field>(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:(?:,\s+|,?\s+and\s+|\s+)"
    r"[A-Z][\w'’-]*){0,5})\s+"
)


_EU = "Q458"


def civil_service(office: Office) -> Office:
    """India's, Pakistan's, Bangladesh's ... Foreign Secretary is the foreign ministry's senior
    civil servant, not its minister (Britain's is the minister)."""
    if (
        office.role == "ForeignMinister"
        and office.jurisdiction is not None
        and office.jurisdiction.qid in _CIVIL_FOREIGN_SECRETARY
        and _FOREIGN_SECRETARY.search(office.label)
    ) or (
        office.role == "Minister"
        and office.jurisdiction is not None
        and office.jurisdiction.qid in _CIVIL_FOREIGN_SECRETARY
        and _HOME_SECRETARY.search(office.label)
    ):
        return replace(office, role="SeniorOfficial", post=None)
    if (
        office.role in {"DeputyMinister", "DeputyHeadOfGovernment"}
        and office.jurisdiction is not None
        and (office.jurisdiction.kind is EntityKind.ORGANIZATION or office.jurisdiction.qid == _EU)
    ):
        # "the EU's deputy foreign policy chief": an organisation's official, no minister (the
        # KB types the European Union as a state; it has no ministers); "EU Executive
        # Vice-President and Commissioner for Trade X": no deputy head of a government
        # (session 32, titles)
        return replace(office, role="SeniorOfficial", post=None)
    if (
        office.role == "DeputyMinister"
        and office.jurisdiction is not None
        and office.jurisdiction.qid in _CABINET_MINISTERS_OF_STATE
        and _MINISTER_OF_STATE.match(office.label)
    ):
        # the UAE's and Nigeria's Ministers of State sit in the cabinet: ministers, not
        # deputies (Britain's and India's are junior ministers; session 37)
        return replace(office, role="Minister")
    return office


# the states whose "Minister of State for ..." is a cabinet minister (the UAE, Nigeria)
_CABINET_MINISTERS_OF_STATE = frozenset({"Q878", "Q1033"})
_MINISTER_OF_STATE = re.compile(
    r"(?:(?:UAE|Emirati|Nigerian|Nigeria['’]s)\s+)?Minister\s+of\s+State\b"
)


def trim_name(name: str) -> str:
    """Cut a name at the first headline word: "Lopez Obrador Joint Statement" -> "Lopez Obrador"."""
    kept: list[str] = []
    for word in name.split():
        if fold(word) in _NAME_STOP:
            break
        kept.append(word)
    return " ".join(kept)


# "The Russian President", "the President of Russia": the definite title only (never "the next
# Russian President", "a Russian President")
_DEFINITE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he\s+$")
# the monarch's title a name may open with ("King Salman" after a style)
_MONARCH_WORDS = frozenset({"King", "Queen", "Emir", "Amir", "Sultan"})
#: the title of a single-holder office right before the state it is of ("the Emir of Kuwait")
_HEAD_OF_STATE_BEFORE = {
    role: re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
    for role, words in (
        ("HeadOfState", r"kings?|queens?|emirs?|amirs?|sultans?|presidents?|monarchs?"),
        ("HeadOfGovernment", r"prime\s+ministers?|premiers?"),
        ("ForeignMinister", r"foreign\s+ministers?|ministers?\s+of\s+foreign\s+affairs"),
    )
}
# a monarch's title ("King", "Emir", "Sultan", the Saudi king's style), which a regnal name follows
_MONARCH_TITLE = re.compile(
    r"\b(?:King|Queen|Emir|Amir|Sultan|Emperor|Grand\s+Duke|"
    r"Custodian\s+of\s+the\s+Two\s+Holy\s+Mosques)\b"
)
_REGNAL_NUMBER_WORD = re.compile(r"[IVXL]+")
# a style of office only its holder bears, which names him alone ("the Custodian of the Two Holy
# Mosques expressed ..."; session 29)
_PERSONAL_STYLE = re.compile(r"(?:[Tt]he\s+)?Custodian\s+of\s+the\s+Two\s+Holy\s+Mosques")
# the heir's style before a second title: "the Crown Prince and Prime Minister"
_HEIR_AND_BEFORE = re.compile(r"Crown\s+Prince\s+and\s+(?:the\s+)?$")
# a monarch's post in the KB: "King of Bahrain", "emir of Kuwait", "monarch of Tonga"
_MONARCH_POST = re.compile(r"(?i:\b(?:king|queen|emir|amir|sultan|emperor|monarch|grand\s+duke)\b)")
_NUMBER_AFTER = re.compile(r"\s+[IVXL]+\b")
_SINGLE_HOLDER_ROLES = frozenset({"ForeignMinister", "HeadOfState", "HeadOfGovernment"})
# a leader's or foreign minister's title with no state's word: a state's own press so titles
# its own (_home_title)
_BARE_HOME_TITLE = re.compile(
    r"(?:(?:Caretaker|Acting|Interim)\s+)?(?:President|Prime\s+Minister|Premier|"
    r"Foreign\s+Minister|Minister\s+(?:of|for)\s+Foreign\s+Affairs|"
    r"Minister\s+(?:of|for)\s+External\s+(?:Relations|Affairs)|External\s+Affairs\s+Minister|"
    # (not "Foreign Secretary": South Asia's is a civil servant, whom "the Foreign Secretary"
    # then no longer names)
    r"Minister\s+for\s+Europe\s+and\s+Foreign\s+Affairs)"
)
# states with a head of state and a prime minister (or premier) beside him whose head of
# government's post the KB lacks (South Korea, Sri Lanka, Tanzania, Côte d'Ivoire, Senegal, Peru,
# Chad, Liechtenstein, Myanmar, Taiwan): their own press's "Prime Minister X" is theirs
_PREMIER_STATES = frozenset(
    {"Q884", "Q854", "Q924", "Q1008", "Q1041", "Q419", "Q657", "Q347", "Q836", "Q865"}
)
# the host a KB ambassador's office names ("Ambassador to the United States")
_AMBASSADOR_TO = re.compile(r"\bto\s+(?:the\s+)?([A-Z][\w'’ -]+?)\s*$")
# a permanent mission's head named without its host ("Permanent Observer of the State of
# Palestine")
_PERMANENT_ENVOY = re.compile(
    r"(?:Deputy\s+|Alternate\s+)?Permanent\s+(?:Representative|Observer)\b"
)
_UN_QID = "Q1065"
# the UN, its Security Council and its General Assembly
_UN_BODIES = frozenset({"Q1065", "Q37470", "Q47423"})
# other organisations with states' permanent missions: NATO, the EU, the OSCE, the WTO, the AU,
# the OAS, ASEAN
_OTHER_MISSION_HOSTS = frozenset({"Q7184", "Q458", "Q81299", "Q7825", "Q7159", "Q123759", "Q7768"})
# Kenya's styles of its ministers: a portfolio, then "Cabinet Secretary"; its Prime Cabinet
# Secretary (not Japan's Chief Cabinet Secretary, nor a civil service's Cabinet Secretary)
_KENYA = "Q114"
_KENYAN_CABINET_SECRETARY = re.compile(
    r"(?:Acting\s+)?(?:Prime|(?!Chief\b)[A-Z][a-z]+(?:(?:,|\s+and|\s+&)?\s+[A-Z][a-z]+){0,4})"
    r"\s+Cabinet\s+Secretary"
)
# between two people's apposed titles of one list: ", and "
_PAIR_AND = re.compile(r",\s+and\s+")
# a person's mention whose title is apposed after the name ("Mr. X, Minister of Defense")
_APPOSED_TITLE = re.compile(r"[a-z.],\s+(?:the\s+)?[A-Z]")
# what is addressed or given to someone right before his title (not "according to")
_TO_BEFORE = re.compile(r"(?<!according\s)\b(?:to|for)\s+$")
# a meeting's object right before a title: "held talks with", "met", "was received by"
_MET_OBJECT_BEFORE = re.compile(
    r"\b(?:with|met|meets|meeting|received|receives|hosted|hosts|welcomed|welcomes|by)\s+$"
)
# the offices a bare title names whose one holder among the untitled people named is the KB's
_UNTITLED_ROLES = frozenset({"HeadOfState", "HeadOfGovernment", "HeadOfOrganization"})
_NICKNAMES = {
    "joe": "joseph",
    "bill": "william",
    "bob": "robert",
    "jim": "james",
    "tony": "antony",
    "mike": "michael",
    "tom": "thomas",
    "dick": "richard",
    "ted": "edward",
    "alexei": "aleksei",
    "yuri": "yury",
    "dmitri": "dmitry",
    "alexander": "aleksandr",
    "alyaksandr": "aleksandr",
}


def _same_title(bare: str, full: str) -> bool:
    """Whether a bare title ("Secretary", "the High Representative") names an office with that
    full title ("Secretary of State", "High Representative of the Union for ...")."""
    words = _title_words(bare) - _BARE_TITLE_NOISE
    return bool(words) and words <= _title_words(full)


_BARE_TITLE_NOISE = frozenset({"u.s.", "us", "eu", "e.u.", "un", "u.n.", "acting"})


_ORGAN_WORDS = frozenset("commission secretariat council parliament assembly court".split())


def _organ_words(label: str) -> frozenset[str]:
    """The words of a title that name an organisation's organ ("Commission", "Council"): the
    head of one is not the head of the other, or of the organisation."""
    return _ORGAN_WORDS.intersection(fold(label).split())


def _other_organ(bare: Office, known: Office) -> bool:
    """Whether a title naming an organisation ("the Chairperson of the African Union") and an
    office the article gave differ by an organ of it ("Chairperson of the African Union
    Commission"); not a title that names no organisation ("The Chairperson")."""
    body = bare.jurisdiction
    if body is None or body.kind is not EntityKind.ORGANIZATION:
        return False
    return _organ_words(bare.label) != _organ_words(known.label)


def title_key(label: str) -> str:
    """An office's title as written, folded, without a leading article: "The Chairperson of the
    African Union" and "Chairperson of the African Union" are one title."""
    return _LEADING_THE.sub("", " ".join(fold(label).split()))


_LEADING_THE = re.compile(r"^the\s+")


@functools.lru_cache(maxsize=4096)
def _title_words(label: str) -> frozenset[str]:
    """The words of a title but "the", "of", "for" and "and" (cached: the same titles and KB
    office names are compared for every title of an article)."""
    return frozenset(
        w for w in fold(label).replace("-", " ").split() if w not in {"the", "of", "for", "and"}
    )


def _abbreviates(short: str, label: str) -> bool:
    """Whether an all-capitals title ("EAM", "FM") is the initials of ``label``'s capitalised
    words, or of their start ("External Affairs Minister", "Foreign Minister of Belarus")."""
    if not (2 <= len(short) <= 5 and short.isalpha() and short.isupper()):
        return False
    initials = "".join(w[0] for w in label.replace("-", " ").split() if w[:1].isupper())
    return initials.startswith(short)


_HEADS = re.compile(
    r"\b(?:president|premier|minister|chancellor|secretary|ambassador|king|queen|emir|amir|"
    r"sultan|governor|chairman|chairwoman|chair|speaker|director|administrator|envoy|"
    r"representative|advis[eo]r|commander|chief)\b"
)


# states whose officials are called by their given name ("Retno", "Prayut", "Abiy"):
# Indonesia, Thailand, Ethiopia, Laos ("Phankham" for Phankham Viphavanh)
_GIVEN_NAME_FIRST = frozenset({"Q252", "Q869", "Q115", "Q819"})
# states whose people's names Wikidata writes family name first ("Xi Jinping", "Yoon Suk-yeol")
_FAMILY_FIRST = frozenset({"Q148", "Q884", "Q423", "Q881", "Q865", "Q8646", "Q14773"})
# once an article has named them in full, the officials of these states are called again by
# their given name too: those above, and Malaysia's and Brunei's ("Anwar" for Anwar Ibrahim,
# "Zambry" for Zambry Abdul Kadir; a Malay name's second part is a patronymic). Read from the
# article's own people only, never to link a given name alone through the KB
_PLACE_KINDS = (EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.CITY, EntityKind.PLACE)
_CALLED_BY_GIVEN_NAME = _GIVEN_NAME_FIRST | {"Q833", "Q921"}
# the officials of these states are called again by the first word of their name, once the
# article has named them in full: the above, and Singapore's ("Lee" for Lee Hsien Loong,
# "Tharman" for Tharman Shanmugaratnam, "Halimah" for Halimah Yacob)
_FIRST_WORD_AGAIN = _FAMILY_FIRST | {"Q334"}


# an Arabic name chain going on after a word ("Salman bin Abdulaziz"): the word is a given name
_PATRONYM_AFTER = re.compile(r"\s+(bin|ibn|bint|ben)\s+[A-Z]")


def _name_forms(label: str, office: Office | None) -> list[str]:
    """How an article refers again to a person it has named: the full name, the surname (of
    at least three letters), and the family name written first ("Yoon", "Xi")."""
    parts = label.split()
    forms = [label]
    if len(parts) > 1 and len(parts[-1]) >= 3:
        forms.append(parts[-1])
        article = _ARABIC_ARTICLE.match(parts[-1])
        if article is not None:
            # "el-Sisi" is also written "El-Sisi" (opening a sentence, or a newsroom's style)
            # and "Sisi"
            other = parts[-1][0].swapcase() + parts[-1][1:]
            stem = parts[-1][article.end() :]
            forms += [other, *([stem] if len(stem) >= 4 and stem[0].isupper() else [])]
    if len(parts) > 1 and _family_name_first(parts, office) and parts[0].isalpha():
        forms.append(parts[0])  # (not an initial: "K. Shanmugam")
    # "Luiz Inacio Lula da Silva" is "Lula" again: the name before a surname's particle
    for i in range(2, len(parts) - 1):
        if parts[i] in _SURNAME_PARTICLES and len(parts[i - 1]) >= 3 and parts[i - 1][0].isupper():
            forms.append(parts[i - 1])
            break
    return forms


_SECRETARY_GENERAL = re.compile(r"(?i:secretary)[- ](?i:general)")
_MANAGING_DIRECTOR = re.compile(r"(?i:managing\s+director)")
_IMF = "Q7804"
# the secretary of a state's security council, its demonym or name before ("Ivorian National
# Security Council secretary")
_STATES_COUNCIL_SECRETARY = re.compile(
    r"(?:[A-Z][\w’'.-]+\s+){1,2}(?:Supreme\s+)?(?:National\s+)?Security\s+Council\s+[Ss]ecretary"
)
_SURNAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di"})


def _family_name_first(parts: list[str], office: Office | None) -> bool:
    """Whether a KB name starts with the family name: a hyphenated Korean given name, or the
    holder of an office of China, the Koreas, Vietnam, Taiwan, Hong Kong, Macau or Singapore."""
    if "-" in parts[-1] and len(parts) == 2:
        return True
    state = office.jurisdiction if office is not None else None
    return state is not None and state.qid in _FIRST_WORD_AGAIN


def _same_head(title: str, kb_label: str) -> bool:
    """Whether a title and a KB office name share their head noun ("Russian Foreign Minister"
    and "Minister of Foreign Affairs of Russia"; not "Vice President" and "Vice Premier")."""
    heads = _heads(title)
    return not heads or not heads.isdisjoint(_heads(kb_label))


@functools.lru_cache(maxsize=4096)
def _heads(label: str) -> frozenset[str]:
    """The head nouns of a title or office name (cached, as _title_words)."""
    return frozenset(_HEADS.findall(fold(label)))


def entity_of(kb_entity: KbEntity) -> Entity:
    return Entity.linked(kb_entity.qid, kb_entity.label, kb_entity.kind)


# (a military rank too: "Minister of Defence Major General Albert Murasira" is Albert Murasira)
_LEADING_HONORIFIC = re.compile(rf"^(?:{_RANK}{HONORIFIC}?|{HONORIFIC})")
_JR_SUFFIX = re.compile(r",?\s+Jr\.?$")
# ("Lloyd J. Austin III" -> "Lloyd J. Austin"; a monarch's "Mswati III" keeps its number)
_GENERATION = re.compile(r",?\s+(?:Sr\.|III|IV)$")
_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


@functools.lru_cache(maxsize=4096)
def clean_name(name: str) -> str:
    """A name without its honorifics and "Jr." (cached: the same names recur in an article)."""
    name = _JR_SUFFIX.sub("", _LEADING_HONORIFIC.sub("", name.strip()))
    if (suffix := _GENERATION.search(name)) is not None and len(name[: suffix.start()].split()) > 1:
        name = name[: suffix.start()]
    return name.strip()


#: the styles after which a single name word is a given name, not a surname ("Sheikh Mohamed",
#: "Prince Faisal", "Crown Prince Mohammed"): a Gulf or royal person is called by it
_GIVEN_NAME_STYLE = re.compile(
    r"^(?:Sheikh|Sheikha|Shaikh|Prince|Princess|HRH|H\.R\.H\.|His\s+Royal\s+Highness|"
    r"Her\s+Royal\s+Highness|His\s+Highness|Her\s+Highness|HH|H\.H\.)\.?\s"
)
_VOWEL_RUN = re.compile(r"[aeou]+")


def given_key(word: str) -> str:
    """A given name's key, its romanisations made one ("Mohamed", "Mohammed", "Mohammad" and
    "Muhammad"; "Abdullah" and "Abdallah"), not "Mahmoud" or "Hamid"."""
    return _VOWEL_RUN.sub("a", spelling_key(word))


def _given_word(label: str) -> str | None:
    """A KB label's first given name, past the styles it may open with ("Sheikh Tamim ...")."""
    words = [w for w in label.split() if fold(w) not in HONORIFIC_WORDS]
    return words[0] if len(words) > 1 else None


def _words(name: str) -> list[str]:
    return [w for w in clean_name(name).split() if not _INITIAL.fullmatch(w)]


def _initial_agrees(name: str, label: str) -> bool:
    """Whether a name opened by an initial ("N. P. Saud") may be the KB person's: the initial
    is their first given name's ("Foreign Minister N. P. Saud" of Nepal is not the KB's
    "Prince Faisal bin Farhan Al Saud", found by the surname alone)."""
    first = clean_name(name).split()[:1]
    if not first or _INITIALS.fullmatch(first[0]) is None:
        return True
    given = _given_word(label) or label
    return fold(given)[:1] == fold(first[0])[:1]


def first_names_agree(first: str, label: str) -> bool:
    a = _vowel_i(fold(first).rstrip("."))
    b = _vowel_i(fold(label).split()[0])
    if a == b or _NICKNAMES.get(a) == b or _NICKNAMES.get(b) == a:
        return True
    if _NICKNAMES.get(a) and _NICKNAMES.get(a) == _NICKNAMES.get(b):
        return True
    return len(a) == 1 and b.startswith(a)


def same_person(label: str, words: list[str]) -> bool:
    """Whether a name as written (words) can be the person with this label: same surname and
    agreeing first name, or the written words are the label's last words ("Lopez Obrador")."""
    if not words:
        return False
    parts = _label_keys(label)
    if _word_key(words[-1]) != parts[-1]:
        return False  # most often: the surname alone decides
    written = tuple(_word_key(w) for w in words)
    if len(words) == 1 or parts[-len(written) :] == written:
        return True
    if _other_lineage(parts, written):
        return False
    return first_names_agree(words[0], label)


def _other_lineage(parts: tuple[str, ...], written: tuple[str, ...]) -> bool:
    """Whether a long name and a long label share given name and family but none of the names
    between (a father's and grandfather's names in Gulf names: "Ahmad Nasser Al-Mohammad
    Al-Sabah" is not "Ahmed Nawaf Al-Ahmad Al-Sabah")."""
    if len(parts) < 3 or len(written) < 3:
        return False
    between = {w for w in written[1:-1] if w not in NAME_PARTICLES}
    label_between = {p for p in parts[1:-1] if p not in NAME_PARTICLES}
    return len(between) >= 1 and len(label_between) >= 1 and not between & label_between


def _romanised(word: str) -> str:
    """A name word with the letters romanisations of one Cyrillic letter differ by made alike
    ("Zhaparov" and "Japarov", "Berdimuhamedow" and "Berdimuhamedov", "Khurelsukh" and
    "Hurelsuh"), hyphens aside."""
    return _ROMANISED.sub(lambda m: _ROMANISED_AS[m.group(0)], word.replace("-", ""))


_ROMANISED_AS = {"dzh": "j", "zh": "j", "kh": "h", "w": "v", "ts": "c", "yo": "e", "ë": "e"}
_ROMANISED = re.compile("|".join(sorted(_ROMANISED_AS, key=len, reverse=True)))


def _same_words(label: str, words: list[str]) -> bool:
    """Whether a name as written and a KB label are the same words in any order, each written
    word the label's or a longer form of it (of four letters and up), one of them to the letter,
    romanisation and hyphens aside: "Ukhnaagiin Khurelsukh" and "Khurelsukh Ukhnaa",
    "Luvsannamsrain Oyun-Erdene" and "Oyunerdene Luvsannamsrai", "Sadyr Japarov" and "Sadyr
    Zhaparov"; not a namesake who shares one of them."""
    written = [_romanised(_word_key(w)) for w in words]
    parts = [_romanised(p) for p in _label_keys(label)]
    if len(written) < 2 or len(written) != len(parts):
        return False

    def answers(word: str, part: str) -> bool:
        return word == part or (len(part) >= 4 and word.startswith(part))

    return (
        bool(set(written) & set(parts))
        and all(any(answers(w, p) for p in parts) for w in written)
        and all(any(answers(w, p) for w in written) for p in parts)
    )


def _named_within(label: str, words: list[str]) -> bool:
    """Whether a KB label is the first or the last words of a longer name as written (a title
    name and a personal name: "Hu'akavameiliku Siaosi Sovaleni" and "Hu'akavameiliku")."""
    parts = _label_keys(label)
    written = tuple(_word_key(w) for w in words)
    if not parts or len(parts) >= len(written) or min(len(p) for p in parts) < 4:
        return False
    return written[: len(parts)] == parts or written[-len(parts) :] == parts


def _letters(words: list[str]) -> str:
    """A name's letters run together, a doubled letter written once ("Abdel-Fattah el-Sissi"
    and "Abdel Fattah el-Sisi" are both "abdelfatahelsisi")."""
    return _DOUBLED_LETTER.sub(r"\1", _NOT_LETTER.sub("", "".join(fold(w) for w in words)))


_DOUBLED_LETTER = re.compile(r"(.)\1")
_NOT_LETTER = re.compile(r"[^a-z]")


def _written_loosely(label: str, words: list[str]) -> bool:
    """Whether a name of two words and more as written may be a KB label written otherwise: the
    label's first words ("Hassan Sheikh" of "Hassan Sheikh Mohamud"), or the same letters with
    the words joined or split, a doubled letter written once and at most one vowel for another
    ("Abdul Hamid Dbeibah" and "Abdulhamid Dbeibeh"). Only for the holders of the office a
    title names, on the article date (:meth:`People._incumbent_written_otherwise`)."""
    if len(words) < 2:
        return False
    parts = _label_keys(label)
    written = tuple(_word_key(w) for w in words)
    if len(parts) > len(written) and parts[: len(written)] == written and len(written[0]) > 2:
        return True
    a, b = _letters(words), _letters(label.split())
    if a == b:
        return len(a) >= 8
    if len(a) != len(b) or len(a) < 10 or a[:3] != b[:3]:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and all(x in _SPELLING_VOWELS and y in _SPELLING_VOWELS for x, y in diff)


_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti", "ben"})
_ARTICLE_WORD = re.compile(
    r"^(?:[ae]l|a[ds]h?|ash|at|az)$|^(?:[ae]l|a[ds]h?|ash|at|az)-", re.IGNORECASE
)


def _kernel(words: list[str]) -> list[str]:
    """A name's given name and family name: the words after "bin", "ibn" ... (a father's and
    grandfather's names) left out, an article ("Al", "al-") joined to its word and dropped."""
    kept: list[str] = []
    skip = False
    for word in words:
        if fold(word) in _PATRONYMIC:
            skip = True
            continue
        if skip:
            skip = False
            continue
        kept.append(word)
    joined = _letters(kept)
    return [joined, _letters([_ARTICLE_WORD.sub("", w) for w in kept])] if kept else []


def _patronymics_aside(label: str, words: list[str]) -> bool:
    """Whether a name of two words and more as written is a KB label written with more or
    fewer patronymics and its article joined or apart ("Badr Albusaidi", "Badr bin Hamad
    Albusaidi" and "Badr bin Hamad bin Hamood Al Busaidi"): the same first word and the same
    letters once the patronymics are left out. Only for the holders of the office a title names,
    on the article date (:meth:`People._incumbent_written_otherwise`)."""
    parts = label.split()
    if len(words) < 2 or len(parts) < 2 or _word_key(words[0]) != _word_key(parts[0]):
        return False
    if not any(fold(w) in _PATRONYMIC for w in words + parts):
        return False
    a, b = _kernel(words), _kernel(parts)
    return bool(a and b and len(a[1]) >= 8 and (a[0] == b[0] or a[1] == b[1]))


def _companion_of_pronoun(text: str, title_start: int) -> bool:
    """Whether a title opens or continues the list of those who accompany a person a pronoun
    names ("Accompanying him were Foreign Minister X, Trade Minister Y", "He was accompanied by
    ...")."""
    by = max(_ACCOMPANIED_BY.finditer(text, 0, title_start), key=lambda m: m.start(), default=None)
    if by is None:
        return False
    if by.group("front"):
        m = _PRONOUN_ACCOMPANIED.match(text, by.end())
        if m is None:
            return False
        start = m.end()
    elif _PRONOUN_SUBJECT.fullmatch(text, 0, by.start()) is not None:
        start = by.end()
    else:
        return False
    return _UP_TO_TITLE.fullmatch(text, start, title_start) is not None


# "Accompanying him were ...", "He was accompanied by ..."
_PRONOUN_ACCOMPANIED = re.compile(r"(?:him|her)\s+(?:were|was|are|is)\s+(?:also\s+)?")
_PRONOUN_SUBJECT = re.compile(r"(?:He|She)")


def _with_more_names(label: str, words: list[str]) -> bool:
    """Whether a name as written is a KB label of two words and more with more names between or
    after them ("Félix Antoine Tshisekedi Tshilombo" and "Félix Tshisekedi"): the same first
    word, the label's other words in the same order among the rest. Only for the holders of the
    office a title names, on the article date (:meth:`People._incumbent_written_otherwise`)."""
    parts = _label_keys(label)
    written = [_word_key(w) for w in words]
    if len(parts) < 2 or len(written) <= len(parts) or written[0] != parts[0]:
        return False
    rest = iter(written[1:])
    return all(len(part) > 2 and part in rest for part in parts[1:])


def _spelled_apart(label: str, words: list[str]) -> bool:
    """Whether a name as written is a KB label with its surname spelled otherwise (a vowel
    more or less, "y" for "i", "-off" for "-ov": "Tileuberdi" and "Tleuberdi", "Lavroff" and
    "Lavrov"), its other words the label's and its given name agreeing."""
    parts = _label_keys(label)
    written = tuple(_word_key(w) for w in words)
    if len(written) < 2 or len(written) != len(parts) or written[1:-1] != parts[1:-1]:
        return False
    if not first_names_agree(words[0], label):
        return False
    return _one_spelling_apart(_OFF_END.sub("ov", written[-1]), _OFF_END.sub("ov", parts[-1]))


_OFF_END = re.compile(r"off$")
_SPELLING_VOWELS = frozenset("aeiouy")


def _one_spelling_apart(a: str, b: str) -> bool:
    """Whether two surname keys of five letters and up are equal, or differ by one vowel
    written or left out, or by "y" for "i"."""
    if min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diff) <= 1 and all({x, y} == {"i", "y"} for x, y in diff)
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(
        long[i] in _SPELLING_VOWELS and long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


@functools.lru_cache(maxsize=1 << 14)
def _label_keys(label: str) -> tuple[str, ...]:
    """The surname keys of a label's words (cached: every name an article writes is compared
    with each person it has named)."""
    return tuple(surname_key(w) for w in fold(label).split())


@functools.lru_cache(maxsize=1 << 14)
def _word_key(word: str) -> str:
    """The surname key of a word as written."""
    return surname_key(fold(word))


_TRANSLIT_END = re.compile(r"(?:yy|iy|ij|ii|yi)$|(?<=enk)a$")


def surname_key(word: str) -> str:
    """A folded name word with its transliteration variants merged: "zelenskyy", "zelenskiy"
    and "zelensky" are one key, and so are the Belarusian "lukashenka" and the Russian
    "lukashenko" (Wikidata and newsrooms romanise Slavic names differently)."""
    word = _ARABIC_ARTICLE.sub("", word)  # "el-sisi" is also written "sisi"
    if len(word) <= 4:
        return word
    return _vowel_i(_TRANSLIT_END.sub(lambda m: "o" if m.group(0) == "a" else "y", word))


_VOWEL_Y = re.compile(r"(?<=[aeiou])y(?![aeiouy])")


def _vowel_i(word: str) -> str:
    """A name word with a "y" after a vowel and before a consonant or at its end written "i"
    (Russian "й" is romanised both ways: "Shoygu" and "Shoigu", "Sergey" and "Sergei",
    "Nikolay" and "Nikolai"); words of four letters and fewer as written ("Roy", "Kay")."""
    return word if len(word) <= 4 or "y" not in word else _VOWEL_Y.sub("i", word)


_ARABIC_ARTICLE = re.compile(r"^(?i:al|el|ash|ad|as|at)-(?=\w{3})")


_VARIANT_END = re.compile(r"(?:yy|iy|ij|ii|yi|y|(?<=enk)o)$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def spelled(name: str) -> tuple[str, str]:
    """A regex for a name that accepts the transliteration variants of its last word
    ("Zelenskyy" also matches "Zelensky", "Zelenskiy"), and a plain substring every variant
    contains (for a cheap "can it occur here" test)."""
    end = _VARIANT_END.search(name) if len(name.rsplit(" ", 1)[-1]) > 4 else None
    if end is None:
        return re.escape(name), name
    stem = name[: end.start()]
    if end.group(0).lower() == "o":
        return re.escape(stem) + "[oa]", stem
    return re.escape(stem) + "(?:yy|iy|ij|ii|yi|y)", stem


# "Mr. Gerardo Erguiza Jr., Undersecretary of Energy, signed for the Philippines", "... signed
# the amended compact on behalf of the United States"
_ACTS_FOR = re.compile(
    r",?\s+(?:also\s+)?(?:signed|spoke|voted|negotiated|acted)(?:\s+(?:the|a|an|it|them)(?:\s+"
    r"(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|treaty|treaties|memorandum|memorandums|MoUs?|"
    r"MOUs?|deal|documents?|compacts?|protocols?|declaration))?)?\s+(?:for|on\s+behalf\s+of)\s+"
    r"(?:the\s+)?"
)
# "China was represented (at the summit) by Premier ...", "..., and Russia by Foreign Minister"
_REPRESENTED_BY = re.compile(
    r"\s+(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+)?represented\s+"
    r"(?:(?:at|in)\s+[^,;:()]{1,80}?\s+)?by\s+(?:the\s+)?"
)
_BARE_BY = re.compile(r"\s+by\s+(?:the\s+)?")
_AND_BEFORE = re.compile(r"(?:,\s*|\s+)and\s+$")
# "was signed by Foreign Minister X on behalf of Bhutan": a signer named after "by" acts for
# the state after "on behalf of" (a bare "for" after a name may be a reason's: "for China's")
_BY_BEFORE = re.compile(r"\bby\s+$")
_ON_BEHALF_OF = re.compile(r",?\s+on\s+behalf\s+of\s+(?:the\s+)?")


def _acts_for_named(m: Mention, mentions: list[Mention], text: str, base: int) -> bool:
    """Whether the person signed or acted "on behalf of" a state or organisation named right
    after them ("by Commission President Ursula von der Leyen on behalf of the European Union")
    or right before ("on behalf of the European Union by ..."): whom they serve is told, and
    never the state the sentence names besides."""
    parties = {Code.ORG, Code.STATE}
    after = _ON_BEHALF_OF.match(text, m.end - base)
    if after is not None:
        return any(k.begin == base + after.end() and k.code in parties for k in mentions)
    told = _FOR_PARTY_BY.search(text, max(0, m.begin - base - 120), m.begin - base)
    if told is None:
        return False
    return any(k.begin == base + told.start("s") and k.code in parties for k in mentions)


# "signed for Japan by ", "and on behalf of the Philippines by ": the state before a signer
_FOR_STATE_BY = re.compile(
    r"\b(?:on\s+behalf\s+of|signed\s+for|and\s+for)\s+(?:the\s+)?(?P<s>[A-Z][^,;:()]{1,40}?),?\s+by\s+$"
)
# (and "... by Commission ", a word of the title the person's mention leaves out)
_FOR_PARTY_BY = re.compile(
    r"\b(?:on\s+behalf\s+of|signed\s+for|and\s+for)\s+(?:the\s+)?(?P<s>[A-Z][^,;:()]{1,40}?),?\s+by\s+"
    r"(?:[A-Z][\w-]*\s+)?$"
)
# a capitalised word standing alone: not next to another capitalised word ("Costa Rica") or
# a hyphen, not a possessive's stem followed by a capitalised word (the capital comes first, so
# that a search scans for capitals; the lookbehind after it checks the character before it)
# (two letters and up: "Xi", "Li", "Abe" are surnames of the KB's leaders)
_BARE_SURNAME = re.compile(r"[A-Z](?<![\w§’'.-].)[a-zà-ÿ]{1,}(?![\w-])(?!\s+[A-Z][a-z])")


@functools.lru_cache(maxsize=4096)
def _standalone(pattern: str) -> re.Pattern[str]:
    """A name pattern as a whole word (compiled once per process, not per article)."""
    return re.compile(rf"(?<![\w§]){pattern}(?![\w-])")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` matches in a str pattern


def whole_words(pattern: str, stem: str, text: str) -> Iterator[tuple[int, int]]:
    """Where the name ``spelled`` gave as ``pattern`` and ``stem`` occurs in ``text`` as a
    whole word: the matches of :func:`_standalone`, found without a regular expression when
    the name has no variants (then the pattern is the name, escaped). Each process met a few
    thousand names of a large load's articles, and compiled a pattern for each (~3 % of its
    extraction)."""
    if len(pattern) != len(stem) and pattern != re.escape(stem):
        for m in _standalone(pattern).finditer(text):
            yield m.start(), m.end()
        return
    size = len(stem)
    at = text.find(stem)
    while at >= 0:
        end = at + size
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if (not before or (before != "§" and not _is_word(before))) and (
            not after or (after != "-" and not _is_word(after))
        ):
            yield at, end
            at = text.find(stem, end)
        else:
            at = text.find(stem, at + 1)


_CAPITALISED_BEFORE = re.compile(
    r"(?:[A-Z][\w’'.-]*|da|de|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ibn|al|el|le|la)"
    r"\s+$"
)
_NOT_SURNAMES = frozenset(
    """january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today however meanwhile also
    president minister prime foreign secretary chancellor king queen state states republic
    government parliament people party union council may""".split()
)

# surname, family-name-first and given-name-first indexes (see _name_indexes)
_NameIndexes = tuple[
    dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]
]
_SURNAMES: dict[str, _NameIndexes] = {}
#: the code the name indexes are built by: editing it rebuilds their disk cache
_NAME_CODE = (Path(__file__), Path(gazetteer_module.__file__))


def surname_index(kb: KbIndex) -> dict[str, tuple[str, ...]]:
    """Surname key (:func:`surname_key`) -> QIDs of KB people (built once per index)."""
    return _name_indexes(kb)[0]


def family_first_index(kb: KbIndex) -> dict[str, tuple[str, ...]]:
    """Family name key -> QIDs of the KB's leaders and foreign ministers of the states that
    write the family name first (:data:`_FAMILY_FIRST`: "Xi" is Xi Jinping)."""
    return _name_indexes(kb)[1]


def given_first_index(kb: KbIndex) -> dict[str, tuple[str, ...]]:
    """Given name key -> QIDs of the KB's leaders and foreign ministers of the states whose
    officials are called by their given name (:data:`_GIVEN_NAME_FIRST`: "Abiy" is Abiy Ahmed
    Ali, "Retno" Retno Marsudi)."""
    return _name_indexes(kb)[2]


def _name_indexes(kb: KbIndex) -> _NameIndexes:
    """:func:`surname_index`, :func:`family_first_index` and :func:`given_first_index`, built in
    one pass over the KB's names, once per index."""
    cached = _SURNAMES.get(kb.version)
    if cached is None:
        # cached on disk beside the KB index: building it is a tenth of a second of every
        # command's start-up (and of every load's, before its workers can start)
        cached = cached_table(kb, "surnames", _NAME_CODE, tuple, lambda: _build_name_indexes(kb))
        _SURNAMES[kb.version] = cached
    return cached


def _build_name_indexes(kb: KbIndex) -> _NameIndexes:
    last: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for name, qids in kb.names().items():
        parts = name.split()
        if len(parts) < 2:
            continue
        for qid in qids:
            if kb.kind_of(qid) is not EntityKind.PERSON:
                continue
            last.setdefault(surname_key(fold(parts[-1])), set()).add(qid)
            if any(
                t.role in _SINGLE_HOLDER_ROLES and t.jurisdiction in _FAMILY_FIRST
                for t in kb.tenures(qid)
            ):
                first.setdefault(surname_key(fold(parts[0])), set()).add(qid)
            if any(
                t.role in _SINGLE_HOLDER_ROLES and t.jurisdiction in _GIVEN_NAME_FIRST
                for t in kb.tenures(qid)
            ):
                given.setdefault(surname_key(fold(parts[0])), set()).add(qid)
    return (
        {k: tuple(sorted(v)) for k, v in last.items()},
        {k: tuple(sorted(v)) for k, v in first.items()},
        {k: tuple(sorted(v)) for k, v in given.items()},
    )


@functools.lru_cache(maxsize=1 << 14)
def _top_office_holders(kb: KbIndex, word: str) -> tuple[str, ...]:
    """The KB people of this surname who ever headed a state or government or were its foreign
    minister (what :meth:`People._in_office` narrows down by date; cached per KB and word), the
    family name first for the states that write it so ("Xi")."""
    key = surname_key(fold(word))
    last = tuple(
        q
        for q in surname_index(kb).get(key, ())
        if any(t.role in _SINGLE_HOLDER_ROLES for t in kb.tenures(q))
    )
    return last + tuple(q for q in family_first_index(kb).get(key, ()) if q not in last)


def _started_by(tenure: KbTenure, day: dt.date) -> bool:
    """Whether a KB tenure had begun by ``day`` (it may have ended since, or the KB may miss its
    end): not one that began later ("President Bush" in 1990 is not George W. Bush, president
    from 2001, whatever the KB lacks)."""
    start = tenure.start
    return start is not None and (start.year, start.month or 1, start.day or 1) <= (
        day.year,
        day.month,
        day.day,
    )


def _titled_by_another(text: str, begin: int, titles: list[TitleMatch], title: TitleMatch) -> bool:
    """Whether a different title (not a bare "Ambassador" rank) stands right before a name (not
    a former office's, when the current one is apposed after with "the": "Former Kenyan
    president Uhuru Kenyatta, the EAC's facilitator for the peace process,"; session 32)."""
    before = text[:begin].rstrip()
    return any(
        t is not title
        and t.end == len(before)
        and t.role != title.role
        and t.text.lower() != "ambassador"
        and not (
            title.begin > begin
            and _THE_APPOSED_BEFORE.search(text, 0, title.begin) is not None
            and (
                _FORMER_OPENING.match(t.text) is not None
                or _FORMER_BEFORE.search(text, max(0, t.begin - 40), t.begin) is not None
            )
        )
        for t in titles
    )


def _title_first_list(
    text: str, span: tuple[int, int], titles: list[TitleMatch], title: TitleMatch
) -> bool:
    """Whether a title after "Name," opens the next pair of a list of titles each followed by
    its holder's name: "signed by the Director General of Morocco's Office of Mines, Amina
    Benkhadra, the Chief Executive Officer of the Nigerian National Petroleum Company, Mele
    Kyari, and ..." (the second title is Kyari's, not Benkhadra's; session 41). Not a list
    that opens with a name ("Joe Biden, the President of the United States, Fumio Kishida, the
    Prime Minister of Japan, ..."): there each title follows its holder."""
    if span[1] > title.begin or not _COMMA_THE_BETWEEN.fullmatch(text, span[1], title.begin):
        return False
    if not _BODY_THEN_NAME.match(text, title.end):
        return False  # (the title names no one after it)
    return any(
        t is not title
        and t.end <= span[0]
        and _BODY_THEN_COMMA.fullmatch(text, t.end, span[0])
        and not _NAME_COMMA_BEFORE.search(text, max(0, t.begin - 60), t.begin)
        for t in titles
    )


def _name_first_list(
    text: str, title: tuple[int, int], span: tuple[int, int], titles: list[TitleMatch]
) -> bool:
    """Whether a title after "Name," and before ", Name2, the Title2" is the first name's, in a
    list of names each followed by its title: "Joe Biden, the President of the United States,
    Fumio Kishida, the Prime Minister of Japan, and ..." (not Kishida's; session 41). The
    list opens with the name (no comma before it), so the title is an apposition, as in a list
    that opens with a title each title is the next name's (_title_first_list)."""
    start, stop = title
    opener = _OPENING_NAME_BEFORE.search(text, max(0, start - 80), start)
    if (
        opener is None
        or text[: opener.start()].rstrip().endswith(",")
        # (a title, not a name: "At the invitation of the Prime Minister, the Chairperson of
        # the African Union and President of the Comoros, H.E. Mr. Azali Assoumani")
        or any(t.begin < opener.end() and opener.start() < t.end for t in titles)
        or span[0] < start
        or "," not in text[stop : span[0]]
    ):
        # (a name after a comma is itself apposed, to the title before it: "the Foreign
        # Minister of Brazil, Mr Mauro Vieira, the Foreign Minister of Russia, Mr Sergey
        # Lavrov"; a name right after its title, no comma between, is the title's: "President
        # of Romania Klaus Iohannis, President of Moldova Maia Sandu, ...")
        return False
    # (the second name's own title: apposed after it, inside its mention or right after)
    after = _COMMA_THE_AFTER.match(text, span[1])
    return any(
        span[0] < t.begin < span[1] or (after is not None and t.begin == after.end())
        for t in titles
    )


# a list's opening name right before its title: "Joe Biden, the " (no comma before the name)
_OPENING_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*,\s+(?:the\s+)?$")
_COMMA_THE_AFTER = re.compile(r",\s+(?:the\s+)?")


# (_title_first_list) ", the " between a name and the next title; a body's name after a title,
# then a comma (and the holder's full name after it)
_COMMA_THE_BETWEEN = re.compile(r",\s+the\s+")
_BODY_WORD = r"(?:of|for|and|the|on|[A-Z][\w'’.&-]*|\([A-Z][A-Za-z]{1,9}\))"
_BODY_THEN_COMMA = re.compile(rf"(?:\s+{_BODY_WORD})*\s*,\s+")
_BODY_THEN_NAME = re.compile(
    rf"(?:\s+{_BODY_WORD}){{0,12}}?,\s+(?:[A-Z][a-zà-ÿ'’-]+\s+){{1,3}}[A-Z][a-zà-ÿ'’-]+\s*(?:,|\.|\band\b)"
)
# a name and a comma right before a title: "Joe Biden, the President ..." (a list that opens
# with a name)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s+(?:the\s+)?$")


# ", the EAC's " before an apposed title (_titled_by_another)
_THE_APPOSED_BEFORE = re.compile(r"[a-z],\s+the\s+(?:[A-Z][\w.-]*['’]s\s+)?$")


#: a minister's or diplomat's rank before a name, with no portfolio or post ("Minister Wong")
_RANK_TITLE = re.compile(
    r"(?:(?:acting|interim|new|outgoing)\s+)?(?:minister|ambassador)", re.IGNORECASE
)
#: what makes a rank an office: a portfolio or post after it ("Minister of High-Tech Industry",
#: "Minister in Charge of ...", "Ambassador to ..."), Singapore's "Senior Minister" before it
_RANK_FIELD_AFTER = re.compile(r"[\s-]+(?:of|for|in[\s-]+charge|to)\b", re.IGNORECASE)
_SENIOR_BEFORE = re.compile(r"\bSenior\s+$")


def _rank_only(text: str, title: TitleMatch, office: Office) -> bool:
    """Whether a title is a bare rank ("Minister Pandor", "Australia's Minister Wong",
    "Ambassador Nicholas Burns"): no office of its own (ANNOTATION.md §4: a Tenure needs an
    office title; a state's ambassador, "Polish Ambassador Krzysztof Krajewski", holds one)."""
    return (
        _RANK_TITLE.fullmatch(title.text) is not None
        and office.accredited_to is None
        and (office.role != "Ambassador" or office.label == title.text)
        and _RANK_FIELD_AFTER.match(text, title.end) is None
        and _SENIOR_BEFORE.search(text, max(0, title.begin - 8), title.begin) is None
        # "Turkish Family and Social Services Minister Derya Yanik": a portfolio before it
        and not _field_word_before(text, title.begin)
    )


def _field_word_before(text: str, start: int) -> bool:
    """Whether a capitalised field word ("Services", "Defense") comes right before ``start``."""
    end = len(text[:start].rstrip())
    if end == start:
        return False
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "-"):
        begin -= 1
    return begin < end and FIELD_WORD.fullmatch(text, begin, end) is not None


def _other_office(held: Office, office: Office) -> bool:
    """Whether a title after a person already titled names someone else: a different office
    (a bare diplomatic rank, "Ambassador Marcia Bernicat, Senior Official for ...", is not one)."""
    if held.role == "Ambassador" and held.jurisdiction is None and held.accredited_to is None:
        return False
    return held.role != office.role or (
        held.jurisdiction is not None
        and office.jurisdiction is not None
        and held.jurisdiction.key != office.jurisdiction.key
    )


# a body's head noun alone before a title ("Forum Secretary General"), not after "the"
_BODY_WORD_END = re.compile(r"(?<![\w.’'-])(?<!the\s)(?<!The\s)(?P<w>Forum|Alliance|League)\s+$")
_ACRONYM_END = re.compile(r"(?<![\w.’'-])[A-Z]{2,6}\s+$")


def _word_end_before(text: str, start: int) -> int | None:
    r"""Where the word before ``start`` ends, less a possessive "'s", when spaces separate it from
    ``start``: the end of group ``tok`` of ``(?P<tok>\S+?)(?:['’]s)?\s+$`` searched in
    ``text[:start]``, found from the end rather than by a search from every position."""
    before = text[:start]
    stripped = before.rstrip()
    if not stripped or len(stripped) == len(before):
        return None
    if len(stripped.rsplit(None, 1)[-1]) >= 3 and stripped[-2] in "'’" and stripped[-1] == "s":
        return len(stripped) - 2
    if len(stripped) > 3 and stripped[-1] in "'’" and stripped[-2] == "s" and stripped[-3] != " ":
        return len(stripped) - 1  # "The United States' special envoy" (session 43)
    return len(stripped)


#: the offices a capital's possessive may give its state ("Beijing's special envoy", "Moscow's
#: ambassador", "Tehran's foreign minister"; not a city's own: "Tokyo's governor")
_CAPITAL_SPEAKS_ROLES = frozenset(
    {
        "Ambassador",
        "SpecialEnvoy",
        "ForeignMinister",
        "DeputyMinister",
        "HeadOfState",
        "HeadOfGovernment",
    }
)
#: titles a portfolio's words may come before ("National Defense Minister")
_PORTFOLIO_ROLES = frozenset({"Minister", "DeputyMinister"})
# a chamber's word right before a speaker's title ("House Speaker", "Parliament Speaker")
_CHAMBER_END = re.compile(r"(?<![\w.’'-])(?:House|Senate|Parliament|Assembly)\s+$")
#: the words between a state and its minister's title: field words, "and", "&", commas
_FIELD_RUN_GAP = re.compile(r"(?:,|\s+(?:and|&))?\s+$")
_FIELD_RUN_MAX = 5


def _state_before_field(text: str, start: int, by_end: dict[int, Mention]) -> Mention | None:
    """The state or demonym before a run of capitalised field words that ends at ``start``
    ("Turkish National Defense Minister": "Turkish"), None if the run ends elsewhere or
    another word interrupts it."""
    pos = start
    for _ in range(_FIELD_RUN_MAX):
        gap = _FIELD_RUN_GAP.search(text, max(0, pos - 6), pos)
        if gap is None:
            return None
        end = gap.start()
        # (the owner first: "U.S." ends with no word's character)
        owner = by_end.get(end)
        if owner is not None:
            return owner if owner.code in {Code.STATE, Code.DEMONYM} and pos < start else None
        begin = end
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "-"):
            begin -= 1
        if begin == end:
            return None
        if not FIELD_WORD.fullmatch(text, begin, end):
            return None
        pos = begin
    return None


# "X was appointed foreign minister", "X has been named ambassador", "X was sworn in as ..."
# ("Qin Gang, who was appointed foreign minister in December", "Lavrov has been Russia's
# foreign minister since 2004", "Mohammed bin Salman, who is also prime minister")
_APPOINTED_BEFORE = re.compile(
    r"(?:,\s+who)?\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:newly\s+|formally\s+|"
    r"officially\s+)?(?:appointed|named|elected|re-?elected|sworn\s+in|confirmed|installed)\s+"
    r"(?:as\s+)?|(?P<is>is|has\s+been|(?:currently\s+|now\s+)?serves\s+as|"
    r"is\s+(?:currently\s+|now\s+)?serving\s+as)\s+(?:also\s+)?)(?:the\s+)?(?:new\s+)?$"
)


# an office whose end the text gives: "foreign minister until his death", "ambassador from 2012
# to 2017", "foreign minister at the time", "who was ousted"
_ENDED_AFTER = re.compile(
    r"\s+(?:(?:from|between|in)\s+(?:19|20)\d\d\s*(?:-|–|to|and|until)\s*(?:19|20)\d\d|"
    r"(?:from\s+(?:19|20)\d\d\s+)?(?:until|till)\b|at\s+the\s+time\b(?!\s+of\b))|"
    # one its holder was removed from: "President Mohamed Bazoum, who was ousted in July"
    r",?\s+(?:who\s+)?(?:was|had\s+been|has\s+been)\s+(?:ousted|deposed|toppled|overthrown|"
    r"removed\s+from\s+(?:power|office))\b|"
    # "Prime Minister X, who has not held office since 2015"
    r",\s+who\s+(?:has|had)\s+not\s+held\s+(?:the\s+|that\s+|any\s+)?(?:office|post)\b"
)


# the patterns of title binding, compiled once (``pattern.match(text, pos)`` and
# ``pattern.search(text, 0, end)`` rather than slices: these have no lookbehind, no "^" and no
# "\b" at their start, so the result is the same as on the slice)
_PLURAL_TITLE = re.compile(
    # (not the "President of the Council of Ministers" or "Chairman of the Cabinet of Ministers",
    # one head of government)
    r"(?<!council\sof\s)(?<!cabinet\sof\s)(?:ministers|presidents|ambassadors|leaders|secretaries|"
    r"(?:services|agencies|committees|bureaus)|"
    r"captains\s+regents?)$",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_LIST_OPEN = re.compile(r",\s+")
_STATE_LIST_SEP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_LIST_CLOSE = re.compile(r",\s+(?:the\s+)?$")
_LIST_SEP_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")


def _coordinated_owners(
    text: str, base: int, title: TitleMatch, mentions: list[Mention]
) -> list[Entity]:
    """The states listed before a plural title's head noun, in order ("his U.S. and Japanese
    counterparts": the United States and Japan); none unless two or more."""
    by_end = {m.end - base: m for m in mentions if m.code in {Code.STATE, Code.DEMONYM}}
    words = title.text.split()
    pos = title.end - len(words[-1]) if words else title.begin
    found: list[Entity] = []
    while len(found) < 6:
        end = _word_end_before(text, pos)
        owner = by_end.get(end) if end is not None else None
        if owner is None or owner.entity is None or end != owner.end - base:
            break
        found.append(owner.entity)
        pos = owner.begin - base
        sep = _LIST_SEP_BEFORE.search(text, max(0, pos - 8), pos)
        if sep is None:
            break
        pos = sep.start() + 1 if text[sep.start()] == " " else sep.start()
    return found[::-1] if len(found) > 1 else []


_NAME_START = re.compile(r"(?:[A-Z]|H\.E\.)")
# a plural title's group before a list of "Australia's Penny Wong" items: ", " or "of the
# other two Quad members, " (words without a clause of their own)
_GROUP_OF_AFTER = re.compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:other\s+|fellow\s+)?(?:(?:two|three|four|five|six|"
    r"several|some)\s+)?(?:[\w’'-]+\s+){0,3}?(?:members?|partners?|countries|states|nations|"
    r"allies|neighbou?rs|governments|economies)(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3})?)?,\s+"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+")
_NOTHING = re.compile("")
# offices a plural title lists holders of ("Foreign ministers Sergey Lavrov and Wang Yi")
_PLURAL_ROLES = frozenset(
    {"ForeignMinister", "HeadOfState", "HeadOfGovernment", "DeputyHeadOfGovernment"}
)
_EMBASSY_AFTER = re.compile(
    r"\s+(?:Embassy|Permanent\s+Mission|Mission|Delegation|Consulate(?:\s+General)?|"
    # "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov"
    r"Armed\s+Forces|Army|Navy|Air\s+Force|Government|Foreign\s+Ministry)\b"
    r"(?P<to>\s+(?:to|in)\s+(?:the\s+)?)?"
)
_MINISTRY_CHAIN = re.compile(
    r"\s+(?:Ministry|Department|Embassy|Office)(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*))*\s+"
)
# "the Chinese ambassador, Zhou Pingjian, in Nairobi": an envoy's post after the apposed name
_POSTED_IN_AFTER = re.compile(r",\s+in\s+(?=§|[A-Z])")
# "X, who also serves as deputy prime minister,": a second office told in a relative clause
_SERVES_AS_BEFORE = re.compile(
    r",\s+who\s+(?:also\s+|currently\s+|concurrently\s+)?(?:(?:serves|doubles)(?:\s+also)?\s+as|"
    r"is(?:\s+also)?)\s+"
    r"(?:the\s+|(?:the\s+)?country['’]s\s+|its\s+)?$"
)
_TITLE_CLOSED = re.compile(r"\s*(?:[,;]|\.\s*$|\.\s)")
_SECOND_OFFICE_ROLES = frozenset(
    {"DeputyHeadOfGovernment", "HeadOfGovernment", "ForeignMinister", "Minister", "DeputyMinister"}
)
# "asked Paris to replace its ambassador": the verb of a request, before the one asked
_ASKED_BEFORE = re.compile(r"\b(?:asked|urged|requested|told|called\s+on|demanded\s+that)\s+$")
# between the state that asks and the one asked: its body and the verb ("'s junta asked ")
_SUBJECT_ASKED = re.compile(
    r"(?:['’]s)?(?:\s+(?:military\s+)?(?:junta|government|authorities|leaders?|rulers?))?"
    r"(?:\s+(?:on\s+[A-Z][a-z]+|formally|officially|also|has|had))*\s+(?:asked|urged|requested|"
    r"told|called\s+on|demanded\s+that)\s+"
)
_DEPUTY_BEFORE = re.compile(r"(?<=\s)[Dd]eputy\s+$")
_COUNTRYS_BEFORE = re.compile(r"\b(?:[Tt]he\s+)?(?:country|nation)['’]s\s+$")
_WHO_AFTER = re.compile(r",\s+who\b")
# a plural verb right after a title that follows "Name,": the two are a headline's joined
# subject, not an apposition ("Kishida, UAE president agree to boost ties", "Macron, Saudi crown
# prince discuss Lebanon"; session 41)
_JOINT_VERB_AFTER = re.compile(
    r"\s+(?:agree|discuss|hold|meet|sign|vow|pledge|urge|seek|reaffirm|welcome|review|exchange|"
    r"talk|hail|mull|launch|attend|condemn|express|underline|stress|share|laud|eye)\b"
)
_ITS_BEFORE = re.compile(r"(?<![\w'’-])its\s+$")
# between a noun phrase and the "its" of its state: "'s Ministry of Intelligence said that "
_ITS_GAP = re.compile(
    r"(?:['’]s\s+[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,8})?"
    r"\s+(?:(?:[a-z]+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+){1,4}"
)
_FROM_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
_OF_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_TO_AFTER = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?")
# "summoned U.S. Ambassador", "summoned the British ambassador": before an ambassador's title
# ("ordered the expulsion of Rwanda's ambassador Vincent Karega" too)
_SUMMONED_BEFORE = re.compile(
    r"\b(?:summon(?:ed|s|ing)?|expel(?:led|s|ling)?|(?:ordered\s+)?the\s+expulsion\s+of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’]*\s+){0,3}$"
)
_TITLED_NAME_GAP = re.compile(r"(?:\s+[A-Z][\w.'’-]*){2,8}\s+")
# between a summoner and the verb: "China on Tuesday summoned", "The ministry has summoned"
_SUMMONER_GAP = re.compile(
    # ("Malaysia's foreign ministry summoned": a body of its own in lower case)
    r"(?:['’]s\s+[A-Za-z]+(?:\s+[A-Z][a-z]+){0,2}|['’]s?\s+foreign\s+(?:ministry|office))?\s+(?:(?:also|then|later|again|has|have|had|"
    r"on\s+[A-Z]\w+|late\s+on\s+[A-Z]\w+|yesterday|today)\s+)*"
)
# "the Chinese delegation included", "the Turkmen side was represented by", "a Moroccan
# delegation headed by", "the delegation of Egypt was led by": the opening of a delegation's list
_DELEGATION_AFTER_STATE = re.compile(r"\s+(?:delegation|side)\b")
_DELEGATION_BEFORE_STATE = re.compile(r"\b[Dd]elegation\s+(?:of|from)\s+(?:the\s+)?$")
_DELEGATION_LIST = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?"
    r"(?:included|includes|including|comprised|comprising|represented\s+by|led\s+by|"
    r"headed\s+by)\s+"
)
# what ends a delegation's list before a later title: a clause or another side
_LIST_BREAK = re.compile(
    r";|:|\.\s|\b(?:while|whereas|but|delegation|side|counterparts?|met|received|hosted|"
    r"said|told|spoke)\b",
    re.I,
)
# "... Trade Minister Mehmet Mus and ": a person's name after a title, then "and"
_LISTED_NAME_BEFORE = re.compile(
    r"\s+(?:(?:[A-Z][\w'’.-]*|bin|ibn|al|el|de|da|van|von|der)\s+){1,5}and\s+"
)
_AND_AFTER = re.compile(r"\s+and\s+")
# two titles of one person joined by "and" or a dash ("Deputy Prime Minister – Minister of Foreign
# Affairs of Kazakhstan Murat Nurtleu", Kazakhstan's own releases)
_TITLES_JOIN = re.compile(r"\s+and\s+|\s*[–—]\s*|\s+-\s+")
_TITLES_JOIN_BEFORE = re.compile(r"(?:\s+and\s+|\s*[–—]\s*|\s+-\s+)$")
# an organ's name the KB lacks, then "of" its organisation ("Supreme State Council of the ")
_ORGAN_OF = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){0,4}(?:Council|Commission|Committee|Assembly|Board|Secretariat)"
    r"\s+of\s+(?:the\s+)?"
)
# a title that ends with its state ("Minister of Foreign Affairs of Kazakhstan")
_OF_A_STATE_END = re.compile(r"\sof\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}$")
# the first of two titles that takes the state the second one names after it
_STATED_PAIR_ROLES = frozenset(
    {"DeputyHeadOfGovernment", "HeadOfGovernment", "ForeignMinister", "Minister"}
)


# the offices a list's title would have given instead of another
_TOP_ROLES = frozenset({"HeadOfState", "HeadOfGovernment", "ForeignMinister"})
# the offices of a diplomatic career (People._diplomat_namesake)
_DIPLOMATIC_ROLES = frozenset(
    {"Ambassador", "SpecialEnvoy", "ForeignMinister", "DeputyMinister", "SeniorOfficial", None}
)


def _ends_with_state(office: Office) -> bool:
    """Whether an office's title names its state after it ("... of Kazakhstan")."""
    return (
        office.jurisdiction is not None
        and office.jurisdiction.kind is EntityKind.STATE
        and _OF_A_STATE_END.search(office.label) is not None
    )


# a field in capitalised words up to an apposed name's comma ("... and Sustainable Development, ")
_FIELD_WORDS = (
    r"[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+|(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,9}"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?"
)
_APPOSED_FIELD = re.compile(
    rf"(?P<field>\s+(?:(?:and|&)\s+|(?:of|for|on)\s+(?:the\s+)?)?{_FIELD_WORDS}),\s+(?=[A-Z])"
)
# a state's office or company after "of": "of Morocco's National Office of ... (ONHYM), "
_POSSESSED_FIELD = re.compile(rf"(?P<field>['’]s\s+{_FIELD_WORDS}),\s+(?=[A-Z])")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,;.)]|$)")
_CHIEF_EXECUTIVE = re.compile(r"(?:[Gg]roup\s+)?[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?")
# a title's field the title patterns did not read, up to the name after it: "of the Chamber
# of Deputies Roberto Fico" (the "run" of capitalised words and their "of", "and")
_UNREAD_FIELD = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<run>[A-Z][\w'’-]*(?:(?:,?\s+and\s+|\s+(?:of|for)\s+"
    r"(?:the\s+)?|\s+)[A-Z][\w'’-]*){2,9})"
)
# ... after a demonym: "of the Italian Chamber of Deputies Roberto Fico"
_UNREAD_BODY = re.compile(
    r"\s+(?P<run>[A-Z][\w'’-]*(?:(?:,?\s+and\s+|\s+(?:of|for)\s+(?:the\s+)?|\s+)"
    r"[A-Z][\w'’-]*){2,9})"
)
# a noun after "of the Italian", a body of the state (not "of the Russian Federation")
_BODY_AFTER_DEMONYM = re.compile(
    r"\s+(?!(?:Government|Republic|Federation|Kingdom|Confederation|State|Union|Nation|"
    r"People)\b)[A-Z]"
)
_RUN_WORD = re.compile(r"[A-Z][\w'’-]*")
# plural nouns of bodies a field names ("of the Chamber of Deputies", "Council of Ministers")
_BODY_NOUNS = frozenset(
    """deputies representatives ministers lords commons people's peoples nations states
    councillors elders experts governors directors trustees justices emirates""".split()
)
# a rank of no role between an apposed title and its name (session 30, people)
_RANK_BETWEEN = re.compile(
    r"State\s+Councill?or\s+(?=[A-Z])|"
    # a style the name's mention does not take: "the President of the United Arab Emirates, His
    # Highness Sheikh Mohamed bin Zayed" (session 37, meetings)
    r"(?:His|Her)\s+(?:(?:Royal\s+)?Highness|Majesty|Excellency)\s+(?=[A-Z])"
)
_INCLUDING_GAP = re.compile(r",?\s+(?:including|among\s+them)\s+(?:with\s+)?")
_HOLDER_GAP = re.compile(r"(?:,\s*(?:the\s+)?|\s+(?:the\s+(?=Hon|Rt\b|Right\s+Hon))?)")
# "Ankara appointed Salih Mutlu Sen as its ambassador to Cairo": the appointing state's envoy
# a relative or an aide told by the office of the one they are related to or serve ("The wife
# of the President of Brazil, X", "The Chief of Staff of the President of Ukraine, X")
_KIN_OF_BEFORE = re.compile(
    r"\b(?:(?P<kin>wife|husband|spouse|widow(?:er)?|sons?|daughters?|brothers?|sisters?|mother|"
    r"father|(?:grand)?(?:son|daughter)s?|nephews?|nieces?|cousins?|(?:son|daughter)s?-in-law)"
    r"\s+of|(?:advis[eo]r|aide|envoy|chief\s+of\s+staff|spokes(?:man|woman|person)|"
    r"press\s+secretary|assistant|counsell?or)\s+(?:of|to))"
    r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$",
    re.IGNORECASE,
)
# a relative's word right before their name, after the one they are related to ("Kim Jong
# Un's sister Kim Yo Jong", "his wife Olena Zelenska")
_KIN_BEFORE_NAME = re.compile(
    r"(?:['’]s|\b[Hh]is|\b[Hh]er)\s+(?:(?:younger|elder|older|late)\s+)?"
    r"(?:wife|husband|spouse|sister|brother|son|daughter|mother|father|nephew|niece|cousin)"
    r"\s+(?=[A-Z])"
)
_KIN_HINT = re.compile(
    r"\b(?:wife|husband|spouse|sister|brother|son|daughter|mother|father|nephew|niece|cousin)\s+[A-Z]"
)
_APPOSED_AFTER = re.compile(r"\s*,\s+")
# a title and name that open the name of a body, a place or a prize named after the person:
# "the King Salman Humanitarian Aid and Relief Centre", "the Sheikh Zayed Grand Mosque", "the
# King Abdulaziz International Airport", "the Queen Elizabeth II Centre" (no one holds the
# title there: session 27)
_NAMED_FOR = re.compile(
    r"\s+(?:(?:[A-Z][\w'’.-]*|bin|bint|ibn|al|el|de|da|du|von|van)\s+){1,7}?"
    r"(?:(?:and|for|of|&)\s+(?:[A-Z][\w'’.-]*\s+){0,3}?)?"
    r"(?:Centre|Center|Foundation|Fund|Institute|University|College|School|Academy|Airport|"
    r"Air\s+Base|Hospital|Mosque|Cathedral|Prize|Award|Medal|Stadium|Bridge|Causeway|Street|"
    r"Avenue|Boulevard|Square|Library|Museum|Dam|Trust|Endowment|Charity|Memorial|Mausoleum|"
    r"Trophy|Canal|Park)\b"
)
_ITS_APPOINTEE = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:formally\s+|officially\s+)?(?:appointed|named|nominated|designated)\s+"
    rf"(?P<name>{_NAME_PART}(?:\s+{_PARTICLE}*{_NAME_PART}){{1,3}})\s+as\s+its\s+$"
)
# ("Macky Sall, current chairperson of the African Union": the title held now)
_COMMA_BEFORE = re.compile(
    rf"{_POSTNOMINAL},\s*(?:the\s+|a\s+|his\s+|her\s+)?(?:[Cc]urrent\s+)?"
    # "Mohammed bin Salman, (the Saudi) Crown Prince and Prime Minister"; "..., Crown Prince,
    # Deputy Prime Minister and Minister of Defence" (session 43)
    r"(?:(?:[A-Z][a-z]+\s+)?Crown\s+Prince(?:\s+and|,)\s+)?"
    # "Wang Yi, a member of the Political Bureau of the CPC Central Committee and director of"
    rf"{MEMBER_OF_ORGAN_BEFORE}$"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_JUST_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
# "Prime Minister of the UAE and Ruler of Dubai Sheikh Mohammed": an emirate's ruler (no office
# of the annotation's) between the title and its holder
_AND_RULER_OF = re.compile(r"\s+and\s+Ruler\s+of\s+(?:the\s+)?")


def _after_ruler(text: str, stop: int, by_start: dict[int, Mention]) -> int:
    """Where the holder's name may start after a title: past "and Ruler of <place>" when a city
    or state is named there, else ``stop``."""
    if "Ruler of" not in text:
        return stop
    m = _AND_RULER_OF.match(text, stop)
    if m is None:
        return stop
    place = by_start.get(m.end())
    if place is None or place.code not in {Code.CITY, Code.STATE}:
        return stop
    return m.end() + (place.end - place.begin)


_COMMA_AFTER = re.compile(r",\s+(?:the\s+)?")
# known names: the given names before a surname ("Antony J. Blinken"), more name words after
# it, a "Jr." suffix
_SECURITY_COUNCIL = re.compile(r"Security\s+(?:and\s+Defen[cs]e\s+)?Council", re.IGNORECASE)
# words that open a sentence before a surname without being a given name ("Then Lavrov said")
_OPENERS = frozenset(
    """then later now so yet still here there only even next earlier meanwhile afterwards when
    where if once since until because though although whereas thus hence instead""".split()
)
_HONORIFIC_ONLY = re.compile(rf"(?:^|\s){_ONE_HONORIFIC}")
_GIVEN_NAMES_BEFORE = re.compile(rf"(?:(?:{_NAME_PART})\s+){{1,3}}$")
_MORE_NAME_PARTS = re.compile(rf"(?:\s+{_NAME_PART}){{1,3}}")


def _given_words(lead: str) -> list[str]:
    """The given names and initials of the words before a surname, without the words that open
    a sentence ("Today Antony J." -> "Antony J.")."""
    words = lead.split()
    skip = 0
    while skip < len(words) and fold(words[skip]) in _NOT_NAME_WORDS:
        skip += 1
    return words[skip:]


# (and a generational number: "Lloyd J. Austin III", "Joseph P. Kennedy II")
_JR_AFTER = re.compile(r",?\s+(?:Jr\.?|Sr\.|(?:II|III|IV)(?![\w'’.-]|\.\w))")
# an Arabic family name after a word: "Hussein al-Ezzi" (the word is a given name, not the KB
# person Fuad Hussein's surname; session 37)
_FAMILY_NAME_AFTER = re.compile(r"[\s-](?:al|el|ash|as|ad|bin|ibn|bint|abu)[\s-][A-Z]")


# a state's long name before the name the KB knows: "the Socialist Republic of Viet Nam"
_LONG_NAME = re.compile(
    r"(?:(?:Socialist|Federal|Federative|Islamic|Democratic|People['’]s|Arab|Plurinational|"
    r"Bolivarian|Hashemite|Cooperative|Oriental|United|Independent)\s+)*(?:Republic|Kingdom|"
    r"Federation|Sultanate|State|Union|Commonwealth|Principality|Grand\s+Duchy)\s+of\s+(?:the\s+)?"
)
# the head words of an organisation's bodies ("the CSTO Permanent Council")
_BODY_HEADS = frozenset({"Council", "Commission", "Secretariat", "Assembly", "Committee", "Board"})
# an organisation's summit body named after it: "the ECOWAS Authority (of Heads of State and
# Government)", "the EAC Summit"
_ORGAN_AFTER = re.compile(
    r"\s+(?:Authority|Summit)(?:\s+of\s+Heads\s+of\s+State(?:\s+and\s+Government)?)?\b"
)
_OWN_ORGAN = re.compile(r"(?:[Tt]he\s+)?(?P<org>.+?)\s+(?:Commission|Secretariat)")
# a sentence's opening words before its first name
_THE_OPENING = re.compile(r"[\s\"“]*(?:[Tt]he\s+)?")
_OF_BEFORE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?$")


def _state_at(text: str, pos: int, by_start: dict[int, Mention]) -> Mention | None:
    """The mention at ``pos``, or the state after a long name's words the KB lacks there ("the
    Socialist Republic of Viet Nam")."""
    mention = by_start.get(pos)
    if mention is not None:
        return mention
    long = _LONG_NAME.match(text, pos)
    state = by_start.get(long.end()) if long is not None else None
    return state if state is not None and state.code is Code.STATE else None


def _before_state_inside(mentions: list[Mention], text: str, base: int, title: TitleMatch) -> int:
    """Where a title ends whose field words ran into a state's name ("Deputy Speaker of the
    National Assembly of the Republic" of "... of the Republic of Armenia", "Personal Envoy for
    Western" of "... for Western Sahara"): before the "of" or "for" that opens the state's name,
    so that the state is the title's jurisdiction (or the envoy's brief, after an organisation's
    name: "UN Personal Envoy for Western Sahara")."""
    for m in mentions:
        begin = m.begin - base
        if title.begin < begin < title.end < m.end - base and m.code is Code.STATE:
            cut = _OF_BEFORE.search(text, title.begin, begin)
            return cut.start() if cut is not None else title.end
    return title.end


# between two titles of one apposition: the first's jurisdiction, "and"
_COORDINATED_GAP = re.compile(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*)?"
    r"(?:\s+and\s+|\s*[–—]\s*|\s+-\s+)"
)
# (a state's possessive may open the apposition: "Ayman Safadi, Jordan's Deputy Prime Minister
# and Minister of Foreign Affairs")
_APPOSITION_BEFORE = re.compile(
    r"[A-Za-zà-ÿ.],\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)?$"
)
_APPOSED = re.compile(r"[A-Za-zà-ÿ.],\s+")


def _second_of_apposition(text: str, titles: list[TitleMatch], title: TitleMatch) -> bool:
    """Whether a title follows another one of a name's apposition, with "and" ("X, President
    of A and Chairperson of B")."""
    for first in titles:
        if (
            first.end < title.begin
            and _COORDINATED_GAP.fullmatch(text, first.end, title.begin)
            and _APPOSITION_BEFORE.search(text, max(0, first.begin - 40), first.begin)
        ):
            return True
    return False


def _after_former(
    text: str, titles: list[TitleMatch], title: TitleMatch, by_start: dict[int, Mention]
) -> bool:
    """Whether a title is the second of a former office's pair ("Former Deputy Prime Minister
    and Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi", "X, former Deputy Prime
    Minister and Foreign Minister"): both offices are former ones (not "Former Prime Minister
    of Pakistan Imran Khan and Prime Minister Shehbaz Sharif": a name between)."""
    if _CURRENT_BEFORE.search(text, max(0, title.begin - 9), title.begin):
        return False  # "former Prime Minister and current Foreign Minister"
    for first in titles:
        if first.end >= title.begin:
            continue
        joined = _TITLES_JOIN.fullmatch(text, first.end, title.begin) is not None
        if not joined and (of := _OF_THE_AFTER.match(text, first.end)) is not None:
            # "Former Deputy Prime Minister of Kazakhstan and ...": only the state between
            place = by_start.get(of.end())
            joined = (
                place is not None
                and place.code in {Code.STATE, Code.DEMONYM, Code.ORG}
                and _TITLES_JOIN.fullmatch(text, of.end() + len(place.text), title.begin)
                is not None
            )
        if joined:
            # (only the words that end an office: "First President of Kazakhstan and Honorary
            # Chairman of ..." is a title for life beside a current office)
            return (
                _FORMER_BEFORE.search(text, max(0, first.begin - 40), first.begin) is not None
                or _FORMER_OPENING.match(first.text) is not None
                or _after_former(text, titles, first, by_start)
            )
    return False


_OF_THE_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_FORMER_JUST_BEFORE = re.compile(r"(?<![\w-])(?:[Ff]ormer|[Ee]x-|[Ll]ate)\s+$")
_OWN_VERB_OBJECT = re.compile(r"\s+(?:[a-z]+\s+){1,5}")
_OF_JUST_BEFORE = re.compile(r"\b(?:of|for|to)\s+(?:the\s+)?$")
# A title told as a memorial's or a founder's ("the mausoleum of President Ho Chi Minh", "the
# tomb of Vietnamese President X", "Turkey's founder, President Mustafa Kemal Ataturk"): a
# former office, no Tenure (session 29)
_MEMORIAL_WORDS = (
    "ausoleum",
    "tomb",
    "Tomb",
    "grave",
    "Grave",
    "emorial",
    "onument",
    "statue",
    "Statue",
    "shrine",
    "Shrine",
    "resting",
    "founder",
    "Founder",
    "founding",
    "Founding",
)
_MEMORIAL_BEFORE = re.compile(
    r"(?:\b(?:mausoleum|tomb|grave|memorial|monument|statue|shrine|resting\s+place)s?"
    r"\s+(?:of|to|for)\s+(?:the\s+)?(?:(?:late|country's|nation's|[A-Z][a-z]+(?:'s|’s))\s+)?"
    r"|\b(?:founder|founding\s+(?:father|leader))(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,3})?,\s+)$",
    re.IGNORECASE,
)
_CURRENT_BEFORE = re.compile(r"\b(?:current|now)\s+$", re.IGNORECASE)
_FORMER_OPENING = re.compile(r"(?:[Ff]ormer\s|[Ee]x-|[Tt]hen-|[Tt]hen\s|[Ll]ate\s)")
# "Former (Kazakh) Deputy Prime Minister and ...": "former" before the first title (and its state)
_FORMER_BEFORE = re.compile(
    r"(?<![\w-])(?:[Ff]ormer\s+|[Ee]x-|[Tt]hen-|[Tt]hen\s+|[Ll]ate\s+)(?:[A-Z][\w.'’-]*\s+){0,2}$"
)


def _acted_on(x: Mention, mention: Mention, mentions: list[Mention], text: str, base: int) -> bool:
    """Whether a state's mention ``x`` is named after a titled person's ``mention`` as what he
    acts on ("Prime Minister John Smithers signed a defence pact with France", "thanked Hungary
    and Turkey"), not told as his own ("of Norway", "said Norway")."""
    return (
        x.code in {Code.STATE, Code.DEMONYM}
        and x.entity is not None
        and x.begin >= mention.end
        and not _OWN_STATE_AFTER.search(text, mention.end - base, x.begin - base)
        # (not "the India-U.S. dialogue": the pair's; nor a state after another person)
        and text[x.end - base : x.end - base + 1] not in {"-", "–"}
        and text[x.begin - base - 1 : x.begin - base] not in {"-", "–"}
        and not any(
            y.code is Code.PERSON and mention.end <= y.begin and y.end <= x.begin for y in mentions
        )
    )


def _overlaps(mentions: list[Mention], begin: int, end: int) -> bool:
    for m in mentions:  # noqa: SIM110 (hot: called per title and per name, no generator)
        if m.begin < end and begin < m.end:
            return True
    return False


def _has_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``parts``."""
    for part in parts:  # noqa: SIM110 (hot: once per sentence, no generator)
        if part in text:
            return True
    return False


# "U.S. Ambassador to Fiji Marie C. Damour, who is also accredited to Tonga and Tuvalu"
_ALSO_ACCREDITED = re.compile(
    r",?\s+(?:(?:who|and)\s+(?:is|was|has\s+been)\s+)?(?:also\s+)?(?:concurrently\s+)?"
    r"accredited\s+to\s+(?:the\s+)?"
)


def _also_accredited(
    office: Office, text: str, base: int, end: int, by_start: dict[int, Mention]
) -> tuple[Office, ...]:
    """An ambassador's further hosts, "who is also accredited to" after the name: one office per
    host state (ANNOTATION.md §4, one Tenure per host)."""
    also = _ALSO_ACCREDITED.match(text, end) if office.accredited_to is not None else None
    if office.role != "Ambassador" or also is None:
        return ()
    out: list[Office] = []
    pos = also.end()
    while (host := by_start.get(pos)) is not None and host.code is Code.STATE:
        if host.entity is not None and host.entity.kind is EntityKind.STATE:
            out.append(replace(office, accredited_to=host.entity, post=None))
        sep = _LIST_SEP.match(text, host.end - base)
        if sep is None:
            break
        pos = sep.end()
    return tuple(out)


def _field_opening(field: str, possessed: bool) -> bool:
    """Whether a field opens with a field word ("Transition", "National"), or, after a state's
    "'s", has one or an acronym ("Nigeria's NNPC", "Egypt's Suez Canal Economic Zone"): not a
    name ("Samantha Power")."""
    words = _CAPITALISED.findall(field)
    if not possessed:
        return bool(words) and bool(FIELD_WORD.fullmatch(words[0]))
    return any(FIELD_WORD.fullmatch(w) or (w.isupper() and len(w) > 1) for w in words)


def _within_one(mentions: list[Mention], begin: int, end: int) -> bool:
    """Whether one of the mentions contains ``begin:end``."""
    for m in mentions:  # noqa: SIM110 (hot, as _overlaps)
        if m.begin <= begin and end <= m.end:
            return True
    return False


class People:
    """Links people and binds office titles for one article."""

    def __init__(self, kb: KbIndex, date: dt.date | None, ctx: Context) -> None:
        self.kb = kb
        self.date = date
        self.ctx = ctx
        self._names_for: tuple[tuple[Entity, Office | None], ...] = ()
        self._stems: tuple[str, ...] = ()
        self._office_holders: dict[str, str | None] = {}
        self.headline = False  # reading the article's title (set by the mention finder)
        self._shared_for: tuple[tuple[Entity, Office | None], ...] = ()
        self._shared: dict[str, str | None] = {}
        # the mentions bind_titles returned last, with its text and base: it read their bare
        # surnames (see bare_surnames)
        self._surnames_read: tuple[list[Mention], str, int] | None = None
        self.guests = Guests(kb, date, ctx)  # who "the guest" and "the visiting ..." are
        self._binding = False  # binding a sentence's titles (see _context_states)
        # the further current offices a person was named with ("Deputy Prime Minister and
        # Foreign Minister Mukhtar Tileuberdi": the foreign minister's), by person key: "the
        # Foreign Minister" written alone later is that person too (see _bare)
        self.also_held: dict[str, list[Office]] = {}
        # the people the article named with a Malaysian style ("Prime Minister Datuk Seri Anwar
        # Ibrahim", no state told): called again by their given name too, as Malaysia's
        # officials are (see _forms)
        self.malay_styled: set[str] = set()
        # the linked organisations the article has named so far, by key (see complete)
        self.orgs_named: set[str] = set()
        # demonyms of several states ("Dominican") told apart by a KB holder's office
        # ("Dominican President Luis Abinader"), by the states the demonym may name
        self.demonym_states: dict[tuple[str, ...], Entity] = {}

    # ---- linking ------------------------------------------------------------------------

    def link(self, name: str, office: Office | None, after: str | None = None) -> Entity:
        """A person by name (and office), remembered people of the article first; ``after`` is
        the text after the name, when the caller reads a title before it (a monarch's)."""
        words = _words(name)
        remembered: Entity | None = None
        for known, _ in reversed(self.ctx.people):
            if known.kind is EntityKind.PERSON and (
                same_person(known.label, words)
                or self.ctx.written.get(known.key) == " ".join(words)
            ):
                remembered = known
                break
        if (
            remembered is not None
            and len(words) == 1
            and office is not None
            and remembered.qid is not None
            and not self._regnal_fits(remembered.qid, office)
            and (monarch := self._monarch_of(words, office, after or ""))
        ):
            # "King Salman" after "Crown Prince Mohammed bin Salman": a monarch's title before
            # a word the article's prince answers to is the monarch of that regnal name
            return entity_of(monarch[0])
        if remembered is not None and (remembered.is_linked or len(words) > 1):
            return remembered
        if len(words) == 1 and office is not None:
            # "Foreign Minister Retno" after "Foreign Minister Retno Marsudi": an official
            # called by the given name (Indonesian, Thai usage), with the title held (or
            # "Minister" alone), before a headline's unlinked "Retno"
            given = {
                known.key: known
                for known, held in self.ctx.people
                if known.kind is EntityKind.PERSON
                and held is not None
                and (
                    held.role == office.role
                    or (held.role == "ForeignMinister" and fold(office.label) == "minister")
                )
                and len(known.label.split()) > 1
                and fold(known.label).split()[0] == fold(words[0])
            }
            if len(given) == 1:
                return next(iter(given.values()))
        if len(words) == 1 and office is None and remembered is None:
            # "General Prayut" after "Thai Prime Minister Prayut Chan-o-cha": the given name of
            # an official of a state whose officials are called by it, after an honorific
            given = {
                known.key: known
                for known, held in self.ctx.people
                if known.kind is EntityKind.PERSON
                and held is not None
                and held.jurisdiction is not None
                and held.jurisdiction.qid in _CALLED_BY_GIVEN_NAME
                and len(known.label.split()) > 1
                and fold(known.label).split()[0] == fold(words[0])
            }
            if len(given) == 1:
                return next(iter(given.values()))
        if remembered is not None:
            return remembered
        candidates: list[KbEntity] = []
        if len(words) >= 2:
            candidates = list(self.kb.lookup(" ".join(words), [EntityKind.PERSON]))
            if not candidates and len(words) > 2:
                candidates = list(self.kb.lookup(f"{words[0]} {words[-1]}", [EntityKind.PERSON]))
            if not candidates and len(words) == 2:
                # family name first, as Japanese, Chinese and Korean names are often written
                # ("Kishida Fumio" is the KB's "Fumio Kishida")
                candidates = list(self.kb.lookup(f"{words[1]} {words[0]}", [EntityKind.PERSON]))
            if not candidates and len(words) == 3:
                # a Korean given name written with or without its hyphen ("Yoon Suk Yeol" is
                # the KB's "Yoon Suk-yeol")
                hyphened = f"{words[0]} {words[1]}-{words[2]}"
                candidates = list(self.kb.lookup(hyphened, [EntityKind.PERSON]))
            if not candidates and any("-" in w for w in words):
                spaced = " ".join(words).replace("-", " ")
                candidates = list(self.kb.lookup(spaced, [EntityKind.PERSON]))
        if not candidates and len(words) >= 2 and len(words[0]) > 2 and self.date is not None:
            # the given name the KB writes as its initial ("Subrahmanyam Jaishankar" is the
            # KB's "S. Jaishankar"), of a person in office on the article date
            day = self.date
            initial = f"{words[0][0]}. {' '.join(words[1:])}"
            candidates = [
                p
                for p in self.kb.lookup(initial, [EntityKind.PERSON])
                if any(t.covers(day) for t in self.kb.tenures(p.qid))
            ]
        if not candidates and len(words) >= 2:
            candidates = self._by_all_words(words, office)
        if not candidates:
            candidates = self._by_surname(words, office)
        if not candidates and len(words) == 1 and office is not None and self.date is not None:
            # "Emperor Naruhito": a KB person of one name, in the office titled on the date
            candidates = [
                p
                for p in self.kb.lookup(words[0], [EntityKind.PERSON])
                if len(p.label.split()) == 1 and self._office_fits(p.qid, office)
            ]
        if not candidates and office is not None and after is not None:
            candidates = self._monarch_of(words, office, after)
        if not candidates and len(words) >= 2:
            candidates = self._by_spelling(words)
        if not candidates and len(words) >= 2:
            candidates = self._by_romanisation(words, office)
        if len(candidates) > 1:
            chosen = self._choose(candidates, office)
            candidates = [chosen] if chosen else []
        if (
            len(candidates) == 1
            and not self._envoy_elsewhere(candidates[0].qid, office)
            and not self._diplomat_namesake(candidates[0].qid, office)
            and _initial_agrees(name, candidates[0].label)
        ):
            return entity_of(candidates[0])
        return Entity.unlinked(clean_name(name), EntityKind.PERSON)

    def _envoy_elsewhere(self, person: str, office: Office | None) -> bool:
        """ "EU Special Representative for the Sahel João Cravinho": an envoy or ambassador
        whom the KB shows, on the article date, as another state's head of state or
        government or foreign minister is a namesake (João Gomes Cravinho, Portugal's foreign
        minister), not that person."""
        if (
            office is None
            or office.role not in {"Ambassador", "SpecialEnvoy"}
            or office.jurisdiction is None
            or self.date is None
        ):
            return False
        return any(
            t.role in _TOP_ROLES
            and t.jurisdiction != office.jurisdiction.qid
            and t.covers(self.date)
            for t in self.kb.tenures(person)
        )

    def _diplomat_namesake(self, person: str, office: Office | None) -> bool:
        """ "China's U.N. ambassador, Zhang Jun": an ambassador or envoy whose only namesake in
        the KB held nothing but a domestic office (a minister of justice), which ended over two
        years before the article, is another person (session 41; the spent gold leaves such a
        diplomat unlinked)."""
        if office is None or office.role not in {"Ambassador", "SpecialEnvoy"} or self.date is None:
            return False
        held = self.kb.tenures(person)
        if not held or any(t.role in _DIPLOMATIC_ROLES for t in held):
            return False
        cutoff = self.date.year * 12 + self.date.month - 24
        return all(
            t.end is not None and t.end.year * 12 + (t.end.month or 12) < cutoff for t in held
        )

    def styled_given(self, word: str) -> Entity | None:
        """ "Sheikh Mohamed", "Crown Prince Mohammed": after a Gulf or royal style one name word
        is a given name, the person's of the article so named in full before (none if two)."""
        key = given_key(word)
        found = {
            known.key: known
            for known, _ in self.ctx.people
            if known.kind is EntityKind.PERSON
            and (given := _given_word(known.label)) is not None
            and given_key(given) == key
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _monarch_of(self, words: list[str], office: Office, after: str) -> list[KbEntity]:
        """ "Saudi Arabia's King Salman", "King Harald", "King Abdullah II": a monarch's title
        and regnal name is the KB's "Salman of Saudi Arabia", "Harald V of Norway" -- the one
        holder, on the article date, of the monarch's post of the state the title names whose
        label is that name (with its number, if written) "of" a place."""
        state = office.jurisdiction
        if len(words) > 1 and words[0] in _MONARCH_WORDS:
            # "the Custodian of the Two Holy Mosques King Salman": a monarch's style, then the
            # title the name opens with
            words = words[1:]
        if len(words) > 2 and words[1] in _PATRONYMIC_WORDS:
            # "King Salman bin Abdulaziz Al Saud": the regnal name is the one before the
            # patronymic
            words = words[:1]
        if (
            self.date is None
            or not 1 <= len(words) <= 2
            or office.role != "HeadOfState"
            or not _MONARCH_TITLE.search(office.label)
            # (not "King Abdullah I", whose number the name's pattern leaves out)
            or _NUMBER_AFTER.match(after)
        ):
            return []
        if len(words) == 2 and not _REGNAL_NUMBER_WORD.fullmatch(words[1]):
            return []
        # ("King Harald" is "Harald V of Norway"; "King Abdullah II" only "Abdullah II of ...")
        number = rf" {re.escape(words[1])}" if len(words) == 2 else r"(?: [IVXL]+)?"
        label = re.compile(rf"{re.escape(words[0])}{number} of \S.*")
        if state is None or state.qid is None:
            # "King Salman received ...", "Emir Tamim ..." with no realm named: the one monarch,
            # anywhere, whom the KB labels by that regnal name and who holds a monarch's post of
            # the title's kind on the article date
            found = {
                e.qid: e for e in self._regnal_holders(words[0], office) if label.fullmatch(e.label)
            }
        else:
            found = {
                e.qid: e for e in self._holders(state.qid, office.role) if label.fullmatch(e.label)
            }
        if len(found) != 1:
            return []
        holder = next(iter(found.values()))
        self.ctx.written.setdefault(entity_of(holder).key, " ".join(words))
        return [holder]

    def _by_surname(self, words: list[str], office: Office | None) -> list[KbEntity]:
        if not words or office is None or self.date is None:
            return []
        out = self._by_surname_strict(words, office)
        if not out and len(words) == 1 and office.current:
            out = self._by_first_family_name(words[0], office)
        if out or len(words) < 2 or not office.current or _FOREIGN_SECRETARY.search(office.label):
            # (a Foreign Secretary may be the minister or the civil servant under them:
            # Bangladesh's Masud Bin Momen is not its foreign minister Abdul Momen)
            # ("Former Pakistani Prime Minister Nawaz Sharif" is not the KB's Shehbaz Sharif,
            # prime minister on the article date)
            return out
        # "President Ferdinand Marcos Jr. of the Philippines" is the KB's "Bongbong Marcos": the
        # one person of that surname holding that office of that state on the article date (a
        # state the title names, else one the article names); not one who held it once, whose
        # given name differs ("Robert Wood" is not the KB's former ambassador William Wood)
        loose = self._by_surname_strict(words[-1:], office)
        loose = [p for p in loose if self._office_fits(p.qid, office)]
        if office.jurisdiction is None:
            named = {e.qid for e in self.ctx.states.values()}
            loose = [
                p
                for p in loose
                if any(
                    t.role == office.role and t.jurisdiction in named and t.covers(self.date)
                    for t in self.kb.tenures(p.qid)
                )
            ]
        if len(loose) == 1:
            return loose
        return self._incumbent_written_otherwise(words, office)

    def _incumbent_written_otherwise(self, words: list[str], office: Office) -> list[KbEntity]:
        """ "President of Mongolia Ukhnaagiin Khurelsukh" is the KB's "Khurelsukh Ukhnaa": the
        one holder, on the article date, of a single-holder office of the state the title names,
        whose name has the words written in another order or form (a patronymic's genitive
        "Ukhnaagiin" is the KB's "Ukhnaa"), every word of either name answering one of the
        other, one of them to the letter."""
        state = office.jurisdiction
        if (
            self.date is None
            or office.role not in _SINGLE_HOLDER_ROLES
            or state is None
            or state.qid is None
        ):
            return []
        holders = self._holders(state.qid, office.role)
        found = [e for e in holders if _same_words(e.label, words)]
        if not found and len({e.qid for e in holders}) == 1:
            # "Kazakh Foreign Minister Mukhtar Tileuberdi" is the KB's "Mukhtar Tleuberdi": the
            # post's only holder, the given name agreeing, the surname a spelling apart
            found = [e for e in holders[:1] if _spelled_apart(e.label, words)]
        if not found:
            # "Tonga's Prime Minister Hu'akavameiliku Siaosi Sovaleni" is the KB's
            # "Hu'akavameiliku": a chiefly or noble title written with the personal name, the KB
            # listing the holder by one of them
            found = [e for e in holders if _named_within(e.label, words)]
        if not found:
            # "Libyan Prime Minister Abdul Hamid Dbeibah" is the KB's "Abdulhamid Dbeibeh",
            # "Somali President Hassan Sheikh" its "Hassan Sheikh Mohamud": among the holders of
            # the office on the article date, the one whose name is written loosely so
            found = [e for e in holders if _written_loosely(e.label, words)]
        if not found:
            # "Oman's Foreign Minister Badr bin Hamad Albusaidi" is the KB's "Badr bin Hamad bin
            # Hamood Al Busaidi": the same given name and family name, patronymics aside
            found = [e for e in holders if _patronymics_aside(e.label, words)]
        if not found:
            # "President Félix Antoine Tshisekedi Tshilombo" is the KB's "Félix Tshisekedi": a
            # full name written with middle and second family names the KB's label leaves out
            found = [e for e in holders if _with_more_names(e.label, words)]
        unique = {e.qid: e for e in found}
        if len(unique) != 1:
            return []
        self.ctx.written.setdefault(entity_of(found[0]).key, " ".join(words))
        return found[:1]

    def _regnal_fits(self, qid: str, office: Office) -> bool:
        """Whether the person holds a monarch's post of the title's kind on the article date."""
        kind = _MONARCH_POST.search(office.label)
        word = kind.group(0).lower() if kind is not None else ""
        day = self.date
        return day is not None and any(
            t.role == "HeadOfState" and t.covers(day) and word in t.office_label.lower()
            for t in self.kb.tenures(qid)
        )

    def _regnal_holders(self, name: str, office: Office) -> list[KbEntity]:
        """The KB's monarchs labelled by the regnal name ``name`` who hold, on the article date,
        a head of state's post whose label has the title's word ("King", "Emir", ...)."""
        return [person for person in self.kb.regnal(name) if self._regnal_fits(person.qid, office)]

    def _holders(self, state: str, role: str) -> list[KbEntity]:
        """The KB people holding a post of this role of this state on the article date."""
        assert self.date is not None
        return [
            entity
            for post in self.kb.posts(state, role)
            for qid in self.kb.holders(post.qid, self.date)
            if (entity := self.kb.entity(qid)) is not None
        ]

    def _by_first_family_name(self, word: str, office: Office) -> list[KbEntity]:
        """ "President Chaves of Costa Rica" is the KB's "Rodrigo Chaves Robles": the one
        holder, on the article date, of a single-holder office of the state the title names,
        whose name of three words and more has the word written as its first family name (the
        one before the last)."""
        state = office.jurisdiction
        if (
            self.date is None
            or office.role not in _SINGLE_HOLDER_ROLES
            or state is None
            or state.qid is None
        ):
            return []
        holders = {e.qid: e for e in self._holders(state.qid, office.role)}
        if len(holders) != 1:
            return []
        holder = next(iter(holders.values()))
        parts = _label_keys(holder.label)
        if len(parts) < 3 or parts[-2] != _word_key(word) or "of" in parts:
            return []  # (not a regnal name: "Felipe VI of Spain")
        self.ctx.written.setdefault(entity_of(holder).key, word)
        return [holder]

    def _by_surname_strict(self, words: list[str], office: Office) -> list[KbEntity]:
        """People of this surname who held such an office on the article date; failing that, the
        one person of this surname who ever held it (the KB's terms end in 2022-2023)."""
        dated: list[KbEntity] = []
        ever: list[KbEntity] = []
        key = surname_key(fold(words[-1]))
        # ("President Xi", "Foreign Minister Wang": the family name, written first in the KB)
        # ("Prime Minister Abiy", "Foreign Minister Retno": the given name, by which the
        # officials of some states are called, written first in the KB)
        first = (
            family_first_index(self.kb).get(key, ()) + given_first_index(self.kb).get(key, ())
            if len(words) == 1
            else ()
        )
        for qid in dict.fromkeys(surname_index(self.kb).get(key, ()) + first):
            entity = self.kb.entity(qid)
            if entity is None:
                continue
            if len(words) > 1 and not same_person(entity.label, words):
                continue
            if self._office_fits(qid, office):
                dated.append(entity)
            elif self._office_fits(qid, office, any_time=True):
                ever.append(entity)
        return dated or (ever if len(ever) == 1 else [])

    def _by_all_words(self, words: list[str], office: Office | None) -> list[KbEntity]:
        """ "Mohammed Al Thani" is the KB's "Sheikh Mohammed bin Abdulrahman Al Thani": the one
        person of that surname whose full name starts with the given name written and has every
        word written (a shortened name), and who, if the KB knows their offices, held this one
        ("Ahmed Ali" is not Abiy Ahmed Ali)."""
        written = [surname_key(fold(w)) for w in words]
        found = []
        for q in surname_index(self.kb).get(written[-1], ()):
            e = self.kb.entity(q)
            if e is None:
                continue
            label = [surname_key(w) for w in fold(e.label).split() if w not in HONORIFIC_WORDS]
            if not label or label[0] != written[0] or not set(written) <= set(label):
                continue
            roles = {t.role for t in self.kb.tenures(q) if t.role}
            if office is not None and roles and office.role not in roles | {"Secretary"}:
                continue
            found.append(e)
        return found if len(found) == 1 else []

    def _by_spelling(self, words: list[str]) -> list[KbEntity]:
        """ "Sergei Prikhodko" is the KB's "Sergey Prikhodko": the only KB person with this
        surname, whose first name is a variant of the one written."""
        found = [
            e
            for q in surname_index(self.kb).get(surname_key(fold(words[-1])), ())
            if (e := self.kb.entity(q)) is not None
        ]
        if len(found) == 1 and same_person(found[0].label, words):
            return found
        return []

    def _by_romanisation(self, words: list[str], office: Office | None) -> list[KbEntity]:
        """ "Prime Minister Irakli Garibashvili" is the KB's "Irakli Gharibashvili", "Ethiopian
        Prime Minister Abiy Ahmed" its "Abiy Ahmed Ali": the one KB person whose given name and
        surname have the spelling keys of those written (:func:`spelling_key`), failing that
        whose name starts with the words written, in an office on the article date (the
        title's, if one is written)."""
        keys = name_keys(" ".join(words))
        if self.date is None or len(keys) < 2:
            return []
        ends, starts = spelling_index(self.kb)
        found = ends.get((keys[0], keys[-1]))
        if found is None:
            found = tuple(
                {q for q, label in starts.get((keys[0], keys[1]), ()) if label[: len(keys)] == keys}
            )
            if len(found) == 1 and not self._sole_holder(found[0], office):
                return []
        entity = self.kb.entity(found[0]) if len(found) == 1 else None
        if entity is None or not self._serving(entity.qid, office):
            return []
        if len(words) >= 3 and _other_lineage(
            _label_keys(entity.label), tuple(_word_key(w) for w in words)
        ):
            return []  # (given name and family alike, the names between not)
        self.ctx.written.setdefault(entity_of(entity).key, " ".join(words))
        return [entity]

    def _sole_holder(self, person: str, office: Office | None) -> bool:
        """Whether no one but this person holds, on the article date, the office a title names
        with its state (true without one)."""
        state = office.jurisdiction if office is not None else None
        if office is None or state is None or state.qid is None:
            return True
        assert self.date is not None
        holders = {
            qid
            for post in self.kb.posts(state.qid, office.role)
            for qid in self.kb.holders(post.qid, self.date)
        }
        return holders == {person}

    def _serving(self, person: str, office: Office | None) -> bool:
        """Whether the KB shows the person in an office on the article date (this one, if
        given)."""
        assert self.date is not None
        if office is not None:
            return self._office_fits(person, office)
        day = self.date
        return any(t.covers(day) for t in self.kb.tenures(person))

    def _choose(self, people: list[KbEntity], office: Office | None) -> KbEntity | None:
        if self.date is None:
            return None
        if office is not None:
            fitting = [p for p in people if self._office_fits(p.qid, office)]
            if len(fitting) == 1:
                return fitting[0]
        current = [p for p in people if any(t.covers(self.date) for t in self.kb.tenures(p.qid))]
        return current[0] if len(current) == 1 else None

    def _office_fits(self, person: str, office: Office, *, any_time: bool = False) -> bool:
        """Whether the KB shows the person in such an office on the article date (``any_time``:
        or before)."""
        assert self.date is not None
        for tenure in self.kb.tenures(person):
            if office.role not in ("Secretary", tenure.role):
                continue
            if office.role == "Secretary" and not _same_title(office.label, tenure.office_label):
                continue
            if (
                office.jurisdiction
                and office.jurisdiction.qid
                and tenure.jurisdiction != office.jurisdiction.qid
            ):
                continue
            if tenure.covers(self.date) or (any_time and _started_by(tenure, self.date)):
                return True
        return False

    # ---- titles -------------------------------------------------------------------------

    def bind_titles(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        out = list(mentions)
        titles = find_titles(text)
        if not titles:
            return out  # most sentences
        # the leaders named by their surname alone first: "Lavrov met his Azerbaijani
        # counterpart Jeyhun Bayramov" (whose office the counterpart takes), "Tokayev,
        # Kazakhstan's president, ..." (the holder of the title after the comma)
        out = self.bare_surnames(out, text, base)
        # right to left, "counterpart" last: it takes the office of the other official named
        # and a second title of a name's apposition after the first ("Azali Assoumani, President
        # of the Union of the Comoros and Chairperson of the African Union") once the first has
        # bound the name
        ordered = sorted(
            reversed(titles),
            key=lambda t: (t.role == "Counterpart", _second_of_apposition(text, titles, t)),
        )
        self._binding = True
        second_offices: list[tuple[TitleMatch, int]] = []
        try:
            for title in ordered:
                t_begin, t_end = base + title.begin, base + title.end
                if _within_one(out, t_begin, t_end):
                    continue  # inside a name already found
                if title.role in _SECOND_OFFICE_ROLES and (
                    serves := _SERVES_AS_BEFORE.search(text, 0, title.begin)
                ):
                    # (once the person before the relative clause is bound)
                    second_offices.append((title, serves.start()))
                    continue
                out = self._bind(out, text, base, title, titles)
            for title, at in second_offices:
                second = self._second_office(out, text, base, title, at)
                out = self._bind(out, text, base, title, titles) if second is None else second
        finally:
            self._binding = False
        out = self._context_states(out, text, base)
        if ", and " in text:
            out = self._apposed_pairs(out, text, base)
        self._surnames_read = (out, text, base)
        return out

    def _apposed_pairs(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, and Mr. KIHARA Minoru, Minister of
        Defense, held ... with Hon. X, Secretary of Foreign Affairs, and Hon. Y, Secretary of
        National Defense": a government official with his title apposed, right after ", and"
        and another's apposed title of some state, is of that state too (one side's delegation
        listed together), unless the two titles are one single-holder office or the KB has him
        serve another state (session 37)."""
        out = mentions
        people = sorted(
            (m for m in mentions if m.code is Code.PERSON and m.offices and len(m.entities) == 1),
            key=lambda m: m.begin,
        )
        for first, second in itertools.pairwise(people):
            held, office = first.offices[0], second.offices[0]
            if (
                office.jurisdiction is not None
                or held.jurisdiction is None
                or held.jurisdiction.kind is not EntityKind.STATE
                or not held.current
                or not office.current
                or not office.named
                or office.role not in _GOVERNMENT_ROLES
                or (held.role == office.role and office.role in _SINGLE_HOLDER_ROLES)
                or _PAIR_AND.fullmatch(text, first.end - base, second.begin - base) is None
                or _APPOSED_TITLE.search(first.text) is None
                or _APPOSED_TITLE.search(second.text) is None
            ):
                continue
            holder = second.entities[0]
            if holder.qid and self.date is not None:
                served = {
                    t.jurisdiction for t in self.kb.tenures(holder.qid) if t.covers(self.date)
                }
                if served and held.jurisdiction.qid not in served:
                    continue
            found = self.complete(
                holder, replace(office, jurisdiction=held.jurisdiction), mentions, base
            )
            out = list(out) if out is mentions else out
            out[out.index(second)] = replace(second, offices=(found, *second.offices[1:]))
        return out

    def _second_office(
        self, mentions: list[Mention], text: str, base: int, title: TitleMatch, at: int
    ) -> list[Mention] | None:
        """ "Foreign Minister Demeke Mekonnen, who also serves as deputy prime minister,": a
        second office of the person named right before the relative clause, of the state of
        the first (the title alone, closed by a comma or the sentence's end)."""
        if not _TITLE_CLOSED.match(text, title.end):
            return None
        person = next(
            (m for m in mentions if m.end - base == at and m.code is Code.PERSON and m.offices),
            None,
        )
        holder = person.entity if person is not None else None
        first = person.office if person is not None else None
        if (
            person is None
            or holder is None
            or first is None
            or not first.current
            or first.jurisdiction is None
            or first.jurisdiction.kind is not EntityKind.STATE
            or first.role == title.role
        ):
            return None
        office = Office(title.role, title.text, first.jurisdiction)
        office = self.complete(holder, office, mentions, base, text, title.begin, title.end)
        again = replace(person, offices=(*person.offices, office))
        return [again if m is person else m for m in mentions]

    def _context_states(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """Officials titled without a state whom neither the KB nor the sentence's wording gave
        one ("President Vo Van Thuong met Lao President Thongloun Sisoulith in Hanoi"): the one
        state that fits (:meth:`_fitting_state`), their office's post the KB's for that state."""
        out = mentions
        for i, m in enumerate(mentions):
            office = m.offices[0] if m.code is Code.PERSON and m.offices else None
            if (
                office is None
                or office.jurisdiction is not None
                or not office.current
                or office.role not in _HOST_ROLES
                or len(m.entities) != 1
                or _acts_for_named(m, mentions, text, base)
            ):
                continue
            holder = m.entities[0]
            state = (
                self._fitting_state(holder, office, m, mentions, text, base)
                if office.named and self._may_infer(holder, m, mentions, text, base)
                else None
            )
            # "Colombian Foreign Minister X arrived ... Foreign Minister X said": a person the
            # article told as a state's official is no other state's (session 39)
            told = self._told_state(holder)
            if told is not None and state is not None and state.key != told.key:
                continue
            if state is None:
                if not holder.is_linked:
                    # a head of state or government of the one state of the article whose
                    # post the KB shows nobody else holding
                    found = self._by_exclusion(office, mentions, m, text, base)
                    if (
                        found is office
                        and office.named
                        and (
                            (home := self._home_title(holder, office, m, mentions, text, base))
                            is not None
                            # the leader or foreign minister of the state a wire's story is of
                            # and told from ("LIMA (Reuters) - Peru on Tuesday ...": session 39)
                            or (
                                (story := self._story_home())
                                and (
                                    home := self._home_title(
                                        holder, office, m, mentions, text, base, story
                                    )
                                )
                                is not None
                            )
                        )
                    ):
                        # the publisher's own leader or foreign minister, titled bare
                        self.ctx.inferred.add(holder.key)
                        found = replace(office, jurisdiction=home)
                    if found is not office and not (
                        told is not None
                        and found.jurisdiction is not None
                        and found.jurisdiction.key != told.key
                    ):
                        found = self.complete(holder, found, mentions, base)
                        out = list(out) if out is mentions else out
                        out[i] = replace(m, offices=(found, *m.offices[1:]))
                continue
            if holder.qid:
                served = {t.jurisdiction for t in self.kb.tenures(holder.qid) if t.jurisdiction}
                if served and state.qid not in served:
                    continue  # a KB person who never served that state
            self.ctx.inferred.add(holder.key)
            found = self.complete(holder, replace(office, jurisdiction=state), mentions, base)
            if out is mentions:
                out = list(mentions)
            out[i] = replace(m, offices=(found, *m.offices[1:]))
        return out

    def _host_named(self, host: Entity, mentions: list[Mention], text: str, base: int) -> bool:
        """Whether the sentence names a state, or its capital standing for it (not a venue: "in
        Beijing"), as an actor or party."""
        for m in mentions:
            if m.entity is None or not m.entity.qid:
                continue
            if m.code is Code.STATE and m.entity.qid == host.qid:
                return True
            if (
                m.code is Code.CITY
                and not _PLACE_BEFORE.search(text, 0, m.begin - base)
                and (state := self.kb.capital_of(m.entity.qid)) is not None
                and state.qid == host.qid
            ):
                return True
        return False

    def _kb_posting(self, person: str, office: Office) -> Office | None:
        """The ambassador's office the KB shows a person holding on the article date, with its
        host (from its label, "Ambassador to the United States"), if exactly one and of the
        state the title gave, if it gave one."""
        if self.date is None:
            return None
        found: list[Office] = []
        for t in self.kb.tenures(person):
            if t.role != "Ambassador" or not t.jurisdiction or not t.covers(self.date):
                continue
            if office.jurisdiction is not None and office.jurisdiction.qid != t.jurisdiction:
                continue
            to = _AMBASSADOR_TO.search(t.office_label)
            host = self.kb.resolve(to.group(1), [EntityKind.STATE]) if to else None
            state = self.kb.entity(t.jurisdiction)
            if host is None or state is None or host.qid == state.qid:
                continue
            found.append(
                replace(
                    office,
                    jurisdiction=entity_of(state),
                    accredited_to=entity_of(host),
                    post=t.post or office.post,
                )
            )
        return found[0] if len(found) == 1 else None

    def _home_title(
        self,
        holder: Entity,
        office: Office,
        mention: Mention,
        mentions: list[Mention],
        text: str,
        base: int,
        own: KbEntity | None = None,
    ) -> Entity | None:
        """ "President Vo Van Thuong held talks with President of the Philippines X" in a
        Vietnamese agency's story, "Foreign Minister Mauro Vieira and his Chilean counterpart" in
        a Brazilian one: a head of state or government or a foreign minister titled bare, whom
        the KB lacks, is of the publisher's state (a state's own press titles its own officials
        bare and qualifies foreign ones), when the sentence names no other state (but in other
        officials' titles), no foreign capital he is met in and no visit to the publisher's
        state of his, the publisher's state has such an office, and no one else the article
        names holds it (session 37). ``own``: the state to read for the publisher's (a wire's
        story of the dateline's state, session 39)."""
        home = own or self.ctx.home
        if (
            home is None
            or home.kind is not EntityKind.STATE
            or self.date is None
            or office.role not in _SINGLE_HOLDER_ROLES
            or not office.current
            or _BARE_HOME_TITLE.fullmatch(office.label) is None
            or (self._lacks_office(home.qid, office.role) and home.qid not in _PREMIER_STATES)
        ):
            return None
        state = entity_of(home)
        for x in mentions:
            if x is mention or x.entity is None:
                continue
            if x.code in {Code.STATE, Code.DEMONYM} and x.entity.key != state.key:
                return None  # another state named: his may be that one
            if x.code is Code.CITY and x.entity.qid:
                abroad = self.kb.capital_of(x.entity.qid)
                if (
                    abroad is not None
                    and abroad.qid != home.qid
                    and _MET_OBJECT_BEFORE.search(text, 0, mention.begin - base)
                ):
                    return None  # "held talks with Prime Minister X in Warsaw"
        if _has_any(text, _VISIT_WORDS) and self._visits_home(
            mention, mentions, text, base, home.qid
        ):
            return None
        if _TO_BEFORE.search(text, max(0, mention.begin - base - 16), mention.begin - base):
            return None  # "convey his greetings to President X", "a banquet for President X"
        # the office taken by another the article titles (or the KB shows, from fresh sources)
        people = [(x.entities[0], x.offices[0]) for x in mentions if x.offices and x.entities]
        for person, held in (*people, *self.ctx.people):
            if held is None or person.key == holder.key:
                if (
                    held is not None
                    and held.jurisdiction is not None
                    and held.current
                    and held.jurisdiction.key != state.key
                ):
                    return None  # told before as another state's
                continue
            if (
                held.role == office.role
                and held.current
                and held.jurisdiction is not None
                and held.jurisdiction.key == state.key
            ):
                return None
        for post in self.kb.posts(home.qid, office.role):
            if not post.role_class and self.kb.holders(post.qid, self.date, known=True):
                return None
        return state

    def _told_state(self, holder: Entity) -> Entity | None:
        """The state of the current office an earlier sentence gave a person, if any."""
        for person, held in self.ctx.people:
            if (
                person.key == holder.key
                and held is not None
                and held.current
                and held.jurisdiction is not None
                and held.jurisdiction.kind is EntityKind.STATE
            ):
                return held.jurisdiction
        return None

    def _story_home(self) -> KbEntity | None:
        """The state a wire's story is of and told from (``Context.story``), when it is not the
        publisher's own (which ``_home_title`` reads already)."""
        story = self.ctx.story
        if story is None or not story.qid:
            return None
        if self.ctx.home is not None and self.ctx.home.qid == story.qid:
            return None
        return self.kb.entity(story.qid)

    def _visits_home(
        self, mention: Mention, mentions: list[Mention], text: str, base: int, home: str
    ) -> bool:
        """Whether the sentence tells of a visit to the publisher's state (``home``, or a city of
        it) with no other person named between it and the titled one (his own visit)."""
        by_start = {x.begin - base: x for x in mentions}
        for visit in _VISIT_TO.finditer(text):
            place = by_start.get(visit.end())
            if place is None or place.entity is None or not place.entity.qid:
                continue
            qid = place.entity.qid
            if place.code is Code.CITY:
                city = self.kb.entity(qid)
                qid = city.country if city is not None and city.country else ""
            if qid != home:
                continue
            lo, hi = sorted((mention.end - base, visit.start()))
            if not any(
                x.code is Code.PERSON and x is not mention and lo <= x.begin - base < hi
                for x in mentions
            ):
                return True
        return False

    def _may_infer(
        self, holder: Entity, mention: Mention, mentions: list[Mention], text: str, base: int
    ) -> bool:
        """Whether a title without a state may take one from the context: a person's name (of
        two words and more, if the KB lacks it), not a KB person in another office on the
        article date ("Senior Advisor to the President Shailagh Murray"), and a title of its own:
        not the end of another ("Counselor to the President", "Kurdistan Region President")."""
        assert self.date is not None
        if holder.is_linked:
            if holder.qid and any(
                t.covers(self.date) and t.role != mention.offices[0].role
                for t in self.kb.tenures(holder.qid)
            ):
                return False
        elif len(holder.label.split()) < 2 or not self._looks_like_name(
            holder.label, mentions, mention.begin
        ):
            return False
        start = mention.begin - base
        return not (
            _TO_THE_BEFORE.search(text, 0, start)
            or (start and _CAPITALISED_WORD_BEFORE.search(text, 0, start))
        )

    def _fitting_state(
        self,
        holder: Entity,
        office: Office,
        mention: Mention,
        mentions: list[Mention],
        text: str,
        base: int,
    ) -> Entity | None:
        """The state of a title without one, from its context: of the states the article has
        named (the headline's and its publisher's too; a capital named alone may be a third
        state's venue: "met Prime Minister X in Tokyo") and of its officials' offices (named in
        the title only, these rule nothing in), less those another official of the article
        holds that office of (the single-holder ones), those of the other side of a meeting in
        the sentence ("X received the Japanese Ambassador") and those visited: the one left; of
        several, the host's (the state whose capital the sentence, else the dateline, else the
        article names as a place), if its officials were titled without their state so far and
        every other one left is an official's own state (the article names the guests' states,
        not the host's: "Foreign Minister Diana Mondino also took part in the meeting" after
        "President Javier Milei received Paraguayan President Santiago Pena in Buenos Aires")."""
        if self.date is None:
            return None
        states: dict[str, Entity] = dict(self.ctx.states)
        if (
            self.ctx.home is not None
            and self.ctx.home.kind is EntityKind.STATE
            and not self._lacks_office(self.ctx.home.qid, office.role)
        ):
            home = entity_of(self.ctx.home)
            states.setdefault(home.key, home)  # the publisher's state
        venue: Entity | None = None
        by_start = {x.begin: x for x in mentions}
        for x in mentions:
            if x.entity is None or not x.entity.qid:
                continue
            if x.code in {Code.STATE, Code.DEMONYM} and x.entity.kind is EntityKind.STATE:
                states.setdefault(x.entity.key, x.entity)
            elif x.code is Code.CITY and _PLACE_BEFORE.search(text, 0, x.begin - base):
                capital_of = self.kb.capital_of(x.entity.qid)
                if capital_of is not None and capital_of.kind is EntityKind.STATE:
                    venue = venue or entity_of(capital_of)
        hosts = [h for h in (venue, self.ctx.dateline) if h is not None]
        if not hosts and len(self.ctx.capitals) == 1:
            hosts = list(self.ctx.capitals.values())
        excluded: set[str] = set()
        acted_on: set[str] = set()  # states named after a name the KB lacks (never chosen)
        marked: set[str] = set()
        titled: dict[str, Entity] = {}
        people: list[tuple[str, Office, Mention | None]] = [
            (x.entities[0].key if x.entities else "", o, x)
            for x in mentions
            if x is not mention and x.code is Code.PERSON
            for o in x.offices[:1]
        ]
        people += [(p.key, o, None) for p, o in self.ctx.people if o is not None]
        for key, held, other in people:
            state = held.jurisdiction
            if (
                state is None
                or state.kind is not EntityKind.STATE
                or not held.current
                or key == holder.key
            ):
                continue
            # ("Chinese Foreign Minister Qin Gang": a state to rule out, not to give)
            titled.setdefault(state.key, state)
            if key not in self.ctx.inferred:
                marked.add(state.key)
            if held.role == office.role and office.role in _SINGLE_HOLDER_ROLES:
                excluded.add(state.key)  # taken
            if other is not None:
                lo, hi = sorted((other.end - base, mention.begin - base))
                if lo > hi:
                    lo, hi = sorted((mention.end - base, other.begin - base))
                between = text[lo:hi]
                if _OTHER_SIDE.search(between) and not _SAME_SIDE.search(between):
                    excluded.add(state.key)  # the other side of a meeting
        if office.role in _SINGLE_HOLDER_ROLES:
            # the office a KB person the article names holds on the date ("Vladimir Putin")
            named = [x.entities[0] for x in mentions if x.code is Code.PERSON and x.entities]
            for person in (*named, *(p for p, _ in self.ctx.people)):
                if person.qid and person.key != holder.key:
                    for t in self.kb.tenures(person.qid):
                        if t.role == office.role and t.jurisdiction and t.covers(self.date):
                            excluded.add(t.jurisdiction)
        for x in mentions:
            # "Prime Minister Hun Manet received the Japanese Ambassador": a state standing for
            # its envoy, on the other side of a meeting, is not the titled one's
            if (
                x.code in {Code.STATE, Code.DEMONYM}
                and x.entity is not None
                and _ENVOY_WORD.search(x.text)
            ):
                if x.begin >= mention.end:
                    between = text[mention.end - base : x.begin - base]
                else:
                    between = text[x.end - base : mention.begin - base]
                if _OTHER_SIDE.search(between) and not _SAME_SIDE.search(between):
                    excluded.add(x.entity.key)
            elif (
                x.entity is not None
                and not holder.is_linked
                and _acted_on(x, mention, mentions, text, base)
            ):
                # "Prime Minister John Smithers signed a defence pact with France", "President
                # John Mahama thanked China", "Foreign Minister X met his Chinese counterpart":
                # a state named after a name the KB lacks is what the titled one acts on, not
                # his own (unless it is told as his: "of Norway", "said Norway";
                # session 27)
                acted_on.add(x.entity.key)
        if office.role in _HEAD_OF_STATE_BEFORE:
            # "King Salman received the Emir of Kuwait": a state whose own holder of the office
            # the sentence titles ("the Emir of", "the President of") is not the titled one's
            before = _HEAD_OF_STATE_BEFORE[office.role]
            for x in mentions:
                if (
                    x.code is Code.STATE
                    and x.entity is not None
                    and (
                        before.search(text, max(0, x.begin - base - 40), x.begin - base)
                        # ("the Emir of Kuwait" is itself a mention of the state)
                        or before.search(x.text + " ", 0, x.text.find(" of ") + 4)
                    )
                ):
                    excluded.add(x.entity.key)
        if _has_any(text, _VISIT_WORDS):
            # the state visited: "X visited Kenya", "the visit of President X to China"
            for visit in _VISIT_TO.finditer(text, mention.end - base):
                place = by_start.get(base + visit.end())
                if place is None or place.entity is None:
                    continue
                if place.code is Code.CITY and place.entity.qid:
                    capital_of = self.kb.capital_of(place.entity.qid)
                    if capital_of is not None:
                        excluded.add(entity_of(capital_of).key)
                else:
                    excluded.add(place.entity.key)
        leader = self._own_leader_said(mention, mentions, text, base)
        if leader is not None:
            # (the states the article names are the leader's or what he acted on after him:
            # "said President Joe Biden had ordered more troops to Poland")
            own = leader.offices[0].jurisdiction
            after = {x.entity.key for x in mentions if x.entity and x.begin > leader.end}
            if own is not None and all(k == own.key or k in after for k in states):
                return own
        fits = [s for key, s in {**titled, **states}.items() if key not in excluded]
        if (
            venue is not None
            and venue.key not in excluded
            and (self.ctx.home is None or venue.qid != self.ctx.home.qid)
            and not self._lacks_office(venue.qid or "", office.role)
            and _MET_OBJECT_BEFORE.search(text, 0, mention.begin - base)
        ):
            # "went to Poland, where he held talks with Prime Minister X in Warsaw": the host's,
            # met in its capital, when the sentence names that state and no other (session 37)
            named_here = {
                x.entity.key
                for x in mentions
                if x.code in {Code.STATE, Code.DEMONYM} and x.entity is not None
            }
            if named_here == {venue.key}:
                return venue
            if venue.key not in states:
                # (the capital alone may be a third state's venue: "met Prime Minister X in
                # Tokyo"; never the publisher's leader either)
                return None
        if any(s.key in acted_on for s in fits):
            # never the one chosen, nor ruled out (which would choose another: "The Chinese
            # delegation included Foreign Minister Qin Gang, while Trade Minister X met Kenyan
            # officials" is no Chinese minister; "Foreign Minister X discussed the conflict in
            # Sudan" no minister of a state the article named before)
            return None
        if len(fits) == 1:
            return fits[0] if fits[0].key in states else None
        host: Entity | None = next((h for h in hosts if h.key not in excluded), None)
        if (
            len(fits) > 1
            and host is not None
            and host.key in states
            and host.key not in marked
            and all(s.key in marked for s in fits if s.key != host.key)
            and any(
                p.key in self.ctx.inferred
                and o is not None
                and o.jurisdiction is not None
                and o.jurisdiction.key == host.key
                for p, o in self.ctx.people
            )
        ):
            return host
        return None

    def _own_leader_said(
        self, mention: Mention, mentions: list[Mention], text: str, base: int
    ) -> Mention | None:
        """ "Defense Minister Mark Tanner said President Joe Biden had ordered ...": a minister
        titled without a state who tells what a leader titled without one did is of that
        leader's state (the speaker's own president goes unqualified; a foreign one is "U.S.
        President"), when the sentence names no other leader; the leader's mention, if so (the
        caller checks that the article names no other state: session 32, titles)."""
        if mention.offices[0].role not in _SPEAKER_ROLES:
            return None
        leaders = [
            x
            for x in mentions
            if x is not mention
            and x.code is Code.PERSON
            and x.offices
            and x.offices[0].role in _LEADER_ROLES
        ]
        if len(leaders) != 1:
            return None
        leader = leaders[0]
        held = leader.offices[0]
        said = (
            leader.begin > mention.end
            and len(leader.entities) == 1
            and leader.entities[0].is_linked
            and held.current
            and held.jurisdiction is not None
            and _BARE_LEADER_TITLE.fullmatch(held.label) is not None
            and _SAID_BEFORE_LEADER.fullmatch(text, mention.end - base, leader.begin - base)
            is not None
        )
        return leader if said else None

    def _lacks_office(self, state: str, role: str) -> bool:
        """Whether the KB knows a state's head of state but no head of government, for a head
        of government's title: a presidential republic's own release does not make "Prime
        Minister Rishi Sunak" its prime minister."""
        return (
            role == "HeadOfGovernment"
            and not self.kb.posts(state, role)
            and bool(self.kb.posts(state, "HeadOfState"))
        )

    def _field_to_holder(
        self,
        mentions: list[Mention],
        text: str,
        base: int,
        stop: int,
        gap_pattern: re.Pattern[str] | None = None,
    ) -> int:
        """Where a title ends whose field the title patterns do not know, when the KB person it
        names follows ("Minister of Antimonopoly Regulation and Trade Alexei Bogdanov"): the
        capitalised words up to that person are the field."""
        after = [
            m
            for m in mentions
            if stop < m.begin - base <= stop + _FIELD_MAX
            # (a portfolio's demonym: "... and Moroccan Expatriates")
            and (gap_pattern is None or m.code is not Code.DEMONYM)
        ]
        first = min(after, key=lambda m: m.begin, default=None)
        if (
            first is None
            or first.code is not Code.PERSON
            or first.offices
            or first.entity is None
            or not first.entity.is_linked
        ):
            return stop
        gap = (gap_pattern or _FIELD_GAP).fullmatch(text, stop, first.begin - base)
        return gap.end("field") if gap is not None else stop

    def _apposed_field(
        self,
        mentions: list[Mention],
        text: str,
        base: int,
        stop: int,
        role: str,
        jurisdiction: Entity | None,
    ) -> int:
        """Where a title ends whose field goes on in capitalised words the title patterns do not
        know up to the comma of an apposed name ("Minister of Energy Transition and Sustainable
        Development, Leila Benali,"), or whose "of" names a state's office or company ("Director
        General of Morocco's National Office of Hydrocarbons and Mines (ONHYM), Amina
        Benkhadra,"): after the field, ``stop`` if none."""
        possessed = jurisdiction is not None and jurisdiction.kind is EntityKind.STATE
        if role in _FIELD_ROLES:
            field = _APPOSED_FIELD.match(text, stop)
        elif role in {"HeadOfOrganization", "HeadOfAgency"} and possessed:
            field = _POSSESSED_FIELD.match(text, stop)
        else:
            return stop
        if (
            field is None
            or not _field_opening(field.group("field"), possessed)
            or any(
                m.code is Code.PERSON and m.begin < base + field.end() and base + stop < m.end
                for m in mentions
            )
        ):
            return stop  # a name, not a field ("Minister of Defence Boris Pistorius, ...")
        pos = field.end()
        person = next((m for m in mentions if m.begin == base + pos), None)
        if person is not None:
            end = person.end - base if person.code is Code.PERSON and not person.offices else -1
        else:
            name = NAME.match(text, pos)
            words = name.group("name") if name is not None else ""
            ok = len(words.split()) > 1 and self._looks_like_name(words, mentions, base + pos)
            end = name.end() if name is not None and ok else -1
        if end < 0 or not _APPOSITION_CLOSE.match(text, end):
            return stop
        return field.end("field")

    def _bind(
        self,
        mentions: list[Mention],
        text: str,
        base: int,
        title: TitleMatch,
        titles: list[TitleMatch],
    ) -> list[Mention]:
        by_start = {m.begin - base: m for m in mentions}
        by_end = {m.end - base: m for m in mentions}
        start, stop = title.begin, title.end
        if text[stop : stop + 1] == " " and _NAMED_FOR.match(text, stop):
            return mentions  # "the King Salman Humanitarian Aid and Relief Centre": a body's name
        stop = _before_state_inside(mentions, text, base, title)
        role = title.role
        jurisdiction: Entity | None = None
        accredited: Entity | None = None
        plural = bool(_PLURAL_TITLE.search(title.text))
        # pre-modifier: "Russia's", "Belarusian", "U.S.", "the EU", "European Commission"
        pre_end = _word_end_before(text, start)
        if pre_end is not None:
            mention = by_end.get(pre_end)
            if mention and mention.code in {Code.STATE, Code.DEMONYM, Code.ORG}:
                jurisdiction = mention.entity
                start = mention.begin - base
                if (
                    mention.code is Code.ORG
                    and jurisdiction is not None
                    and not jurisdiction.is_linked
                    and role not in {"HeadOfOrganization", "Ambassador", "SpecialEnvoy"}
                    and (
                        _GOVERNMENT_BODY.search(mention.text)
                        # "State Duma Speaker Vyacheslav Volodin": a parliament's head
                        or (role == "SeniorOfficial" and _LEGISLATURE.search(mention.text))
                    )
                ):
                    # "Foreign Ministry Spokesperson": a body of a government, the state its
                    # name gives (else the holder's in the KB, else the publisher's: complete())
                    jurisdiction = self._state_in(mention.text)
                elif (
                    mention.code is Code.ORG
                    and jurisdiction is not None
                    and not jurisdiction.is_linked
                    and role not in {"HeadOfOrganization", "Ambassador", "SpecialEnvoy"}
                ):
                    # "the UAE Ministry of Foreign Affairs and International Cooperation's
                    # Assistant Minister": the state the ministry's name opens with
                    owner = self._ministry_state(mentions, text, base, mention)
                    if owner is not None:
                        jurisdiction, start = owner.entity, owner.begin - base
                if mention.code is Code.ORG and role in {"Ambassador", "SpecialEnvoy"}:
                    # "Russia's UN Ambassador": Russia's envoy, accredited to the UN (also its
                    # "deputy UN Ambassador")
                    deputy = _DEPUTY_BEFORE.search(text, 0, start)
                    owner_end = _word_end_before(text, deputy.start() if deputy else start)
                    state = by_end.get(owner_end) if owner_end is not None else None
                    if state and state.code in {Code.STATE, Code.DEMONYM}:
                        jurisdiction, accredited = state.entity, mention.entity
                        start = state.begin - base
            elif (
                mention is not None
                and mention.code is Code.CITY
                and role in _CAPITAL_SPEAKS_ROLES
                and text.startswith(("'s", "’s"), pre_end)
                and (capital_of := self._capital_state(mention)) is not None
                and capital_of.kind is EntityKind.STATE
            ):
                # "Beijing's special envoy to the region, Qian Bo", "Seoul's special
                # representative for ..., Kim Gunn": a capital's possessive stands for its state,
                # as the state's own would (session 43)
                jurisdiction, start = capital_of, mention.begin - base
            elif mention is None and (body := _BODY_BEFORE.search(text, 0, start)) is not None:
                # "Indian ministry spokesman Anurag Srivastava": the state of the body
                owner = by_end.get(body.start())
                if owner is not None and owner.code in {Code.STATE, Code.DEMONYM}:
                    jurisdiction = owner.entity
                    start = owner.begin - base
            elif mention is None and (own := _COUNTRYS_BEFORE.search(text, 0, start)) is not None:
                # "Kazakhstan hosted the talks. The country's foreign minister, Murat Nurtleu":
                # the one state named before in the sentence, else in the article
                owners = {
                    by_end[end].begin - base
                    for t in titles
                    if t is not title and (end := _word_end_before(text, t.begin)) in by_end
                }
                jurisdiction = self._the_country(mentions, base, own.start(), owners)
                if jurisdiction is not None:
                    start = own.start()
            elif (
                mention is None
                and role not in {"Ambassador", "SpecialEnvoy"}  # (an envoy's: _ITS_APPOINTEE)
                and title.text[:1].isupper()
                and (its := _ITS_BEFORE.search(text, 0, start)) is not None
            ):
                # "Iran's Ministry of Intelligence said that its Minister of Intelligence, ...":
                # the state of the noun phrase before
                jurisdiction = self._its_state(mentions, text, base, its.start())
                if jurisdiction is not None:
                    start = its.start()
            elif (
                mention is None
                and role == "Ambassador"
                and _APPOSED_AFTER.match(text, stop)
                and (its := _ITS_BEFORE.search(text, 0, start)) is not None
            ):
                # "Burkina Faso asked Paris to replace its ambassador, Luc Hallade": the envoy of
                # the state "its" stands for, accredited to the one that asked
                jurisdiction = self._its_state(
                    mentions, text, base, its.start()
                ) or self._its_capital(mentions, text, base, its.start())
                if jurisdiction is not None:
                    start = its.start()
                    accredited = self._asking_state(mentions, text, base, its.start(), jurisdiction)
            elif mention is None and (
                (
                    role in _PORTFOLIO_ROLES
                    # ("U.S. House Speaker Kevin McCarthy": a chamber's word between; session 37)
                    or (role == "SeniorOfficial" and _CHAMBER_END.search(text, 0, start))
                )
                and (owner := _state_before_field(text, start, by_end)) is not None
            ):
                # "Turkish National Defense Minister Hulusi Akar", "Turkish Treasury and Finance
                # Minister": portfolio words the title patterns do not know, after the state
                jurisdiction = owner.entity
                start = owner.begin - base
            elif (
                mention is None
                and role == "HeadOfOrganization"
                and (body := _BODY_WORD_END.search(text, 0, start)) is not None
                and (named := self.ctx.bodies.get(body.group("w"))) is not None
                and named.is_linked
            ):
                # "Pacific Islands Forum leaders met ... Forum Secretary General Henry Puna": the
                # body the article named by that word (session 26)
                jurisdiction, start = named, body.start()
            elif mention is None:
                # "CIA Director William Burns": an agency's acronym the KB does not know is part
                # of the title
                acronym = _ACRONYM_END.search(text, 0, start)
                if acronym is not None:
                    start = acronym.start()
        appointee = _ITS_APPOINTEE.search(text, 0, start) if role == "Ambassador" else None
        if jurisdiction is None and appointee is not None:
            jurisdiction = self._appointing_state(by_end.get(appointee.start()))
            if jurisdiction is None:
                appointee = None
        if (
            jurisdiction is None
            and (
                role in {"ForeignMinister", "HeadOfGovernment"}
                # "General Secretary of the Communist Party of Vietnam": a ruling party's leader
                or (role == "HeadOfOrganization" and _PARTY.search(title.text))
                # "Secretary of Iran's Supreme National Security Council"
                or (role == "SeniorOfficial" and _SECURITY_COUNCIL.search(title.text))
                # "Deputy Supreme Commander of the Swedish Armed Forces", "Commander of the
                # Ugandan Land Forces": the forces' state (session 32, titles)
                or role == "MilitaryCommander"
                # "a senior Israeli foreign ministry official, X" (session 30, people)
                or (
                    role == "SeniorOfficial"
                    and title.text[:7].lower() == "senior "
                    and title.text.endswith("official")
                )
            )
        ):
            # "the head of the Belarusian Foreign Ministry": the state inside the title
            inner: dict[str, Entity] = {}
            for m in mentions:
                if not (title.begin <= m.begin - base and m.end - base <= title.end):
                    continue
                within = m.entity
                if m.code is Code.ORG and within is not None and not within.is_linked:
                    within = self._state_in(m.text)  # "the Belarusian Foreign Ministry"
                elif m.code not in {Code.STATE, Code.DEMONYM}:
                    continue
                elif (
                    within is not None
                    and within.qid
                    and role == "ForeignMinister"
                    and self.kb.members(within.qid)
                ):
                    # "Minister of Foreign Affairs and European Integration of the Republic of
                    # Moldova": "European" is the ministry's portfolio, never its jurisdiction
                    continue
                if within is not None:
                    inner[within.key] = within
            if len(inner) == 1:
                jurisdiction = next(iter(inner.values()))
        # "of Belarus", "of the European Commission"; "his counterpart from Kazakhstan"
        m_of = (_FROM_AFTER if role == "Counterpart" else _OF_AFTER).match(text, stop)
        if m_of:
            mention = _state_at(text, m_of.end(), by_start)
            if mention is None and role == "HeadOfOrganization":
                # "Chairman of the Supreme State Council of the Union State": the chair of an
                # organ the KB lacks, of the organisation named after it
                organ = _ORGAN_OF.match(text, m_of.end())
                owner = by_start.get(organ.end()) if organ is not None else None
                if (
                    owner is not None
                    and owner.code is Code.ORG
                    and owner.entity is not None
                    and owner.entity.is_linked
                ):
                    mention = owner
            if (
                mention
                and m_of.group(0).lstrip().startswith("for")
                and text.startswith(("'s ", "’s "), mention.end - base)
            ):
                mention = None  # "thanked the visiting minister for China's support"
            if (
                mention
                and mention.code is Code.DEMONYM
                and role in _SINGLE_HOLDER_ROLES
                and _BODY_AFTER_DEMONYM.match(text, mention.end - base)
            ):
                # "President of the Italian Chamber of Deputies Roberto Fico": the head of a
                # body of the state, not the state's (never its president)
                past = self._named_past_field(
                    mentions, text, base, start, mention.end - base, _UNREAD_BODY
                )
                return mentions if past is None else past
            if mention and mention.code in {Code.STATE, Code.ORG, Code.DEMONYM}:
                stop = mention.end - base
                entity = mention.entity
                if (
                    role == "SpecialEnvoy"
                    and m_of.group(0).lstrip().startswith("for")
                    and _SECRETARY_GENERAL.search(title.text)
                ):
                    # "Special Envoy of the Secretary-General for Yemen": the organisation's
                    # envoy for a state, not the state's (the one organisation the article has
                    # named, else none: session 29)
                    entity = self._lone_organisation()
                if (
                    mention.code is Code.ORG
                    and role in {"HeadOfOrganization", "HeadOfState"}
                    and entity is not None
                    and entity.is_linked
                    and (organ := _ORGAN_AFTER.match(text, stop)) is not None
                ):
                    # "the current Chairman of the ECOWAS Authority, Bola Tinubu": the chair of
                    # the organisation's summit body chairs the organisation (session 26)
                    stop = organ.end()
                if (
                    mention.code is Code.ORG
                    and entity is not None
                    and not entity.is_linked
                    and role != "HeadOfOrganization"
                ):
                    # "Vice Premier of the State Council", "Minister-in-Charge of Cambodia's State
                    # Secretariat": a body of a government; its state, if the name gives one
                    # (and its commission's other officers: "Deputy Chairperson of the African
                    # Union Commission"; session 36)
                    organ = (
                        _OWN_ORGAN.fullmatch(entity.label)
                        if role in {"HeadOfState", "SeniorOfficial"}
                        else None
                    )
                    entity = (
                        # "President of the ECOWAS Commission": the organisation's head (session
                        # 26), never a state's president
                        head_of
                        if organ is not None
                        and (head_of := self._organisation_of(entity)).is_linked
                        else self._state_in(mention.text)
                    )
                if (
                    role == "SpecialEnvoy"
                    and m_of.group(0).lstrip().startswith("for")
                    and mention.code in {Code.STATE, Code.DEMONYM}
                    and not _SECRETARY_GENERAL.search(title.text)
                ):
                    # "Its special envoy for Iran, Robert Malley": the state an envoy is for is
                    # the field of the envoy's work, never the envoy's own (the gold codes none
                    # so; session 43)
                    entity = None
                jurisdiction = jurisdiction or entity
                # "Deputy Chief of Mission of the UAE Embassy to the United States Shaima
                # Gargash": the body of that state, where the officer serves, before the name
                embassy = _EMBASSY_AFTER.match(text, stop)
                if embassy is not None and mention.code is not Code.ORG:
                    stop = embassy.end()
                    seat = by_start.get(stop)
                    if (
                        embassy.group("to")
                        and seat
                        and seat.code in {Code.STATE, Code.ORG, Code.CITY}
                    ):
                        stop = seat.end - base
        if (
            jurisdiction is None
            and role in {"SeniorOfficial", "HeadOfOrganization"}
            and (
                (bare := _THE_COMMISSION_AFTER.match(text, stop)) is not None
                # "X was elected Commissioner for Political Affairs": a commission's member
                or (
                    title.text.startswith("Commissioner")
                    and (
                        _TOOK_OFFICE_BEFORE.search(text, 0, start) is not None
                        or _APPOINTED_BEFORE.search(text, 0, start) is not None
                    )
                )
            )
            and len(self.orgs_named) == 1
            and (org := self.kb.entity(next(iter(self.orgs_named)))) is not None
        ):
            # "Deputy Chairperson of the Commission" after "the African Union Commission", a
            # commissioner elected: of the one organisation the article named (session 36)
            jurisdiction = entity_of(org)
            stop = bare.end() if bare is not None else stop
        if jurisdiction is None and role == "NationalSecurityAdvisor" and " to " in text:
            # "National Security Advisor to the Prime Minister of Ethiopia", "... to the
            # Ethiopian Prime Minister": the leader's state
            to = _TO_LEADER.match(text, stop)
            leader = by_start.get(to.end()) if to is not None else None
            led = leader.offices[0] if leader is not None and leader.offices else None
            if (
                leader is not None
                and leader.code is Code.PERSON
                and led is not None
                and led.role in _LEADER_ROLES
                and led.jurisdiction is not None
                and led.jurisdiction.kind is EntityKind.STATE
            ):
                # (the KB's holder of the leader's office on the article date)
                jurisdiction = led.jurisdiction
            elif (
                leader is not None
                and leader.code in {Code.STATE, Code.DEMONYM}
                and leader.entity is not None
                and leader.entity.kind is EntityKind.STATE
            ):
                after = _LEADER_AFTER.match(text, leader.end - base)
                if _LEADER_WORD.search(leader.text) or after is not None:
                    jurisdiction = leader.entity
                    stop = after.end() if after is not None else leader.end - base
        if stop == title.end and role in _FIELD_ROLES:
            stop = self._field_to_holder(mentions, text, base, stop)
        elif stop == title.end and role == "SpecialEnvoy" and " for " in text:
            # "Special Presidential Envoy for Hostage Affairs Roger Carstens": a field the
            # title patterns do not know, then a name
            field = _ENVOY_FIELD.match(text, stop)
            name = NAME.match(text, field.end() + 1) if field is not None else None
            if (
                field is not None
                and name is not None
                and len(name.group("name").split()) > 1
                and self._looks_like_name(name.group("name"), mentions, base + name.start())
            ):
                stop = field.end()
        elif stop == title.end and role == "ForeignMinister":
            # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser
            # Bourita": a portfolio listed on past the words the title patterns know
            stop = self._field_to_holder(mentions, text, base, stop, _PORTFOLIO_GAP)
        apposed = self._apposed_field(mentions, text, base, stop, role, jurisdiction)
        if apposed > stop:
            if role == "HeadOfOrganization":
                role = "HeadOfAgency"  # the head of a state's office or company
            stop = apposed
        chief_executive = _CHIEF_EXECUTIVE.fullmatch(title.text) is not None
        if chief_executive and (jurisdiction is None or jurisdiction.kind is not EntityKind.STATE):
            return mentions  # a company's head, not a state's
        # "Hong Kong Chief Executive John Lee": a territory's head of government, no office of
        # a state (ANNOTATION.md §4): the person, without a Tenure
        officeless = chief_executive and self._territory(jurisdiction)
        if role in {"Ambassador", "SpecialEnvoy"}:
            m_to = _TO_AFTER.match(text, stop)
            if m_to:
                mention = by_start.get(m_to.end())
                if mention and (
                    mention.code in {Code.STATE, Code.DEMONYM}
                    # "U.S. Ambassador to the United Nations": an envoy to an organisation
                    or (mention.code is Code.ORG and mention.entity and mention.entity.is_linked)
                ):
                    accredited = mention.entity
                    stop = mention.end - base
                elif mention and mention.code is Code.CITY and role == "Ambassador":
                    # "Russian Ambassador to Washington", "the U.S. ambassador in Moscow": the
                    # state whose capital it is
                    capital_of = self._capital_state(mention)
                    if capital_of is not None:
                        accredited = capital_of
                        stop = mention.end - base
        if (
            role == "Ambassador"
            and accredited is None
            and ("summon" in text or "xpel" in text or "xpuls" in text)
        ):
            accredited = self._summoning_state(mentions, text, base, start, jurisdiction)
        if jurisdiction is None and role != "Ambassador":
            # "China on Friday named Qin Gang as foreign minister": the appointer's (session 36)
            jurisdiction = self._appointer(mentions, text, base, start, role)
        if (
            role == "HeadOfState"
            and jurisdiction is not None
            and jurisdiction.kind is EntityKind.ORGANIZATION
        ):
            role = "HeadOfOrganization"
        if jurisdiction is None:
            jurisdiction = self._coordinated_state(text, start, titles, by_end)
            if (
                jurisdiction is None
                and role not in {"Ambassador", "SpecialEnvoy", "Counterpart", "HeadOfOrganization"}
                and (" side" in text or " delegation" in text or " Delegation" in text)
            ):
                # "the Chinese delegation included Foreign Minister Qin Gang"
                jurisdiction = self._delegation_state(text, start, mentions, base)
        elif role == "HeadOfOrganization":
            jurisdiction = self._organisation_of(jurisdiction)
        if (
            role == "SpecialEnvoy"
            and title.text[:4].lower() == "high"
            and (jurisdiction is None or jurisdiction.kind is not EntityKind.ORGANIZATION)
        ):
            return mentions  # "High Representative for Bosnia and Herzegovina": no state's envoy
        label = text[start:stop].strip()
        current = (
            not NOT_CURRENT.search(text[max(0, start - 12) : stop])
            and not _after_former(text, titles, title, by_start)
            # "laid a wreath at the mausoleum of President Ho Chi Minh": a memorial's man is
            # long gone (session 29)
            and not (_has_any(text, _MEMORIAL_WORDS) and _MEMORIAL_BEFORE.search(text, 0, start))
        )
        if (
            not current
            and (former := _FORMER_JUST_BEFORE.search(text, 0, start)) is not None
            and not _OF_JUST_BEFORE.search(text, 0, former.start())
        ):
            # "met former Kenyan President Uhuru Kenyatta": the person's mention takes the word
            # that ends his office, as "former President X" has it (not "the family of former
            # Peruvian President X": someone else's; session 29)
            start = former.start()
        office = civil_service(Office(role, label, jurisdiction, accredited, None, current))
        if plural:
            listed = self._plural_list(mentions, text, base, title, office)
            if listed is not None:
                return listed
            return self._plural(mentions, text, base, start, stop, office)
        if (
            role == "Counterpart"
            and title.text[-1:] in "sS"
            and (" of " in text or (jurisdiction is not None and " and " in text))
        ):
            # "his counterparts, Penny Wong of Australia and Nanaia Mahuta of New Zealand": the
            # other officials' office, each of the state after the name
            listed = self._plural_list(mentions, text, base, title, office)
            if listed is not None:
                return listed

        # (only with the name apposed after a comma: "national security adviser to President
        # Joe Biden", "a special envoy of Kazakh President Kassym-Jomart Tokayev" name the leader)
        kin = (
            _KIN_OF_BEFORE.search(text, max(0, start - 40), start)
            if _APPOSED_AFTER.match(text, stop)
            else None
        )
        if kin is not None and kin.group("kin"):
            # "The wife of the President of Brazil, Janja Lula da Silva": the name is the
            # relative's, and the title is no mention of its own (never a participant of what
            # the relative does)
            return mentions
        if kin is not None:
            # "The adviser to the President of Ukraine, X": the name is the aide's; the title
            # the office of whom they serve (which the aide's own title may read: "National
            # Security Advisor to the Prime Minister of Ethiopia")
            return self._bare(mentions, text, base, start, stop, office)
        if appointee is not None:
            holder, span = self._appointee(appointee, mentions, base, by_start)
        else:
            holder, span = self._holder_after(
                mentions, text, base, _after_ruler(text, stop, by_start), by_start
            )
            if span is not None and _name_first_list(text, (start, stop), span, titles):
                holder, span = None, None  # (the name before is the holder: below)
        if span is None:
            holder, span = self._holder_before(text, base, start, mentions, by_end, office)
            if span is not None and span[1] <= start and _JOINT_VERB_AFTER.match(text, stop):
                holder, span = None, None  # "Kishida, UAE president agree ...": two people
            if span is not None and _title_first_list(text, span, titles, title):
                holder, span = None, None
            if (
                span is not None
                and _titled_by_another(text, span[0], titles, title)
                # ("Chief of General Staff Gen. Yasar Guler replaced Hulusi Akar as defense
                # minister": the office the titled name took; session 36)
                and _TOOK_OFFICE_BEFORE.search(text, span[1], start) is None
            ):
                # "FM Vladimir Makei, Ambassador of Russia discussed": the name has its own
                # title; this one names a second person
                holder, span = None, None
        if span is None and office.role in _SINGLE_HOLDER_ROLES:
            past = self._named_past_field(mentions, text, base, start, stop)
            if past is not None:
                return past
        if span is None:
            return self._bare(mentions, text, base, start, stop, office)
        name_span = span
        if span[1] > stop and office.jurisdiction is None:
            office, span = self._trailing_jurisdiction(office, text, base, span, by_start)
        begin, end = min(span[0], start), max(span[1], stop)
        if span[1] <= start and (
            _WHO_AFTER.match(text, span[1])
            # "X succeeds Comoros President Azali Assoumani as chairman of the AU": the name,
            # the predecessor's mention kept for the rules (session 36)
            or _TOOK_OFFICE_BEFORE.match(text, span[1], start)
        ):
            # "Lavrov, who has been foreign minister since 2004, met Wang Yi": the person's
            # mention is the name; the relative clause stays for the rules to read past
            begin, end = span
        if office.current and _ENDED_AFTER.match(text, end):
            # "Vladimir Makei, Belarus's foreign minister until his death": an office held once
            office = replace(office, current=False)
        previous = [m for m in mentions if base + begin <= m.begin and m.end <= base + end]
        earlier_offices = tuple(o for m in previous if m.code is Code.PERSON for o in m.offices)
        titled = by_start.get(name_span[0])
        if holder is not None and titled is not None and titled.offices:
            # coordinated titles ("Prime Cabinet Secretary and Foreign Minister Musalia
            # Mudavadi"): the person the second title already named, by their name only
            if not holder.is_linked:
                holder = self.link(holder.label, office)
            if other := self._another_holder(mentions, text, base, (start, stop), office, holder):
                return other
            shared = titled.offices[0]
            if (
                office.jurisdiction is None
                and shared.named
                and _TITLES_JOIN.fullmatch(text, stop, name_span[0])
                and shared.jurisdiction is not None
                and shared.accredited_to is None
                and self._may_hold(holder, office, stated := _ends_with_state(shared))
                and (not stated or self._served(holder, shared.jurisdiction))
            ):
                # "Prime Minister and Minister of Foreign Affairs of Qatar Sheikh Mohammed":
                # both offices of the state the second one names
                office = replace(office, jurisdiction=shared.jurisdiction)
        elif holder is None or not holder.is_linked:
            holder = self.link(
                text[name_span[0] : name_span[1]], office, text[name_span[1] : name_span[1] + 8]
            )
        elif (
            holder.qid is not None
            and office.role == "HeadOfState"
            and _MONARCH_TITLE.search(office.label)
            and not self._regnal_fits(holder.qid, office)
            and len(regnal := _words(text[name_span[0] : name_span[1]])) == 1
            and (monarch := self._monarch_of(regnal, office, text[name_span[1] : name_span[1] + 8]))
        ):
            # "King Salman" after "Crown Prince Mohammed bin Salman": the word the prince was
            # found by is, after a monarch's title, the regnal name of the monarch
            holder = entity_of(monarch[0])
        if (
            holder is not None
            and holder.qid is not None
            and name_span is not None
            and self._diplomat_namesake(holder.qid, office)
        ):
            # "China's U.N. ambassador, Zhang Jun": not the KB's former justice minister
            holder = Entity.unlinked(
                clean_name(text[name_span[0] : name_span[1]]), EntityKind.PERSON
            )
        if office.role == "Counterpart":
            office = self._counterpart(office, mentions, holder)
            if (
                office.role != "Counterpart"
                and name_span is not None
                and holder is not None
                and not holder.is_linked
            ):
                # "his Lao counterpart Phankham Viphavanh": the name linked again with the
                # office the counterpart turned out to hold (the KB's "Phankham Viphavan")
                again = self.link(text[name_span[0] : name_span[1]], office)
                if again.is_linked:
                    holder = again
        if office.jurisdiction is None and " and " in text:
            same = self._listed_state(text, start, titles, by_end, office, holder)
            if same is not None:
                office = replace(office, jurisdiction=same)
        office = self.complete(holder, office, mentions, base, text, start, end)
        if (
            office.jurisdiction is None
            and holder is not None
            and name_span[1] <= start
            and (home := self._cabinet_state(holder, mentions, text, start, office)) is not None
        ):
            office = self.complete(
                holder, replace(office, jurisdiction=home), mentions, base, text, start, end
            )
        if (
            name_span is not None
            and holder is not None
            and not holder.is_linked
            and office.role == "HeadOfState"
            and office.jurisdiction is not None
            and _MONARCH_TITLE.search(office.label)
        ):
            # "the Custodian of the Two Holy Mosques King Salman": a monarch whose state the
            # title gave only once completed, linked again with it
            again = self.link(
                text[name_span[0] : name_span[1]], office, text[name_span[1] : name_span[1] + 8]
            )
            if again.is_linked:
                holder = again
        if (
            office.role == "Ambassador"
            and office.accredited_to is None
            and name_span[0] >= stop
            and (posted := _POSTED_IN_AFTER.match(text, name_span[1])) is not None
            and (city := by_start.get(posted.end())) is not None
            and city.code is Code.CITY
            and (capital_of := self._capital_state(city)) is not None
            and capital_of != office.jurisdiction
        ):
            # "the Palestinian ambassador, Mahmoud Elalwani, in La Paz": the name apposed, then
            # the capital of the host
            office = replace(office, accredited_to=capital_of)
        if office.role == "Ambassador" and office.accredited_to is None:
            # "China summoned U.S. Ambassador Nicholas Burns ... U.S. Ambassador Nicholas Burns
            # said": the host the article gave the same ambassador before
            prior = self.ctx.office_of(holder)
            if (
                prior is not None
                and prior.role == "Ambassador"
                and prior.accredited_to is not None
                and prior.jurisdiction == office.jurisdiction
            ):
                office = replace(office, accredited_to=prior.accredited_to)
            elif (
                self.ctx.un_dateline is not None
                and office.jurisdiction is not None
                and office.jurisdiction.kind is EntityKind.STATE
                and office.accredited_to is None
            ):
                # "UNITED NATIONS, Feb 23 (AFP) - ... Russian ambassador Vassily Nebenzia": a
                # state's ambassador in a story filed at the UN is its envoy there
                office = replace(office, accredited_to=self.ctx.un_dateline)
            elif (
                office.jurisdiction is not None
                and office.jurisdiction.kind is EntityKind.STATE
                and _PERMANENT_ENVOY.match(office.label)
                and (un := self._un_of_story()) is not None
            ):
                # "X, Permanent Observer of the State of Palestine," in a story of the UN (its
                # Security Council, its General Assembly): the state's mission to it (session 37)
                office = replace(office, accredited_to=un)
        if (
            office.role == "Ambassador"
            and office.accredited_to is None
            and holder is not None
            and holder.qid
            and office.label == "Ambassador"
            and (kb_posted := self._kb_posting(holder.qid, office)) is not None
            and kb_posted.accredited_to is not None
            and self._host_named(kb_posted.accredited_to, mentions, text, base)
        ):
            # "Ambassador Anatoly Antonov met officials of what Washington called ...": the KB's
            # envoy, at the post it shows him in on the date, when the sentence names its host
            # (a bare rank otherwise, _rank_only; session 37)
            office = kb_posted
        if _rank_only(text, title, office):
            # "Minister Wong", "Ambassador Burns": a rank names no office; the one the article
            # gave the person before, if any, without a new Tenure
            office = replace(self.ctx.office_of(holder) or office, label=office.label, named=False)
        if earlier_offices and holder is not None:
            earlier_offices = self._stated_for_both(
                holder, office, earlier_offices, text, start, mentions, base
            )
        also = _also_accredited(office, text, base, end, by_start)
        offices = tuple(
            o
            for o in (() if officeless else (office, *also)) + earlier_offices
            if o.role not in {"Secretary", "Counterpart"}
        )
        if len(offices) > 1:
            # "Ambassador Marcia Bernicat, Senior Official for ...": the office wins over the rank
            offices = tuple(
                o
                for o in offices
                if not (
                    o.role == "Ambassador"
                    and o.accredited_to is None
                    and o.label.lower() == "ambassador"
                )
            )
        if title.text.endswith("headed by") and name_span is not None:
            # "Turkey's foreign ministry, headed by Hakan Fidan, summoned ...": the ministry
            # stays the state's, the person is the name alone (session 30, people)
            begin = name_span[0]
        # the mentions not in ``previous``, by position: comparing them to ``previous`` would
        # compare every field of every pair (an equal mention has the same span, so is inside too)
        kept = [m for m in mentions if not (base + begin <= m.begin and m.end <= base + end)]
        kept.append(
            Mention(base + begin, base + end, text[begin:end], Code.PERSON, (holder,), offices)
        )
        return kept

    def _summoning_state(
        self,
        mentions: list[Mention],
        text: str,
        base: int,
        start: int,
        jurisdiction: Entity | None,
    ) -> Entity | None:
        """ "China summoned U.S. Ambassador Nicholas Burns", "Vice Foreign Minister Xie Feng
        summoned the U.S. ambassador": an ambassador a state (or its official or ministry)
        summons or expels is accredited to that state."""
        verb = _SUMMONED_BEFORE.search(text, max(0, start - 60), start)
        if verb is None:
            return None
        last = max(
            (m for m in mentions if m.end - base <= verb.start()),
            key=lambda m: m.end,
            default=None,
        )
        if last is None:
            return None
        if not _SUMMONER_GAP.fullmatch(text, last.end - base, verb.start()) and not (
            # "Chinese Vice Foreign Minister Xie Feng summoned ...": the state of a title and
            # name opening the sentence (its title not yet bound)
            last.code in {Code.STATE, Code.DEMONYM}
            and not _RUNNING_TEXT.search(text, 0, last.begin - base)  # (a dateline may open it)
            and _TITLED_NAME_GAP.fullmatch(text, last.end - base, verb.start())
        ):
            return None
        state: Entity | None = None
        if last.code in {Code.STATE, Code.DEMONYM} and last.entity is not None:
            state = last.entity
        elif last.code is Code.CITY:
            state = self._capital_state(last)
        elif last.code is Code.PERSON:
            state = self._serves(last)
        elif last.code is Code.ORG and _GOVERNMENT_BODY.search(last.text):
            owner = self._ministry_state(mentions, text, base, last)
            state = owner.entity if owner is not None else self._state_in(last.text)
        if state is None or state.kind is not EntityKind.STATE:
            return None
        if jurisdiction is not None and jurisdiction.key == state.key:
            return None
        return state

    def _territory(self, place: Entity | None) -> bool:
        """Whether a place is a territory (Hong Kong, Macau), not a sovereign state."""
        known = self.kb.entity(place.qid) if place is not None and place.qid else None
        return known is not None and known.place_kind == "territory"

    def _named_past_field(
        self,
        mentions: list[Mention],
        text: str,
        base: int,
        start: int,
        stop: int,
        pattern: re.Pattern[str] | None = None,
    ) -> list[Mention] | None:
        """ "Italian President of the Chamber of Deputies Roberto Fico": a top title whose field
        goes on in capitalised words the title patterns do not know, then a name, is another
        office than the one read, held by the person named: never the KB's holder of the office
        read (Italy's president). The person is a mention of its own, with no office; None when
        no name follows the field."""
        field = (pattern or _UNREAD_FIELD).match(text, stop)
        if field is None:
            return None
        run_end = field.end()
        person = min(
            (
                m
                for m in mentions
                if m.code is Code.PERSON and base + stop < m.begin < base + run_end + 1
            ),
            key=lambda m: m.begin,
            default=None,
        )
        if person is not None and person.entity is not None:
            holder, end = person.entity, person.end - base
        else:
            words = list(_RUN_WORD.finditer(text, field.start("run"), run_end))
            found = None
            for i in range(max(0, len(words) - 4), len(words) - 1):
                if all(
                    FIELD_WORD.fullmatch(w.group()) is None and fold(w.group()) not in _BODY_NOUNS
                    for w in words[i:]
                ) and self._looks_like_name(
                    text[words[i].start() : run_end], mentions, base + words[i].start()
                ):
                    found = words[i].start()
                    break
            if found is None:
                return None
            holder, end = self.link(text[found:run_end], None), run_end
        kept = [m for m in mentions if not (base + start <= m.begin and m.end <= base + end)]
        kept.append(Mention(base + start, base + end, text[start:end], Code.PERSON, (holder,)))
        return kept

    def _another_holder(
        self,
        mentions: list[Mention],
        text: str,
        base: int,
        span: tuple[int, int],
        office: Office,
        holder: Entity,
    ) -> list[Mention]:
        """ "The Secretary-General and Minister Shoigu signed ...": a bare first title of two
        coordinated ones whose holder this article already named, someone other than the name
        after the second title, is that person (not a second office of the name's); else none."""
        start, stop = span
        if office.jurisdiction is not None or not _AND_AFTER.match(text, stop):
            return []
        bare = self._bare(mentions, text, base, start, stop, office)
        found = next((m for m in bare if m.begin == base + start and m.code is Code.PERSON), None)
        if found is None or not found.entities:
            return []
        other = found.entities[0]
        return bare if other.is_linked and other.key != holder.key else []

    @staticmethod
    def _delegation_state(
        text: str, start: int, mentions: list[Mention], base: int
    ) -> Entity | None:
        """ "The Russian delegation included Foreign Minister Sergei Lavrov, and the Chinese
        delegation included Foreign Minister Qin Gang": a title without a state in the list of
        a state's delegation is that state's; the list ends at a clause or another side."""
        found: Entity | None = None
        for m in mentions:
            if (
                m.code not in {Code.STATE, Code.DEMONYM}
                or m.entity is None
                or m.entity.kind is not EntityKind.STATE
                or m.end - base > start
            ):
                continue
            end = m.end - base
            after = _DELEGATION_AFTER_STATE.match(text, end)
            if after is not None:
                end = after.end()
            elif not _DELEGATION_BEFORE_STATE.search(
                text, max(0, m.begin - base - 30), m.begin - base
            ):
                continue
            opening = _DELEGATION_LIST.match(text, end)
            if opening is None or opening.end() > start:
                continue
            if _LIST_BREAK.search(text, opening.end(), start):
                continue
            found = m.entity
        return found

    @staticmethod
    def _coordinated_state(
        text: str, start: int, titles: list[TitleMatch], by_end: dict[int, Mention]
    ) -> Entity | None:
        """ "Qatari Prime Minister and Foreign Minister ...": the second title is of the state
        the first one names."""
        m_and = _TITLES_JOIN_BEFORE.search(text, 0, start)
        first = next((t for t in titles if m_and and t.end == m_and.start()), None)
        if first is None:
            return None
        # the state may stand before words the title table lacks: "Kenyan Prime Cabinet Secretary"
        words = list(_WORD_BEFORE.finditer(text, max(0, first.begin - 80), first.begin))
        for word in reversed(words[-3:]):
            mention = by_end.get(word.end("tok"))
            if mention is not None and mention.code in {Code.STATE, Code.DEMONYM}:
                return mention.entity
            if not word.group("tok")[:1].isupper():
                break
        return None

    def _listed_state(
        self,
        text: str,
        start: int,
        titles: list[TitleMatch],
        by_end: dict[int, Mention],
        office: Office,
        holder: Entity,
    ) -> Entity | None:
        """ "Turkish Trade Minister Mehmet Mus and Finance Minister Nureddin Nebati": a title
        without a state after "and" and a person the state's title names is of that state,
        unless it is the same single-holder office ("Russian Foreign Minister Sergei Lavrov and
        Foreign Minister Wang Yi") or the KB has the holder serve no such state on the date
        ("Russian Foreign Minister Sergei Lavrov and Secretary Antony Blinken")."""
        first = next(
            (
                t
                for t in titles
                if start - 80 < t.end < start and _LISTED_NAME_BEFORE.fullmatch(text, t.end, start)
            ),
            None,
        )
        if first is None or not office.current:
            return None
        if first.role == office.role and office.role in _SINGLE_HOLDER_ROLES:
            return None
        if office.role not in _GOVERNMENT_ROLES | {"SeniorOfficial", "NationalSecurityAdvisor"}:
            return None
        state: Entity | None = None
        words = list(_WORD_BEFORE.finditer(text, max(0, first.begin - 80), first.begin))
        for word in reversed(words[-3:]):
            mention = by_end.get(word.end("tok"))
            if mention is not None and mention.code in {Code.STATE, Code.DEMONYM}:
                state = mention.entity
                break
            if not word.group("tok")[:1].isupper():
                break
        if state is None or state.kind is not EntityKind.STATE or state.qid is None:
            return None
        if holder.qid:
            if self.date is None:
                return None
            served = {t.jurisdiction for t in self.kb.tenures(holder.qid) if t.covers(self.date)}
            if state.qid not in served:
                return None
        return state

    def _holder_after(
        self, mentions: list[Mention], text: str, base: int, stop: int, by_start: dict[int, Mention]
    ) -> tuple[Entity | None, tuple[int, int] | None]:
        m_gap = _HOLDER_GAP.match(text, stop)
        if m_gap:
            pos = m_gap.end()
            mention = by_start.get(pos)
            rank = _RANK_BETWEEN.match(text, pos) if mention is None and "," in m_gap[0] else None
            if rank is not None and (ranked := by_start.get(rank.end())) is not None:
                # "the Foreign Minister of the People's Republic of China, State Councilor Wang
                # Yi,": a rank that is no office of ours between the title and the name
                # (session 30, people)
                pos, mention = rank.end(), ranked
            if mention and mention.code is Code.PERSON and len(mention.entities) == 1:
                return mention.entity, (pos, mention.end - base)
            if mention is None:
                m_name = NAME.match(text, pos)
                name = trim_name(m_name.group("name")) if m_name else ""
                if fold(name).lower() in _CHAIR_WORDS and "," not in m_gap[0]:
                    return None, None  # "a special envoy of the ASEAN Chair"
                short = self._short_family_name(m_name.group("name"), text) if m_name else ""
                if m_name and (
                    short or (name and self._looks_like_name(name, mentions, base + pos))
                ):
                    name = short or name
                    if (
                        " " not in name
                        and not short
                        and _BODY_NAME_GOES_ON.match(text, m_name.start("name") + len(name))
                        and any(m.code is Code.ORG and m.end == base + stop for m in mentions)
                    ):
                        # "Chairperson of the SADC Organ on Politics, Defence and Security": a
                        # word of the name of the body the title ends with, not a person's
                        return None, None
                    end = m_name.start("name") + len(name)
                    if _overlaps(mentions, base + pos, base + end):
                        # "President Ferdinand Marcos Jr.": a given name before the person
                        # known by the surname ("Marcos Jr.")
                        inner = next(
                            (
                                m
                                for m in mentions
                                if base + pos < m.begin < base + end <= m.end
                                and m.code is Code.PERSON
                                and len(m.entities) == 1
                            ),
                            None,
                        )
                        if inner is None:
                            return None, None
                        return inner.entity, (pos, inner.end - base)
                    return None, (pos, end)
        # coordinated titles: "Acting President and Prime Minister Vladimir Putin"
        m_and = _TITLES_JOIN.match(text, stop)
        if m_and:
            mention = by_start.get(m_and.end())
            if (
                mention
                and mention.code is Code.PERSON
                and mention.offices
                # a title with a name, not one standing for a person named before ("The Deputy
                # Secretary and Foreign Secretary discussed ...": two people)
                and mention.offices[0].named
                and len(mention.entities) == 1
                # ("signed by the Home Secretary and Rwanda's Minister of Foreign Affairs, X":
                # another state's official, another person; session 36)
                and not _POSSESSIVE_OPENING.match(mention.text)
            ):
                return mention.entity, (m_and.end(), mention.end - base)
        return None, None

    def _short_family_name(self, name: str, text: str) -> str:
        """ "General Secretary To Lam", "Vice Premier He Lifeng": a family name written like a
        function word ("To", "An", "He"), capitalised after a title in running text, then given
        names ("" in a headline or a title-case line: "President To Attend Summit")."""
        words = name.split()
        if (
            self.headline
            or len(words) < 2
            or words[0] not in _FUNCTION_WORD_NAMES
            or not _RUNNING_TEXT.search(text)
        ):
            return ""
        kept = [words[0]]
        for word in words[1:4]:
            folded = fold(word)
            if (
                not _GIVEN_NAME_WORD.fullmatch(word)
                or folded in _NOT_NAME_WORDS
                or folded in _NAME_STOP
                or folded in _NOT_PERSON_WORDS
            ):
                break
            kept.append(word)
        return " ".join(kept) if len(kept) > 1 else ""

    def _years_ago(self, text: str) -> bool:
        """Whether ``text`` names a year before the last (an appointment then may be over)."""
        return self.date is not None and any(
            int(y) < self.date.year - 1 for y in _YEAR.findall(text)
        )

    def _holder_before(
        self,
        text: str,
        base: int,
        start: int,
        mentions: list[Mention],
        by_end: dict[int, Mention],
        office: Office,
    ) -> tuple[Entity | None, tuple[int, int] | None]:
        appointed = _APPOINTED_BEFORE.search(text, 0, start)
        if appointed is not None and (appointed.group("is") or not self._years_ago(text)):
            # "Antonio Tajani was appointed foreign minister of Italy in October"
            mention = by_end.get(appointed.start())
            if mention and mention.code is Code.PERSON and len(mention.entities) == 1:
                return mention.entity, (mention.begin - base, mention.end - base)
        taken = self._taken_office_holder(text, base, start, mentions, by_end)
        if taken is not None:
            return taken
        m_and = _TITLES_JOIN_BEFORE.search(text, 0, start)
        named = by_end.get(m_and.start()) if m_and is not None else None
        if (
            named is not None
            and named.code is Code.PERSON
            and len(named.entities) == 1
            and any(o.named for o in named.offices)
            and _APPOSED.search(named.text)
        ):
            # "Azali Assoumani, President of the Union of the Comoros and Chairperson of the
            # African Union": a second office of the name the apposition is of
            return named.entity, (named.begin - base, named.end - base)
        # "Mohammed bin Salman, Crown Prince and Prime Minister": the heir's title is no office
        m_before = _COMMA_BEFORE.search(text, 0, start)
        if not m_before:
            return None, None
        mention = by_end.get(m_before.start())
        if mention and mention.code is Code.PERSON and len(mention.entities) == 1:
            if any(_other_office(o, office) for o in mention.offices):
                # "FM Vladimir Makei, Ambassador of Russia discussed": a list of two people, not
                # a second office of the foreign minister
                return None, None
            return mention.entity, (mention.begin - base, mention.end - base)
        m_name = _NAME_BEFORE.search(text, 0, start)
        if m_name and self._looks_like_name(
            m_name.group("name"), mentions, base + m_name.start("name")
        ):
            begin, end = m_name.start("name"), m_name.end("name")
            if not _overlaps(mentions, base + begin, base + end):
                return None, (begin, end)
            return None, None
        # "Sullivan, the White House national security adviser, ...": a surname alone, when
        # one KB person of that surname holds this office on the article date
        m_word = _SURNAME_BEFORE.search(text, 0, start)
        if (
            m_word is not None
            and not _overlaps(mentions, base + m_word.start("name"), base + m_word.end("name"))
            # part of a longer name: "Jake Sullivan, ..." was tried above
            and not _CAPITALISED_BEFORE.search(text, max(0, m_word.start() - 30), m_word.start())
        ):
            person = self._surname_holder(m_word.group("name"), office)
            if person is not None:
                return person, (m_word.start("name"), m_word.end("name"))
        return None, None

    def _taken_office_holder(
        self,
        text: str,
        base: int,
        start: int,
        mentions: list[Mention],
        by_end: dict[int, Mention],
    ) -> tuple[Entity | None, tuple[int, int] | None] | None:
        """The person who took the office the title at ``start`` names (session 33): "X took
        office as / became / succeeded Y as / was sworn in on Monday as TITLE", a name the KB
        lacks before any verb of appointment ("Hakan Fidan was sworn in as ..."), the appointee
        of "... appointed X (as) TITLE"; none in a year before the last or when the clause is
        negated or not yet done ("would become", "is expected to be appointed")."""
        if self._years_ago(text):
            return None
        opening = max(0, text.rfind(".", 0, start) + 1)
        verb = _TOOK_OFFICE_BEFORE.search(text, 0, start) or _APPOINTED_BEFORE.search(
            text, 0, start
        )
        active = _APPOINTED_ACTIVE_BEFORE.search(text, 0, start) if verb is None else None
        if verb is None and active is None:
            # "The Senate confirmed A as ... and retired Gen. Lloyd Austin as the first Black
            # defense secretary": a second appointee of the verb (session 36)
            second = _AND_APPOINTEE_BEFORE.search(text, 0, start)
            if second is not None and _APPOINTING_VERB.search(text, 0, second.start()):
                active = second
        # (of an active appointment, up to the appointee: not "its ambassador to the US" after)
        if _NOT_TAKEN.search(text, opening, active.start("name") if active else start):
            return None
        if verb is not None:
            mention = by_end.get(verb.start())
            if (
                mention is not None
                and mention.code is Code.STATE
                and (origin := _ORIGIN_BEFORE.search(text, 0, mention.begin - base)) is not None
            ):
                # "Ambassador Bankole Adeoye of the Federal Republic of Nigeria was elected ...":
                # the person before the state they come from (session 36)
                mention = by_end.get(origin.start())
                if mention is None:
                    named = _ORIGIN_NAME_BEFORE.search(text, 0, origin.start())
                    if named is None or not self._looks_like_name(
                        named.group("name"), mentions, base + named.start("name")
                    ):
                        return None
                    return None, (named.start("name"), named.end("name"))
            if mention is not None:
                if mention.code is Code.PERSON and len(mention.entities) == 1:
                    return mention.entity, (mention.begin - base, mention.end - base)
                return None
            # the longest name that looks like one ("Chief of General Staff Gen. Yasar Guler
            # replaced ...": not "General Staff Gen. Yasar Guler"; session 36)
            m_name = next(
                (
                    m
                    for word in _CAPITAL_START.finditer(text, opening, verb.start())
                    if (m := _APPOINTEE_NAME_BEFORE.match(text, word.start(), start)) is not None
                    and m.end("name") == verb.start()
                    and self._looks_like_name(m.group("name"), mentions, base + m.start("name"))
                ),
                None,
            )
            if m_name is None:
                return None
        else:
            m_name = active
            if m_name is None:
                return None
            # (``by_end`` is keyed by offsets in the sentence)
            mention = by_end.get(m_name.end("name"))
            if mention is not None and mention.code is Code.PERSON and len(mention.entities) == 1:
                return mention.entity, (mention.begin - base, mention.end - base)
        begin, end = m_name.start("name"), m_name.end("name")
        if not self._looks_like_name(m_name.group("name"), mentions, base + begin):
            return None
        if _overlaps(mentions, base + begin, base + end):
            return None
        return None, (begin, end)

    def _surname_holder(self, word: str, office: Office) -> Entity | None:
        """The one KB person of this surname who holds this office on the article date."""
        if (
            self.date is None
            or not office.current
            or office.role in {"Secretary", "Counterpart"}
            or fold(word) in _NOT_NAME_WORDS
            or fold(word) in _NOT_SURNAMES
        ):
            return None
        people = [
            e
            for q in surname_index(self.kb).get(surname_key(fold(word)), ())
            if (e := self.kb.entity(q)) is not None and self._office_fits(q, office)
        ]
        return entity_of(people[0]) if len(people) == 1 else None

    def _counterpart(
        self, office: Office, mentions: list[Mention], holder: Entity | None = None
    ) -> Office:
        """ "her South Korean counterpart Park Jin": the office of the other official named (as
        this sentence, the article or the KB on its date gives it; not the counterpart's own)."""
        roles: set[str] = set()
        named_roles: set[str] = set()  # those of officials named with their title here
        for m in mentions:
            if m.code is not Code.PERSON or len(m.entities) != 1:
                continue
            if holder is not None and m.entities[0].key == holder.key:
                continue
            if m.offices:
                roles.update(o.role for o in m.offices)
                named_roles.update(o.role for o in m.offices if o.named)
            elif (known := self.ctx.office_of(m.entities[0])) is not None:
                roles.add(known.role)
            elif m.entities[0].qid and self.date is not None:
                held = {
                    t.role
                    for t in self.kb.tenures(m.entities[0].qid)
                    if t.role and t.covers(self.date)
                }
                state = office.jurisdiction
                if len(held) > 1 and state is not None:
                    # "Vladimir Putin thanked his Indonesian colleague": the president (not
                    # the commander-in-chief) when the article's Indonesian is one
                    held &= {
                        known.role
                        for _, known in self.ctx.people
                        if known is not None
                        and known.jurisdiction is not None
                        and known.jurisdiction.key == state.key
                    }
                roles.update(held if len(held) == 1 else ())
        if len(roles) > 1 and len(named_roles) == 1:
            # "Foreign Minister X, who travelled with the president, signed ... with his
            # Chinese counterpart Y": the official named with a title, not one a bare title in
            # a clause about them stands for
            roles = named_roles
        return replace(office, role=next(iter(roles))) if len(roles) == 1 else office

    def _stated_for_both(
        self,
        holder: Entity,
        office: Office,
        earlier: tuple[Office, ...],
        text: str,
        start: int,
        mentions: list[Mention],
        base: int,
    ) -> tuple[Office, ...]:
        """ "Sheikh Abdullah bin Zayed, the Deputy Prime Minister and Minister of Foreign Affairs
        of the UAE": the apposition's first title, bound before without a state, is of the
        state the second one names after it."""
        state = office.jurisdiction
        if (
            state is None
            or state.kind is not EntityKind.STATE
            or office.accredited_to is not None
            or not office.named
            or not _ends_with_state(office)
        ):
            return earlier
        out = []
        for o in earlier:
            at = text.rfind(o.label, 0, start) if o.label else -1
            if (
                at >= 0
                and o.jurisdiction is None
                and o.current
                and o.named
                and o.role in _STATED_PAIR_ROLES
                and o.role != office.role
                and _TITLES_JOIN.fullmatch(text, at + len(o.label), start)
                and self._may_hold(holder, o, stated=True)
                and self._served(holder, state)
            ):
                o = self.complete(holder, replace(o, jurisdiction=state), mentions, base)
            out.append(o)
        return tuple(out)

    def _newly_in_office(self, state: Entity, tenures: tuple[KbTenure, ...]) -> bool:
        """ "The Foreign Ministers of Kazakhstan and Uzbekistan, Murat Nurtleu and Bakhtiyor
        Saidov": an office of the state the list names for the person, whom the KB (its sources
        seen before the appointment) shows in another post of that state, and in no top office
        on the article date (not "the prime ministers of Armenia and Azerbaijan, Nikol
        Pashinyan and Ilham Aliyev", the president)."""
        if self.date is None or not any(t.jurisdiction == state.qid for t in tenures):
            return False
        return not any(t.role in _TOP_ROLES and t.covers(self.date) for t in tenures)

    def _served(self, holder: Entity, state: Entity) -> bool:
        """Whether a KB person may hold an office of ``state``: the KB shows no office of
        theirs, or one of that state."""
        if not holder.qid:
            return True
        served = {t.jurisdiction for t in self.kb.tenures(holder.qid) if t.jurisdiction}
        return not served or state.qid in served

    def _may_hold(self, holder: Entity, office: Office, stated: bool = False) -> bool:
        """Whether a coordinated title can be the next holder's own ("Deputy Prime Minister and
        Foreign Minister of Vietnam, Pham Binh Minh"), not another person's ("The Vice President
        and President López Obrador discussed ..."): nobody else of the article holds it, and
        the KB, if it knows the holder's offices, shows them in it at some time. ``stated``:
        the second title names its state after it ("Deputy Prime Minister and Minister of
        Foreign Affairs of Kazakhstan Murat Nurtleu"), which makes the pair one person's
        offices whatever roles the KB's (often dated) list of them shows."""
        if any(
            held is not None and held.role == office.role and person.key != holder.key
            for person, held in self.ctx.people
        ):
            return False
        tenures = self.kb.tenures(holder.qid) if holder.qid else ()
        if stated and office.role in _STATED_PAIR_ROLES:
            return True  # (its state checked against the KB's by the caller)
        return not tenures or any(t.role == office.role for t in tenures)

    @staticmethod
    def _ministry_state(
        mentions: list[Mention], text: str, base: int, body: Mention
    ) -> Mention | None:
        """The state mention opening a government body's name that ends with ``body``."""
        for m in mentions:
            if (
                m.code in {Code.STATE, Code.DEMONYM}
                and m.end <= body.begin
                and body.begin - m.end < 120
                and _MINISTRY_CHAIN.fullmatch(text, m.end - base, body.begin - base)
            ):
                return m
        return None

    def _its_state(
        self, mentions: list[Mention], text: str, base: int, before: int
    ) -> Entity | None:
        """The state "its" stands for: the one the noun phrase just before names ("Iran's
        Ministry of Intelligence said on Monday that its ...", "Lithuania said its ..."), with
        no comma and no other name between; none for an organisation or company."""
        last = max(
            (m for m in mentions if m.end - base <= before), key=lambda m: m.end, default=None
        )
        if last is None or not _ITS_GAP.fullmatch(text, last.end - base, before):
            return None
        if last.code is Code.ORG and last.entity is not None and not last.entity.is_linked:
            owner = self._ministry_state(mentions, text, base, last)
            if owner is not None:
                return owner.entity
            return self._state_in(last.text) if _GOVERNMENT_BODY.search(last.text) else None
        if last.code is Code.STATE and last.entity is not None:
            return last.entity if last.entity.kind is EntityKind.STATE else None
        return None

    def _its_capital(
        self, mentions: list[Mention], text: str, base: int, before: int
    ) -> Entity | None:
        """The state whose capital "its" stands for ("asked Paris to replace its ambassador")."""
        last = max(
            (m for m in mentions if m.end - base <= before), key=lambda m: m.end, default=None
        )
        if last is None or last.code is not Code.CITY:
            return None
        if not _ITS_GAP.fullmatch(text, last.end - base, before):
            return None
        return self._capital_state(last)

    @staticmethod
    def _asking_state(
        mentions: list[Mention], text: str, base: int, its: int, envoys: Entity
    ) -> Entity | None:
        """The state that asks another to replace or recall "its" ambassador: the subject that
        opens the sentence ("Burkina Faso's junta asked Paris to replace its ambassador")."""
        before = sorted((m for m in mentions if m.end - base <= its), key=lambda m: m.begin)
        if len(before) < 2:
            return None
        subject, asked = before[0], before[-1]
        if (
            subject.code not in {Code.STATE, Code.DEMONYM}
            or subject.entity is None
            or subject.entity.kind is not EntityKind.STATE
            or subject.entity == envoys
            or not _ASKED_BEFORE.search(text, 0, asked.begin - base)
            or not _SUBJECT_ASKED.fullmatch(text, subject.end - base, asked.begin - base)
        ):
            return None
        return subject.entity

    def _the_country(
        self, mentions: list[Mention], base: int, before: int, owners: set[int] | None = None
    ) -> Entity | None:
        """The state "the country" means: the one state named before ``before`` in the sentence,
        else the one state the article has named. A state that opens another person's title in
        the sentence ("French President Emmanuel Macron asked the country's interim president";
        ``owners``: those mentions' starts) is the speaker's, never "the country" told of."""
        owned = {
            m.entity.key
            for m in mentions
            if owners and m.begin - base in owners and m.entity is not None
        }
        named = {
            m.entity.key: m.entity
            for m in mentions
            if m.code in {Code.STATE, Code.DEMONYM}
            and m.entity is not None
            and m.entity.kind is EntityKind.STATE
            and m.end - base <= before
            and m.entity.key not in owned
        }
        if not named:
            named = {k: e for k, e in self.ctx.states.items() if k not in owned}
        return next(iter(named.values())) if len(named) == 1 else None

    def _cabinet_state(
        self, holder: Entity, mentions: list[Mention], text: str, start: int, office: Office
    ) -> Entity | None:
        """The state of a cabinet post taken without one, told by a verb of taking office right
        before the title in a sentence that names no state, demonym, other city or organisation
        (session 36): a KB person's, when all the offices the KB has them hold are of one state
        ("Cleverly, who had been foreign secretary since September 2022, is now home
        secretary"); else the dateline capital's, in a story of that state's publisher
        ("ANKARA (AA) - ... Yasar Guler replaced Hulusi Akar as defense minister"; not a wire's
        story filed from Kyiv on Britain's reshuffle)."""
        if (
            not office.current
            or office.role not in _CABINET_ROLES
            or any(
                m.code in {Code.STATE, Code.DEMONYM, Code.ORG}
                # (the dateline's own capital may open the sentence)
                or (m.code is Code.CITY and self._capital_state(m) != self.ctx.dateline)
                for m in mentions
                if m.entity is not None
            )
        ):
            return None
        if not (
            _TOOK_OFFICE_BEFORE.search(text, 0, start)
            or _APPOINTED_ACTIVE_BEFORE.search(text, 0, start)
            or ((verb := _APPOINTED_BEFORE.search(text, 0, start)) and not verb.group("is"))
        ):
            return None
        if holder.qid:
            served = {t.jurisdiction for t in self.kb.tenures(holder.qid)}
            only = next(iter(served)) if len(served) == 1 else None
            state = self.kb.entity(only) if only else None
            if state is None or state.kind is not EntityKind.STATE:
                return None
            return entity_of(state)
        home, dateline = self.ctx.home, self.ctx.dateline
        if home is None or dateline is None or home.qid != dateline.qid:
            return None
        return dateline

    def _appointer(
        self, mentions: list[Mention], text: str, base: int, start: int, role: str
    ) -> Entity | None:
        """The state or organisation that appointed the holder of a title without one, the
        subject opening the clause of "... appointed/elected/confirmed NAME (of X) as TITLE":
        a state, its capital or its demonym ("China's top legislature voted to appoint Dong Jun
        as minister of national defense"), or for an organisation's offices the organisation
        ("The World Health Organization's member states re-elected X as director-general");
        none when the clause names another party before the verb."""
        verb = _APPOINTED_ACTIVE_BEFORE.search(text, 0, start)
        if verb is None:
            return None
        clause = max(text.rfind(".", 0, verb.start()), text.rfind(";", 0, verb.start())) + 1
        found: dict[str, Entity] = {}
        for m in mentions:
            if not (base + clause <= m.begin and m.end <= base + verb.start()):
                continue
            if m.code is Code.PERSON or m.entity is None:
                return None  # "Erdogan named X ...": not read here
            if m.code is Code.ORG:
                party: Entity | None = self._organisation_of(m.entity)
            else:
                # ("BEIJING, Dec 30 (Reuters) - China on Friday named ...": one state)
                party = self._appointing_state(m)
            if party is None or not party.is_linked:
                return None
            found[party.key] = party
        if len(found) != 1:
            return None
        party = next(iter(found.values()))
        if party.kind is EntityKind.ORGANIZATION:
            return party if role in {"HeadOfOrganization", "SeniorOfficial"} else None
        if party.kind is not EntityKind.STATE or role in {"HeadOfOrganization", "SeniorOfficial"}:
            return None
        return party

    def _appointing_state(self, mention: Mention | None) -> Entity | None:
        """The state of the subject of "X appointed NAME as its ambassador": a state, or the
        one a capital stands for ("Ankara appointed ...")."""
        if mention is None:
            return None
        if mention.code in {Code.STATE, Code.DEMONYM} and mention.entity is not None:
            return mention.entity
        return self._capital_state(mention) if mention.code is Code.CITY else None

    @staticmethod
    def _appointee(
        m: re.Match[str], mentions: list[Mention], base: int, by_start: dict[int, Mention]
    ) -> tuple[Entity | None, tuple[int, int] | None]:
        """The person "appointed NAME as its ambassador" names: a KB person's mention, else the
        name when no other mention overlaps it."""
        begin, end = m.start("name"), m.end("name")
        mention = by_start.get(begin)
        if mention is not None and mention.code is Code.PERSON and len(mention.entities) == 1:
            return mention.entity, (mention.begin - base, mention.end - base)
        if _overlaps(mentions, base + begin, base + end):
            return None, None
        return None, (begin, end)

    def _capital_state(self, mention: Mention) -> Entity | None:
        """The state a national capital's mention is the capital of."""
        city = mention.entity
        state = self.kb.capital_of(city.qid) if city is not None and city.qid else None
        return entity_of(state) if state is not None else None

    def _home(self) -> Entity | None:
        home = self.ctx.home
        return entity_of(home) if home is not None else None

    def _state_in(self, name: str) -> Entity | None:
        """The state a body's name starts with ("Cambodia's State Secretariat", "UAE Embassy")."""
        first = re.sub(r"['’]s$", "", name.split(maxsplit=1)[0]) if name.split() else ""
        state = self.kb.demonym_of(first) or self.kb.resolve(first, [EntityKind.STATE])
        return entity_of(state) if state is not None else None

    def _trailing_jurisdiction(
        self,
        office: Office,
        text: str,
        base: int,
        span: tuple[int, int],
        by_start: dict[int, Mention],
    ) -> tuple[Office, tuple[int, int]]:
        """ "President Ferdinand Marcos Jr. of the Philippines"; "Jernej Müller, Slovenian Ministry
        of Foreign Affairs": the jurisdiction after the name."""
        m_of = _JUST_OF_AFTER.match(text, span[1])
        if m_of:
            mention = _state_at(text, m_of.end(), by_start)
            if mention and mention.code is Code.STATE:
                return replace(office, jurisdiction=mention.entity), (span[0], mention.end - base)
            org = by_start.get(m_of.end())
            if (
                office.role == "HeadOfOrganization"
                and office.jurisdiction is None
                and org is not None
                and org.code is Code.ORG
                and org.entity is not None
                and org.entity.is_linked
                and org.entity.kind is EntityKind.ORGANIZATION
            ):
                # "Secretary-General Hissein Brahim Taha of the Organisation of Islamic
                # Cooperation" (session 30)
                return replace(office, jurisdiction=org.entity), (span[0], org.end - base)
        m_app = _COMMA_AFTER.match(text, span[1])
        if m_app:
            mention = by_start.get(m_app.end())
            if mention and mention.code in {Code.STATE, Code.DEMONYM}:
                after = text[mention.end - base :]
                if re.match(
                    r"(?:['’]s)?\s+(?:Ministry|Embassy|Government|Mission|Delegation|Foreign)",
                    after,
                ):
                    return replace(office, jurisdiction=mention.entity), span
            if (
                mention
                and mention.code is Code.ORG
                and re.search(
                    r"\b(?:Ministry|Embassy|Government|Mission|Delegation)\b", mention.text
                )
            ):
                state = self.kb.demonym_of(mention.text.split()[0])
                if state is not None:
                    return replace(office, jurisdiction=entity_of(state)), span
        return office, span

    def _looks_like_name(self, name: str, mentions: list[Mention], begin: int) -> bool:
        words = clean_name(name).split()
        if not words or fold(words[0]) in _NOT_NAME_WORDS:
            return False
        if any(fold(w) in _BODY_WORDS for w in words):
            return False  # "... of the Ukrainian Armed Forces", "the Chinese People's ..."
        # a family name may be a month's ("Theresa May"), never the first word
        return not any(fold(w) in _NOT_FAMILY_NAME_WORDS for w in words[1:2])

    def _plain_minister(self, office: Office) -> bool:
        """Whether a title is "minister" alone, or after its state's demonym ("the Chinese
        minister"), with no portfolio."""
        words = fold(office.label).split()
        if words[-1:] != ["minister"] or len(words) > 2:
            return False
        if len(words) == 1:
            return True
        state = self.kb.demonym_of(words[0])
        return (
            state is not None
            and office.jurisdiction is not None
            and office.jurisdiction.qid == state.qid
        )

    def _untitled_holder(self, office: Office) -> tuple[Entity, Office] | None:
        """ "Tokayev held talks with Scholz. The Head of State invited the Chancellor ...": the
        one person the article named without a title whom the KB has in that office on its
        date (a head of state's title by its role, another by its words); none if two."""
        if self.date is None or office.role not in _UNTITLED_ROLES:
            return None
        generic = fold(office.label).startswith("head of")
        found: dict[str, tuple[Entity, KbTenure]] = {}
        for person, known_office in self.ctx.people:
            if known_office is not None or not person.qid:
                continue
            for t in self.kb.tenures(person.qid):
                if (
                    t.role == office.role
                    and t.covers(self.date)
                    and (generic or _same_title(office.label, t.office_label))
                ):
                    found.setdefault(person.key, (person, t))
        if len(found) != 1:
            return None
        person, tenure = next(iter(found.values()))
        state = self.kb.entity(tenure.jurisdiction) if tenure.jurisdiction else None
        return person, replace(
            office,
            jurisdiction=entity_of(state) if state is not None else None,
            post=tenure.post,
            named=False,
        )

    def _untitled_minister(self, office: Office) -> tuple[Entity, Office] | None:
        """ "Lavrov spoke to reporters. The minister threatened ...", "Blinken arrived in Kyiv.
        The secretary condemned ...": a bare "minister" or "secretary" is the one person the
        article named without a title whom the KB has as a minister (a secretary: with that word
        in the office's title; a "foreign minister": as foreign minister) on its date; none if
        two, or if a titled minister was named."""
        if self.date is None:
            return None
        if office.role == "Secretary":
            if fold(office.label) not in {"secretary", "the secretary"}:
                return None
        elif office.role not in {"Minister", "ForeignMinister"} or fold(office.label) not in {
            "minister",
            "the minister",
            "foreign minister",
            "the foreign minister",
        }:
            return None
        # ("Penny Wong arrived in Beijing. The foreign minister criticised ...": a foreign
        # minister's, not any minister's)
        foreign = "foreign" in fold(office.label)
        if any(held is not None for _, held in self.ctx.people):
            return None  # (a minister the article titled is the one meant, or it is unclear)
        found: dict[str, tuple[Entity, KbTenure]] = {}
        for person, _ in self.ctx.people:
            if not person.qid:
                continue
            for t in self.kb.tenures(person.qid):
                if not t.covers(self.date):
                    continue
                if (
                    _same_title("secretary", t.office_label)
                    if office.role == "Secretary"
                    else t.role == "ForeignMinister"
                    if foreign
                    else t.role in {"ForeignMinister", "Minister"}
                ):
                    found.setdefault(person.key, (person, t))
        if len(found) != 1:
            return None
        person, tenure = next(iter(found.values()))
        state = self.kb.entity(tenure.jurisdiction) if tenure.jurisdiction else None
        return person, replace(
            office,
            role=tenure.role or office.role,
            jurisdiction=entity_of(state) if state is not None else None,
            post=tenure.post,
            named=False,
        )

    def _heir_state(self) -> Entity | None:
        """The one monarchy among the states the article has named and those of the offices of
        the people it has named (a crown prince's state)."""
        states = {e.qid: e for e in self.ctx.states.values() if e.qid}
        for person, held in self.ctx.people:
            if held is not None and held.jurisdiction is not None and held.jurisdiction.qid:
                states.setdefault(held.jurisdiction.qid, held.jurisdiction)
            elif held is None and person.qid and self.date is not None:
                # (a title's holder found in the KB: "Bahrain's foreign minister")
                for t in self.kb.tenures(person.qid):
                    if t.jurisdiction and t.covers(self.date):
                        state = self.kb.entity(t.jurisdiction)
                        if state is not None and state.kind is EntityKind.STATE:
                            states.setdefault(state.qid, entity_of(state))
        royal = [
            state
            for qid, state in states.items()
            if any(_MONARCH_POST.search(p.label) for p in self.kb.posts(qid, "HeadOfState"))
        ]
        return royal[0] if len(royal) == 1 else None

    def _titled(self, office: Office) -> tuple[Entity, Office] | None:
        """The person the article named with an organisation's office of this very title (its
        office as a coreference: not named here)."""
        body = office.jurisdiction
        if body is None or body.kind is not EntityKind.ORGANIZATION:
            return None
        held = self.ctx.titled.get(title_key(office.label))
        return None if held is None else (held[0], replace(held[1], named=False))

    def _bare(
        self, mentions: list[Mention], text: str, base: int, start: int, stop: int, office: Office
    ) -> list[Mention]:
        """A title without a name: the person of this article who holds it, the KB holder of the
        post on the article date, or (with a jurisdiction) the state the office speaks for."""
        holder: Entity | None = None
        others: set[str] = set()  # the people, and their states, whose counterpart it is
        if office.jurisdiction is None and _PERSONAL_STYLE.fullmatch(office.label):
            # "expressed his appreciation to the Custodian of the Two Holy Mosques": the one
            # state whose monarch bears the style (session 29)
            national = NATIONAL_TITLES.get(_NATIONAL_TITLE_WORDS.sub("", fold(office.label)))
            state = self.kb.entity(national) if national is not None else None
            if state is not None:
                office = replace(office, jurisdiction=entity_of(state))
        if (
            office.jurisdiction is None
            and office.role == "HeadOfGovernment"
            and "Prince" in text
            and _HEIR_AND_BEFORE.search(text, 0, start)
        ):
            # "His Royal Highness the Crown Prince and Prime Minister": the head of government
            # of the one monarchy the article has named (not a republic's prime minister)
            heir_state = self._heir_state()
            if heir_state is not None:
                office = replace(office, jurisdiction=heir_state)
        if office.role == "Counterpart":
            # "his Iranian counterpart"; "Mirziyoyev's Russian counterpart": of that person's
            # office
            owner = [
                m
                for m in mentions
                if m.code is Code.PERSON
                and text.endswith(("'s ", "’s "), 0, start)
                and m.end - base == start - 3
            ]
            office = self._counterpart(office, owner or mentions, holder)
            # (one counterpart: "his counterparts" are all the others, not one of them)
            for m in () if office.label.endswith("s") else owner or mentions:
                if m.code is Code.PERSON and len(m.entities) == 1:
                    others.add(m.entities[0].key)
                    owned = m.offices[0] if m.offices else self.ctx.office_of(m.entities[0])
                    if owned is not None and owned.jurisdiction is not None:
                        others.add(owned.jurisdiction.key)
        found_office = office
        candidates: list[tuple[Entity, Office]] = []
        visiting = (
            office.jurisdiction is None
            and office.role != "Secretary"
            and self.guests.visiting(text, start)
        )
        if visiting:
            # "Modi held talks with the visiting Prime Minister": the guest, never the host's
            # own (nobody when the guest is unclear)
            guest = self.guests.holder(office)
            if guest is None:
                return mentions
            holder, found_office = guest
            start -= len(VISITING)  # the mention is "visiting Prime Minister"
        known_people = [] if visiting else self.ctx.people
        for known, first_office in reversed(known_people):
            if first_office is None:
                continue
            offices_held = [first_office, *self.also_held.get(known.key, ())]
            # the first office whose role is the title's, else the first ("Deputy Prime Minister
            # and Foreign Minister X ... the Foreign Minister": the second)
            known_office = next((o for o in offices_held if o.role == office.role), first_office)
            if office.role == "Secretary":
                if not _same_title(office.label, known_office.label):
                    continue
            elif known_office.role != office.role and not (
                # "The minister thanked ..." after "Foreign Minister Sergei Aleinik met ...":
                # a minister of any portfolio
                office.role == "Minister"
                and known_office.role == "ForeignMinister"
                and self._plain_minister(office)
            ):
                continue
            if (
                office.jurisdiction
                and known_office.jurisdiction
                and office.jurisdiction.key != known_office.jurisdiction.key
            ):
                continue
            if _other_organ(office, known_office):
                continue  # the Chairperson of the African Union is not that of its Commission
            if others and (
                known.key in others
                or (known_office.jurisdiction and known_office.jurisdiction.key in others)
            ):
                continue  # "Lavrov thanked his counterpart": not Lavrov, nor another Russian
            candidates.append((known, known_office))
        # "the Deputy Secretary": prefer the person whose title has these very words
        # ("EAM": the person whose title it abbreviates, "External Affairs Minister"; "The
        # Secretary and Foreign Minister discussed": the foreign minister, not the Secretary of
        # State the release is from)
        words = _title_words(office.label)
        worded = [
            c
            for c in candidates
            if (words and words <= _title_words(c[1].label))
            or _abbreviates(office.label, c[1].label)
        ]
        home = self.ctx.home
        if office.jurisdiction is None and home is not None:
            # "President Biden met President Macron. The President thanked ...": in the White
            # House's release, its own president
            for pool in (worded, candidates):
                if len({c[0].key for c in pool}) > 1:
                    own = [
                        c for c in pool if c[1].jurisdiction and c[1].jurisdiction.qid == home.qid
                    ]
                    pool[:] = own or pool
        # "The Secretary" after "Secretary Blinken met Philippine Foreign Secretary Manalo": the
        # person titled with these very words, before one whose title only contains them
        exact = (
            [c for c in worded if fold(c[1].label) == fold(office.label)]
            if office.role == "Secretary"
            else []
        )
        pool = exact or worded or candidates
        if len({c[0].key for c in pool}) > 1:
            # "Wang Yi met Sergey Lavrov. ... The minister said ...": of two people who hold the
            # office, the subject of the sentence before, else neither (unclear)
            subject = {e.key for e in self.ctx.subject}
            pool = [c for c in pool if c[0].key in subject] if len(subject) == 1 else []
        titled = self._titled(office)
        if titled is not None:
            # "The Chairperson of the African Union asked ...": the person named with this very
            # title (not the Chairperson of the African Union Commission)
            holder, found_office = titled
        elif pool and not visiting:
            known, known_office = pool[0]
            holder = known
            found_office = replace(known_office, label=office.label, named=False)
        elif not candidates and not visiting and office.jurisdiction is None:
            held = self._untitled_holder(office) or self._untitled_minister(office)
            if held is not None:
                holder, found_office = held

        if (
            holder is None
            and office.jurisdiction
            and office.jurisdiction.qid
            and self.date
            and office.role in _SINGLE_HOLDER_ROLES
            and office.current
            # a headline's "Uzbek Foreign Minister": the body names them; the KB's holder of
            # the post may be a predecessor it has not seen leave
            and not self.headline
        ):
            posts = [
                p
                for p in self.kb.posts(office.jurisdiction.qid, office.role)
                # (a "Spanish President" is not the holder of the "Monarch of Spain")
                if not p.role_class and fits_post(office.label, p.label)
            ]
            # who holds it today, as far as the KB's sources saw, or someone the article named
            # whom they saw in it: never a stale guess
            holders = {h for p in posts for h in self.kb.holders(p.qid, self.date, known=True)}
            named = {person.qid for person, _ in self.ctx.people if person.qid}
            # "the Custodian of the Two Holy Mosques": a style only the holder bears is him
            # (the KB's king on the date, session 29)
            styled = _PERSONAL_STYLE.fullmatch(office.label) is not None
            if not holders:
                holders = {h for p in posts for h in self.kb.holders(p.qid, self.date)}
                if not styled:
                    holders &= named
            if len(holders) == 1:
                entity = self.kb.entity(next(iter(holders)))
                if entity is not None:
                    holder = entity_of(entity)
                    # "Vladimir Putin held talks ... The Russian President noted": the state's
                    # title for the one holder of its post, whom the article named before,
                    # states his office (unambiguous coreference); else only who speaks
                    found_office = replace(
                        office,
                        post=posts[0].qid if len(posts) == 1 else None,
                        # (a style alone names the person, not a name the Tenure needs:
                        # ANNOTATION.md §4, test_s20_names3)
                        named=entity.qid in named
                        and _DEFINITE_BEFORE.search(text, 0, start) is not None,
                    )
        # the mentions outside the title (by position, see _bind)
        kept = [m for m in mentions if not (base + start <= m.begin and m.end <= base + stop)]
        if holder is None:
            if office.jurisdiction is None or office.jurisdiction.kind is not EntityKind.STATE:
                return mentions
            kept.append(
                Mention(
                    base + start,
                    base + stop,
                    text[start:stop],
                    Code.STATE,
                    (office.jurisdiction,),
                    confidence=0.7,
                )
            )
            return kept
        kept.append(
            Mention(
                base + start,
                base + stop,
                text[start:stop],
                Code.PERSON,
                (holder,),
                (found_office,),
                confidence=0.8,
            )
        )
        return kept

    def _plural_list(
        self, mentions: list[Mention], text: str, base: int, title: TitleMatch, office: Office
    ) -> list[Mention] | None:
        """ "Foreign ministers Sergey Lavrov and Wang Yi", "the Foreign Ministers of Russia and
        China, Sergey Lavrov and Wang Yi": each person listed after a plural title holds the
        office, of the state listed in the same place when the title lists as many (else of
        the state the KB gives); a KB person the KB never shows in that office is left out."""
        if not office.current:
            return None
        by_start = {m.begin - base: m for m in mentions}
        counterparts = False
        states: list[Entity] = []
        apposed = True  # (the people listed right after the title, not "including" them)
        respective: list[Office] | None = None
        owned = self._owned_list(text, base, title.end, by_start)
        if owned is not None:
            # "the foreign ministers of the other Quad members, Australia's Penny Wong and
            # Japan's Yoshimasa Hayashi"
            pos = owned
        elif office.role == "Counterpart":
            single = self._counterpart(office, mentions)
            coordinated = _coordinated_owners(text, base, title, mentions)
            if len(coordinated) > 1 and single.role != "Counterpart":
                # "his U.S. and Japanese counterparts, Jung Pak and Hiroyuki Namazu": each
                # counterpart of the state listed in the same place before the title (session 43)
                states = coordinated
                office = single
            elif single.role not in _PLURAL_ROLES:
                # "A and B held talks with their Russian counterparts, C and D": each of the
                # officials named before, in order, has the one listed in the same place
                respective = self._respective_roles(mentions, base, title, office)
                if respective is None:
                    return None
            else:
                office = single
            pos = title.end
            counterparts = True
        elif office.role not in _PLURAL_ROLES and office.role not in {"Minister", "HeadOfAgency"}:
            return None
        else:
            pos = title.end
        m_of = _OF_AFTER.match(text, pos) if owned is None and not states else None
        if m_of is not None:
            pos = m_of.end()
            while (state := by_start.get(pos)) is not None and state.code in {
                Code.STATE,
                Code.DEMONYM,
            }:
                assert state.entity is not None
                states.append(state.entity)
                pos = state.end - base
                # ("the foreign ministers of India and the Philippines, A and B")
                sep = _STATE_LIST_SEP.match(text, pos)
                after = by_start.get(sep.end()) if sep is not None else None
                if sep is None or after is None or after.code not in {Code.STATE, Code.DEMONYM}:
                    break
                pos = sep.end()
            if not states:
                return None
        # "The presidents of Chile, Gabriel Boric, and Colombia, Gustavo Petro": each state
        # with its officeholder after it (session 30, people)
        alternating = (
            self._alternating(text, base, m_of.end(), by_start, mentions)
            if m_of is not None and len(states) == 1 and not counterparts
            else None
        )
        if owned is not None:
            gap: re.Match[str] | None = _NOTHING.match(text, pos)
        elif counterparts and (including := _INCLUDING_GAP.match(text, pos)) is not None:
            # "met several counterparts, including Vivian Balakrishnan of Singapore and ..."
            # (session 30, people)
            gap = including
            apposed = False
        else:
            gap = _LIST_OPEN.match(text, pos) if states else _HOLDER_GAP.match(text, pos)
        people: list[tuple[int, int, Entity | None]] = []
        if alternating is not None:
            states, people = alternating
            gap = None
        elif owned is not None:
            pass
        elif gap is None or (
            not by_start.get(gap.end()) and not _NAME_START.match(text, gap.end())
        ):
            # "Sergey Lavrov and Wang Yi, the foreign ministers of Russia and China": the
            # names before
            people = self._people_before(text, base, title.begin, mentions)
            gap = None
            if people:
                # the apposition is the people listed, not its states: "Sergey Lavrov and Wang
                # Yi, the foreign ministers of Russia and China, met in Moscow"
                end = pos if states else title.end
                mentions = [
                    m
                    for m in mentions
                    if not (base + title.begin <= m.begin and m.end <= base + end)
                ]
                group = tuple(p[2] for p in people if p[2] is not None)
                mentions.append(
                    Mention(
                        base + title.begin,
                        base + end,
                        text[title.begin : end],
                        Code.PERSON,
                        group,
                        confidence=0.8,
                    )
                )
        if gap is None and not people:
            return None
        pos = gap.end() if gap is not None else len(text)
        owners: dict[int, Entity] = {}
        spans: dict[int, tuple[int, int]] = {}
        while gap is not None and len(people) < 6:
            mention = by_start.get(pos)
            owner: Entity | None = None
            if owned is not None:
                # "Australia's Penny Wong": the state of each, before the name
                item = _POSSESSIVE_AFTER.match(text, mention.end - base) if mention else None
                if mention is None or mention.entity is None or item is None:
                    break
                owner, pos = mention.entity, item.end()
                mention = by_start.get(pos)
                if mention is not None and mention.offices:
                    break  # "Japan's Prime Minister Fumio Kishida": titled with another office
            if mention is not None and mention.code is Code.PERSON and len(mention.entities) == 1:
                people.append((pos, mention.end - base, mention.entity))
                pos = mention.end - base
            elif mention is None and (m_name := NAME.match(text, pos)) is not None:
                name = m_name.group("name")
                words = name.split()
                if len(words) == 1 and self.date is not None:
                    # "Presidents Putin and Xi"
                    qid = self._in_office(words[0])
                    known = self.kb.entity(qid) if qid is not None else None
                    if known is None:
                        return None
                    people.append((pos, pos + len(name), entity_of(known)))
                    pos += len(name)
                elif (
                    len(words) < 2
                    or fold(words[0]) in _NOT_NAME_WORDS
                    or any(fold(w) in _NOT_PERSON_WORDS or fold(w) in _NAME_STOP for w in words)
                ):
                    return None
                else:
                    end = m_name.start("name") + len(name)
                    if _overlaps(mentions, base + pos, base + end):
                        return None
                    people.append((pos, end, None))
                    pos = end
            else:
                break
            if owner is not None:
                owners[len(people) - 1] = owner
            # "Prime Ministers Rishi Sunak of the United Kingdom and Giorgia Meloni of Italy":
            # each with their state
            m_own = _JUST_OF_AFTER.match(text, pos) if not states and owner is None else None
            own = by_start.get(m_own.end()) if m_own is not None else None
            if own is not None and own.code in {Code.STATE, Code.DEMONYM} and own.entity:
                owners[len(people) - 1] = own.entity
                pos = own.end - base
                if counterparts:
                    # (the mention spans "counterparts, Penny Wong of Australia" as one with a
                    # single counterpart does: the title with the first, each state with its name)
                    first = people[-1][0]
                    spans[len(people) - 1] = (
                        title.begin if len(people) == 1 and apposed else first,
                        pos,
                    )
                elif office.role in {"Minister", "HeadOfAgency"}:
                    # ("Defence ministers A of Kyrgyzstan and B of Tajikistan met": each name
                    # with its state, one party of the meeting each; session 29)
                    spans[len(people) - 1] = (people[-1][0], pos)
            sep = _LIST_SEP.match(text, pos)
            if sep is None:
                break
            pos = sep.end()
        if len(people) < 2 or (states and len(states) != len(people)):
            return None
        if (
            office.role in {"Minister", "HeadOfAgency"}
            and not states
            and len(owners) != len(people)
        ):
            return None  # (ministers of a portfolio: only with each one's state told; session 29)
        roles: list[Office] = []
        if respective is not None:
            if len(respective) != len(people) or owners or office.jurisdiction is None:
                return None
            states, roles = [office.jurisdiction] * len(people), respective
            mentions = self._respective_sides(mentions, base, title, office.jurisdiction)
        elif not states and len(owners) == len(people):
            states = [owners[i] for i in range(len(people))]
        elif not states and (owned is not None or counterparts):
            return None  # (each counterpart of the state named after them, or none)
        out = list(mentions)
        for i, (begin, end, holder) in enumerate(people):
            owner = states[i] if states else None
            one = replace(office, label=title.text, jurisdiction=owner)
            if roles:
                one = replace(one, role=roles[i].role, label=roles[i].label)
            if holder is None:
                holder = self.link(text[begin:end], one)
            tenures = self.kb.tenures(holder.qid) if holder.qid else ()
            if (
                tenures
                and not any(t.role == one.role for t in tenures)
                and not (owner is not None and self._newly_in_office(owner, tenures))
            ):
                continue  # "the prime ministers ..., Nikol Pashinyan and Ilham Aliyev"
            one = self.complete(holder, one, mentions, base)
            begin, end = spans.get(i, (begin, end))
            out = [m for m in out if not (base + begin <= m.begin and m.end <= base + end)]
            out.append(
                Mention(base + begin, base + end, text[begin:end], Code.PERSON, (holder,), (one,))
            )
        return out

    @staticmethod
    def _alternating(
        text: str, base: int, pos: int, by_start: dict[int, Mention], mentions: list[Mention]
    ) -> tuple[list[Entity], list[tuple[int, int, Entity | None]]] | None:
        """ "(the presidents of) Chile, Gabriel Boric, and Colombia, Gustavo Petro": two or more
        states, each followed by the name of its officeholder set off by commas."""
        states: list[Entity] = []
        people: list[tuple[int, int, Entity | None]] = []
        while len(states) < 6:
            state = by_start.get(pos)
            if state is None or state.code not in {Code.STATE, Code.DEMONYM} or not state.entity:
                break
            after = _LIST_OPEN.match(text, state.end - base)
            if after is None:
                break
            at = after.end()
            person = by_start.get(at)
            if person is not None:
                if person.code is not Code.PERSON or len(person.entities) != 1:
                    break
                end = person.end - base
                people.append((at, end, person.entity))
            else:
                m_name = NAME.match(text, at)
                if m_name is None:
                    break
                words = m_name.group("name").split()
                end = m_name.start("name") + len(m_name.group("name"))
                if (
                    len(words) < 2
                    or fold(words[0]) in _NOT_NAME_WORDS
                    or any(fold(w) in _NOT_PERSON_WORDS or fold(w) in _NAME_STOP for w in words)
                    or _overlaps(mentions, base + at, base + end)
                ):
                    break
                people.append((at, end, None))
            states.append(state.entity)
            sep = _STATE_LIST_SEP.match(text, end)
            if sep is None or not text.startswith(",", end):
                break  # (the name closed by a comma: "Gabriel Boric, and Colombia")
            pos = sep.end()
        if len(states) < 2 or len(states) != len(people):
            return None
        return states, people

    def _respective_sides(
        self, mentions: list[Mention], base: int, title: TitleMatch, other: Entity
    ) -> list[Mention]:
        """The state of the officials titled without one before "their Russian counterparts":
        the one state other than the counterparts' whose leader the article has named so far
        (the visiting side: "Bolsonaro met Putin ... In parallel, Foreign Minister A and ...")."""
        sides = {
            known.jurisdiction.key: known.jurisdiction
            for _, known in self.ctx.people
            if known is not None
            and known.current
            and known.role in {"HeadOfState", "HeadOfGovernment"}
            and known.jurisdiction is not None
            and known.jurisdiction.kind is EntityKind.STATE
            and known.jurisdiction.key != other.key
        }
        if len(sides) != 1:
            return mentions
        side = next(iter(sides.values()))
        out: list[Mention] = []
        for m in mentions:
            if (
                m.end <= base + title.begin
                and m.code is Code.PERSON
                and len(m.offices) == 1
                and m.offices[0].jurisdiction is None
            ):
                m = replace(m, offices=(replace(m.offices[0], jurisdiction=side),))
            out.append(m)
        return out

    @staticmethod
    def _respective_roles(
        mentions: list[Mention], base: int, title: TitleMatch, office: Office
    ) -> list[Office] | None:
        """The offices, in order, of the officials titled before "their <demonym> counterparts"
        ("Foreign Minister A and Defence Minister B held talks with their Russian counterparts,
        C and D"): two or more, one current office each, none of the counterparts' state."""
        if office.jurisdiction is None or not title.text.endswith("s"):
            return None
        before = sorted(
            (m for m in mentions if m.end <= base + title.begin and m.code is Code.PERSON),
            key=lambda m: m.begin,
        )
        if len(before) < 2 or len(before) > 4:
            return None
        roles: list[Office] = []
        for m in before:
            if len(m.entities) != 1 or len(m.offices) != 1:
                return None
            held = m.offices[0]
            if not held.current or not held.named or held.role in {"Counterpart", "Ambassador"}:
                return None
            if held.jurisdiction is not None and held.jurisdiction.key == office.jurisdiction.key:
                return None
            roles.append(held)
        return roles

    @staticmethod
    def _people_before(
        text: str, base: int, begin: int, mentions: list[Mention]
    ) -> list[tuple[int, int, Entity | None]]:
        """The people named in a list right before ", the" and a plural title at ``begin``."""
        comma = _LIST_CLOSE.search(text, 0, begin)
        if comma is None:
            return []
        by_end = {m.end - base: m for m in mentions}
        people: list[tuple[int, int, Entity | None]] = []
        pos = comma.start()
        while len(people) < 6:
            mention = by_end.get(pos)
            if mention is None or mention.code is not Code.PERSON or len(mention.entities) != 1:
                return []
            people.insert(0, (mention.begin - base, pos, mention.entity))
            sep = _LIST_SEP_BEFORE.search(text, 0, mention.begin - base)
            if sep is None:
                break
            pos = sep.start()
        return people

    @staticmethod
    def _owned_list(text: str, base: int, end: int, by_start: dict[int, Mention]) -> int | None:
        """Where a list of possessive names starts after a plural title at ``end`` ("foreign
        ministers of the other Quad members, Australia's Penny Wong and ...", "defence ministers
        of two ASEAN states, Indonesia's ..."), else None."""
        gap = _GROUP_OF_AFTER.match(text, end)
        if gap is None:
            return None
        first = by_start.get(gap.end())
        if (
            first is None
            or first.code not in {Code.STATE, Code.DEMONYM}
            or _POSSESSIVE_AFTER.match(text, first.end - base) is None
        ):
            return None
        return gap.end()

    def _plural(
        self, mentions: list[Mention], text: str, base: int, start: int, stop: int, office: Office
    ) -> list[Mention]:
        """ "the two vice foreign ministers": the people of this article who hold such offices."""
        m = re.search(
            r"\b(?P<n>two|three|four|five|six|both)\s+(?:\w+\s+)?$", text[:start].lower() + " "
        )
        if m is None:
            return mentions
        wanted = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}[m.group("n")]
        words = _title_words(re.sub(r"s$", "", office.label))
        found = [
            p
            for p, o in self.ctx.people
            if o is not None and o.role == office.role and words <= _title_words(o.label)
        ]
        if len(found) != wanted:
            return mentions
        begin = text[:start].lower().rfind(m.group("n"))
        kept = [k for k in mentions if not (base + begin <= k.begin and k.end <= base + stop)]
        kept.append(
            Mention(
                base + begin,
                base + stop,
                text[begin:stop],
                Code.PERSON,
                tuple(found),
                confidence=0.8,
            )
        )
        return kept

    def _orgs_named(self, label: str) -> set[str]:
        """The organisations a title names ("United Nations Secretary-General": the UN)."""
        return {
            qid
            for match in gazetteer_for(self.kb).find(label)
            if len(match.qids) == 1
            for qid in match.qids
            if self.kb.kind_of(qid) is EntityKind.ORGANIZATION
        }

    def complete(
        self,
        holder: Entity,
        office: Office,
        mentions: list[Mention],
        base: int,
        text: str | None = None,
        title_start: int = 0,
        end: int | None = None,
    ) -> Office:
        """Fill role ("Secretary"), jurisdiction and post from the KB and the context (``end``:
        where the person's mention ends, for "... signed for the Philippines")."""
        tenures = self.kb.tenures(holder.qid) if holder.qid else ()
        office = self._chancellor(office, tenures)
        if tenures and office.jurisdiction is not None:
            office = self._demonym_of_holder(office, tenures)
        if office.role == "Secretary":
            roles = {
                t.role
                for t in tenures
                if t.role
                and _same_title(office.label, t.office_label)
                and (self.date is None or t.covers(self.date))
            }
            if not roles:
                # "Russian Security Council Secretary Nikolai Patrushev": an office the KB maps
                # to no role, of the state the title names or the holder's one such office
                return self._unroled_secretary(tenures, office)
            if len(roles) != 1:
                return office
            office = replace(office, role=next(iter(roles)))
        fitting = [
            t
            for t in tenures
            if t.role == office.role
            and (
                office.jurisdiction is None
                or t.jurisdiction == office.jurisdiction.qid
                # ("Secretary-General Guterres of the United Nations": the KB's tenure has no
                # jurisdiction, its title names the organisation)
                or (
                    t.jurisdiction is None
                    and office.role == "HeadOfOrganization"
                    and office.jurisdiction.qid in self._orgs_named(t.office_label)
                )
            )
        ]
        if self.date is not None:
            dated = [t for t in fitting if t.covers(self.date)]
            fitting = dated or fitting
        if office.jurisdiction is None and len({t.jurisdiction for t in fitting}) > 1:
            words = _title_words(office.label)
            worded = [t for t in fitting if words and words <= _title_words(t.office_label)]
            fitting = worded or fitting
        if office.jurisdiction is None:
            places = {t.jurisdiction for t in fitting if t.jurisdiction}
            if len(places) == 1:
                state = self.kb.entity(next(iter(places)))
                if state is not None:
                    office = replace(office, jurisdiction=entity_of(state))
        if office.jurisdiction is None and fitting and not any(t.jurisdiction for t in fitting):
            # "Secretary-General António Guterres": the organisation the KB's title of his
            # office names ("United Nations Secretary-General")
            orgs = {q for t in fitting for q in self._orgs_named(t.office_label)}
            org = self.kb.entity(next(iter(orgs))) if len(orgs) == 1 else None
            if org is not None:
                office = replace(office, jurisdiction=entity_of(org))
        if office.jurisdiction is None and text is not None and office.role == "HeadOfOrganization":
            office = self._subject_organisation(office, mentions, text, base, title_start)
            if (
                office.jurisdiction is None
                and (lone := self._lone_organisation()) is not None
                and (
                    _SECRETARY_GENERAL.fullmatch(office.label)
                    # "The IMF Executive Board approved ... Managing Director Kristalina
                    # Georgieva said": the IMF's head is so styled (another body's managing
                    # director is not its head: the World Bank's; session 32, titles)
                    or (lone.qid == _IMF and _MANAGING_DIRECTOR.fullmatch(office.label))
                )
                and not any(
                    m.code in {Code.STATE, Code.DEMONYM, Code.ORG, Code.CITY} for m in mentions
                )
            ):
                # "Finland and Sweden applied to join NATO. Secretary-General Jens Stoltenberg
                # welcomed ...": the head of the one organisation the article has named, when
                # this sentence names no other state or body
                office = replace(office, jurisdiction=lone)
        if office.jurisdiction is None and text is not None:
            states = {
                m.entity.key: m
                for m in mentions
                if m.code in {Code.STATE, Code.DEMONYM} and m.entity is not None
            }
            if len(states) == 1:
                only = next(iter(states.values()))
                before = text[: max(0, only.begin - base)]
                between = text[max(0, only.end - base) : title_start]
                if (
                    only.begin - base < title_start
                    and not re.search(
                        r"\b(?:to|in|from|at|visit(?:ed|ing)?|with|against|for|of)\s+(?:the\s+)?$",
                        before,
                    )
                    and (
                        len(between.strip()) < 3
                        or re.search(r"\b(?:represented|led|headed|included|comprised)\b", between)
                    )
                ):
                    office = replace(office, jurisdiction=only.entity)
        if office.jurisdiction is None and text is not None and "represented" in text:
            office = self._represented_by(office, mentions, text, base, title_start)
        if office.jurisdiction is None and _US_OFFICE.search(office.label):
            us = self.kb.entity(_US)
            if us is not None:
                office = replace(office, jurisdiction=entity_of(us))
        if office.jurisdiction is None:
            # "Tánaiste Micheál Martin", "Captain Regent ...": a title only one state has; an
            # office of China's central organs ("chairman of the NPC Standing Committee")
            national = NATIONAL_TITLES.get(
                _NATIONAL_TITLE_WORDS.sub("", fold(office.label))
            ) or china_organ_state(office.label)
            state = self.kb.entity(national) if national is not None else None
            if state is not None:
                office = replace(office, jurisdiction=entity_of(state))
        if (
            office.jurisdiction is None
            and office.role in {"Minister", "ForeignMinister"}
            and _KENYAN_CABINET_SECRETARY.fullmatch(office.label)
        ):
            # "Agriculture Cabinet Secretary X", "Prime Cabinet Secretary": Kenya's ministers
            # are so styled (Japan's "Chief Cabinet Secretary" is no portfolio's; session 37)
            kenya = self.kb.entity(_KENYA)
            if kenya is not None:
                office = replace(office, jurisdiction=entity_of(kenya))
        if office.jurisdiction is None and text is not None and end is not None:
            acts = _ACTS_FOR.match(text, end)
            if acts is None and _BY_BEFORE.search(text, max(0, title_start - 4), title_start):
                acts = _ON_BEHALF_OF.match(text, end)
            side = next((m for m in mentions if acts and m.begin == base + acts.end()), None)
            if acts is None and (
                told := _FOR_STATE_BY.search(text, max(0, title_start - 80), title_start)
            ):
                # "was signed for Japan by Ambassador X and for the Philippines by ...": the
                # state told before "by"
                side = next(
                    (m for m in mentions if m.begin == base + told.start("s")),
                    None,
                )
                if side is not None and side.end != base + told.end("s"):
                    side = None
            if side is not None and side.code in {Code.STATE, Code.DEMONYM} and side.entity:
                office = replace(office, jurisdiction=side.entity)
        if office.jurisdiction is None and text is not None:
            office = self._side(office, mentions, text, base, title_start)
        if office.jurisdiction is None and tenures and self.date is not None:
            # an office the KB does not map to a role (a spokesperson): the one state the
            # holder serves on the article date
            places = {
                t.jurisdiction
                for t in tenures
                if t.jurisdiction and t.role is None and t.covers(self.date)
            }
            state = self.kb.entity(next(iter(places))) if len(places) == 1 else None
            if state is not None and state.kind is EntityKind.STATE:
                office = replace(office, jurisdiction=entity_of(state))
        if office.jurisdiction is None and text is not None and office.role in _HOST_ROLES:
            office = self._host(office, mentions, text, base, title_start)
        if office.jurisdiction is None and text is not None and office.role in _GOVERNMENT_ROLES:
            office = self._conveyed(office, mentions, text, base, title_start)
        if (
            office.jurisdiction is None
            and text is not None
            and office.role in _COMPANION_ROLES
            and "ccompan" in text
        ):
            office = self._accompanying(office, mentions, text, base, title_start, end)
            if office.jurisdiction is None and _companion_of_pronoun(text, title_start):
                # "Accompanying him were Foreign Minister X, Trade Minister Y": the companions of
                # the person the sentence before is about (session 30); if his state is not
                # known, not the publisher's either (an agency's story of a foreign visitor)
                office = self._companion_of_lead(office)
                companion = office.jurisdiction is None
            else:
                companion = False
        else:
            companion = False
        if office.jurisdiction is None and self.ctx.home is not None and not companion:
            office = self._at_home(holder, office, mentions, tenures)
        if office.jurisdiction is None and not holder.is_linked and not self._binding:
            # (while a sentence's titles bind, after the context's state: _context_states)
            office = self._by_exclusion(office, mentions)
        office = self._chancellor(office, tenures)
        if office.role == "ForeignMinister":
            civil = civil_service(office)
            if civil is not office:
                return civil
        # the post of a KB tenure that is this office ("Vice President Han Zheng" is not the
        # Vice Premier he was before)
        posts = {t.post for t in fitting if t.post and _same_head(office.label, t.office_label)}
        if len(posts) == 1:
            return replace(office, post=next(iter(posts)))
        if (
            office.role == "SeniorOfficial"
            and office.jurisdiction is not None
            and tenures
            and _LEGISLATURE_HEAD.search(office.label)
        ):
            chamber = self._chamber_post(tenures, office)
            if chamber is not None:
                return replace(office, post=chamber)
        if office.role in {"SeniorOfficial", "HeadOfAgency"} and tenures:
            unroled = self._unroled_post(tenures, office)
            if unroled is not None:
                return replace(office, post=unroled)
        if not fitting and holder.qid:
            styled = self._styled_head(holder.qid, office)
            if styled is not None:
                return styled
        if office.jurisdiction and office.jurisdiction.qid and office.role in _SINGLE_HOLDER_ROLES:
            candidates = [
                p for p in self.kb.posts(office.jurisdiction.qid, office.role) if not p.role_class
            ]
            if len(candidates) == 1 and (
                # (not the "Monarch of Spain" for a "Spanish President"; the DPRK's "President
                # of the State Affairs" is the one who holds its "Supreme Leader" post)
                fits_post(office.label, candidates[0].label)
                or any(t.post == candidates[0].qid for t in fitting)
            ):
                return replace(office, post=candidates[0].qid)
        if office.jurisdiction and office.jurisdiction.qid:
            # "Secretary of the Treasury": the one post of that state whose name holds every
            # word of the title but the state's ("United States Secretary of the Treasury")
            words = _title_words(office.label) - _title_words(office.jurisdiction.label)
            words -= {"u.s.", "us", "united", "states"}
            named = (
                [
                    p
                    for p in self.kb.posts(office.jurisdiction.qid, office.role)
                    if not p.role_class and words <= _title_words(p.label)
                ]
                if len(words) >= 2
                else []
            )
            if len(named) == 1 and self._post_existed(named[0].qid):
                return replace(office, post=named[0].qid)
        return office

    def _represented_by(
        self, office: Office, mentions: list[Mention], text: str, base: int, title_start: int
    ) -> Office:
        """ "China was represented by Premier Li Qiang and Russia by Foreign Minister Sergey
        Lavrov": the state right before "(was) represented (at ...) by", or before a bare "by"
        after "and" once "represented" was told, is the one the titled person represents."""
        state = next(
            (
                m
                for m in reversed(mentions)
                if m.code in {Code.STATE, Code.DEMONYM}
                and m.entity is not None
                and m.entity.kind is EntityKind.STATE
                and m.end - base <= title_start
            ),
            None,
        )
        if state is None:
            return office
        between = text[state.end - base : title_start]
        if _REPRESENTED_BY.fullmatch(between) or (
            _BARE_BY.fullmatch(between)
            and _AND_BEFORE.search(text, 0, state.begin - base)
            and "represented" in text[: state.begin - base]
        ):
            return replace(office, jurisdiction=state.entity)
        return office

    def _demonym_of_holder(self, office: Office, tenures: tuple[KbTenure, ...]) -> Office:
        """ "Dominican President Luis Abinader": a demonym of several states (the Dominican
        Republic, Dominica) is the one of them in which the KB has the holder hold this office
        (on the article date, when the KB dates it)."""
        assert office.jurisdiction is not None
        if office.jurisdiction.qid is None:
            candidates = set(self.kb.demonym_states(office.jurisdiction.label))
        else:
            # the demonym read as the one state the article names ("Dominican" with
            # "Dominica" named): the holder's office tells better
            first = office.label.split()[:1]
            candidates = set(self.kb.demonym_states(first[0])) if first else set()
            if office.jurisdiction.qid not in candidates:
                return office
        if len(candidates) < 2:
            return office
        held = [t for t in tenures if t.role == office.role and t.jurisdiction in candidates]
        if self.date is not None:
            held = [t for t in held if t.covers(self.date)] or held
        places = {t.jurisdiction for t in held if t.jurisdiction}
        state = self.kb.entity(places.pop()) if len(places) == 1 else None
        if state is None or state.kind is not EntityKind.STATE:
            return office
        # (the article's later "the Dominican leader" means that state too)
        self.demonym_states.setdefault(tuple(sorted(candidates)), entity_of(state))
        return replace(office, jurisdiction=entity_of(state))

    def _chancellor(self, office: Office, tenures: tuple[KbTenure, ...]) -> Office:
        """ "Mexican Chancellor Marcelo Ebrard", "Chancellor Cafiero" (Argentina's): a Latin
        American state's "Chancellor" is its foreign minister; without a state in the text, the
        Latin American state whose foreign ministry the KB has the holder lead on the date."""
        if office.role != "HeadOfGovernment" or office.post is not None:
            return office
        state = office.jurisdiction.qid if office.jurisdiction is not None else None
        if state is None and self.date is not None:
            held = {
                t.jurisdiction
                for t in tenures
                if t.role == "ForeignMinister" and t.covers(self.date)
            }
            state = next(iter(held)) if len(held) == 1 else None
            entity = self.kb.entity(state) if state is not None else None
            if entity is None or not chancellor_foreign_minister(office.label, state):
                return office
            return replace(office, role="ForeignMinister", jurisdiction=entity_of(entity))
        if not chancellor_foreign_minister(office.label, state):
            return office
        return replace(office, role="ForeignMinister")

    def _unroled_secretary(self, tenures: tuple[KbTenure, ...], office: Office) -> Office:
        """A "Secretary" title that is an office the KB maps to no role: a senior official's,
        with its post, when the holder has exactly one such office on the article date in the
        title's state (or in one state, when the title names none)."""
        if (
            not tenures
            and office.jurisdiction is not None
            and office.jurisdiction.kind is EntityKind.STATE
            and _STATES_COUNCIL_SECRETARY.fullmatch(office.label)
        ):
            # "Ivorian National Security Council secretary Fidèle Sarassoro", someone the KB
            # lacks: a senior official of the state the title names
            return replace(office, role="SeniorOfficial")
        if self.date is None:
            return office
        states = {
            t.jurisdiction
            for t in tenures
            if t.role is None and t.post is not None and t.jurisdiction and t.covers(self.date)
        }
        if office.jurisdiction is not None and office.jurisdiction.qid is not None:
            states &= {office.jurisdiction.qid}
        elif office.jurisdiction is not None:
            # "Russian Security Council": the state of the organ's demonym
            named = {
                d.qid
                for w in office.jurisdiction.label.split()
                if (d := self.kb.demonym_of(w)) is not None
            }
            states &= named
        for qid in states:
            state = self.kb.entity(qid)
            if state is None or state.kind is not EntityKind.STATE:
                continue
            senior = replace(office, role="SeniorOfficial", jurisdiction=entity_of(state))
            post = self._unroled_post(tenures, senior)
            if post is not None:
                return replace(senior, post=post)
        return office

    def _unroled_post(self, tenures: tuple[KbTenure, ...], office: Office) -> str | None:
        """ "Secretary of the Security Council Nikolai Patrushev", "Russian Security Council
        Secretary ...": the post of the one office the KB maps to no role that the holder has
        in the title's state on the article date and whose name has the title's words, neither
        more nor fewer (but the state's)."""
        state = office.jurisdiction
        if state is None or state.qid is None or self.date is None:
            return None
        noise = _title_words(state.label) | {"u.s.", "us"}
        words = (
            _title_words(office.label)
            - noise
            - {fold(d) for d in office.label.split() if self.kb.demonym_of(d) is not None}
        )
        if len(words) < 2:
            return None
        found = {
            t.post
            for t in tenures
            if t.role is None
            and t.post is not None
            and t.jurisdiction == state.qid
            and t.covers(self.date)
            and _title_words(t.office_label) - noise == words
        }
        return next(iter(found)) if len(found) == 1 else None

    def _chamber_post(self, tenures: tuple[KbTenure, ...], office: Office) -> str | None:
        """The post of the parliament's chamber a speaker's title names ("State Duma Speaker",
        "House Speaker": the KB's "Chairman of the State Duma", "Speaker of the United States
        House of Representatives"), of the one such office the holder has on the article date;
        the KB maps no role to these offices."""
        state = office.jurisdiction
        if state is None or self.date is None:
            return None
        words = (
            _title_words(office.label)
            - _title_words(state.label)
            - _CHAMBER_NOISE
            - {fold(d) for d in office.label.split() if self.kb.demonym_of(d) is not None}
        )
        found: set[str] = set()
        for t in tenures:
            if t.role is not None or t.post is None or t.jurisdiction != state.qid:
                continue
            if not t.covers(self.date):
                continue
            post = self.kb.entity(t.post)
            label = post.label if post is not None else t.office_label
            if not (_LEGISLATURE_HEAD.search(label) and _LEGISLATURE.search(label)):
                continue
            if words <= _title_words(label) | _title_words(t.office_label):
                found.add(t.post)
        return next(iter(found)) if len(found) == 1 else None

    def _styled_head(self, person: str, office: Office) -> Office | None:
        """ "Spanish President Pedro Sánchez", "Italian President Mario Draghi": a head of
        government styled president, whom the KB's sources saw as the state's prime minister on
        the article date while another person held its presidency (or throne): that office,
        not the head of state's post."""
        state = office.jurisdiction
        if (
            self.date is None
            or office.role != "HeadOfState"
            or state is None
            or state.qid is None
            or leader_kind(office.label) != "president"
        ):
            return None
        heads = {
            h
            for p in self.kb.posts(state.qid, "HeadOfState")
            for h in self.kb.holders(p.qid, self.date, known=True)
        }
        if not heads or person in heads:
            return None
        held = {
            t.post
            for t in self.kb.tenures(person)
            if t.role == "HeadOfGovernment"
            and t.jurisdiction == state.qid
            and t.post
            and t.known_on(self.date)
        }
        post = self.kb.entity(next(iter(held))) if len(held) == 1 else None
        if post is None or leader_kind(post.label) != "premier":
            return None
        return replace(office, role="HeadOfGovernment", post=post.qid)

    def _organisation_of(self, body: Entity) -> Entity:
        """ "the African Union Commission": an organisation's commission or secretariat the KB
        does not know, whose head heads the organisation (ANNOTATION.md §4)."""
        if body.is_linked or body.kind is not EntityKind.ORGANIZATION:
            return body
        organ = _OWN_ORGAN.fullmatch(body.label)
        org = self.kb.resolve(organ.group("org"), [EntityKind.ORGANIZATION]) if organ else None
        if org is not None:
            return entity_of(org)
        if _GENERAL_ASSEMBLY.fullmatch(body.label) and (
            self.ctx.un_dateline is not None or self._un_named()
        ):
            # "General Assembly President Csaba Korosi" in a story of the UN: its General
            # Assembly (session 36)
            assembly = self.kb.resolve(f"United Nations {body.label}", [EntityKind.ORGANIZATION])
            if assembly is not None:
                return entity_of(assembly)
        # "Chairman of the CSTO Collective Security Council": the organisation whose organ
        # the body's name opens with (the organ's chair presides over the organisation)
        return self._body_owner(body.label) or body

    def _un_of_story(self) -> Entity | None:
        """The United Nations, when the article has named it or its Security Council or General
        Assembly and no other organisation states send permanent missions to."""
        named = self.orgs_named
        if not named & _UN_BODIES or named & _OTHER_MISSION_HOSTS:
            return None
        un = self.kb.entity(_UN_QID)
        return entity_of(un) if un is not None else None

    def _un_named(self) -> bool:
        """Whether the article has named the United Nations."""
        un = self.kb.resolve("United Nations", [EntityKind.ORGANIZATION])
        return un is not None and un.qid in self.orgs_named

    def _body_owner(self, label: str) -> Entity | None:
        """The organisation a body the KB does not know is of, by the name it opens with ("the
        CSTO Permanent Council", "the SCO Council of Foreign Ministers")."""
        words = _LEADING_THE.sub("", label).split()
        for k in range(len(words) - 1, 0, -1):
            rest = words[k:]
            if rest[-1] not in _BODY_HEADS or not all(w[:1].isupper() or w == "of" for w in rest):
                continue
            org = self.kb.resolve(" ".join(words[:k]), [EntityKind.ORGANIZATION])
            if org is not None:
                return entity_of(org)
        return None

    def _lone_organisation(self) -> Entity | None:
        """The one organisation the article has named so far, if one."""
        last = self.ctx.last_org
        if len(self.orgs_named) == 1 and last is not None and last.key in self.orgs_named:
            return last
        return None

    def _subject_organisation(
        self, office: Office, mentions: list[Mention], text: str, base: int, title_start: int
    ) -> Office:
        """ "The CSTO Council decided to send a mission led by Secretary General Stanislav Zas":
        the head of the organisation the sentence opens with (or of its body: "The CSTO
        Permanent Council"), when it names no other, nor a state before the title."""
        owner = self._body_owner
        orgs = [m for m in mentions if m.code is Code.ORG]
        if len(orgs) != 1:
            return office
        first = orgs[0]
        body = orgs[0].entity
        if body is None:
            return office
        organisation = body if body.is_linked else owner(body.label)
        if organisation is None:
            return office
        if first.begin - base >= title_start or not _THE_OPENING.fullmatch(
            text, 0, first.begin - base
        ):
            return office
        for m in mentions:
            if m.begin < first.begin or (
                m is not first
                and m.begin - base < title_start
                and m.code in {Code.STATE, Code.DEMONYM, Code.PERSON}
            ):
                return office
        return replace(office, jurisdiction=organisation)

    def _at_home(
        self, holder: Entity, office: Office, mentions: list[Mention], tenures: tuple[KbTenure, ...]
    ) -> Office:
        """An office titled without a state in a government's own release: that government's
        (its officials, its ministers when the sentence names no other state), unless the
        government has no office of that name ("Deputy Foreign Minister Ma Zhaoxu" in a State
        Department readout) or the KB shows the holder serving another state only ("Defence
        Minister Sergio Mattarella" in a Kremlin release is Italy's)."""
        assert self.ctx.home is not None
        home = entity_of(self.ctx.home)
        others = {
            m.entity.key
            for m in mentions
            if m.code in {Code.STATE, Code.DEMONYM} and m.entity is not None
        } - {home.key}
        if not (office.role in _HOME_ROLES or (office.role == "Minister" and not others)):
            return office
        if home.qid == _US and _MINISTER_WORD.search(office.label):
            return office
        served = {t.jurisdiction for t in tenures if t.jurisdiction}
        if not served or home.qid in served:
            return replace(office, jurisdiction=home)
        if len(served) == 1 and office.role in _GOVERNMENT_ROLES:
            state = self.kb.entity(next(iter(served)))
            if state is not None and state.kind is EntityKind.STATE:
                return replace(office, jurisdiction=entity_of(state))
        return office

    def _post_existed(self, post: str) -> bool:
        """Whether the KB shows the post held by someone on or before the article date (today's
        "Minister of Digital Development, Communications and Mass Media" is no 2005 post)."""
        if self.date is None:
            return False
        return any(
            t.post == post
            and t.start is not None
            and (t.start.year, t.start.month or 1, t.start.day or 1)
            <= (self.date.year, self.date.month, self.date.day)
            for person in self.kb.holders(post)
            for t in self.kb.tenures(person)
        )

    @staticmethod
    def _side(
        office: Office, mentions: list[Mention], text: str, base: int, title_start: int
    ) -> Office:
        """A delegation list ("Presidential Aide Sergei Prikhodko, Communications Minister Leonid
        Reiman ... took part in the talks on the Russian side"): the state whose side or
        delegation the sentence names, when it names exactly one; of several ("the
        representative from the Chinese side will be X, and from the U.S. side Y"), the one
        introduced last before the title."""
        sides: dict[str, Entity] = {}
        taken = False
        introduced: list[Mention] = []  # "from the Chinese side", "the delegation of Peru"
        for m in mentions:
            if m.code not in {Code.STATE, Code.DEMONYM} or m.entity is None:
                continue
            if _DELEGATION_OF.search(text, 0, m.begin - base):
                if _MET_DELEGATION.search(text, 0, m.begin - base) and title_start < m.begin - base:
                    # "X held talks with a delegation of the Uzbek parliament": the other side
                    continue
                sides[m.entity.key], taken = m.entity, True
                introduced.append(m)
            elif _SIDE_AFTER.match(text, m.end - base):
                sides[m.entity.key] = m.entity
                if _SIDE_BEFORE.search(text, 0, m.begin - base):
                    taken = True
                    introduced.append(m)
        if len(sides) == 1 and taken:
            return replace(office, jurisdiction=next(iter(sides.values())))
        before = [m for m in introduced if m.end - base <= title_start]
        if len(sides) > 1 and before and before[-1].entity is not None:
            return replace(office, jurisdiction=before[-1].entity)
        return office

    def _host(
        self, office: Office, mentions: list[Mention], text: str, base: int, title_start: int
    ) -> Office:
        """ "Jaishankar visited Bagan, Myanmar, for talks with Foreign Minister Than Swe": an
        official titled without a state after the place someone visits holds the office of the
        state visited, when the sentence names no other state but the visitor's and the visitor
        is not of that state."""
        if not _has_any(text, _VISIT_WORDS):
            return office
        visit = None
        for found in _VISIT.finditer(text, 0, title_start):
            visit = found
        if visit is None:
            return office
        by_start = {m.begin - base: m for m in mentions}
        place = by_start.get(visit.end())
        visited: Entity | None = None
        if place is None:
            # "visited Bagan, Myanmar": a place the KB does not know, then its state
            town = _TOWN_THEN_STATE.match(text, visit.end())
            state = by_start.get(town.end()) if town is not None else None
            if state is not None and state.code is Code.STATE and state.end - base <= title_start:
                visited = state.entity
        elif place.end - base > title_start or place.entity is None:
            return office
        elif place.code is Code.STATE and place.entity.kind is EntityKind.STATE:
            visited = place.entity
        elif place.code is Code.CITY and place.entity.qid:
            city = self.kb.entity(place.entity.qid)
            country = self.kb.entity(city.country) if city and city.country else None
            visited = entity_of(country) if country is not None else None
        if visited is None or visited.kind is not EntityKind.STATE:
            return office
        visitors = [
            m
            for m in mentions
            if m.code is Code.PERSON and m.end - base <= visit.start() and len(m.entities) == 1
        ]
        own: set[str] = set()
        for m in visitors:
            own.update(o.jurisdiction.key for o in m.offices if o.jurisdiction is not None)
            person = m.entities[0]
            if person.qid and self.date is not None:
                for t in self.kb.tenures(person.qid):
                    if t.jurisdiction and t.covers(self.date):
                        own.add(t.jurisdiction)
        if visited.key in own or (visited.qid and visited.qid in own):
            return office
        named = {
            m.entity.key
            for m in mentions
            if m.code in {Code.STATE, Code.DEMONYM} and m.entity is not None
        } | {visited.key}
        if len(named - own) != 1:
            return office
        return replace(office, jurisdiction=visited)

    def _conveyed(
        self, office: Office, mentions: list[Mention], text: str, base: int, title_start: int
    ) -> Office:
        """ "Putin asked Mr Dini to extend his invitation to Prime Minister Massimo d'Alema",
        "Mr Dini conveyed an invitation from President Carlo Azeglio Ciampi": a leader titled
        without a state, to whom an official is asked to pass a message on, or from whom one
        brings it, is of the state that official serves."""
        if not _has_any(text, _CONVEY_WORDS):
            return office
        found = max(_CONVEY.finditer(text, 0, title_start), key=lambda m: m.start(), default=None)
        if found is None:
            return office
        between = text[found.end() : title_start]
        if found.group("req"):
            # the message goes to the title: "to" it, or to a list it ends ("to Prime Minister
            # X and President Y")
            if not _TO_THE_TITLE.search(between):
                return office
            at, upto = base + found.start("who"), base + found.end("who")
        elif not _FROM_THE_TITLE.fullmatch(between):
            # the message comes from the title: "from" or "of" it right before
            return office
        subject = self._subject_of(mentions, text, base, found.start())
        if not found.group("req"):
            if subject is None:
                return office
            at, upto = subject.begin, subject.end
        carrier = [m for m in mentions if at <= m.begin and m.end <= upto and m.code is Code.PERSON]
        if len(carrier) != 1 or len(carrier[0].entities) != 1:
            return office
        state = self._serves(carrier[0])
        if state is None:
            return office
        if found.group("req"):
            # a foreign guest asked to pass a message on to their own leaders, not an official
            # sent with one ("Biden asked Sullivan to convey a message to President X"): the
            # asker serves another state, or ("he asked") the guest is not the publisher's
            asker = self._serves(subject) if subject is not None else None
            home = self.ctx.home.qid if self.ctx.home is not None else None
            if asker is None and (subject is not None or home is None or home == state.qid):
                return office
            if asker is not None and asker.key == state.key:
                return office
        elif self._leads(carrier[0]):
            # a leader passing on another's message mediates ("Erdogan conveyed a message from
            # President X to ..."); a minister or envoy brings their own leader's
            return office
        return replace(office, jurisdiction=state)

    def _accompanying(
        self,
        office: Office,
        mentions: list[Mention],
        text: str,
        base: int,
        title_start: int,
        end: int | None,
    ) -> Office:
        """ "President Sadyr Japarov was accompanied by Foreign Minister X and Economy Minister
        Y", "Accompanying President Japarov were ...", "Foreign Minister X, who accompanied
        President Japarov": a minister titled without a state who goes with a leader is of the
        state that leader serves."""
        leader: Mention | None = None
        by = max(
            _ACCOMPANIED_BY.finditer(text, 0, title_start), key=lambda m: m.start(), default=None
        )
        if by is not None and by.group("front"):
            # "Accompanying President Japarov were ..."
            # (its title may be bound after this one's: titles bind right to left)
            leader = next(
                (
                    m
                    for m in mentions
                    if m.begin - base >= by.end()
                    and _TITLE_WORDS.fullmatch(text, by.end(), m.begin - base)
                ),
                None,
            )
            verb = _FRONT_VERB.match(text, leader.end - base) if leader is not None else None
            if verb is None or not _UP_TO_TITLE.fullmatch(text, verb.end(), title_start):
                leader = None
        elif by is not None and _UP_TO_TITLE.fullmatch(text, by.end(), title_start):
            leader = next((m for m in mentions if m.end - base == by.start()), None)
            titled = _LEADER_TITLE_BEFORE.search(text, 0, by.start()) if leader is None else None
            if titled is not None:
                # "The Kyrgyz President was accompanied by ...": the state of that title (not
                # bound yet: titles bind right to left)
                named = next((m for m in mentions if m.end - base == titled.start()), None)
                if named is not None and named.code in {Code.STATE, Code.DEMONYM} and named.entity:
                    return replace(office, jurisdiction=named.entity)
        elif end is not None and (went := _WENT_WITH.match(text, end)) is not None:
            # "Foreign Minister X, who accompanied President Japarov"
            leader = next((m for m in mentions if m.begin - base == went.end()), None)
        if (
            leader is None
            or leader.code is not Code.PERSON
            or not (self._leads(leader) or self._is_minister(leader))
        ):
            return office
        served = self._serves(leader)
        return replace(office, jurisdiction=served) if served is not None else office

    @staticmethod
    def _subject_of(mentions: list[Mention], text: str, base: int, at: int) -> Mention | None:
        """The mention right before a verb at ``at`` (its subject)."""
        last = max((m for m in mentions if m.end <= base + at), key=lambda m: m.end, default=None)
        if last is not None and _SUBJECT_GAP.fullmatch(text, last.end - base, at):
            return last
        return None

    def _leads(self, mention: Mention) -> bool:
        """Whether a person mentioned heads a state or government, by the article or the KB."""
        person = mention.entities[0]
        offices = [*mention.offices, *(o for p, o in self.ctx.people if o and p.key == person.key)]
        if any(o.role in _LEADER_ROLES for o in offices):
            return True
        return bool(person.qid) and any(
            t.role in _LEADER_ROLES and self.date is not None and t.covers(self.date)
            for t in self.kb.tenures(person.qid or "")
        )

    def _is_minister(self, mention: Mention) -> bool:
        """Whether a person mentioned is a state's minister or military commander, by the
        article ("Turkish Defense Minister Hulusi Akar was accompanied by ...")."""
        person = mention.entities[0]
        offices = [*mention.offices, *(o for p, o in self.ctx.people if o and p.key == person.key)]
        return any(
            o.role in _COMPANIED_ROLES
            and o.current
            and o.jurisdiction is not None
            and o.jurisdiction.kind is EntityKind.STATE
            for o in offices
        )

    def _companion_of_lead(self, office: Office) -> Office:
        """A companion's office of the state the one person the sentence before is about
        serves (:attr:`Context.lead`)."""
        lead = self.ctx.lead
        if len(lead) != 1 or lead[0].kind is not EntityKind.PERSON:
            return office
        served = self._serves_person(lead[0], ())
        return replace(office, jurisdiction=served) if served is not None else office

    def _serves(self, mention: Mention) -> Entity | None:
        """The one state a person mentioned serves, by the offices the article gives them."""
        if len(mention.entities) != 1:
            return None
        return self._serves_person(mention.entities[0], mention.offices)

    def _serves_person(self, person: Entity, offices_here: tuple[Office, ...]) -> Entity | None:
        """The one state a person serves, by the offices the article gives them."""
        offices = [*offices_here, *(o for p, o in self.ctx.people if o and p.key == person.key)]
        states = {
            o.jurisdiction.key: o.jurisdiction
            for o in offices
            if o.current and o.jurisdiction is not None and o.jurisdiction.kind is EntityKind.STATE
        }
        if not states and person.qid and self.date is not None:
            for t in self.kb.tenures(person.qid):
                if t.jurisdiction and t.covers(self.date):
                    state = self.kb.entity(t.jurisdiction)
                    if state is not None and state.kind is EntityKind.STATE:
                        states[t.jurisdiction] = entity_of(state)
        return next(iter(states.values())) if len(states) == 1 else None

    def _by_exclusion(
        self,
        office: Office,
        mentions: list[Mention],
        holder: Mention | None = None,
        text: str = "",
        base: int = 0,
    ) -> Office:
        """An unnamed-state head of state or government ("Prime Minister Atal Bihari Vajpayee"
        in talks of Russia and India): of the states the article names, the only one whose
        post the KB does not show held by someone else on the article date; not one the
        sentence names after him as what he acts on ("Prime Minister Ulf Kristersson thanked
        Hungary and Turkey": session 29)."""
        if self.date is None or office.role not in _SINGLE_HOLDER_ROLES or not office.current:
            return office
        named = dict(self.ctx.states)
        for m in mentions:
            if m.code in {Code.STATE, Code.DEMONYM} and m.entity is not None and m.entity.qid:
                named.setdefault(m.entity.key, m.entity)
        open_states = []
        for state in named.values():
            assert state.qid is not None
            posts = [p for p in self.kb.posts(state.qid, office.role) if not p.role_class]
            # (a holder the KB's sources saw long before is no one to exclude a state with)
            held = {h for p in posts for h in self.kb.holders(p.qid, self.date, known=True)}
            if posts and not held:  # no such post known (the EU): nothing to exclude with
                open_states.append(state)
        if len(open_states) == 1 and len(named) >= 2:
            home, dateline = self.ctx.home, self.ctx.dateline
            if (
                home is not None
                and dateline is not None
                and home.qid == dateline.qid != open_states[0].qid
                and home.qid in named
                and not self.kb.posts(home.qid, office.role)
            ):
                # ("SEOUL (Yonhap) -- ... Prime Minister Han Duck-soo": the state the story is
                # told from, whose post of that kind the KB lacks, is as likely his as the one
                # state left open; session 37)
                return office
            if holder is not None and any(
                x.entity is not None
                and x.entity.key == open_states[0].key
                and _acted_on(x, holder, mentions, text, base)
                # (his own verb's object: "thanked Hungary", "met officials from Hungary"; not
                # "Prime Minister X's government ... to the Iraqi people")
                and _OWN_VERB_OBJECT.fullmatch(text, holder.end - base, x.begin - base) is not None
                for x in mentions
            ):
                return office
            return replace(office, jurisdiction=open_states[0])
        return office

    # ---- names without titles -------------------------------------------------------------

    def object_names(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Meloni met Ursula von der Leyen in Brussels": a full name nobody titled, right after a
        meeting verb, is a person (the KB's, else unlinked)."""
        out = self._leader_names(mentions, text, base) if "eader " in text else list(mentions)
        if "'s " in text or "’s " in text:
            out = self._states_people(out, text, base)
        out = self._subject_name(out, text, base)
        if not _has_any(text, _MEETING_VERB_WORDS):
            return out
        for hint in _MEETING_VERB_HINT.finditer(text):
            m = _MET_NAME.match(text, hint.start())
            if m is not None and (found := self._untitled_person(out, m, base)) is not None:
                out.append(found)
        return out

    def _untitled_person(self, out: list[Mention], m: re.Match[str], base: int) -> Mention | None:
        """The person a match's ``name`` group names without a title (the KB's, else unlinked),
        unless its words are no name's or a mention covers it already."""
        name = m.group("name")
        words = [fold(w) for w in re.split(r"[\s-]+", name)]
        if words[0] in _NOT_NAME_WORDS or any(w in _NOT_PERSON_WORDS for w in words):
            return None
        begin, end = base + m.start("name"), base + m.end("name")
        if _overlaps(out, begin, end):
            return None
        return Mention(begin, end, name, Code.PERSON, (self.link(name, None),), confidence=0.6)

    def _leader_names(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Sudanese leader Abdel Fattah al-Burhan": the full name nobody titled after a state's
        "leader" is a person (the KB's, else unlinked), not the state alone (the demonym and
        the name are then one mention of the person)."""
        out = list(mentions)
        for state in mentions:
            if state.code is Code.DEMONYM:
                m = _LEADER_NAME.match(text, state.end - base)
                if m is not None and m.group(0).startswith(("'", "’")):
                    continue
            elif state.code is Code.STATE:
                m = _LEADER_NAME.match(text, state.end - base)
                if m is not None and not m.group(0).startswith(("'", "’")):
                    continue
            else:
                continue
            if m is not None and (found := self._untitled_person(out, m, base)) is not None:
                out.append(found)
        return out

    def _states_people(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "met Kenya's William Ruto", "Ethiopia's Abiy Ahmed met": a person nobody titled
        after a state's possessive is one mention with it, the person's (the state is no party
        of its own); a full name no mention has yet is the KB person of that name. Not when
        the KB shows the person serving another state."""
        starts = {m.begin: m for m in mentions if m.code is Code.PERSON}
        merged: dict[int, Mention] = {}  # the state's begin -> the person's mention, with it
        for state in mentions:
            if state.code is not Code.STATE or state.entity is None or not state.entity.qid:
                continue
            after = _STATE_POSSESSIVE.match(text, state.end - base)
            if after is None or _MEMBERS_BEFORE.search(text, 0, state.begin - base):
                # ("the other two Quad members, India's S. Jaishankar and Australia's Penny
                # Wong": states named by their people, which the membership rules read)
                continue
            person = starts.get(base + after.end())
            if person is None:
                named = _NAME_AT.match(text, after.end())
                if named is None:
                    continue
                name = named.group("name")
                words = [fold(w) for w in re.split(r"[\s-]+", name)]
                begin, end = base + named.start("name"), base + named.end("name")
                if (
                    words[0] in _NOT_NAME_WORDS
                    or any(w in _NOT_PERSON_WORDS for w in words)
                    or _overlaps(mentions, begin, end)
                ):
                    continue
                linked = self.link(name, None)
                if not linked.is_linked:
                    continue
                person = Mention(begin, end, name, Code.PERSON, (linked,), confidence=0.6)
            if (
                len(person.entities) != 1
                or person.offices
                or _ATTRIBUTIVE_AFTER.match(text, person.end - base)
            ):
                continue
            qid = person.entities[0].qid
            served = {t.jurisdiction for t in self.kb.tenures(qid)} if qid else set()
            if served and state.entity.qid not in served:
                continue
            merged[state.begin] = replace(
                person, begin=state.begin, text=text[state.begin - base : person.end - base]
            )
        if not merged:
            return mentions
        gone = {m.begin for m in merged.values()} | {
            p.begin
            for p in mentions
            if p.code is Code.PERSON
            for m in merged.values()
            if m.end == p.end
        }
        return [m for m in mentions if m.begin not in gone] + list(merged.values())

    def _subject_name(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Abiy Ahmed met William Ruto": a full name nobody titled opening the sentence before
        a meeting verb is the KB person of that name (the KB's "Abiy Ahmed Ali"), if any."""
        m = _SUBJECT_NAME.match(text)
        if m is None:
            return mentions
        name = m.group("name")
        words = [fold(w) for w in re.split(r"[\s-]+", name)]
        begin, end = base + m.start("name"), base + m.end("name")
        if (
            words[0] in _NOT_NAME_WORDS
            or any(w in _NOT_PERSON_WORDS for w in words)
            or _overlaps(mentions, begin, end)
        ):
            return mentions
        person = self.link(name, None)
        if not person.is_linked:
            return mentions
        return [*mentions, Mention(begin, end, name, Code.PERSON, (person,), confidence=0.6)]

    def arrested_names(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Chinese authorities detained businessman Peter Halvorsen": the full names nobody
        titled that an arrest verb takes are people (the KB's, else unlinked)."""
        out = list(mentions)
        for m in _ARRESTED_NAMES.finditer(text):
            for g in ("a", "b"):
                name = m.group(g)
                if name is None:
                    continue
                words = [fold(w) for w in re.split(r"[\s-]+", name)]
                if words[0] in _NOT_NAME_WORDS or any(w in _NOT_PERSON_WORDS for w in words):
                    continue
                begin, end = base + m.start(g), base + m.end(g)
                if _overlaps(out, begin, end):
                    continue
                person = self.link(name, None)
                out.append(Mention(begin, end, name, Code.PERSON, (person,), confidence=0.6))
        return out

    def delegation_heads(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "a delegation of the Tigray People's Liberation Front led by Getachew Reda": the full
        name nobody titled who leads a delegation is a person (the KB's, else unlinked)."""
        out = list(mentions)
        for m in _DELEGATION_HEAD.finditer(text):
            name = m.group("name")
            words = [fold(w) for w in re.split(r"[\s-]+", name)]
            if words[0] in _NOT_NAME_WORDS or any(w in _NOT_PERSON_WORDS for w in words):
                continue
            begin, end = base + m.start("name"), base + m.end("name")
            if not _overlaps(out, begin, end):
                person = self.link(name, None)
                out.append(Mention(begin, end, name, Code.PERSON, (person,), confidence=0.6))
        return out

    def force_commanders(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "The regional force, which is commanded by Kenyan Major General Jeff Nyagah, ...": a
        general or admiral of a nationality named as a force's commander is a military
        commander of that state (ANNOTATION.md §4), when no title bound him already; not a
        past or future command ("was commanded by", "will be commanded by": session 32,
        titles)."""
        by_start = {m.begin - base: m for m in mentions}
        out = mentions
        for found in _COMMANDED_BY.finditer(text):
            if _NOT_NOW_COMMANDED.search(text, max(0, found.start() - 40), found.start()):
                continue
            state = by_start.get(found.end())
            if (
                state is None
                or state.code is not Code.DEMONYM
                or state.entity is None
                or state.entity.kind is not EntityKind.STATE
            ):
                continue
            person = by_start.get(state.end - base + 1)
            if (
                person is None
                or person.code is not Code.PERSON
                or person.offices
                or len(person.entities) != 1
                or not _COMMANDER_RANK.match(person.text)
            ):
                continue
            office = Office("MilitaryCommander", "commander", state.entity)
            office = self.complete(person.entities[0], office, mentions, base)
            out = list(out) if out is mentions else out
            out[out.index(person)] = replace(person, offices=(office,))
        return out

    def bare_surnames(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Putin and Xi met in Beijing": a surname alone is the one KB person of that surname,
        if they head a state or government or are its foreign minister on the article date
        (never a word that is part of a longer name, never a short or common word)."""
        if self.date is None:
            return mentions
        read = self._surnames_read
        if read is not None and read[0] is mentions and read[1] is text and read[2] == base:
            # what bind_titles returned, after reading the surnames of this text: binding a
            # title only replaces mentions by one that covers them, so none is found again
            return mentions
        out = list(mentions)
        shared: dict[str, str | None] | None = None
        holders = self._office_holders  # _in_office's answers for the article, read inline
        for m in _BARE_SURNAME.finditer(text):
            word = m.group(0)
            qid = holders[word] if word in holders else self._in_office(word)
            if qid is None:
                continue
            if shared is None:
                shared = self._shared_forms()
            if shared.get(surname_key(fold(word)), qid) != qid:
                continue  # "Wang" after Wang Wenbin and Wang Yi: either of them
            if self._named_namesake(word, qid) and not any(
                e.qid == qid for o in out if o.code is Code.PERSON for e in o.entities
            ):
                continue  # "Wang urged ..." after only "spokesperson Wang Wenbin": not Wang Yi
            start = m.start()
            person = self.kb.entity(qid)
            if _CAPITALISED_BEFORE.search(
                text, max(0, start - 30), start
            ) and not _STATE_POSSESSIVE_BEFORE.search(text, max(0, start - 30), start):
                # part of a longer name ("Sadiq Khan" is not Imran Khan), unless that name is the
                # KB person's with initials ("Antony J. Blinken", "Joseph R. Biden")
                lead = _GIVEN_NAMES_BEFORE.search(text, 0, start)
                given = _given_words(lead.group(0)) if lead else []
                # (a given name written out: initials alone name no one, "N.P. Saud" is not
                # Faisal bin Farhan Al Saud)
                first = next((w for w in given if not _INITIALS.fullmatch(w)), None)
                if person is None or first is None or not same_person(person.label, [first, word]):
                    continue
                start -= len(" ".join(given)) + 1
                # (a given name read alone before: "Joseph" of "Joseph R. Biden")
                out = [
                    o
                    for o in out
                    if not (
                        o.code is Code.PERSON
                        and base + start <= o.begin
                        and o.end <= base + m.start()
                    )
                ]
            if _AMPERSAND.search(text, max(0, m.start() - 3), m.start()) or _AMPERSAND.match(
                text, m.end()
            ):
                continue  # a company's name: "Johnson & Johnson"
            if _FAMILY_NAME_AFTER.match(text, m.end()):
                continue  # "Hussein al-Ezzi": part of a longer name
            end_rel = m.end()
            if (suffix := _JR_AFTER.match(text, end_rel)) is not None:
                end_rel = suffix.end()  # "Lloyd J. Austin III"
            begin, end = base + start, base + end_rel
            if _overlaps(out, begin, end):
                continue
            if person is not None:
                out.append(
                    Mention(
                        begin,
                        end,
                        text[start:end_rel],
                        Code.PERSON,
                        (entity_of(person),),
                        confidence=0.75,
                    )
                )
        return out

    def _named_namesake(self, word: str, qid: str) -> bool:
        """Whether the article named someone else, not the KB person ``qid``, whose name begins
        or ends with this word (session 31): the word alone is then the KB person's only when
        its sentence names them in full too."""
        key = surname_key(fold(word))
        for known, _office in self.ctx.people:
            if known.kind is not EntityKind.PERSON or known.qid == qid:
                continue
            parts = fold(known.label).split()
            if len(parts) > 1 and key in (surname_key(parts[0]), surname_key(parts[-1])):
                return True
        return False

    def _in_office(self, word: str) -> str | None:
        """Of the KB's people with this surname, the one who heads a state or government or is
        its foreign minister on the article date ("Biden" is Joe Biden, not Jill Biden;
        "Lavrov" is Sergey Lavrov); None if no one or several, or a common word. Cached for
        the article."""
        if word in self._office_holders:
            return self._office_holders[word]
        assert self.date is not None
        date = self.date
        found: str | None = None
        # most capitalised words are no KB surname: the (cached) holders first
        holders = _top_office_holders(self.kb, word)
        if holders and fold(word) not in _NOT_SURNAMES:
            holding = [
                q
                for q in holders
                if any(
                    t.role in _SINGLE_HOLDER_ROLES and t.covers(date) for t in self.kb.tenures(q)
                )
            ]
            found = holding[0] if len(holding) == 1 else None
        self._office_holders[word] = found
        return found

    def kin_names(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Kim Jong Un's sister Kim Yo Jong", "his wife Olena Zelenska": a person of two name
        words and more named after a relative's word, whom the KB may lack (so that the
        relative named before is not taken for the one who acts)."""
        out = list(mentions)
        if not _KIN_HINT.search(text):
            return out
        for m in _KIN_BEFORE_NAME.finditer(text):
            full = NAME.match(text, m.end())
            if full is None or full.start("name") != m.end():
                continue
            name = full.group("name")
            words = name.split()
            if len(words) < 2 or any(
                fold(w) in _NOT_NAME_WORDS or fold(w) in _NAME_STOP for w in words
            ):
                continue
            begin, end = base + full.start("name"), base + full.end("name")
            if _overlaps(out, begin, end):
                continue
            person = self.link(name, None)
            if person.is_linked and person.kind is not EntityKind.PERSON:
                continue
            if not person.is_linked:
                person = Entity.unlinked(clean_name(name), EntityKind.PERSON)
            out.append(
                Mention(
                    begin,
                    end,
                    name,
                    Code.PERSON,
                    (person,),
                    self._remembered_offices(person),
                    confidence=0.8,
                )
            )
        return out

    def honorific_names(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Mr Dini", "H.E. Mao Havannall", "Dr. Kikeo": people by their honorific."""
        out = list(mentions)
        if not _HONORIFIC_HINT.search(text):
            return out
        for m in _HONORIFIC_NAME.finditer(text):
            begin, end = base + m.start(), base + m.end()
            if _overlaps(out, begin, end):
                # the person the name is, found before: "H.E. Sheikh Abdullah bin Zayed Al Nahyan"
                # (a KB name with its own style) starts within the styles
                inner = [
                    k
                    for k in out
                    if begin <= k.begin <= base + m.start("name") and k.code is Code.PERSON
                ]
                if inner and inner[0].end <= end:
                    out = [k for k in out if k is not inner[0]]
                    out.append(
                        replace(inner[0], begin=begin, text=text[m.start() : inner[0].end - base])
                    )
                continue
            if fold(m.group("name").split()[0]) in _NOT_NAME_WORDS:
                continue
            given = " " not in m.group("name") and _GIVEN_NAME_STYLE.match(m.group("h"))
            if given:
                # "Sheikh Mohamed": the given name of a person the article named, never the KB's
                # one holder of that surname
                person = self.styled_given(m.group("name")) or Entity.unlinked(
                    clean_name(m.group("name")), EntityKind.PERSON
                )
            else:
                person = self.link(m.group("name"), None)
            if (
                not given
                and not person.is_linked
                and self.date is not None
                and " " not in m.group("name")
            ):
                # "Mr. Lavrov and Mr. Blinken": the surname alone, as bare_surnames reads it
                qid = self._in_office(m.group("name"))
                known = self.kb.entity(qid) if qid is not None else None
                person = entity_of(known) if known is not None else person
            out.append(
                Mention(
                    begin,
                    end,
                    m.group(0),
                    Code.PERSON,
                    (person,),
                    self._remembered_offices(person),
                    confidence=0.85,
                )
            )
        if "Crown Prince" in text:
            out = self._heir_names(out, text, base)
        return out

    def _heir_names(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "Crown Prince Hussein bin Abdullah": the name after the heir's style is a person (the
        KB's, else unlinked); the style stays outside the mention (it is no office)."""
        out = mentions
        for m in _HEIR_NAME.finditer(text):
            name = trim_name(m.group("name"))
            if not name or not self._looks_like_name(name, out, base + m.start("name")):
                continue
            begin = base + m.start("name")
            end = begin + len(name)
            if _overlaps(out, begin, end):
                continue
            person = self.link(name, None)
            if " " not in name and (styled := self.styled_given(name)) is not None:
                # "Crown Prince Mohammed": the article's Mohammed bin Salman, the style taken in
                # (a given name alone reads as no name of its own: "invited Crown Prince §P1§")
                person, begin = styled, base + m.start()
            out = [
                *out,
                Mention(
                    begin,
                    end,
                    text[begin - base : end - base],
                    Code.PERSON,
                    (person,),
                    confidence=0.85,
                ),
            ]
        return out

    def _name_stems(self) -> tuple[str, ...]:
        """A text every spelling of a remembered person's full name or surname contains, for a
        cheap "could anyone known be named here" test (no regex compiled per article)."""
        names = tuple(self.ctx.people)  # unchanged entries compare by identity: cheap
        if self._names_for != names:
            self._names_for = names
            self._stems = tuple(
                {spelled(w)[1] for p, office in names for w in self._forms(p, office)}
            )
        return self._stems

    def _forms(self, person: Entity, office: Office | None) -> list[str]:
        """:func:`_name_forms` of a person, and those of the name the article wrote for them
        where it differs from the KB's ("Ukhnaagiin Khurelsukh", then "Khurelsukh")."""
        forms = _name_forms(person.label, office)
        written = self.ctx.written.get(person.key)
        if written is not None:
            forms += [w for w in _name_forms(written, None) if w not in forms]
        given = person.label.split()[0]
        if (
            self._by_given_name(person, office)
            and len(given) >= 4
            and given not in forms
            and fold(given) not in HONORIFIC_WORDS
            and len(person.label.split()) > 1
        ):
            # "Retno thanked ..." after "Foreign Minister Retno Marsudi": the given name,
            # tried last (after "Abiy Ahmed" for the KB's "Abiy Ahmed Ali")
            forms.append(given)
        return forms

    def _by_given_name(self, person: Entity, office: Office | None) -> bool:
        """Whether the article calls this person again by their given name: an official of a
        state whose officials are called so, or a person named with a Malaysian style."""
        if person.key in self.malay_styled:
            return True
        return (
            office is not None
            and office.jurisdiction is not None
            and office.jurisdiction.qid in _CALLED_BY_GIVEN_NAME
        )

    def _linked_around(
        self, text: str, begin: int, end: int, lead: re.Match[str] | None
    ) -> tuple[Entity, int, int] | None:
        """The KB person whose full name, written around ``text[begin:end]``, contains it."""
        start = begin
        if lead:
            # the given names before it, not a title word ("President Luiz Inacio Lula")
            given = lead.group(0).split()
            while given and fold(given[0]) in _NOT_NAME_WORDS:
                given = given[1:]
            # ("the Custodian of the Two Holy Mosques King Salman": the words after the
            # monarch's title only)
            ruler = [i for i, w in enumerate(given) if w in _MONARCH_WORDS]
            if ruler:
                given = given[ruler[-1] + 1 :]
            start = begin - len(" ".join(given)) - 1 if given else begin
        full = NAME.match(text, start)
        if full is None or full.end("name") < end:
            return None
        name = full.group("name")
        if any(fold(w) in _NOT_NAME_WORDS or fold(w) in _NAME_STOP for w in name.split()):
            return None
        entity = self.link(name, None)
        if not entity.is_linked and len(name.split()) < 2:
            return None
        if not entity.is_linked and any(
            FIELD_WORD.fullmatch(w) or fold(w) in _BODY_WORDS for w in name.split()
        ):
            return None  # "... for Economic and Trade Affairs Abdulnasser Alshaali": a title's
        return entity, full.start("name"), full.end("name")

    def _shared_forms(self) -> dict[str, str | None]:
        """The short forms ("Biden", "Wang") several people of the article answer to, by their
        key, each with the person it means: the only one of them named with an office, else the
        only one the KB shows heading a state or government or as foreign minister on the
        article date ("Jill Biden met Joe Biden. Biden said ..."); None when that leaves several."""
        names = tuple(self.ctx.people)
        if self._shared_for == names:
            return self._shared
        owners: dict[str, dict[str, bool]] = {}
        family_first: set[str] = set()
        for known, office in names:
            first = known.label.split()[0]
            for name in self._forms(known, office)[1:]:
                titled = owners.setdefault(surname_key(fold(name)), {})
                titled[known.key] = titled.get(known.key, False) or office is not None
                if name == first:
                    family_first.add(surname_key(fold(name)))
        shared: dict[str, str | None] = {}
        # ("Kim" after Kim Jong Un and "his sister Kim Yo Jong", named with no office: her
        # name's first word is her family's too)
        firsts: dict[str, set[str]] = {}
        for known, _office in names:
            if known.kind is EntityKind.PERSON and len(known.label.split()) > 2:
                firsts.setdefault(surname_key(fold(known.label.split()[0])), set()).add(known.key)
        for form in family_first:
            if len(owners[form].keys() | firsts.get(form, set())) > 1:
                shared[form] = None
        for form, titled in owners.items():
            if len(titled) < 2:
                continue
            with_office = [key for key, has in titled.items() if has]
            owner = with_office[0] if len(with_office) == 1 else None
            if form in family_first:
                # "Kim" after Kim Jong Un and his sister Kim Yo Jong, "Lee" after Lee Hsien Loong
                # and Lee Kuan Yew: a family name written first is the family's, either of them
                owner = None
            if not with_office and self.date is not None:
                qid = self._in_office(form.capitalize())
                owner = qid if qid in titled else None
            shared[form] = owner
        self._shared_for, self._shared = names, shared
        return shared

    def known_names(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """Later mentions of people this article has named: full name, then surname."""
        out = list(mentions)
        if not _has_any(text, self._name_stems()):
            return out
        shared = self._shared_forms()
        for known, office in self.ctx.people:
            label = known.label
            parts = label.split()
            for name in self._forms(known, office):
                pattern, stem = spelled(name)
                if stem not in text:
                    continue
                owner = shared.get(surname_key(fold(name)), known.key)
                if owner != known.key:
                    continue  # "Wang" after Wang Wenbin and Wang Yi: not this one's
                first_word = name == parts[0] and len(parts) > 1
                if first_word and (
                    self._other_name_word(known, name) or self.kb.lookup(name, _PLACE_KINDS)
                ):
                    # "Anwar" after Anwar Ibrahim and Anwar Gargash: either; "Victoria",
                    # "Jordan", "Salvador": a place or state the KB knows, before a person
                    continue
                given_form = (
                    name == parts[0] and len(parts) > 1 and self._by_given_name(known, office)
                )
                for found_start, found_end in whole_words(pattern, stem, text):
                    start = found_start
                    if given_form and _CAPITALISED_BEFORE.search(text, max(0, start - 40), start):
                        continue  # "President Retno": a title's, bound by its office (link)
                    if first_word and self._other_name_after(known, text, found_end):
                        continue  # "Anwar Gargash" after Anwar Ibrahim: another's full name
                    if (chain := _PATRONYM_AFTER.match(text, found_end)) is not None and (
                        fold(f"{name} {chain.group(1)}") not in fold(label)
                    ):
                        # "King Salman bin Abdulaziz" after Mohammed bin Salman: the given name
                        # of another's name chain (session 31)
                        continue
                    if first_word and any(
                        e <= found_start and self._other_name_after(known, text, e)
                        for _b, e in whole_words(pattern, stem, text)
                    ):
                        # "Hayashi and Wang Yi met ..., and Wang urged Japan" after Wang Wenbin:
                        # the namesake the sentence named in full before (session 31)
                        continue
                    # "Antony J. Blinken", "Joseph R. Biden": take the given names along
                    lead = _GIVEN_NAMES_BEFORE.search(text, 0, start)
                    if lead and not _overlaps(out, base + lead.start(), base + start):
                        given = lead.group(0).split()
                        skip = 0
                        while skip < len(given) and fold(given[skip]) in _NOT_NAME_WORDS:
                            skip += 1
                        given = given[skip:]
                        if given and same_person(label, [given[0], text[start:found_end]]):
                            start = start - len(" ".join(given)) - 1
                        elif len(parts) > 1 and self._namesake(
                            known, given, text[start:found_end], text, start, (out, base)
                        ):
                            continue
                    end_rel = found_end
                    entity = known
                    if not known.is_linked:
                        # "Lula" of the headline is the body's "Luiz Inacio Lula da Silva": the
                        # full name around the known word, when the KB knows it
                        around = self._linked_around(text, found_start, found_end, lead)
                        if around is not None:
                            entity, start, end_rel = around
                    more = _MORE_NAME_PARTS.match(text, end_rel)
                    if (
                        more
                        and not known.is_linked
                        and len(parts) == 1
                        and not any(
                            fold(w) in _NOT_NAME_WORDS or fold(w) in _NAME_STOP
                            for w in more.group(0).split()
                        )
                    ):
                        end_rel = more.end()
                        entity = self.link(text[start:end_rel], None)
                    suffix = _JR_AFTER.match(text, end_rel)
                    if suffix:
                        end_rel = suffix.end()
                    begin, end = base + start, base + end_rel
                    if _overlaps(out, begin, end):
                        continue
                    offices = (replace(office, named=False),) if office else ()
                    out.append(
                        Mention(
                            begin,
                            end,
                            text[start:end_rel],
                            Code.PERSON,
                            (entity,),
                            offices,
                            confidence=0.85,
                        )
                    )
        return out

    def _other_name_word(self, known: Entity, word: str) -> bool:
        """Whether another person the article has named has this word in their name (the
        name the KB gives or the article wrote): a first word alone is then neither's."""
        key = surname_key(fold(word))
        for other, _office in self.ctx.people:
            if other.key == known.key:
                continue
            names = [other.label, self.ctx.written.get(other.key) or ""]
            if any(surname_key(fold(w)) == key for n in names for w in n.split()):
                return True
        return False

    def _other_name_after(self, known: Entity, text: str, end: int) -> bool:
        """Whether a first word of a known name is followed by a name word that is none of
        that name's ("Anwar Gargash" after Anwar Ibrahim): someone else's full name."""
        more = _MORE_NAME_PARTS.match(text, end)
        if more is None:
            return False
        word = fold(more.group(0).split()[0])
        if word in _NAME_STOP:
            return False
        names = f"{known.label} {self.ctx.written.get(known.key) or ''}"
        return word not in fold(names).replace("-", " ").split()

    def _namesake(
        self,
        known: Entity,
        given: list[str],
        surname: str,
        text: str,
        start: int,
        found: tuple[list[Mention], int],
    ) -> bool:
        """Whether the given names written right before a known person's surname make the name
        of someone else ("Sadyr Japarov" after "Prime Minister Akylbek Japarov"): words that are
        no state, title, honorific or sentence opener, whose full name does not link to them."""
        if not given:
            return False
        out, base = found
        begin = start - len(" ".join(given)) - 1
        if _overlaps(out, base + begin, base + start - 1):
            return False  # "Kyrgyz Japarov": a state's word
        if not text[:begin].strip(" \"“'‘") and fold(given[0]) in _OPENERS:
            return False  # "Then Japarov said"
        written = " ".join(given)
        if _HONORIFIC_ONLY.search(f"{written} ") or find_titles(written):
            return False
        return self.link(f"{written} {surname}", None).key != known.key

    def _remembered_offices(self, person: Entity) -> tuple[Office, ...]:
        office = self.ctx.office_of(person)
        return (replace(office, named=False),) if office else ()


# --- Session 33 (offices): offices taken, told by the verb before the title -----------------
# (the verbs _APPOINTED_BEFORE lacks; read by Class People._taken_office_holder)

# "X took office as ...", "X became Italy's foreign minister", "X assumed office as", "X, who
# succeeded Y as ...", "X was reappointed (as) ...", "X was sworn in on Monday as ...": the
# subject holds the title that follows from then on (a start, ANNOTATION.md §4: a current
# office). Not "was nominated", "is expected to be appointed", "would become" (no office yet).
_TOOK_OFFICE_BEFORE = re.compile(
    # (an apposition between: "Mehmet Simsek, a former deputy prime minister, returned as ...")
    # ("Cleverly, who had been foreign secretary since September 2022, is now home secretary")
    r"(?:,\s+who|,\s+(?:a|an|the)\s+[^,.;]{1,60},|,\s+who\s+had\s+been\s+[^,.;]{1,60},)?\s+"
    r"(?:is\s+now|(?:officially\s+|formally\s+)?(?:took|assumed)\s+(?:office|the\s+post|"
    r"his\s+post|her\s+post|up\s+(?:his|her)\s+post)\s+as|"
    r"(?:officially\s+|formally\s+)?became|"
    r"(?:was|has\s+been|had\s+been)\s+(?:(?:reappointed|re-appointed|re-?elected|sworn\s+in|"
    r"appointed|named|elected|installed)(?:\s+on\s+\w+|\s+(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+|"
    r"\s+in\s+[A-Z][a-z]+|\s+(?:yesterday|today|last\s+week))?\s+as|reappointed|re-appointed)|"
    # "X replaced Y as defense minister", "X was named to succeed Y as head of ...", "X
    # returned as finance minister" (session 36, tenure)
    r"(?:(?:was|has\s+been)\s+(?:named|appointed|chosen|picked)\s+to\s+)?"
    r"(?:succeeded|succeeds|succeed|replaced|replaces|replace)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"\s+as|returned\s+as)\s+"
    # (a first portfolio the title patterns do not know: "treasury and finance minister")
    r"(?:the\s+)?(?:country's\s+)?(?:new\s+)?(?:[a-z]+\s+and\s+)?$"
)
# a name the KB lacks (or an untitled one) right before such a verb or _APPOINTED_BEFORE's:
# "Hakan Fidan was sworn in as Turkey's foreign minister" names a person by the title it
# takes, as an apposition's title does ("Hakan Fidan, Turkey's foreign minister")
_APPOINTEE_NAME_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?:{HONORIFIC})?(?P<name>{_NAME_PART}(?:\s+{_PARTICLE}*"
    rf"{_NAME_PART}){{1,4}}{_SUFFIX}?)(?=(?:,\s+who|,\s+(?:a|an|the)\s+[^,.;]{{1,60}},)?\s+"
    r"(?:was|has\s+been|had\s+been|took|assumed|officially|formally|became|succeeded|succeeds|"
    r"replaced|replaces|returned)\s)"
)
# "... appointed Hakan Fidan (as) foreign minister": the appointee of an active appointment
# (the subject is the appointing body or leader; the name right before the title holds it)
_APPOINTED_ACTIVE_BEFORE = re.compile(
    r"\b(?:appointed|named|reappointed|re-appointed|elected|re-elected|installed|swore\s+in|"
    r"confirmed|approved|voted\s+to\s+(?:re-?)?(?:appoint|elect))\s+"
    rf"(?:{HONORIFIC})?(?P<name>{_NAME_PART}(?:\s+{_PARTICLE}*{_NAME_PART}){{1,4}}{_SUFFIX}?)"
    # the appointee's state ("elected X of the Republic of Chad as Chairperson ...", session 36)
    r"(?:\s+of\s+(?:the\s+)?(?:(?:Federal|Democratic|Islamic|United|Arab)\s+)?(?:Republic\s+of\s+)?"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+as\s+|"
    # an apposition: "named Qin Gang, its ambassador to the United States, as foreign minister"
    r",\s+(?:a|an|the|its|his|her|their)\s+[^,.;]{1,60},\s+as\s+|"
    r"\s+(?:as\s+)?)(?:the\s+)?(?:(?:country's|its|his|her|their)\s+)?(?:new\s+)?$"
)
# a mention opening with a possessive ("Rwanda's Minister of Foreign Affairs ...")
_POSSESSIVE_OPENING = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s")
# the UN's plenary named alone
_GENERAL_ASSEMBLY = re.compile(r"General\s+Assembly")
# " of (the) " before a person's state of origin, and the name before it (a diplomat's rank,
# an honorific or the sentence's start before the name)
_ORIGIN_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")
_ORIGIN_NAME_BEFORE = re.compile(
    rf"(?:^|(?<=\s))(?:Ambassador\s+)?(?:{HONORIFIC})?(?P<name>{_NAME_PART}(?:\s+{_PARTICLE}*"
    rf"{_NAME_PART}){{1,4}}{_SUFFIX}?)$"
)
# "of the Commission", an organisation's named before
_THE_COMMISSION_AFTER = re.compile(r"\s+of\s+the\s+Commission\b")
# where a capitalised word starts
_CAPITAL_START = re.compile(r"(?<![\w'’.-])[A-Z]")
# the cabinet posts a dateline may place (not a vice president's: the golds disagree on its role)
_CABINET_ROLES = frozenset({"Minister", "ForeignMinister", "DeputyMinister", "HeadOfAgency"})
# a second appointee after "and", and the verb of the first
_AND_APPOINTEE_BEFORE = re.compile(
    rf"\s+and\s+(?:(?:retired|former)\s+)?(?:{HONORIFIC})?(?P<name>{_NAME_PART}(?:\s+"
    rf"{_PARTICLE}*{_NAME_PART}){{1,4}}{_SUFFIX}?)\s+as\s+(?:the\s+)?(?:first\s+(?:[A-Z][a-z]+\s+)?)?"
    r"(?:new\s+)?$"
)
_APPOINTING_VERB = re.compile(
    r"\b(?:appointed|named|reappointed|re-appointed|elected|re-elected|confirmed|approved)\s+"
    r"(?-i:[A-Z])"
)
# a negation or a mood before the verb: "was not appointed", "would become", "may become",
# "is expected to become", "to be appointed" (no office taken)
_NOT_TAKEN = re.compile(
    r"\b(?:not|never|would|could|may|might|will|shall|should|if|must|expected|set|poised|"
    r"likely|nominated|designate|"
    # (not "voted to appoint", "was named to succeed": an appointment done)
    r"(?<!voted\s)(?<!named\s)(?<!appointed\s)(?<!chosen\s)(?<!picked\s)to)\b"
)
