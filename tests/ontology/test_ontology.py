"""The ontology file: parses, declares the public contract and every term the code and data use."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, Namespace, URIRef
from rdflib.namespace import DCTERMS, SH

import dipld
from dipld.iri import DIPLD, ONTOLOGY_IRI
from dipld.model import ROLES, FactClass, Status
from dipld.ontology import declared_terms, ontology_bytes, ontology_version, shapes_bytes

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "ontology" / "dipld.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
VANN = Namespace("http://purl.org/vocab/vann/")
WD = "http://www.wikidata.org/entity/"

# The public contract of DESIGN.md ("Public contract" table and namespace section), by kind.
CONTRACT_CLASSES = {
    "Assertion", "Membership", "Tenure", "Event", "Meeting", "SharedBorder",
    "DiplomaticRelations", "TreatyRelation", "Partnership", "TradeFlow", "TradeShare",
    "Permission", "Article", "EvidenceSpan",
}  # fmt: skip
CONTRACT_PROPERTIES = {
    "evidence", "confidence", "observedOn", "date", "startDate", "endDate", "holder", "role",
    "jurisdiction", "accreditedTo", "post", "eventType", "actor", "recipient", "place",
    "cameoCode", "participant", "topic", "party", "exporter", "importer", "flow", "amount",
    "currency", "period", "reporter", "partner", "share", "grantor", "grantee", "activity",
    "territory", "dateline", "linkStatus",
}  # fmt: skip
EVENT_TYPES = {
    "AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"}, "AID": {"07"},
    "RETREAT": {"08"}, "CONCEDE": {"08"}, "REQUEST": {"10"}, "ACCUSE": {"11"},
    "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"}, "MOBILIZE": {"15"},
    "SANCTION": {"16"}, "COERCE": {"17"}, "ASSAULT": {"18", "19", "20"},
}  # fmt: skip
ROLE_CONCEPTS = {
    "HeadOfState", "HeadOfGovernment", "ForeignMinister", "Ambassador", "Minister",
    "DeputyHeadOfGovernment", "DeputyMinister", "NationalSecurityAdvisor", "SpecialEnvoy",
    "SeniorOfficial", "HeadOfAgency", "HeadOfOrganization", "MilitaryCommander", "Spokesperson",
}  # fmt: skip
SCHEMES = {
    "EventTypes": set(EVENT_TYPES),
    "Roles": ROLE_CONCEPTS,
    "Activities": {
        "MilitaryStaging", "NuclearWeaponsStationing", "MilitaryBasing", "MilitaryTransit",
        # (MigrationProcessing: session 14 rel3, "to operate Safe Mobility Offices")
        "Transit", "Overflight", "MilitaryExercise", "MigrationProcessing",
        # (MaritimePatrol: session 14 rel7, shiprider agreements' patrols)
        "MaritimePatrol",
        # (VisaFreeEntry: session 30, visa-free travel)
        "VisaFreeEntry",
    },
    "TradeFlows": {"TotalTrade", "Export", "Import"},
    "Statuses": {"Future", "Historical", "Ongoing"},
    "LinkStatuses": {"Linked", "Unlinked"},
}  # fmt: skip
# Terms the issue adds for the KB, provenance and linking (beyond DESIGN.md's table).
ISSUE_CLASSES = {
    "ReferenceStatement", "ReferenceMembership", "ReferenceTenure", "LinkStatus",
}  # fmt: skip
ISSUE_PROPERTIES = {
    "officeLabel", "status", "instrument", "currencyCode", "contentHash", "extractorVersion",
    "surfaceForm", "membershipStatus", "asOf", "kind", "officialName", "abbreviation", "demonym",
    "demonymNoun", "iso3166Alpha2", "iso3166Alpha3", "capital", "nationalCapital", "loadedFrom",
    "fileHash", "postMatched",
}  # fmt: skip
# Every skos:closeMatch to Wikidata, each checked against published property lists (never a
# guessed PID): adding one means checking it and adding it here.
WIKIDATA_MATCHES = {
    "Membership": "P463", "ReferenceMembership": "P463", "Tenure": "P39", "ReferenceTenure": "P39",
    "SharedBorder": "P47", "DiplomaticRelations": "P530", "TreatyRelation": "P1891",
    "date": "P585", "startDate": "P580", "endDate": "P582", "participant": "P710",
    "place": "P276", "jurisdiction": "P1001", "officialName": "P1448", "abbreviation": "P1813",
    "demonym": "P1549", "iso3166Alpha2": "P297", "iso3166Alpha3": "P298", "capital": "P36",
}  # fmt: skip
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(ONTOLOGY, format="turtle")
    return graph


def d(local: str) -> URIRef:
    return DIPLD[local]


def types_of(onto: rdflib.Graph, local: str) -> set[rdflib.term.Node]:
    return set(onto.objects(d(local), RDF.type))


def test_files_parse_with_rdflib_and_pyoxigraph() -> None:
    for path in (ONTOLOGY, SHAPES):
        assert len(rdflib.Graph().parse(path, format="turtle")) > 100
        assert len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))) > 100


def test_packaged_copies_are_byte_identical() -> None:
    assert ontology_bytes() == ONTOLOGY.read_bytes(), (
        "dipld/data/dipld.ttl differs from ontology/dipld.ttl; "
        "run: cp ontology/dipld.ttl ontology/shapes.ttl dipld/data/"
    )
    assert shapes_bytes() == SHAPES.read_bytes(), (
        "dipld/data/shapes.ttl differs from ontology/shapes.ttl; "
        "run: cp ontology/dipld.ttl ontology/shapes.ttl dipld/data/"
    )


def test_metadata(onto: rdflib.Graph) -> None:
    node = ONTOLOGY_IRI
    assert (node, RDF.type, OWL.Ontology) in onto
    assert str(onto.value(node, OWL.versionInfo)) == dipld.__version__ == ontology_version()
    assert onto.value(node, DCTERMS.title) is not None
    assert onto.value(node, DCTERMS.description) is not None
    assert onto.value(node, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert str(onto.value(node, DCTERMS.creator)) == "dipld maintainers"
    assert str(onto.value(node, VANN.preferredNamespacePrefix)) == "dipld"
    assert str(onto.value(node, VANN.preferredNamespaceUri)) == str(DIPLD)


@pytest.mark.parametrize("local", sorted(CONTRACT_CLASSES | ISSUE_CLASSES))
def test_contract_class_declared(onto: rdflib.Graph, local: str) -> None:
    assert OWL.Class in types_of(onto, local), f"dipld:{local} is not an owl:Class"


@pytest.mark.parametrize("local", sorted(CONTRACT_PROPERTIES | ISSUE_PROPERTIES))
def test_contract_property_declared(onto: rdflib.Graph, local: str) -> None:
    assert types_of(onto, local) & PROPERTY_TYPES, f"dipld:{local} is not declared a property"


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_concept_schemes_hold_exactly_the_listed_concepts(onto: rdflib.Graph, scheme: str) -> None:
    assert (d(scheme), RDF.type, SKOS.ConceptScheme) in onto
    members = {str(s)[len(str(DIPLD)) :] for s in onto.subjects(SKOS.inScheme, d(scheme))}
    assert members == SCHEMES[scheme]
    for local in members:
        assert SKOS.Concept in types_of(onto, local)


def test_concepts_are_documented(onto: rdflib.Graph) -> None:
    concepts = set(onto.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == sum(len(v) for v in SCHEMES.values())
    for concept in concepts:
        assert len(set(onto.objects(concept, SKOS.inScheme))) == 1, concept
        assert onto.value(concept, SKOS.prefLabel) is not None, concept
        definition = onto.value(concept, SKOS.definition)
        assert definition is not None and len(str(definition)) > 30, concept


def test_plover_notations_are_cameo_root_codes(onto: rdflib.Graph) -> None:
    for local, codes in EVENT_TYPES.items():
        notations = set(onto.objects(d(local), SKOS.notation))
        assert {str(n) for n in notations} == codes, local
        for n in notations:
            assert isinstance(n, rdflib.Literal) and n.datatype is None and n.language is None


def test_role_concepts_are_org_roles(onto: rdflib.Graph) -> None:
    org_role = URIRef("http://www.w3.org/ns/org#Role")
    for local in ROLE_CONCEPTS:
        assert org_role in types_of(onto, local), local


def test_every_term_has_label_comment_and_is_defined_by(onto: rdflib.Graph) -> None:
    terms = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(DIPLD)}
    assert len(terms) >= 120
    for term in terms:
        assert onto.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
        comment = onto.value(term, RDFS.comment)
        assert comment is not None and len(str(comment)) > 10, f"{term} has no rdfs:comment"
        assert onto.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term


def test_every_fact_class_is_an_assertion(onto: rdflib.Graph) -> None:
    assertion = d("Assertion")
    for cls in FactClass:
        supers = set(onto.transitive_objects(d(cls.value), RDFS.subClassOf))
        assert assertion in supers, cls
    for reference in ("ReferenceStatement", "ReferenceMembership", "ReferenceTenure"):
        assert assertion not in set(onto.transitive_objects(d(reference), RDFS.subClassOf))


def test_alignments(onto: rdflib.Graph) -> None:
    org = Namespace("http://www.w3.org/ns/org#")
    sem = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    prov = Namespace("http://www.w3.org/ns/prov#")
    schema = Namespace("http://schema.org/")
    nif = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    expected = [
        (d("Assertion"), RDFS.subClassOf, prov.Entity),
        (d("Membership"), RDFS.subClassOf, org.Membership),
        (d("ReferenceMembership"), RDFS.subClassOf, org.Membership),
        (d("Event"), RDFS.subClassOf, sem.Event),
        (d("Meeting"), RDFS.subClassOf, d("Event")),
        (d("Article"), RDFS.subClassOf, schema.NewsArticle),
        (d("EvidenceSpan"), RDFS.subClassOf, nif.String),
        (d("actor"), RDFS.subPropertyOf, sem.hasActor),
        (d("participant"), RDFS.subPropertyOf, sem.hasActor),
        (d("place"), RDFS.subPropertyOf, sem.hasPlace),
        (d("date"), RDFS.subPropertyOf, sem.hasTimeStamp),
        (d("startDate"), RDFS.subPropertyOf, sem.hasBeginTimeStamp),
        (d("endDate"), RDFS.subPropertyOf, sem.hasEndTimeStamp),
    ]
    for triple in expected:
        assert triple in onto, triple
    # dipld:evidence must not imply a second prov:wasDerivedFrom under RDFS inference.
    assert (d("evidence"), RDFS.subPropertyOf, prov.wasDerivedFrom) not in onto


def test_wikidata_close_matches_are_exactly_the_checked_ones(onto: rdflib.Graph) -> None:
    found = {}
    for term, match in onto.subject_objects(SKOS.closeMatch):
        assert str(match).startswith(WD) and re.fullmatch(r"P[1-9][0-9]*", str(match)[len(WD) :])
        found[str(term)[len(str(DIPLD)) :]] = str(match)[len(WD) :]
    assert found == WIKIDATA_MATCHES


def test_referenced_dipld_terms_are_declared(onto: rdflib.Graph) -> None:
    declared = declared_terms()
    for triple in onto:
        for node in triple:
            if isinstance(node, URIRef) and str(node).startswith(DIPLD):
                assert str(node) in declared, node


def test_model_vocabulary_is_declared(onto: rdflib.Graph) -> None:
    declared = declared_terms()
    for cls in FactClass:
        assert str(d(cls.value)) in declared
    for roles in ROLES.values():
        for role in roles:
            if role not in {"member", "organization"}:  # org:member, org:organization
                assert types_of(onto, role) & PROPERTY_TYPES, role
    for status in Status:
        if status is not Status.ASSERTED:
            assert (d(status.value.capitalize()), SKOS.inScheme, d("Statuses")) in onto


def test_every_dipld_term_in_the_shapes_is_declared() -> None:
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    used = {n for t in shapes for n in t if isinstance(n, URIRef) and str(n).startswith(DIPLD)}
    for query in shapes.objects(None, SH.select):
        used |= {d(m) for m in re.findall(r"\bdipld:(\w+)", str(query))}
    assert used, "the shapes use no dipld: terms?"
    assert used <= {URIRef(t) for t in declared_terms()}, used - {
        URIRef(t) for t in declared_terms()
    }


_USAGE = re.compile(
    r"""DIPLD\.(?P<attr>[A-Za-z_]\w*)|DIPLD\[\s*["'](?P<item>\w+)["']\s*\]|\bdipld\(\s*["'](?P<call>\w+)["']\s*\)"""
)


def code_terms(root: Path) -> dict[str, set[str]]:
    """dipld: local names the package's code names statically, with the files naming them."""
    namespace_attrs = set(dir(DIPLD))
    found: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        for m in _USAGE.finditer(path.read_text("utf-8")):
            name = m.group("attr") or m.group("item") or m.group("call")
            if m.group("attr") and name in namespace_attrs:
                continue  # a str/Namespace method, not a term
            found.setdefault(name, set()).add(str(path.relative_to(root.parent)))
    return found


def test_code_scan_finds_all_three_spellings(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "m.py").write_text(
        'a = DIPLD.Meeting\nb = DIPLD["holder"]\nc = dipld("Nonsense")\nd = DIPLD.startswith("x")\n'
    )
    assert set(code_terms(pkg)) == {"Meeting", "holder", "Nonsense"}


def test_every_term_the_code_emits_is_declared() -> None:
    used = code_terms(ROOT / "dipld")
    declared = declared_terms()
    missing = {n: files for n, files in used.items() if str(d(n)) not in declared}
    assert not missing, (
        f"dipld: terms used in code but not declared in ontology/dipld.ttl: {missing}"
    )


def undeclared_in(path: Path) -> set[str]:
    """dipld: IRIs in an RDF file (Turtle or TriG) that the ontology does not declare."""
    fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
    declared = declared_terms()
    out = set()
    for quad in ox.parse(path=str(path), format=fmt):
        for node in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            name = node.value if isinstance(node, ox.NamedNode) else ""
            if name.startswith(str(DIPLD)) and name not in declared:
                out.add(name)
    return out


def test_undeclared_in_detects_a_misspelt_term(tmp_path: Path) -> None:
    sample = tmp_path / "g.trig"
    sample.write_text(
        "@prefix dipld: <https://w3id.org/dipld/ontology#> .\n"
        "<urn:g> { <urn:f> a dipld:Meeting ; dipld:particpant <urn:x> . }\n"
    )
    assert undeclared_in(sample) == {str(d("particpant"))}


def golden_files() -> list[Path]:
    golden = ROOT / "tests" / "golden"
    return sorted([*golden.glob("*.ttl"), *golden.glob("*.trig")]) if golden.is_dir() else []


def test_golden_graph_terms_are_declared() -> None:
    """Every dipld: IRI in tests/golden/*.ttl|*.trig is declared (passes while there are none)."""
    undeclared = {p.name: found for p in golden_files() if (found := undeclared_in(p))}
    assert not undeclared, undeclared
