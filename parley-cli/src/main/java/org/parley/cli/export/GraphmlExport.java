package org.parley.cli.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parley.model.Participant;
import org.parley.store.StoredEvent;

/**
 * The actor network as GraphML, which Gephi, yEd, NetworkX and JGraphT open: a node per knowledge-base
 * actor taking part in an exported event, an undirected edge per pair of actors that took part in the
 * same events, weighted by how many, with the first and last date they met.
 */
public final class GraphmlExport {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private record Node(String label, String country) {
    }

    private static final class Edge {
        int weight;
        String first;
        String last;
        final Map<String, Integer> types = new TreeMap<>();
    }

    private GraphmlExport() {
    }

    public static void write(List<StoredEvent> events, Path file) throws IOException {
        Map<Long, Node> nodes = new TreeMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (StoredEvent e : events) {
            List<Long> ids = e.actorIds();
            for (int i = 0; i < ids.size() && i < e.participants().size(); i++) {
                Participant p = e.participants().get(i);
                nodes.putIfAbsent(ids.get(i), new Node(p.name(), p.country()));
            }
            String date = e.date().start() == null ? null : e.date().start().iso();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    long a = Math.min(ids.get(i), ids.get(j));
                    long b = Math.max(ids.get(i), ids.get(j));
                    if (a != b) {
                        see(edges.computeIfAbsent(a + " " + b, k -> new Edge()), date, e.type().label());
                    }
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            key(x, "label", "node", "label", "string");
            key(x, "country", "node", "country", "string");
            key(x, "weight", "edge", "weight", "double");
            key(x, "first", "edge", "first_date", "string");
            key(x, "last", "edge", "last_date", "string");
            key(x, "types", "edge", "types", "string");
            x.writeStartElement("graph");
            x.writeAttribute("id", "actors");
            x.writeAttribute("edgedefault", "undirected");
            for (Map.Entry<Long, Node> n : nodes.entrySet()) {
                x.writeStartElement("node");
                x.writeAttribute("id", "a" + n.getKey());
                data(x, "label", n.getValue().label());
                data(x, "country", n.getValue().country());
                x.writeEndElement();
            }
            int id = 0;
            for (Map.Entry<String, Edge> e : edges.entrySet()) {
                String[] ends = e.getKey().split(" ");
                Edge edge = e.getValue();
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + id++);
                x.writeAttribute("source", "a" + ends[0]);
                x.writeAttribute("target", "a" + ends[1]);
                data(x, "weight", String.valueOf((double) edge.weight));
                data(x, "first", edge.first);
                data(x, "last", edge.last);
                data(x, "types", edge.types.toString().replaceAll("[{}]", ""));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void see(Edge edge, String date, String type) {
        edge.weight++;
        edge.types.merge(type, 1, Integer::sum);
        if (date != null) {
            edge.first = edge.first == null || date.compareTo(edge.first) < 0 ? date : edge.first;
            edge.last = edge.last == null || date.compareTo(edge.last) > 0 ? date : edge.last;
        }
    }

    private static void key(XMLStreamWriter x, String id, String on, String name, String type)
            throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", on);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
