package org.maillage.notification.preference;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.maillage.platform.problem.ProblemException;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a PUT's body as the framework would bind and validate a {@link PreferencesForm} (the same problems for the same
 * faults), and also which fields it names: a bound record cannot tell a field left out from one sent as null.
 */
@Singleton
class PreferencesReader {

    private final ObjectMapper json;
    private final Validator validator;

    PreferencesReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    PreferencesChange read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object / doit être un objet JSON");
        }
        PreferencesForm form;
        try {
            form = json.readValueFromTree(body, PreferencesForm.class);
        } catch (IOException e) {
            // what a body bound by the framework gives: a 400 naming the field serde could not read
            throw new ConversionErrorException(Argument.of(PreferencesForm.class, "body"), e);
        }
        Set<ConstraintViolation<PreferencesForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Set<String> named = new HashSet<>();
        body.entries().forEach(e -> named.add(e.getKey()));
        return new PreferencesChange(form, named);
    }
}
