package io.reanimator.record;

import java.util.concurrent.CountDownLatch;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Runs the record API on its own, configured from the environment (see the module README's table). */
@OpenAPIDefinition(info = @Info(title = "reanimator-record-api", version = "1",
        description = "The medical record of assets and components, and the registry that classifies them."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public final class RecordApiApp {

    private RecordApiApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        RecordApiService service = RecordApiService.start(RecordApiConfig.fromEnvironment(System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "record-api-shutdown"));
        stopped.await();
    }
}
