package org.gridsafe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.port.EntityRegistry;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * The verdict filter reads the query's places and judges them; a read cut off at the search limit
 * would leave matches out silently, so such a query is refused instead.
 */
class NineSmallVerdictSearchTest {

    private final InMemoryEntityRegistry stored = new InMemoryEntityRegistry();
    private final MutableClock clock =
            MutableClock.of(Instant.parse("2026-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** A registry answering every search with {@code copies} copies of the one stored place. */
    private EntityRegistry holding(int copies) {
        return new EntityRegistry() {
            @Override
            public Optional<SupervisedEntity> find(EntityId id) {
                return stored.find(id);
            }

            @Override
            public Optional<SupervisedEntity> findByCreditCode(UnifiedSocialCreditCode code) {
                return stored.findByCreditCode(code);
            }

            @Override
            public List<RecordedEntityEvent> history(EntityId id) {
                return stored.history(id);
            }

            @Override
            public void append(EntityDecision decision) {
                stored.append(decision);
            }

            @Override
            public void appendAll(List<EntityDecision> batch) {
                stored.appendAll(batch);
            }

            @Override
            public List<SupervisedEntity> search(EntityQuery query) {
                List<SupervisedEntity> one = stored.search(query);
                return one.isEmpty() ? one : Collections.nCopies(Math.min(copies, query.limit()), one.get(0));
            }
        };
    }

    private SupervisedEntities registryOf(int copies) {
        SupervisedEntities entities = service(holding(copies), clock);
        entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("PL-1"), shop("小商店", POINT_IN_JINQIAO_MICRO_1, Optional.empty()), "登记"));
        return entities;
    }

    @Test
    void belowTheReadLimitEveryPlaceIsJudged() {
        SupervisedEntities entities = registryOf(EntityQuery.MAX_LIMIT - 1);
        NineSmallOutcome outcome = entities.nineSmallVerdict(entities.get(districtCommandCenter(), EntityId.of("PL-1")))
                .orElseThrow()
                .outcome();
        assertThat(entities.search(districtCommandCenter(), EntityQuery.all(), outcome))
                .hasSize(EntityQuery.MAX_LIMIT - 1);
    }

    @Test
    void atTheReadLimitTheFilterIsRefusedNamingTheFieldRatherThanCutShort() {
        SupervisedEntities entities = registryOf(EntityQuery.MAX_LIMIT);
        assertThatThrownBy(() ->
                        entities.search(districtCommandCenter(), EntityQuery.all(), NineSmallOutcome.NOT_DECIDABLE))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("nineSmallVerdict"))
                .hasMessageContaining("narrow it first");
    }
}
