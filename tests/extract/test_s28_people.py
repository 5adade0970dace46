"""People and meetings: titles, honorifics, envoys by their host, meetings told in passing
(session 28, people).

A battery of 45 sentences written for this session before the extractor ran
(``/tmp/s28/people-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), then 20 more after the first fixes (``battery2.txt``):
wire stories, Kremlin, State Department and ministry readouts from West, East and Southern
Africa, the Gulf and Iran, South and South-East Asia, Europe, Latin America and the Pacific;
deputies and lesser ministers, foreign ministers styled otherwise, envoys named by their host,
honorifics and patronymics, second offices in relative clauses, meetings told in participle
clauses, asides and handovers. At 5210fe4 (main) the 65 sentences gave 5 wrong facts of this
family and 34 misses; after: 0 wrong facts and 16 misses. Probes written while fixing found
three more wrong forms (1, 6 and 7 below), all fixed. Fixed (paraphrases below, positives and
negatives):

Wrong facts:

1. "French President Emmanuel Macron on Sunday asked the country's interim president, Captain
   Ibrahim Traore, to ..." gave Traore a Tenure as head of state of France: "the country's"
   took the one state named before it, the speaker's own. A state that opens another person's
   title in the sentence is no longer "the country" (``People._the_country``): the article's
   other state if it named one, else no Tenure.
2. "met European ambassadors" gave the EU as a participant; a "European" before plural envoys
   ("ambassadors", "diplomats", "envoys", "heads of mission") is no mention of the EU
   (``mentions._european_envoys``; "EU ambassadors", "European Union ambassadors" stay).
3. "Kishida traveled to Ukraine ... after holding talks with Indian Prime Minister Narendra Modi
   in New Delhi on Monday" dated the trip to Ukraine by the talks' Monday and missed the talks:
   the participle clause ("after/following (holding) talks with X") is now a meeting of the
   sentence's subject with X, dated and placed by its own clause only; the main clause's
   meetings keep the main clause's date (``events._talks_before``).
4. "Anwar, who made his first official visit abroad ... to Indonesia in January, arrived in
   Singapore on Tuesday" gave a visit of Indonesia to Singapore: a state inside a relative clause
   still open is no visitor (``events._IN_RELATIVE``).
5. "Li Hui, who met Kuleba in Kyiv last week, arrived in Warsaw on Monday" placed the visit to
   Poland in Kyiv, dated last week; a visit after an aside meeting takes its place and day from
   the clause after the aside (``events._MET_ASIDE``).
6. (probes) "Li Xi, special envoy of President Xi Jinping, (who) met Díaz-Canel" gave a meeting
   of Xi: the person before "of" is the one who met (``events._envoy_of``).
7. (probes) "Russia's deputy UN Ambassador Dmitry Polyanskiy" gave the UN as the jurisdiction of
   an ambassador: "deputy" between the state and the UN hid the state; now Russia's envoy,
   accredited to the UN (also "Russia's (deputy) U.N. envoy, NAME", in lower case).
8. Botswana's "Minister of International Affairs and Cooperation" was a generic Minister; it is
   the foreign minister (with the KB's post), as South Africa's and Namibia's "International
   Relations and Cooperation".

Misses:

9. Honorifics and patronymics: "Sayyid", "Sayed", "Ayatollah", "Captain" (not San Marino's
   "Captain Regent") are styles before a name; "Oman's Foreign Minister Sayyid Badr Albusaidi",
   "Badr bin Hamad Albusaidi", "Badr Al-Busaidi" are the KB's "Badr bin Hamad bin Hamood Al
   Busaidi" among the office's holders on the date (``people._patronymics_aside``, in session
   27's ``_incumbent_written_otherwise``).
10. Titles: "Minister of the Presidency", "Presidency Minister" (Bolivia, Spain); "High
    Commissioner" (a Commonwealth state's envoy; not the UN's "High Commissioner for
    Refugees"); Iran's "Supreme Leader of the Islamic Revolution" (head of state of Iran);
    "the ambassador of the Federal Republic of Germany, NAME," in lower case; "asked Paris to
    replace its ambassador, Luc Hallade" (France's ambassador, accredited to the state that
    asked); "the Chinese ambassador, Zhou Pingjian, in Nairobi" (accredited to Kenya); a second
    office in a relative clause ("Foreign Minister Demeke Mekonnen, who also serves as deputy
    prime minister,": a second Tenure of the same state).
11. Meetings: documents handed over in person ("handed over the application to the Minister of
    Foreign Affairs of Italy, Luigi Di Maio": 040; an instrument of accession deposited with the
    depositary stays none, as a spent set's writer has it), a letter handed over after an
    apposition's comma, "co-chaired the 13th Annual Consultation".
12. A visit told after "since" ("the first by an Omani Sultan to Iran since the late Sultan
    Qaboos visited Tehran in 2009") is an earlier visit dated by its own clause (2009,
    historical); it was undated (a year after "since" is read as a start).
13. A visit "paid" or "made" told in an aside ("Anwar Ibrahim, who made his first official visit
    abroad as prime minister to Indonesia in January, arrived in Singapore", "Kishida, who paid a
    state visit to India in March, met Modi"), dated by the aside (not "who will pay a visit",
    "who has made several visits"); a participle's talks after an aside naming another person
    ("Kim Jong Un, accompanied by Foreign Minister Choe Son Hui, left ... after talks with
    Putin").

Left (misses, with one example each): "The Palestinian ambassador, Mahmoud Elalwani, in La Paz"
("Palestinian" is no demonym of a state in the KB's names, and La Paz is no capital there);
"Foreign Minister Qin Gang attended the talks" (the KB has Qin Gang only as ambassador);
"Deputy Prime Minister and Foreign Minister Micheál Martin" without a state (the KB has him only
as Taoiseach); "Blinken is the first Secretary of State to visit Fiji since George Shultz traveled
to Suva in 1985" (an untitled person the KB lacks, as "Anwar, who made his first visit ..." with
the name alone); "Chad's foreign minister met the ambassador of Germany, NAME" (no host
inferred from an unnamed minister); "Lula, who visited Beijing last week, met Sánchez" (Lula
untitled, the KB lacks him).

Hit rate at 5210fe4 (before): positives 5/48, negatives 28/28; after: 48/48 and 28/28. One row
of test_s20_meet.py now expects the KB's name of Oman's foreign minister (9). Rule dump: one
article changed, an improvement ("Oman's Foreign Minister Sayyid Badr Albusaidi" is the KB's
holder in his Tenure and meeting). Spent sets: none fell in F1 or links P; blind37 0.704 -> 0.722
and blind38 0.676 -> 0.693 (the two whose misses the lead described; documents handed over were
first read as meetings too, which cost blind3 a false positive: "handed over the instrument of
accession to" the treaty's depositary, so they are no longer).
"""

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, has_name, keys

DAY = dt.date(2023, 5, 10)  # a Wednesday


def _tenures_of(text: str, who: str, date: dt.date = DAY) -> list[tuple[set[str], str, set[str]]]:
    """(jurisdictions, role, accreditedTo) of each Tenure of a holder ``who`` names (a QID or a
    part of the name as written)."""
    return [
        (keys(f.get("jurisdiction")), str(f.get("role")[0]), keys(f.get("accreditedTo")))
        for f in facts(text, date)
        if f.cls.value == "Tenure" and has_name(f.get("holder"), (who,))
    ]


def _meetings(text: str, date: dt.date = DAY) -> list[tuple[set[str], str, str, set[str]]]:
    """(participants, CAMEO code, date, place) of each Meeting the text gives."""
    return [
        (
            keys(f.get("participant")),
            str(f.get("cameoCode")[0]),
            ",".join(str(v) for v in f.get("date")),
            keys(f.get("place")),
        )
        for f in facts(text, date)
        if f.cls.value == "Meeting"
    ]


# 1. "the country's" title after another state's titled person ------------------------------

COUNTRYS = [
    pytest.param(
        "French President Emmanuel Macron on Sunday asked the country's interim president, "
        "Captain Ibrahim Traore, to release the hostages.",
        "Traore",
        None,
        id="speakers-state-only",
    ),
    pytest.param(
        "Burkina Faso expelled French troops last month. French President Emmanuel Macron on "
        "Sunday asked the country's interim president, Captain Ibrahim Traore, to release the "
        "hostages.",
        "Traore",
        "Q965",
        id="the-other-state-of-the-article",
    ),
    pytest.param(
        "Talks stalled in Niamey. Nigerian President Bola Tinubu urged the country's military "
        "ruler, Abdourahamane Tchiani, to hand power back.",
        "Tchiani",
        None,
        id="a-capital-only",
    ),
    pytest.param(
        "Kazakhstan hosted the talks. The country's foreign minister, Murat Nurtleu, said so.",
        "Q66648657",
        "Q232",
        id="plain-the-country",
    ),
]


@pytest.mark.parametrize(("text", "who", "state"), COUNTRYS)
def test_the_countrys_title_is_not_the_speakers(text: str, who: str, state: str | None) -> None:
    got = _tenures_of(text, who)
    assert not any(j & {"Q142", "Q1033"} for j, _, _ in got), got
    if state is None:
        assert not any(j for j, _, _ in got), got
    else:
        assert any(state in j for j, _, _ in got), got


# 2. honorifics and patronymics: the KB's holder of the office the title names ---------------

BADR = "Q98456849"  # the KB's "Badr bin Hamad bin Hamood Al Busaidi"

STYLED = [
    pytest.param(
        "Oman's Foreign Minister Sayyid Badr Albusaidi met Blinken in Muscat.", BADR, id="sayyid"
    ),
    pytest.param(
        "Omani Foreign Minister Badr bin Hamad Albusaidi met Blinken.", BADR, id="one-patronymic"
    ),
    pytest.param(
        "Omani Foreign Minister Sayyid Badr bin Hamad Al Busaidi met Wang Yi in Muscat.",
        BADR,
        id="article-apart",
    ),
    pytest.param(
        "The Supreme Leader of Iran, Ayatollah Sayyid Ali Khamenei, received Sultan Haitham bin "
        "Tarik in Tehran.",
        "Q57336",
        id="ayatollah-sayyid",
    ),
]


@pytest.mark.parametrize(("text", "qid"), STYLED)
def test_styled_names_link_to_the_office_holder(text: str, qid: str) -> None:
    assert any(qid in p for p, _, _, _ in _meetings(text)), _meetings(text)


NOT_STYLED = [
    # another given name: no holder of the office fits
    pytest.param("Omani Foreign Minister Badr Hamad met Blinken.", BADR, id="no-patronymic-word"),
    pytest.param(
        "Omani Foreign Minister Saif bin Hamad Albusaidi met Blinken.", BADR, id="other-given-name"
    ),
    # San Marino's "Captain Regent" is a title, not a rank before a name
    pytest.param(
        "President of Seychelles Wavel Ramkalawan met Captain Regent of San Marino Paolo "
        "Rondelli in Victoria.",
        None,
        id="captain-regent",
    ),
]


@pytest.mark.parametrize(("text", "qid"), NOT_STYLED)
def test_styled_names_negatives(text: str, qid: str | None) -> None:
    if qid is not None:
        assert not any(qid in p for p, _, _, _ in _meetings(text)), _meetings(text)
    else:
        assert (
            "Q238" in j and role == "HeadOfState" for j, role, _ in _tenures_of(text, "Q7132238")
        )
        assert any("Q7132238" in p for p, _, _, _ in _meetings(text)), _meetings(text)


# 3. "European ambassadors" are no EU ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ali Sabry met European ambassadors in Colombo last month.",
        "Foreign Minister Ali Sabry briefed European diplomats in Colombo on Monday.",
        "Ali Sabry met a group of European envoys on Monday.",
    ],
)
def test_european_envoys_are_no_eu(text: str) -> None:
    assert not any("Q458" in p for p, _, _, _ in _meetings(text)), _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ali Sabry met European Union ambassadors in Colombo last month.",
        "Foreign Minister Ali Sabry met EU ambassadors in Colombo last month.",
        "Ali Sabry met European Commission President Ursula von der Leyen on Monday.",
    ],
)
def test_eu_envoys_still_the_eu(text: str) -> None:
    got = _meetings(text)
    assert got, got


# 4. foreign ministers styled otherwise; high commissioners -----------------------------------

FOREIGN = [
    pytest.param(
        "Botswana's Minister of International Affairs and Cooperation, Lemogang Kwape, met the "
        "Indian High Commissioner in Gaborone.",
        "Q110210167",
        "Q963",
        id="botswana",
    ),
    pytest.param(
        "Namibia's Minister of International Relations and Cooperation, Netumbo "
        "Nandi-Ndaitwah, met Wang Yi.",
        "Q527020",
        "Q1030",
        id="namibia",
    ),
]


@pytest.mark.parametrize(("text", "who", "state"), FOREIGN)
def test_foreign_ministers_styled_otherwise(text: str, who: str, state: str) -> None:
    assert (
        {state},
        "ForeignMinister",
        set(),
    ) in _tenures_of(text, who), _tenures_of(text, who)


def test_a_home_minister_stays_a_minister() -> None:
    got = _tenures_of(
        "Botswana's Minister of Home Affairs, Annah Mokgethi, met the Indian ambassador.",
        "Mokgethi",
    )
    assert got and all(role == "Minister" for _, role, _ in got), got


HIGH_COMMISSIONERS = [
    pytest.param(
        "Kenya's High Commissioner to the United Kingdom, Manoah Esipisu, presented his "
        "credentials to King Charles III.",
        "Esipisu",
        "Q114",
        "Q145",
        id="to-a-state",
    ),
    pytest.param(
        "The British High Commissioner to Nigeria, Richard Montgomery, met Foreign Minister "
        "Geoffrey Onyeama in Abuja.",
        "Montgomery",
        "Q145",
        "Q1033",
        id="demonym-to-a-state",
    ),
    pytest.param(
        "Australian High Commissioner Phillip Green met Indian Foreign Minister Subrahmanyam "
        "Jaishankar in New Delhi.",
        "Green",
        "Q408",
        "Q668",
        id="met-by-the-host",
    ),
]


@pytest.mark.parametrize(("text", "who", "state", "host"), HIGH_COMMISSIONERS)
def test_high_commissioners_are_ambassadors(text: str, who: str, state: str, host: str) -> None:
    assert ({state}, "Ambassador", {host}) in _tenures_of(text, who), _tenures_of(text, who)


def test_un_high_commissioner_is_no_envoy() -> None:
    got = _tenures_of("UN High Commissioner for Refugees Filippo Grandi met Ruto.", "Grandi")
    assert not any(role == "Ambassador" for _, role, _ in got), got


# 5. a participle clause's talks, dated and placed by their own clause ------------------------

PARTICIPLE = [
    pytest.param(
        "Kishida traveled to Ukraine by train from Poland after holding talks with Indian Prime "
        "Minister Narendra Modi in New Delhi on Monday.",
        {"Q359480", "Q1058"},
        "2023-05-08",
        id="after-holding-talks",
    ),
    pytest.param(
        "Blinken flew to Beijing on Sunday after holding talks with Japanese Foreign Minister "
        "Yoshimasa Hayashi in Tokyo.",
        {"Q7821917", "Q1141271"},
        "",
        id="undated-talks",
    ),
    pytest.param(
        "Lavrov left for Ankara on Tuesday following talks with Wang Yi.",
        {"Q58217", "Q701801"},
        "",
        id="following-talks",
    ),
]


@pytest.mark.parametrize(("text", "people", "date"), PARTICIPLE)
def test_talks_in_a_participle_clause(text: str, people: set[str], date: str) -> None:
    got = _meetings(text)
    assert any(p == people and d == date for p, _, d, _ in got), got


def test_the_trip_does_not_take_the_talks_day() -> None:
    got = _meetings(
        "Kishida traveled to Ukraine by train from Poland after holding talks with Indian Prime "
        "Minister Narendra Modi in New Delhi on Monday."
    )
    assert not any("Q212" in p and d for p, _, d, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Scholz will travel to Paris after holding talks with Sunak in London on Monday.",
        "Lavrov said the war would end after talks with Zelensky.",
        "Kishida did not travel to Kyiv after talks with Modi.",
    ],
)
def test_participle_talks_negatives(text: str) -> None:
    assert not _meetings(text), _meetings(text)


# 6. a state inside a relative clause is no visitor; an envoy's principal is no participant ----


def test_relative_clause_state_is_no_visitor() -> None:
    got = _meetings(
        "Anwar, who made his first official visit abroad as prime minister to Indonesia in "
        "January, arrived in Singapore on Tuesday."
    )
    assert not any({"Q252", "Q334"} <= p for p, _, _, _ in got), got


def test_a_visit_after_a_relative_clause_of_a_person() -> None:
    got = _meetings("Macron, who flew in from Paris, arrived in Beijing on Tuesday.")
    assert any({"Q3052772", "Q148"} <= p for p, _, _, _ in got), got


ENVOY_OF = [
    pytest.param(
        "China was represented by Li Xi, special envoy of President Xi Jinping, who met Cuban "
        "President Miguel Díaz-Canel on Friday.",
        id="who-met",
    ),
    pytest.param(
        "Li Xi, special envoy of President Xi Jinping, met Cuban President Miguel Díaz-Canel on "
        "Friday.",
        id="met",
    ),
    pytest.param(
        "Wang Yi, special envoy of Chinese President Xi Jinping, met Cuban President Miguel "
        "Díaz-Canel on Friday.",
        id="linked-envoy",
    ),
]


@pytest.mark.parametrize("text", ENVOY_OF)
def test_the_envoy_met_not_his_principal(text: str) -> None:
    got = _meetings(text)
    assert got and not any("Q15031" in p for p, _, _, _ in got), got
    assert all("Q1932603" in p for p, _, _, _ in got), got


def test_the_principal_who_met_himself() -> None:
    got = _meetings("Cuban President Miguel Díaz-Canel met Chinese President Xi Jinping on Friday.")
    assert any({"Q1932603", "Q15031"} == p for p, _, _, _ in got), got


# 7. envoys to the UN, in a capital, of the presidency ----------------------------------------

ENVOYS = [
    pytest.param(
        "Russia's UN envoy Vassily Nebenzia said so.", "Q1000053", "Q159", "Q1065", id="un-envoy"
    ),
    pytest.param(
        "Russia's U.N. envoy, Vassily Nebenzia, told the Security Council that Kyiv was to blame.",
        "Q1000053",
        "Q159",
        "Q1065",
        id="un-envoy-apposed",
    ),
    pytest.param(
        "Russia's deputy U.N. envoy, Dmitry Polyanskiy, told the Security Council that Kyiv was "
        "to blame.",
        "Polyanskiy",
        "Q159",
        "Q1065",
        id="deputy-un-envoy",
    ),
    pytest.param(
        "Russia's deputy UN Ambassador Dmitry Polyanskiy said so.",
        "Polyanskiy",
        "Q159",
        "Q1065",
        id="deputy-un-ambassador-was-the-uns",
    ),
    pytest.param(
        "The Chinese ambassador, Zhou Pingjian, in Nairobi welcomed the decision.",
        "Zhou Pingjian",
        "Q148",
        "Q114",
        id="apposed-then-capital",
    ),
]


@pytest.mark.parametrize(("text", "who", "state", "host"), ENVOYS)
def test_envoys_by_their_host(text: str, who: str, state: str, host: str) -> None:
    assert ({state}, "Ambassador", {host}) in _tenures_of(text, who), _tenures_of(text, who)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Chinese ambassador, Zhou Pingjian, said in Nairobi that China welcomed it.", "Zhou"),
        ("The Chinese ambassador, Zhou Pingjian, in Beijing said so.", "Zhou"),
        ("Ukraine's UN envoy said Russia lied.", "Ukraine"),
    ],
)
def test_envoys_by_their_host_negatives(text: str, who: str) -> None:
    assert not any(acc for _, _, acc in _tenures_of(text, who)), _tenures_of(text, who)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia's Presidency Minister María Nela Prada said the government would act.",
        "Bolivian Minister of the Presidency María Nela Prada said so.",
    ],
)
def test_minister_of_the_presidency(text: str) -> None:
    assert ({"Q750"}, "Minister", set()) in _tenures_of(text, "Prada"), _tenures_of(text, "Prada")


# 8. Iran's Supreme Leader styled in full; a second office told in a relative clause ----------


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Leader of the Islamic Revolution, Ayatollah Ali Khamenei, received Sultan "
        "Haitham bin Tarik.",
        "Sultan Haitham bin Tarik met the Supreme Leader of the Islamic Revolution Ayatollah "
        "Sayyid Ali Khamenei in Tehran on Sunday.",
    ],
)
def test_supreme_leader_of_the_islamic_revolution(text: str) -> None:
    assert ({"Q794"}, "HeadOfState", set()) in _tenures_of(text, "Q57336")


SECOND_OFFICE = [
    pytest.param(
        "Ethiopian Foreign Minister Demeke Mekonnen, who also serves as deputy prime minister, "
        "met Kenyan President William Ruto.",
        "Q16728486",
        "Q115",
        "DeputyHeadOfGovernment",
        id="serves-as",
    ),
    pytest.param(
        "Ethiopian Foreign Minister Demeke Mekonnen, who is also deputy prime minister, met Ruto.",
        "Q16728486",
        "Q115",
        "DeputyHeadOfGovernment",
        id="is-also",
    ),
    pytest.param(
        "Malaysian Prime Minister Anwar Ibrahim, who is also finance minister, met Lee Hsien "
        "Loong.",
        "Anwar",
        "Q833",
        "Minister",
        id="unlinked-holder",
    ),
]


@pytest.mark.parametrize(("text", "who", "state", "role"), SECOND_OFFICE)
def test_a_second_office_in_a_relative_clause(text: str, who: str, state: str, role: str) -> None:
    got = _tenures_of(text, who)
    assert ({state}, role, set()) in got, got
    assert len(got) == 2, got


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian Foreign Minister Demeke Mekonnen, who served as deputy prime minister until "
        "2022, met Ruto.",
        "Ethiopian Foreign Minister Demeke Mekonnen, who is a former prime minister, met Ruto.",
        "Former Foreign Minister Kamal Kharazi, who also serves as head of the Strategic Council, "
        "met Ruto.",
    ],
)
def test_a_second_office_negatives(text: str) -> None:
    got = [t for f in ("Q16728486", "Kharazi") for t in _tenures_of(text, f)]
    assert len(got) <= 1, got


# 9. documents handed over in person; a consultation; envoys by "its" and "of the X, NAME" -----


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "Foreign Minister Ararat Mirzoyan arrived in Rome on Monday. The minister handed over "
            "the application to the Minister of Foreign Affairs of Italy, Luigi Di Maio.",
            {"Q31196321", "Luigi Di Maio"},
            id="application-handed-over",
        ),
        pytest.param(
            "Modi and Kishida spoke to reporters after the two leaders co-chaired the 13th Annual "
            "Consultation.",
            {"Q1058", "Q359480"},
            id="annual-consultation",
        ),
    ],
)
def test_meetings_told_by_a_handover_or_a_consultation(text: str, people: set[str]) -> None:
    got = _meetings(text)
    assert any(people <= p for p, _, _, _ in got), got


def test_a_handover_planned_is_no_meeting() -> None:
    got = _meetings("Mirzoyan will hand over the application to Italian Foreign Minister Tajani.")
    assert not got, got


ITS_ENVOY = [
    pytest.param(
        "Burkina Faso's junta asked Paris to replace its ambassador, Luc Hallade, in January.",
        "Hallade",
        ({"Q142"}, "Ambassador", {"Q965"}),
        id="asked-capital",
    ),
    pytest.param(
        "Mali's government told Paris on Monday that its ambassador, Joël Meyer, had 72 hours to "
        "leave.",
        "Meyer",
        ({"Q142"}, "Ambassador", {"Q912"}),
        id="told-capital",
    ),
    pytest.param(
        "France said on Monday that its ambassador, Sylvain Itté, would stay.",
        "Itt",
        ({"Q142"}, "Ambassador", set()),
        id="its-own-no-host",
    ),
    pytest.param(
        "Chad's foreign minister met the ambassador of the Federal Republic of Germany, "
        "Jan-Christian Gordon Kricke, on Monday.",
        "Kricke",
        ({"Q183"}, "Ambassador", set()),
        id="ambassador-of-the-state-name",
    ),
]


@pytest.mark.parametrize(("text", "who", "tenure"), ITS_ENVOY)
def test_envoys_told_by_its_or_of(
    text: str, who: str, tenure: tuple[set[str], str, set[str]]
) -> None:
    assert tenure in _tenures_of(text, who), _tenures_of(text, who)


def test_its_ambassador_of_a_body_is_no_state_envoy() -> None:
    got = _tenures_of("The ministry asked Paris to replace its ambassador, Luc Hallade.", "Hallade")
    assert all(not acc for _, _, acc in got), got


# 10. a visit after an aside meeting; the participle's place is its own clause's -------------


def test_a_visit_after_an_aside_meeting_keeps_its_own_place_and_day() -> None:
    got = _meetings(
        "Chinese special envoy Li Hui, who met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv "
        "last week, arrived in Warsaw on Monday.",
        dt.date(2023, 5, 23),
    )
    visit = [(d, pl) for p, code, d, pl in got if code == "042" and "Q36" in p]
    assert visit == [("2023-05-22", {"Q270"})], got


def test_an_aside_meeting_before_a_statement_keeps_its_day() -> None:
    got = _meetings(
        "Macron, who met Putin in Moscow on Monday, said the war must end.", dt.date(2023, 5, 23)
    )
    assert got == [({"Q3052772", "Q7747"}, "040", "2023-05-22", {"Q649"})], got


def test_participle_talks_are_not_placed_at_the_arrival() -> None:
    got = _meetings("Lavrov arrived in Ankara on Tuesday after talks with Wang Yi.")
    talks = [pl for p, _, _, pl in got if p == {"Q58217", "Q701801"}]
    assert talks == [set()], got


def test_participle_talks_after_a_meeting() -> None:
    got = _meetings(
        "Blinken met Xi Jinping in Beijing on Monday after holding talks with Foreign Minister "
        "Wang Yi on Sunday.",
        dt.date(2023, 6, 19),
    )
    # (where is the clause's to tell: none)
    assert ({"Q7821917", "Q701801"}, "040", "2023-06-18", set()) in got, got
    assert ({"Q7821917", "Q15031"}, "040", "2023-06-19", {"Q956"}) in got, got


def test_a_letter_handed_over_after_an_apposition() -> None:
    got = _meetings(
        "Dr. Abdul Momen, Bangladesh's Foreign Minister, handed over a letter from Prime Minister "
        "Sheikh Hasina to President Joe Biden."
    )
    assert any({"Q26923392", "Q6279"} == p and code == "042" for p, code, _, _ in got), got


# 11. an earlier visit told after "since", dated by its own clause ----------------------------


def test_a_visit_since_is_dated_by_its_clause() -> None:
    got = _meetings(
        "The visit is the first by an Omani Sultan to Iran since the late Sultan Qaboos visited "
        "Tehran in 2009.",
        dt.date(2023, 5, 29),
    )
    assert [(code, d, pl) for _, code, d, pl in got] == [("042", "2009", {"Q3616"})], got


def test_the_main_visit_keeps_its_day_beside_a_since() -> None:
    got = _meetings(
        "Raisi visited Muscat on Monday, the first such visit since Rouhani visited Oman in 2014.",
        dt.date(2023, 5, 29),
    )
    assert ({"Q5947347", "Q842"}, "042", "2023-05-29", {"Q3826"}) in got, got
    assert not any(d == "2014" and "Q5947347" in p for p, _, d, _ in got), got


def test_its_envoy_without_an_apposition_stays_a_recall() -> None:
    found = facts("Estonia recalled its envoy Margus Laidre from Moscow in June.", DAY)
    assert any(f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "161" for f in found), found


# 12. a visit paid or made told in an aside; a participle's talks after an aside --------------


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        pytest.param(
            "Malaysian Prime Minister Anwar Ibrahim, who made his first official visit abroad as "
            "prime minister to Indonesia in January, arrived in Singapore on Tuesday.",
            ("Q252", "2023-01"),
            id="made-first-visit-abroad",
        ),
        pytest.param(
            "Kishida, who paid a state visit to India in March, met Modi again in Hiroshima on "
            "Saturday.",
            ("Q668", "2023-03"),
            id="paid-a-state-visit",
        ),
    ],
)
def test_a_visit_paid_in_an_aside(text: str, visit: tuple[str, str]) -> None:
    got = _meetings(text, dt.date(2023, 5, 23))
    assert any(visit[0] in p and code == "042" and d == visit[1] for p, code, d, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Orban, who will pay a visit to Beijing next week, met Putin.",
        "Kishida, who has made several visits to India, met Modi.",
    ],
)
def test_a_visit_in_an_aside_negatives(text: str) -> None:
    got = _meetings(text, dt.date(2023, 5, 23))
    assert all(code != "042" for _, code, _, _ in got), got


def test_participle_talks_after_an_aside_with_a_name() -> None:
    got = _meetings(
        "Kim Jong Un, accompanied by Foreign Minister Choe Son Hui, left for Vladivostok after "
        "talks with Putin."
    )
    assert any(p == {"Q56226", "Q7747"} for p, _, _, _ in got), got
