package io.reanimator.record.asset;

import java.time.Instant;
import java.util.Set;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
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

/** {@code /assets}: servers, their configuration now or at an instant, and their timelines. */
@Controller("/assets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "assets")
public final class AssetController {

    static final Set<String> DETAIL_PARAMETERS = Set.of("at");
    static final Set<String> TIMELINE_PARAMETERS = Set.of("cursor", "limit", "includeRetracted");

    private final AssetQueries assets;
    private final TimelineQueries timelines;
    private final SubjectLookup lookup;
    private final CursorCodec cursors;

    public AssetController(AssetQueries assets, TimelineQueries timelines, SubjectLookup lookup, CursorCodec cursors) {
        this.assets = assets;
        this.timelines = timelines;
        this.lookup = lookup;
        this.cursors = cursors;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "List assets in id order, filtered; follow nextCursor for the next page")
    @Parameter(name = "serial", in = ParameterIn.QUERY, description = "serial number")
    @Parameter(name = "vendor", in = ParameterIn.QUERY, description = "vendor")
    @Parameter(name = "model", in = ParameterIn.QUERY, description = "model")
    @Parameter(name = "customer", in = ParameterIn.QUERY, description = "customer code")
    @Parameter(name = "project", in = ParameterIn.QUERY, description = "project code")
    @Parameter(name = "location", in = ParameterIn.QUERY, description = "location path; matches everything under it")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "lifecycle status, e.g. IN_PRODUCTION")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "nextCursor of the previous page")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, 1 to 500, default 50")
    public Page<AssetSummary> list(HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request, AssetFilter.PARAMETERS);
        AssetFilter filter = AssetFilter.from(params);
        int limit = params.limit();
        long after = params.text("cursor").map(c -> cursors.decode(filter.fingerprint(), c).id()).orElse(0L);
        return Pages.of(assets.list(filter, after, limit + 1), limit, a -> Position.ofId(a.id()), a -> a,
                filter.fingerprint(), cursors);
    }

    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One asset (by id, identity key or serial) with the components installed now, or at ?at=")
    @Parameter(name = "at", in = ParameterIn.QUERY, description = "ISO-8601 instant: the configuration at that moment")
    public AssetDetail detail(@PathVariable String id, HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request, DETAIL_PARAMETERS);
        Instant at = params.instant("at").orElse(null);
        return assets.detail(lookup.resolve(SubjectLookup.Table.ASSETS, id), at);
    }

    @Get(value = "/{id}/timeline", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The asset's timeline in event-time order: events, asset-level failures, linked tickets")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "nextCursor of the previous page")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, 1 to 500, default 50")
    @Parameter(name = "includeRetracted", in = ParameterIn.QUERY, description = "true to list withdrawn entries too")
    public Page<TimelineEntry> timeline(@PathVariable String id, HttpRequest<?> request) {
        QueryParams params = QueryParams.of(request, TIMELINE_PARAMETERS);
        long assetId = lookup.resolve(SubjectLookup.Table.ASSETS, id);
        return timelinePage(timelines, cursors, TimelineSubject.ASSET, assetId, params);
    }

    /** One timeline page of any subject, shared with the component controller. */
    public static Page<TimelineEntry> timelinePage(TimelineQueries timelines, CursorCodec cursors,
                                                   TimelineSubject subject, long subjectId, QueryParams params) {
        boolean includeRetracted = params.flag("includeRetracted");
        int limit = params.limit();
        String query = "timeline|" + subject + "|" + subjectId + "|" + includeRetracted;
        Position after = params.text("cursor").map(c -> cursors.decode(query, c)).orElse(null);
        return Pages.of(timelines.page(subject, subjectId, includeRetracted, after, limit + 1), limit,
                TimelineQueries.Row::position, TimelineQueries.Row::entry, query, cursors);
    }
}
