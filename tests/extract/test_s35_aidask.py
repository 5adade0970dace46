"""Support and requests the event table missed (session 35, aidask).

The sentences are written for this session (none from a gold set). Conventions followed (all
earlier sessions'):

- A demand told in a participle after the subject's own act or statement is the subject's
  REQUEST ("condemned the shelling, urging Russia to withdraw", "issued a statement urging China
  to ...", "a joint statement condemning the launch and urging North Korea to ..."), and so is
  one a body's resolution it adopted or passed makes ("adopted a resolution calling on Russia
  to withdraw"). A resolution or statement others vetoed, blocked or rejected is no request of
  theirs, and a negated or planned one is none.
- Praise of another's support, assistance or help ("welcomed the support of the European
  Union") is SUPPORT 051 to its giver, as praise of its efforts or role was; gratitude or
  appreciation expressed in a release's present ("Qatar expresses its appreciation to Egypt") is
  as the past's; praise after "and" that follows a reported clause telling only a state of
  being ("Aliyev said Azerbaijan was ready to ... and thanked Italy") is the speaker's; success
  wished to a party ("Putin wished Malaysia success in its chairmanship") is SUPPORT 051 to it
  (not "wished to meet": a wish of one's own); a call "today" with a leader "of" his state to
  congratulate him is praise as a call by phone was; a named instrument welcomed ("the Ohrid
  Agreement reached between Serbia and Kosovo") praises the two that reached it, as "the
  agreement reached between" did (none when no one is told). Praise in a participle after the
  quote a sentence opens with is the speaker's ('"...," Pashinyan wrote, thanking Aliyev'), and
  praise in a relative clause on the one met or received is that one's ("met Prime Minister X,
  who thanked the United States"); a leader praised with his people ("President Radev and the
  Bulgarian people") praises his state too, never the praiser's own.
- An apology to a named party is SUPPORT 055 to it ("apologised to Bolivia", "offered a formal
  apology to", "a letter of apology to", "expressed its deep regret to"); none when refused,
  denied, demanded ("demanded that Japan apologise": a REQUEST) or owed ("must apologise").
- The release of a state's people demanded ("Australian citizens detained in China", the
  demonym's people masked as their state) asks nothing of their state: the one holding them is
  the recipient, when named.
- A second verb after a comma and a relative clause is the main clause's ("protests against the
  claim that Japan has once again made ..., and urges Japan to ...": "once again" is no clause
  break); "The Government" in a foreign ministry's own release is its state, as "the ministry"
  was.
- The subject's role told in an aside ("Kuwait and Saudi Arabia, as a single negotiating party,
  had called on Iran to ...") names no actor; the subject acts.
- Another state's leader asked to act on a matter ("Erdogan asked Putin to extend the grain
  deal") is a REQUEST 100 of him, as one asked to release or lift was; a leader's order to his
  own minister is none.
- A project a party supported, funded or financed "with" a sum "in grants" or "in loans" is
  AID 071 by it, with no recipient read (the project's place or partners are none); financing
  announced ("$80 million in Foreign Military Financing for Vietnam") is aid as funding was.
- Germany's armed forces named as such ("the Bundeswehr has deployed ...") act for it, as the
  People's Liberation Army does for China.
- A work two leaders opened together is COOPERATE 061 also when how they opened it is told in
  an aside between the verb and the work ("jointly inaugurated, by remote button, the ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article
from tests.extract.test_patterns import keys, typed_events

DAY = dt.date(2023, 9, 22)

RUSSIA, GERMANY, EU, BELARUS, JAPAN, CHINA = "Q159", "Q183", "Q458", "Q184", "Q17", "Q148"
CANADA, AUSTRALIA, NK, UNGA, UNSC, ISRAEL = "Q16", "Q408", "Q423", "Q47423", "Q37470", "Q801"
QATAR, USA, SOMALIA, TURKEY, MALAYSIA = "Q846", "Q30", "Q1045", "Q43", "Q833"
PUTIN, ALIYEV, MODI, XI = "Q7747", "Q57371", "Q1058", "Q15031"
EGYPT, ITALY, BIDEN, MACRON = "Q79", "Q38", "Q6279", "Q3052772"
SCHOLZ, SERBIA, KOSOVO, UK = "Q61053", "Q403", "Q1246", "Q145"
HASINA, WONG, VIETNAM = "Q52183", "Q456759", "Q881"
PASHINYAN, ERDOGAN, GEORGIA, POLAND = "Q7035479", "Q39259", "Q230", "Q36"
FRANCE, KUWAIT, IRAN, KENYA, ETHIOPIA = "Q142", "Q817", "Q794", "Q114", "Q115"
ARGENTINA, BOLIVIA, NAMIBIA, SK, THAILAND, SAUDI = "Q414", "Q750", "Q1030", "Q884", "Q869", "Q851"

POSITIVES = [
    # 1. a demand told in a participle after the subject's act
    (
        "Germany condemned the shelling, urging Russia to withdraw its troops from the plant.",
        ("REQUEST", {GERMANY}, {RUSSIA}, "106"),
    ),
    (
        "The European Union criticised the arrests on Tuesday, calling on Belarus to release all "
        "political prisoners.",
        ("REQUEST", {EU}, {BELARUS}, "1053"),
    ),
    (
        "Japan issued a statement on Friday urging China to respect freedom of navigation.",
        ("REQUEST", {JAPAN}, {CHINA}, "100"),
    ),
    (
        "Canada and Australia issued a joint statement condemning the missile launch and urging "
        "North Korea to return to talks.",
        ("REQUEST", {CANADA, AUSTRALIA}, {NK}, "100"),
    ),
    # 2. a demand a resolution adopted makes
    (
        "The UN General Assembly adopted a resolution on Thursday calling on Russia to withdraw "
        "its forces from Ukraine.",
        ("REQUEST", {UNGA}, {RUSSIA}, "106"),
    ),
    (
        "The Security Council passed a resolution demanding that Israel allow aid into Gaza.",
        ("REQUEST", {UNSC}, {ISRAEL}, "100"),
    ),
    # 2b. the release of a state's people demanded: of the one holding them, not of their state
    (
        "Wong pressed for the release of Australian citizens who have been detained in China.",
        ("REQUEST", {WONG}, {CHINA}, "1053"),
    ),
    (
        "The European Union demanded the release of Australian citizens detained in China.",
        ("REQUEST", {EU}, {CHINA}, "1053"),
    ),
    # 2c. a second verb after a relative clause is the main clause's ("once again" is no
    # clause break)
    (
        "South Korea protests against the claim that Japan has once again made in its white "
        "paper, published today, and urges Japan to withdraw the claim.",
        ("REQUEST", {SK}, {JAPAN}, "100"),
    ),
    (
        "Germany criticised the law that the Georgian parliament passed on Tuesday, and urged "
        "Georgia to repeal it.",
        ("REQUEST", {GERMANY}, {GEORGIA}, "100"),
    ),
    # 2d. the subject's role told in an aside ("as a single negotiating party")
    (
        "Kuwait and Saudi Arabia, as a single negotiating party, had repeatedly called on Iran "
        "to negotiate the boundary.",
        ("REQUEST", {KUWAIT, SAUDI}, {IRAN}, "100"),
    ),
    (
        "Kenya, as the current chair, urged Ethiopia to withdraw its troops.",
        ("REQUEST", {KENYA}, {ETHIOPIA}, "106"),
    ),
    # 2e. another state's leader asked to act on a matter
    (
        "Erdogan asked Putin to extend the grain deal by another four months.",
        ("REQUEST", {ERDOGAN}, {PUTIN}, "100"),
    ),
    (
        "During the talks, Erdogan asked President Putin to make the blocked stocks of grain and "
        "fertiliser available.",
        ("REQUEST", {ERDOGAN}, {PUTIN}, "100"),
    ),
    # 3. praise of another's support, assistance or help
    (
        "Aliyev welcomed the support of the European Union for the expansion of the pipeline.",
        ("SUPPORT", {ALIYEV}, {EU}, "051"),
    ),
    (
        "Modi praised the help of Japan in building the high-speed railway.",
        ("SUPPORT", {MODI}, {JAPAN}, "051"),
    ),
    # (after a reported clause of the speaker's state being ready: the speaker's praise)
    (
        "Aliyev said Azerbaijan was ready to supply more gas and thanked Italy for its "
        "cooperation.",
        ("SUPPORT", {ALIYEV}, {ITALY}, "051"),
    ),
    # (praise in a participle after the quote a sentence opens with: the speaker's)
    (
        '"Our soldiers are home," Pashinyan wrote on Facebook, thanking President Ilham Aliyev '
        "for the gesture.",
        ("SUPPORT", {PASHINYAN}, {ALIYEV}, "051"),
    ),
    (
        '"The talks were useful," said Putin, thanking Erdogan for his hospitality.',
        ("SUPPORT", {PUTIN}, {ERDOGAN}, "051"),
    ),
    # (praise in a relative clause on the one met or received)
    (
        "Putin received President Erdogan, who congratulated Russia on the success of the forum.",
        ("SUPPORT", {ERDOGAN}, {RUSSIA}, "051"),
    ),
    # (a leader and his people praised: the state of the people too, never the praiser's own)
    (
        "Scholz congratulated President Macron and the French people on the reopening of the "
        "cathedral.",
        ("SUPPORT", {SCHOLZ}, {MACRON, FRANCE}, "051"),
    ),
    (
        "Putin thanked President Erdogan and the Russian people for their support.",
        ("SUPPORT", {PUTIN}, {ERDOGAN}, "051"),
    ),
    # 4. gratitude and appreciation in a release's present
    (
        "Qatar expresses its appreciation to Egypt and the United States for their cooperation.",
        ("SUPPORT", {QATAR}, {EGYPT, USA}, "051"),
    ),
    (
        "Somalia expresses its deep gratitude to Türkiye for its continued support.",
        ("SUPPORT", {SOMALIA}, {TURKEY}, "051"),
    ),
    # (a call told with its day and the other's state: "spoke yesterday with X of Y to ...")
    (
        "Biden spoke yesterday with President Macron of France to thank him for the state visit.",
        ("SUPPORT", {BIDEN}, {MACRON}, "051"),
    ),
    # 4b. a named instrument welcomed with the two that reached it
    (
        "Scholz welcomed the Ohrid Agreement reached between Serbia and Kosovo.",
        ("SUPPORT", {SCHOLZ}, {SERBIA, KOSOVO}, "051"),
    ),
    (
        "Biden welcomed the new framework reached between the United Kingdom and the European "
        "Union.",
        ("SUPPORT", {BIDEN}, {UK, EU}, "051"),
    ),
    # 7. apologies to the one wronged (055)
    (
        "Argentina apologized to Bolivia on Friday for the shipment of riot gear.",
        ("SUPPORT", {ARGENTINA}, {BOLIVIA}, "055"),
    ),
    (
        "Germany formally apologised to Namibia for the colonial-era killings.",
        ("SUPPORT", {GERMANY}, {NAMIBIA}, "055"),
    ),
    (
        "The Japanese government offered a formal apology to South Korea on Monday.",
        ("SUPPORT", {JAPAN}, {SK}, "055"),
    ),
    (
        "Thailand expressed its deep regret to Saudi Arabia over the incidents of 1989.",
        ("SUPPORT", {THAILAND}, {SAUDI}, "055"),
    ),
    (
        "Argentina sent a letter of apology to Bolivia.",
        ("SUPPORT", {ARGENTINA}, {BOLIVIA}, "055"),
    ),
    (
        "Japan wrote to China on Friday, apologising to China for the incident.",
        ("SUPPORT", {JAPAN}, {CHINA}, "055"),
    ),
    # 8. a work opened together, how told in an aside (061)
    (
        "Modi and Hasina jointly inaugurated, by remote button, the Integrated Check Post at "
        "Petrapole.",
        ("COOPERATE", {MODI, HASINA}, set(), "061"),
    ),
    # 9. aid: a project paid for with a sum; financing announced
    (
        "The European Union supported the construction of the Serbia-Bulgaria gas link with 49 "
        "million euros in grants.",
        ("AID", {EU}, set(), "071"),
    ),
    (
        "Japan financed the rehabilitation of the port with a $40 million loan.",
        ("AID", {JAPAN}, set(), "071"),
    ),
    (
        "The United States announced $80 million in Foreign Military Financing for Vietnam.",
        ("AID", {USA}, {VIETNAM}, "072"),
    ),
    # 10. a state's armed forces by their own name act for it
    (
        "The Bundeswehr has deployed Patriot air defence systems to Poland.",
        ("AID", {GERMANY}, {POLAND}, "074"),
    ),
    # 5. success wished
    (
        "Putin wished Malaysia success in its chairmanship of ASEAN.",
        ("SUPPORT", {PUTIN}, {MALAYSIA}, "051"),
    ),
    (
        "Xi Jinping wished Russia success in hosting the summit.",
        ("SUPPORT", {XI}, {RUSSIA}, "051"),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_told(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    got = typed_events(text, DAY)
    assert want in got, got


NEGATIVES = [
    # a resolution or statement others made, vetoed, blocked or rejected
    ("The United States vetoed a resolution calling on Israel to halt its operations.", "REQUEST"),
    ("China blocked a statement urging Myanmar to free the detained leaders.", "REQUEST"),
    ("Russia rejected the declaration calling on it to withdraw.", "REQUEST"),
    ("A draft resolution urging Russia to withdraw its troops failed on Friday.", "REQUEST"),
    # planned or negated
    ("Japan will issue a statement urging China to respect freedom of navigation.", "REQUEST"),
    ("Japan did not issue a statement urging China to stop the drills.", "REQUEST"),
    # a leader's order to his own minister; a message passed on
    ("Putin asked Shoigu to halt the offensive.", "REQUEST"),
    ("Putin asked Erdogan to extend his invitation to President Aliyev.", "REQUEST"),
    # a named instrument with no makers told
    ("Scholz welcomed the Ohrid Agreement.", "SUPPORT"),
    # a joint opening planned, a joint attack
    ("Modi and Hasina will jointly inaugurate, by video link, the new bridge.", "COOPERATE"),
    (
        "Modi and Hasina jointly launched, through a virtual ceremony, an attack on the project.",
        "COOPERATE",
    ),
    # a project paid for: planned, negated, or backed with no sum of aid
    (
        "The EU will support the construction of the pipeline with 39 million euros in grants.",
        "AID",
    ),
    ("The EU did not fund the construction of the pipeline with 39 million euros in loans.", "AID"),
    ("Greece supported the project with statements of support.", "AID"),
    # apologies refused, denied, demanded or owed; regret with no one it is expressed to
    ("Japan refused to apologise to South Korea.", "SUPPORT"),
    ("Japan has not apologised to South Korea.", "SUPPORT"),
    ("China demanded that Japan apologise to the victims.", "SUPPORT"),
    ("Tokyo must apologise to Seoul.", "SUPPORT"),
    ("Japan expressed regret over the incident.", "SUPPORT"),
    # a wish of one's own, a negated welcome
    ("Putin wished to meet Erdogan soon.", "SUPPORT"),
    ("Macron did not welcome the support of Russia for the junta.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_not_told(text: str, kind: str) -> None:
    got = [e for e in typed_events(text, DAY) if not kind or e[0] == kind]
    assert not got, got


def test_people_to_be_freed_are_asked_nothing() -> None:
    got = typed_events("The European Union demanded the release of Australian citizens.", DAY)
    assert not [e for e in got if e[0] == "REQUEST" and AUSTRALIA in e[2]], got


def test_praise_in_a_relative_clause_on_the_subject_is_not_the_met_ones() -> None:
    got = typed_events("Blinken, who thanked Marape for his hospitality, met Wong on Friday.", DAY)
    assert not [e for e in got if e[0] == "SUPPORT" and WONG in e[1]], got


def _release_requests(body: str, publisher: str) -> list[tuple[set[str], set[str]]]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, publisher=publisher)
    return [
        (keys(f.get("actor")), keys(f.get("recipient")))
        for f in extract(article, load_index())
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "REQUEST"
    ]


def test_the_government_of_a_ministrys_own_release_is_its_state() -> None:
    body = (
        "Tokyo, 3 March 2023\n\nThe Government once again urges the Government of China to "
        "release the detained Japanese nationals."
    )
    got = _release_requests(body, "Ministry of Foreign Affairs of Japan")
    assert ({JAPAN}, {CHINA}) in got, got


def test_a_bare_government_in_another_publishers_story_is_no_one() -> None:
    body = "The Government once again urges the Government of China to release the detainees."
    assert _release_requests(body, "Reuters") == []
