package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The BOM names every published module at the build's version, so a host's import pins them all. */
class BomTest {

    private static final Path ROOT = DocsStandAloneTest.ROOT;
    /** Modules that are not published as libraries: programs and the BOM itself. */
    private static final Set<String> NOT_PUBLISHED = Set.of("bom", "examples", "benchmarks");

    @Test
    void theBomListsEveryPublishedModuleAtTheReactorsVersion() throws Exception {
        Document root = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        assertThat(child(bom.getDocumentElement(), "version"))
                .as("the BOM's version")
                .isEqualTo(child(root.getDocumentElement(), "version"));

        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertThat(child(d, "version")).isEqualTo("${project.version}");
            managed.add(child(d, "artifactId"));
        }
        NodeList modules = root.getElementsByTagName("module");
        List<String> published = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            if (!NOT_PUBLISHED.contains(module)) {
                published.add(
                        child(read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(), "artifactId"));
            }
        }
        assertThat(published).isNotEmpty();
        assertThat(managed).containsAll(published);
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of a direct child element (not of a nested one, such as the parent's version). */
    private static String child(Element element, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError(element.getTagName() + " has no " + name);
    }
}
