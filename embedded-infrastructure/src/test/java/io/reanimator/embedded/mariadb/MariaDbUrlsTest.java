package io.reanimator.embedded.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.schemas.db.MariaDbUrls;
import org.junit.jupiter.api.Test;

class MariaDbUrlsTest {

    private static final String UTC = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    @Test
    void shouldAppendTheDatabaseAndSessionOptionsWhenGivenAServerUrl() {
        // when
        String url = MariaDbUrls.forDatabase("jdbc:mariadb://db:3306/", "reanimator");

        // then
        assertThat(url).isEqualTo("jdbc:mariadb://db:3306/reanimator?" + UTC);
    }

    @Test
    void shouldKeepOtherOptionsAndReplaceTheDatabaseWhenTheServerUrlHasThem() {
        // when
        String url = MariaDbUrls.forDatabase("jdbc:mariadb://db:3306/other?sslMode=verify-full", "t_1");

        // then
        assertThat(url).isEqualTo("jdbc:mariadb://db:3306/t_1?sslMode=verify-full&" + UTC);
    }

    @Test
    void shouldKeepTheHostListWhenTheUrlNamesAFailoverMode() {
        // when
        String url = MariaDbUrls.forDatabase("jdbc:mariadb:sequential://db1:3306,db2:3306", "reanimator");

        // then
        assertThat(url).isEqualTo("jdbc:mariadb:sequential://db1:3306,db2:3306/reanimator?" + UTC);
    }

    @Test
    void shouldOverrideAnotherTimeZoneWhenTheUrlSetsOne() {
        // when
        String url = MariaDbUrls.withSessionOptions("jdbc:mariadb://db/x?connectionTimeZone=LOCAL&useBulkStmts=true");

        // then
        assertThat(url).isEqualTo("jdbc:mariadb://db/x?connectionTimeZone=UTC&useBulkStmts=true"
                + "&forceConnectionTimeZoneToSession=true");
    }

    @Test
    void shouldRejectADatabaseNameWhenItWouldNeedQuoting() {
        assertThatThrownBy(() -> MariaDbUrls.forDatabase("jdbc:mariadb://db/", "x; DROP DATABASE y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
