package io.reanimator.record.lot;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.RegistryLotRule;
import io.reanimator.record.auth.RegistryWriteFilter;
import io.reanimator.record.db.Database;
import io.reanimator.record.registry.RegistryQueries;
import io.reanimator.record.registry.RegistryService;
import io.reanimator.record.registry.RegistryViews;
import io.reanimator.record.web.ApiException;
import io.reanimator.record.web.JsonBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /registry/lots}: LOT classification rules; a change reclassifies existing components before the answer. */
@Controller("/registry/lots")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "registry")
public final class LotController {

    static final Pattern LOT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    static final Set<String> FIELDS = Set.of("componentType", "vendorPattern", "modelPattern", "capacityPattern",
            "capacityMinBytes", "capacityMaxBytes", "priority", "description");

    private final RegistryService service;
    private final RegistryQueries registry;
    private final LotClassificationJob job;

    public LotController(RegistryService service, RegistryQueries registry, LotClassificationJob job) {
        this.service = service;
        this.registry = registry;
        this.job = job;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Every LOT rule, by type, priority (highest first) and code")
    public List<RegistryViews.LotRule> lots() {
        return registry.lots();
    }

    @Get(value = "/{code}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One LOT rule")
    public RegistryViews.LotRule lot(@PathVariable String code) {
        return registry.lot(code).orElseThrow(() -> ApiException.notFound("no LOT rule '" + code + "'"));
    }

    @Put(value = "/{code}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or change a LOT rule and reclassify the components of its type")
    @SecurityRequirement(name = "bearer")
    public RegistryViews.ChangeResult put(@PathVariable String code, @Body @Nullable String body,
                                          HttpRequest<?> request) {
        requireLotCode(code);
        RegistryLotRule rule = rule(code, JsonBody.parse(body, FIELDS));
        return service.lotRule(rule, false, RegistryWriteFilter.principal(request),
                () -> registry.lot(code).orElse(null));
    }

    @Delete(value = "/{code}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a LOT rule; its components move to the next best rule, or to none")
    @SecurityRequirement(name = "bearer")
    public RegistryViews.ChangeResult delete(@PathVariable String code, HttpRequest<?> request) {
        requireLotCode(code);
        RegistryViews.LotRule old = lot(code);
        RegistryLotRule rule = RegistryLotRule.newBuilder().setCode(old.code())
                .setComponentType(ComponentType.valueOf(old.componentType())).setVendorPattern(old.vendorPattern())
                .setModelPattern(old.modelPattern()).setCapacityPattern(old.capacityPattern())
                .setCapacityMinBytes(old.capacityMinBytes()).setCapacityMaxBytes(old.capacityMaxBytes())
                .setPriority(old.priority()).setDescription(old.description()).build();
        return service.lotRule(rule, true, RegistryWriteFilter.principal(request), () -> null);
    }

    @Post(value = "/classify", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify every component against the current rules now")
    @SecurityRequirement(name = "bearer")
    public RegistryViews.Classification classify() {
        try {
            return new RegistryViews.Classification(job.classifyAll());
        } catch (SQLException e) {
            throw Database.unavailable(e);
        }
    }

    private RegistryLotRule rule(String code, JsonBody json) {
        String typeText = json.text("componentType", true, 32, null, null);
        ComponentType type = null;
        if (typeText != null) {
            type = Arrays.stream(ComponentType.values()).filter(t -> t != ComponentType.UNKNOWN)
                    .filter(t -> t.name().equalsIgnoreCase(typeText)).findFirst().orElse(null);
            if (type == null) {
                json.problem("field 'componentType' must be one of " + Arrays.toString(ComponentType.values())
                        + " except UNKNOWN, was '" + typeText + "'");
            }
        }
        String vendor = pattern(json, "vendorPattern");
        String model = pattern(json, "modelPattern");
        String capacity = pattern(json, "capacityPattern");
        Long min = json.longValue("capacityMinBytes", 0);
        Long max = json.longValue("capacityMaxBytes", 0);
        if (min != null && max != null && min > max) {
            json.problem("field 'capacityMinBytes' must not exceed 'capacityMaxBytes'");
        }
        int priority = json.intValue("priority", 0);
        String description = json.text("description", false, 2000, null, null);
        json.check();
        return new RegistryLotRule(code, type, vendor, model, capacity, min, max, priority, description);
    }

    private String pattern(JsonBody json, String field) {
        String value = json.text(field, false, 255, null, null);
        if (value != null && !registry.validRegexp(value)) {
            json.problem("field '" + field + "' is not a regular expression MariaDB accepts: '" + value + "'");
            return null;
        }
        return value;
    }

    private static void requireLotCode(String code) {
        if (!LOT_CODE.matcher(code).matches()) {
            throw ApiException.badRequest("a LOT code is 1 to 128 letters, digits, '.', '_' or '-', was '" + code + "'");
        }
    }
}
