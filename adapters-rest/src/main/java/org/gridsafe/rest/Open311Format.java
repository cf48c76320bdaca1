package org.gridsafe.rest;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GeoReport v2 bodies in the two formats the spec allows: XML (required by the spec, written with
 * the JDK's StAX) and JSON. Values are maps and lists; in XML a list becomes a container element
 * whose items take the container's singular name ({@code endpoints/endpoint}, {@code values/value}).
 */
enum Open311Format {
    XML,
    JSON;

    private static final Map<String, String> ITEM_NAMES = Map.of(
            "endpoints", "endpoint",
            "formats", "format",
            "attributes", "attribute",
            "values", "value",
            "services", "service",
            "service_requests", "request",
            "errors", "error");

    static Open311Format ofPath(String path) {
        return path.endsWith(".xml") ? XML : JSON;
    }

    String contentType() {
        return this == XML ? Reply.XML : Reply.JSON;
    }

    /** Renders {@code value} (a map, or a list of maps) with {@code root} as the XML root element. */
    String render(Json json, String root, Object value) {
        if (this == JSON) {
            return json.write(value);
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            element(xml, root, value);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Open311 XML", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() != null) {
                    element(xml, entry.getKey().toString(), entry.getValue());
                }
            }
        } else if (value instanceof List<?> list) {
            String item = ITEM_NAMES.getOrDefault(name, "item");
            for (Object element : list) {
                element(xml, item, element);
            }
        } else {
            xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }
}
