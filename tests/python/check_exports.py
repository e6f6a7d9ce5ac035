"""Reads Quotegraph's exports with the real programs and checks that nothing is missing.

Usage: check_exports.py <folder with the exports> <story.json>...

For each story, <folder> holds <id>.graphml, <id>.gexf and <id>.cyjs (as `npm run convert` names them). They are read
with NetworkX (read_graphml, read_gexf, cytoscape_graph) and igraph (Read_GraphML), and the GEXF is validated against
the GEXF 1.3 RELAX NG schema with lxml. Every node and relation must be there with its label, type, direction and
quotes (the evidence JSON, paragraph, prefix and suffix included). Prints a JSON report; exits 1 with one line per
problem.
"""

import json
import os
import re
import sys

import igraph
import lxml
import networkx as nx
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
GEXF_RNG = os.path.join(HERE, "schemas", "gexf-1.3", "gexf.rng")
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
# What XML 1.0 cannot hold, which the XML exports drop (the one documented loss): C0 controls but tab, LF, CR; U+FFFE/F.
NOT_XML = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]")


def xml_text(text):
    return NOT_XML.sub("", text)


def edges_by_id(graph):
    """Edges as (source, target, data) by the relation's id, for simple graphs and multigraphs alike."""
    found = {}
    if graph.is_multigraph():
        for source, target, key, data in graph.edges(keys=True, data=True):
            found[data.get("id", key)] = (source, target, data)
    else:
        for source, target, data in graph.edges(data=True):
            found[data["id"]] = (source, target, data)
    return found


class Checker:
    def __init__(self):
        self.problems = []

    def same(self, where, got, want):
        if got != want:
            self.problems.append(f"{where}: got {got!r}, expected {want!r}")

    def graph(self, where, graph, story, names, xml):
        """NetworkX: every node with label, type, position and evidence; every relation with ends, label, type, direction and evidence."""
        text = xml_text if xml else (lambda t: t)
        self.same(f"{where} node ids", sorted(graph.nodes), sorted(n["id"] for n in story["nodes"]))
        for node in story["nodes"]:
            data = graph.nodes[node["id"]] if node["id"] in graph.nodes else {}
            self.same(f"{where} node {node['id']} label", data.get("label"), text(node["label"]))
            self.same(f"{where} node {node['id']} type", data.get("type"), text(node["type"]))
            self.same(f"{where} node {node['id']} evidence", json.loads(data.get("evidence", "[]")), node["evidence"])
            if "position" in node and names.get("position"):
                self.same(f"{where} node {node['id']} position", names["position"](data), (node["position"]["x"], node["position"]["y"]))
        edges = edges_by_id(graph)
        self.same(f"{where} edge ids", sorted(edges), sorted(e["id"] for e in story["edges"]))
        for edge in story["edges"]:
            source, target, data = edges.get(edge["id"], (None, None, {}))
            ends = {source, target} if not graph.is_directed() else (source, target)
            want_ends = {edge["source"], edge["target"]} if not graph.is_directed() else (edge["source"], edge["target"])
            self.same(f"{where} edge {edge['id']} ends", ends, want_ends)
            self.same(f"{where} edge {edge['id']} label", data.get("label"), text(edge["label"]))
            self.same(f"{where} edge {edge['id']} type", data.get(names["edge_type"]), text(edge["type"]) if "type" in edge else None)
            self.same(f"{where} edge {edge['id']} directed", data.get("directed"), edge.get("directed", True))
            self.same(f"{where} edge {edge['id']} evidence", json.loads(data.get("evidence", "[]")), edge["evidence"])

    def igraph(self, where, graph, story):
        text = xml_text
        self.same(f"{where} node ids", sorted(graph.vs["id"]), sorted(n["id"] for n in story["nodes"]))
        by_id = {v["id"]: v for v in graph.vs}
        for node in story["nodes"]:
            vertex = by_id.get(node["id"])
            self.same(f"{where} node {node['id']} label", vertex["label"] if vertex else None, text(node["label"]))
            self.same(f"{where} node {node['id']} evidence", json.loads(vertex["evidence"]) if vertex else None, node["evidence"])
        # igraph 1.0 fills its `id` edge attribute with vertex ids, so the export carries the id again as edge_id.
        edges = {e["edge_id"]: e for e in graph.es}
        self.same(f"{where} edge ids", sorted(edges), sorted(e["id"] for e in story["edges"]))
        for edge in story["edges"]:
            found = edges.get(edge["id"])
            if not found:
                continue
            ends = (graph.vs[found.source]["id"], graph.vs[found.target]["id"])
            want = (edge["source"], edge["target"])
            self.same(f"{where} edge {edge['id']} ends", ends if graph.is_directed() else set(ends), want if graph.is_directed() else set(want))
            self.same(f"{where} edge {edge['id']} label", found["label"], text(edge["label"]))
            self.same(f"{where} edge {edge['id']} directed", bool(found["directed"]), edge.get("directed", True))
            self.same(f"{where} edge {edge['id']} evidence", json.loads(found["evidence"]), edge["evidence"])

    def gexf_schema(self, where, path, rng):
        document = etree.parse(path)
        # The RELAX NG grammar does not model xsi:schemaLocation, which validators conventionally ignore.
        for element in document.iter():
            for name in [a for a in element.attrib if a.startswith(XSI)]:
                del element.attrib[name]
        if not rng.validate(document):
            self.problems.append(f"{where}: not valid GEXF 1.3: {rng.error_log}")


def main(folder, story_paths):
    checker = Checker()
    rng = etree.RelaxNG(etree.parse(GEXF_RNG))
    report = {"networkx": nx.__version__, "igraph": igraph.__version__, "lxml": lxml.__version__, "stories": []}
    for path in story_paths:
        with open(path, encoding="utf-8") as f:
            story = json.load(f)
        base = os.path.join(folder, story["id"])
        graphml = nx.read_graphml(base + ".graphml")
        gexf = nx.read_gexf(base + ".gexf")
        with open(base + ".cyjs", encoding="utf-8") as f:
            cyjs = nx.cytoscape_graph(json.load(f))
        ig = igraph.Graph.Read_GraphML(base + ".graphml")
        graphml_pos = lambda d: (d.get("x"), d.get("y"))
        gexf_pos = lambda d: (d["viz"]["position"]["x"], -d["viz"]["position"]["y"] or 0.0) if "viz" in d else None
        checker.graph(f"{story['id']}.graphml (networkx)", graphml, story, {"edge_type": "type", "position": graphml_pos}, True)
        checker.graph(f"{story['id']}.gexf (networkx)", gexf, story, {"edge_type": "relation", "position": gexf_pos}, True)
        checker.graph(f"{story['id']}.cyjs (networkx)", cyjs, story, {"edge_type": "type"}, False)
        checker.igraph(f"{story['id']}.graphml (igraph)", ig, story)
        checker.gexf_schema(f"{story['id']}.gexf", base + ".gexf", rng)
        all_undirected = bool(story["edges"]) and all(e.get("directed", True) is False for e in story["edges"])
        checker.same(f"{story['id']}.graphml directed", graphml.is_directed(), not all_undirected)
        checker.same(f"{story['id']}.gexf directed", gexf.is_directed(), not all_undirected)
        report["stories"].append({
            "id": story["id"],
            "nodes": len(story["nodes"]),
            "edges": len(story["edges"]),
            "networkx_graphml": [type(graphml).__name__, graphml.number_of_nodes(), graphml.number_of_edges()],
            "networkx_gexf": [type(gexf).__name__, gexf.number_of_nodes(), gexf.number_of_edges()],
            "networkx_cytoscape": [type(cyjs).__name__, cyjs.number_of_nodes(), cyjs.number_of_edges()],
            "igraph_graphml": [ig.is_directed(), ig.vcount(), ig.ecount()],
            "story_in_graphml": json.loads(graphml.graph["story"])["article"] == story["article"],
        })
    print(json.dumps(report))
    for problem in checker.problems:
        print(problem, file=sys.stderr)
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
