# ruff: noqa: E501  (a table of sentences)
"""Meetings told by forms the rules did not read: a host's "his Ivorian counterpart", a
delegation met by its head, video conferences, a royal audience, a working session, a dinner
hosted for a guest, a visit's participle or invitation, a topic discussed "with X by phone", and
a second meeting after "and" with its own date (session 24, Meeting).

A battery of 227 fresh sentences written for this session in wire, readout and ministry styles
(kept out of the repository with the facts ANNOTATION.md expects written before the extractor
ran: /tmp/s24/meetings-battery*.txt; none from a gold set), across Africa, Latin America, Asia,
the Middle East, Europe and the Pacific: 147 with lists, passives, relative clauses,
possessives, nominalisations, first-person readouts and negatives (planned, expected,
cancelled, refused, hypothetical and negated meetings, "call on" as a request, "received a
letter", "hosted refugees"), 30 short articles (pronouns, background, other senses of "met",
"hosted", "received"), 19 hedges and allegations, 31 readout forms; and 39 probes of the forms
they turned up, gave at b7e82f7 (main):

| found | kind |
|---|---|
| "paid an official visit to Iraq on Tuesday, meeting Prime Minister X in Baghdad", "travelled to Riyadh, holding talks with Crown Prince Mohammed bin Salman": the state visited as the participant, not the person met | wrong (argument) |
| "paid a state visit to Uzbekistan at the invitation of President X": the state, not the host who invited | wrong (argument) |
| "hosted his Ivorian counterpart Alassane Ouattara" (a demonym the mentions leave out of the name): no meeting | miss |
| "met a delegation led by Brazilian Foreign Minister X", "received a high-level Somali delegation headed by President X": no meeting (only "a delegation of the TPLF led by" was read) | miss |
| "held a video conference with", "a videoconference", "a video-conference": no meeting | miss |
| 'held their first "2+2" talks': a quoted word before the noun stopped the rule | miss |
| "discussed Ukraine with President X by phone on Thursday", "in a phone call": no call (only "discussed X by phone with Y" was read) | miss |
| "Media reports claimed that Orban met Putin secretly in Beijing", "According to unconfirmed reports, Israeli and Saudi officials met in Riyadh": meetings asserted from an allegation | wrong |
| "King Mohammed VI granted an audience to X", "Pope Francis received in audience X", "had a working session with X", "hosted a state dinner for X": no meeting | miss |
| "Zelensky met Biden at the White House in December, and he met Trudeau in Ottawa in September": no second meeting; with "X met A and later met B", the second one took the first clause's date | miss, wrong (date) |
| "He met Foreign Minister Penny Wong and later called on Prime Minister Anthony Albanese": no courtesy call | miss |

Battery, before -> after: wrong facts 3 -> 0 (the Iraq visit, two allegations), misses 29 -> 18;
the probes' four wrong facts (two participants, an inviter, the Trudeau date) are right too.

Fixed in ``events.py`` only (the meetings rules): a state's word between "his/her" and the
person a host receives; a delegation "led/headed by" a person, with or without "of X", as that
person, for "met" and for "received/hosted"; "video conference", "videoconference",
"teleconference" as meeting nouns coded 041; quotes around a word before the meeting noun; a
visit followed by ", meeting X" / ", holding talks with X" (after a comma only) or "at the
invitation of X", and "Crown Prince" before the one met; "A discussed T with B by phone / over
the phone / in (during) a phone call" and "A and B discussed T by phone" as a call (041), not
when "with" follows the phone phrase (the older rule's "discussed T by phone with B"); "granted
an audience to X", "received in (a private) audience X" as hosting (043); "had a working
session with"; "hosted a (state) dinner / banquet for / in honour of X" when X is one person
named (not "for the Pacific leaders", whom the mentions resolve to people named before: a first
version gave a wrong meeting in a White House readout); "..., and he met X", "and later called on X" (not "called on X to ..."), the second
meeting dated by its own clause when that clause has a date (else the sentence's, as before);
what follows "claimed / alleged / alleges that", "unconfirmed reports", "rumours that / of" is
no meeting (what the sentence tells before it stands).

Left (seen in the battery, not built): names the mentions do not find without their title
("Ethiopia's Abiy Ahmed met Kenya's William Ruto", "met Lula", "Sullivan and Wang Yi held
talks", "French envoy Jean-Yves Le Drian", "Vietnamese Communist Party leader Nguyen Phu Trong",
"Poland's Duda"); an organisation the KB lacks as the guest ("received a delegation of the
Communist Party of China", "talks between the United States and the Taliban" keeps only the
United States); a visit to a town the KB lacks ("visited Bogor at the invitation of ..."); a
second meeting told after "a day after" ("..., a day after Wang met his Indonesian counterpart
Retno Marsudi"); "received in
audience the outgoing ambassador of China, Zhang Lizhong" (the name after the title is no
mention); "The leaders of the Quad met virtually" (the Quad is not in the KB); "Xi hosted Putin
in Beijing in October and visited Moscow in March last year" (a rule for the second clause was
tried: facts.py merges Xi's visit to Russia into the Xi-Putin meeting, one occasion, so it was
dropped); "Vladimir Putin received at the Kremlin President of ... X" (the mention takes
"Kremlin" into the title); "The Minister of Foreign Affairs, Mr. Subrahmanyam Jaishankar,
received ..." (Jaishankar left unlinked after "Mr."); "President-elect of Indonesia Prabowo
Subianto", "opposition leader Maria Corina Machado" (no person mention). Not meetings, but
wrong Events of the events rules seen here: "Scholz will discuss trade with Li Qiang by phone
on Monday" gives AGREE 031, "will grant an audience to X" AGREE 033 (an intent to meet is 036,
if anything).

Rows below (own paraphrases, article date 2024-03-15). Before (b7e82f7): positives 4/35,
negatives 32/36. After: positives 35/35, negatives 36/36."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import cameo, date_values, facts, has_name

DAY = dt.date(2024, 3, 15)


def _meetings(text: str) -> list[tuple[tuple[object, ...], str, tuple[str, ...]]]:
    """(participants, CAMEO code, dates) of each Meeting the text gives."""
    return [
        (f.get("participant"), cameo(f), date_values(f, "date"))
        for f in facts(text, DAY)
        if f.cls.value == "Meeting"
    ]


POSITIVES = [
    # a state's word between "his" and the person received
    pytest.param(
        "Ghanaian President Nana Akufo-Addo hosted his Ivorian counterpart Alassane Ouattara in Accra on Tuesday.",
        ("Akufo-Addo", "Ouattara"),
        "043",
        "2024-03-12",
        id="hosted-his-ivorian-counterpart",
    ),
    pytest.param(
        "Senegalese President Macky Sall received his Ivorian counterpart Alassane Ouattara in Dakar on Monday.",
        ("Macky Sall", "Ouattara"),
        "043",
        "2024-03-11",
        id="received-his-ivorian-counterpart",
    ),
    # a delegation met by its head
    pytest.param(
        "Chinese Foreign Minister Wang Yi met a delegation led by Brazilian Foreign Minister Mauro Vieira in Beijing on Monday.",
        ("Wang Yi", "Mauro Vieira"),
        "040",
        "2024-03-11",
        id="met-a-delegation-led-by",
    ),
    pytest.param(
        "South African President Cyril Ramaphosa received a delegation led by Ukrainian Prime Minister Denys Shmyhal in Pretoria on Wednesday.",
        ("Ramaphosa", "Shmyhal"),
        "043",
        "2024-03-13",
        id="received-a-delegation-led-by",
    ),
    pytest.param(
        "Ethiopian Prime Minister Abiy Ahmed received a high-level Somali delegation headed by President Hassan Sheikh Mohamud in Addis Ababa on Tuesday.",
        ("Abiy", "Hassan Sheikh Mohamud"),
        "043",
        "2024-03-12",
        id="received-a-state-delegation-headed-by",
    ),
    pytest.param(
        "Indian External Affairs Minister Subrahmanyam Jaishankar met a government delegation headed by Sri Lankan President Ranil Wickremesinghe in New Delhi.",
        ("Jaishankar", "Wickremesinghe"),
        "040",
        None,
        id="met-a-government-delegation-headed-by",
    ),
    # video conferences
    pytest.param(
        "Nigerian President Bola Tinubu held a video conference with French President Emmanuel Macron on Thursday.",
        ("Tinubu", "Macron"),
        "041",
        "2024-03-14",
        id="video-conference",
    ),
    pytest.param(
        "Egyptian President Abdel Fattah el-Sisi held a videoconference with Jordanian King Abdullah II on Sunday.",
        ("Sisi", "Abdullah"),
        "041",
        "2024-03-10",
        id="videoconference",
    ),
    pytest.param(
        "German Chancellor Olaf Scholz held a video-conference with Japanese Prime Minister Fumio Kishida on Thursday.",
        ("Scholz", "Kishida"),
        "041",
        "2024-03-14",
        id="video-hyphen-conference",
    ),
    # a quoted word before the meeting noun
    pytest.param(
        'Japan and the Philippines held their first "2+2" talks in Tokyo on Friday.',
        ("Japan", "Philippines"),
        "040",
        "2024-03-15",
        id="quoted-2plus2-talks",
    ),
    pytest.param(
        'Spain and Morocco held their "high-level" talks in Rabat on Wednesday.',
        ("Spain", "Morocco"),
        "040",
        "2024-03-13",
        id="quoted-high-level-talks",
    ),
    # a visit's participle or invitation names the one met (was: the state visited)
    pytest.param(
        "Turkish Foreign Minister Hakan Fidan paid an official visit to Iraq on Tuesday, meeting Prime Minister Mohammed Shia al-Sudani in Baghdad.",
        ("Fidan", "al-Sudani"),
        "042",
        "2024-03-12",
        id="visit-comma-meeting",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi visited Canberra on Wednesday, meeting Foreign Minister Penny Wong.",
        ("Wang Yi", "Penny Wong"),
        "042",
        "2024-03-13",
        id="visited-comma-meeting",
    ),
    pytest.param(
        "Blinken travelled to Riyadh on Tuesday, holding talks with Crown Prince Mohammed bin Salman.",
        ("Blinken", "Q6892571"),
        "042",
        "2024-03-12",
        id="travelled-comma-holding-talks-crown-prince",
    ),
    pytest.param(
        "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan at the invitation of President Shavkat Mirziyoyev.",
        ("Tokayev", "Mirziyoyev"),
        "042",
        None,
        id="visit-at-the-invitation-of",
    ),
    pytest.param(
        "Vietnamese Prime Minister Pham Minh Chinh visited Brazil on Monday at the invitation of President Luiz Inacio Lula da Silva.",
        ("Q10806940", "Lula"),
        "042",
        "2024-03-11",
        id="visited-day-at-the-invitation-of",
    ),
    # a topic discussed with someone by phone: the call
    pytest.param(
        "Putin discussed Ukraine with Belarusian President Alexander Lukashenko by phone on Thursday.",
        ("Putin", "Lukashenko"),
        "041",
        "2024-03-14",
        id="discussed-with-by-phone",
    ),
    pytest.param(
        "Erdogan discussed the war in Gaza with Qatari Emir Sheikh Tamim bin Hamad Al Thani by phone on Saturday.",
        ("Erdo", "Tamim"),
        "041",
        "2024-03-09",
        id="discussed-with-by-phone-emir",
    ),
    pytest.param(
        "Ramaphosa discussed the BRICS summit with Brazilian President Luiz Inacio Lula da Silva in a phone call on Tuesday.",
        ("Ramaphosa", "Lula"),
        "041",
        "2024-03-12",
        id="discussed-with-in-a-phone-call",
    ),
    pytest.param(
        "Kenyan President William Ruto discussed regional security with Ugandan President Yoweri Museveni during a telephone conversation on Monday.",
        ("Ruto", "Museveni"),
        "041",
        "2024-03-11",
        id="discussed-with-during-a-telephone-conversation",
    ),
    pytest.param(
        "Australian Prime Minister Anthony Albanese discussed trade with Indian Prime Minister Narendra Modi over the phone on Wednesday.",
        ("Albanese", "Modi"),
        "041",
        "2024-03-13",
        id="discussed-with-over-the-phone",
    ),
    pytest.param(
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte discussed migration in a phone call on Friday.",
        ("Boric", "Boluarte"),
        "041",
        "2024-03-15",
        id="pair-discussed-in-a-phone-call",
    ),
    # a royal audience, a working session
    pytest.param(
        "Pope Francis received in audience Argentine President Javier Milei at the Vatican on Monday.",
        ("Q450675", "Milei"),
        "043",
        "2024-03-11",
        id="received-in-audience",
    ),
    pytest.param(
        "King Abdullah II received in a private audience Iraqi Prime Minister Mohammed Shia al-Sudani in Amman on Sunday.",
        ("Q57464", "al-Sudani"),
        "043",
        "2024-03-10",
        id="received-in-a-private-audience",
    ),
    pytest.param(
        "Moroccan King Mohammed VI granted an audience to French Foreign Minister Stephane Sejourne in Rabat on Monday.",
        ("Q57553", "Sejourne"),
        "043",
        "2024-03-11",
        id="granted-an-audience-to",
    ),
    pytest.param(
        "Jordanian King Abdullah II granted an audience to Iraqi Prime Minister Mohammed Shia al-Sudani in Amman on Sunday.",
        ("Q57464", "al-Sudani"),
        "043",
        "2024-03-10",
        id="granted-an-audience-to-amman",
    ),
    pytest.param(
        "Vietnamese Prime Minister Pham Minh Chinh had a working session with Japanese Prime Minister Fumio Kishida in Tokyo on Saturday.",
        ("Q10806940", "Kishida"),
        "040",
        "2024-03-09",
        id="had-a-working-session-with",
    ),
    # a meeting told before a claim rejected or a topic of claims stands
    pytest.param(
        "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Moscow on Monday and rejected claims that Russia was isolated.",
        ("Lavrov", "Wang Yi"),
        "040",
        "2024-03-11",
        id="met-then-rejected-claims-that",
    ),
    pytest.param(
        "Blinken met Chinese Foreign Minister Wang Yi in Munich on Friday, where the two discussed China's claims in the South China Sea.",
        ("Blinken", "Wang Yi"),
        "044",
        "2024-03-15",
        id="met-where-claims-a-topic",
    ),
    # a dinner hosted for one guest named
    pytest.param(
        "Biden hosted a state dinner for Kenyan President William Ruto on Thursday.",
        ("Biden", "Ruto"),
        "043",
        "2024-03-14",
        id="hosted-a-state-dinner-for",
    ),
    pytest.param(
        "Wang Yi hosted a banquet in honour of visiting Tongan Prime Minister Siaosi Sovaleni in Beijing on Tuesday.",
        ("Wang Yi", "Sovaleni"),
        "043",
        "2024-03-12",
        id="hosted-a-banquet-in-honour-of",
    ),
]


@pytest.mark.parametrize(("text", "who", "code", "date"), POSITIVES)
def test_meeting(text: str, who: tuple[str, ...], code: str, date: str | None) -> None:
    found = _meetings(text)
    match = [m for m in found if all(has_name(m[0], (w,)) for w in who)]
    assert len(match) == 1, found
    participants, got_code, dates = match[0]
    assert len(participants) == len(who), found
    assert got_code == code, found
    assert dates == ((date,) if date else ()), found


NEGATIVES = [
    # planned, refused, negated, hypothetical meetings (also in the new forms)
    pytest.param(
        "Biden will hold a video conference with Chinese President Xi Jinping next week.",
        id="video-conference-future",
    ),
    pytest.param(
        "Indian Prime Minister Narendra Modi held a press conference with Australian Prime Minister Anthony Albanese in New Delhi on Friday.",
        id="press-conference",
    ),
    pytest.param(
        "Putin held a teleconference with members of the Security Council on Friday.",
        id="teleconference-domestic-body",
    ),
    pytest.param(
        "Macron did not discuss Ukraine with Putin by phone.", id="discussed-by-phone-negated"
    ),
    pytest.param(
        "Scholz will discuss trade with Chinese Premier Li Qiang by phone on Monday.",
        id="discuss-by-phone-future",
    ),
    pytest.param(
        "Turkish Foreign Minister Hakan Fidan will pay an official visit to Iraq next week, meeting Prime Minister Mohammed Shia al-Sudani in Baghdad.",
        id="visit-comma-meeting-future",
    ),
    pytest.param(
        "Vietnamese Prime Minister Pham Minh Chinh will visit Australia at the invitation of Prime Minister Anthony Albanese.",
        id="visit-at-invitation-future",
    ),
    pytest.param(
        "A delegation led by Chinese Vice Premier Ding Xuexiang will visit Russia next month.",
        id="delegation-will-visit",
    ),
    pytest.param(
        "Wang Yi is expected to meet a delegation led by Brazilian Foreign Minister Mauro Vieira.",
        id="delegation-expected",
    ),
    pytest.param(
        "The Greek prime minister will host his Turkish counterpart Recep Tayyip Erdogan in Athens in December.",
        id="will-host-his-counterpart",
    ),
    pytest.param(
        "Kenyan President William Ruto received an invitation from Chinese President Xi Jinping to visit Beijing.",
        id="received-an-invitation",
    ),
    pytest.param(
        "Chinese President Xi Jinping received a letter from North Korean leader Kim Jong Un.",
        id="received-a-letter",
    ),
    pytest.param(
        "Australian Prime Minister Anthony Albanese called on Papua New Guinea Prime Minister James Marape to respect the vote.",
        id="called-on-to",
    ),
    pytest.param(
        "The United States called on China to release the detained activists.", id="called-on-state"
    ),
    pytest.param(
        "Putin is expected to meet Chinese President Xi Jinping in Beijing in May.",
        id="expected-to-meet",
    ),
    pytest.param(
        "Hungarian Prime Minister Viktor Orban refused to meet Ukrainian President Volodymyr Zelensky.",
        id="refused-to-meet",
    ),
    pytest.param(
        "Argentine President Javier Milei did not meet Brazilian President Lula during the summit.",
        id="did-not-meet",
    ),
    pytest.param(
        "The planned meeting between the leaders of Serbia and Kosovo was cancelled.",
        id="planned-cancelled",
    ),
    pytest.param("If Zelensky met Putin, the war could end, Erdogan said.", id="hypothetical"),
    pytest.param("Wang Yi said he hoped to meet Blinken soon.", id="hoped-to-meet"),
    pytest.param(
        "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud did not hold talks in Addis Ababa.",
        id="did-not-hold-talks",
    ),
    pytest.param(
        "Kishida declined to meet Chinese Premier Li Qiang at the summit.", id="declined-to-meet"
    ),
    pytest.param(
        "The proposal met with criticism from Hungarian Prime Minister Viktor Orban.",
        id="met-with-criticism",
    ),
    pytest.param(
        "Jordanian King Abdullah II granted an audience to a group of students on Monday.",
        id="audience-to-students",
    ),
    pytest.param(
        "The spokesman had a session with reporters on Monday.", id="session-with-reporters"
    ),
    pytest.param(
        "Bahrain's King Hamad bin Isa Al Khalifa will grant an audience to Indian External Affairs Minister Subrahmanyam Jaishankar on Monday.",
        id="will-grant-an-audience",
    ),
    pytest.param(
        "Pope Francis will receive in audience Argentine President Javier Milei on Monday.",
        id="will-receive-in-audience",
    ),
    pytest.param(
        "Pope Francis received in audience a group of pilgrims on Monday.",
        id="audience-for-pilgrims",
    ),
    # allegations and rumours (ANNOTATION.md §7)
    pytest.param(
        "According to unconfirmed reports, Israeli and Saudi officials met in Riyadh.",
        id="unconfirmed-reports",
    ),
    pytest.param(
        "Media reports claimed that Orban met Putin secretly in Beijing.", id="reports-claimed-that"
    ),
    pytest.param("The opposition alleged that Orban had met Putin in Beijing.", id="alleged-that"),
    pytest.param(
        "Rumours that Kim Jong Un met Putin in Vladivostok spread on Monday.", id="rumours-that"
    ),
    pytest.param(
        "Ukrainian Foreign Minister Dmytro Kuleba is scheduled to meet his Hungarian counterpart Peter Szijjarto in Uzhhorod next month.",
        id="scheduled-to-meet",
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_discussed_by_phone_with_the_one_spoken_to_after() -> None:
    """'discussed relations with Ukraine by phone with X': the call is with X, not Ukraine."""
    found = _meetings(
        "Putin discussed relations with Ukraine by phone with Belarusian President Alexander Lukashenko on Thursday."
    )
    assert found
    assert all(not has_name(m[0], ("Q212", "Ukraine")) for m in found), found


SECOND_MEETINGS = [
    # a second meeting after "and": its own participants and, when its clause has one, its date
    pytest.param(
        "Zelensky met Biden at the White House in December, and he met Trudeau in Ottawa in September.",
        {("Biden", "040", "2023-12"), ("Trudeau", "040", "2023-09")},
        id="and-he-met-own-date",
    ),
    pytest.param(
        "Zelensky met Biden at the White House in December and met Trudeau in Ottawa in September.",
        {("Biden", "040", "2023-12"), ("Trudeau", "040", "2023-09")},
        id="and-met-own-date",
    ),
    pytest.param(
        "Chinese Foreign Minister Wang Yi met Penny Wong in Canberra on Wednesday and later called on Prime Minister Anthony Albanese on Thursday.",
        {("Wong", "040", "2024-03-13"), ("Albanese", "042", "2024-03-14")},
        id="and-later-called-on",
    ),
    pytest.param(
        "Indian External Affairs Minister Subrahmanyam Jaishankar called on President Ranil Wickremesinghe on Monday and held talks with Foreign Minister Ali Sabry.",
        {("Wickremesinghe", "042", "2024-03-11"), ("Sabry", "040", "2024-03-11")},
        id="second-clause-undated-keeps-the-day",
    ),
    # "and called on X to ...": a request, no second meeting
    pytest.param(
        "Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv and called on Russia to withdraw its troops.",
        {("Kuleba", "040", None)},
        id="and-called-on-to",
    ),
    pytest.param(
        "Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv and called on Hungary and Slovakia to lift their veto.",
        {("Kuleba", "040", None)},
        id="and-called-on-pair-to",
    ),
]


@pytest.mark.parametrize(("text", "want"), SECOND_MEETINGS)
def test_second_meeting_after_and(text: str, want: set[tuple[str, str, str | None]]) -> None:
    found = _meetings(text)
    got = set()
    for participants, code, dates in found:
        assert len(participants) == 2, found
        other = next(w for w, _, _ in want if has_name(participants, (w,)))
        got.add((other, code, dates[0] if dates else None))
    assert got == want, found
