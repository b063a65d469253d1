package org.maillage.platform.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.RouteAttributes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tells a caller refused by role which account the operation needs, read from the operation's own access rule. */
final class RequiredRoles {

    private static final String SECURED = "io.micronaut.security.annotation.Secured";
    private static final Map<String, String[]> ACCOUNTS = Map.of(
            "SUPPLIER", new String[] {"a SUPPLIER account of an enterprise", "un compte SUPPLIER d'une entreprise"},
            "BUYER", new String[] {"a BUYER account of an institution or an enterprise that buys",
                "un compte BUYER d'une institution ou d'une entreprise qui achète"},
            "COORDINATOR", new String[] {"a COORDINATOR account of the pilot", "un compte COORDINATOR du pilote"});

    private RequiredRoles() {
    }

    static String detail(HttpRequest<?> request) {
        List<String> roles = RouteAttributes.getRouteMatch(request)
                .map(RouteMatch::getAnnotationMetadata)
                .map(m -> List.of(m.stringValues(SECURED)))
                .orElse(List.of())
                .stream().filter(ACCOUNTS::containsKey).toList();
        if (roles.isEmpty()) {
            return ProblemType.FORBIDDEN.detail();
        }
        String en = roles.stream().map(r -> ACCOUNTS.get(r)[0]).collect(Collectors.joining(" or "));
        String fr = roles.stream().map(r -> ACCOUNTS.get(r)[1]).collect(Collectors.joining(" ou "));
        return "This needs " + en + "; sign in with such an account. / Il faut " + fr + " ; connectez-vous avec un tel compte.";
    }
}
