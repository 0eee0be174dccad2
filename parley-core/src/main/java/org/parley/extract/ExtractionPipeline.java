package org.parley.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Components run in order over one article. Built only when every layer a component requires is
 * assigned by a component before it and no layer is assigned twice; each component sees only the layers
 * it requires and must add exactly the layers it assigns.
 */
final class ExtractionPipeline {

    private final List<Component> components;

    private ExtractionPipeline(List<Component> components) {
        this.components = List.copyOf(components);
    }

    /** @throws IllegalArgumentException naming the component and the layer when the components do not fit */
    static ExtractionPipeline of(Component... components) {
        Set<Layer> assigned = EnumSet.noneOf(Layer.class);
        for (Component c : components) {
            for (Layer l : c.requires()) {
                if (!assigned.contains(l)) {
                    throw new IllegalArgumentException(name(c) + " requires " + l + ", which no component before it assigns");
                }
            }
            for (Layer l : c.assigns()) {
                if (!assigned.add(l)) {
                    throw new IllegalArgumentException(name(c) + " assigns " + l + ", which a component before it assigns already");
                }
            }
        }
        return new ExtractionPipeline(List.of(components));
    }

    ExtractDoc run(ExtractDoc doc) {
        for (Component c : components) {
            ExtractDoc out = c.apply(doc.limitedTo(c.requires()));
            Set<Layer> added = new HashSet<>(out.layers().keySet());
            added.removeAll(c.requires());
            if (!added.equals(c.assigns())) {
                throw new IllegalStateException(name(c) + " declares it assigns " + c.assigns() + " but added " + added);
            }
            for (Layer l : c.assigns()) {
                doc = doc.with(l, out.layer(l));
            }
        }
        return doc;
    }

    /** The components in order, each with the layers it assigns, for explanations and tests. */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Component c : components) {
            out.add(name(c) + " " + c.requires() + " -> " + c.assigns());
        }
        return out;
    }

    private static String name(Component c) {
        return c.getClass().getSimpleName();
    }
}
