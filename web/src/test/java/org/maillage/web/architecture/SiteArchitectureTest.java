package org.maillage.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.HttpClient;

import java.net.URLDecoder;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.freeze.FreezingArchRule.freeze;

/**
 * The site's shape, checked on every build of the fast tier (docs/site.md says why each rule exists). Rules a part of
 * the site still breaks while it moves to the typed clients are frozen: their known breaches are listed in
 * src/test/resources/archunit_store, any new one fails, and one mended leaves the list for good.
 */
@AnalyzeClasses(packages = "org.maillage.web", importOptions = ImportOption.DoNotIncludeTests.class)
class SiteArchitectureTest {

    /** Packages by capability, each depending on the site's infrastructure (site, session, client), never in a circle. */
    @ArchTest
    static final ArchRule noPackageCycle = slices().matching("org.maillage.web.(*)..").should().beFreeOfCycles();

    /** The site knows a service only by its contract: its *-api module's records, codes and event types. */
    @ArchTest
    static final ArchRule onlyTheServicesContracts = noClasses().that().resideInAPackage("org.maillage.web..")
            .should().dependOnClassesThat(serviceInternals());

    /** The API is reached through typed clients (declarative @Client interfaces over the *-api records), not raw HTTP. */
    @ArchTest
    static final ArchRule theApiThroughTypedClients = freeze(noClasses().that().resideInAPackage("org.maillage.web..")
            .should().dependOnClassesThat().areAssignableTo(HttpClient.class)
            .because("a page calls the API through a declarative @Client interface over the services' records"));

    /** A form is a record the framework binds ({@code @Body SomeForm}), never a body parsed by hand. */
    @ArchTest
    static final ArchRule formsBoundByTheFramework = freeze(noClasses().that().resideInAPackage("org.maillage.web..")
            .should().dependOnClassesThat().belongToAnyOf(URLDecoder.class)
            .because("the framework decodes forms"));

    @ArchTest
    static final ArchRule noFormAsTextOrMap = freeze(methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
            .and().areAnnotatedWith(Post.class).or().areAnnotatedWith(Put.class)
            .should(notTakeTheBodyAsTextOrMap()));

    private static DescribedPredicate<JavaClass> serviceInternals() {
        return new DescribedPredicate<>("a service's internals (anything of org.maillage but the web, the *-api contracts and the secrets check)") {
            @Override
            public boolean test(JavaClass c) {
                String p = c.getPackageName();
                return p.startsWith("org.maillage.") && !p.startsWith("org.maillage.web") && !p.startsWith("org.maillage.directory.api")
                        && !p.startsWith("org.maillage.contracts.api") && !p.startsWith("org.maillage.reporting.api")
                        && !p.startsWith("org.maillage.notification.api") && !p.startsWith("org.maillage.platform.secrets");
            }
        };
    }

    private static ArchCondition<JavaMethod> notTakeTheBodyAsTextOrMap() {
        return new ArchCondition<>("take a form as its record, not as text or a map") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaParameter p : method.getParameters()) {
                    boolean body = p.isAnnotatedWith(Body.class);
                    boolean raw = p.getRawType().isAssignableTo(String.class) || p.getRawType().isAssignableTo(Map.class);
                    if (body && raw) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes its form as " + p.getRawType().getSimpleName()));
                    }
                }
            }
        };
    }
}
