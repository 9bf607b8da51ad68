package io.reanimator.record.component;

import java.util.Set;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.reanimator.record.asset.AssetController;
import io.reanimator.record.db.SubjectLookup;
import io.reanimator.record.paging.CursorCodec;
import io.reanimator.record.paging.Page;
import io.reanimator.record.paging.Pages;
import io.reanimator.record.paging.Position;
import io.reanimator.record.timeline.TimelineEntry;
import io.reanimator.record.timeline.TimelineQueries;
import io.reanimator.record.timeline.TimelineSubject;
import io.reanimator.record.web.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /components}: parts, where they are, and their history. */
@Controller("/components")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "components")
public final class ComponentController {

    static final Set<String> PAGE_PARAMETERS = Set.of("cursor", "limit", "includeRetracted");

    private final ComponentQueries components;
    private final TimelineQueries timelines;
    private final SubjectLookup lookup;
    private final CursorCodec cursors;

    public ComponentController(ComponentQueries components, TimelineQueries timelines, SubjectLookup lookup,
                               CursorCodec cursors) {
        this.components = components;
        this.timelines = timelines;
        this.lookup = lookup;
        this.cursors = cursors;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "List components in id order, filtered; follow nextCursor for the next page")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "component type, e.g. SSD, DIMM, NVME")
    @Parameter(name = "vendor", in = ParameterIn.QUERY, description = "normalized vendor")
    @Parameter(name = "model", in = ParameterIn.QUERY, description = "model")
    @Parameter(name = "lot", in = ParameterIn.QUERY, description = "LOT code")
    @Parameter(name = "firmware", in = ParameterIn.QUERY, description = "current firmware")
    @Parameter(name = "serial", in = ParameterIn.QUERY, description = "normalized serial")
    @Parameter(name = "asset", in = ParameterIn.QUERY, description = "installed now in this asset (id, key or serial)")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "nextCursor of the previous page")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, 1 to 500, default 50")
    public Page<ComponentSummary> list(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request, ComponentFilter.PARAMETERS);
        ComponentFilter filter = ComponentFilter.from(params);
        int limit = params.limit();
        long after = params.text("cursor").map(c -> cursors.decode(filter.fingerprint(), c).id()).orElse(0L);
        Long assetId = null;
        if (filter.asset().isPresent()) {
            assetId = lookup.find(SubjectLookup.Table.ASSETS, filter.asset().get()).orElse(-1L);
        }
        return Pages.of(components.list(filter, assetId, after, limit + 1), limit, c -> Position.ofId(c.id()),
                c -> c, filter.fingerprint(), cursors);
    }

    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One component (by id, identity key or serial) and where it is installed now")
    public ComponentDetail detail(@PathVariable String id, HttpRequest<?> request) {
        QueryParams.of(request, Set.of());
        return components.detail(lookup.resolve(SubjectLookup.Table.COMPONENTS, id));
    }

    @Get(value = "/{id}/timeline", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The component's timeline in event-time order: installations, firmware, LOT and other"
            + " events, failure episodes, linked tickets")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "nextCursor of the previous page")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, 1 to 500, default 50")
    @Parameter(name = "includeRetracted", in = ParameterIn.QUERY, description = "true to list withdrawn entries too")
    public Page<TimelineEntry> timeline(@PathVariable String id, HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request, PAGE_PARAMETERS);
        long componentId = lookup.resolve(SubjectLookup.Table.COMPONENTS, id);
        return AssetController.timelinePage(timelines, cursors, TimelineSubject.COMPONENT, componentId, params);
    }

    @Get(value = "/{id}/installations", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The component's installation intervals in installed_at order")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "nextCursor of the previous page")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, 1 to 500, default 50")
    @Parameter(name = "includeRetracted", in = ParameterIn.QUERY, description = "true to list withdrawn intervals too")
    public Page<InstallationView> installations(@PathVariable String id, HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request, PAGE_PARAMETERS);
        long componentId = lookup.resolve(SubjectLookup.Table.COMPONENTS, id);
        boolean includeRetracted = params.flag("includeRetracted");
        int limit = params.limit();
        String query = "installations|" + componentId + "|" + includeRetracted;
        Position after = params.text("cursor").map(c -> cursors.decode(query, c)).orElse(null);
        return Pages.of(components.installations(componentId, includeRetracted, after, limit + 1), limit,
                ComponentQueries.InstallationRow::position, ComponentQueries.InstallationRow::view, query, cursors);
    }
}
