package org.maillage.platform.secrets;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PostConstruct;

import java.util.ArrayList;
import java.util.List;

/**
 * In the {@code prod} environment (MICRONAUT_ENVIRONMENTS=prod) a service refuses to start with a missing
 * or default secret: the files in this repository hold trial values only, which must never reach a deployment.
 */
@Context
@Requires(env = "prod")
public class ProductionSecrets {

    private final Environment environment;
    private final List<String> required;

    public ProductionSecrets(Environment environment,
                             @Value("${maillage.secrets.required:datasources.default.password}") List<String> required) {
        this.environment = environment;
        this.required = required;
    }

    @PostConstruct
    void check() {
        List<String> problems = new ArrayList<>(SecretsCheck.problems(environment, required));
        // the demo loader's key lets a caller date writes in the past: a local run's setting, never a deployment's
        if (environment.getProperty("maillage.demo.backdating.key", String.class).filter(k -> !k.isBlank()).isPresent()) {
            problems.add("maillage.demo.backdating.key is set (it is for a local demo run only: remove it)");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("refusing to start in production: " + String.join("; ", problems)
                    + ". Set them from the environment or a secret store.");
        }
    }
}
