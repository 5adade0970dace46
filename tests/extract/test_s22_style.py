"""People named by a style or a bare title resolve to the one person the article named in full
(session 22).

Misses of this family pooled over the 29 spent gold sets (gold, blind … blind31 less 19 and 29),
grouped by structure:

- A monarch's or heir's style without a name ("His Majesty affirmed ...", "HM the King", "HRH
  the Crown Prince and Prime Minister", "His Highness", "the Crown Prince" after "Prince X ...,
  Crown Prince, ..."): blind24, blind26, blind27 (blind25's "His Highness the Amir" resolves
  already), 8 misses. Chosen.
- A Gulf or royal style before one given name ("Sheikh Mohamed", "Crown Prince Mohammed"):
  blind25, blind28, 3 misses, and 2 wrong QIDs ("Sheikh Mohamed" linked Djibouti's prime minister
  Abdoulkader Kamil Mohamed, "Prince Mohammed" Eritrea's foreign minister). Chosen (a precision
  fix too).
- An office title the title patterns do not know before a surname ("State Councilor Wang"):
  blind28 only, 2 misses. Not chosen: one set.
- "his host" for the other side of a meeting: blind26 only, 1 miss. Not chosen: one set.
- A state's body by a noun ("the junta", "the regime", "the Kingdom", "the Government", "the
  council"): blind5, blind20, blind21, blind23, blind24, blind25, blind30, 10 misses. Not chosen:
  "the regime" and "the Federal Council" resolve already (mentions._REGIME, the seats); the misses
  left are rule gaps (a possessive object, "remains ready to offer its good offices") or a junta
  the article never gave a state ("Mali's military-led government ... the junta").
- "The leaders", "He", "the two sides" as the subject of a shared act: blind2, blind3, blind4,
  blind18, blind21, 7 misses. Not chosen: the group resolves; the misses are the acts' rules
  (shared views, a next meeting agreed).

Convention mismatches seen (reported, not coded): a prime minister's first-person release thanks
"the Government and people of X" with the prime minister as actor in one set (blind30) but the
state in others; "Sheikh Mohamed said the UAE would ..." gives the state when the article never
named him, which is the abstention asked for.

Hit rate of these rows before the change: 5 of 29 (five negative rows; three negative rows linked
a namesake: Djibouti's prime minister for "Sheikh Mohamed", Eritrea's foreign minister for "Prince
Mohammed"); after: 29 of 29.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 6, 1)
ABDULLAH, TAMIM, MBS, MBZ, SALMAN_BH, HAMAD = (
    "Q57464",
    "Q1855372",
    "Q6892571",
    "Q1951896",
    "Q58140",
    "Q57352",
)
HAITHAM, NAWAF, MBR, KADHIMI, ERDOGAN, MACRON, MODI, BENNETT, XI = (
    "Q12250314",
    "Q641805",
    "Q57655",
    "Q85317569",
    "Q39259",
    "Q3052772",
    "Q1058",
    "Q39318",
    "Q15031",
)
SISI, PRAYUT, SCHOLZ = "Q307871", "Q2108126", "Q61053"
JORDAN, QATAR, SAUDI, UAE, BAHRAIN, OMAN, EGYPT, INDIA, ISRAEL, IRAQ = (
    "Q810",
    "Q846",
    "Q851",
    "Q878",
    "Q398",
    "Q842",
    "Q79",
    "Q668",
    "Q801",
    "Q796",
)
#: namesakes a guess by surname or first name found before: Djibouti's and Eritrea's officials
NAMESAKES = {"Q10522744", "Q58163"}


def _events(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]


STYLES = [
    # a monarch's style alone, of the one king the article named
    (
        "King Abdullah II received Iraqi Prime Minister Mustafa al-Kadhimi in Amman on Monday. "
        "His Majesty invited al-Kadhimi to visit Aqaba.",
        "AGREE",
        ({ABDULLAH}, {KADHIMI}),
    ),
    (
        "His Majesty King Abdullah II received a phone call from Egyptian President Abdel Fattah "
        "el-Sisi on Monday. During the call, His Majesty affirmed Jordan's support for Egypt's "
        "efforts to secure its water rights.",
        "SUPPORT",
        ({ABDULLAH}, {EGYPT}),
    ),
    (
        "King Abdullah II received Iraqi Prime Minister Mustafa al-Kadhimi in Amman on Monday. "
        "Al-Kadhimi thanked His Majesty for the warm welcome.",
        "SUPPORT",
        ({KADHIMI}, {ABDULLAH}),
    ),
    (
        "King Abdullah II received Iraqi Prime Minister Mustafa al-Kadhimi in Amman on Monday. "
        "Al-Kadhimi thanked HM the King for the generous hospitality.",
        "SUPPORT",
        ({KADHIMI}, {ABDULLAH}),
    ),
    (
        "His Majesty King Hamad bin Isa Al Khalifa received Israeli Prime Minister Naftali "
        "Bennett in Manama on Monday. Bennett thanked HM the King for the warm welcome.",
        "SUPPORT",
        ({BENNETT}, {HAMAD}),
    ),
    (
        "Sultan Haitham bin Tarik received Egyptian President Abdel Fattah el-Sisi in Muscat on "
        "Monday. His Majesty invited el-Sisi to attend the opening of the new port.",
        "AGREE",
        ({HAITHAM}, {SISI}),
    ),
    (
        "Sultan Haitham bin Tarik received Egyptian President Abdel Fattah el-Sisi in Muscat on "
        "Monday. El-Sisi thanked His Majesty for the warm reception.",
        "SUPPORT",
        ({SISI}, {HAITHAM}),
    ),
    # an emir's style alone
    (
        "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received President Recep Tayyip "
        "Erdogan in Doha on Monday. His Highness affirmed Qatar's keenness to strengthen "
        "cooperation with Turkey.",
        "AGREE",
        ({TAMIM}, {"Q43"}),
    ),
    (
        "The Amir of Kuwait Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah received Egyptian President "
        "Abdel Fattah el-Sisi on Monday. His Highness invited el-Sisi to visit Kuwait again.",
        "AGREE",
        ({NAWAF}, {SISI}),
    ),
    # the heir's abbreviated style before a title
    (
        "His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime "
        "Minister, received Israeli Prime Minister Naftali Bennett in Manama on Monday. HRH the "
        "Crown Prince and Prime Minister affirmed Bahrain's keenness to develop cooperation with "
        "Israel.",
        "AGREE",
        ({SALMAN_BH}, {ISRAEL}),
    ),
    (
        "His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime "
        "Minister, received Israeli Prime Minister Naftali Bennett in Manama on Monday. Bennett "
        "extended an invitation to HRH the Crown Prince and Prime Minister to visit Israel.",
        "AGREE",
        ({BENNETT}, {SALMAN_BH}),
    ),
    # the heir's title apposed to a name with a dynasty the name left out
    (
        "Prime Minister Prayut Chan-o-cha held talks in Riyadh with His Royal Highness Prince "
        "Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime Minister and "
        "Minister of Defence of the Kingdom of Saudi Arabia. The Prime Minister thanked the "
        "Crown Prince for the warm welcome.",
        "SUPPORT",
        ({PRAYUT}, {MBS}),
    ),
    (
        "Prime Minister Prayut Chan-o-cha held talks in Riyadh with His Royal Highness Prince "
        "Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime Minister and "
        "Minister of Defence of the Kingdom of Saudi Arabia. The Prime Minister invited the "
        "Crown Prince to visit Thailand.",
        "AGREE",
        ({PRAYUT}, {MBS}),
    ),
    # a Gulf or royal style before one given name
    (
        "Chinese President Xi Jinping met Saudi Crown Prince and Prime Minister Mohammed bin "
        "Salman in Riyadh on Monday. Xi invited Crown Prince Mohammed to visit China.",
        "AGREE",
        ({XI}, {MBS}),
    ),
    (
        "French President Emmanuel Macron met Saudi Crown Prince Mohammed bin Salman in Jeddah "
        "on Monday. Macron invited Prince Mohammed to visit Paris.",
        "AGREE",
        ({MACRON}, {MBS}),
    ),
    (
        "French President Emmanuel Macron met Saudi Crown Prince Mohammed bin Salman in Jeddah "
        "on Monday. Macron thanked Crown Prince Mohammed for the warm welcome.",
        "SUPPORT",
        ({MACRON}, {MBS}),
    ),
    (
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan received Indian Prime Minister Narendra "
        "Modi in Abu Dhabi on Monday. Sheikh Mohamed affirmed the UAE's keenness to strengthen "
        "cooperation with India.",
        "AGREE",
        ({MBZ}, {INDIA}),
    ),
    (
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan received Indian Prime Minister Narendra "
        "Modi in Abu Dhabi on Monday. Modi congratulated Sheikh Mohammed on his election.",
        "SUPPORT",
        ({MODI}, {MBZ}),
    ),
    (
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan received Indian Prime Minister Narendra "
        "Modi in Abu Dhabi on Monday. Modi invited Sheikh Mohamed to visit New Delhi.",
        "AGREE",
        ({MODI}, {MBZ}),
    ),
    (
        "Qatar's Amir Sheikh Tamim bin Hamad Al-Thani received German Chancellor Olaf Scholz in "
        "Doha on Monday. Scholz thanked Sheikh Tamim for the hospitality.",
        "SUPPORT",
        ({SCHOLZ}, {TAMIM}),
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), STYLES)
def test_a_style_is_the_person_the_article_named(
    text: str, kind: str, want: tuple[set[str], set[str]]
) -> None:
    assert want in _events(text, kind)


NEGATIVES = [
    # two kings named: "His Majesty" is either
    (
        "King Abdullah II and King Hamad bin Isa Al Khalifa met in Aqaba on Monday. His Majesty "
        "invited Iraqi Prime Minister Mustafa al-Kadhimi to visit Amman.",
        {ABDULLAH, HAMAD},
    ),
    # no monarch named: nobody
    (
        "Iraqi Prime Minister Mustafa al-Kadhimi arrived in Amman on Monday. His Majesty thanked "
        "al-Kadhimi for his efforts to secure the border.",
        {ABDULLAH},
    ),
    # a king named, "His Highness" addresses an emir: nobody
    (
        "King Abdullah II received Iraqi Prime Minister Mustafa al-Kadhimi in Amman on Monday. "
        "His Highness thanked al-Kadhimi for the visit.",
        {ABDULLAH},
    ),
    # two Mohammeds named: "Sheikh Mohammed" is either
    (
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan and Vice President Sheikh Mohammed bin "
        "Rashid Al Maktoum received Indian Prime Minister Narendra Modi on Monday. Modi invited "
        "Sheikh Mohammed to visit New Delhi.",
        {MBZ, MBR} | NAMESAKES,
    ),
    # a given name the article never gave in full: never a KB namesake by surname
    (
        "Indian Prime Minister Narendra Modi arrived in Abu Dhabi on Monday. Modi invited Sheikh "
        "Mohamed to visit New Delhi.",
        NAMESAKES | {MBZ},
    ),
    (
        "French President Emmanuel Macron arrived in Jeddah on Monday. Macron invited Prince "
        "Mohammed to visit Paris.",
        NAMESAKES | {MBS},
    ),
    # another given name than the one named
    (
        "French President Emmanuel Macron met Saudi Crown Prince Mohammed bin Salman in Jeddah "
        "on Monday. Macron thanked Prince Faisal for his role in the talks.",
        {MBS} | NAMESAKES,
    ),
    # "His Majesty's Government" is no person
    (
        "King Abdullah II received Iraqi Prime Minister Mustafa al-Kadhimi in Amman on Monday. "
        "His Majesty's Government thanked al-Kadhimi for the visit.",
        {ABDULLAH},
    ),
]


@pytest.mark.parametrize(("text", "never"), NEGATIVES)
def test_a_style_with_no_one_person_links_no_one(text: str, never: set[str]) -> None:
    last = text.rsplit(". ", maxsplit=1)[-1]
    found = [
        f
        for f in facts(text, DAY)
        if f.cls.value == "Event" and any(ev.text == last for ev in f.evidence)
    ]
    linked = {k for f in found for role in ("actor", "recipient") for k in keys(f.get(role))}
    assert not linked & never, linked


def test_the_heir_title_apposed_is_no_person_of_its_own() -> None:
    found = facts(
        "Prime Minister Prayut Chan-o-cha held talks in Riyadh with His Royal Highness Prince "
        "Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime Minister and "
        "Minister of Defence of the Kingdom of Saudi Arabia. The Prime Minister thanked the "
        "Crown Prince for the warm welcome.",
        DAY,
    )
    labels = {k for f in found for _, v in f.args for k in keys(v)}
    assert "Crown Prince" not in labels
