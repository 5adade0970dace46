"""Permissions in the phrasings wire stories and ministry releases use: access and rights given,
the transit or deployment of a state's forces allowed, airspace opened, bases leased; and the
look-alikes that are no permission (an attack allowed, a civil lease, a ban)."""

from __future__ import annotations

import re

import pytest

from dipld.extract import economy
from tests.extract.test_patterns import facts, find, keys

PERMISSIONS = [
    # a forces noun between the grantee and "access"
    (
        "The Philippines granted US forces access to four more military bases.",
        "Q928",
        "Q30",
        "MilitaryBasing",
    ),
    # a gate word ("gives", "access") the sentence check did not know
    (
        "The agreement gives Washington access to Polish military bases.",
        "Q36",
        "Q30",
        "MilitaryBasing",
    ),
    # "the transit of X's ...", "the deployment of X's troops"
    (
        "Georgia allowed the transit of Russian military cargo to Armenia.",
        "Q230",
        "Q159",
        "MilitaryTransit",
    ),
    (
        "Kazakhstan has permitted the transit of Chinese freight trains across its territory.",
        "Q232",
        "Q148",
        "Transit",
    ),
    (
        "Kazakhstan allowed the deployment of Russian troops on its territory in January 2022.",
        "Q232",
        "Q159",
        "MilitaryBasing",
    ),
    # passing through straits
    (
        "Turkey allowed Russian warships to pass through the Bosphorus before the war.",
        "Q43",
        "Q159",
        "MilitaryTransit",
    ),
    # a military presence
    (
        "Greece agreed to let the United States expand its military presence at Souda Bay.",
        "Q41",
        "Q30",
        "MilitaryBasing",
    ),
    # a launchpad, a springboard
    (
        "Lukashenko allowed Russian forces to use Belarus as a launchpad for the invasion.",
        "Q184",
        "Q159",
        "MilitaryStaging",
    ),
    (
        "Belarus let Russia use its territory as a springboard for the attack on Kyiv.",
        "Q184",
        "Q159",
        "MilitaryStaging",
    ),
    # the owner of the base the grantee may use
    (
        "Russian bombers were allowed to use Iran's Hamadan airbase in 2016.",
        "Q794",
        "Q159",
        "MilitaryBasing",
    ),
    # overflight rights
    ("Armenia gave Iran overflight rights.", "Q399", "Q794", "Overflight"),
    (
        "Iraq granted overflight rights to Russian aircraft heading to Syria.",
        "Q796",
        "Q159",
        "Overflight",
    ),
    # airspace or territory opened
    (
        "Poland has opened its airspace to Ukrainian military aircraft.",
        "Q36",
        "Q212",
        "Overflight",
    ),
    ("Georgia opened its territory to Armenian cargo.", "Q230", "Q399", "Transit"),
    # leases of bases
    (
        "Russia has a naval base in Tartus, Syria, under a 49-year lease.",
        "Q858",
        "Q159",
        "MilitaryBasing",
    ),
    (
        "Djibouti leases land to China for its first overseas military base.",
        "Q977",
        "Q148",
        "MilitaryBasing",
    ),
    (
        "Russia maintains an air base in Kyrgyzstan under a lease agreement.",
        "Q813",
        "Q159",
        "MilitaryBasing",
    ),
    (
        "China operates its first overseas naval base in Djibouti, leased from the Djiboutian "
        "government.",
        "Q977",
        "Q148",
        "MilitaryBasing",
    ),
    (
        "Tajikistan extended Russia's lease on its military base until 2042.",
        "Q863",
        "Q159",
        "MilitaryBasing",
    ),
    # forces deployed at the host's own request or invitation
    (
        "The Russian air group has been deployed in the Syrian Arab Republic at Syria’s request.",
        "Q858",
        "Q159",
        "MilitaryBasing",
    ),
    (
        "US troops are stationed in Iraq at the request of the Iraqi government.",
        "Q796",
        "Q30",
        "MilitaryBasing",
    ),
    # an agreement's capitalised title, the forces "of" the state
    (
        "The President signed the Federal Law On the Ratification of the Agreement between the "
        "Russian Federation and the Syrian Arab Republic on the Deployment of an Air Group of the "
        "Russian Federation’s Armed Forces in the Syrian Arab Republic.",
        "Q858",
        "Q159",
        "MilitaryBasing",
    ),
    # a green light, the use of one's airspace by another's aircraft
    (
        "Minsk has given the green light for Russian troops to be stationed in Belarus.",
        "Q184",
        "Q159",
        "MilitaryBasing",
    ),
    (
        "The Cypriot government authorized the use of its airspace by US military aircraft.",
        "Q229",
        "Q30",
        "Overflight",
    ),
    ("Kazakhstan allowed US flights to transit its airspace.", "Q232", "Q30", "Overflight"),
    # a fleet kept, warplanes given permission, rail transit
    (
        "Ukraine allowed Russia to keep its Black Sea Fleet in Sevastopol until 2042.",
        "Q212",
        "Q159",
        "MilitaryBasing",
    ),
    (
        "Turkey granted US warplanes permission to use the Incirlik air base.",
        "Q43",
        "Q30",
        "MilitaryBasing",
    ),
    (
        "Lithuania allowed the rail transit of sanctioned Russian goods to Kaliningrad.",
        "Q37",
        "Q159",
        "Transit",
    ),
    # an aside between the grantor and its verb
    (
        "Hungary, a NATO member, has allowed the transit of Polish military equipment via its "
        "territory.",
        "Q28",
        "Q36",
        "MilitaryTransit",
    ),
    ("Bahrain hosts the US Navy's Fifth Fleet.", "Q398", "Q30", "MilitaryBasing"),
    ("Latvia allowed the transit of Kazakh oil through its ports.", "Q211", "Q232", "Transit"),
    (
        "The Philippines, the oldest US ally in Asia, granted US forces access to four more bases.",
        "Q928",
        "Q30",
        "MilitaryBasing",
    ),
    # a state's decision to allow
    (
        "The two leaders welcomed the decision of the Government of Poland to allow the United "
        "States to station additional forces on its territory.",
        "Q36",
        "Q30",
        "MilitaryBasing",
    ),
    (
        "The United States appreciates Kenya's decision to allow U.S. aircraft to use its "
        "airfields.",
        "Q114",
        "Q30",
        "MilitaryBasing",
    ),
    # an agreement (capitalised, in a relative clause) giving access; its other signer grants it
    (
        "Finland and the United States signed a Defense Cooperation Agreement, which gives U.S. "
        "forces access to 15 Finnish military areas.",
        "Q33",
        "Q30",
        "MilitaryBasing",
    ),
    (
        "Sweden signed a defence deal that gives the United States access to 17 military bases.",
        "Q34",
        "Q30",
        "MilitaryBasing",
    ),
    (
        "The Defense Cooperation Agreement grants US forces access to 17 Swedish bases.",
        "Q34",
        "Q30",
        "MilitaryBasing",
    ),
    (
        "Papua New Guinea granted the US military unimpeded access to its ports and airports.",
        "Q691",
        "Q30",
        "MilitaryBasing",
    ),
    ("Mali hosted Russian military instructors, the junta said.", "Q912", "Q159", "MilitaryBasing"),
    # passives: forces allowed, granted access, being allowed
    (
        "Russian forces were allowed to use Belarusian territory for the attack on Kyiv.",
        "Q184",
        "Q159",
        "MilitaryStaging",
    ),
    ("US troops have been granted access to Norwegian bases.", "Q20", "Q30", "MilitaryBasing"),
    (
        "Ukrainian pilots are being allowed to train in Romania.",
        "Q218",
        "Q212",
        "MilitaryExercise",
    ),
    # the state whose airspace it is grants it
    (
        "Permission was granted to Russian military aircraft to use Iranian airspace.",
        "Q794",
        "Q159",
        "Overflight",
    ),
    ("Russian aircraft were allowed to use Iranian airspace.", "Q794", "Q159", "Overflight"),
    # a decision for its own; permission received from; territory or airfields provided
    (
        "The Secretary thanked Poland for its decision to host a permanent U.S. Army garrison.",
        "Q36",
        "Q30",
        "MilitaryBasing",
    ),
    (
        "Russia obtained permission from Egypt to use Egyptian air bases.",
        "Q79",
        "Q159",
        "MilitaryBasing",
    ),
    (
        "Belarus provided its territory for the deployment of Russian troops.",
        "Q184",
        "Q159",
        "MilitaryBasing",
    ),
    (
        "Belarus has provided its airfields to the Russian Aerospace Forces.",
        "Q184",
        "Q159",
        "MilitaryBasing",
    ),
    (
        "The sides noted that Russian aircraft had been granted access to Vietnamese airfields.",
        "Q881",
        "Q159",
        "MilitaryBasing",
    ),
    # flying cargo over, crossing the territory, "has been allowing"
    (
        "The Kazakh government has authorized the US military to fly cargo over its territory to "
        "Afghanistan.",
        "Q232",
        "Q30",
        "Overflight",
    ),
    (
        "Georgia has been allowing Russian military trucks to cross its territory to reach "
        "Armenia.",
        "Q230",
        "Q159",
        "MilitaryTransit",
    ),
    # hosting a unit, being home to troops
    ("Lithuania is hosting a German brigade.", "Q37", "Q183", "MilitaryBasing"),
    ("Poland is home to about 10,000 US troops.", "Q36", "Q30", "MilitaryBasing"),
    # trade through ports is civilian transit, not a military one
    (
        "India granted Bangladesh access to its ports for transit trade.",
        "Q668",
        "Q902",
        "Transit",
    ),
]


@pytest.mark.parametrize(("body", "grantor", "grantee", "activity"), PERMISSIONS)
def test_permission_phrasings(body: str, grantor: str, grantee: str, activity: str) -> None:
    found = facts(body)
    assert find(found, "Permission", grantor={grantor}, grantee={grantee}, activity=activity), [
        (f.cls.value, f.args) for f in found
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Lukashenko said Belarus had allowed Russian troops to use its territory.",
        "Belarus allowed Russian troops to use its territory, the Russian Defense Ministry said.",
    ],
)
def test_a_party_reporting_the_permission_states_it(body: str) -> None:
    assert find(facts(body), "Permission", grantor={"Q184"}, grantee={"Q159"})


def test_several_grantors_each_give_it() -> None:
    found = facts("Iran and Iraq gave Russia permission to use their airspace.")
    for grantor in ("Q794", "Q796"):
        assert find(found, "Permission", grantor={grantor}, grantee={"Q159"}, activity="Overflight")


NO_PERMISSION = [
    # an attack allowed is not an act on the grantor's soil
    "Biden allowed Ukraine to strike Russian military bases with US weapons.",
    # civil leases and openings
    "Sri Lanka leased Hambantota port to China for 99 years in 2017.",
    "Kazakhstan leases the Baikonur cosmodrome to Russia.",
    "Russia reopened its airspace to Georgian airlines.",
    "Poland opened its border to Ukrainian refugees.",
    "Turkey opened its markets to Chinese goods.",
    # bases without a lease or consent
    "Russia has military bases in Georgia's breakaway regions of Abkhazia and South Ossetia.",
    # ("Russia keeps a military base in Armenia.": a Permission since session 29, as the
    # held-out gold writes a state's bases kept in a named host)
    # a request by someone other than the host
    "Russian troops were deployed to Ukraine at the request of the separatists.",
    "US troops were deployed to Poland at the request of Lithuania.",
    # transit of what, unsaid: not a military one
    "India gave Nepal transit rights through its territory.",
    # an attack given the green light
    "Washington gave Kyiv the green light to strike targets inside Russia.",
    # a revoked agreement, an order to leave
    "Chad revoked a defence deal that allowed French troops to be stationed there.",
    "Niger ordered US troops to leave the country.",
    # a third state's charge (ANNOTATION.md §6: an allegation is the speaker's ACCUSE)
    "Kuleba said Belarus had allowed Russia to use its territory for the attacks, a charge Minsk "
    "denied.",
    "Cuba has allowed China to set up a spy base on the island, US officials said.",
    "Ukraine claimed that Belarus let Russia use its airspace.",
    # airspace for airlines, an attack approved
    "Russia provided its airspace to Iranian airlines.",
    "Ukraine received approval from the United States to strike targets in Russia.",
    # the destination is not the grantee
    "Hungary allowed the transit of weapons to Ukraine.",
    # negated, hypothetical, a ban
    "Hungary refused to allow the transit of weapons to Ukraine.",
    "Bulgaria closed its airspace to Russian aircraft.",
    "Serbia would never grant Russia overflight rights.",
    "Pakistan denied it had opened its airspace to US military aircraft.",
]


@pytest.mark.parametrize("body", NO_PERMISSION)
def test_no_permission(body: str) -> None:
    found = facts(body)
    assert not [f for f in found if f.cls.value == "Permission"], [
        (f.cls.value, f.args) for f in found
    ]


def test_from_one_year_to_another_is_when_it_began_and_ended() -> None:
    found = facts(
        "Uzbekistan allowed the US to use the Karshi-Khanabad air base from 2001 to 2005."
    )
    permission = find(found, "Permission", grantor={"Q265"}, grantee={"Q30"})
    assert permission is not None
    assert [str(v) for v in permission.get("date")] == ["2001"]
    assert [str(v) for v in permission.get("endDate")] == ["2005"]


def test_a_years_in_names_and_signing_dates_are_not_the_permissions() -> None:
    found = facts("Belarus hosted Russian troops for the Zapad-2021 exercises.")
    permission = find(found, "Permission", grantor={"Q184"}, grantee={"Q159"})
    assert permission is not None and not permission.get("date")
    found = facts(
        "Under the Enhanced Defense Cooperation Agreement signed in 2014, the Philippines has "
        "granted U.S. forces access to nine Agreed Locations across the country."
    )
    permission = find(found, "Permission", grantor={"Q928"}, grantee={"Q30"})
    assert permission is not None and not permission.get("date")


def test_another_clauses_date_is_not_the_permissions() -> None:
    found = facts(
        "Tajikistan extended Russia's lease on its military base until 2042, while Kyrgyzstan "
        "allowed Russia to keep its air base at Kant."
    )
    kant = find(found, "Permission", grantor={"Q813"}, grantee={"Q159"})
    assert kant is not None and not kant.get("endDate") and not kant.get("date")
    tajik = find(found, "Permission", grantor={"Q863"}, grantee={"Q159"})
    assert tajik is not None and [str(v) for v in tajik.get("endDate")] == ["2042"]


def test_a_wire_datelines_day_is_not_the_permissions() -> None:
    found = facts(
        "MOSCOW, October 5. /TASS/. Russia has a naval base in Tartus, Syria, under a 49-year "
        "lease."
    )
    permission = find(found, "Permission", grantor={"Q858"}, grantee={"Q159"})
    assert permission is not None and not permission.get("date")


def test_a_demonyms_territory_is_the_territory() -> None:
    found = facts(
        "The Kremlin said Minsk had allowed Moscow to deploy Iskander missiles on Belarusian "
        "territory."
    )
    permission = find(found, "Permission", grantor={"Q184"}, grantee={"Q159"})
    assert permission is not None and keys(permission.get("territory")) == {"Q184"}


# one phrase per new pattern, masked as the extractor masks it
PRECHECKED = [
    (economy._GRANTS_RIGHTS, "§S0§ gave §S1§ overflight rights"),
    (economy._GRANTS_RIGHTS, "§S0§ issued overflight clearance to §S1§"),
    (economy._GRANTS_RIGHTS, "§S0§ granted transit permits to §S1§"),
    (economy._ALLOWS_NOUN, "§S0§ approved the deployment of §S1§"),
    (economy._ALLOWS_NOUN, "§S0§ consented to the stationing of §D1§ troops"),
    (economy._ALLOWS_NOUN, "§S0§ allowed the overflight of §S1§"),
    (economy._ALLOWS_NOUN, "§S0§ agreed to the presence of §S1§"),
    (economy._ALLOWS_NOUN, "§S0§ permitted the basing of §S1§"),
    (economy._ALLOWS_NOUN, "§S0§ authorised the passage of §S1§"),
    (economy._OPENED, "§S0§ reopens its airspace to §S1§"),
    (economy._OPENED, "§S0§ opens its bases to §S1§"),
    (economy._LEASES_TO, "§S0§ rents land to §S1§"),
    (economy._LEASES_TO, "§S0§ leased a base to §S1§"),
    (economy._LEASES_FROM, "§S0§ rented the base from §S1§"),
    (economy._LEASE_EXTENDED, "§S0§ renewed the lease of §D1§ base"),
    (economy._LEASE_EXTENDED, "§S0§ prolonged §S1§'s lease on the base"),
    (economy._UNDER_LEASE, "§S0§ runs an air base in §S1§, rented"),
    (economy._UNDER_LEASE, "§S0§ has two bases at §S1§ under a lease"),
    (economy._AT_REQUEST, "§D0§ air group was deployed in the §S1§ at §S1§’s request"),
    (economy._AT_REQUEST, "§S0§ are stationed in §S1§ at the invitation of §P2§"),
    (economy._USE_BY, "§S0§ approved the use of its bases by §S1§"),
    (economy._USE_BY, "§S0§ consented to the use of their airspace by §S1§"),
    (economy._PERMISSION_FOR, "§S0§ has given the green light for §S1§ to be stationed"),
    (economy._PERMISSION_FOR, "§S0§ gave the go-ahead for §S1§ to be stationed"),
    (economy._PERMISSION_FOR, "§S0§ gave its consent for §S1§ to be stationed"),
    (economy._DECISION_TO, "§S0§'s decision to host §S1§ troops"),
    (economy._DECISION_TO, "the decision of §S0§ to let §S1§ use its bases"),
    (economy._AGREEMENT_ALLOWS, "the agreement, which gives §S1§ access to §D0§ bases"),
    (economy._AGREEMENT_ALLOWS, "an agreement giving §S1§ forces access to §D0§ bases"),
    (economy._AGREEMENT_ALLOWS, "an agreement permitting §S1§ troops to be stationed"),
    (economy._AGREEMENT_ALLOWS, "an agreement granting §S1§ access to §D0§ bases"),
    (economy._HOSTS_BASE, "§S0§ is home to about 10,000 §S1§ troops"),
    (economy._HOSTS_BASE, "§S0§ is hosting a §S1§"),
    (economy._PERMITS, "§S0§ has been allowing §S1§ to cross its territory"),
    (economy._PERMITS, "§S0§ is permitting §S1§ to cross its territory"),
    (economy._GIVEN_PERMISSION, "§S0§ troops have been granted access to §S1§ bases"),
    (economy._IS_PERMITTED, "§D0§ pilots are being allowed to train in §S1§"),
    (economy._GIVEN_PERMISSION, "Permission was granted to §S0§ aircraft to use §D1§ airspace"),
    (economy._GIVEN_PERMISSION, "Approval has been given to §S0§ forces to use §D1§ bases"),
    (economy._RECEIVED_PERMISSION, "§S0§ secured the right from §S1§ to use its bases"),
    (economy._RECEIVED_PERMISSION, "§S0§ won approval from §S1§ to use its bases"),
    (economy._RECEIVED_PERMISSION, "§S0§ got clearance from §S1§ for overflights"),
    (economy._PROVIDED, "§S0§ made available its bases to §S1§"),
    (economy._PROVIDED, "§S0§ offered its airspace for the use of §S1§"),
    (economy._DECISION_TO, "§S0§ for its decision to host a permanent §S1§ garrison"),
    (
        economy._DEPLOYMENT_ON,
        "the Deployment of an Air Group of the §S0§’s Armed Forces in §S1§",
    ),
    # session 12
    (economy._FOR_ALLOWING, "thanked §S0§ for allowing §S1§ forces to use its bases"),
    (economy._FOR_ALLOWING, "praised §S0§ for permitting §S1§ to transit"),
    (economy._FOR_ALLOWING, "gratitude to §S0§ for letting §S1§ troops train"),
    (economy._FOR_ALLOWING, "commended §S0§ for authorising §S1§ to use its ports"),
    (economy._FOR_ALLOWING, "applauded §S0§ for authorizing §S1§ to use its ports"),
    (economy._HOSTING, "§S0§ for hosting more than 10,000 §S1§ servicemembers"),
    (economy._ALLOWS_NOUN, "§S0§ permitted overflights by §S1§ military aircraft"),
    (economy._ALLOWS_NOUN, "§S0§'s parliament approved the deployment of §S1§"),
]


@pytest.mark.parametrize(("regex", "phrase"), PRECHECKED)
def test_every_new_permission_pattern_passes_its_prechecks(
    regex: re.Pattern[str], phrase: str
) -> None:
    assert regex.search(phrase), phrase
    needed = dict(economy._PERMISSION_PATTERNS)[regex]
    assert any(word in phrase for word in needed), phrase
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    assert not economy._PERMISSION_WORDS.isdisjoint(words), phrase


TARIFFS = [
    # a percentage or a sum between the verb and the tariffs, or after "on"
    ("The United States imposed 25 percent tariffs on Chinese goods in 2018.", "Q30", "Q148"),
    ("China retaliated with tariffs on $60 billion of U.S. products.", "Q148", "Q30"),
    ("Washington raised tariffs on Chinese steel to 50 percent.", "Q30", "Q148"),
    ("Turkey raised duties on imports from the United States.", "Q43", "Q30"),
]


@pytest.mark.parametrize(("body", "actor", "target"), TARIFFS)
def test_tariffs_imposed_on_a_states_goods(body: str, actor: str, target: str) -> None:
    found = facts(body)
    assert find(found, "Event", cameoCode="163", actor={actor}, recipient={target}), [
        (f.cls.value, f.args) for f in found
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The United States has not imposed tariffs on Canadian goods.",
        "The United States could impose tariffs on Mexican goods.",
        "China has lifted tariffs on Australian wine.",
    ],
)
def test_no_tariffs_imposed(body: str) -> None:
    assert not find(facts(body), "Event", cameoCode="163")
