package org.gridsafe.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridsafe.access.Action;
import org.junit.jupiter.api.Test;

/** A small lifecycle of its own (a door), so the table is tested apart from the six-step loop. */
class TransitionTableTest {

    enum DoorState {
        OPEN,
        CLOSED,
        LOCKED
    }

    record Door(DoorState state, boolean jammed) {}

    sealed interface DoorCommand permits Build, Shut, Lock, Knock {}

    record Build() implements DoorCommand {}

    record Shut() implements DoorCommand {}

    record Lock() implements DoorCommand {}

    record Knock() implements DoorCommand {}

    static final class Shutting implements Step<Shut, List<String>> {
        @Override
        public void decide(Shut command, List<String> events) {
            events.add("shut");
        }
    }

    static final Guard<Door> NOT_JAMMED = Guard.of("not jammed", "the door is jammed", d -> !d.jammed());

    static TransitionTable.Builder<DoorState, Door, DoorCommand, List<String>> builder() {
        return TransitionTable.<DoorState, Door, DoorCommand, List<String>>builder(DoorState.class);
    }

    static final TransitionTable<DoorState, Door, DoorCommand, List<String>> DOOR = builder()
            .creating(Build.class, Action.REPORT)
            .yields(String.class)
            .to(DoorState.OPEN)
            .decidedBy((command, events) -> events.add("built"))
            .in(DoorState.OPEN)
            .on(Shut.class, Action.CLOSE)
            .when(NOT_JAMMED)
            .yields(String.class)
            .to(DoorState.CLOSED)
            .decidedBy(new Shutting())
            .in(DoorState.CLOSED)
            .on(Lock.class, Action.CLOSE)
            .yields(String.class)
            .to(DoorState.LOCKED, DoorState.CLOSED)
            .decidedBy((command, events) -> events.add("locked"))
            .in(DoorState.OPEN, DoorState.CLOSED)
            .on(Knock.class, Action.READ)
            .yields(String.class)
            .keepingState()
            .decidedBy((command, events) -> events.add("knock"))
            .build();

    @Test
    void aRowIsFoundByStateAndExactCommandTypeAndNoRowMeansWrongState() {
        assertThat(DOOR.find(DoorState.OPEN, Shut.class)).isPresent();
        assertThat(DOOR.find(DoorState.CLOSED, Shut.class)).isEmpty();
        assertThat(DOOR.find(DoorState.LOCKED, Knock.class)).isEmpty();
        assertThat(DOOR.find(DoorState.OPEN, Build.class))
                .as("a creating row has no state")
                .isEmpty();
        assertThat(DOOR.creating(Build.class)).isPresent();
        assertThat(DOOR.accepted(DoorState.LOCKED)).isEmpty();
        assertThat(DOOR.accepted(DoorState.CLOSED)).containsExactlyInAnyOrder(Lock.class, Knock.class);
    }

    @Test
    void theActionOfACommandIsKnownWhateverTheState() {
        assertThat(DOOR.action(Knock.class)).isEqualTo(Action.READ);
        assertThat(DOOR.action(Lock.class)).isEqualTo(Action.CLOSE);
        assertThatThrownBy(() -> DOOR.action(String.class)).hasMessageContaining("no row");
    }

    @Test
    void nextStatesAreTheTargetsOfTheRowsOutOfAState() {
        assertThat(DOOR.next(DoorState.OPEN)).containsExactly(DoorState.CLOSED);
        assertThat(DOOR.next(DoorState.CLOSED))
                .as("a row that may stay does not count its own state")
                .containsExactly(DoorState.LOCKED);
        assertThat(DOOR.next(DoorState.LOCKED)).isEmpty();
    }

    @Test
    void guardsAndTargetsAreCheckedPerRow() {
        var shut = DOOR.find(DoorState.OPEN, Shut.class).orElseThrow();
        assertThat(shut.failingGuard(new Door(DoorState.OPEN, true))).contains(NOT_JAMMED);
        assertThat(shut.failingGuard(new Door(DoorState.OPEN, false))).isEmpty();
        var knock = DOOR.find(DoorState.OPEN, Knock.class).orElseThrow();
        assertThat(knock.leadsTo(DoorState.OPEN, DoorState.OPEN)).isTrue();
        assertThat(knock.leadsTo(DoorState.OPEN, DoorState.CLOSED)).isFalse();
        assertThat(shut.leadsTo(DoorState.OPEN, DoorState.LOCKED)).isFalse();
        assertThat(shut.yields(String.class)).isTrue();
        assertThat(shut.yields(Integer.class)).isFalse();
    }

    @Test
    void aRowDecidesOnlyCommandsOfItsType() {
        List<String> events = new ArrayList<>();
        var shut = DOOR.find(DoorState.OPEN, Shut.class).orElseThrow();
        shut.decide(new Shut(), events);
        assertThat(events).containsExactly("shut");
        assertThatThrownBy(() -> shut.decide(new Lock(), events)).hasMessageContaining("cannot decide Lock");
    }

    @Test
    void contradictoryTablesAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> builder()
                        .in(DoorState.OPEN)
                        .on(Shut.class, Action.CLOSE)
                        .yields(String.class)
                        .to(DoorState.CLOSED)
                        .decidedBy(new Shutting())
                        .in(DoorState.OPEN, DoorState.LOCKED)
                        .on(Shut.class, Action.CLOSE)
                        .yields(String.class)
                        .to(DoorState.CLOSED)
                        .decidedBy(new Shutting())
                        .build())
                .hasMessageContaining("Shut has two rows in state OPEN");
        assertThatThrownBy(() -> builder()
                        .in(DoorState.OPEN)
                        .on(Knock.class, Action.READ)
                        .yields(String.class)
                        .keepingState()
                        .decidedBy((c, e) -> {})
                        .in(DoorState.CLOSED)
                        .on(Knock.class, Action.CLOSE)
                        .yields(String.class)
                        .keepingState()
                        .decidedBy((c, e) -> {})
                        .build())
                .hasMessageContaining("Knock is allowed by READ in one row and by CLOSE in another");
        assertThatThrownBy(() -> builder()
                        .in(DoorState.OPEN)
                        .on(Knock.class, Action.READ)
                        .keepingState()
                        .decidedBy((c, e) -> {}))
                .hasMessageContaining("names the events it yields");
        assertThatThrownBy(() -> builder().in(Set.of())).hasMessageContaining("at least one state");
    }

    @Test
    void theMarkdownHasOneLinePerRowAndNamesTheStepClass() {
        String md = DOOR.markdown();
        assertThat(md.lines()).hasSize(2 + DOOR.transitions().size());
        assertThat(md)
                .contains("| OPEN | Shut | close (结案) | not jammed | String | CLOSED | `Shutting` |")
                .contains("| CLOSED | Lock | close (结案) | — | String | CLOSED or LOCKED | — |")
                .contains("| OPEN, CLOSED | Knock | read (查看) | — | String | (same) | — |")
                .contains("| (new) | Build | report (上报) | — | String | OPEN | — |");
    }
}
