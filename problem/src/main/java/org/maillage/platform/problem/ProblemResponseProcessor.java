package org.maillage.platform.problem;

import io.micronaut.context.annotation.Replaces;
import com.fasterxml.jackson.core.JsonParseException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error leaves every service as RFC 9457 {@code application/problem+json}: a title, the status,
 * a detail a person can act on, and for invalid input the fields at fault. Never a stack trace.
 * (micronaut-problem-json would do this, but its jar is not served to us; this is the part we need.)
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        Map<String, Object> problem = new LinkedHashMap<>();
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException p) {
            problem.put("type", p.type());
            problem.put("title", p.title());
            problem.put("status", status.getCode());
            problem.put("detail", p.getMessage());
            problem.putAll(p.extensions());
        } else {
            List<Map<String, String>> fields = new ArrayList<>();
            ProblemType type = ProblemType.of(status.getCode());
            String detail = null;
            SerdeException unreadable = JsonPaths.deepest(cause);
            InvalidTextException invalidText = find(cause, InvalidTextException.class);
            JsonParseException malformed = find(cause, JsonParseException.class);
            ConversionErrorException unconverted = find(cause, ConversionErrorException.class);
            if (status.getCode() == 400 && malformed != null) {
                type = ProblemType.MALFORMED_JSON;
                detail = MalformedJson.describe(malformed);
            } else if (invalidText != null) {
                String field = unreadable == null ? "body" : JsonPaths.of(unreadable.getPath());
                fields.add(Map.of("field", field + invalidText.pathSuffix(), "message", TextInput.MESSAGE));
            } else if (status.getCode() == 400 && unreadable != null) {
                fields.add(Map.of("field", JsonPaths.of(unreadable.getPath()), "message", JsonPaths.expected(cause, unreadable)));
            } else if (unconverted != null) {
                fields.add(Map.of("field", unconverted.getArgument().getName(), "message", expected(unconverted.getArgument().getType())));
            } else if (cause instanceof ConstraintViolationException violations) {
                for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                    fields.add(Map.of("field", FieldNames.of(v.getPropertyPath()), "message", v.getMessage()));
                }
                fields.sort(java.util.Comparator.comparing(f -> f.get("field")));
            } else if (status.getCode() == 400) {
                for (Error e : context.getErrors()) {
                    e.getPath().ifPresent(path -> fields.add(Map.of("field", path, "message", e.getMessage())));
                }
            }
            if (!fields.isEmpty()) {
                type = ProblemType.INVALID;
                detail = fields.get(0).get("field") + ": " + fields.get(0).get("message");
            } else if (detail == null) {
                detail = type == ProblemType.FORBIDDEN ? RequiredRoles.detail(context.getRequest()) : type.detail();
            }
            problem.put("type", type.uri());
            problem.put("title", type.title());
            problem.put("status", status.getCode());
            problem.put("detail", detail);
            if (!fields.isEmpty()) {
                problem.put("errors", fields);
            }
        }
        problem.put("instance", context.getRequest().getPath());
        return response.contentType(PROBLEM_JSON).body(problem);
    }

    private static <T extends Throwable> T find(Throwable cause, Class<T> kind) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    /** What a value of this type looks like, said to a person rather than in the converter's words. */
    static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number such as 25 / doit être un nombre entier, p. ex. 25";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number such as 12000.50, without spaces or $ / doit être un nombre, p. ex. 12000.50, sans espaces ni $";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false / doit être true ou false";
        }
        if (type == java.util.UUID.class) {
            return "must be an identifier such as 3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01 / identifiant invalide, p. ex. 3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date such as 2014-06-01 / date invalide, attendue AAAA-MM-JJ, p. ex. 2014-06-01";
        }
        if (type == java.time.LocalDateTime.class || type == java.time.Instant.class || type == java.time.OffsetDateTime.class
                || type == java.time.ZonedDateTime.class) {
            return "must be a date and time such as 2027-02-15T12:00:00-05:00 / date et heure attendues, p. ex. 2027-02-15T12:00:00-05:00";
        }
        if (type == java.time.YearMonth.class) {
            return "must be a month such as 2014-06 / mois invalide, attendu AAAA-MM, p. ex. 2014-06";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + " / doit être l'une de ces valeurs";
        }
        if (type == String.class) {
            return "must be text in quotes / doit être du texte entre guillemets";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list such as [\"a\", \"b\"] / doit être une liste, p. ex. [\"a\", \"b\"]";
        }
        return "has the wrong format; see the example in /api/docs / format invalide ; voir l'exemple dans /api/docs";
    }
}
