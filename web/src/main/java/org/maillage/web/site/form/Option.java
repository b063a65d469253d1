package org.maillage.web.site.form;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One option of a list to pick from (site/select.jte): the value sent, its label, and the group it is listed under. */
public record Option(String value, String label, @Nullable String group) {

    public Option(String value, String label) {
        this(value, label, null);
    }

    /** Options in their order, consecutive ones of one group together; a group without a label is listed as is. */
    public record Group(@Nullable String label, List<Option> options) {
    }

    public static List<Group> grouped(List<Option> options) {
        List<Group> groups = new ArrayList<>();
        for (Option o : options) {
            if (groups.isEmpty() || !Objects.equals(groups.get(groups.size() - 1).label(), o.group())) {
                groups.add(new Group(o.group(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).options().add(o);
        }
        return groups;
    }
}
