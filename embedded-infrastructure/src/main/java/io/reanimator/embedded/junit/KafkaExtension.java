package io.reanimator.embedded.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link TestKafka} parameters from one {@link KafkaServers shared Kafka environment} per JVM, started on
 * first use and stopped when the JVM's tests are done (not once per test: a broker takes seconds to start).
 */
public final class KafkaExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context).testKafka();
    }

    private static KafkaServers shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KafkaServers.class, type -> KafkaServers.start(), KafkaServers.class);
    }
}
