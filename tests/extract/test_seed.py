"""The client's seed article: every fact the issue lists comes out, linked, with its sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, Namespace
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from dipld.articles import read_path
from dipld.iri import PREFIXES, Iris
from dipld.kb.index import load_index
from dipld.model import Article
from dipld.pipeline import process
from dipld.rdf import to_rdflib

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_33cfb764012bfcb3.txt"
DIPLD = Namespace(PREFIXES["dipld"])
GOLDEN = ROOT / "tests" / "golden" / "000_33cfb764012bfcb3.ttl"


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    article = next(read_path(SEED))
    assert isinstance(article, Article)
    return to_rdflib(process(article, load_index(), Iris()).triples)


def ask(graph: rdflib.Graph, where: str) -> bool:
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    return bool(graph.query(prologue + f"ASK {{ {where} }}").askAnswer)


def test_graph_matches_the_golden_graph(graph: rdflib.Graph) -> None:
    golden = rdflib.Graph().parse(GOLDEN, format="turtle")
    if not isomorphic(graph, golden):
        _, only_new, only_golden = graph_diff(to_isomorphic(graph), to_isomorphic(golden))
        lines = ["+ " + " ".join(t.n3() for t in triple) for triple in sorted(only_new)]
        lines += ["- " + " ".join(t.n3() for t in triple) for triple in sorted(only_golden)]
        pytest.fail("graph differs from tests/golden (+ new, - golden):\n" + "\n".join(lines[:80]))


def test_tenures(graph: rdflib.Graph) -> None:
    assert ask(
        graph,
        """?t a dipld:Tenure ; dipld:holder wd:Q2026222 ; dipld:role dipld:ForeignMinister ;
                         dipld:jurisdiction wd:Q184 ; dipld:post wd:Q2045068 .""",
    )
    assert ask(
        graph,
        """?t a dipld:Tenure ; dipld:holder wd:Q188296 ; dipld:role dipld:Ambassador ;
                         dipld:jurisdiction wd:Q159 ; dipld:accreditedTo wd:Q184 .""",
    )
    # "FM Vladimir #Makei, Ambassador of #Russia discussed": two people, not a second office
    assert not ask(graph, "?t dipld:holder wd:Q2026222 ; dipld:role dipld:Ambassador .")
    assert len(set(graph.subjects(RDF.type, DIPLD.Tenure))) == 2


def test_meeting(graph: rdflib.Graph) -> None:
    assert ask(
        graph,
        """?m a dipld:Meeting ; dipld:eventType dipld:CONSULT ;
        dipld:participant wd:Q2026222, wd:Q188296 ; dipld:date "2022-09-02"^^xsd:date ;
        dipld:place wd:Q2280 ; dipld:cameoCode "040" .""",
    )


@pytest.mark.parametrize("org", ["Q166110", "Q7779", "Q318693", "Q1065"])
@pytest.mark.parametrize("state", ["Q184", "Q159"])
def test_memberships(graph: rdflib.Graph, state: str, org: str) -> None:
    assert ask(
        graph,
        f"""?m a dipld:Membership ; org:member wd:{state} ; org:organization wd:{org} .
                          wd:{state} org:memberOf wd:{org} .""",
    )


@pytest.mark.parametrize("state", ["Q184", "Q159"])
def test_unlinked_customs_union(graph: rdflib.Graph, state: str) -> None:
    assert ask(
        graph,
        f"""?m a dipld:Membership ; org:member wd:{state} ; org:organization ?o .
        ?o rdfs:label "Eurasian Customs Union" ; dipld:linkStatus dipld:Unlinked .""",
    )


@pytest.mark.parametrize(
    "cls", ["SharedBorder", "TreatyRelation", "Partnership", "DiplomaticRelations"]
)
def test_relations(graph: rdflib.Graph, cls: str) -> None:
    assert ask(graph, f"?r a dipld:{cls} ; dipld:party wd:Q184, wd:Q159 .")


def test_trade(graph: rdflib.Graph) -> None:
    assert ask(
        graph,
        """?t a dipld:TradeFlow ; dipld:flow dipld:TotalTrade ; dipld:party wd:Q159, wd:Q184 ;
        dipld:amount "40100000000"^^xsd:decimal ; dipld:currency wd:Q4917 ;
        dipld:period "2021"^^xsd:gYear .""",
    )
    assert ask(
        graph,
        """?t a dipld:TradeFlow ; dipld:exporter wd:Q184 ; dipld:importer wd:Q159 ;
        dipld:amount "16400000000"^^xsd:decimal ; dipld:period "2021"^^xsd:gYear .""",
    )
    assert ask(
        graph,
        """?t a dipld:TradeFlow ; dipld:exporter wd:Q159 ; dipld:importer wd:Q184 ;
        dipld:amount "23700000000"^^xsd:decimal ; dipld:period "2021"^^xsd:gYear .""",
    )
    assert ask(
        graph,
        """?s a dipld:TradeShare ; dipld:reporter wd:Q184 ; dipld:partner wd:Q159 ;
        dipld:share "0.49"^^xsd:decimal .""",
    )


def test_permissions_and_the_invasion(graph: rdflib.Graph) -> None:
    assert ask(
        graph,
        """?p a dipld:Permission ; dipld:grantor wd:Q184 ; dipld:grantee wd:Q159 ;
        dipld:activity dipld:MilitaryStaging ; dipld:territory wd:Q184 ;
        dipld:date "2022-02"^^xsd:gYearMonth .""",
    )
    assert ask(
        graph,
        """?p a dipld:Permission ; dipld:grantor wd:Q184 ; dipld:grantee wd:Q159 ;
        dipld:activity dipld:NuclearWeaponsStationing .""",
    )
    assert ask(
        graph,
        """?e a dipld:Event ; dipld:eventType dipld:ASSAULT ; dipld:actor wd:Q159 ;
        dipld:recipient wd:Q212 ; dipld:date "2022-02"^^xsd:gYearMonth .""",
    )


def test_no_fact_from_the_hypothetical_or_the_link_line(graph: rdflib.Graph) -> None:
    assert not ask(graph, "?f dipld:evidence/nif:anchorOf ?s . FILTER CONTAINS(?s, 'could join')")
    assert not ask(graph, "?f dipld:evidence/nif:anchorOf ?s . FILTER CONTAINS(?s, 'Also, read')")
    assert not ask(graph, "?f ?p wd:Q858")  # Syria only appears in the "Also, read" line


def test_every_fact_has_its_sentence(graph: rdflib.Graph) -> None:
    body = SEED.read_text(encoding="utf-8")
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    rows = list(
        graph.query(
            prologue
            + """SELECT ?f ?text ?b ?e WHERE {
        ?f dipld:evidence ?ev . ?ev nif:anchorOf ?text ; nif:beginIndex ?b ; nif:endIndex ?e }"""
        )
    )
    assert rows
    for _, text, begin, end in rows:
        assert body[int(begin) : int(end)] == str(text)
