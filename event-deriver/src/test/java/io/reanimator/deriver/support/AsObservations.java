package io.reanimator.deriver.support;

import io.reanimator.avro.AssetSnapshot;
import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Identity;
import io.reanimator.avro.LogEvent;
import io.reanimator.avro.Observation;
import io.reanimator.deriver.contract.Micros;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.SignalVerdict;
import io.reanimator.deriver.presence.Snapshot;
import io.reanimator.schemas.id.DeterministicIds;
import java.util.List;

/** Renders domain snapshots (e.g. from {@link TrueHistory}) as the contract Observations a parser would emit. */
public final class AsObservations {

    private AsObservations() {
    }

    public static List<Observation> of(List<Snapshot> snapshots) {
        return snapshots.stream().map(AsObservations::of).toList();
    }

    public static Observation of(Snapshot s) {
        String bundleId = DeterministicIds.of("bundle", s.bundleId());
        return Observation.newBuilder().setObservationId(DeterministicIds.observationId(bundleId, s.assetKey()))
                .setBundleId(bundleId).setCollectedAt(Micros.toInstant(s.collectedAt()))
                .setReceivedAt(Micros.toInstant(s.collectedAt())).setParserVersion("test")
                .setAsset(AssetSnapshot.newBuilder().setIdentity(Identity.newBuilder().setKey(s.assetKey())
                        .setTrusted(true).build()).setBiosVersion(s.bios()).setBmcVersion(s.bmc()).setSite(s.site())
                        .build())
                .setComponents(s.parts().stream().map(AsObservations::component).toList())
                .setLogEvents(s.failureLogs().stream().map(l -> LogEvent.newBuilder()
                        .setOccurredAt(Micros.toInstant(l.occurredAt())).setSource(l.source())
                        .setDescription(l.description()).setSlotHint(l.slotHint())
                        .setSeverity(HealthStatus.CRITICAL).build()).toList())
                .build();
    }

    private static ComponentSnapshot component(PartState p) {
        return ComponentSnapshot.newBuilder()
                .setIdentity(Identity.newBuilder().setKey(p.componentKey()).setTrusted(p.trusted()).build())
                .setType(ComponentType.valueOf(p.type())).setSlot(p.slot()).setFirmware(p.firmware())
                .setHealth(p.health().stream().map(AsObservations::signal).toList()).build();
    }

    private static HealthSignal signal(SignalVerdict v) {
        HealthStatus status = switch (v.verdict()) {
            case FAILING -> HealthStatus.CRITICAL;
            case DEGRADED -> HealthStatus.WARNING;
            case OK -> HealthStatus.OK;
        };
        return HealthSignal.newBuilder().setName(v.source().toLowerCase(java.util.Locale.ROOT) + ".overall")
                .setStatus(status).setSource("test").build();
    }
}
