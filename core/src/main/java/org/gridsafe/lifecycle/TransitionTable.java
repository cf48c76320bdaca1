package org.gridsafe.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridsafe.access.Action;

/**
 * The single source of truth of an aggregate's lifecycle: rows of {@code from state × command type →
 * guards → events → to state}, each with the access {@link Action} it needs and the {@link Step}
 * that holds its field rules. Whoever dispatches a command looks its row up here: no row, wrong
 * state; a failing guard, wrong state with the guard's reason; otherwise the step decides.
 *
 * <p>Immutable and thread-safe. Built once, in a static field of the aggregate's lifecycle class:
 *
 * <pre>{@code
 * TransitionTable<CaseState, Case, CaseCommand, StepContext> table =
 *         TransitionTable.<CaseState, Case, CaseCommand, StepContext>builder(CaseState.class)
 *                 .creating(Report.class, Action.REPORT)
 *                 .yields(CaseReported.class).to(CaseState.REPORTED).decidedBy(new Reporting())
 *                 .in(CaseState.REPORTED).on(Register.class, Action.REGISTER)
 *                 .yields(CaseRegistered.class).to(CaseState.REGISTERED).decidedBy(new Registering())
 *                 .build();
 * }</pre>
 *
 * @param <S> the state type
 * @param <T> the aggregate type (what guards look at)
 * @param <C> the command base type
 * @param <K> the step context type
 */
public final class TransitionTable<S extends Enum<S>, T, C, K> {

    private final Class<S> states;
    private final List<Transition<S, T, C, K>> rows;
    private final Map<S, Map<Class<?>, Transition<S, T, C, K>>> byState;
    private final Map<Class<?>, Transition<S, T, C, K>> creating;
    private final Map<Class<?>, Action> actions;
    private final Map<S, Set<S>> next;

    private TransitionTable(Class<S> states, List<Transition<S, T, C, K>> rows) {
        this.states = states;
        this.rows = List.copyOf(rows);
        Map<S, Map<Class<?>, Transition<S, T, C, K>>> index = new EnumMap<>(states);
        Map<Class<?>, Transition<S, T, C, K>> creates = new LinkedHashMap<>();
        Map<Class<?>, Action> actionOf = new LinkedHashMap<>();
        for (Transition<S, T, C, K> row : rows) {
            String name = row.command().getSimpleName();
            Action earlier = actionOf.putIfAbsent(row.command(), row.action());
            if (earlier != null && earlier != row.action()) {
                throw new IllegalArgumentException(
                        name + " is allowed by " + earlier + " in one row and by " + row.action() + " in another");
            }
            if (row.creates() && creates.putIfAbsent(row.command(), row) != null) {
                throw new IllegalArgumentException(name + " has two rows creating the aggregate");
            }
            for (S from : row.from()) {
                if (index.computeIfAbsent(from, s -> new LinkedHashMap<>()).putIfAbsent(row.command(), row) != null) {
                    throw new IllegalArgumentException(name + " has two rows in state " + from);
                }
            }
        }
        this.byState = index;
        this.creating = creates;
        this.actions = actionOf;
        Map<S, Set<S>> nextOf = new EnumMap<>(states);
        for (S state : states.getEnumConstants()) {
            Set<S> targets = EnumSet.noneOf(states);
            for (Transition<S, T, C, K> row :
                    index.getOrDefault(state, Map.of()).values()) {
                targets.addAll(row.to());
            }
            targets.remove(state);
            nextOf.put(state, java.util.Collections.unmodifiableSet(targets));
        }
        this.next = nextOf;
    }

    /** A new table over the states of {@code states}. */
    public static <S extends Enum<S>, T, C, K> Builder<S, T, C, K> builder(Class<S> states) {
        return new Builder<>(states);
    }

    /** Every row, in the order they were declared. */
    public List<Transition<S, T, C, K>> transitions() {
        return rows;
    }

    /** The row for a command of type {@code command} on an aggregate in {@code state}; empty: wrong state. */
    public Optional<Transition<S, T, C, K>> find(S state, Class<?> command) {
        return Optional.ofNullable(byState.getOrDefault(state, Map.of()).get(command));
    }

    /** The row for a command of type {@code command} that creates the aggregate. */
    public Optional<Transition<S, T, C, K>> creating(Class<?> command) {
        return Optional.ofNullable(creating.get(command));
    }

    /**
     * The action access control is asked about for commands of type {@code command}, in any state
     * (access is checked before the state, so a refusal never reveals where the aggregate stands).
     *
     * @throws IllegalArgumentException if no row has this command type
     */
    public Action action(Class<?> command) {
        Action action = actions.get(command);
        if (action == null) {
            throw new IllegalArgumentException("no row of the table has command " + command.getSimpleName());
        }
        return action;
    }

    /** The command types an aggregate in {@code state} accepts, in the table's order. */
    public Set<Class<?>> accepted(S state) {
        return java.util.Collections.unmodifiableSet(
                byState.getOrDefault(state, Map.of()).keySet());
    }

    /** The states an aggregate in {@code from} may move to (not counting staying where it is). */
    public Set<S> next(S from) {
        return next.get(from);
    }

    /**
     * The table as a GitHub Markdown table, one line per row: from, command, access action, guards,
     * events, to, and the class holding the step's rules. Documentation embeds this text and a test
     * compares it, so the documented table cannot drift from the code.
     */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| from | command | access action | guards | yields | to | rules in |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Transition<S, T, C, K> row : rows) {
            md.append("| ").append(row.creates() ? "(new)" : names(row.from(), ", "));
            md.append(" | ").append(row.command().getSimpleName());
            md.append(" | ")
                    .append(row.action().enName())
                    .append(" (")
                    .append(row.action().zhName())
                    .append(')');
            md.append(" | ")
                    .append(
                            row.guards().isEmpty()
                                    ? "—"
                                    : row.guards().stream()
                                            .map(Guard::requirement)
                                            .collect(Collectors.joining("; ")));
            md.append(" | ")
                    .append(row.events().stream().map(Class::getSimpleName).collect(Collectors.joining(", ")));
            md.append(" | ").append(row.keepsState() ? "(same)" : names(row.to(), " or "));
            md.append(" | ").append(stepName(row.step())).append(" |\n");
        }
        return md.toString();
    }

    private String names(Set<S> set, String separator) {
        return EnumSet.copyOf(set).stream().map(Enum::name).collect(Collectors.joining(separator));
    }

    private static String stepName(Step<?, ?> step) {
        Class<?> type = step.getClass();
        // Lambdas have no name a reader could look up; steps are meant to be named classes.
        return type.isSynthetic()
                        || type.isAnonymousClass()
                        || type.getSimpleName().contains("$$")
                ? "—"
                : "`" + type.getSimpleName() + "`";
    }

    /**
     * Builds a table row by row, in the style of {@code configure(state).permit(...)}: start a row
     * with {@link #in} or {@link #creating}, then name the command, guards, events and targets, and
     * end it with {@link RowBuilder#decidedBy}.
     */
    public static final class Builder<S extends Enum<S>, T, C, K> {

        private final Class<S> states;
        private final List<Transition<S, T, C, K>> rows = new ArrayList<>();

        private Builder(Class<S> states) {
            this.states = Objects.requireNonNull(states, "states");
        }

        /** Starts a row that applies in {@code state}. */
        public From in(S state) {
            return new From(EnumSet.of(state));
        }

        /** Starts a row that applies in {@code first} and {@code second}. */
        public From in(S first, S second) {
            return new From(EnumSet.of(first, second));
        }

        /** Starts a row that applies in every state of {@code from}. */
        public From in(Set<S> from) {
            if (from.isEmpty()) {
                throw new IllegalArgumentException("a row applies in at least one state");
            }
            return new From(EnumSet.copyOf(from));
        }

        /** Starts a row for a command of type {@code command} that creates the aggregate. */
        public <X extends C> RowBuilder<X> creating(Class<X> command, Action action) {
            return new RowBuilder<>(Set.of(), command, action);
        }

        /** The table; refuses two rows for one state and command, or one command under two actions. */
        public TransitionTable<S, T, C, K> build() {
            return new TransitionTable<>(states, rows);
        }

        /** A row started with its states; name its command next. */
        public final class From {
            private final Set<S> from;

            private From(Set<S> from) {
                this.from = from;
            }

            /** The row's command type and the action access control is asked about. */
            public <X extends C> RowBuilder<X> on(Class<X> command, Action action) {
                return new RowBuilder<>(from, command, action);
            }
        }

        /** A row being declared. */
        public final class RowBuilder<X extends C> {
            private final Set<S> from;
            private final Class<X> command;
            private final Action action;
            private final List<Guard<T>> guards = new ArrayList<>();
            private final List<Class<?>> events = new ArrayList<>();
            private final Set<S> to = new LinkedHashSet<>();

            private RowBuilder(Set<S> from, Class<X> command, Action action) {
                this.from = from;
                this.command = Objects.requireNonNull(command, "command");
                this.action = Objects.requireNonNull(action, "action");
            }

            /** A condition that must hold besides the state. */
            public RowBuilder<X> when(Guard<T> guard) {
                guards.add(Objects.requireNonNull(guard, "guard"));
                return this;
            }

            /** The event types the step may yield. */
            public RowBuilder<X> yields(Class<?>... types) {
                events.addAll(Arrays.asList(types));
                return this;
            }

            /** The state the command leads to. */
            public RowBuilder<X> to(S state) {
                to.add(state);
                return this;
            }

            /** The states the command may lead to, depending on its content. */
            public RowBuilder<X> to(S first, S second) {
                to.add(first);
                to.add(second);
                return this;
            }

            /** The command keeps the state it finds (an escalation, an extension request). */
            public RowBuilder<X> keepingState() {
                to.clear();
                return this;
            }

            /** Ends the row with the step that holds its rules; name it by a class, for the documentation. */
            @SuppressWarnings("unchecked") // sound: a row's step is only given commands of the row's type
            public Builder<S, T, C, K> decidedBy(Step<? super X, K> step) {
                rows.add(new Transition<>(from, command, action, guards, events, to, (Step<C, K>) step));
                return Builder.this;
            }
        }
    }
}
