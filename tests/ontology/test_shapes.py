"""Each SHACL shape: a conforming article graph passes, and a small change breaks each shape.

The conforming graph below holds one fact of every class, its article (with the body that the
evidence offsets point into) and an unlinked entity. Each case edits it with a SPARQL Update and
names the focus node and the shape (or SPARQL constraint) that must report it; the last test
checks that every shape of ontology/shapes.ttl is broken by at least one case.
"""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import SH

from dipld.iri import DIPLD, PREFIXES
from dipld.ontology import shapes_graph
from dipld.validate import Violation, validate_graph

DSH = rdflib.Namespace("https://w3id.org/dipld/shapes#")
ART = "https://w3id.org/dipld/article/t1"
FACT = "https://w3id.org/dipld/fact/t1/"

SENTENCES = {
    "meeting": "The Foreign Minister of Belarus met the Ambassador of Russia on Friday.",
    "event": "Russia pledged $10 million to Belarus.",
    "membership": "Both states are members of the CIS.",
    "tenure": "Boris Gryzlov is the Ambassador of Russia to Belarus.",
    "border": "Belarus and Russia share a land border.",
    "relations": "Belarus and Russia have had diplomatic relations since 1992.",
    "treaty": "Russia and Europol signed an agreement on cooperation in 2003.",
    "partnership": "The strategic alliance between Belarus and Russia is strong.",
    "total": "In 2021, trade between Russia and Belarus was $40.1 billion.",
    "flow": "Belarus exported $16.4 billion to Russia in 2021.",
    "share": "Belarus has 49 percent of its trade with Russia.",
    "permission": "Belarus let Russia stage troops on its soil in February 2022.",
}
BODY = " ".join(SENTENCES.values())


def span(name: str) -> str:
    """The Turtle of fact ``name``'s evidence span, offsets computed from BODY."""
    text = SENTENCES[name]
    begin = BODY.index(text)
    return (
        f"<{FACT}{name}/e1> a dipld:EvidenceSpan ; nif:referenceContext <{ART}> ;\n"
        f"    nif:anchorOf {rdflib.Literal(text).n3()} ;\n"
        f'    nif:beginIndex "{begin}"^^xsd:integer ;\n'
        f'    nif:endIndex "{begin + len(text)}"^^xsd:integer .\n'
    )


def fact(name: str, types: str, body: str) -> str:
    return (
        f"<{FACT}{name}> a {types} ; prov:wasDerivedFrom <{ART}> ; "
        f"dipld:evidence <{FACT}{name}/e1> ;\n"
        f'    dipld:confidence 0.9 ; dipld:observedOn "2022-09-02"^^xsd:date ;\n    {body} .\n'
        + span(name)
    )


HEADER = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()) + (
    f"@prefix f: <{FACT}> .\n"
)

CONFORMING = (
    HEADER
    + f"""
<{ART}> a dipld:Article , schema:NewsArticle , nif:Context ;
    rdfs:label "Makei met Gryzlov" ; schema:headline "Makei met Gryzlov" ;
    schema:datePublished "2022-09-02"^^xsd:date ; schema:url <https://example.org/a> ;
    dcterms:source "t1.txt" ; dipld:dateline wd:Q2280 ; dipld:contentHash "abc123" ;
    nif:isString {rdflib.Literal(BODY).n3()} .
<https://w3id.org/dipld/entity/europol> rdfs:label "Europol" ; dipld:linkStatus dipld:Unlinked .
wd:Q184 org:memberOf wd:Q7779 .
"""
    + fact(
        "meeting",
        "dipld:Meeting , dipld:Event , sem:Event",
        "dipld:eventType dipld:CONSULT ; dipld:participant wd:Q2026222 , wd:Q188296 ; "
        'dipld:cameoCode "040" ; dipld:date "2022-09-02"^^xsd:date ; dipld:place wd:Q2280 ; '
        'dipld:topic "bilateral relations"',
    )
    + fact(
        "event",
        "dipld:Event , sem:Event",
        "dipld:eventType dipld:AGREE ; dipld:actor wd:Q159 ; dipld:recipient wd:Q184 ; "
        'dipld:cameoCode "033" ; dipld:amount "10000000"^^xsd:decimal ; dipld:currency wd:Q4917 ; '
        'dipld:status dipld:Future ; dipld:date "2022-09"^^xsd:gYearMonth',
    )
    + fact(
        "membership",
        "dipld:Membership , org:Membership",
        'org:member wd:Q184 ; org:organization wd:Q7779 ; dipld:startDate "1991"^^xsd:gYear',
    )
    + fact(
        "tenure",
        "dipld:Tenure",
        "dipld:holder wd:Q188296 ; dipld:role dipld:Ambassador ; dipld:jurisdiction wd:Q159 ; "
        'dipld:accreditedTo wd:Q184 ; dipld:post wd:Q1 ; dipld:officeLabel "Ambassador of Russia"',
    )
    + fact("border", "dipld:SharedBorder", "dipld:party wd:Q184 , wd:Q159")
    + fact(
        "relations",
        "dipld:DiplomaticRelations",
        'dipld:party wd:Q184 , wd:Q159 ; dipld:startDate "1992"^^xsd:gYear',
    )
    + fact(
        "treaty",
        "dipld:TreatyRelation",
        "dipld:party wd:Q159 , <https://w3id.org/dipld/entity/europol> ; "
        'dipld:instrument "Agreement on cooperation" ; dipld:date "2003"^^xsd:gYear',
    )
    + fact("partnership", "dipld:Partnership", "dipld:party wd:Q184 , wd:Q159")
    + fact(
        "total",
        "dipld:TradeFlow",
        "dipld:party wd:Q159 , wd:Q184 ; dipld:flow dipld:TotalTrade ; "
        'dipld:amount "40100000000"^^xsd:decimal ; dipld:currency wd:Q4917 ; '
        'dipld:currencyCode "USD" ; '
        'dipld:period "2021"^^xsd:gYear',
    )
    + fact(
        "flow",
        "dipld:TradeFlow",
        "dipld:exporter wd:Q184 ; dipld:importer wd:Q159 ; dipld:flow dipld:Export ; "
        'dipld:amount "16400000000"^^xsd:decimal ; dipld:currency wd:Q4917 ; '
        'dipld:period "2021"^^xsd:gYear',
    )
    + fact(
        "share",
        "dipld:TradeShare",
        "dipld:reporter wd:Q184 ; dipld:partner wd:Q159 ; dipld:share 0.49 ; "
        'dipld:period "2021"^^xsd:gYear',
    )
    + fact(
        "permission",
        "dipld:Permission",
        "dipld:grantor wd:Q184 ; dipld:grantee wd:Q159 ; dipld:activity dipld:MilitaryStaging ; "
        'dipld:territory wd:Q184 ; dipld:date "2022-02"^^xsd:gYearMonth',
    )
)

UPDATE_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + (
    f"PREFIX f: <{FACT}>\nPREFIX a: <https://w3id.org/dipld/article/>\n"
)


Edit = Callable[[str], str]


def put(prop: str, value: str, node: str | None = None) -> Edit:
    """Replace every value of ``node prop`` (node: the case's focus) with ``value``."""

    def edit(focus: str) -> str:
        n = node or focus
        return (
            f"DELETE {{ {n} {prop} ?o }} WHERE {{ {n} {prop} ?o }} ;\n"
            f"INSERT DATA {{ {n} {prop} {value} }}"
        )

    return edit


def drop(prop: str, node: str | None = None) -> Edit:
    return lambda focus: f"DELETE WHERE {{ {node or focus} {prop} ?o }}"


def add(prop: str, value: str, node: str | None = None) -> Edit:
    return lambda focus: f"INSERT DATA {{ {node or focus} {prop} {value} }}"


def both(first: Edit, second: Edit) -> Edit:
    return lambda focus: first(focus) + " ;\n" + second(focus)


def sparql(update: str) -> Edit:
    return lambda focus: update.replace("$this", focus)


SPAN = f"<{FACT}border/e1>"
UNLINKED = "<https://w3id.org/dipld/entity/europol>"

# (case id, focus node, shape or SPARQL constraint that must report it, edit of the focus node)
CASES: list[tuple[str, str, str, Edit]] = [
    # every assertion
    ("no-article", "f:border", "Assertion-wasDerivedFrom", drop("prov:wasDerivedFrom")),
    ("two-articles", "f:border", "Assertion-wasDerivedFrom", add("prov:wasDerivedFrom", "a:t2")),
    ("article-literal", "f:border", "Assertion-wasDerivedFrom", put("prov:wasDerivedFrom", '"t1"')),
    ("no-evidence", "f:border", "Assertion-evidence", drop("dipld:evidence")),
    ("evidence-untyped", "f:border", "Assertion-evidence", add("dipld:evidence", "<urn:x>")),
    ("no-confidence", "f:border", "Assertion-confidence", drop("dipld:confidence")),
    ("confidence-above-1", "f:border", "Assertion-confidence", put("dipld:confidence", "1.5")),
    (
        "confidence-negative",
        "f:border",
        "Assertion-confidence",
        put("dipld:confidence", '"-0.1"^^xsd:decimal'),
    ),
    ("confidence-double", "f:border", "Assertion-confidence", put("dipld:confidence", "9.0E-1")),
    (
        "observed-year",
        "f:border",
        "Assertion-observedOn",
        put("dipld:observedOn", '"2022"^^xsd:gYear'),
    ),
    (
        "date-datetime",
        "f:event",
        "Assertion-date",
        put("dipld:date", '"2022-09-02T10:00:00"^^xsd:dateTime'),
    ),
    ("date-plain", "f:event", "Assertion-date", put("dipld:date", '"2022-09"')),
    ("date-ill-typed", "f:event", "Assertion-date", put("dipld:date", '"2022-13"^^xsd:gYearMonth')),
    ("date-no-such-day", "f:event", "Assertion-date", put("dipld:date", '"2022-02-30"^^xsd:date')),
    ("two-dates", "f:event", "Assertion-date", add("dipld:date", '"2022"^^xsd:gYear')),
    ("start-string", "f:relations", "Assertion-startDate", put("dipld:startDate", '"since 1992"')),
    ("end-integer", "f:relations", "Assertion-endDate", add("dipld:endDate", "2000")),
    ("status-not-a-status", "f:event", "Assertion-status", put("dipld:status", "dipld:CONSULT")),
    # evidence spans
    ("no-anchor", SPAN, "EvidenceSpan-anchorOf", drop("nif:anchorOf")),
    ("empty-anchor", SPAN, "EvidenceSpan-anchorOf", put("nif:anchorOf", '""')),
    ("no-begin", SPAN, "EvidenceSpan-beginIndex", drop("nif:beginIndex")),
    ("begin-negative", SPAN, "EvidenceSpan-beginIndex", put("nif:beginIndex", "-1")),
    ("begin-string", SPAN, "EvidenceSpan-beginIndex", put("nif:beginIndex", '"3"')),
    ("begin-after-end", SPAN, "EvidenceSpan-beginIndex", put("nif:beginIndex", "100000")),
    ("no-end", SPAN, "EvidenceSpan-endIndex", drop("nif:endIndex")),
    ("end-decimal", SPAN, "EvidenceSpan-endIndex", put("nif:endIndex", "5.0")),
    (
        "offsets-too-wide",
        SPAN,
        "EvidenceSpan-length",
        sparql(
            "DELETE { $this nif:endIndex ?e } INSERT { $this nif:endIndex ?w } "
            "WHERE { $this nif:endIndex ?e BIND(?e + 1 AS ?w) }"
        ),
    ),
    (
        "anchor-not-body-text",
        SPAN,
        "EvidenceSpan-context",
        put("nif:anchorOf", '"Belarus and Russia share a SEA border."'),
    ),
    # membership
    ("no-member", "f:membership", "Membership-member", drop("org:member")),
    (
        "two-organizations",
        "f:membership",
        "Membership-organization",
        add("org:organization", "wd:Q1065"),
    ),
    ("no-shortcut", "f:membership", "Membership-shortcut", drop("org:memberOf", node="wd:Q184")),
    # tenure
    ("no-holder", "f:tenure", "Tenure-holder", drop("dipld:holder")),
    ("role-not-a-role", "f:tenure", "Tenure-role", put("dipld:role", "dipld:CONSULT")),
    ("no-jurisdiction", "f:tenure", "Tenure-jurisdiction", drop("dipld:jurisdiction")),
    ("two-hosts", "f:tenure", "Tenure-accreditedTo", add("dipld:accreditedTo", "wd:Q212")),
    ("post-literal", "f:tenure", "Tenure-post", put("dipld:post", '"Ambassador"')),
    ("office-label-iri", "f:tenure", "Tenure-officeLabel", put("dipld:officeLabel", "wd:Q1")),
    # events and meetings
    ("no-event-type", "f:event", "Event-eventType", drop("dipld:eventType")),
    ("event-type-role", "f:event", "Event-eventType", put("dipld:eventType", "dipld:Ambassador")),
    ("cameo-letters", "f:event", "Event-cameoCode", put("dipld:cameoCode", '"03a"')),
    ("cameo-integer", "f:event", "Event-cameoCode", put("dipld:cameoCode", "33")),
    ("actor-literal", "f:event", "Event-actor", put("dipld:actor", '"Russia"')),
    ("recipient-literal", "f:event", "Event-recipient", put("dipld:recipient", '"Belarus"')),
    ("participant-literal", "f:meeting", "Event-participant", add("dipld:participant", '"Makei"')),
    ("place-literal", "f:meeting", "Event-place", put("dipld:place", '"Minsk"')),
    ("event-amount-negative", "f:event", "Event-amount", put("dipld:amount", "-5")),
    ("event-currency-code", "f:event", "Event-currency", put("dipld:currency", '"USD"')),
    ("nobody-acts", "f:event", "EventActorsShape", drop("dipld:actor")),
    # (one participant is a body whose members met: "NATO foreign ministers met in Brussels")
    ("meeting-of-none", "f:meeting", "Meeting-participant", drop("dipld:participant")),
    (
        "meeting-not-consult",
        "f:meeting",
        "Meeting-eventType",
        put("dipld:eventType", "dipld:AGREE"),
    ),
    # relations
    ("one-party", "f:border", "Relation-party", put("dipld:party", "wd:Q184")),
    ("party-literal", "f:partnership", "Relation-party", add("dipld:party", '"ASEAN"')),
    ("instrument-iri", "f:treaty", "Relation-instrument", put("dipld:instrument", "wd:Q1")),
    # trade
    ("no-amount", "f:total", "TradeFlow-amount", drop("dipld:amount")),
    ("amount-negative", "f:total", "TradeFlow-amount", put("dipld:amount", "-1")),
    ("amount-string", "f:total", "TradeFlow-amount", put("dipld:amount", '"40.1 billion"')),
    ("no-currency", "f:total", "TradeFlow-currency", drop("dipld:currency")),
    ("period-date", "f:total", "TradeFlow-period", put("dipld:period", '"2021-01-01"^^xsd:date')),
    ("period-not-a-year", "f:total", "TradeFlow-period", put("dipld:period", '"20x1"^^xsd:gYear')),
    ("flow-not-a-flow", "f:flow", "TradeFlow-flow", put("dipld:flow", "dipld:Future")),
    (
        "currency-code-lower",
        "f:total",
        "TradeFlow-currencyCode",
        put("dipld:currencyCode", '"usd"'),
    ),
    ("exporter-only", "f:flow", "TradeFlowPartiesShape", drop("dipld:importer")),
    ("total-without-flow", "f:total", "TradeFlowPartiesShape", drop("dipld:flow")),
    ("parties-and-exporter", "f:total", "TradeFlowPartiesShape", add("dipld:exporter", "wd:Q184")),
    ("no-reporter", "f:share", "TradeShare-reporter", drop("dipld:reporter")),
    ("no-partner", "f:share", "TradeShare-partner", drop("dipld:partner")),
    ("share-percent", "f:share", "TradeShare-share", put("dipld:share", "49")),
    (
        "share-period-date",
        "f:share",
        "TradeShare-period",
        put("dipld:period", '"2021-01-01"^^xsd:date'),
    ),
    (
        "share-of-total-trade-flow",
        "f:share",
        "TradeShare-flow",
        add("dipld:flow", "dipld:TotalTrade"),
    ),
    # permission
    ("no-grantor", "f:permission", "Permission-grantor", drop("dipld:grantor")),
    ("no-grantee", "f:permission", "Permission-grantee", drop("dipld:grantee")),
    (
        "activity-label",
        "f:permission",
        "Permission-activity",
        put("dipld:activity", '"military staging"'),
    ),
    (
        "territory-literal",
        "f:permission",
        "Permission-territory",
        put("dipld:territory", '"Belarusian soil"'),
    ),
    # article
    (
        "published-year",
        "a:t1",
        "Article-datePublished",
        put("schema:datePublished", '"2022"^^xsd:gYear'),
    ),
    ("no-source", "a:t1", "Article-source", drop("dcterms:source")),
    ("dateline-literal", "a:t1", "Article-dateline", put("dipld:dateline", '"MINSK"')),
    ("hash-iri", "a:t1", "Article-contentHash", put("dipld:contentHash", "<urn:sha256:abc>")),
    ("two-urls", "a:t1", "Article-url", add("schema:url", "<https://example.org/b>")),
    ("untitled", "a:t1", "ArticleTitleShape", both(drop("schema:headline"), drop("rdfs:label"))),
    # entities
    ("link-status-other", UNLINKED, "LinkStatus-value", put("dipld:linkStatus", "dipld:Future")),
    ("unlinked-without-label", UNLINKED, "UnlinkedLabelShape", drop("rdfs:label")),
    ("unlinked-two-labels", UNLINKED, "UnlinkedLabelShape", add("rdfs:label", '"EUROPOL"')),
    (
        "unlinked-wikidata-iri",
        "wd:Q207203",
        "UnlinkedIri-notWikidata",
        both(add("dipld:linkStatus", "dipld:Unlinked"), add("rdfs:label", '"Europol"')),
    ),
]


def expand(curie: str) -> str:
    if curie.startswith("<"):
        return curie[1:-1]
    prefix, local = curie.split(":", 1)
    namespaces = {**PREFIXES, "f": FACT, "a": "https://w3id.org/dipld/article/"}
    return namespaces[prefix] + local


def graph(update: str | None = None) -> rdflib.Graph:
    """The conforming graph, edited by a SPARQL Update (run by Oxigraph, as a store would)."""
    store = ox.Store()
    store.load(CONFORMING.encode(), format=ox.RdfFormat.TURTLE)
    if update:
        store.update(UPDATE_PREFIXES + update)
    g = rdflib.Graph()
    g.parse(
        data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format="nt"
    )
    return g


def hits(v: Violation) -> set[str]:
    return {str(n)[len(str(DSH)) :] for n in (v.shape, v.constraint) if n is not None}


def test_conforming_graph_conforms() -> None:
    report = validate_graph(graph(), "conforming")
    assert report.violations == (), "\n".join(v.describe() for v in report.violations)
    assert report.conforms and report.graphs == 1 and report.triples > 150


@pytest.mark.parametrize(("case", "focus", "shape", "edit"), CASES, ids=[c[0] for c in CASES])
def test_violating_graph_is_reported(case: str, focus: str, shape: str, edit: Edit) -> None:
    report = validate_graph(graph(edit(focus)), case)
    assert not report.conforms
    found = [v for v in report.violations if str(v.focus) == expand(focus)]
    assert any(shape in hits(v) for v in found), "\n".join(
        f"{v.describe()} [{hits(v)}]" for v in report.violations
    )
    for v in report.violations:
        assert len(v.message) > 15 and "http://www.w3.org/ns/shacl#" not in v.message


def shape_names() -> set[str]:
    sg = shapes_graph()
    names = set()
    for kind in (SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint):
        for node in sg.subjects(RDF.type, kind):
            if isinstance(node, URIRef):
                names.add(str(node)[len(str(DSH)) :])
    return names


def test_every_shape_is_broken_by_some_case() -> None:
    covered = {c[2] for c in CASES}
    node_shapes_with_parts = {
        str(s)[len(str(DSH)) :]
        for s in shapes_graph().subjects(RDF.type, SH.NodeShape)
        if (s, SH.property, None) in shapes_graph() or (s, SH.sparql, None) in shapes_graph()
    }
    # A node shape made only of named parts is covered through its parts.
    assert shape_names() - node_shapes_with_parts <= covered, (
        shape_names() - node_shapes_with_parts - covered
    )
    for node_shape in node_shapes_with_parts:
        parts = set(shapes_graph().objects(DSH[node_shape], SH.property)) | set(
            shapes_graph().objects(DSH[node_shape], SH.sparql)
        )
        assert {str(p)[len(str(DSH)) :] for p in parts} <= covered, node_shape


def test_every_shape_is_documented() -> None:
    sg = shapes_graph()
    for name in shape_names():
        node = DSH[name]
        assert sg.value(node, RDFS.comment) is not None, f"dsh:{name} has no rdfs:comment"
        has_parts = (node, SH.property, None) in sg or (node, SH.sparql, None) in sg
        if not has_parts:
            message = sg.value(node, SH.message)
            assert message is not None and len(str(message)) > 20, f"dsh:{name} has no sh:message"


def _scheme_members(scheme: str) -> set[URIRef]:
    from dipld.ontology import ontology_graph

    onto = ontology_graph()
    return {s for s in onto.subjects(rdflib.SKOS.inScheme, DIPLD[scheme]) if isinstance(s, URIRef)}


@pytest.mark.parametrize(
    ("shape", "scheme"),
    [
        ("Tenure-role", "Roles"),
        ("Event-eventType", "EventTypes"),
        ("Permission-activity", "Activities"),
        ("TradeFlow-flow", "TradeFlows"),
        ("Assertion-status", "Statuses"),
        ("LinkStatus-value", "LinkStatuses"),
    ],
)
def test_sh_in_lists_equal_the_concept_schemes(shape: str, scheme: str) -> None:
    sg = shapes_graph()
    head = sg.value(DSH[shape], SH["in"])
    assert head is not None
    listed = set(rdflib.collection.Collection(sg, head))
    assert listed == _scheme_members(scheme)


def test_assertion_targets_cover_every_subclass_of_assertion() -> None:
    from dipld.ontology import ontology_graph

    onto = ontology_graph()
    subclasses = set(onto.transitive_subjects(RDFS.subClassOf, DIPLD.Assertion))
    targets = set(shapes_graph().objects(DSH.AssertionShape, SH.targetClass))
    assert subclasses == targets
    event_classes = set(onto.transitive_subjects(RDFS.subClassOf, DIPLD.Event))
    assert event_classes == set(shapes_graph().objects(DSH.EventShape, SH.targetClass))
