package org.maillage.platform.security;

import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.List;

/**
 * Default-deny is the framework's (a route without a rule is refused); this makes it visible:
 * every route of ours must say who may call it. Services assert the list is empty in a test.
 */
public final class AccessDeclarations {

    private AccessDeclarations() {
    }

    /** The application's routes that carry no {@code @Secured}, as "METHOD /path". */
    public static List<String> undeclared(Router router) {
        return router.uriRoutes()
                .filter(route -> route.getTargetMethod().getDeclaringType().getPackageName().startsWith("org.maillage"))
                .filter(route -> !route.getTargetMethod().hasAnnotation(Secured.class))
                .map(AccessDeclarations::describe)
                .toList();
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate();
    }
}
