package io.reanimator.record.registry;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.reanimator.avro.RegistryAssetAssignment;
import io.reanimator.avro.RegistryCustomer;
import io.reanimator.avro.RegistryLocation;
import io.reanimator.avro.RegistryProject;
import io.reanimator.record.asset.AssetQueries;
import io.reanimator.record.asset.AssetSummary;
import io.reanimator.record.auth.RegistryWriteFilter;
import io.reanimator.record.db.SubjectLookup;
import io.reanimator.record.web.ApiException;
import io.reanimator.record.web.JsonBody;
import io.reanimator.record.web.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /registry}: customers, projects, locations and asset assignments. Every write is a {@code RegistryChange}
 * on the registry topic, applied before the answer; writes need a bearer token.
 */
@Controller("/registry")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "registry")
public final class RegistryController {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String CODE_RULE = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    static final Pattern PATH = Pattern.compile(CODE.pattern() + "(/" + CODE.pattern() + "){0,3}");

    private final RegistryService service;
    private final RegistryQueries registry;
    private final AssetQueries assets;
    private final SubjectLookup lookup;

    public RegistryController(RegistryService service, RegistryQueries registry, AssetQueries assets,
                              SubjectLookup lookup) {
        this.service = service;
        this.registry = registry;
        this.assets = assets;
        this.lookup = lookup;
    }

    @Get(value = "/customers", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Every customer, by code")
    public List<RegistryViews.Customer> customers() {
        return registry.customers();
    }

    @Get(value = "/customers/{code}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One customer")
    public RegistryViews.Customer customer(@PathVariable String code) {
        return registry.customer(code).orElseThrow(() -> ApiException.notFound("no customer '" + code + "'"));
    }

    @Put(value = "/customers/{code}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or rename a customer: body {\"name\": ...}")
    @SecurityRequirement(name = "bearer")
    public RegistryViews.ChangeResult putCustomer(@PathVariable String code, @Body @Nullable String body,
                                                  HttpRequest<?> request) {
        requireCode("customer code", code);
        JsonBody json = JsonBody.parse(body, Set.of("name"));
        String name = json.text("name", true, 255, null, null);
        json.check();
        return service.customer(new RegistryCustomer(code, name), principal(request),
                () -> registry.customer(code).orElse(null));
    }

    @Get(value = "/customers/{customer}/projects", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The projects of a customer, by code")
    public List<RegistryViews.Project> projects(@PathVariable String customer) {
        customer(customer);
        return registry.projects(customer);
    }

    @Put(value = "/customers/{customer}/projects/{code}", consumes = MediaType.APPLICATION_JSON,
            produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or rename a project of an existing customer: body {\"name\": ...}")
    @SecurityRequirement(name = "bearer")
    public RegistryViews.ChangeResult putProject(@PathVariable String customer, @PathVariable String code,
                                                 @Body @Nullable String body, HttpRequest<?> request) {
        requireCode("project code", code);
        customer(customer);
        JsonBody json = JsonBody.parse(body, Set.of("name"));
        String name = json.text("name", true, 255, null, null);
        json.check();
        return service.project(new RegistryProject(customer, code, name), principal(request),
                () -> registry.project(customer, code).orElse(null));
    }

    @Get(value = "/locations", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Locations in path order, optionally only at and under one path")
    @Parameter(name = "under", in = ParameterIn.QUERY, description = "a location path, e.g. ams-dc1/room-2")
    public List<RegistryViews.Location> locations(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request, Set.of("under"));
        return registry.locations(params.text("under").orElse(null));
    }

    @Put(value = "/locations", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or rename a location: body {\"path\": \"site/room/rack/position\", \"name\": ...};"
            + " missing ancestors are created")
    @SecurityRequirement(name = "bearer")
    public RegistryViews.ChangeResult putLocation(@Body @Nullable String body, HttpRequest<?> request) {
        JsonBody json = JsonBody.parse(body, Set.of("path", "name"));
        String path = json.text("path", true, 512, PATH,
                "must be 1 to 4 codes (site/room/rack/position) joined by '/', each " + CODE_RULE);
        String name = json.text("name", false, 255, null, null);
        json.check();
        return service.location(new RegistryLocation(path, name), principal(request),
                () -> registry.location(path).orElse(null));
    }

    @Put(value = "/assets/{id}/assignment", consumes = MediaType.APPLICATION_JSON,
            produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign an asset to a customer, project and location (each optional; they must exist):"
            + " body {\"customer\", \"project\", \"location\"}")
    @SecurityRequirement(name = "bearer")
    public RegistryViews.ChangeResult putAssignment(@PathVariable String id, @Body @Nullable String body,
                                                    HttpRequest<?> request) {
        long assetId = lookup.resolve(SubjectLookup.Table.ASSETS, id);
        JsonBody json = JsonBody.parse(body, Set.of("customer", "project", "location"));
        String customer = json.text("customer", false, 64, CODE, CODE_RULE);
        String project = json.text("project", false, 64, CODE, CODE_RULE);
        String location = json.text("location", false, 512, PATH, "must be a location path");
        if (project != null && customer == null) {
            json.problem("field 'project' needs field 'customer': a project belongs to a customer");
        }
        json.check();
        requireExisting(customer, project, location);
        AssetSummary asset = assets.summary(assetId);
        return service.assignment(new RegistryAssetAssignment(asset.identityKey(), customer, project, location),
                false, principal(request), () -> assets.summary(assetId));
    }

    @Delete(value = "/assets/{id}/assignment", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Clear an asset's registry assignment; the bundles' hints apply again")
    @SecurityRequirement(name = "bearer")
    public RegistryViews.ChangeResult deleteAssignment(@PathVariable String id, HttpRequest<?> request) {
        long assetId = lookup.resolve(SubjectLookup.Table.ASSETS, id);
        AssetSummary asset = assets.summary(assetId);
        return service.assignment(new RegistryAssetAssignment(asset.identityKey(), null, null, null), true,
                principal(request), () -> assets.summary(assetId));
    }

    private void requireExisting(String customer, String project, String location) {
        List<String> problems = new java.util.ArrayList<>();
        if (customer != null && registry.customer(customer).isEmpty()) {
            problems.add("no customer '" + customer + "'");
        }
        if (project != null && customer != null && registry.project(customer, project).isEmpty()) {
            problems.add("no project '" + project + "' of customer '" + customer + "'");
        }
        if (location != null && registry.location(location).isEmpty()) {
            problems.add("no location '" + location + "'");
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("the assignment names registry entries that do not exist", problems);
        }
    }

    public static void requireCode(String what, String code) {
        if (!CODE.matcher(code).matches()) {
            throw ApiException.badRequest(what + " " + CODE_RULE + ", was '" + code + "'");
        }
    }

    private static String principal(HttpRequest<?> request) {
        return RegistryWriteFilter.principal(request);
    }
}
