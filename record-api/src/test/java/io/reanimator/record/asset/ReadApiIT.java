package io.reanimator.record.asset;

import static io.reanimator.record.RunningRecordApi.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.record.RunningRecordApi;
import io.reanimator.record.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@WithMariaDb
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T1 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-10T08:00:00Z");

    private RunningRecordApi api;
    private Seed seed;
    private long assetA;
    private long assetB;
    private long assetC;
    private long moved;
    private long dimm;

    @BeforeAll
    void start(TestDatabase db, TestKafka kafka) throws Exception {
        api = RunningRecordApi.start(RunningRecordApi.config(db, kafka, kafka.uniqueName("read") + "."));
        seed = new Seed(db.dataSource());
        long acme = seed.insert("INSERT INTO customers (code, name) VALUES ('acme', 'Acme Corp')");
        long site = seed.insert("INSERT INTO locations (kind, code, path) VALUES ('SITE', 'ams-dc1', 'ams-dc1')");
        long room = seed.insert("INSERT INTO locations (kind, code, parent_id, path) VALUES ('ROOM', 'room-2', ?,"
                + " 'ams-dc1/room-2')", site);
        assetA = seed.asset("supermicro", "sma001", "SYS-1029U", "IN_PRODUCTION", null);
        assetB = seed.asset("supermicro", "smb002", "SYS-2029U", "INTAKE", "fra-dc3");
        assetC = seed.asset("dell", "dlc003", "R740", "RETIRED", null);
        seed.insert("UPDATE assets SET customer_id = ?, location_id = ? WHERE id = ?", acme, room, assetA);
        moved = seed.component("NVME", "samsung", "s4ev0001", "PM9A3", 3_840_000_000_000L, "GDC5302Q");
        dimm = seed.component("DIMM", "samsung", "d0000001", "M393A4K40DB3", 34_359_738_368L, null);
        seed.installation(moved, assetA, "NVME0", T1, T2);
        seed.installation(moved, assetB, "NVME3", T2, null);
        seed.installation(dimm, assetA, "DIMM_A1", T1, null);
        seed.observation(assetA, moved, T1.plusSeconds(3600), "GDC5102Q");
        seed.observation(assetB, moved, T2.plusSeconds(3600), "GDC5302Q");
        seed.event("COMPONENT", moved, "INSTALLED", T1, false);
        seed.event("COMPONENT", moved, "FIRMWARE_CHANGED", T1.plusSeconds(86_400), true);
        seed.event("COMPONENT", moved, "MOVED", T2, false);
        seed.failure(moved, assetB, T2.plusSeconds(7200));
        seed.ticket("OPS-7", T2.plusSeconds(9000), "COMPONENT", moved);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void shouldFilterAssetsByEveryFilter() throws Exception {
        assertThat(ids("/assets")).containsExactly(assetA, assetB, assetC);
        assertThat(ids("/assets?vendor=supermicro")).containsExactly(assetA, assetB);
        assertThat(ids("/assets?serial=SMB002")).containsExactly(assetB);
        assertThat(ids("/assets?model=R740")).containsExactly(assetC);
        assertThat(ids("/assets?status=RETIRED")).containsExactly(assetC);
        assertThat(ids("/assets?customer=acme")).containsExactly(assetA);
        assertThat(ids("/assets?location=ams-dc1")).containsExactly(assetA);
        assertThat(ids("/assets?location=ams-dc1/room-2")).containsExactly(assetA);
        assertThat(ids("/assets?location=ams-dc")).isEmpty();
        assertThat(ids("/assets?location=fra-dc3")).containsExactly(assetB);
        assertThat(ids("/assets?project=nothing")).isEmpty();
        JsonNode a = api.getJson("/assets?serial=sma001").get("items").get(0);
        assertThat(a.get("customer").asText()).isEqualTo("acme");
        assertThat(a.get("location").asText()).isEqualTo("ams-dc1/room-2");
        assertThat(a.get("assignedBy").asText()).isEqualTo("bundle");
    }

    @Test
    void shouldPageAssetsWithCursorsUntilTheLastPage() throws Exception {
        JsonNode first = api.getJson("/assets?limit=2");
        assertThat(first.get("items")).hasSize(2);
        String cursor = first.get("nextCursor").asText();
        JsonNode second = api.getJson("/assets?limit=2&cursor=" + q(cursor));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(assetC);
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void shouldAnswer400WhenTheCursorIsForgedTruncatedOrFromAnotherQuery() throws Exception {
        String cursor = api.getJson("/assets?limit=1").get("nextCursor").asText();
        char[] chars = cursor.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        String tampered = new String(chars);

        assertBadRequest("/assets?cursor=" + q(tampered), "cursor is not valid");
        assertBadRequest("/assets?cursor=" + q(cursor.substring(0, 20)), "cursor is not valid");
        assertBadRequest("/assets?cursor=%25%25%25", "cursor is not valid");
        assertBadRequest("/assets?vendor=dell&cursor=" + q(cursor), "another query");
        assertBadRequest("/components?cursor=" + q(cursor), "another query");
    }

    @Test
    void shouldAnswer400WhenAFilterOrInstantIsBad() throws Exception {
        assertBadRequest("/assets?colour=red", "unknown parameter 'colour'");
        assertBadRequest("/assets?limit=0", "limit");
        assertBadRequest("/assets?limit=abc", "limit");
        assertBadRequest("/assets?status=in%20production", "status");
        assertBadRequest("/assets?vendor=", "empty");
        assertBadRequest("/assets?vendor=a&vendor=b", "more than once");
        assertBadRequest("/assets/" + assetA + "?at=yesterday", "ISO-8601");
        assertBadRequest("/components?type=FLOPPY", "type");
        assertBadRequest("/components/" + moved + "/timeline?includeRetracted=maybe", "true or false");
    }

    @Test
    void shouldAnswer404WhenTheAssetOrComponentIsUnknown() throws Exception {
        assertThat(api.get("/assets/999999").statusCode()).isEqualTo(404);
        assertThat(api.get("/assets/no-such-serial").statusCode()).isEqualTo(404);
        assertThat(api.get("/assets/no-such-serial/timeline").statusCode()).isEqualTo(404);
        assertThat(api.get("/components/999999").statusCode()).isEqualTo(404);
        assertThat(api.get("/components/nope/installations").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.get("/components/nope/timeline").body()).get("error").asText())
                .isEqualTo("not_found");
    }

    @Test
    void shouldResolveAnAssetByIdSerialOrIdentityKey() throws Exception {
        assertThat(api.getJson("/assets/" + assetB).get("asset").get("serial").asText()).isEqualTo("smb002");
        assertThat(api.getJson("/assets/smb002").get("asset").get("id").asLong()).isEqualTo(assetB);
        assertThat(api.getJson("/assets/" + q("supermicro|smb002")).get("asset").get("id").asLong())
                .isEqualTo(assetB);
        assertThat(api.getJson("/components/s4ev0001").get("component").get("id").asLong()).isEqualTo(moved);
    }

    @Test
    void shouldAnswerTheConfigurationBeforeDuringAndAfterAMove() throws Exception {
        // before the first installation: nowhere
        assertThat(componentIds("/assets/" + assetA + "?at=" + T1.minusSeconds(1))).isEmpty();
        // during the first interval: in A, with the firmware observed by then
        JsonNode during = api.getJson("/assets/" + assetA + "?at=" + T1.plusSeconds(7200));
        assertThat(componentIds(during)).containsExactlyInAnyOrder(moved, dimm);
        JsonNode nvme = find(during.get("components"), moved);
        assertThat(nvme.get("slot").asText()).isEqualTo("NVME0");
        assertThat(nvme.get("firmwareAt").asText()).isEqualTo("GDC5102Q");
        assertThat(during.get("at").asText()).isEqualTo(T1.plusSeconds(7200).toString());
        // at the move: removed from A (removed_at is exclusive), installed in B (installed_at inclusive)
        assertThat(componentIds("/assets/" + assetA + "?at=" + T2)).containsExactly(dimm);
        assertThat(componentIds("/assets/" + assetB + "?at=" + T2)).containsExactly(moved);
        assertThat(componentIds("/assets/" + assetB + "?at=" + T2.minusNanos(1000))).isEmpty();
        // after, and now
        assertThat(componentIds("/assets/" + assetB + "?at=" + T2.plusSeconds(86_400))).containsExactly(moved);
        assertThat(componentIds("/assets/" + assetA)).containsExactly(dimm);
        assertThat(componentIds("/assets/" + assetB)).containsExactly(moved);
    }

    @Test
    void shouldFilterComponentsByEveryFilter() throws Exception {
        assertThat(componentListIds("/components?type=nvme")).containsExactly(moved);
        assertThat(componentListIds("/components?vendor=samsung")).containsExactly(moved, dimm);
        assertThat(componentListIds("/components?model=M393A4K40DB3")).containsExactly(dimm);
        assertThat(componentListIds("/components?firmware=GDC5302Q")).containsExactly(moved);
        assertThat(componentListIds("/components?serial=S4EV0001")).containsExactly(moved);
        assertThat(componentListIds("/components?asset=sma001")).containsExactly(dimm);
        assertThat(componentListIds("/components?asset=" + assetB)).containsExactly(moved);
        assertThat(componentListIds("/components?asset=unknown-asset")).isEmpty();
        assertThat(componentListIds("/components?lot=NO_SUCH_LOT")).isEmpty();
    }

    @Test
    void shouldShowAComponentWithItsCurrentInstallationAndItsIntervals() throws Exception {
        JsonNode detail = api.getJson("/components/" + moved);
        assertThat(detail.get("serialRaw").asText()).isEqualTo("S4EV0001");
        assertThat(detail.get("installedIn").get("assetId").asLong()).isEqualTo(assetB);
        assertThat(detail.get("installedIn").get("slot").asText()).isEqualTo("NVME3");

        JsonNode installations = api.getJson("/components/" + moved + "/installations");
        assertThat(installations.get("items")).extracting(i -> i.get("assetId").asLong())
                .containsExactly(assetA, assetB);
        assertThat(installations.get("items").get(0).get("removedAt").asText()).isEqualTo(T2.toString());
        JsonNode paged = api.getJson("/components/" + moved + "/installations?limit=1");
        JsonNode rest = api.getJson("/components/" + moved + "/installations?limit=1&cursor="
                + q(paged.get("nextCursor").asText()));
        assertThat(rest.get("items").get(0).get("assetId").asLong()).isEqualTo(assetB);
    }

    @Test
    void shouldMergeEventsFailuresAndTicketsInTimeOrderAndHideRetractedEvents() throws Exception {
        JsonNode timeline = api.getJson("/components/" + moved + "/timeline");
        assertThat(timeline.get("items")).extracting(e -> e.get("type").asText())
                .containsExactly("INSTALLED", "MOVED", "FAILURE", "TICKET_LINKED");
        JsonNode failure = timeline.get("items").get(2);
        assertThat(failure.get("source").asText()).isEqualTo("failure");
        assertThat(failure.get("details").get("source").asText()).isEqualTo("SMART");
        assertThat(failure.get("details").get("open").asBoolean()).isTrue();
        assertThat(timeline.get("items").get(3).get("details").get("ticketKey").asText()).isEqualTo("JIRA:OPS-7");

        JsonNode all = api.getJson("/components/" + moved + "/timeline?includeRetracted=true");
        assertThat(all.get("items")).extracting(e -> e.get("type").asText())
                .containsExactly("INSTALLED", "FIRMWARE_CHANGED", "MOVED", "FAILURE", "TICKET_LINKED");
        assertThat(all.get("items").get(1).get("retracted").asBoolean()).isTrue();
    }

    @Test
    void shouldTreatSqlInjectionStringsAsPlainValues() throws Exception {
        List<String> attacks = List.of("' OR '1'='1", "1; DROP TABLE assets; --", "%", "\\", "\" OR \"\"=\"",
                "x' UNION SELECT id FROM components -- ", "_");
        long assetsBefore = seed.count("SELECT COUNT(*) FROM assets");
        for (String attack : attacks) {
            for (String filter : List.of("serial", "vendor", "model", "customer", "project", "location")) {
                HttpResponse<String> response = api.get("/assets?" + filter + "=" + q(attack));
                assertThat(response.statusCode()).as(filter + "=" + attack).isEqualTo(200);
                assertThat(JSON.readTree(response.body()).get("items")).as(filter + "=" + attack).isEmpty();
            }
            HttpResponse<String> status = api.get("/assets?status=" + q(attack));
            assertThat(status.statusCode()).as("status=" + attack).isIn(200, 400);
            if (status.statusCode() == 200) {
                assertThat(JSON.readTree(status.body()).get("items")).as("status=" + attack).isEmpty();
            }
            for (String filter : List.of("vendor", "model", "lot", "firmware", "serial", "asset")) {
                HttpResponse<String> response = api.get("/components?" + filter + "=" + q(attack));
                assertThat(response.statusCode()).as(filter + "=" + attack).isEqualTo(200);
                assertThat(JSON.readTree(response.body()).get("items")).as(filter + "=" + attack).isEmpty();
            }
            assertThat(api.get("/components?type=" + q(attack)).statusCode()).isEqualTo(400);
            assertThat(api.get("/assets/" + q(attack)).statusCode()).isIn(400, 404);
            assertThat(api.get("/components/" + q(attack) + "/timeline").statusCode()).isIn(400, 404);
        }
        assertThat(seed.count("SELECT COUNT(*) FROM assets")).isEqualTo(assetsBefore);
        assertThat(seed.count("SELECT COUNT(*) FROM components")).isEqualTo(2);
    }

    @Test
    void shouldServeTheOpenApiDocumentListingEveryEndpoint() throws Exception {
        HttpResponse<String> response = api.get("/openapi.yml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3", "title: reanimator-record-api", "/assets:",
                "/assets/{id}:", "/assets/{id}/timeline:", "/components:", "/components/{id}:",
                "/components/{id}/timeline:", "/components/{id}/installations:", "/registry/lots/{code}:",
                "/registry/assets/{id}/assignment:", "name: at");
    }

    @Test
    void shouldReportHealthOnItsOwnPathAndStandaloneOnes() throws Exception {
        assertThat(api.getJson("/record-api/health").get("status").asText()).isEqualTo("UP");
        assertThat(api.getJson("/health").get("components").get("database").asText()).isEqualTo("UP");
        assertThat(api.get("/metrics").body()).contains("reanimator_registry_changes");
        assertThat(api.service().isHealthy()).isTrue();
    }

    private void assertBadRequest(String path, String messagePart) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).as(path).contains(messagePart);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("bad_request");
    }

    private List<Long> ids(String path) throws Exception {
        List<Long> ids = new ArrayList<>();
        api.getJson(path).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private List<Long> componentListIds(String path) throws Exception {
        return ids(path);
    }

    private List<Long> componentIds(String path) throws Exception {
        return componentIds(api.getJson(path));
    }

    private static List<Long> componentIds(JsonNode detail) {
        List<Long> ids = new ArrayList<>();
        detail.get("components").forEach(c -> ids.add(c.get("component").get("id").asLong()));
        return ids;
    }

    private static JsonNode find(JsonNode components, long componentId) {
        for (JsonNode c : components) {
            if (c.get("component").get("id").asLong() == componentId) {
                return c;
            }
        }
        throw new AssertionError("component " + componentId + " not in " + components);
    }
}
