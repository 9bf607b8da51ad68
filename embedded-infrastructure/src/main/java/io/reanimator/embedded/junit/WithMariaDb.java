package io.reanimator.embedded.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class a fresh, migrated MariaDB database, injected as a {@link TestDatabase} parameter
 * (constructor, lifecycle or test method).
 *
 * <pre>{@code
 * @WithMariaDb
 * class InstallationWriterIT {
 *     @Test
 *     void shouldKeepOneRowWhenTheSameInstallationArrivesTwice(TestDatabase db) throws SQLException {
 *         try (Connection connection = db.dataSource().getConnection()) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>One server per JVM, one database per test class; see {@link MariaDbExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MariaDbExtension.class)
public @interface WithMariaDb {
}
