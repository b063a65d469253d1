package org.maillage.web.contract;

import org.maillage.web.member.Errors;
import org.maillage.web.member.Neighbours;

import java.util.List;
import java.util.Map;

/**
 * Declaring a contract I obtained: what was typed (kept when the server refuses it), the choices, the errors.
 *
 * @param buyers     the organizations of my pilots, institutions first
 * @param categories code and label of every category
 */
public record DeclarationForm(Map<String, String> values, List<Neighbours.Organization> buyers, List<Option> categories, Errors errors) {

    public record Option(String code, String label) {
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<Neighbours.Organization> institutions() {
        return buyers.stream().filter(Neighbours.Organization::institution).toList();
    }

    public List<Neighbours.Organization> enterprises() {
        return buyers.stream().filter(o -> !o.institution()).toList();
    }
}
