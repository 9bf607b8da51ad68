package io.reanimator.record.registry;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.RegistryAssetAssignment;
import io.reanimator.avro.RegistryChange;
import io.reanimator.avro.RegistryCustomer;
import io.reanimator.avro.RegistryEntityType;
import io.reanimator.avro.RegistryLocation;
import io.reanimator.avro.RegistryLotRule;
import io.reanimator.avro.RegistryProject;
import io.reanimator.record.web.ApiException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a checked request into a {@link RegistryChange}: publishes it (acks=all), then applies the same change to
 * MariaDB through the {@link RegistryApplier} the consumer uses, so the answer and every read after it show the
 * change. Nothing is written to the registry tables except by applying a change.
 */
public final class RegistryService {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryService.class);

    private final RegistryPublisher publisher;
    private final RegistryApplier applier;
    private final Clock clock;

    public RegistryService(RegistryPublisher publisher, RegistryApplier applier, Clock clock) {
        this.publisher = publisher;
        this.applier = applier;
        this.clock = clock;
    }

    public RegistryViews.ChangeResult customer(RegistryCustomer customer, String principal,
                                               Supplier<Object> reread) {
        return submit(change(RegistryEntityType.CUSTOMER, RegistryKeys.customer(customer.getCode()), principal)
                .setCustomer(customer).build(), reread);
    }

    public RegistryViews.ChangeResult project(RegistryProject project, String principal, Supplier<Object> reread) {
        return submit(change(RegistryEntityType.PROJECT,
                RegistryKeys.project(project.getCustomerCode(), project.getCode()), principal)
                .setProject(project).build(), reread);
    }

    public RegistryViews.ChangeResult location(RegistryLocation location, String principal, Supplier<Object> reread) {
        return submit(change(RegistryEntityType.LOCATION, RegistryKeys.location(location.getPath()), principal)
                .setLocation(location).build(), reread);
    }

    public RegistryViews.ChangeResult lotRule(RegistryLotRule rule, boolean remove, String principal,
                                              Supplier<Object> reread) {
        return submit(change(RegistryEntityType.LOT_RULE, RegistryKeys.lot(rule.getCode()), principal)
                .setAction(remove ? ChangeAction.RETRACT : ChangeAction.UPSERT).setLotRule(rule).build(), reread);
    }

    public RegistryViews.ChangeResult assignment(RegistryAssetAssignment assignment, boolean clear, String principal,
                                                 Supplier<Object> reread) {
        return submit(change(RegistryEntityType.ASSET_ASSIGNMENT, RegistryKeys.assignment(assignment.getAssetKey()),
                principal).setAction(clear ? ChangeAction.RETRACT : ChangeAction.UPSERT).setAssignment(assignment)
                .build(), reread);
    }

    private RegistryChange.Builder change(RegistryEntityType type, String key, String principal) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return RegistryChange.newBuilder().setChangeId(UUID.randomUUID().toString()).setAction(ChangeAction.UPSERT)
                .setEntityType(type).setEntityKey(key).setOccurredAt(now).setChangedBy(principal);
    }

    private RegistryViews.ChangeResult submit(RegistryChange change, Supplier<Object> reread) {
        RecordMetadata landed = publisher.publish(change);
        try {
            applier.apply(change, landed.partition(), landed.offset());
        } catch (SQLException e) {
            LOG.warn("Registry change {} published at {}-{} but not applied yet: {}", change.getChangeId(),
                    landed.partition(), landed.offset(), e.getMessage());
            throw ApiException.unavailable("the change " + change.getChangeId() + " is recorded and will be applied"
                    + " when the database answers; reads may not show it yet");
        }
        LOG.info("Registry change {} {} {} by {} at partition {} offset {}", change.getChangeId(),
                change.getAction(), change.getEntityKey(), change.getChangedBy(), landed.partition(), landed.offset());
        return new RegistryViews.ChangeResult(change.getChangeId(), change.getEntityKey(), landed.partition(),
                landed.offset(), reread.get());
    }
}
